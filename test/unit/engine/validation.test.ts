import { createPlayer } from 'react-hold-stories/engine';
import { describe, expect, it } from 'vitest';

const make =
  (frames: unknown, options: Record<string, unknown> = {}) =>
  () =>
    createPlayer({ frames: frames as never, ...options });

describe('bad input', () => {
  it.each([
    [undefined, 'frames: expected an array of frames, got undefined'],
    [[], 'frames: expected at least one frame, got none'],
    [[null], 'frames[0]: expected a frame object, got null'],
    [[{ duration: 1000 }], 'frames[0].id: expected a non-empty string, got undefined'],
    [[{ id: '', duration: 1000 }], 'frames[0].id: expected a non-empty string, got ""'],
    [
      [
        { id: 'a', duration: 1000 },
        { id: 'a', duration: 1000 },
      ],
      'frames[1].id: expected an id unique in the story, got "a"',
    ],
    [
      [
        { id: 'a', duration: 1000 },
        { id: 'b', duration: -200 },
      ],
      'frames[1].duration: expected a positive number of milliseconds, got -200',
    ],
    [
      [{ id: 'a', duration: 0 }],
      'frames[0].duration: expected a positive number of milliseconds, got 0',
    ],
    [[{ id: 'a', duration: Number.NaN }], 'got NaN'],
    [[{ id: 'a', duration: Number.POSITIVE_INFINITY }], 'got Infinity'],
    [
      [{ id: 'a', duration: '1000' }],
      'frames[0].duration: expected a positive number of milliseconds, got "1000"',
    ],
    [[{ id: 'a', duration: 10, messages: 1.5 }], 'frames[0].messages: expected a whole number'],
    [
      [{ id: 'a', duration: 10, luminance: 1.5 }],
      'frames[0].luminance: expected a number from 0 to 1, got 1.5',
    ],
    [
      [{ id: 'a', duration: 10, awaitsMedia: 'yes' }],
      'frames[0].awaitsMedia: expected true or false, got "yes"',
    ],
    [
      [{ id: 'a', duration: 10, maxRate: 0 }],
      'frames[0].maxRate: expected a positive number, got 0',
    ],
    [
      [{ id: 'a', duration: 86_400_001 }],
      'frames[0].duration: expected at most 86,400,000 milliseconds (24 hours), got 86400001',
    ],
    [
      [{ id: 'a', duration: Number.MAX_VALUE }],
      'frames[0].duration: expected at most 86,400,000 milliseconds (24 hours), got 1.7976931348623157e+308',
    ],
  ])('rejects frames %j with a message naming the field', (frames, message) => {
    expect(make(frames)).toThrow(message);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects the playback rate %s', (rate) => {
    expect(make([{ id: 'a', duration: 1 }], { playbackRate: rate })).toThrow(
      `playbackRate: expected a positive number, got ${rate}`,
    );
  });

  it.each([1000, 0.001, Number.MAX_VALUE, Number.MIN_VALUE])(
    'rejects the playback rate %s, out of 0.01 to 100',
    (rate) => {
      expect(make([{ id: 'a', duration: 1 }], { playbackRate: rate })).toThrow(
        new RangeError(`playbackRate: expected a rate from 0.01 to 100, got ${rate}`),
      );
    },
  );

  it('accepts the limits themselves: a 24-hour frame, the rates 0.01 and 100', () => {
    for (const playbackRate of [0.01, 100]) {
      expect(make([{ id: 'a', duration: 86_400_000 }], { playbackRate })).not.toThrow();
    }
  });

  it('rejects a start frame out of range', () => {
    expect(make([{ id: 'a', duration: 1 }], { frameIndex: 3 })).toThrow(
      'frameIndex: expected a whole number from 0 to 0, got 3',
    );
  });

  it('throws TypeError for frames and RangeError for numbers out of range', () => {
    expect(make([])).toThrow(TypeError);
    expect(make([{ id: 'a', duration: 1 }], { playbackRate: 0 })).toThrow(RangeError);
  });
});
