import type { MotionValue } from 'framer-motion';
import { Face, type Mood } from './Face';
import { type HairStyle, useHeroLook } from './hero';
import { HAIRS, pick, SHIRTS, SKINS } from './kit';
import { Hair, HeroTop, Lap, Legs } from './PersonParts';

export interface PersonProps {
  /** Where the feet are (the upper body's base for `pose="upper"`), in scene units. */
  x: number;
  y: number;
  /** 1 is a pupil close to the viewer (about 56 units tall). */
  scale?: number;
  /** A whole number that picks shirt, skin and hair, so a crowd varies without randomness. */
  look?: number;
  hairStyle?: HairStyle;
  /** The pupil the story is about: their own clothes and hair (`useHeroLook`), in every scene. */
  hero?: boolean;
  /**
   * `upper`: only what shows above a desk or a table (its waist is 19.5 units above `y`);
   * `walk`: legs swing with `step`; `sit`: on a chair or a bench whose seat is 9 units above `y`.
   */
  pose?: 'stand' | 'upper' | 'walk' | 'sit';
  /** The swing of the legs in degrees, from the frame's progress (see `useWave`). */
  step?: MotionValue<number>;
  headDown?: boolean;
  /** What the face says (default `neutral`). */
  mood?: Mood;
  /** Seen from behind: no face, the back of the head. */
  back?: boolean;
  /** Holding a lit phone in front of the chest. */
  phone?: boolean;
  /** Earbuds in: not listening to anything, just not hearing them. */
  earbuds?: boolean;
  /** The pupil's hood up over the head (a `hoodie` only). */
  hood?: boolean;
  opacity?: number;
}

const HAIR_STYLES: HairStyle[] = ['short', 'long', 'curly', 'bun', 'short'];

/**
 * A pupil, drawn flat: posture, place and a face of a few strokes (`mood`) tell the story. The
 * story's own pupil (`hero`) is marked `data-scene-hero`, so tests can find where it stands.
 */
export function Person(props: PersonProps) {
  const { x, y, scale = 1, look = 0, hero = false, pose = 'stand', headDown = false } = props;
  const heroLook = useHeroLook();
  const shirt = hero ? heroLook.colour : pick(SHIRTS, look);
  const skin = hero ? heroLook.skin : pick(SKINS, look * 3 + 1);
  const hair = hero ? heroLook.hair : pick(HAIRS, look * 2 + 1);
  const hairStyle = hero ? heroLook.hairStyle : (props.hairStyle ?? pick(HAIR_STYLES, look));
  const headX = headDown ? 0.8 : 0;
  const headY = headDown ? -45 : -46.5;
  return (
    <g
      transform={`translate(${x} ${y}) scale(${scale})`}
      opacity={props.opacity}
      data-scene-hero={hero ? '' : undefined}
    >
      {pose === 'sit' && <Lap look={look} />}
      {(pose === 'stand' || pose === 'walk') && (
        <Legs look={look} step={pose === 'walk' ? props.step : undefined} />
      )}
      <g transform={pose === 'sit' ? 'translate(0 9)' : undefined}>
        {hairStyle === 'long' && (
          <rect x={headX - 6.4} y={headY - 5.6} width="12.8" height="15" rx="6" fill={hair} />
        )}
        {hero && heroLook.top === 'hoodie' && (
          <rect
            x={headX - 7.2}
            y={headY - 3}
            width="14.4"
            height="11"
            rx="5"
            fill={heroLook.shade}
          />
        )}
        <rect x="-10" y="-38.5" width="3.8" height="17" rx="1.9" fill={shirt} />
        <rect x="6.2" y="-38.5" width="3.8" height="17" rx="1.9" fill={shirt} />
        <rect x="-7.6" y="-40" width="15.2" height="20.5" rx="5" fill={shirt} />
        {hero && <HeroTop look={heroLook} back={props.back} />}
        <circle cx={headX} cy={headY} r="5.6" fill={skin} />
        <Hair style={hairStyle} color={hair} x={headX} y={headY} />
        {hero && props.hood && heroLook.top === 'hoodie' && (
          <path
            d={`M${headX - 6.8} ${headY + 3}a6.8 7.6 0 0 1 13.6 0l-1.6 .4a5.2 5.8 0 0 0-10.4 0z`}
            fill={heroLook.shade}
          />
        )}
        {props.back ? (
          <circle cx={headX} cy={headY - 0.3} r="5.7" fill={hair} />
        ) : (
          <Face x={headX} y={headY} mood={props.mood ?? 'neutral'} down={headDown} brows={hair} />
        )}
        {hero && heroLook.top === 'cardigan' && (
          <path
            d={`M${headX - 5.4} ${headY - 1.4}a5.6 5.6 0 0 1 10.8 0`}
            stroke={heroLook.detail}
            strokeWidth="1.1"
            fill="none"
          />
        )}
        {props.earbuds && (
          <g fill="#f4f2fb">
            <circle cx={headX - 5.5} cy={headY + 1} r="0.9" />
            <circle cx={headX + 5.5} cy={headY + 1} r="0.9" />
          </g>
        )}
        {props.phone && (
          <g>
            <rect x="-3" y="-33" width="6" height="9.5" rx="1.2" fill="#14162c" />
            <rect x="-2.3" y="-32.3" width="4.6" height="8" rx="0.8" fill="#b9b3e6" />
          </g>
        )}
      </g>
    </g>
  );
}
