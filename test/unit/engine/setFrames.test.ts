import { describe, expect, it } from 'vitest';
import { createManualClock, createPlayer, type Player } from '../../../src/engine';
import { makeFrames, setup } from './fixtures';

describe('setFrames', () => {
  it('keeps the position by frame id when frames are inserted before it', () => {
    const { player, clock, eventsOf } = setup();
    player.goTo(1, 0.5);
    player.setFrames([{ id: 'new', duration: 500 }, ...makeFrames(4)]);
    expect(player.getState()).toMatchObject({ frameIndex: 2, frameId: 'f1', frameCount: 5 });
    expect(player.getProgress()).toBe(0.5);
    expect(eventsOf('framechange')).toHaveLength(1);
    clock.advance(500);
    expect(player.getState().frameId).toBe('f2');
  });

  it('keeps the progress when the current frame gets another duration', () => {
    const { player } = setup({ autoplay: false });
    player.goTo(2, 0.25);
    player.setFrames(makeFrames(4, 4000));
    expect(player.getProgress()).toBe(0.25);
  });

  it('shows the frame now at the same index, from its start, when the frame is gone', () => {
    const { player, eventsOf } = setup({ autoplay: false });
    player.goTo(3, 0.5);
    player.setFrames(makeFrames(2).map((frame) => ({ ...frame, id: `g${frame.id}` })));
    expect(player.getState()).toMatchObject({ frameIndex: 1, frameId: 'gf1', frameCount: 2 });
    expect(player.getProgress()).toBe(0);
    expect(eventsOf('framechange').at(-1)).toEqual({ from: 3, to: 1, cause: 'api', at: 0 });
  });

  it('rejects bad frames and keeps the old ones playing', () => {
    const { player, clock } = setup();
    expect(() => player.setFrames([])).toThrow('frames: expected at least one frame, got none');
    clock.advance(1500);
    expect(player.getState()).toMatchObject({ frameIndex: 1, frameCount: 4 });
  });
});

describe('a layout change between two display frames', () => {
  /** A manual clock whose `now()` can run ahead of the next display frame, as a real one does. */
  function clockAhead() {
    const inner = createManualClock();
    let ahead = 0;
    const clock = {
      now: () => inner.now() + ahead,
      requestFrame: inner.requestFrame,
      cancelFrame: inner.cancelFrame,
    };
    return {
      clock,
      /** Time passes by `ms` with no display frame yet. */
      passWithoutFrame: (ms: number) => {
        ahead += ms;
      },
      /** The next display frame, `ms` after the last one. */
      frame: (ms: number) => {
        ahead = 0;
        inner.advance(ms);
      },
    };
  }

  it.each([
    // 1× throughout: frame 1 runs 1000 → 2000.
    ['new frames', (player: Player) => player.setFrames(makeFrames(4)), 2006, [1000, 2000]],
    // 2× from 1005, 5 ms into frame 1: it runs 1000 → 1500.
    ['a new rate', (player: Player) => player.setPlaybackRate(2), 1506, [1000, 1500]],
  ])(
    'loses no time past a boundary the frame loop has not seen yet (%s)',
    (_, change, until, expected) => {
      const { clock, passWithoutFrame, frame } = clockAhead();
      const player = createPlayer({ frames: makeFrames(4), clock });
      const starts: number[] = [];
      player.on('framechange', ({ at }) => starts.push(at));
      frame(990);
      passWithoutFrame(15); // 1005: frame 0 ran out 5 ms ago; no display frame has shown it yet
      change(player);
      frame(16); // 1006
      frame(until - 1006);
      expect(starts).toEqual(expected);
    },
  );
});
