import { type MotionValue, m, useTransform } from 'framer-motion';
import { PALETTE, Scene, TimeChip, useAppear } from './kit';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface HelpProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** A classmate came along. */
  friend: boolean;
  /** The pupil calls 3018 (the number shows on the phone). */
  call: boolean;
}

/** The turn of the day: an adult who listens (the school's CPE), a friend beside, or a call. */
export function HelpScene({ progress, time, friend, call }: HelpProps) {
  const open = useTransform(progress, [0, 0.4], [0, 1]);
  const shown = useAppear(progress, 0.3, 0.15);
  return (
    <Scene top="#3f3a66" bottom={PALETTE.floorWarm}>
      {/* A door ajar, warm light beyond. */}
      <rect x="8" y="34" width="22" height="72" fill="#6e6188" />
      <m.rect
        x="8"
        y="34"
        width="22"
        height="72"
        fill="#4a4474"
        style={{ scaleX: open, originX: 0 }}
      />
      {/* The 3018 poster. */}
      <rect x="52" y="30" width="24" height="30" rx="1.5" fill="#4c5791" />
      <rect x="55" y="34" width="18" height="9" rx="1" fill={PALETTE.hero} />
      <text x="64" y="40.8" fontSize="5.6" fontWeight="800" textAnchor="middle" fill="#1d1b2e">
        3018
      </text>
      <rect x="55" y="46" width="18" height="1.6" rx="0.8" fill="#9aa0cc" />
      <rect x="55" y="50" width="12" height="1.6" rx="0.8" fill="#9aa0cc" />
      <rect x="0" y="106" width="90" height="54" fill={PALETTE.floorWarm} />
      {call ? (
        <m.g style={{ opacity: shown }}>
          <Person x={45} y={140} scale={1.2} hero pose="stand" />
          <rect
            x="49"
            y="78"
            width="5"
            height="9"
            rx="1"
            fill="#14162c"
            transform="rotate(14 51 82)"
          />
          <g transform="translate(58 66)">
            <rect width="22" height="9" rx="4.5" fill="#d9d6ee" />
            <text x="11" y="6.4" fontSize="5" fontWeight="800" textAnchor="middle" fill="#2c3157">
              3018
            </text>
          </g>
        </m.g>
      ) : (
        <>
          <Person x={66} y={100} scale={1} look={7} hairStyle="bun" pose="upper" />
          <rect x="44" y="98" width="44" height="6" rx="1.5" fill={PALETTE.furnitureLight} />
          <rect x="46" y="104" width="40" height="20" fill={PALETTE.furniture} />
          <Person x={30} y={150} scale={1.2} hero pose="upper" />
          {friend && <Person x={12} y={150} scale={1.15} look={3} pose="upper" />}
        </>
      )}
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["08:05", "08:20"], "friend": true, "call": false }` */
export const help: SceneComponent = (ctx, props) => {
  const read = propReader('help', props);
  return (
    <HelpScene
      progress={ctx.progress}
      time={read.time()}
      friend={read.flag('friend')}
      call={read.flag('call')}
    />
  );
};
