import { parseStory, StoryValidationError } from 'react-hold-stories/schema';
import { describe, expect, it } from 'vitest';
import { jsonRenderRules } from '../../../src/schema/jsonRenderRules';
import { checkStories, checkStory } from '../../../src/story/checkStory';
import { formatIssue } from '../../../src/story/issues';
import { LIMITS } from '../../../src/story/limits';
import { a, card, image, nested, onFrame, render, story, video } from './hostileInputs';

describe('every field has a limit, defined once', () => {
  it('is this table (the README and the messages quote it)', () => {
    expect(LIMITS).toEqual({
      id: 200,
      title: 300,
      text: 2_000,
      label: 200,
      minOptions: 2,
      maxOptions: 4,
      css: 2_000,
      url: 2_048,
      dataUrl: 1_000_000,
      srcSet: 1_000_000,
      frames: 1_000,
      messages: 20,
      stories: 100,
      duration: 86_400_000,
      minRate: 0.01,
      maxRate: 100,
      props: 1_000,
      propsDepth: 20,
      issues: 100,
    });
  });

  it('accepts every field at its limit', () => {
    const message = { text: a(2000), from: a(2000) };
    const frames = [
      card({ id: a(200), alt: a(2000), text: a(2000), background: `#${a(1999)}` }),
      card({ id: 'long', duration: 86_400_000, reveal: Array(20).fill(message) }),
      image({ src: `/${a(2047)}`, srcSet: `/${a(2047)} 2x`, sizes: a(2000) }),
      video({ src: `/${a(2047)}`, poster: `data:image/png,${a(1_000_000 - 15)}` }),
      ...Array.from({ length: 996 }, (_, i) => card({ id: `f${i}` })),
    ];
    expect(frames).toHaveLength(1000);
    for (const playbackRate of [0.01, 100]) {
      expect(checkStory(story({ id: a(200), title: a(300), playbackRate }, frames))).toEqual([]);
    }
    const list = Array.from({ length: 100 }, (_, i) => story({ id: `s${i}` }));
    expect(checkStories(list)).toEqual([]);
  });

  it('accepts props 20 levels deep, or of 1,000 values', () => {
    const components = { bus: () => null };
    for (const props of [nested(20), { list: Array(999).fill('x') }]) {
      expect(
        checkStory(onFrame(render({ props })), { json: true, render: jsonRenderRules(components) }),
      ).toEqual([]);
    }
  });
});

describe('the list of issues is capped at 100', () => {
  /** A JSON story with `count` issues: one frame with as many unknown keys. */
  const withIssues = (count: number) =>
    onFrame(card(Object.fromEntries(Array.from({ length: count }, (_, k) => [`k${k}`, 0]))));

  it('keeps 100 issues as they are', () => {
    const issues = checkStory(withIssues(100), { json: true });
    expect(issues).toHaveLength(100);
    expect(formatIssue(issues[99] as never)).toBe('frames[0].k99: unknown key');
  });

  it('gives the 100th place to how many more there are, at the input', () => {
    const issues = checkStory(withIssues(3511), { json: true });
    expect(issues).toHaveLength(100);
    expect(formatIssue(issues[98] as never)).toBe('frames[0].k98: unknown key');
    expect(issues[99]).toEqual({ path: 'story', message: '… and 3,412 more issues' });
    expect(checkStory(withIssues(101), { json: true, path: 'stories[2]' })[99]).toEqual({
      path: 'stories[2]',
      message: '… and 2 more issues',
    });
    expect(checkStories([withIssues(200)], { json: true })[99]?.path).toBe('stories');
  });

  it('keeps the schema error to 100 lines', () => {
    try {
      parseStory(withIssues(10_000));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StoryValidationError);
      const lines = (error as StoryValidationError).message.split('\n');
      expect(lines).toHaveLength(100);
      expect(lines[99]).toBe('story: … and 9,901 more issues');
    }
  });
});
