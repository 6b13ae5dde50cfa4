import type { ReactNode } from 'react';
import type { FrameContext, StoryComponent, StoryComponentProps } from '../story/types';
import type { JsonStory } from './types';

const accepts = new WeakMap<StoryComponent, (props: StoryComponentProps) => boolean>();

/**
 * A component for JSON `render` frames whose props are typed, because they are checked: when a
 * story is parsed, a frame naming it must have props `accept` says yes to (else an issue at its
 * `props`), so `render` gets them typed, with no cast.
 * @example
 * const bus = storyComponent(
 *   (props): props is { line: number } => typeof props.line === 'number',
 *   (ctx, { line }) => <Bus line={line} progress={ctx.progress} />,
 * );
 * parseStories(json, { components: { bus } });
 */
export function storyComponent<Props>(
  accept: (props: StoryComponentProps) => props is StoryComponentProps & Props,
  render: (ctx: FrameContext, props: Props) => ReactNode,
): StoryComponent {
  const component: StoryComponent = (ctx, props) => render(ctx, props as Props);
  accepts.set(component, accept);
  return component;
}

/**
 * The render frames of a checked story whose component refuses their props, at `frames[i].props`
 * under `prefix` (`stories[2]` in a list).
 */
export function propsIssues(
  story: JsonStory,
  components: Readonly<Record<string, StoryComponent>>,
  prefix: string,
) {
  return story.frames.flatMap((frame, index) => {
    if (!('component' in frame)) return [];
    const component = components[frame.component] as StoryComponent;
    if (accepts.get(component)?.(frame.props ?? {}) !== false) return [];
    const path = `${prefix}frames[${index}].props`;
    return [{ path, message: `expected props the "${frame.component}" component accepts` }];
  });
}
