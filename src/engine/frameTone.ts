import { isSaturatedRed, relativeLuminance } from './flashSafety';

/** What the flash guard knows of a frame: its relative luminance and saturated-red share. */
export interface FrameTone {
  luminance?: number;
  saturatedRed?: number;
}

/** A colour as 0–255 channels. */
export type Rgb = [red: number, green: number, blue: number];

const NAMED: Record<string, Rgb> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  yellow: [255, 255, 0],
  orange: [255, 165, 0],
  purple: [128, 0, 128],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  pink: [255, 192, 203],
  navy: [0, 0, 128],
  teal: [0, 128, 128],
  crimson: [220, 20, 60],
  darkred: [139, 0, 0],
};

const COLOR = /#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)|\b[a-z]+\b/gi;

/**
 * The colours in a CSS background (a colour or the stops of a gradient). Understands hex,
 * rgb(), hsl() and common names; other tokens (angles, `linear-gradient`, …) are skipped.
 */
function parseCssColors(background: string): Rgb[] {
  const colors: Rgb[] = [];
  for (const token of background.match(COLOR) ?? []) {
    const color = parseColor(token.toLowerCase());
    if (color) colors.push(color);
  }
  return colors;
}

/** A tone from colours weighing the same: mean luminance, share of saturated red. */
export function toneOfColors(colors: readonly Rgb[]): FrameTone {
  if (colors.length === 0) return {};
  const luminance = colors.reduce((sum, c) => sum + relativeLuminance(...c), 0) / colors.length;
  const red = colors.filter((c) => isSaturatedRed(...c)).length / colors.length;
  return { luminance, saturatedRed: red };
}

function parseColor(token: string): Rgb | undefined {
  if (token.startsWith('#')) return parseHex(token.slice(1));
  if (token.startsWith('rgb')) return numbers(token).slice(0, 3) as Rgb;
  if (token.startsWith('hsl')) {
    const [h = 0, s = 0, l = 0] = numbers(token);
    return hslToRgb(h, s / 100, l / 100);
  }
  return NAMED[token];
}

function parseHex(hex: string): Rgb | undefined {
  const full = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (full.length !== 6 && full.length !== 8) return undefined;
  return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as Rgb;
}

function numbers(token: string): number[] {
  return (token.match(/-?\d*\.?\d+/g) ?? []).map(Number);
}

function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const k = (n: number) => (n + hue / 30) % 12;
  const a = saturation * Math.min(lightness, 1 - lightness);
  const f = (n: number) => lightness - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as Rgb;
}

/**
 * The tone of a CSS background (a colour, or a gradient's stops, weighing the same): what the
 * flash guard knows of a card before it plays. Understands hex, `rgb()`, `hsl()` and common
 * names; nothing it understands, no tone (the frame takes part in no flash).
 * @example toneOfBackground('linear-gradient(#000, #fff)') // { luminance: 0.5, saturatedRed: 0 }
 */
export function toneOfBackground(background: string): FrameTone {
  return toneOfColors(parseCssColors(background));
}
