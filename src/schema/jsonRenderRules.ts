import { OPTIONAL, type Rules } from '../story/createChecker';
import { isRecord } from '../story/fields';
import { BASE_RULES, quoted, type StoryContext } from '../story/frameRules';
import type { StoryComponents } from '../story/types';
import { checkProps } from './checkProps';

/**
 * A JSON `render` frame's fields: JSON cannot hold functions, so it names one of `components`
 * and gives it `props` (`{ "component": "bus", "props": { "line": 42 } }`) instead of `render`.
 */
export function jsonRenderRules(components: StoryComponents = {}) {
  const names = Object.keys(components);
  return {
    ...BASE_RULES,
    component: [
      // An own key only: `toString` names no component.
      (name) => typeof name === 'string' && Object.hasOwn(components, name),
      names.length > 0
        ? `one of ${quoted(names)}`
        : 'a component name passed in options.components (none were)',
    ],
    props: [isRecord, 'an object of props', OPTIONAL, checkProps],
  } satisfies Rules<StoryContext>;
}
