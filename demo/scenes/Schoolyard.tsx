import type { MotionValue } from 'framer-motion';
import { Passers } from './Crowd';
import type { Mood } from './Face';
import { PALETTE, Scene, TimeChip, useAppear, useWave } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface SchoolyardProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** A group huddled around a phone, glancing at the pupil. */
  huddle: boolean;
  /** Pupils crossing the yard during the frame. */
  crowd: number;
  mood: Mood;
}

/** The schoolyard: a tree, the fence, groups; the pupil stands alone by the wall. */
export function SchoolyardScene({ progress, time, huddle, crowd, mood }: SchoolyardProps) {
  const glance = useWave(progress, 4, 1.2);
  const whisper = useAppear(progress, 0.3, 0.1);
  return (
    <Scene top="#3a4778" bottom={PALETTE.floor}>
      {/* The school building and its windows. */}
      <rect x="0" y="40" width="90" height="46" fill="#3a3f6e" />
      {[6, 24, 42, 60, 78].map((x) => (
        <rect key={x} x={x} y="50" width="9" height="12" fill="#4d5890" />
      ))}
      <rect x="0" y="86" width="90" height="74" fill="#2f3659" />
      {/* The tree. */}
      <rect x="17" y="70" width="4" height="40" fill="#2b2f4f" />
      <circle cx="19" cy="64" r="14" fill="#3c6262" />
      <circle cx="10" cy="72" r="8" fill="#3c6262" />
      {/* Pupils crossing the back of the yard, in a hurry. */}
      <Passers
        progress={progress}
        count={crowd}
        y={104}
        from={-40}
        to={100}
        scale={0.62}
        look={5}
      />
      {huddle && (
        <m.g style={{ x: glance }}>
          <Person x={20} y={126} scale={0.85} look={1} mood="laughing" />
          <Person x={31} y={128} scale={0.9} look={2} phone mood="smirk" />
          <Person x={41} y={126} scale={0.85} look={4} mood="laughing" />
          <m.g style={{ opacity: whisper }} fill="#e4e2f3">
            <circle cx="27" cy="76" r="1" />
            <circle cx="30" cy="76" r="1" />
            <circle cx="33" cy="76" r="1" />
          </m.g>
        </m.g>
      )}
      <Person x={62} y={120} scale={0.82} hero headDown mood={mood} />
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["07:55", "08:05"], "huddle": true, "crowd": 2, "mood": "sad" }` */
export const schoolyard: SceneComponent = (ctx, props) => {
  const read = propReader('schoolyard', props);
  return (
    <SchoolyardScene
      progress={ctx.progress}
      time={read.time()}
      huddle={read.flag('huddle')}
      crowd={read.count('crowd', 2, 5)}
      mood={read.mood('sad')}
    />
  );
};
