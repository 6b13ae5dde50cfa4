import { describe, expect, it } from 'vitest';
import { setup } from './fixtures';

describe('navigation', () => {
  it('goes to the next and previous frames from their start, with the cause', () => {
    const { player, clock, eventsOf } = setup();
    clock.advance(500);
    player.next('tap');
    expect(player.getState().frameIndex).toBe(1);
    expect(player.getProgress()).toBe(0);
    player.prev('key');
    expect(player.getState().frameIndex).toBe(0);
    expect(eventsOf('framechange')).toEqual([
      { from: 0, to: 1, cause: 'tap', at: 500 },
      { from: 1, to: 0, cause: 'key', at: 500 },
    ]);
  });

  it('restarts the first frame on prev, without a frame change', () => {
    const { player, clock, eventsOf } = setup();
    clock.advance(700);
    player.prev();
    expect(player.getState().frameIndex).toBe(0);
    expect(player.getProgress()).toBe(0);
    expect(eventsOf('framechange')).toEqual([]);
  });

  it('ends the story on next from the last frame', () => {
    const { player, eventsOf } = setup();
    player.goTo(3);
    player.next();
    expect(player.getState().status).toBe('ended');
    expect(eventsOf('ended')).toHaveLength(1);
    player.next();
    expect(eventsOf('ended')).toHaveLength(1);
  });

  it('wraps to the first frame on next from the last one when looping', () => {
    const { player } = setup({ loop: true });
    player.goTo(3);
    player.next();
    expect(player.getState()).toMatchObject({ frameIndex: 0, status: 'playing' });
  });

  it('plays again when navigating back from the end', () => {
    const { player, clock } = setup();
    clock.advance(10_000);
    player.prev('tap');
    expect(player.getState()).toMatchObject({ status: 'playing', frameIndex: 2 });
    clock.advance(500);
    expect(player.getProgress()).toBe(0.5);
  });

  it('lands goTo on an exact progress and keeps the status', () => {
    const { player, clock } = setup({ autoplay: false });
    player.goTo(2, 0.75);
    clock.advance(1000);
    expect(player.getState()).toMatchObject({ frameIndex: 2, status: 'paused' });
    expect(player.getProgress()).toBe(0.75);
  });

  it('navigates while held and stays frozen on the new frame', () => {
    const { player, clock } = setup();
    player.hold();
    player.next('key');
    clock.advance(3000);
    expect(player.getState()).toMatchObject({ frameIndex: 1, status: 'held' });
    expect(player.getProgress()).toBe(0);
  });

  it('rejects a frame index out of range with the field and the value', () => {
    const { player } = setup();
    expect(() => player.goTo(4)).toThrow('goTo(index): expected a whole number from 0 to 3, got 4');
    expect(() => player.goTo(1.5)).toThrow(RangeError);
    expect(player.getState().frameIndex).toBe(0);
  });

  it('clamps a progress out of [0, 1] with a development warning', () => {
    const warnings: string[] = [];
    const logger = { warn: (m: string) => void warnings.push(m), error: () => {} };
    const { player } = setup({ logger, autoplay: false });
    player.goTo(1, 1.5);
    expect(player.getProgress()).toBe(1);
    expect(warnings[0]).toContain('goTo(progress): expected 0 to 1, got 1.5');
  });
});
