import { type MotionValue, m, motionValue, useTransform } from 'framer-motion';
import { useHeroLook } from './hero';
import { HAIRS, PALETTE, pick, SHIRTS, SKINS } from './kit';

export type HairStyle = 'short' | 'long' | 'bun' | 'curly';

export interface PersonProps {
  /** Where the feet are (the upper body's base for `pose="upper"`), in scene units. */
  x: number;
  y: number;
  /** 1 is a pupil close to the viewer (about 56 units tall). */
  scale?: number;
  /** A whole number that picks shirt, skin and hair, so a crowd varies without randomness. */
  look?: number;
  hairStyle?: HairStyle;
  /** The pupil the story is about: a yellow hoodie, recognisable in every scene; skin and hair from `useHeroLook`. */
  hero?: boolean;
  /** `upper`: only what shows above a desk or a table; `walk`: legs swing with `step`. */
  pose?: 'stand' | 'upper' | 'walk';
  /** The swing of the legs in degrees, from the frame's progress (see `useWave`). */
  step?: MotionValue<number>;
  headDown?: boolean;
  /** Holding a lit phone in front of the chest. */
  phone?: boolean;
  opacity?: number;
}

/** A motion value that never moves, for the hook a standing pupil's legs still call. */
const ZERO = motionValue(0);
const PANTS = ['#545d92', '#615686', '#4a638c'];
const HAIR_STYLES: HairStyle[] = ['short', 'long', 'curly', 'bun', 'short'];

/** A pupil, drawn flat and faceless: posture and place tell the story, not features. */
export function Person(props: PersonProps) {
  const { x, y, scale = 1, look = 0, hero = false, pose = 'stand', headDown = false } = props;
  const heroLook = useHeroLook();
  const shirt = hero ? PALETTE.hero : pick(SHIRTS, look);
  const skin = hero ? heroLook.skin : pick(SKINS, look * 3 + 1);
  const hair = hero ? heroLook.hair : pick(HAIRS, look * 2 + 1);
  const hairStyle = hero ? heroLook.hairStyle : (props.hairStyle ?? pick(HAIR_STYLES, look));
  const headX = headDown ? 0.8 : 0;
  const headY = headDown ? -45 : -46.5;
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`} opacity={props.opacity}>
      {pose !== 'upper' && <Legs look={look} step={pose === 'walk' ? props.step : undefined} />}
      {hairStyle === 'long' && (
        <rect x={headX - 6.4} y={headY - 5.6} width="12.8" height="15" rx="6" fill={hair} />
      )}
      {hero && (
        <rect
          x={headX - 7.2}
          y={headY - 3}
          width="14.4"
          height="11"
          rx="5"
          fill={PALETTE.heroShade}
        />
      )}
      <rect x="-10" y="-38.5" width="3.8" height="17" rx="1.9" fill={shirt} />
      <rect x="6.2" y="-38.5" width="3.8" height="17" rx="1.9" fill={shirt} />
      <rect x="-7.6" y="-40" width="15.2" height="20.5" rx="5" fill={shirt} />
      <circle cx={headX} cy={headY} r="5.6" fill={skin} />
      <Hair style={hairStyle} color={hair} x={headX} y={headY} />
      {props.phone && (
        <g>
          <rect x="-3" y="-33" width="6" height="9.5" rx="1.2" fill="#14162c" />
          <rect x="-2.3" y="-32.3" width="4.6" height="8" rx="0.8" fill={PALETTE.glow} />
        </g>
      )}
    </g>
  );
}

function Legs({ look, step }: { look: number; step?: MotionValue<number> }) {
  const pants = pick(PANTS, look);
  const back = useTransform(step ?? ZERO, (angle) => -angle);
  if (!step) {
    return (
      <>
        <rect x="-5.6" y="-22" width="4.8" height="22" rx="2.2" fill={pants} />
        <rect x="0.8" y="-22" width="4.8" height="22" rx="2.2" fill={pants} />
      </>
    );
  }
  return (
    <>
      <m.rect
        x="-5.6"
        y="-22"
        width="4.8"
        height="22"
        rx="2.2"
        fill={pants}
        style={{ rotate: step, originX: 0.5, originY: 0 }}
      />
      <m.rect
        x="0.8"
        y="-22"
        width="4.8"
        height="22"
        rx="2.2"
        fill={pants}
        style={{ rotate: back, originX: 0.5, originY: 0 }}
      />
    </>
  );
}

function Hair({ style, color, x, y }: { style: HairStyle; color: string; x: number; y: number }) {
  const cap = `M${x - 5.9} ${y - 0.4}a5.9 5.9 0 0 1 11.8 0q-5.9 -3 -11.8 0z`;
  switch (style) {
    case 'short':
    case 'long':
      return <path d={cap} fill={color} />;
    case 'bun':
      return (
        <>
          <circle cx={x} cy={y - 6.6} r="2.8" fill={color} />
          <path d={cap} fill={color} />
        </>
      );
    case 'curly':
      return (
        <g fill={color}>
          {[-4.2, -1.4, 1.4, 4.2].map((dx) => (
            <circle key={dx} cx={x + dx} cy={y - 4.2 + Math.abs(dx) * 0.35} r="2.6" />
          ))}
        </g>
      );
  }
}
