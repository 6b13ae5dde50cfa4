import * as v from 'valibot';
import { expectedGot, UNKNOWN_KEY } from './messages';

/**
 * An object with exactly these keys. Every unknown key is an issue of its own (valibot's
 * `strictObject` stops at the first one), and a missing key is described by its own field's
 * message, as if the field were `undefined`: `alt: expected a text alternative …, got undefined`.
 */
export function shape<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.objectWithRest(
    entries,
    v.never(() => UNKNOWN_KEY),
    (issue) => {
      const key = issue.path?.[0]?.key;
      const field = typeof key === 'string' ? entries[key] : undefined;
      // Without a path the input was not an object: callers check that first (`record`).
      if (!field) return expectedGot('an object', issue.input);
      return (
        v.safeParse(field, undefined).issues?.[0].message ?? expectedGot(`"${key}"`, undefined)
      );
    },
  );
}
