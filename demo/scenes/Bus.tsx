import { type MotionValue, m, useTransform } from 'framer-motion';
import { PALETTE, Scene, TimeChip, useAppear, useTravel, useWave } from './kit';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface BusProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** Pupils at the back who laugh (heads bobbing), 0 to 3. */
  laughing: number;
  /** Scribbles on the fogged window beside the pupil (wiped away during the frame if `wiped`). */
  scribble: boolean;
  wiped: boolean;
}

/** Inside the school bus, across the aisle: the street races past the windows. */
export function BusScene({ progress, time, laughing, scribble, wiped }: BusProps) {
  const outside = useTravel(progress, 0, -90);
  const bob = useWave(progress, 7, 1.6);
  const sway = useWave(progress, 2, 0.8);
  const wipe = useTransform(progress, [0.35, 0.75], [1, 0]);
  return (
    <Scene top={PALETTE.wall} bottom={PALETTE.floor}>
      {/* The street through the windows, passing fast. */}
      <rect x="0" y="34" width="90" height="40" fill="#3e4b7a" />
      <m.g style={{ x: outside }}>
        {[0, 90].map((offset) => (
          <g key={offset} transform={`translate(${offset} 0)`}>
            <rect x="4" y="46" width="16" height="28" fill="#4c5789" />
            <rect x="48" y="40" width="20" height="34" fill="#4c5789" />
            <circle cx="32" cy="56" r="8" fill="#3f6a6a" />
            <rect x="31" y="60" width="2" height="14" fill="#343a5e" />
            <circle cx="80" cy="58" r="6" fill="#3f6a6a" />
          </g>
        ))}
      </m.g>
      {/* Window frames. */}
      <g fill={PALETTE.wall}>
        <rect x="0" y="28" width="90" height="7" />
        <rect x="0" y="72" width="90" height="6" />
        <rect x="28" y="34" width="3" height="40" />
        <rect x="59" y="34" width="3" height="40" />
      </g>
      {scribble && (
        <m.g style={{ opacity: wiped ? wipe : 1 }}>
          <rect x="62" y="35" width="20" height="37" fill="#c9cde6" opacity="0.28" />
          <path
            d="M65 46q2.5-5 4.5 0t4.5 0 4.5 0M65 57l3-5 3 5 3-5 3 5"
            stroke="#e6e8f5"
            strokeWidth="1.1"
            fill="none"
            strokeLinecap="round"
          />
        </m.g>
      )}
      {/* Seats and passengers, swaying with the road. */}
      <m.g style={{ y: sway }}>
        {[6, 26, 46, 66].map((x) => (
          <rect key={x} x={x} y="84" width="18" height="34" rx="3" fill={PALETTE.furniture} />
        ))}
        {Array.from({ length: laughing }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the laughing pupils are their seats
          <m.g key={`l${i}`} style={{ y: i % 2 ? bob : sway }}>
            <Person x={12 + i * 12} y={106} scale={0.95} look={i + 1} pose="upper" />
          </m.g>
        ))}
        <Person x={74} y={106} scale={0.95} hero pose="upper" headDown />
      </m.g>
      {laughing > 0 && <Laughter progress={progress} />}
      <rect x="0" y="118" width="90" height="42" fill={PALETTE.floor} />
      <rect x="43" y="28" width="2" height="132" fill="#5a6598" />
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** Little bursts over the laughing group. */
function Laughter({ progress }: { progress: MotionValue<number> }) {
  const a = useAppear(progress, 0.2, 0.1);
  const b = useAppear(progress, 0.5, 0.1);
  return (
    <g fill="none" stroke="#e7d9a8" strokeWidth="0.9" strokeLinecap="round">
      <m.path d="M14 52l-2-3M18 51v-4M22 52l2-3" style={{ opacity: a }} />
      <m.path d="M28 54l-2-3M32 53v-4M36 54l2-3" style={{ opacity: b }} />
    </g>
  );
}

/** `{ "time": ["07:38", "07:50"], "laughing": 3, "scribble": false, "wiped": false }` */
export const bus: SceneComponent = (ctx, props) => {
  const read = propReader('bus', props);
  return (
    <BusScene
      progress={ctx.progress}
      time={read.time()}
      laughing={read.count('laughing', 0, 3)}
      scribble={read.flag('scribble')}
      wiped={read.flag('wiped')}
    />
  );
};
