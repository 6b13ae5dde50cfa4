/**
 * How a problem in a story is reported, the same way by every check (the player, the JSON
 * schema, the engine): a path from the input's root and an `expected …, got …` message. Pure:
 * the engine imports it.
 */

/** One problem in a story: where (`frames[3].duration`) and what (`expected …, got …`). */
export interface StoryIssue {
  /** Path of the bad field from the input's root: `frames[3].duration`, `stories[0].id`. */
  path: string;
  /** What was expected and what was found: `expected a positive number …, got -200`. */
  message: string;
}

/** How much of a bad value a message quotes: a value is never echoed whole. */
const QUOTED = 80;

// Invisible characters (format, default-ignorable, separators but the space, controls left by
// JSON.stringify): escaped, so a message can neither hide a value nor reorder its text (U+202E).
const INVISIBLE = /(?! )[\p{Cc}\p{Cf}\p{DI}\p{Z}]/gu;

function escaped(character: string): string {
  const hex = (character.codePointAt(0) as number).toString(16);
  return character.length > 1 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** A count as messages write it: `2,345`. */
export const grouped = (count: number): string => count.toLocaleString('en-US');

/**
 * Describes a bad value for a message: `-200`, `"abc"`, `NaN`, `undefined`, `an object`. A string
 * is quoted with its invisible characters escaped (`"\u200b"`), and cut after 80 characters:
 * `"aaaa…" (10,000,000 characters)`. Never reads inside an object or an array.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    return Array.isArray(value) ? 'an array' : 'an object';
  }
  const text = String(value);
  const cut = text.length > QUOTED;
  const shown = cut ? `${text.slice(0, QUOTED)}…` : text;
  const words = (typeof value === 'string' ? JSON.stringify(shown) : shown).replace(
    INVISIBLE,
    escaped,
  );
  return cut ? `${words} (${grouped(text.length)} characters)` : words;
}

/** The one message format: `expected a positive number, got -1`. */
export const expectedGot = (expected: string, value: unknown): string =>
  `expected ${expected}, got ${describeValue(value)}`;

/** A limit broken: `expected at most 2,000 characters, got 2,345 characters`. */
export const atMost = (limit: number, count: number, unit: string): string =>
  `expected at most ${grouped(limit)} ${unit}, got ${grouped(count)} ${unit}`;

/** The last issue of a capped list: `… and 3,412 more issues`. */
export const moreIssues = (count: number): string => `… and ${grouped(count)} more issues`;

/** One issue as one line: `frames[3].duration: expected a positive number …, got -200`. */
export const formatIssue = ({ path, message }: StoryIssue): string => `${path}: ${message}`;

/** Said of a key no rule knows, in JSON: JSON has no dev warnings, so a typo (`colour`) is an issue. */
export const UNKNOWN_KEY = 'unknown key';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The path of `key` inside `at`, written as in JavaScript: `frames[0].alt`, just `alt` at a
 * root whose path is empty, and quoted when the key is not a name (`frames[0]["font size"]`) or
 * is a long one, cut as `describeValue` cuts it.
 */
export const keyPath = (at: string, key: string): string =>
  key.length <= QUOTED && IDENTIFIER.test(key)
    ? at
      ? `${at}.${key}`
      : key
    : `${at}[${describeValue(key)}]`;
