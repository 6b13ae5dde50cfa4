import { type MotionValue, useTransform } from 'framer-motion';
import { PALETTE, Scene, TimeChip } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface ClassroomProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** A folded note (or a drawing) passed from desk to desk during the frame. */
  note: boolean;
  /** Phones lit under the desks. */
  phones: boolean;
}

const ROWS = [
  { y: 92, scale: 0.62, xs: [22, 36, 54, 68] },
  { y: 112, scale: 0.8, xs: [16, 34, 56, 74] },
  { y: 138, scale: 1.02, xs: [10, 32, 58, 80] },
];
/** The pupil's seat: middle row, second desk. */
const HERO = { row: 1, seat: 1 };

/** The classroom seen from the back: the board fills with writing at speed. */
export function ClassroomScene({ progress, time, note, phones }: ClassroomProps) {
  const writing = useTransform(progress, [0, 0.9], [0, 1]);
  return (
    <Scene top="#343f6a" bottom={PALETTE.floor}>
      <rect x="12" y="30" width="66" height="34" rx="1.5" fill="#2d4a52" />
      <rect x="12" y="64" width="66" height="2" fill={PALETTE.furnitureLight} />
      <m.path
        d="M17 38h40M17 44h52M17 50h34M17 56h46"
        stroke="#c6d4d0"
        strokeWidth="1.1"
        strokeLinecap="round"
        fill="none"
        style={{ pathLength: writing }}
      />
      {ROWS.map((row, r) => (
        <g key={row.y}>
          {row.xs.map((x, s) => {
            const hero = r === HERO.row && s === HERO.seat;
            return (
              <g key={x}>
                <Person
                  x={x}
                  y={row.y}
                  scale={row.scale}
                  look={r * 4 + s}
                  hero={hero}
                  headDown={hero}
                  pose="upper"
                  back
                />
                {phones && !hero && s % 2 === 0 && (
                  <rect
                    x={x - 2.5 * row.scale}
                    y={row.y - 4 * row.scale}
                    width={5 * row.scale}
                    height={3 * row.scale}
                    rx="0.5"
                    fill={PALETTE.glow}
                  />
                )}
              </g>
            );
          })}
          <rect x="0" y={row.y - 1} width="90" height={7 * row.scale} fill={PALETTE.furniture} />
        </g>
      ))}
      {note && <Note progress={progress} />}
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** A folded note flying from the back row to the pupil's desk. */
function Note({ progress }: { progress: MotionValue<number> }) {
  const x = useTransform(progress, [0.1, 0.8], [64, 36]);
  const y = useTransform(progress, (p) => {
    const t = Math.min(Math.max((p - 0.1) / 0.7, 0), 1);
    return 120 - 8 - t * 6 - Math.sin(t * Math.PI) * 14;
  });
  const spin = useTransform(progress, [0, 1], [0, 540]);
  return (
    <m.g style={{ x, y }}>
      <m.rect x="-2" y="-1.5" width="4" height="3" fill="#e4e2f3" style={{ rotate: spin }} />
    </m.g>
  );
}

/** `{ "time": ["08:30", "09:25"], "note": false, "phones": false }` */
export const classroom: SceneComponent = (ctx, props) => {
  const read = propReader('classroom', props);
  return (
    <ClassroomScene
      progress={ctx.progress}
      time={read.time()}
      note={read.flag('note')}
      phones={read.flag('phones')}
    />
  );
};
