import type { MotionValue } from 'framer-motion';
import type { Mood } from './Face';
import { PALETTE, Scene, TimeChip, useAppear, useWave } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

type Family = 'mother' | 'father-sister' | 'parents';

interface HomeProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** The phone on the table keeps vibrating. */
  buzzing: boolean;
  /** Who sits at the table with the pupil: each pupil has their own home. */
  family: Family;
  mood: Mood;
}

/** The others at the table, by family: where they sit, how they look, who asks the question. */
const TABLES: Record<Family, { x: number; scale: number; look: number; long: boolean }[]> = {
  mother: [{ x: 65, scale: 1.08, look: 9, long: true }],
  'father-sister': [
    { x: 22, scale: 1.08, look: 6, long: false },
    { x: 67, scale: 0.78, look: 11, long: true },
  ],
  parents: [
    { x: 22, scale: 1.08, look: 6, long: false },
    { x: 66, scale: 1.08, look: 8, long: true },
  ],
};

/** Dinner at home: a parent asks, the pupil looks at the plate, the phone buzzes. */
export function HomeScene({ progress, time, buzzing, family, mood }: HomeProps) {
  const buzz = useWave(progress, 14, 0.9);
  const asks = useAppear(progress, 0.2, 0.1);
  const people = TABLES[family];
  const asker = people[0] ?? { x: 20, scale: 1 };
  return (
    <Scene top="#3d3562" bottom={PALETTE.floorWarm}>
      {/* A framed picture and the lamp's light. */}
      <rect
        x={family === 'mother' ? 16 : 56}
        y="50"
        width="18"
        height="14"
        rx="1"
        fill={PALETTE.furniture}
      />
      <rect x={family === 'mother' ? 18 : 58} y="52" width="14" height="10" fill="#52608f" />
      <rect x="44" y="16" width="1" height="22" fill="#5a5088" />
      <path d="M37 44h16l-4-8h-8z" fill="#8c7a9e" />
      <ellipse cx="45" cy="100" rx="40" ry="10" fill="#45406e" />
      {people.map((person) => (
        <Person
          key={person.x}
          x={person.x}
          y={110}
          scale={person.scale}
          look={person.look}
          hairStyle={person.long ? 'long' : 'short'}
          pose="upper"
          mood="worried"
        />
      ))}
      <Person x={45} y={108} scale={0.9} hero headDown pose="upper" mood={mood} />
      <rect x="0" y="104" width="90" height="56" fill="#3a3258" />
      <rect x="4" y="102" width="82" height="6" rx="2" fill={PALETTE.furnitureLight} />
      <g fill="#8f93c2">
        <ellipse cx="22" cy="102" rx="6" ry="1.8" />
        <ellipse cx="45" cy="102" rx="6" ry="1.8" />
        <ellipse cx="68" cy="102" rx="6" ry="1.8" />
      </g>
      {/* The parent asks: a bubble without words (the hidden message says them). */}
      <m.g
        style={{ opacity: asks }}
        transform={`translate(${asker.x < 45 ? asker.x + 7 : asker.x - 22} 46)`}
      >
        <rect width="15" height="8" rx="4" fill="#d9d6ee" />
        <path d={asker.x < 45 ? 'M4 7.5 3 11l4-3.5z' : 'M11 7.5 12 11l-4-3.5z'} fill="#d9d6ee" />
        <text x="7.5" y="6" fontSize="5.5" fontWeight="700" textAnchor="middle" fill="#3a3f6e">
          ?
        </text>
      </m.g>
      {buzzing && (
        <m.g style={{ x: buzz }}>
          <rect x="50" y="99" width="8" height="4.5" rx="1" fill="#14162c" />
          <rect x="50.6" y="99.6" width="6.8" height="3.3" rx="0.6" fill={PALETTE.glow} />
        </m.g>
      )}
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["19:30", "19:50"], "buzzing": true, "family": "mother", "mood": "sad" }` */
export const home: SceneComponent = (ctx, props) => {
  const read = propReader('home', props);
  return (
    <HomeScene
      progress={ctx.progress}
      time={read.time()}
      buzzing={read.flag('buzzing')}
      family={read.oneOf('family', ['parents', 'mother', 'father-sister'] as const)}
      mood={read.mood('sad')}
    />
  );
};
