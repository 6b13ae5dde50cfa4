import { parseStory } from 'react-hold-stories/schema';
import { describe, expect, it } from 'vitest';
import { card, story, storyProblems } from './fixtures';

const image = (overrides: Record<string, unknown> = {}) =>
  card({ kind: 'image', background: undefined, text: undefined, src: '/hall.jpg', ...overrides });
const video = (overrides: Record<string, unknown> = {}) =>
  card({ kind: 'video', background: undefined, text: undefined, src: '/bus.mp4', ...overrides });
const withMessage = (message: unknown) => story({}, [card({ reveal: [message] })]);
const KINDS = '"card", "image", "video", "render", "choice"';

/** [what is wrong, the input, the exact message]: one problem each. */
const rows: [string, unknown, string][] = [
  ['not an object', null, 'story: expected a story object, got null'],
  ['an array', [story()], 'story: expected a story object, got an array'],
  ['no id', story({ id: undefined }), 'id: expected a non-empty string, got undefined'],
  ['a blank id', story({ id: ' ' }), 'id: expected a non-empty string, got " "'],
  ['a title not a string', story({ title: 7 }), 'title: expected a string, got 7'],
  ['a zero rate', story({ playbackRate: 0 }), 'playbackRate: expected a positive number, got 0'],
  ['no frames', story({ frames: undefined }), 'frames: expected an array of frames, got undefined'],
  [
    'frames as an object',
    story({ frames: {} }),
    'frames: expected an array of frames, got an object',
  ],
  ['no frame at all', story({}, []), 'frames: expected at least one frame, got none'],
  ['a frame that is null', story({}, [null]), 'frames[0]: expected a frame object, got null'],
  ['a frame that is an array', story({}, [[]]), 'frames[0]: expected a frame object, got an array'],
  [
    'an unknown kind',
    story({}, [card({ kind: 'gif' })]),
    `frames[0].kind: expected one of ${KINDS}, got "gif"`,
  ],
  [
    'no kind',
    story({}, [card({ kind: undefined })]),
    `frames[0].kind: expected one of ${KINDS}, got undefined`,
  ],
  [
    'a negative duration',
    story({}, [card(), card({ id: 'hall', duration: -200 })]),
    'frames[1].duration: expected a positive number of milliseconds, got -200',
  ],
  [
    'a duration as a string',
    story({}, [card({ duration: '3000' })]),
    'frames[0].duration: expected a positive number of milliseconds, got "3000"',
  ],
  [
    'an infinite duration',
    story({}, [card({ duration: Number.POSITIVE_INFINITY })]),
    'frames[0].duration: expected a positive number of milliseconds, got Infinity',
  ],
  [
    'no duration on a video',
    story({}, [video({ duration: undefined })]),
    'frames[0].duration: expected a positive number of milliseconds, got undefined',
  ],
  [
    'no alt',
    story({}, [card({ alt: undefined })]),
    'frames[0].alt: expected a text alternative (a non-empty string), got undefined',
  ],
  [
    'an empty alt',
    story({}, [card({ alt: '' })]),
    'frames[0].alt: expected a text alternative (a non-empty string), got ""',
  ],
  [
    'a repeated frame id',
    story({}, [card(), card({ id: 'hall' }), card()]),
    'frames[2].id: expected an id unique in the story, got "bus"',
  ],
  [
    'a card without background',
    story({}, [card({ background: undefined })]),
    'frames[0].background: expected a CSS background (a string), got undefined',
  ],
  [
    'an image without src',
    story({}, [image({ src: undefined })]),
    'frames[0].src: expected an image URL, got undefined',
  ],
  [
    'a video without src',
    story({}, [video({ src: '' })]),
    'frames[0].src: expected a video URL, got ""',
  ],
  // Videos are muted by default and the viewer turns the sound on: there is no `muted` field.
  ['a muted flag', story({}, [video({ muted: true })]), 'frames[0].muted: unknown key'],
  [
    'an empty poster',
    story({}, [video({ poster: '' })]),
    'frames[0].poster: expected a non-empty string, got ""',
  ],
  [
    'an empty srcSet',
    story({}, [image({ srcSet: '' })]),
    'frames[0].srcSet: expected a non-empty string, got ""',
  ],
  [
    'a focal point out of the frame',
    story({}, [image({ focal: [0.5, 2] })]),
    'frames[0].focal[1]: expected a number from 0 to 1, got 2',
  ],
  [
    'a focal point as a word',
    story({}, [image({ focal: 'center' })]),
    'frames[0].focal: expected [x, y], two numbers from 0 to 1, got "center"',
  ],
  [
    'a focal point with a third number',
    story({}, [image({ focal: [0.5, 0.5, 0.5] })]),
    'frames[0].focal[2]: expected only [x, y], got 0.5',
  ],
  [
    'a luminance above 1',
    story({}, [card({ luminance: 1.5 })]),
    'frames[0].luminance: expected a number from 0 to 1, got 1.5',
  ],
  [
    'a negative saturated red',
    story({}, [card({ saturatedRed: -0.1 })]),
    'frames[0].saturatedRed: expected a number from 0 to 1, got -0.1',
  ],
  [
    'messages not in a list',
    story({}, [card({ reveal: { text: 'Hi' } })]),
    'frames[0].reveal: expected an array of messages, got an object',
  ],
  [
    'a message as a string',
    withMessage('Hi'),
    'frames[0].reveal[0]: expected a message object, got "Hi"',
  ],
  [
    'a blank message',
    withMessage({ text: '  ' }),
    'frames[0].reveal[0].text: expected a non-empty string, got "  "',
  ],
  [
    'a number as author',
    withMessage({ text: 'Hi', from: 4 }),
    'frames[0].reveal[0].from: expected a string, got 4',
  ],
  [
    'an unknown placement',
    withMessage({ text: 'Hi', placement: 'middle' }),
    'frames[0].reveal[0].placement: expected "top", "center" or "bottom", got "middle"',
  ],
  ['a typo in a frame key', story({}, [card({ colour: 'red' })]), 'frames[0].colour: unknown key'],
  [
    'a typo in a message key',
    withMessage({ text: 'Hi', form: 'Sam' }),
    'frames[0].reveal[0].form: unknown key',
  ],
  ['a typo in a story key', story({ tilte: 'Monday' }), 'tilte: unknown key'],
  [
    'a key that is not a name',
    story({}, [card({ 'font size': 3 })]),
    'frames[0]["font size"]: unknown key',
  ],
  ['a field of another kind', story({}, [card({ src: '/bus.jpg' })]), 'frames[0].src: unknown key'],
  [
    'a render frame without components',
    story({}, [card({ kind: 'render', background: undefined, text: undefined, component: 'bus' })]),
    'frames[0].component: expected a component name passed in options.components (none were), got "bus"',
  ],
];

describe('a bad story is reported with its path, what was expected and what was found', () => {
  it.each(rows)('%s', (_, input, message) => {
    expect(storyProblems(input)).toEqual([message]);
    expect(() => parseStory(input)).toThrow(message);
  });

  it('has at least twenty cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  it('lists every problem, not only the first', () => {
    const input = story({ title: null, playbackRate: -1, extra: true }, [
      card({ duration: 0, colour: 'red', size: 2 }),
      card({ kind: 'gif' }),
      image({ id: 'hall', src: undefined, focal: [2, -1] }),
    ]);
    expect(storyProblems(input)).toEqual([
      'title: expected a string, got null',
      'playbackRate: expected a positive number, got -1',
      'frames[0].duration: expected a positive number of milliseconds, got 0',
      'frames[0].colour: unknown key',
      'frames[0].size: unknown key',
      `frames[1].kind: expected one of ${KINDS}, got "gif"`,
      'frames[2].src: expected an image URL, got undefined',
      'frames[2].focal[0]: expected a number from 0 to 1, got 2',
      'frames[2].focal[1]: expected a number from 0 to 1, got -1',
      // Found even though both frames have other problems.
      'frames[1].id: expected an id unique in the story, got "bus"',
      'extra: unknown key',
    ]);
  });

  it('words its messages like the player does at run time', () => {
    // The player's own check (validateStory) says `story.frames[1].duration: expected a positive
    // number of milliseconds, got -200`: the same words after the path.
    expect(storyProblems(story({}, [card(), card({ id: 'b', duration: -200 })]))).toEqual([
      'frames[1].duration: expected a positive number of milliseconds, got -200',
    ]);
  });
});
