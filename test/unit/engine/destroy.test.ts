import { describe, expect, it, vi } from 'vitest';
import { makeDocument, setup } from './fixtures';

describe('destroy', () => {
  it('cancels the pending frame request and removes the visibility listener', () => {
    const document = makeDocument();
    const { player, clock } = setup({ document });
    clock.advance(16);
    expect(clock.pendingFrames).toBe(1);
    expect(document.listenerCount).toBe(1);
    player.destroy();
    expect(clock.pendingFrames).toBe(0);
    expect(document.listenerCount).toBe(0);
    expect(player.destroyed).toBe(true);
  });

  it('ignores every command afterwards and emits nothing', () => {
    const { player, clock, log } = setup();
    const commits = vi.fn();
    player.subscribe(commits);
    player.destroy();
    player.play();
    player.pause();
    player.hold();
    player.release();
    player.next();
    player.prev();
    player.goTo(2);
    player.reveal();
    player.setPlaybackRate(3);
    player.setLoop(true);
    clock.advance(10_000);
    expect(log).toEqual([]);
    expect(commits).not.toHaveBeenCalled();
    expect(clock.pendingFrames).toBe(0);
  });

  it('can be called twice, and in the middle of a hold', () => {
    const { player, clock } = setup();
    player.hold();
    player.destroy();
    player.destroy();
    expect(clock.pendingFrames).toBe(0);
  });
});
