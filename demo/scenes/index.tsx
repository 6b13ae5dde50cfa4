import { bedroom } from './Bedroom';
import { bus } from './Bus';
import { canteen } from './Canteen';
import { chat } from './Chat';
import { classroom } from './Classroom';
import { corridor } from './Corridor';
import { day } from './Day';
import { gym } from './Gym';
import { help } from './Help';
import { home } from './Home';
import { HEROES, HeroProvider, isHeroName } from './hero';
import { lockerRoom } from './LockerRoom';
import { mirror } from './Mirror';
import { type SceneComponent, warnOnce } from './props';
import { schoolyard } from './Schoolyard';
import { street } from './Street';
import { title } from './Title';

/** The scenes by the name JSON frames give in `"component"`. */
const drawn = {
  title,
  bedroom,
  mirror,
  street,
  bus,
  schoolyard,
  corridor,
  classroom,
  canteen,
  gym,
  lockerRoom,
  home,
  chat,
  help,
  day,
} satisfies Record<string, SceneComponent>;

export type SceneName = keyof typeof drawn;

/**
 * Every scene a JSON frame may name in `"component"`, drawn in SVG in this folder. Each one
 * animates from the frame's progress only, so the fast-forward speeds it up and a hold freezes
 * it on the same display frame as the progress bar. A frame's `"hero"` prop (`"jade"`,
 * `"yanis"`, `"lina"`) says whose story it is: that pupil's look is drawn.
 *
 * The scenes move with their own `m` elements (./motion.tsx): framer-motion's motion values,
 * written straight on the SVG as they change — no renderer to set up, and 25 kB (gzip) lighter
 * than framer-motion's `m` with `LazyMotion`.
 */
export const scenes = Object.fromEntries(
  Object.entries(drawn).map(([name, draw]) => [name, withHero(name, draw)]),
) as Record<SceneName, SceneComponent>;

/** A scene as a frame draws it, with its pupil's look. */
function withHero(name: string, draw: SceneComponent): SceneComponent {
  return (ctx, props) => {
    const hero = props.hero ?? 'jade';
    if (!isHeroName(hero)) {
      warnOnce(
        `demo scene "${name}": props.hero: expected one of ${Object.keys(HEROES)
          .map((key) => `"${key}"`)
          .join(', ')}, got ${JSON.stringify(hero)}; drawing "jade"`,
      );
    }
    return <HeroProvider hero={isHeroName(hero) ? hero : 'jade'}>{draw(ctx, props)}</HeroProvider>;
  };
}
