import { type Checker, OPTIONAL, REQUIRED, type Rule } from './createChecker';
import {
  isPlaybackRate,
  isPositiveFinite,
  isString,
  LONGEST,
  MILLISECONDS,
  POSITIVE,
  RATE,
} from './fields';
import { atMost, expectedGot } from './issues';
import { LIMITS } from './limits';
import { isCssValue, isPaint, isVisible } from './text';

/**
 * One check of a string field's content, once it is a string within its length: the message of
 * its issue (`expected …, got …`), or nothing. `context` is the checker's (the story's options).
 */
export type Step<T> = (value: string, at: string, context: T) => string | undefined;

/**
 * A string field: a string (else `expected`, got …), of at most `max` characters (else
 * `expected at most 2,000 characters, got 2,345 characters`), then each step in turn. The first
 * issue is the field's only one, and the length comes first: no step reads a string too long.
 */
export const stringRule = <T>(
  expected: string,
  max: number,
  optional: boolean,
  ...steps: Step<T>[]
): Rule<T> => [
  isString,
  expected,
  optional,
  (value: string, at, checker) => {
    let message = value.length > max ? atMost(max, value.length, 'characters') : undefined;
    for (const step of steps) message ??= step(value, at, checker.context);
    if (message) checker.add(at, message);
  },
];

/** Text a reader can see (else `expected`): blank and invisible text is empty text. */
export const visible =
  (expected: string): Step<unknown> =>
  (value) =>
    isVisible(value) ? undefined : expectedGot(expected, value);

/** Visible text of at most `max` characters: ids, alts, messages. */
export const textRule = (expected: string, max: number, optional = REQUIRED) =>
  stringRule(expected, max, optional, visible(expected));

/**
 * A list's inside check that first refuses more than `max` items, then checks none of them:
 * `expected at most 1,000 frames, got 1,001 frames`.
 */
export const upTo =
  <T>(
    max: number,
    unit: string,
    inside: (list: unknown[], at: string, checker: Checker<T>) => void,
  ) =>
  (list: unknown[], at: string, checker: Checker<T>) =>
    list.length > max ? checker.add(at, atMost(max, list.length, unit)) : inside(list, at, checker);

/** A frame's length: positive and finite (then at most 24 hours). The engine's too. */
export const DURATION_RULE: Rule = [
  isPositiveFinite,
  MILLISECONDS,
  REQUIRED,
  (value: number, at, checker) => {
    if (value > LIMITS.duration) checker.fail(at, LONGEST, value);
  },
];

/** A story's own rate: a positive number (then from 0.01 to 100). */
export const RATE_RULE: Rule = [
  isPositiveFinite,
  POSITIVE,
  OPTIONAL,
  (value: number, at, checker) => {
    if (!isPlaybackRate(value)) checker.fail(at, RATE, value);
  },
];

const CSS_VALUE =
  'one CSS background value (no ";", "{", "}", "<", ">", "\\", "!", "@" or comments)';
const PAINT = 'a colour or a gradient (an image is an image frame, its URL checked)';

/** A card's (or a question's) background: one CSS value that paints, never loads, a picture. */
export const backgroundRule = (optional: boolean) =>
  stringRule('a CSS background (a string)', LIMITS.css, optional, (value) => {
    if (!isCssValue(value)) return expectedGot(CSS_VALUE, value);
    if (!isPaint(value)) return expectedGot(PAINT, value);
  });

/** `true` or `false`. */
export const BOOLEAN_RULE: Rule = [
  (value) => typeof value === 'boolean',
  'true or false',
  OPTIONAL,
];
