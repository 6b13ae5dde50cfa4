import { expectedGot } from '../story/issues';
import type { StoryComponents } from '../story/types';
import type { ParseStoryOptions } from './types';

const invalid = (path: string, expected: string, value: unknown) =>
  new TypeError(`${path}: ${expectedGot(expected, value)}`);

/**
 * Checks the caller's options (a programming error, not a data one, so it throws even from the
 * safe parsers) and returns the components.
 * @throws TypeError naming the option: `options.components.bus: expected a function …, got "Bus"`.
 */
export function checkComponents(
  options: ParseStoryOptions | undefined,
): StoryComponents | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object') {
    throw invalid('options', 'an options object', options);
  }
  const { components } = options;
  if (components === undefined) return undefined;
  if (components === null || typeof components !== 'object') {
    throw invalid('options.components', 'an object of components by name', components);
  }
  for (const [name, component] of Object.entries(components)) {
    if (typeof component !== 'function') {
      throw invalid(
        `options.components.${name}`,
        'a function (ctx, props) => React content',
        component,
      );
    }
  }
  return components;
}
