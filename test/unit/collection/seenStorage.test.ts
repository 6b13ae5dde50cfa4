import { describe, expect, test, vi } from 'vitest';
import {
  answersOf,
  createLocalStorageSeenStorage,
  createMemorySeenStorage,
  markAnswered,
  markEnded,
  markShown,
  resumeIndex,
} from '../../../src/react/collection/seenStorage';

const frames = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

/** A Storage that keeps its items in a map and counts what it is asked. */
function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: vi.fn((key: string) => items.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void items.set(key, value)),
  };
}

describe('seen records', () => {
  test('remember the frames shown once each, and resume on the last one', () => {
    let record = markShown(undefined, 'a');
    record = markShown(record, 'b');
    record = markShown(record, 'a');
    expect(record).toEqual({ frames: ['a', 'b'], resumeFrameId: 'a', ended: false });
    expect(resumeIndex(record, frames)).toBe(0);
    expect(resumeIndex(markShown(record, 'c'), frames)).toBe(2);
  });

  test('a story that ended, an unknown frame, or nothing seen starts from the first frame', () => {
    const ended = markEnded(markShown(undefined, 'c'));
    expect(ended).toEqual({ frames: ['c'], ended: true });
    expect(resumeIndex(ended, frames)).toBe(0);
    expect(resumeIndex(markShown(undefined, 'gone'), frames)).toBe(0);
    expect(resumeIndex(undefined, frames)).toBe(0);
  });
});

describe('answers in a seen record', () => {
  test('are kept through frames shown and the end, one per question, any frame id', () => {
    let record = markAnswered(undefined, 'q1', 2);
    record = markShown(record, 'a');
    record = markAnswered(record, '__proto__', 0);
    record = markEnded(record);
    expect(record.ended).toBe(true);
    expect(answersOf(record)).toEqual(
      new Map([
        ['q1', 2],
        ['__proto__', 0],
      ]),
    );
    expect(JSON.parse(JSON.stringify(record)).answers).toEqual(record.answers);
    expect(answersOf(undefined).size).toBe(0);
  });

  test('that are not whole numbers make the record not ours: ignored, with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = { frames: [], ended: false, answers: { q: 'yes' } };
    const storage = fakeStorage({ 'react-hold-stories:seen': JSON.stringify({ s: bad }) });
    expect(createLocalStorageSeenStorage({ storage }).load('s')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('createMemorySeenStorage', () => {
  test('keeps records per story', () => {
    const storage = createMemorySeenStorage();
    storage.save('lea', markShown(undefined, 'a'));
    expect(storage.load('lea')?.resumeFrameId).toBe('a');
    expect(storage.load('sami')).toBeUndefined();
  });
});

describe('createLocalStorageSeenStorage', () => {
  test('touches nothing until asked, then keeps every story under one key', () => {
    const storage = fakeStorage();
    const seen = createLocalStorageSeenStorage({ storage, key: 'seen' });
    expect(storage.getItem).not.toHaveBeenCalled();
    seen.save('lea', markShown(undefined, 'b'));
    seen.save('sami', markEnded(undefined));
    expect(JSON.parse(storage.items.get('seen') ?? '')).toEqual({
      lea: { frames: ['b'], resumeFrameId: 'b', ended: false },
      sami: { frames: [], ended: true },
    });
    // A new page reads what the last one wrote.
    const again = createLocalStorageSeenStorage({ storage, key: 'seen' });
    expect(again.load('lea')?.resumeFrameId).toBe('b');
  });

  test('data that is not ours is reported once and ignored, entry by entry', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const storage = fakeStorage({
      seen: JSON.stringify({
        lea: { frames: ['a'], resumeFrameId: 'a', ended: false },
        sami: { frames: 'a' },
        noa: null,
      }),
    });
    const seen = createLocalStorageSeenStorage({ storage, key: 'seen' });
    expect(seen.load('lea')?.resumeFrameId).toBe('a');
    expect(seen.load('sami')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/"seen" has entries that are not seen records/);
    warn.mockRestore();
  });

  test('broken JSON, blocked or full storage never throw: the page keeps its own record', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = createLocalStorageSeenStorage({
      storage: fakeStorage({ seen: '{nope' }),
      key: 'seen',
    });
    expect(broken.load('lea')).toBeUndefined();

    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const seen = createLocalStorageSeenStorage({ storage: full, key: 'seen' });
    expect(() => seen.save('lea', markShown(undefined, 'a'))).not.toThrow();
    expect(seen.load('lea')?.resumeFrameId).toBe('a');
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      expect.stringMatching(/cannot be read; starting empty/),
      expect.stringMatching(/cannot be written; kept for this page only: QuotaExceededError/),
    ]);
    warn.mockRestore();
  });
});

describe('story ids that are names of Object.prototype', () => {
  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    '"%s" keeps its record, across a reload too',
    (storyId) => {
      const items = new Map<string, string>();
      const storage = {
        getItem: (key: string) => items.get(key) ?? null,
        setItem: (key: string, value: string) => void items.set(key, value),
      };
      const record = { frames: ['a'], resumeFrameId: 'a', ended: false };
      // Nothing seen yet is nothing: not a method of every object.
      expect(createLocalStorageSeenStorage({ storage }).load(storyId)).toBeUndefined();
      createLocalStorageSeenStorage({ storage }).save(storyId, record);
      expect(createLocalStorageSeenStorage({ storage }).load(storyId)).toEqual(record);
      expect(createLocalStorageSeenStorage({ storage }).load('other')).toBeUndefined();
    },
  );
});
