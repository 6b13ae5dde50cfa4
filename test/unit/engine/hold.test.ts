import { describe, expect, it } from 'vitest';
import { setup } from './fixtures';

describe('hold and release', () => {
  it('freezes at the exact position of the hold', () => {
    const { player, clock } = setup();
    clock.advance(333);
    player.hold();
    clock.advance(60_000);
    expect(player.getState().status).toBe('held');
    expect(player.getProgress()).toBe(0.333);
    expect(clock.pendingFrames).toBe(0);
  });

  it('resumes playing from the frozen position after the release', () => {
    const { player, clock } = setup();
    clock.advance(333);
    player.hold();
    clock.advance(5000);
    player.release();
    expect(player.getState().status).toBe('playing');
    clock.advance(100);
    expect(player.getProgress()).toBeCloseTo(0.433, 10);
  });

  it('holds a paused story and leaves it paused on release', () => {
    const { player, clock } = setup();
    clock.advance(200);
    player.pause();
    player.hold();
    expect(player.getState().status).toBe('held');
    player.release();
    clock.advance(1000);
    expect(player.getState().status).toBe('paused');
    expect(player.getProgress()).toBe(0.2);
  });

  it('reports a hold once its messages show, never a freeze that did not reveal (a tap)', () => {
    const { player, clock, eventsOf } = setup();
    player.hold();
    clock.advance(120);
    player.release();
    expect(eventsOf('holdstart')).toEqual([]);
    expect(eventsOf('holdend')).toEqual([]);
    player.hold();
    clock.advance(400);
    player.reveal();
    clock.advance(100);
    player.release();
    // Dated from the freeze: the press that became the hold.
    expect(eventsOf('holdstart')).toEqual([{ frameIndex: 0, at: 120 }]);
    expect(eventsOf('holdend')).toEqual([{ frameIndex: 0, heldMs: 500, at: 620 }]);
  });

  it('says holdstart once per hold, however often the messages are shown', () => {
    const { player, eventsOf } = setup();
    player.hold();
    player.reveal();
    player.conceal();
    player.reveal();
    player.release();
    player.reveal();
    expect(eventsOf('holdstart')).toHaveLength(1);
    expect(eventsOf('holdend')).toHaveLength(1);
  });

  it('lets play and pause during a hold decide the status after it', () => {
    const { player } = setup();
    player.hold();
    player.pause();
    expect(player.getState().status).toBe('held');
    player.release();
    expect(player.getState().status).toBe('paused');
    player.hold();
    player.play();
    player.release();
    expect(player.getState().status).toBe('playing');
  });

  it('ignores a second hold and a release without a hold', () => {
    const { player, clock, eventsOf } = setup();
    player.release();
    player.hold();
    player.reveal();
    clock.advance(50);
    player.hold();
    player.release();
    expect(eventsOf('holdstart')).toHaveLength(1);
    expect(eventsOf('holdend')).toHaveLength(1);
    expect(player.getState().status).toBe('playing');
  });

  it('holds the end of the story and stays ended after it', () => {
    const { player, clock } = setup();
    clock.advance(10_000);
    player.hold();
    player.release();
    expect(player.getState().status).toBe('ended');
  });
});
