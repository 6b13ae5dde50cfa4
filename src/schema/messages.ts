import { describeValue } from '../engine/validate';

/**
 * The one message format, the player's own: `expected …, got …` (the path is put in front when
 * the issue is reported). `describeValue` is the player's too, so both describe values alike.
 */
export function expectedGot(expected: string, value: unknown): string {
  return `expected ${expected}, got ${describeValue(value)}`;
}

/** A valibot message function: says what the field expects and describes what it got. */
export function expecting(expected: string): (issue: { input: unknown }) => string {
  return (issue) => expectedGot(expected, issue.input);
}

/** Said of a key no schema knows: JSON has no dev warnings, so a typo (`colour`) is an issue. */
export const UNKNOWN_KEY = 'unknown key';
