import { motionValue } from 'framer-motion';
import { parseStory, type StoryComponent } from 'react-hold-stories/schema';
import { describe, expect, it, vi } from 'vitest';
import { toStory } from '../../../src/schema/toStory';
import type { JsonStory } from '../../../src/schema/types';
import type { FrameContext, RenderFrame } from '../../../src/story/types';
import { card, story } from './fixtures';

const renderJson = (props: unknown) =>
  card({ kind: 'render', background: undefined, text: undefined, component: 'bus', props });

/** The props a JSON render frame gives its component. */
function propsOf(input: unknown): Record<string, unknown> {
  const bus = vi.fn<StoryComponent>(() => null);
  const frame = parseStory(input, { components: { bus } }).frames[0] as RenderFrame;
  frame.render({ progress: motionValue(0), active: true, revealing: false, index: 0, frame });
  return bus.mock.calls[0]?.[1] as Record<string, unknown>;
}

describe('props reach a component as a plain copy', () => {
  it('copies them, nested objects and lists too', () => {
    const props = { line: 42, stops: [{ name: 'School' }], driver: { name: 'Sam' } };
    const input = story({}, [renderJson(props)]);
    const given = propsOf(input);
    expect(given).toEqual(props);
    expect(given).not.toBe(props);
    expect(given.stops).not.toBe(props.stops);
    expect((given.stops as unknown[])[0]).not.toBe(props.stops[0]);
    expect(given.driver).not.toBe(props.driver);
    expect(Object.getPrototypeOf(given)).toBe(Object.prototype);
    props.driver.name = 'Changed later';
    expect(given.driver).toEqual({ name: 'Sam' });
  });
});

describe('toStory never sets a prototype from data', () => {
  // What checkStory refuses, given to toStory straight: JSON.parse makes `__proto__` an own key.
  const input = JSON.parse(
    JSON.stringify({
      id: 'monday',
      title: 'Monday',
      frames: [
        {
          id: 'bus',
          kind: 'card',
          duration: 1,
          background: '#000',
          alt: 'A bus.',
          reveal: [{ text: 'Hi' }],
        },
        {
          id: 'chat',
          kind: 'render',
          duration: 1,
          alt: 'A chat.',
          component: 'bus',
          props: { line: 42 },
        },
      ],
    }).replaceAll('{"', '{"__proto__":{"polluted":true},"'),
  ) as JsonStory;

  it('keeps `__proto__` an own key, at every level', () => {
    const bus = vi.fn<StoryComponent>(() => null);
    const output = toStory(input, { bus });
    const [cardFrame, renderFrame] = output.frames as [object, RenderFrame];
    const message = (cardFrame as { reveal: object[] }).reveal[0] as object;
    renderFrame.render({} as FrameContext);
    const props = bus.mock.calls[0]?.[1] as object;
    for (const made of [output, cardFrame, renderFrame, message, props]) {
      expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
      expect('polluted' in made).toBe(false);
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
