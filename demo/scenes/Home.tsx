import { type MotionValue, m } from 'framer-motion';
import { PALETTE, Scene, TimeChip, useAppear, useWave } from './kit';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface HomeProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** The phone on the table keeps vibrating. */
  buzzing: boolean;
}

/** Dinner at home: a parent asks, the pupil looks at her plate, the phone buzzes. */
export function HomeScene({ progress, time, buzzing }: HomeProps) {
  const buzz = useWave(progress, 14, 0.9);
  const asks = useAppear(progress, 0.2, 0.1);
  return (
    <Scene top="#3d3562" bottom={PALETTE.floorWarm}>
      {/* A framed picture and the lamp's light. */}
      <rect x="56" y="34" width="18" height="14" rx="1" fill={PALETTE.furniture} />
      <rect x="58" y="36" width="14" height="10" fill="#52608f" />
      <rect x="44" y="18" width="1" height="24" fill="#5a5088" />
      <path d="M37 42h16l-4-8h-8z" fill="#8c7a9e" />
      <ellipse cx="45" cy="96" rx="40" ry="10" fill="#45406e" />
      <Person x={20} y={102} scale={1.08} look={6} hairStyle="short" pose="upper" />
      <Person x={70} y={102} scale={1.08} look={9} hairStyle="long" pose="upper" />
      <Person x={45} y={98} scale={0.9} hero headDown pose="upper" />
      <rect x="0" y="100" width="90" height="60" fill="#3a3258" />
      <rect x="4" y="98" width="82" height="6" rx="2" fill={PALETTE.furnitureLight} />
      <g fill="#8f93c2">
        <ellipse cx="22" cy="98" rx="6" ry="1.8" />
        <ellipse cx="45" cy="98" rx="6" ry="1.8" />
        <ellipse cx="68" cy="98" rx="6" ry="1.8" />
      </g>
      {/* The parent asks: a bubble without words. */}
      <m.g style={{ opacity: asks }} transform="translate(22 44)">
        <rect width="15" height="8" rx="4" fill="#d9d6ee" />
        <path d="M4 7.5 3 11l4-3.5z" fill="#d9d6ee" />
        <text x="7.5" y="6" fontSize="5.5" fontWeight="700" textAnchor="middle" fill="#3a3f6e">
          ?
        </text>
      </m.g>
      {buzzing && (
        <m.g style={{ x: buzz }}>
          <rect x="50" y="95" width="8" height="4.5" rx="1" fill="#14162c" />
          <rect x="50.6" y="95.6" width="6.8" height="3.3" rx="0.6" fill={PALETTE.glow} />
        </m.g>
      )}
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["19:30", "19:50"], "buzzing": true }` */
export const home: SceneComponent = (ctx, props) => {
  const read = propReader('home', props);
  return <HomeScene progress={ctx.progress} time={read.time()} buzzing={read.flag('buzzing')} />;
};
