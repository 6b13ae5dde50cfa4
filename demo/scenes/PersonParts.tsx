import { type MotionValue, motionValue, useTransform } from 'framer-motion';
import type { HairStyle, HeroLook } from './hero';
import { pick } from './kit';
import { m } from './motion';

/** A motion value that never moves, for the hook a standing pupil's legs still call. */
const ZERO = motionValue(0);
const PANTS = ['#545d92', '#615686', '#4a638c'];
/** The tee-shirt under Lina's cardigan. */
const TEE = '#f3e6ee';

/** What makes the pupil's top their own: a hoodie's strings, a jacket on a tee, a cardigan. */
export function HeroTop({ look, back }: { look: HeroLook; back?: boolean }) {
  if (back) return null;
  switch (look.top) {
    case 'hoodie':
      return (
        <path d="M-2 -39v6M2 -39v6" stroke={look.shade} strokeWidth="0.8" strokeLinecap="round" />
      );
    case 'jacket':
      return (
        <g>
          <rect x="-2.6" y="-40" width="5.2" height="20.5" fill={look.detail} />
          <path d="M-2.6 -40l2.6 3 2.6-3" fill={look.shade} />
        </g>
      );
    case 'cardigan':
      return (
        <g>
          <path d="M-2.4 -40h4.8l-2.4 9z" fill={TEE} />
          <g fill={look.shade}>
            <circle cx="0" cy="-28" r="0.7" />
            <circle cx="0" cy="-23.5" r="0.7" />
          </g>
        </g>
      );
  }
}

export function Legs({ look, step }: { look: number; step?: MotionValue<number> }) {
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
  const leg = { y: '-22', width: '4.8', height: '22', rx: '2.2', fill: pants };
  return (
    <>
      <m.rect x="-5.6" {...leg} style={{ rotate: step, originX: 0.5, originY: 0 }} />
      <m.rect x="0.8" {...leg} style={{ rotate: back, originX: 0.5, originY: 0 }} />
    </>
  );
}

export function Hair({
  style,
  color,
  x,
  y,
}: {
  style: HairStyle;
  color: string;
  x: number;
  y: number;
}) {
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

/** Sitting, seen from the front: the lap, the shins down to the floor. */
export function Lap({ look }: { look: number }) {
  const pants = pick(PANTS, look);
  return (
    <g fill={pants}>
      <rect x="-6" y="-13" width="4.8" height="13" rx="2.2" />
      <rect x="1.2" y="-13" width="4.8" height="13" rx="2.2" />
      <rect x="-7.6" y="-15" width="15.2" height="6" rx="2.6" />
    </g>
  );
}
