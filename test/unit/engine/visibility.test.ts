import { describe, expect, it } from 'vitest';
import { makeDocument, setup } from './fixtures';

describe('page visibility', () => {
  it('pauses while the page is hidden and plays again when it shows', () => {
    const document = makeDocument();
    const { player, clock, eventsOf } = setup({ document });
    clock.advance(200);
    document.setVisibility('hidden');
    expect(player.getState()).toMatchObject({ status: 'paused', visible: false });
    clock.advance(30_000);
    document.setVisibility('visible');
    expect(player.getState()).toMatchObject({ status: 'playing', visible: true });
    clock.advance(100);
    expect(player.getProgress()).toBeCloseTo(0.3, 10);
    expect(eventsOf('pause')).toEqual([{ frameIndex: 0, reason: 'visibility', at: 200 }]);
    expect(eventsOf('play')).toEqual([{ frameIndex: 0, reason: 'visibility', at: 30_200 }]);
  });

  it('leaves a story the viewer paused paused when the page shows again', () => {
    const document = makeDocument();
    const { player } = setup({ document });
    player.pause();
    document.setVisibility('hidden');
    document.setVisibility('visible');
    expect(player.getState().status).toBe('paused');
  });

  it('does not resume a story the viewer paused while the page was hidden', () => {
    const document = makeDocument();
    const { player } = setup({ document });
    document.setVisibility('hidden');
    player.pause();
    document.setVisibility('visible');
    expect(player.getState().status).toBe('paused');
  });

  it('ends a hold when the page hides, restoring the state from before it', () => {
    const document = makeDocument();
    const { player, eventsOf } = setup({ document });
    player.hold();
    player.reveal();
    document.setVisibility('hidden');
    expect(player.getState()).toMatchObject({ status: 'paused', revealing: false });
    expect(eventsOf('holdend')).toHaveLength(1);
    document.setVisibility('visible');
    expect(player.getState().status).toBe('playing');
  });

  it('does not run time while hidden, even when play is called', () => {
    const document = makeDocument();
    document.visibilityState = 'hidden';
    const { player, clock } = setup({ document });
    clock.advance(5000);
    expect(player.getProgress()).toBe(0);
    expect(clock.pendingFrames).toBe(0);
    document.setVisibility('visible');
    clock.advance(100);
    expect(player.getProgress()).toBe(0.1);
  });
});
