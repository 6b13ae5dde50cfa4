import { type MotionValue, useTransform } from 'framer-motion';
import { type ReactNode, useId } from 'react';
import { useHeroLook } from './hero';
import { m } from './motion';

/**
 * The scenes' shared drawing kit. Every scene is a 90 × 160 SVG (9:16) cropped to cover the
 * stage; what matters stays between x = 10 and 80, which a phone taller than 9:16 keeps.
 *
 * Safe area: the player draws its story buttons at mid-height on both edges, its header and
 * progress at the top and its controls at the bottom, and a phone crops the sides. The story's
 * pupil stays inside `SAFE` (the central 70 % of the width a phone shows, clear of the top and
 * bottom 15 %); drawn words stay out of the message bands (`MESSAGE_BANDS`), where a hold's
 * bubbles sit.
 *
 * One palette of dark, muted tones of similar luminance: a cut from any scene to any other
 * changes the mean relative luminance by far less than the 10 % a flash needs (WCAG 2.3.1), so
 * the fast-forward stays safe at full speed. Lighter colours stay small (faces, screens).
 */
export const PALETTE = {
  night: '#1d2142',
  ink: '#232849',
  wall: '#333d66',
  wallWarm: '#3d3560',
  wallTeal: '#2c4559',
  floor: '#272d50',
  floorWarm: '#30284a',
  furniture: '#46507f',
  furnitureLight: '#5a6598',
  shade: 'rgb(10 12 30 / 0.35)',
  screen: '#d9d6ee',
  screenDim: '#8f93c2',
  glow: '#b9b3e6',
  hero: '#e0b24a',
  heroShade: '#b8892f',
  accent: '#f08a6c',
} as const;

/** Where the story's pupil stands, in scene units: x from 19 to 71, y from 24 to 136. */
export const SAFE = { left: 19, right: 71, top: 24, bottom: 136 } as const;

/** Where a hold's messages sit, in scene units (y): `top` below the header, `bottom` above the controls. */
export const MESSAGE_BANDS = { top: [19, 44], bottom: [122, 143] } as const;

/** Shirts of the other pupils: muted, mid-tone, never saturated red. */
export const SHIRTS = ['#8b7fb8', '#6f93b5', '#b48c7c', '#8fae78', '#b07f9f', '#7aa5a0', '#a59a70'];
export const SKINS = ['#e2b596', '#c68c6e', '#9a6449', '#f0c9a8', '#7b4a35'];
export const HAIRS = ['#2a2130', '#4a3326', '#1c1c24', '#6b4a2e', '#3b2a22'];

/** Picks a colour from a list by any whole number, so crowds vary without randomness. */
export const pick = <T,>(list: readonly T[], index: number): T =>
  list[((index % list.length) + list.length) % list.length] as T;

/** The SVG of a scene: a vertical gradient behind its children, the story's wash over them. Hidden from assistive tech: the frame's `alt` says it. */
export function Scene({
  top,
  bottom,
  children,
}: {
  top: string;
  bottom: string;
  children: ReactNode;
}) {
  const id = useId();
  const { grade } = useHeroLook();
  return (
    <svg
      className="scene"
      viewBox="0 0 90 160"
      preserveAspectRatio="xMidYMid slice"
      width="100%"
      height="100%"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <linearGradient id={`${id}-bg`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor={top} />
          <stop offset="1" stopColor={bottom} />
        </linearGradient>
      </defs>
      <rect width="90" height="160" fill={`url(#${id}-bg)`} />
      {children}
      {/*
        The story's own light, washed over the whole scene. A plain translucent layer, not a
        blend mode: \`mix-blend-mode\` would make the scene a stacking context painted over the
        player's buttons, and take their taps.
      */}
      <rect width="90" height="160" fill={grade} opacity="0.12" pointerEvents="none" />
    </svg>
  );
}

/** `"07:42"` → minutes since midnight; a time after midnight may be written `"25:10"`. */
export function toMinutes(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** Minutes since midnight → `"07:42"` (wraps past midnight). */
export function formatMinutes(total: number): string {
  const minutes = Math.floor(total) % (24 * 60);
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The racing time of day in the top-right corner, like the timestamp of a video played at
 * high speed: it runs from `from` to `to` with the frame and stops on a hold.
 */
export function TimeChip({
  progress,
  from,
  to,
}: {
  progress: MotionValue<number>;
  from: string;
  to: string;
}) {
  const label = useTransform(progress, (p) =>
    formatMinutes(toMinutes(from) + p * (toMinutes(to) - toMinutes(from))),
  );
  return (
    <g transform="translate(61 9.5)">
      <rect width="18" height="6.6" rx="3.3" fill="rgb(8 10 26 / 0.55)" />
      <path d="M2.4 2.1 4.4 3.3 2.4 4.5zM4.6 2.1 6.6 3.3 4.6 4.5z" fill="#ffffff" />
      <m.text
        className="scene-clock"
        x="12.3"
        y="4.55"
        fontSize="3.4"
        fontWeight="700"
        textAnchor="middle"
        fill="#ffffff"
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {label}
      </m.text>
    </g>
  );
}

/** A position that repeats `times` times over the frame: a walking step, a bouncing ball. */
export function useWave(progress: MotionValue<number>, times: number, amplitude: number) {
  return useTransform(progress, (p) => Math.sin(p * times * Math.PI * 2) * amplitude);
}

/** Linear travel over the whole frame, from `from` to `to`. */
export function useTravel(progress: MotionValue<number>, from: number, to: number) {
  return useTransform(progress, [0, 1], [from, to]);
}

/** 0 → 1 between two moments of the frame (0 → 1), for things that appear during it. */
export function useAppear(progress: MotionValue<number>, start: number, length = 0.08) {
  return useTransform(progress, [start, start + length], [0, 1]);
}

/** A phone seen from the front; its screen is `children`, drawn in the 0 0 40 72 box. */
export function Phone({
  x,
  y,
  scale = 1,
  children,
}: {
  x: number;
  y: number;
  scale?: number;
  children?: ReactNode;
}) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <rect x="-2.5" y="-2.5" width="45" height="77" rx="6" fill="#11132a" />
      <rect width="40" height="72" rx="3.5" fill={PALETTE.ink} />
      {children}
    </g>
  );
}
