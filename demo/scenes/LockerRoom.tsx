import { type MotionValue, useTransform } from 'framer-motion';
import type { Mood } from './Face';
import { PALETTE, pick, Scene, SHIRTS, TimeChip, useWave } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface LockerRoomProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** A phone raised toward the pupil, as if to film her. */
  filming: boolean;
  /** The others keep away from the pupil, at the far end of the bench. */
  apart: boolean;
  mood: Mood;
}

/** The changing room after PE: hooks, bags, a bench, and a phone that should not be there. */
export function LockerRoomScene({ progress, time, filming, apart, mood }: LockerRoomProps) {
  const raise = useTransform(progress, [0.1, 0.4], [16, 0]);
  const shake = useWave(progress, 9, 0.6);
  return (
    <Scene top={PALETTE.wallTeal} bottom={PALETTE.floor}>
      <g stroke="#36506a" strokeWidth="0.5">
        {[30, 50, 70, 90].map((y) => (
          <line key={y} x1="0" y1={y} x2="90" y2={y} />
        ))}
      </g>
      <rect x="0" y="36" width="90" height="2" fill={PALETTE.furnitureLight} />
      {[8, 22, 36, 50, 64, 78].map((x, i) => (
        <g key={x}>
          <circle cx={x} cy="40" r="1.2" fill="#8f93c2" />
          <path
            d={`M${x - 5} 42h10l2 18h-14z`}
            fill={pick(SHIRTS, i + 1)}
            opacity={i % 3 === 1 ? 0 : 1}
          />
        </g>
      ))}
      <rect x="0" y="104" width="90" height="56" fill={PALETTE.floor} />
      <rect x="4" y="112" width="82" height="4" rx="1" fill={PALETTE.furnitureLight} />
      <rect x="10" y="116" width="2.5" height="14" fill={PALETTE.furniture} />
      <rect x="77" y="116" width="2.5" height="14" fill={PALETTE.furniture} />
      <Person x={apart ? 28 : 58} y={120} scale={0.8} hero pose="sit" headDown mood={mood} />
      <g>
        {(apart ? [48, 58, 68] : [20, 34]).map((x, i) => (
          <Person
            key={x}
            x={x}
            y={120}
            scale={0.82}
            look={i + 1}
            mood={apart ? (i === 0 ? 'smirk' : 'laughing') : 'neutral'}
          />
        ))}
      </g>
      {filming && (
        <m.g style={{ y: raise, x: shake }}>
          {/* Someone in front of us, from behind, arm up, phone aimed at her. */}
          <Person x={24} y={184} scale={1.6} look={2} pose="upper" back />
          <rect
            x="34"
            y="104"
            width="5"
            height="26"
            rx="2.5"
            fill={pick(SHIRTS, 2)}
            transform="rotate(28 36 128)"
          />
          <rect x="38" y="88" width="11" height="18" rx="2" fill="#14162c" />
          <circle cx="43.5" cy="92" r="1.5" fill="#3a3f6e" />
        </m.g>
      )}
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["14:55", "15:05"], "filming": false, "apart": false }` */
export const lockerRoom: SceneComponent = (ctx, props) => {
  const read = propReader('lockerRoom', props);
  return (
    <LockerRoomScene
      progress={ctx.progress}
      time={read.time()}
      filming={read.flag('filming')}
      apart={read.flag('apart')}
      mood={read.mood('sad')}
    />
  );
};
