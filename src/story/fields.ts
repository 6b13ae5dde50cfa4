/**
 * What the fields of a story accept, and the words a message uses for it: shared by the story
 * check, the JSON schema and the engine, so that all three say the same thing about the same
 * value. Words only one rule uses sit next to that rule. Pure: the engine imports it.
 */
import { grouped } from './issues';
import { LIMITS } from './limits';
import { isVisible } from './text';

/** Plain objects only: an array is an object to `typeof` but never a story, frame or message. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string a reader can see (not only spaces or invisible characters): ids, alt texts, URLs. */
export const isText = (value: unknown): value is string =>
  typeof value === 'string' && isVisible(value);

/** Titles, authors, CSS backgrounds: any string, even empty. */
export const isString = (value: unknown): value is string => typeof value === 'string';

/** Durations and rates: finite and above zero (0 would never end, a negative one runs backwards). */
export const isPositiveFinite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** A playback rate: from 0.01 (a hundred times slower) to 100 (a hundred times faster). */
export const isPlaybackRate = (value: unknown): value is number =>
  typeof value === 'number' && value >= LIMITS.minRate && value <= LIMITS.maxRate;

/** A share from 0 to 1: luminance, saturated red, a focal coordinate. */
export const isShare = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= 1;

/** A time window `[start, end]` in ms: finite, 0 ≤ start < end. */
export const isWindow = (value: unknown): value is [number, number] =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number' &&
  value[0] >= 0 &&
  value[0] < value[1] &&
  Number.isFinite(value[1]);

// What a field expects, as `expected …, got …` words it.

/** For `isText`: ids, texts, URLs. */
export const TEXT = 'a non-empty string';
/** For `isString`. */
export const STRING = 'a string';
/** Rates (`playbackRate`, an engine frame's `maxRate`). */
export const POSITIVE = 'a positive number';
/** For `isPlaybackRate`, once the rate is a positive number. */
export const RATE = `a rate from ${LIMITS.minRate} to ${LIMITS.maxRate}`;
/** Durations. */
export const MILLISECONDS = 'a positive number of milliseconds';
/** A duration above `LIMITS.duration`. */
export const LONGEST = `at most ${grouped(LIMITS.duration)} milliseconds (24 hours)`;
/** For `isWindow`. */
export const WINDOW = '[start, end] in ms, 0 ≤ start < end';
/** For `isShare`. */
export const SHARE = 'a number from 0 to 1';
/** A story's or a player's frames. */
export const FRAMES = 'an array of frames';
export const FRAME_OBJECT = 'a frame object';
/** A whole message, not `expected …`: an empty list has no value worth describing. */
export const NO_FRAMES = 'expected at least one frame, got none';
/** Said of a frame whose id an earlier frame has. */
export const UNIQUE_IN_STORY = 'an id unique in the story';
