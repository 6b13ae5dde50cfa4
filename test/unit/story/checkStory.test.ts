import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonRenderRules } from '../../../src/schema/jsonRenderRules';
import { checkStories, checkStory } from '../../../src/story/checkStory';
import { formatIssue } from '../../../src/story/issues';
import { card, story } from './hostileInputs';

const lines = (issues: ReturnType<typeof checkStory>) => issues.map(formatIssue);

describe('paths start at the input, as its caller names it', () => {
  const noAlt = story({}, [card({ alt: '' })]);
  const ALT = 'expected a text alternative (a non-empty string), got ""';

  it("'' (the schema's default): frames[0].alt, and the input itself is `story`", () => {
    expect(lines(checkStory(noAlt))).toEqual([`frames[0].alt: ${ALT}`]);
    expect(lines(checkStory(7))).toEqual(['story: expected a story object, got 7']);
  });

  it("'story' (the player's): story.frames[0].alt", () => {
    expect(lines(checkStory(noAlt, { path: 'story' }))).toEqual([`story.frames[0].alt: ${ALT}`]);
    expect(lines(checkStory(null, { path: 'story' }))).toEqual([
      'story: expected a story object, got null',
    ]);
  });

  it("'stories[1]' (a collection's): stories[1].frames[0].alt", () => {
    expect(lines(checkStory(noAlt, { path: 'stories[1]' }))).toEqual([
      `stories[1].frames[0].alt: ${ALT}`,
    ]);
    expect(lines(checkStory([], { path: 'stories[1]' }))).toEqual([
      'stories[1]: expected a story object, got an array',
    ]);
  });

  it('quotes a key that is not a name, at the root too', () => {
    const input = story({ 'font size': 3 });
    expect(lines(checkStory(input, { json: true }))).toEqual(['["font size"]: unknown key']);
    expect(lines(checkStory(input, { json: true, path: 'story' }))).toEqual([
      'story["font size"]: unknown key',
    ]);
  });

  it('names a list `stories` by default, or by its path', () => {
    const list = [story(), story({ id: 'tuesday', title: 3 }), story()];
    const issues = [
      'stories[1].title: expected a string, got 3',
      'stories[2].id: expected an id unique in the list, got "monday"',
    ];
    expect(lines(checkStories(list))).toEqual(issues);
    expect(lines(checkStories(list, { path: 'week' }))).toEqual(
      issues.map((line) => line.replace('stories', 'week')),
    );
    expect(lines(checkStories([], { path: 'week' }))).toEqual([
      'week: expected at least one story, got none',
    ]);
  });
});

describe('JavaScript stories and JSON stories', () => {
  const draw = () => null;
  const renderFrame = (overrides: Record<string, unknown> = {}) => {
    const { background: _, ...frame } = card({ kind: 'render', ...overrides });
    return frame;
  };

  it('ignores unknown keys in JavaScript (TypeScript checks them), reports them in JSON', () => {
    const input = story({ tilte: 'x' }, [card({ colour: 'red' })]);
    expect(checkStory(input)).toEqual([]);
    expect(lines(checkStory(input, { json: true }))).toEqual([
      'frames[0].colour: unknown key',
      'tilte: unknown key',
    ]);
  });

  it('wants a render function in JavaScript', () => {
    expect(checkStory(story({}, [renderFrame({ render: draw })]))).toEqual([]);
    expect(
      lines(checkStory(story({}, [renderFrame({ component: 'bus' })]), { path: 'story' })),
    ).toEqual([
      'story.frames[0].render: expected a function returning React content, got undefined',
    ]);
  });

  it('wants a component name and optional props in JSON, and no render function', () => {
    const components = { bus: draw };
    const json = story({}, [renderFrame({ component: 'bus', props: { line: 42 } })]);
    expect(checkStory(json, { json: true, render: jsonRenderRules(components) })).toEqual([]);
    expect(
      lines(
        checkStory(story({}, [renderFrame({ render: draw })]), {
          json: true,
          render: jsonRenderRules(components),
        }),
      ),
    ).toEqual([
      'frames[0].component: expected one of "bus", got undefined',
      'frames[0].render: unknown key',
    ]);
  });

  it('does not take an inherited name for a component', () => {
    const input = story({}, [renderFrame({ component: 'constructor' })]);
    expect(lines(checkStory(input, { json: true, render: jsonRenderRules({}) }))).toEqual([
      'frames[0].component: expected a component name passed in options.components (none were), got "constructor"',
    ]);
  });
});

describe('every issue, in a fixed order', () => {
  it('story fields, then each frame (its fields in order), then repeated ids', () => {
    const input = story({ id: '', playbackRate: 0 }, [
      card({ duration: -1, luminance: 2, reveal: [{ text: '', placement: 'left' }] }),
      card({ id: 'hall', kind: 'image', background: undefined, src: '', focal: [0.5] }),
      card({ kind: 'gif', alt: '' }),
    ]);
    expect(lines(checkStory(input, { path: 'story' }))).toEqual([
      'story.id: expected a non-empty string, got ""',
      'story.playbackRate: expected a positive number, got 0',
      'story.frames[0].duration: expected a positive number of milliseconds, got -1',
      'story.frames[0].reveal[0].text: expected a non-empty string, got ""',
      'story.frames[0].reveal[0].placement: expected "top", "center" or "bottom", got "left"',
      'story.frames[0].luminance: expected a number from 0 to 1, got 2',
      'story.frames[1].src: expected an image URL, got ""',
      'story.frames[1].focal[1]: expected a number from 0 to 1, got undefined',
      'story.frames[2].kind: expected one of "card", "image", "video", "render", "choice", got "gif"',
      'story.frames[2].id: expected an id unique in the story, got "bus"',
    ]);
  });
});

describe('never throws, whatever it is given', () => {
  const weird: [string, unknown][] = [
    ['undefined', undefined],
    ['a symbol', Symbol('story')],
    ['a bigint', 10n],
    ['a function', () => 'story'],
    ['a date', new Date(0)],
    ['a map', new Map([['id', 'monday']])],
    ['an object without prototype', Object.create(null)],
    ['frames with holes', story({}, new Array(2))],
    ['frames as a string', story({ frames: 'abc' })],
    ['a symbol for a kind', story({}, [card({ kind: Symbol('card') })])],
    ['an inherited name for a kind', story({}, [card({ kind: 'toString' })])],
    ['an object for an id', story({ id: { toString: null } }, [card({ id: [] })])],
    ['a __proto__ key from JSON', JSON.parse('{"__proto__": {"id": "x"}, "frames": [{}]}')],
    ['nested lists', story({}, [[[card()]]])],
  ];

  it.each(weird)('%s', (_, input) => {
    for (const options of [
      {},
      { json: true },
      { json: true, render: jsonRenderRules({ bus: () => null }) },
    ]) {
      expect(Array.isArray(checkStory(input, options))).toBe(true);
      expect(Array.isArray(checkStories([input, input], options))).toBe(true);
    }
  });

  it('checks a hole as the undefined it reads as', () => {
    const frames = [card(), card({ id: 'hall' }), card({ id: 'yard' })];
    delete frames[1];
    expect(lines(checkStory(story({}, frames)))).toEqual([
      'frames[1]: expected a frame object, got undefined',
    ]);
  });

  it('reports a __proto__ key of a JSON story as unknown, not as the prototype', () => {
    const input = JSON.parse(JSON.stringify(story()).replace('{', '{"__proto__":{"x":1},'));
    expect(lines(checkStory(input, { json: true }))).toEqual(['__proto__: unknown key']);
  });

  it('on any value, or any story-shaped value, in both modes', () => {
    const field = fc.oneof(fc.anything(), fc.string(), fc.double());
    const frame = fc.record(
      {
        id: field,
        kind: fc.constantFrom('card', 'image', 'video', 'render', 'gif'),
        duration: field,
      },
      { requiredKeys: [] },
    );
    const storyLike = fc.record({
      id: field,
      title: field,
      frames: fc.array(fc.oneof(frame, field)),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.jsonValue(), storyLike),
        fc.boolean(),
        (input, json) => {
          const issues = checkStory(input, { json, path: 'story' });
          expect(issues.every(({ path }) => path.startsWith('story'))).toBe(true);
          checkStories([input], { json });
        },
      ),
    );
  });
});
