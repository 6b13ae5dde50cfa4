import fc from 'fast-check';
import { createManualClock, createPlayer, type EngineFrame } from 'react-hold-stories/engine';
import { describe, expect, it } from 'vitest';
import { activeMessages } from '../../../src/engine/messageWindows';
import { setup } from './fixtures';

/** A 4-second take: message 0 all along, 1 in [0, 1500), 2 in [1500, 3000), 3 in [2000, 4000). */
const take: EngineFrame = {
  id: 'walk',
  duration: 4000,
  messages: 4,
  windows: [null, [0, 1500], [1500, 3000], [2000, 4000]],
};
const frames: EngineFrame[] = [take, { id: 'after', duration: 1000, messages: 1 }];

describe('which messages a frozen instant holds', () => {
  it('start inclusive, end exclusive: windows that meet never show together', () => {
    expect(activeMessages(take, 0)).toEqual([0, 1]);
    expect(activeMessages(take, 1499.999)).toEqual([0, 1]);
    expect(activeMessages(take, 1500)).toEqual([0, 2]);
    expect(activeMessages(take, 2000)).toEqual([0, 2, 3]);
    expect(activeMessages(take, 3000)).toEqual([0, 3]);
    expect(activeMessages(take, 4000)).toEqual([0]);
    expect(activeMessages({ id: 'plain', duration: 1, messages: 2 }, 0.5)).toEqual([0, 1]);
  });

  it('is exactly the messages whose window holds it, for any windows and instant', () => {
    const window = fc
      .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }))
      .map(([start, length]) => [start, start + length] as const);
    fc.assert(
      fc.property(
        fc.array(fc.option(window, { nil: null }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        (windows, time) => {
          const frame: EngineFrame = {
            id: 'f',
            duration: 10_000,
            messages: windows.length,
            windows,
          };
          const expected = windows.flatMap((w, index) =>
            w === null || (time >= w[0] && time < w[1]) ? [index] : [],
          );
          expect(activeMessages(frame, time)).toEqual(expected);
        },
      ),
    );
  });
});

describe('a hold on a frame with timed messages', () => {
  it('reveals, at several rates, only what the frozen instant holds; each message once', () => {
    for (const rate of [1, 2, 6, 0.5]) {
      const { player, clock, eventsOf } = setup({ frames, playbackRate: rate });
      clock.advance(1000 / rate);
      player.hold();
      player.reveal();
      expect(player.getState().shownMessages).toEqual([0, 1]);
      player.release();
      clock.advance(1200 / rate);
      player.hold();
      player.reveal();
      // 2,200 ms into the take.
      expect(player.getState().shownMessages).toEqual([0, 2, 3]);
      expect(eventsOf('reveal').map((event) => event.messageIndex)).toEqual([0, 1, 2, 3]);
      expect(player.getState().revealed).toBe(4);
      player.release();
      expect(player.getState().shownMessages).toEqual([]);
    }
  });

  it('between windows shows only what holds all along, or nothing', () => {
    const clock = createManualClock();
    const player = createPlayer({
      clock,
      frames: [
        {
          id: 'gap',
          duration: 3000,
          messages: 2,
          windows: [
            [0, 1000],
            [2000, 3000],
          ],
        },
      ],
    });
    clock.advance(1500);
    player.hold();
    player.reveal();
    expect(player.getState()).toMatchObject({ revealing: true, shownMessages: [], revealed: 0 });
  });

  it('reveals at the paused instant too, and seeking re-reads it', () => {
    const { player } = setup({ frames, autoplay: false });
    player.goTo(0, 0.8);
    player.reveal();
    expect(player.getState().shownMessages).toEqual([0, 3]);
    player.goTo(0, 0.1);
    player.reveal();
    expect(player.getState().shownMessages).toEqual([0, 1]);
  });

  it('refuses a window that is not [start, end] with 0 ≤ start < end', () => {
    const make = (windows: unknown) =>
      createPlayer({ frames: [{ id: 'f', duration: 1000, messages: 1, windows } as EngineFrame] });
    expect(() => make([[500, 200]])).toThrow(
      'frames[0].windows[0]: expected [start, end] in ms, 0 ≤ start < end, got an array',
    );
    expect(() => make('soon')).toThrow(
      'frames[0].windows: expected an array of [start, end] windows',
    );
    expect(() => make([null, [0, 10]])).not.toThrow();
  });
});

describe('messages that arrive under a reveal', () => {
  it('show at once when the frames change beneath it (a video whose cues were read late)', () => {
    const { player, clock, eventsOf } = setup({
      frames: [{ id: 'clip', duration: 2000, messages: 0 }],
    });
    clock.advance(300);
    player.hold();
    player.reveal();
    expect(player.getState().shownMessages).toEqual([]);
    player.setFrames([
      {
        id: 'clip',
        duration: 2000,
        messages: 2,
        windows: [
          [0, 800],
          [1000, 2000],
        ],
      },
    ]);
    expect(player.getState()).toMatchObject({ revealing: true, shownMessages: [0] });
    expect(eventsOf('reveal').map((event) => event.messageIndex)).toEqual([0]);
  });
});

describe('a seek to a window’s start', () => {
  it('holds the window that starts there, whatever the float round trip gives back', () => {
    const { player } = setup({
      playbackRate: 6,
      autoplay: false,
      frames: [
        { id: 'before', duration: 3000 },
        {
          id: 'take',
          duration: 9000,
          messages: 2,
          windows: [
            [0, 3000],
            [3300, 9000],
          ],
        },
      ],
    });
    player.goTo(1, 3300 / 9000);
    player.reveal();
    expect(player.getState().shownMessages).toEqual([1]);
  });
});
