import { type EngineFrame, MEDIA_SYNC_TOLERANCE } from 'react-hold-stories/engine';
import { describe, expect, it } from 'vitest';
import { setup } from './fixtures';

/** A 2-second video capped at 16× between two cards. */
const frames: EngineFrame[] = [
  { id: 'before', duration: 1000 },
  { id: 'video', duration: 2000, awaitsMedia: true, maxRate: 16 },
  { id: 'after', duration: 1000 },
];

describe('media frames and their own clock', () => {
  it('plays a frame no faster than its maxRate, and says at which rate', () => {
    const { player, clock } = setup({ frames, playbackRate: 32 });
    player.setMediaStatus('video', 'ready');
    expect(player.getState().frameRate).toBe(32);
    clock.advance(1000 / 32);
    expect(player.getState()).toMatchObject({ frameIndex: 1, frameRate: 16 });
    // 2000 ms at 16× is 125 ms of display time, not 62.5.
    clock.advance(100);
    expect(player.getState().frameIndex).toBe(1);
    expect(player.getProgress()).toBeCloseTo(0.8, 10);
    clock.advance(25);
    expect(player.getState()).toMatchObject({ frameIndex: 2, frameRate: 32 });
  });

  it('follows the element clock when it drifted past the tolerance', () => {
    const { player, clock } = setup({ frames, playbackRate: 2 });
    player.setMediaStatus('video', 'ready');
    clock.advance(500);
    clock.advance(250);
    expect(player.getProgress()).toBeCloseTo(0.25, 10);
    // The element lags: it is only 300 ms (of 2000) in, the frame's 15 %.
    player.syncMediaTime('video', 300);
    expect(player.getProgress()).toBeCloseTo(0.15, 10);
    // A small difference is the event's own lag: left alone.
    player.syncMediaTime('video', 300 + MEDIA_SYNC_TOLERANCE);
    expect(player.getProgress()).toBeCloseTo(0.15, 10);
  });

  it('ignores the element clock of another frame, and while time is stopped', () => {
    const { player, clock } = setup({ frames });
    player.setMediaStatus('video', 'ready');
    player.syncMediaTime('video', 1000);
    expect(player.getState().frameIndex).toBe(0);
    clock.advance(1000);
    player.hold();
    player.syncMediaTime('video', 1000);
    expect(player.getProgress()).toBe(0);
  });
});
