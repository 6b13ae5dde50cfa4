import type { MotionValue } from 'framer-motion';
import type { Mood } from './Face';
import { PALETTE, pick, Scene, SHIRTS, TimeChip, useAppear } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface MirrorProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** Tee-shirts thrown on the chair one after another during the frame. */
  clothes: number;
  mood: Mood;
}

/** In front of the bathroom mirror: the pupil's reflection, tee-shirts piling up on the chair. */
export function MirrorScene({ progress, time, clothes, mood }: MirrorProps) {
  return (
    <Scene top={PALETTE.wallTeal} bottom={PALETTE.floor}>
      {/* Tiles. */}
      <g stroke="#36506a" strokeWidth="0.5">
        {[20, 40, 60, 80, 100, 120].map((y) => (
          <line key={y} x1="0" y1={y} x2="90" y2={y} />
        ))}
      </g>
      <rect x="20" y="38" width="50" height="68" rx="4" fill="#7d8fb0" />
      <rect x="22" y="40" width="46" height="64" rx="3" fill="#4d5f86" />
      {/* The reflection: she looks at herself, and does not like what she sees. */}
      <Person x={45} y={124} scale={1.05} hero pose="upper" mood={mood} opacity={0.9} />
      <rect x="22" y="40" width="46" height="64" rx="3" fill="#c9d3ec" opacity="0.08" />
      <rect x="16" y="104" width="58" height="8" rx="2" fill={PALETTE.furnitureLight} />
      <rect x="38" y="112" width="14" height="28" fill={PALETTE.furniture} />
      {/* The chair where tee-shirts land. */}
      <rect x="66" y="116" width="20" height="4" rx="1" fill={PALETTE.furniture} />
      <rect x="67" y="120" width="2.5" height="20" fill={PALETTE.furniture} />
      <rect x="82.5" y="120" width="2.5" height="20" fill={PALETTE.furniture} />
      {Array.from({ length: clothes }, (_, i) => (
        <Shirt
          // biome-ignore lint/suspicious/noArrayIndexKey: a pile's shirts are their order
          key={i}
          progress={progress}
          index={i}
          total={clothes}
        />
      ))}
      <rect x="0" y="140" width="90" height="20" fill={PALETTE.floor} />
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

function Shirt({
  progress,
  index,
  total,
}: {
  progress: MotionValue<number>;
  index: number;
  total: number;
}) {
  const start = 0.1 + (index / Math.max(total, 1)) * 0.75;
  const shown = useAppear(progress, start, 0.1);
  return (
    <m.path
      d="M-5 0 -2 -2h4L5 0 4 3 3 2.4V7h-6V2.4L-4 3z"
      transform={`translate(${76 - index * 1.5} ${113 - index * 2.2}) scale(1.1)`}
      fill={pick(SHIRTS, index + 2)}
      style={{ opacity: shown }}
    />
  );
}

/** `{ "time": ["07:05", "07:20"], "clothes": 3 }` */
export const mirror: SceneComponent = (ctx, props) => {
  const read = propReader('mirror', props);
  return (
    <MirrorScene
      progress={ctx.progress}
      time={read.time()}
      clothes={read.count('clothes', 3, 6)}
      mood={read.mood('sad')}
    />
  );
};
