import { type MotionValue, useTransform } from 'framer-motion';
import type { Mood } from './Face';
import { PALETTE, Scene, TimeChip } from './kit';
import { m } from './motion';
import { Person } from './Person';

/** How long the call has lasted by the frame's end, in seconds: someone listened to the end. */
const CALL_SECONDS = 14 * 60 + 32;

/**
 * After school, outside the closed gate: the pupil on a bench, the phone at the ear, a call to
 * the 3018 whose timer runs; a friend sits beside and waits.
 */
export function Call({
  progress,
  time,
  mood,
}: {
  progress: MotionValue<number>;
  time: [string, string];
  mood: Mood;
}) {
  const seconds = useTransform(progress, (p) => {
    const total = Math.round(40 + p * (CALL_SECONDS - 40));
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  });
  return (
    <Scene top="#3a2f5c" bottom={PALETTE.floor}>
      {/* The school behind its railings, lights off; a street lamp is on. */}
      <rect x="0" y="58" width="90" height="46" fill="#30386a" />
      {[6, 22, 38, 54, 70].map((x) => (
        <rect key={x} x={x} y="66" width="10" height="10" fill="#283057" />
      ))}
      <g fill="#4a5382">
        <rect x="0" y="86" width="90" height="1.4" />
        {Array.from({ length: 19 }, (_, i) => 1 + i * 5).map((x) => (
          <rect key={x} x={x} y="84" width="1.2" height="26" />
        ))}
      </g>
      <rect x="80" y="40" width="2" height="70" fill="#2b3154" />
      <circle cx="81" cy="40" r="3.4" fill="#e9d9a4" />
      <rect x="0" y="110" width="90" height="50" fill="#2e3458" />
      {/* The bench. */}
      <rect x="16" y="96" width="60" height="3" rx="1" fill={PALETTE.furniture} />
      <rect x="16" y="101" width="60" height="3" rx="1" fill={PALETTE.furniture} />
      <rect x="16" y="114" width="60" height="4" rx="1" fill={PALETTE.furnitureLight} />
      <rect x="20" y="118" width="2.4" height="12" fill={PALETTE.furniture} />
      <rect x="70" y="118" width="2.4" height="12" fill={PALETTE.furniture} />
      {/* The friend, waiting beside. */}
      <Person x={30} y={124} scale={0.98} look={5} hairStyle="short" pose="sit" mood="kind" />
      {/* The pupil, phone at the ear. */}
      <Person x={55} y={124} scale={1} hero pose="sit" mood={mood} />
      <rect
        x="59.8"
        y="82"
        width="3.6"
        height="8"
        rx="1"
        fill="#14162c"
        transform="rotate(12 61.6 86)"
      />
      {/* The call on the phone's screen, as a banner: the number, the time it has lasted. */}
      <g transform="translate(36 62)">
        <rect width="42" height="9" rx="4.5" fill="#d9d6ee" />
        <circle cx="5" cy="4.5" r="2.6" fill="#5fae7d" />
        <path d="M3.8 3.4q.3 2.4 2.6 2.6" stroke="#ffffff" strokeWidth="0.7" fill="none" />
        <text x="9.5" y="6.3" fontSize="4.6" fontWeight="800" fill="#2c3157">
          3018
        </text>
        <m.text
          x="38.5"
          y="6.3"
          fontSize="3.8"
          fontWeight="700"
          textAnchor="end"
          fill="#2c3157"
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {seconds}
        </m.text>
      </g>
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}
