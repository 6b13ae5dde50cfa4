import { type MotionValue, useTransform } from 'framer-motion';
import type { Mood } from './Face';
import { PALETTE, Scene, TimeChip, useWave } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface GymProps {
  progress: MotionValue<number>;
  time: [string, string];
  /**
   * `picking`: teams are picked during the frame, the others leave the bench, the pupil stays.
   * `apart`: the others play ball together; the pupil sits alone on a bench at the far wall.
   */
  mode: 'picking' | 'apart';
  mood: Mood;
}

const BENCH = [16, 26, 36, 46];

/** PE in the gym: the wall bars, the hoop, a ball moving at speed; the pupil left out. */
export function GymScene({ progress, time, mode, mood }: GymProps) {
  return (
    <Scene top="#38406e" bottom="#3b3358">
      {/* Wall bars and the hoop. */}
      <g fill="#4a5488">
        {[6, 12, 18, 24].map((x) => (
          <rect key={x} x={x} y="30" width="1.6" height="60" />
        ))}
        {[36, 46, 56, 66, 76, 86].map((y) => (
          <rect key={y} x="5" y={y} width="21" height="1.2" />
        ))}
      </g>
      <rect x="56" y="48" width="22" height="15" fill="#525c90" />
      <rect x="62" y="60" width="10" height="1.6" fill={PALETTE.accent} />
      <rect x="0" y="92" width="90" height="68" fill="#3b3358" />
      <path d="M0 124h90M45 92v68" stroke="#5a5088" strokeWidth="0.9" />
      <circle cx="45" cy="124" r="12" fill="none" stroke="#5a5088" strokeWidth="0.9" />
      {mode === 'picking' ? (
        <Picking progress={progress} mood={mood} />
      ) : (
        <Apart progress={progress} mood={mood} />
      )}
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** Two captains call names one by one; the bench empties, the pupil stays on it. */
function Picking({ progress, mood }: { progress: MotionValue<number>; mood: Mood }) {
  return (
    <>
      <rect x="8" y="108" width="62" height="3" rx="1" fill={PALETTE.furnitureLight} />
      <rect x="10" y="111" width="2" height="6" fill={PALETTE.furniture} />
      <rect x="66" y="111" width="2" height="6" fill={PALETTE.furniture} />
      {BENCH.map((x, i) => (
        <Picked key={x} progress={progress} x={x} index={i} />
      ))}
      <Person x={58} y={116} scale={0.78} hero pose="sit" headDown mood={mood} />
      <Person x={22} y={152} scale={1} look={5} mood="smirk" />
      <Person x={68} y={152} scale={1} look={6} />
    </>
  );
}

/** A pupil on the bench, picked (walking off to a captain) at their turn. */
function Picked({
  progress,
  x,
  index,
}: {
  progress: MotionValue<number>;
  x: number;
  index: number;
}) {
  const start = 0.08 + index * 0.18;
  const toward = index % 2 ? 60 : 30;
  const dx = useTransform(progress, [start, start + 0.12], [0, toward - x]);
  const dy = useTransform(progress, [start, start + 0.12], [0, 32]);
  // Sitting on the bench until called; then up, and off to the captain's team.
  const seated = useTransform(progress, [start, start + 0.02], [1, 0]);
  const up = useTransform(seated, (v) => 1 - v);
  return (
    <>
      <m.g style={{ opacity: seated }}>
        <Person x={x} y={115} scale={0.72} look={index} pose="sit" mood="worried" />
      </m.g>
      <m.g style={{ x: dx, y: dy, opacity: up }}>
        <Person x={x} y={112} scale={0.72} look={index} mood="kind" />
      </m.g>
    </>
  );
}

/** The others pass the ball among themselves; the pupil waits on the far bench, alone. */
function Apart({ progress, mood }: { progress: MotionValue<number>; mood: Mood }) {
  // The ball goes from one player to the next, three passes a frame, hopping as it goes.
  const ballX = useTransform(progress, [0, 0.33, 0.66, 1], [20, 40, 28, 20]);
  const hop = useTransform(useWave(progress, 3, 1), (v) => -Math.abs(v) * 14);
  return (
    <>
      <rect x="50" y="106" width="26" height="3" rx="1" fill={PALETTE.furnitureLight} />
      <rect x="52" y="109" width="2" height="6" fill={PALETTE.furniture} />
      <rect x="72" y="109" width="2" height="6" fill={PALETTE.furniture} />
      <Person x={63} y={113} scale={0.74} hero pose="sit" headDown mood={mood} />
      <Person x={18} y={150} scale={0.95} look={2} mood="laughing" />
      <Person x={40} y={142} scale={0.9} look={5} />
      <Person x={28} y={160} scale={1} look={3} mood="laughing" />
      <m.g style={{ x: ballX, y: hop }}>
        <circle cx="0" cy="126" r="3.6" fill="#c9845f" />
        <path d="M-3.6 126h7.2M0 122.4v7.2" stroke="#8a5a44" strokeWidth="0.5" />
      </m.g>
    </>
  );
}

/** `{ "time": ["14:00", "14:20"], "mode": "apart", "mood": "sad" }` */
export const gym: SceneComponent = (ctx, props) => {
  const read = propReader('gym', props);
  return (
    <GymScene
      progress={ctx.progress}
      time={read.time()}
      mode={read.oneOf('mode', ['apart', 'picking'] as const)}
      mood={read.mood('sad')}
    />
  );
};
