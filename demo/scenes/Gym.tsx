import { type MotionValue, m, useTransform } from 'framer-motion';
import { PALETTE, Scene, TimeChip, useWave } from './kit';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface GymProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** Teams are picked during the frame: the others leave the bench, the pupil stays. */
  picking: boolean;
}

const BENCH = [12, 24, 36, 48, 60];

/** PE in the gym: a ball bouncing at speed, teams picked, the pupil left on the bench. */
export function GymScene({ progress, time, picking }: GymProps) {
  const bounce = useTransform(useWave(progress, 5, 1), (v) => -Math.abs(v) * 26);
  const roll = useTransform(progress, [0, 1], [20, 70]);
  return (
    <Scene top="#38406e" bottom="#3b3358">
      {/* Wall bars and the hoop. */}
      <g fill="#4a5488">
        {[6, 12, 18, 24].map((x) => (
          <rect key={x} x={x} y="26" width="1.6" height="62" />
        ))}
        {[32, 42, 52, 62, 72, 82].map((y) => (
          <rect key={y} x="5" y={y} width="21" height="1.2" />
        ))}
      </g>
      <rect x="58" y="32" width="22" height="15" fill="#525c90" />
      <rect x="64" y="44" width="10" height="1.6" fill={PALETTE.accent} />
      <rect x="0" y="90" width="90" height="70" fill="#3b3358" />
      <path d="M0 118h90M45 90v70" stroke="#5a5088" strokeWidth="0.9" />
      <circle cx="45" cy="118" r="12" fill="none" stroke="#5a5088" strokeWidth="0.9" />
      {/* The bench. */}
      <rect x="4" y="108" width="72" height="3" rx="1" fill={PALETTE.furnitureLight} />
      {BENCH.map((x, i) => (
        <Picked key={x} progress={progress} x={x} index={i} picking={picking} />
      ))}
      <Person x={72} y={112} scale={0.78} hero headDown />
      {/* Captains. */}
      <Person x={18} y={150} scale={1} look={5} />
      <Person x={70} y={150} scale={1} look={6} />
      <m.g style={{ x: roll, y: bounce }}>
        <circle cx="0" cy="144" r="4" fill="#c9845f" />
        <path d="M-4 144h8M0 140v8" stroke="#8a5a44" strokeWidth="0.5" />
      </m.g>
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** A pupil on the bench, picked (walking off to a captain) at their turn. */
function Picked({
  progress,
  x,
  index,
  picking,
}: {
  progress: MotionValue<number>;
  x: number;
  index: number;
  picking: boolean;
}) {
  const start = 0.08 + index * 0.16;
  const toward = index % 2 ? 62 : 26;
  const dx = useTransform(progress, [start, start + 0.12], [0, picking ? toward - x : 0]);
  const dy = useTransform(progress, [start, start + 0.12], [0, picking ? 26 : 0]);
  return (
    <m.g style={{ x: dx, y: dy }}>
      <Person x={x} y={112} scale={0.72} look={index} />
    </m.g>
  );
}

/** `{ "time": ["14:00", "14:20"], "picking": true }` */
export const gym: SceneComponent = (ctx, props) => {
  const read = propReader('gym', props);
  return <GymScene progress={ctx.progress} time={read.time()} picking={read.flag('picking')} />;
};
