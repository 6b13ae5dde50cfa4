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

/** Describes a bad value for a message: `-200`, `"abc"`, `NaN`, `undefined`, `an object`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** The one message format: `expected a positive number, got -1`. */
export const expectedGot = (expected: string, value: unknown): string =>
  `expected ${expected}, got ${describeValue(value)}`;

/** One issue as one line: `frames[3].duration: expected a positive number …, got -200`. */
export const formatIssue = ({ path, message }: StoryIssue): string => `${path}: ${message}`;

/** Said of a key no rule knows, in JSON: JSON has no dev warnings, so a typo (`colour`) is an issue. */
export const UNKNOWN_KEY = 'unknown key';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The path of `key` inside `at`, written as in JavaScript: `frames[0].alt`, just `alt` at a
 * root whose path is empty, and quoted when the key is not a name: `frames[0]["font size"]`.
 */
export const keyPath = (at: string, key: string): string =>
  IDENTIFIER.test(key) ? (at ? `${at}.${key}` : key) : `${at}[${JSON.stringify(key)}]`;
