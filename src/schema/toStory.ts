import type { Frame, Story, StoryComponent, StoryComponents } from '../story/types';
import type { JsonRenderFrame, JsonStory } from './types';

/**
 * Turns a checked JSON `render` frame into a real one: `render(ctx)` calls the named component
 * with the frame's props (`{}` when it has none).
 */
function toRenderFrame(
  { component, props = {}, ...frame }: JsonRenderFrame,
  components: StoryComponents,
): Frame {
  // checkStory has accepted the name: it is an own key of `components`.
  const draw = components[component] as StoryComponent;
  return { ...frame, render: (ctx) => draw(ctx, props) };
}

/**
 * Copies a checked JSON story into new objects (lists and messages too, so changing the JSON
 * later does not change the story), adding no key that was not written.
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
