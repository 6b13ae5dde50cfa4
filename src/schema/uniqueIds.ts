import * as v from 'valibot';
import { isRecord } from './fields';
import { expectedGot } from './messages';

/**
 * Reports every item whose `id` an earlier item already has, at `[index].id`. A raw check runs
 * even when some items have other issues, so a duplicate is reported alongside them.
 */
export function uniqueIds<TItem>(expected: string) {
  return v.rawCheck<TItem[]>(({ dataset, addIssue }) => {
    // Typed as the items' output, but raw input wherever an item failed its own schema.
    const items: unknown = dataset.value;
    // The array schema before it may have failed: then there is no list to look through.
    if (!Array.isArray(items)) return;
    const seen = new Set<string>();
    items.forEach((item: unknown, index) => {
      if (!isRecord(item) || typeof item.id !== 'string' || item.id.trim() === '') return;
      const { id } = item;
      if (seen.has(id)) {
        addIssue({
          message: expectedGot(expected, id),
          input: id,
          path: [
            { type: 'array', origin: 'value', input: items, key: index, value: item },
            { type: 'object', origin: 'value', input: item, key: 'id', value: id },
          ],
        });
      }
      seen.add(id);
    });
  });
}
