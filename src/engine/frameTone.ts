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

/** Functions whose insides are read on: the gradients. Any other function is not understood. */
const CONTAINER = /^(repeating-)?(linear|radial|conic)-gradient$/;
const TOKEN = /#[0-9a-z]*|[a-z-]+\(?|[^#a-z]+/gy;

/**
 * The colours of a CSS background (a colour, or a gradient's stops), or `null` when it holds
 * something that cannot be known before it paints (`var()`, an image, a colour function it does
 * not read, a malformed colour): such a frame has no tone and takes part in no flash decision.
 * Understands hex, `rgb()`, `hsl()` and common names; keywords and angles are skipped. One pass,
 * token by token: linear in the length of the text, whatever it holds.
 */
function parseCssColors(background: string): Rgb[] | null {
  const colors: Rgb[] = [];
  const text = background.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const token = match[0];
    let color: Rgb | undefined;
    if (token.startsWith('#')) {
      color = parseHex(token.slice(1));
      if (!color) return null;
    } else if (token.endsWith('(')) {
      const name = token.slice(0, -1);
      if (CONTAINER.test(name)) continue;
      if (name !== 'rgb' && name !== 'rgba' && name !== 'hsl' && name !== 'hsla') return null;
      const end = text.indexOf(')', TOKEN.lastIndex);
      if (end === -1) return null;
      color = parseFunction(name, text.slice(TOKEN.lastIndex, end));
      if (!color) return null;
      TOKEN.lastIndex = end + 1;
    } else if (Object.hasOwn(NAMED, token)) {
      // Own names only: "constructor" or "toString" are words, not colours.
      color = NAMED[token];
    }
    if (color) colors.push(color);
  }
  return colors;
}

/** `rgb(…)` / `hsl(…)` arguments: three numbers (an alpha may follow), else not a colour. */
function parseFunction(name: string, args: string): Rgb | undefined {
  const parts = args.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return undefined;
  const [a, b, c] = parts.map((part) => (NUMBER.test(part) ? Number.parseFloat(part) : Number.NaN));
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c))) return undefined;
  if (name.startsWith('hsl'))
    return hslToRgb(a as number, (b as number) / 100, (c as number) / 100);
  const channel = (value: number, part: string) =>
    Math.min(Math.max(part.endsWith('%') ? value * 2.55 : value, 0), 255);
  return [
    channel(a as number, parts[0] as string),
    channel(b as number, parts[1] as string),
    channel(c as number, parts[2] as string),
  ];
}

/** A number, with a percent sign or `deg` at most (other units are not read). */
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(%|deg)?$/;

function parseHex(hex: string): Rgb | undefined {
  if (!/^[0-9a-f]+$/.test(hex)) return undefined;
  const full = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (full.length !== 6 && full.length !== 8) return undefined;
  return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as Rgb;
}

function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const s = Math.min(Math.max(saturation, 0), 1);
  const l = Math.min(Math.max(lightness, 0), 1);
  const k = (n: number) => (((n + hue / 30) % 12) + 12) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as Rgb;
}

/** A tone from colours weighing the same: mean luminance, share of saturated red. */
export function toneOfColors(colors: readonly Rgb[]): FrameTone {
  if (colors.length === 0) return {};
  const luminance = colors.reduce((sum, c) => sum + relativeLuminance(...c), 0) / colors.length;
  const red = colors.filter((c) => isSaturatedRed(...c)).length / colors.length;
  return { luminance, saturatedRed: red };
}

/**
 * The tone of pixels given as RGBA bytes (a canvas's `getImageData().data`), each weighing the
 * same; alpha is ignored. Reads the bytes in place: no array per pixel.
 */
export function toneOfRgba(data: ArrayLike<number>): FrameTone {
  const count = Math.floor(data.length / 4);
  if (count === 0) return {};
  let luminance = 0;
  let red = 0;
  for (let at = 0; at < count * 4; at += 4) {
    const [r, g, b] = [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0];
    luminance += relativeLuminance(r, g, b);
    if (isSaturatedRed(r, g, b)) red++;
  }
  return { luminance: luminance / count, saturatedRed: red / count };
}

/**
 * The tone of a CSS background (a colour, or a gradient's stops, weighing the same): what the
 * flash guard knows of a card before it plays. Understands hex, `rgb()`, `hsl()` and common
 * names; a background it cannot know (`var()`, an image, another colour function) has no tone
 * and takes part in no flash decision — never an error.
 * @example toneOfBackground('linear-gradient(#000, #fff)') // { luminance: 0.5, saturatedRed: 0 }
 */
export function toneOfBackground(background: string): FrameTone {
  return toneOfColors(parseCssColors(background) ?? []);
}
