import { isRecord } from '../story/fields';
import type {
  Frame,
  Story,
  StoryComponent,
  StoryComponentProps,
  StoryComponents,
} from '../story/types';
import type { JsonRenderFrame, JsonStory } from './types';

/**
 * A copy of checked JSON props: new arrays and plain objects all the way down, made of own keys
 * (`Object.fromEntries` defines them: a `__proto__` key would stay a key, never a prototype).
 * Recursive: checkStory has bounded props to 20 levels.
 */
const copy = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(copy)
    : isRecord(value)
      ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]))
      : value;

/**
 * Turns a checked JSON `render` frame into a real one: `render(ctx)` calls the named component
 * with a copy of the frame's props (`{}` when it has none), the same copy at every call.
 */
function toRenderFrame(
  { component, props = {}, ...frame }: JsonRenderFrame,
  components: StoryComponents,
): Frame {
  // checkStory has accepted the name: it is an own key of `components`.
  const draw = components[component] as StoryComponent;
  const given = copy(props) as StoryComponentProps;
  return { ...frame, render: (ctx) => draw(ctx, given) };
}

/**
 * Copies a checked JSON story into new objects (lists, messages and props too, so changing the
 * JSON later does not change the story), adding no key that was not written. Spreads define
 * keys: no prototype is ever set from the data.
 */
export function toStory(story: JsonStory, components: StoryComponents = {}): Story {
  const frames = story.frames.map((json): Frame => {
    const frame = json.reveal
      ? { ...json, reveal: json.reveal.map((message) => ({ ...message })) }
      : { ...json };
    if (frame.kind === 'render') return toRenderFrame(frame, components);
    if (frame.kind === 'image' && frame.focal) frame.focal = [...frame.focal];
    return frame;
  });
  return { ...story, frames };
}
