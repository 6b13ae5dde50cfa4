import { describe, expect, it } from 'vitest';
import { setup } from './fixtures';

describe('pause and play', () => {
  it('keeps the position while paused, however long the clock runs', () => {
    const { player, clock } = setup();
    clock.advance(400);
    player.pause();
    clock.advance(100_000);
    expect(player.getState().status).toBe('paused');
    expect(player.getProgress()).toBe(0.4);
    expect(clock.pendingFrames).toBe(0);
  });

  it('continues from the paused position, with the paused time subtracted', () => {
    const { player, clock } = setup();
    clock.advance(400);
    player.pause();
    clock.advance(9999);
    player.play();
    clock.advance(700);
    expect(player.getState().frameIndex).toBe(1);
    expect(player.getProgress()).toBeCloseTo(0.1, 10);
  });

  it('emits play and pause with the frame and the reason, once per change', () => {
    const { player, eventsOf } = setup();
    player.pause();
    player.pause();
    player.play();
    player.play();
    expect(eventsOf('pause')).toEqual([{ frameIndex: 0, reason: 'command', at: 0 }]);
    expect(eventsOf('play')).toEqual([{ frameIndex: 0, reason: 'command', at: 0 }]);
  });
});
