import * as v from 'valibot';
import { isPositiveFinite } from '../engine/validate';
import { expectedGot, expecting } from './messages';

/** Plain objects only: an array is an object to `typeof` but never a story, frame or message. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

const isShare = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= 1;

/** Checked first, so an array or `null` is named as what it is instead of as missing keys. */
export const record = (expected: string) =>
  v.custom<Record<string, unknown>>(isRecord, expecting(expected));

/** A string that is not blank (ids, alt texts, message texts, URLs). */
export const text = (expected = 'a non-empty string') =>
  v.custom<string>(isText, expecting(expected));

export const string = (expected = 'a string') =>
  v.custom<string>((value) => typeof value === 'string', expecting(expected));

/** Durations and rates: finite and above zero (0 would never end, negative runs backwards). */
export const positive = (expected: string) =>
  v.custom<number>(isPositiveFinite, expecting(expected));

/** A share from 0 to 1: luminance, saturated red, a focal coordinate. */
export const share = () => v.custom<number>(isShare, expecting('a number from 0 to 1'));

export const PLACEMENTS = ['top', 'center', 'bottom'] as const;

export const placement = () =>
  v.custom<(typeof PLACEMENTS)[number]>(
    (value) => PLACEMENTS.includes(value as never),
    expecting('"top", "center" or "bottom"'),
  );

/**
 * `[x, y]`, each 0→1, worded like the player's check. A wrong coordinate is named by its index
 * (`focal[1]`); a third item is reported at its own index.
 */
export const focal = () =>
  v.strictTuple([share(), share()], (issue) =>
    expectedGot(issue.path ? 'only [x, y]' : '[x, y], two numbers from 0 to 1', issue.input),
  );
