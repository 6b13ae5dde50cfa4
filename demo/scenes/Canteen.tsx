import { type MotionValue, m, useTransform } from 'framer-motion';
import { Passers } from './Crowd';
import { PALETTE, Scene, TimeChip } from './kit';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface CanteenProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** The pupils at her table get up and leave during the frame. */
  empties: boolean;
  /** Pupils passing with their trays, 0 to 4. */
  crowd: number;
}

/** The canteen at lunch: full tables, trays passing, the pupil at the end of a table. */
export function CanteenScene({ progress, time, empties, crowd }: CanteenProps) {
  const leave = useTransform(progress, [0.15, 0.75], [0, -70]);
  const fade = useTransform(progress, [0.5, 0.8], [1, 0]);
  return (
    <Scene top={PALETTE.wallWarm} bottom={PALETTE.floorWarm}>
      {/* The serving counter. */}
      <rect x="0" y="44" width="90" height="22" fill="#47437a" />
      <rect x="0" y="44" width="90" height="3" fill="#5d5a94" />
      {[8, 26, 44, 62, 80].map((x) => (
        <rect key={x} x={x} y="50" width="12" height="8" rx="1" fill="#3a365f" />
      ))}
      <rect x="0" y="66" width="90" height="94" fill={PALETTE.floorWarm} />
      {/* The far table, full. */}
      {[14, 26, 38, 50, 62, 74].map((x, i) => (
        <Person key={x} x={x} y={90} scale={0.6} look={i + 2} pose="upper" />
      ))}
      <rect x="4" y="89" width="82" height="5" rx="1" fill={PALETTE.furnitureLight} />
      {/* Her table. */}
      <m.g style={{ x: empties ? leave : 0, opacity: empties ? fade : 1 }}>
        {[14, 30, 46].map((x, i) => (
          <Person key={x} x={x} y={126} scale={0.95} look={i + 4} pose="upper" />
        ))}
      </m.g>
      <Person x={72} y={126} scale={0.95} hero pose="upper" headDown />
      <rect x="2" y="124" width="86" height="8" rx="1.5" fill={PALETTE.furnitureLight} />
      <g fill="#8f93c2">
        {[10, 26, 42, 66].map((x) => (
          <rect key={x} x={x} y="121" width="11" height="3.5" rx="0.8" />
        ))}
      </g>
      <Passers progress={progress} count={crowd} y={166} from={100} to={-60} scale={1.1} look={1} />
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["12:20", "12:35"], "empties": false, "crowd": 2 }` */
export const canteen: SceneComponent = (ctx, props) => {
  const read = propReader('canteen', props);
  return (
    <CanteenScene
      progress={ctx.progress}
      time={read.time()}
      empties={read.flag('empties')}
      crowd={read.count('crowd', 2, 4)}
    />
  );
};
