import { describe, expect, it } from 'vitest';
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
