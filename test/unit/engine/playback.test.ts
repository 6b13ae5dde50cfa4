import { describe, expect, it } from 'vitest';
import { makeFrames, setup } from './fixtures';

describe('playback', () => {
  it('starts playing on the first frame at progress 0', () => {
    const { player } = setup();
    expect(player.getState()).toMatchObject({ status: 'playing', frameIndex: 0, frameId: 'f0' });
    expect(player.getProgress()).toBe(0);
  });

  it('starts paused without autoplay and does not move', () => {
    const { player, clock } = setup({ autoplay: false });
    clock.advance(5000);
    expect(player.getState().status).toBe('paused');
    expect(player.getProgress()).toBe(0);
    expect(clock.pendingFrames).toBe(0);
  });

  it('reads progress from the clock at any instant, between ticks too', () => {
    const { player, clock } = setup();
    clock.advance(250);
    expect(player.getProgress()).toBe(0.25);
  });

  it('moves to the next frame when the duration at the rate has run out', () => {
    const { player, clock, eventsOf } = setup({ playbackRate: 4 });
    clock.advance(249);
    expect(player.getState().frameIndex).toBe(0);
    clock.advance(2);
    expect(player.getState().frameIndex).toBe(1);
    expect(eventsOf('framechange')).toEqual([{ from: 0, to: 1, cause: 'auto', at: 250 }]);
  });

  it('dates a frame change at the exact boundary, not at the late tick that noticed it', () => {
    const { clock, eventsOf } = setup();
    clock.advance(1013);
    expect(eventsOf('framechange')[0]?.at).toBe(1000);
  });

  it('skips frames that a very late tick jumped over, in one change', () => {
    const { player, clock, eventsOf } = setup({ frames: makeFrames(6, 100) });
    clock.advance(350);
    expect(player.getState().frameIndex).toBe(3);
    expect(eventsOf('framechange')).toEqual([{ from: 0, to: 3, cause: 'auto', at: 300 }]);
    expect(player.getProgress()).toBeCloseTo(0.5, 10);
  });

  it('ends after the last frame at exactly Σ duration / rate and stops the loop', () => {
    const { player, clock, eventsOf } = setup({ playbackRate: 2 });
    for (let i = 0; i < 200; i++) clock.advance(17);
    expect(player.getState()).toMatchObject({ status: 'ended', frameIndex: 3 });
    expect(eventsOf('ended')).toEqual([{ frameIndex: 3, at: 2000 }]);
    expect(player.getProgress()).toBe(1);
    expect(clock.pendingFrames).toBe(0);
  });

  it('loops back to the first frame instead of ending when asked', () => {
    const { player, clock, eventsOf } = setup({ loop: true });
    clock.advance(3900);
    clock.advance(200);
    expect(player.getState()).toMatchObject({ status: 'playing', frameIndex: 0 });
    expect(player.getProgress()).toBeCloseTo(0.1, 10);
    expect(eventsOf('ended')).toEqual([]);
    expect(eventsOf('framechange').at(-1)).toEqual({ from: 3, to: 0, cause: 'auto', at: 4000 });
  });

  it('plays again from the first frame when play is called at the end', () => {
    const { player, clock } = setup();
    clock.advance(5000);
    player.play();
    expect(player.getState()).toMatchObject({ status: 'playing', frameIndex: 0 });
    clock.advance(100);
    expect(player.getProgress()).toBeCloseTo(0.1, 10);
  });
});
