import { describe, expect, it } from 'vitest';
import { setup } from './fixtures';

describe('playback rate', () => {
  it('keeps the frame and its progress when the rate changes mid-frame', () => {
    const { player, clock, eventsOf } = setup();
    clock.advance(500);
    player.setPlaybackRate(5);
    expect(player.getProgress()).toBe(0.5);
    clock.advance(100);
    expect(player.getState().frameIndex).toBe(1);
    expect(player.getProgress()).toBeCloseTo(0, 10);
    expect(eventsOf('ratechange')).toEqual([{ playbackRate: 5, at: 500 }]);
    expect(player.getState().playbackRate).toBe(5);
  });

  it('changes the rate while paused without moving', () => {
    const { player, clock } = setup();
    clock.advance(300);
    player.pause();
    player.setPlaybackRate(8);
    clock.advance(1000);
    expect(player.getProgress()).toBe(0.3);
  });

  it.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY])('rejects the rate %s', (rate) => {
    const { player } = setup();
    expect(() => player.setPlaybackRate(rate)).toThrow(
      `setPlaybackRate(rate): expected a positive number, got ${rate}`,
    );
    expect(player.getState().playbackRate).toBe(1);
  });

  it.each([1000, 0.001])('rejects the rate %s, out of 0.01 to 100', (rate) => {
    const { player } = setup();
    expect(() => player.setPlaybackRate(rate)).toThrow(
      new RangeError(`setPlaybackRate(rate): expected a rate from 0.01 to 100, got ${rate}`),
    );
    expect(player.getState().playbackRate).toBe(1);
  });
});
