import type { MotionValue } from 'framer-motion';
import type { Mood } from './Face';
import { PALETTE, Scene, TimeChip } from './kit';
import { Person } from './Person';

/**
 * At the kitchen table, in the evening: the pupil shows a parent everything on the phone (the
 * screenshots, one under the other), and the parent listens.
 */
export function Talk({
  progress,
  time,
  mood,
}: {
  progress: MotionValue<number>;
  time: [string, string];
  mood: Mood;
}) {
  return (
    <Scene top="#3d3562" bottom={PALETTE.floorWarm}>
      {/* Kitchen cupboards, a window on the night, the lamp over the table. */}
      <rect x="0" y="30" width="90" height="16" fill="#403a6a" />
      {[4, 26, 48, 70].map((x) => (
        <rect key={x} x={x} y="32" width="18" height="12" rx="1" fill="#4a4478" />
      ))}
      <rect x="58" y="54" width="24" height="24" rx="1.5" fill={PALETTE.furniture} />
      <rect x="60" y="56" width="20" height="20" fill="#1d2244" />
      <circle cx="74" cy="61" r="2.2" fill="#c9c4ea" />
      <rect x="44" y="46" width="1" height="10" fill="#5a5088" />
      <path d="M37 62h16l-4-7h-8z" fill="#e0c98e" />
      {/* The parent and the pupil, side by side. */}
      <Person x={28} y={118} scale={1.1} look={8} hairStyle="long" pose="upper" mood="kind" />
      <Person x={57} y={118} scale={1.02} hero pose="upper" mood={mood} />
      <rect x="0" y="108" width="90" height="52" fill="#3a3258" />
      <ellipse cx="45" cy="104" rx="42" ry="8" fill="#45406e" />
      <rect x="3" y="104" width="84" height="5" rx="2" fill={PALETTE.furnitureLight} />
      {/* The phone on the table between them, its screen full of screenshots. */}
      <g transform="translate(36 98) rotate(-8)">
        <rect width="13" height="8" rx="1.2" fill="#14162c" />
        <rect x="0.8" y="0.8" width="11.4" height="6.4" rx="0.8" fill={PALETTE.screen} />
        <g fill="#8f93c2">
          <rect x="1.8" y="1.8" width="6" height="1.2" rx="0.6" />
          <rect x="1.8" y="3.6" width="8.6" height="1.2" rx="0.6" />
          <rect x="1.8" y="5.4" width="5" height="1.2" rx="0.6" />
        </g>
      </g>
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}
