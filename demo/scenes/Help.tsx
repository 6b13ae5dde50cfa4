import { type MotionValue, useTransform } from 'framer-motion';
import { Call } from './Call';
import type { Mood } from './Face';
import { PALETTE, Scene, TimeChip } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';
import { Talk } from './Talk';

type Place = 'office' | 'call' | 'home';

interface HelpProps {
  progress: MotionValue<number>;
  time: [string, string];
  /**
   * Where the day turns, a different way for each pupil: `office` (the school's CPE listens, a
   * friend beside), `call` (after school, outside, a call to the 3018 with a friend beside),
   * `home` (at the kitchen table, the pupil shows everything to a parent).
   */
  place: Place;
  /** A classmate came along. */
  friend: boolean;
  mood: Mood;
}

/** The turn of the story: someone listens. */
export function HelpScene({ progress, time, place, friend, mood }: HelpProps) {
  if (place === 'call') return <Call progress={progress} time={time} mood={mood} />;
  if (place === 'home') return <Talk progress={progress} time={time} mood={mood} />;
  return <Office progress={progress} time={time} friend={friend} mood={mood} />;
}

/** The CPE's office: a door ajar, the 3018 poster, an adult behind the desk who listens. */
function Office({
  progress,
  time,
  friend,
  mood,
}: {
  progress: MotionValue<number>;
  time: [string, string];
  friend: boolean;
  mood: Mood;
}) {
  const open = useTransform(progress, [0, 0.4], [0, 1]);
  return (
    <Scene top="#3f3a66" bottom={PALETTE.floorWarm}>
      {/* A door ajar, warm light beyond. */}
      <rect x="6" y="40" width="22" height="68" fill="#6e6188" />
      <m.rect
        x="6"
        y="40"
        width="22"
        height="68"
        fill="#4a4474"
        style={{ scaleX: open, originX: 0 }}
      />
      {/* The 3018 poster, below where a hold's top messages sit. */}
      <rect x="33" y="50" width="22" height="26" rx="1.5" fill="#4c5791" />
      <rect x="35.5" y="53" width="17" height="8.5" rx="1" fill={PALETTE.hero} />
      <text x="44" y="59.6" fontSize="5.4" fontWeight="800" textAnchor="middle" fill="#1d1b2e">
        3018
      </text>
      <rect x="36" y="65" width="16" height="1.6" rx="0.8" fill="#9aa0cc" />
      <rect x="36" y="69" width="11" height="1.6" rx="0.8" fill="#9aa0cc" />
      <rect x="0" y="108" width="90" height="52" fill={PALETTE.floorWarm} />
      {/* The CPE, listening. */}
      <Person x={65} y={121} scale={1} look={7} hairStyle="bun" pose="upper" mood="kind" />
      <rect x="50" y="101" width="40" height="6" rx="1.5" fill={PALETTE.furnitureLight} />
      <rect x="52" y="107" width="36" height="24" fill={PALETTE.furniture} />
      {/* Two chairs facing the desk: the pupil, and the friend who came along. */}
      {(friend ? [22, 43] : [43]).map((x) => (
        <g key={x} fill="#2c2a50">
          <rect x={x - 8} y="98" width="16" height="26" rx="2" />
          <rect x={x - 8} y="122" width="16" height="3" rx="1" />
          <rect x={x - 7} y="125" width="2" height="11" />
          <rect x={x + 5} y="125" width="2" height="11" />
        </g>
      ))}
      {friend && <Person x={22} y={134} scale={1.05} look={3} pose="sit" mood="kind" />}
      <Person x={43} y={134} scale={1.1} hero pose="sit" mood={mood} />
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["08:05", "08:20"], "place": "office", "friend": true, "mood": "relieved" }` */
export const help: SceneComponent = (ctx, props) => {
  const read = propReader('help', props);
  return (
    <HelpScene
      progress={ctx.progress}
      time={read.time()}
      place={read.oneOf('place', ['office', 'call', 'home'] as const)}
      friend={read.flag('friend')}
      mood={read.mood('relieved')}
    />
  );
};
