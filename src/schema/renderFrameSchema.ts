import * as v from 'valibot';
import { record } from './fields';
import { frameBase } from './frameBase';
import { expectedGot } from './messages';
import { shape } from './shape';
import type { FrameOf, StoryComponent } from './types';

type Components = Readonly<Record<string, StoryComponent>>;

/** Names what `component` may be: the names passed in, or how to pass some. */
function componentNames(components: Components | undefined): string {
  const names = components ? Object.keys(components) : [];
  if (names.length === 0) return 'a component name passed in options.components (none were)';
  return `one of ${names.map((name) => `"${name}"`).join(', ')}`;
}

/**
 * JSON cannot hold functions, so a JSON `render` frame names its component and gives it props:
 * `{ "kind": "render", "component": "bus", "props": { "line": 42 } }`. The name must be one of
 * `components`.
 */
export function renderFrameSchema(components: Components | undefined) {
  return shape(renderEntries(components));
}

/** A JSON render frame's fields: `render` is replaced by `component` and `props`. */
export function renderEntries(components: Components | undefined) {
  const expected = componentNames(components);
  return {
    ...frameBase,
    kind: v.literal('render'),
    component: v.custom<string>(
      (name) =>
        typeof name === 'string' && components !== undefined && Object.hasOwn(components, name),
      (issue) => expectedGot(expected, issue.input),
    ),
    props: v.optional(record('an object of props')),
  };
}

type JsonRenderFrame = v.InferOutput<ReturnType<typeof renderFrameSchema>>;

/**
 * Turns a checked JSON `render` frame into a real one: `render(ctx)` calls the named component
 * with the frame's props (`{}` when it has none).
 */
export function toRenderFrame(
  { component, props = {}, ...frame }: JsonRenderFrame,
  components: Components | undefined,
): FrameOf<'render'> {
  const draw = components?.[component];
  // For the type only: the schema has accepted the name.
  if (!draw) throw new TypeError(`${component}: no such component in options.components`);
  return { ...frame, render: (ctx) => draw(ctx, props) };
}
