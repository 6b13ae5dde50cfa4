import { type MotionValue, useTransform } from 'framer-motion';
import { Passers } from './Crowd';
import type { Mood } from './Face';
import { PALETTE, pick, Scene, SHIRTS, TimeChip } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface CanteenProps {
  progress: MotionValue<number>;
  time: [string, string];
  /**
   * Who sits at the pupil's table: `full` (three pupils at the other end), `empties` (they get
   * up and leave during the frame), `alone` (nobody: the pupil at the end of an empty table).
   */
  table: 'full' | 'empties' | 'alone';
  /** At the far table, someone holds up a phone toward the pupil. */
  filming: boolean;
  /** Pupils passing with their trays, 0 to 4. */
  crowd: number;
  mood: Mood;
}

const FAR = [14, 26, 38, 50, 62, 74];
const NEAR = [16, 29, 42];

/** The canteen at lunch: the far table full and loud, the pupil at the end of the near one. */
export function CanteenScene({ progress, time, table, filming, crowd, mood }: CanteenProps) {
  const leave = useTransform(progress, [0.15, 0.75], [0, -70]);
  const fade = useTransform(progress, [0.5, 0.8], [1, 0]);
  const raise = useTransform(progress, [0.05, 0.3], [4, 0]);
  return (
    <Scene top={PALETTE.wallWarm} bottom={PALETTE.floorWarm}>
      {/* The serving counter. */}
      <rect x="0" y="46" width="90" height="22" fill="#47437a" />
      <rect x="0" y="46" width="90" height="3" fill="#5d5a94" />
      {[8, 26, 44, 62, 80].map((x) => (
        <rect key={x} x={x} y="52" width="12" height="8" rx="1" fill="#3a365f" />
      ))}
      <rect x="0" y="68" width="90" height="92" fill={PALETTE.floorWarm} />
      {/* The far table, full: they talk and laugh among themselves. */}
      {FAR.map((x, i) => (
        <Person
          key={x}
          x={x}
          y={96}
          scale={0.6}
          look={i + 2}
          pose="upper"
          mood={i % 3 === 1 ? 'laughing' : 'neutral'}
        />
      ))}
      <rect x="4" y="83" width="82" height="5" rx="1" fill={PALETTE.furnitureLight} />
      {filming && (
        // Someone at the far table holds a phone up, its camera on the pupil.
        <m.g style={{ y: raise }}>
          <rect x="66" y="68" width="2.4" height="10" rx="1.2" fill={pick(SHIRTS, 6)} />
          <rect x="63.4" y="60" width="7.2" height="10.6" rx="1.2" fill="#14162c" />
          <circle cx="67" cy="63" r="1.3" fill="#8f93c2" />
        </m.g>
      )}
      {/* The pupil's table. */}
      {table !== 'alone' && (
        <m.g
          style={{
            x: table === 'empties' ? leave : 0,
            opacity: table === 'empties' ? fade : 1,
          }}
        >
          {NEAR.map((x, i) => (
            <Person
              key={x}
              x={x}
              y={126}
              scale={0.92}
              look={i + 4}
              pose="upper"
              mood={i === 1 ? 'smirk' : 'neutral'}
            />
          ))}
        </m.g>
      )}
      <Person x={60} y={125} scale={0.92} hero pose="upper" headDown mood={mood} />
      <rect x="2" y="107" width="86" height="7" rx="1.5" fill={PALETTE.furnitureLight} />
      <rect x="6" y="114" width="2.4" height="16" fill={PALETTE.furniture} />
      <rect x="81.6" y="114" width="2.4" height="16" fill={PALETTE.furniture} />
      {/* Stools along the table: empty ones say who is not there. */}
      {[...NEAR, 60].map((x) => (
        <g key={x} fill={PALETTE.furniture}>
          <rect x={x - 5} y="118" width="10" height="3" rx="1" />
          <rect x={x - 1} y="121" width="2" height="9" />
        </g>
      ))}
      <g fill="#8f93c2">
        {(table === 'alone' ? [57] : [10, 24, 38, 57]).map((x) => (
          <rect key={x} x={x} y="104" width="11" height="3.5" rx="0.8" />
        ))}
      </g>
      <Passers progress={progress} count={crowd} y={166} from={100} to={-60} scale={1.1} look={1} />
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["12:20", "12:35"], "table": "alone", "filming": false, "crowd": 2, "mood": "sad" }` */
export const canteen: SceneComponent = (ctx, props) => {
  const read = propReader('canteen', props);
  return (
    <CanteenScene
      progress={ctx.progress}
      time={read.time()}
      table={read.oneOf('table', ['full', 'empties', 'alone'] as const)}
      filming={read.flag('filming')}
      crowd={read.count('crowd', 2, 4)}
      mood={read.mood('sad')}
    />
  );
};
