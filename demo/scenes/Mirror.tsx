import { type MotionValue, m } from 'framer-motion';
import { PALETTE, pick, Scene, SHIRTS, TimeChip, useAppear } from './kit';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface MirrorProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** Tee-shirts thrown on the chair one after another during the frame. */
  clothes: number;
}

/** In front of the bathroom mirror: the pupil from behind, her reflection, clothes piling up. */
export function MirrorScene({ progress, time, clothes }: MirrorProps) {
  return (
    <Scene top={PALETTE.wallTeal} bottom={PALETTE.floor}>
      {/* Tiles. */}
      <g stroke="#36506a" strokeWidth="0.5">
        {[20, 40, 60, 80, 100, 120].map((y) => (
          <line key={y} x1="0" y1={y} x2="90" y2={y} />
        ))}
      </g>
      <rect x="18" y="20" width="54" height="70" rx="4" fill="#7d8fb0" />
      <rect x="20" y="22" width="50" height="66" rx="3" fill="#4d5f86" />
      {/* The reflection: her face turned down. */}
      <Person x={45} y={92} scale={1.1} hero pose="upper" headDown opacity={0.75} />
      <rect x="14" y="90" width="62" height="8" rx="2" fill={PALETTE.furnitureLight} />
      {/* The chair where tee-shirts land. */}
      <rect x="68" y="112" width="18" height="4" rx="1" fill={PALETTE.furniture} />
      <rect x="69" y="116" width="2.5" height="24" fill={PALETTE.furniture} />
      <rect x="82.5" y="116" width="2.5" height="24" fill={PALETTE.furniture} />
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
      {/* Herself, from behind, close to us. */}
      <Person x={40} y={172} scale={1.6} hero pose="upper" />
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
      transform={`translate(${77 - index * 1.5} ${109 - index * 2.2}) scale(1.1)`}
      fill={pick(SHIRTS, index + 2)}
      style={{ opacity: shown }}
    />
  );
}

/** `{ "time": ["07:05", "07:20"], "clothes": 3 }` */
export const mirror: SceneComponent = (ctx, props) => {
  const read = propReader('mirror', props);
  return (
    <MirrorScene progress={ctx.progress} time={read.time()} clothes={read.count('clothes', 3, 6)} />
  );
};
