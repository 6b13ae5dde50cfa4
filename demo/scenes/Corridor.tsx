import type { MotionValue } from 'framer-motion';
import { Passers } from './Crowd';
import type { Mood } from './Face';
import { Scene, TimeChip, useAppear } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface CorridorProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** Pupils rushing past in front, 0 to 5. */
  crowd: number;
  /** Whispers popping up over the passers-by. */
  whispers: boolean;
  /** The passers-by keep their distance from the pupil, pressed to the far side. */
  distance: boolean;
  mood: Mood;
}

/** A corridor at the change of lessons: lockers, a crowd rushing, the pupil against the wall. */
export function CorridorScene(props: CorridorProps) {
  const { progress, time, crowd, whispers, distance, mood } = props;
  return (
    <Scene top="#354063" bottom="#2d3658">
      <rect x="0" y="102" width="90" height="58" fill="#2a3252" />
      {[4, 20, 36, 52, 68, 84].map((x) => (
        <g key={x}>
          <rect x={x} y="40" width="14" height="60" rx="1.5" fill="#46568a" />
          <rect x={x + 10} y="64" width="1.6" height="7" rx="0.8" fill="#7d8ab8" />
          <rect x={x + 2} y="44" width="10" height="1.2" fill="#3b4a7a" />
          <rect x={x + 2} y="47" width="10" height="1.2" fill="#3b4a7a" />
        </g>
      ))}
      <Passers progress={progress} count={2} y={112} from={-30} to={96} scale={0.7} look={3} />
      <Person x={45} y={112} scale={0.88} hero headDown mood={mood} />
      <Passers
        progress={progress}
        count={crowd}
        y={distance ? 158 : 150}
        from={110}
        to={-70}
        scale={1.12}
        spacing={17}
        look={0}
        mood={whispers ? 'smirk' : 'neutral'}
      />
      {whispers && <Whispers progress={progress} />}
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** "…" bubbles that appear one after another. */
function Whispers({ progress }: { progress: MotionValue<number> }) {
  return (
    <>
      {[
        { x: 18, y: 74, at: 0.15 },
        { x: 62, y: 70, at: 0.4 },
        { x: 30, y: 62, at: 0.65 },
      ].map((bubble) => (
        <Whisper key={bubble.at} progress={progress} {...bubble} />
      ))}
    </>
  );
}

function Whisper({
  progress,
  x,
  y,
  at,
}: {
  progress: MotionValue<number>;
  x: number;
  y: number;
  at: number;
}) {
  const shown = useAppear(progress, at, 0.08);
  return (
    <m.g style={{ opacity: shown }} transform={`translate(${x} ${y})`}>
      <rect width="13" height="7" rx="3.5" fill="#d9d6ee" />
      <path d="M3 6.5 2 9.5 6 6.5z" fill="#d9d6ee" />
      <g fill="#3a3f6e">
        <circle cx="4" cy="3.5" r="0.8" />
        <circle cx="6.5" cy="3.5" r="0.8" />
        <circle cx="9" cy="3.5" r="0.8" />
      </g>
    </m.g>
  );
}

/** `{ "time": ["08:02", "08:08"], "crowd": 3, "whispers": false, "distance": false }` */
export const corridor: SceneComponent = (ctx, props) => {
  const read = propReader('corridor', props);
  return (
    <CorridorScene
      progress={ctx.progress}
      time={read.time()}
      crowd={read.count('crowd', 3, 5)}
      whispers={read.flag('whispers')}
      distance={read.flag('distance')}
      mood={read.mood('sad')}
    />
  );
};
