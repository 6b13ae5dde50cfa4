import { type Checker, createChecker, OPTIONAL, REQUIRED, type Rule } from '../story/createChecker';
import {
  FRAME_OBJECT,
  FRAMES,
  isPlaybackRate,
  isPositiveFinite,
  isRecord,
  isShare,
  isText,
  isWindow,
  NO_FRAMES,
  POSITIVE,
  RATE,
  SHARE,
  TEXT,
  UNIQUE_IN_STORY,
  WINDOW,
} from '../story/fields';
import { expectedGot, formatIssue } from '../story/issues';
import { DURATION_RULE } from '../story/rules';
import type { EngineFrame } from './types';

const isWhole = (value: unknown, from: number, below: number): boolean =>
  Number.isInteger(value) && (value as number) >= from && (value as number) < below;

/** A question: how many options (at least one), and the right one's index when there is one. */
function checkChoice(choice: Record<string, unknown>, at: string, checker: Checker<unknown>) {
  const { options, correct } = choice;
  if (!isWhole(options, 1, Number.POSITIVE_INFINITY)) {
    return checker.fail(`${at}.options`, 'a whole number of options', options);
  }
  if (correct !== undefined && !isWhole(correct, 0, options as number)) {
    checker.fail(`${at}.correct`, `an option index from 0 to ${(options as number) - 1}`, correct);
  }
}

/** Each message's window: `null` (the whole frame), or `[start, end]` in ms. */
function checkWindows(windows: unknown[], at: string, checker: Checker<unknown>) {
  windows.forEach((window, index) => {
    if (window !== null && !isWindow(window)) checker.fail(`${at}[${index}]`, WINDOW, window);
  });
}

/** An engine frame's fields, worded as the story check words them; typed so none is missed. */
const ENGINE_FRAME_RULES = {
  id: [isText, TEXT],
  duration: DURATION_RULE,
  messages: [
    (count) => Number.isInteger(count) && (count as number) >= 0,
    'a whole number of hidden messages',
    OPTIONAL,
  ],
  luminance: [isShare, SHARE, OPTIONAL],
  saturatedRed: [isShare, SHARE, OPTIONAL],
  awaitsMedia: [(flag) => typeof flag === 'boolean', 'true or false', OPTIONAL],
  maxRate: [isPositiveFinite, POSITIVE, OPTIONAL],
  choice: [isRecord, 'a question ({ options, correct? })', OPTIONAL, checkChoice],
  windows: [Array.isArray, 'an array of [start, end] windows', OPTIONAL, checkWindows],
} satisfies { readonly [K in keyof EngineFrame]-?: Rule };

/** At least one frame, each checked, with unique ids. */
const FRAMES_RULE: Rule = [
  Array.isArray,
  FRAMES,
  REQUIRED,
  (frames: unknown[], at, checker) =>
    checker.items(
      frames,
      at,
      (frame, where) => checker.object(frame, ENGINE_FRAME_RULES, where, FRAME_OBJECT),
      NO_FRAMES,
      UNIQUE_IN_STORY,
    ),
];

/**
 * Checks the frames a player is given and returns them unchanged.
 * @throws TypeError naming the first bad field: an empty list, a missing or duplicate `id`, a
 *   `duration` that is not a positive number of ms up to 24 hours (86,400,000: longer ones
 *   overflowed the timeline), a `messages` count that is not a whole number, a tone outside
 *   [0, 1], an `awaitsMedia` that is not a boolean or a `maxRate` that is not positive.
 */
export function validateFrames(frames: unknown, path = 'frames'): readonly EngineFrame[] {
  const checker = createChecker(path, false, undefined);
  checker.check(frames, FRAMES_RULE, path);
  const [first] = checker.issues;
  if (first) throw new TypeError(formatIssue(first));
  return frames as readonly EngineFrame[];
}

/**
 * @throws RangeError when `rate` is not a positive finite number (0 would never end a frame,
 *   a negative rate would run time backwards), or not from 0.01 to 100.
 */
export function validatePlaybackRate(rate: unknown, path = 'playbackRate'): number {
  if (isPlaybackRate(rate)) return rate;
  const expected = isPositiveFinite(rate) ? RATE : POSITIVE;
  throw new RangeError(`${path}: ${expectedGot(expected, rate)}`);
}
