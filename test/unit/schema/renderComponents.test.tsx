import { render, screen } from '@testing-library/react';
import { motionValue } from 'framer-motion';
import { type FrameContext, type RenderFrame, Stories } from 'react-hold-stories';
import {
  parseStories,
  parseStory,
  type StoryComponent,
  storyComponent,
} from 'react-hold-stories/schema';
import { describe, expect, it, vi } from 'vitest';
import { card, story, storyProblems } from './fixtures';

/** A component as an app would write it: typed props of its own. */
function Bus({ line }: { line: number }) {
  return <p>Bus {line}</p>;
}

const renderJson = (overrides: Record<string, unknown> = {}) =>
  card({
    id: 'bus',
    kind: 'render',
    background: undefined,
    text: undefined,
    component: 'bus',
    props: { line: 42 },
    ...overrides,
  });

const contextFor = (frame: RenderFrame): FrameContext => ({
  progress: motionValue(0.5),
  active: true,
  revealing: false,
  index: 0,
  frame,
});

describe('JSON render frames name a component the caller passes', () => {
  it('builds render(ctx) that calls the named component with the context and the props', () => {
    const bus = vi.fn<StoryComponent>(() => 'the 42');
    const [frame] = parseStory(story({}, [renderJson()]), { components: { bus } }).frames;
    if (frame?.kind !== 'render') throw new Error('expected a render frame');
    const ctx = contextFor(frame);
    expect(frame.render(ctx)).toBe('the 42');
    expect(bus).toHaveBeenCalledWith(ctx, { line: 42 });
  });

  it('keeps the frame fields and drops the JSON-only keys', () => {
    const input = renderJson({ luminance: 0.1, reveal: [{ text: 'Hi' }] });
    const [frame] = parseStory(story({}, [input]), { components: { bus: () => null } }).frames;
    expect(Object.keys(frame ?? {}).sort()).toEqual(
      ['alt', 'duration', 'id', 'kind', 'luminance', 'render', 'reveal'].sort(),
    );
  });

  it('gives the component empty props when the frame has none', () => {
    const bus = vi.fn<StoryComponent>(() => null);
    const [frame] = parseStory(story({}, [renderJson({ props: undefined })]), {
      components: { bus },
    }).frames;
    if (frame?.kind !== 'render') throw new Error('expected a render frame');
    frame.render(contextFor(frame));
    expect(bus).toHaveBeenCalledWith(expect.anything(), {});
  });

  it('names the components it knows when the name is not one of them', () => {
    const components = { bus: () => null, chat: () => null };
    expect(storyProblems(story({}, [renderJson({ component: 'tram' })]), { components })).toEqual([
      'frames[0].component: expected one of "bus", "chat", got "tram"',
    ]);
  });

  it('does not take a name from Object.prototype for a component', () => {
    expect(
      storyProblems(story({}, [renderJson({ component: 'toString' })]), {
        components: { bus: () => null },
      }),
    ).toEqual(['frames[0].component: expected one of "bus", got "toString"']);
  });

  it('reports props that are not an object', () => {
    expect(
      storyProblems(story({}, [renderJson({ props: [1, 2] })]), {
        components: { bus: () => null },
      }),
    ).toEqual(['frames[0].props: expected an object of props, got an array']);
  });

  it('throws a TypeError for a component that is not a function, even from a safe parser', () => {
    expect(() =>
      parseStories([story()], { components: { bus: 'Bus' as unknown as StoryComponent } }),
    ).toThrow(
      new TypeError(
        'options.components.bus: expected a function (ctx, props) => React content, got "Bus"',
      ),
    );
  });

  it('plays in <Stories>: the component draws the frame', () => {
    const parsed = parseStory(story({}, [renderJson()]), {
      components: { bus: (_ctx, props) => <Bus line={Number(props.line)} /> },
    });
    render(<Stories story={parsed} />);
    expect(screen.getByText('Bus 42')).toBeInTheDocument();
  });
});

describe('storyComponent: props typed because they are checked', () => {
  const bus = storyComponent(
    (props): props is { line: number } => typeof props.line === 'number',
    (_ctx, { line }) => <Bus line={line} />,
  );

  it('gives the component its props, typed, when it accepts them', () => {
    const [parsed] = parseStories([story({}, [renderJson()])], { components: { bus } });
    const frame = parsed?.frames[0] as RenderFrame;
    render(frame.render(contextFor(frame)));
    expect(screen.getByText('Bus 42')).toBeInTheDocument();
  });

  it('names the frame whose props it refuses, in a story and in a list', () => {
    expect(
      storyProblems(story({}, [renderJson({ props: { line: '42' } })]), { components: { bus } }),
    ).toEqual(['frames[0].props: expected props the "bus" component accepts']);
    expect(() =>
      parseStories([story(), story({ id: 'b' }, [renderJson({ props: undefined })])], {
        components: { bus },
      }),
    ).toThrow('stories[1].frames[0].props: expected props the "bus" component accepts');
  });
});
