import type { MotionValue } from 'framer-motion';
import type { Mood } from './Face';
import { useHeroLook } from './hero';
import { PALETTE, Scene, TimeChip, useTravel } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface TitleProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** The pupil's first name, big. */
  name: string;
  /** Age and class ("12 ans · 5e B"). */
  detail: string;
  /** The form of bullying the story is about. */
  theme: string;
  mood: Mood;
}

/** A story's opening: who, and what it is about, while the day already starts racing. */
export function TitleScene({ progress, time, name, detail, theme, mood }: TitleProps) {
  const rise = useTravel(progress, 6, 0);
  const look = useHeroLook();
  return (
    <Scene top="#3b3566" bottom={PALETTE.ink}>
      <circle cx="45" cy="70" r="26" fill="#453f74" />
      <m.g style={{ y: rise }}>
        <Person x={45} y={100} scale={1.05} hero pose="upper" mood={mood} />
      </m.g>
      <rect x="0" y="98" width="90" height="62" fill={PALETTE.ink} />
      <text x="45" y="116" fontSize="12" fontWeight="800" textAnchor="middle" fill="#ffffff">
        {name}
      </text>
      <text x="45" y="124" fontSize="4.2" fontWeight="600" textAnchor="middle" fill="#d6d3ee">
        {detail}
      </text>
      <rect x="11" y="130" width="68" height="9" rx="4.5" fill={look.colour} />
      <text x="45" y="135.9" fontSize="3.7" fontWeight="700" textAnchor="middle" fill="#1d1b2e">
        {theme}
      </text>
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["06:40", "06:50"], "name": "Jade", "detail": "12 ans · 5e B", "theme": "Son apparence" }` */
export const title: SceneComponent = (ctx, props) => {
  const read = propReader('title', props);
  return (
    <TitleScene
      progress={ctx.progress}
      time={read.time()}
      name={read.text('name', '')}
      detail={read.text('detail', '')}
      theme={read.text('theme', '')}
      mood={read.mood('worried')}
    />
  );
};
