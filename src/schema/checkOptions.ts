import type { CheckStoryOptions } from '../story/checkStory';
import { expectedGot } from '../story/issues';
import type { StoryComponents } from '../story/types';
import type { AllowUrl } from '../story/urls';
import { jsonRenderRules } from './jsonRenderRules';
import type { ParseStoryOptions } from './types';

const invalid = (path: string, expected: string, value: unknown) =>
  new TypeError(`${path}: ${expectedGot(expected, value)}`);

/**
 * Checks the caller's options (a programming error, not a data one, so it throws even from the
 * safe parsers) and returns them as the story check takes them, in JSON mode.
 * @throws TypeError naming the option: `options.components.bus: expected a function …, got "Bus"`.
 */
export function checkOptions(options: ParseStoryOptions | undefined): JsonCheck {
  if (options === undefined) return json();
  if (options === null || typeof options !== 'object') {
    throw invalid('options', 'an options object', options);
  }
  const { components, allowUrl } = options;
  if (allowUrl !== undefined && typeof allowUrl !== 'function') {
    throw invalid('options.allowUrl', 'a function (url, path) => boolean', allowUrl);
  }
  if (components === undefined) return json(undefined, allowUrl);
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
  return json(components, allowUrl);
}

/** The story check in JSON mode, with the components its render frames may name. */
export interface JsonCheck extends CheckStoryOptions {
  components: StoryComponents;
}

const json = (components: StoryComponents = {}, allowUrl?: AllowUrl): JsonCheck => ({
  json: true,
  render: jsonRenderRules(components),
  allowUrl,
  components,
});
