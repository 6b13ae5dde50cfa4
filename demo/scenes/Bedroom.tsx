import { type MotionValue, useTransform } from 'framer-motion';
import { Face, type Mood } from './Face';
import { useHeroLook } from './hero';
import { PALETTE, Scene, TimeChip, useAppear, useTravel } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface BedroomProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** At night the pupil lies in bed, lit by the phone; by day they sit on the bed's edge. */
  night: boolean;
  /** Unread notifications the phone's badge counts up to during the frame (0: no badge). */
  notifications: number;
  mood: Mood;
}

/** The pupil's room: the alarm clock races by day, the notifications pile up by night. */
export function BedroomScene({ progress, time, night, notifications, mood }: BedroomProps) {
  const sunY = useTravel(progress, 62, 50);
  const minutes = useTransform(progress, [0, 1], [0, 1080]);
  const hours = useTransform(progress, [0, 1], [0, 90]);
  const look = useHeroLook();
  return (
    <Scene top={PALETTE.wallWarm} bottom={PALETTE.floorWarm}>
      {/* The window: dawn by day, the moon at night. */}
      <rect x="13" y="36" width="34" height="38" rx="2" fill={PALETTE.furniture} />
      <rect x="15" y="38" width="30" height="34" fill={night ? '#171b3a' : '#4f5d8f'} />
      {night ? (
        <g fill="#c9c4ea">
          <circle cx="36" cy="46" r="3.2" />
          <circle cx="21" cy="43" r="0.6" />
          <circle cx="27" cy="56" r="0.5" />
          <circle cx="40" cy="62" r="0.5" />
        </g>
      ) : (
        <m.circle cx="30" r="5" fill="#d8b98a" style={{ y: sunY }} />
      )}
      <rect x="15" y="54" width="30" height="1.6" fill={PALETTE.furniture} />
      <rect x="29.2" y="38" width="1.6" height="34" fill={PALETTE.furniture} />
      {/* A poster of the pupil's own colour: their room, nobody else's. */}
      <rect x="55" y="72" width="14" height="18" rx="1" fill={look.colour} opacity="0.55" />
      <circle cx="62" cy="79" r="3.5" fill={PALETTE.wallWarm} opacity="0.7" />

      {/* The shelf and its alarm clock, hands racing. */}
      <rect x="58" y="58" width="26" height="2.4" rx="1" fill={PALETTE.furniture} />
      <circle cx="71" cy="50" r="7" fill="#c9c4e0" />
      <circle cx="71" cy="50" r="5.8" fill="#2c3157" />
      <m.line
        x1="71"
        y1="50"
        x2="71"
        y2="46.2"
        stroke="#e8e4f6"
        strokeWidth="1.3"
        strokeLinecap="round"
        style={{ rotate: hours, originX: 0.5, originY: 1 }}
      />
      <m.line
        x1="71"
        y1="50"
        x2="71"
        y2="45"
        stroke={PALETTE.accent}
        strokeWidth="0.8"
        strokeLinecap="round"
        style={{ rotate: minutes, originX: 0.5, originY: 1 }}
      />

      {/* The bed. */}
      <rect x="14" y="104" width="66" height="8" rx="2" fill={PALETTE.furnitureLight} />
      <rect x="16" y="110" width="64" height="28" rx="3" fill="#3f4a7c" />
      {night ? (
        <g data-scene-hero="">
          <rect x="20" y="100" width="18" height="9" rx="3" fill="#8f93c2" />
          <circle cx="29" cy="100" r="5.4" fill={look.skin} />
          <path d="M23 98a6 6 0 0 1 12 0q-6 -3 -12 0z" fill={look.hair} />
          <Face x={29} y={100} mood={mood} brows={look.hair} />
          <rect x="24" y="106" width="46" height="14" rx="5" fill="#56609a" />
          <rect x="38" y="94" width="6" height="10" rx="1.2" fill="#14162c" />
          <rect x="38.7" y="94.7" width="4.6" height="8.6" rx="0.8" fill={PALETTE.glow} />
          {notifications > 0 && <Badge progress={progress} count={notifications} />}
        </g>
      ) : (
        <Person x={40} y={120} scale={1.05} hero pose="sit" headDown phone mood={mood} />
      )}
      <rect x="0" y="138" width="90" height="22" fill={PALETTE.floorWarm} />
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** The phone's badge: a count that climbs with the frame. */
function Badge({ progress, count }: { progress: MotionValue<number>; count: number }) {
  const shown = useAppear(progress, 0.05);
  const label = useTransform(progress, (p) => String(Math.max(1, Math.round(p * count))));
  return (
    <m.g style={{ opacity: shown }}>
      <rect x="42" y="87" width="11" height="7" rx="3.5" fill={PALETTE.accent} />
      <m.text x="47.5" y="92.1" fontSize="4.4" fontWeight="700" textAnchor="middle" fill="#1d1b2e">
        {label}
      </m.text>
    </m.g>
  );
}

/** `{ "time": ["06:50", "07:05"], "night": false, "notifications": 0, "mood": "worried" }` */
export const bedroom: SceneComponent = (ctx, props) => {
  const read = propReader('bedroom', props);
  return (
    <BedroomScene
      progress={ctx.progress}
      time={read.time()}
      night={read.flag('night')}
      notifications={read.count('notifications', 0, 999)}
      mood={read.mood('worried')}
    />
  );
};
