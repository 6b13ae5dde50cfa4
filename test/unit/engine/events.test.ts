import { describe, expect, it, vi } from 'vitest';
import { setup } from './fixtures';

describe('events', () => {
  it('removes a listener with the function on() returns, or with off()', () => {
    const { player } = setup();
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribe = player.on('framechange', first);
    player.on('framechange', second);
    unsubscribe();
    player.off('framechange', second);
    player.next();
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
  });

  it('reports a throwing listener and keeps the others and the frame loop running', () => {
    const errors: string[] = [];
    const logger = { warn: () => {}, error: (message: string) => void errors.push(message) };
    const { player, clock } = setup({ logger });
    const after = vi.fn();
    player.on('framechange', () => {
      throw new Error('analytics is down');
    });
    player.on('framechange', after);
    player.onTick(() => {
      throw new Error('bad tick');
    });
    clock.advance(1000);
    clock.advance(1000);
    expect(after).toHaveBeenCalledTimes(2);
    expect(player.getState().frameIndex).toBe(2);
    expect(errors).toContain('react-hold-stories: a "framechange" listener threw');
    expect(errors).toContain('react-hold-stories: a tick listener threw');
  });

  it('commits the store only on discrete changes, never per tick', () => {
    const { player, clock } = setup();
    const commits = vi.fn();
    player.subscribe(commits);
    for (let i = 0; i < 100; i++) clock.advance(16);
    expect(commits).toHaveBeenCalledTimes(1);
    expect(player.getState().frameIndex).toBe(1);
  });

  it('pushes progress on the tick channel while playing and once when frozen', () => {
    const { player, clock } = setup();
    const ticks: number[] = [];
    player.onTick((progress) => void ticks.push(progress));
    clock.advance(100);
    clock.advance(100);
    player.hold();
    clock.advance(100);
    clock.advance(100);
    expect(ticks).toEqual([0.1, 0.2, 0.2]);
  });

  it('pushes progress once after a jump while paused', () => {
    const { player } = setup({ autoplay: false });
    const ticks: [number, number][] = [];
    player.onTick((progress, index) => void ticks.push([progress, index]));
    player.goTo(2, 0.5);
    expect(ticks).toEqual([[0.5, 2]]);
  });
});
