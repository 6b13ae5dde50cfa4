import type { EngineFrame } from 'react-hold-stories/engine';
import { describe, expect, it } from 'vitest';
import { setup } from './fixtures';

/** f0 is a card; f1 and f2 show media; f3 is a card. One second each at 1×. */
const frames: EngineFrame[] = [
  { id: 'f0', duration: 1000 },
  { id: 'f1', duration: 1000, awaitsMedia: true },
  { id: 'f2', duration: 1000, awaitsMedia: true },
  { id: 'f3', duration: 1000 },
];

describe('the wait gate', () => {
  it('stops time at the start of a frame whose media is not ready, then runs when it is', () => {
    const { player, clock, eventsOf } = setup({ frames });
    clock.advance(1016);
    expect(player.getState()).toMatchObject({ frameIndex: 1, waiting: true, status: 'playing' });
    expect(player.getProgress()).toBe(0);
    // The frame change is stamped with the exact boundary, as for any automatic change.
    expect(eventsOf('framechange')).toEqual([{ from: 0, to: 1, cause: 'auto', at: 1000 }]);
    clock.advance(5000);
    expect(player.getProgress()).toBe(0);
    expect(clock.pendingFrames).toBe(0);

    player.setMediaStatus('f1', 'ready');
    expect(player.getState().waiting).toBe(false);
    clock.advance(250);
    expect(player.getState().frameIndex).toBe(1);
    expect(player.getProgress()).toBe(0.25);
  });

  it('does not wait for media reported ready before the frame comes', () => {
    const { player, clock } = setup({ frames });
    player.setMediaStatus('f1', 'ready');
    player.setMediaStatus('f2', 'ready');
    clock.advance(1000);
    clock.advance(1500);
    expect(player.getState()).toMatchObject({ frameIndex: 2, waiting: false });
    expect(player.getProgress()).toBe(0.5);
  });

  it('stops on a late frame that a long display frame would have jumped over', () => {
    const { player, clock } = setup({ frames });
    player.setMediaStatus('f2', 'ready');
    clock.advance(3500);
    expect(player.getState()).toMatchObject({ frameIndex: 1, waiting: true });
    expect(player.getProgress()).toBe(0);
  });

  it('waits at the frame a tap or goTo lands on, at the asked position', () => {
    const { player, clock } = setup({ frames });
    player.goTo(2, 0.5);
    expect(player.getState()).toMatchObject({ frameIndex: 2, waiting: true });
    clock.advance(1000);
    expect(player.getProgress()).toBe(0.5);
    player.next();
    expect(player.getState()).toMatchObject({ frameIndex: 3, waiting: false });
    clock.advance(100);
    expect(player.getProgress()).toBeCloseTo(0.1, 10);
  });

  it('starts waiting when the first frame has media', () => {
    const { player, clock } = setup({ frames: frames.slice(1) });
    expect(player.getState().waiting).toBe(true);
    clock.advance(500);
    expect(player.getProgress()).toBe(0);
    player.setMediaStatus('f1', 'ready');
    clock.advance(200);
    expect(player.getProgress()).toBeCloseTo(0.2, 10);
  });

  it('stops where the frame is when its media goes back to loading (a video buffers)', () => {
    const { player, clock } = setup({ frames });
    player.setMediaStatus('f1', 'ready');
    clock.advance(1000);
    clock.advance(300);
    player.setMediaStatus('f1', 'loading');
    expect(player.getState().waiting).toBe(true);
    clock.advance(2000);
    expect(player.getProgress()).toBeCloseTo(0.3, 10);
    player.setMediaStatus('f1', 'ready');
    clock.advance(100);
    expect(player.getProgress()).toBeCloseTo(0.4, 10);
  });

  it('lets a hold during a wait freeze the frame, and resumes only once both are over', () => {
    const { player, clock, eventsOf } = setup({ frames });
    clock.advance(1000);
    player.hold();
    player.reveal();
    expect(player.getState()).toMatchObject({ status: 'held', waiting: true });
    player.setMediaStatus('f1', 'ready');
    clock.advance(500);
    expect(player.getProgress()).toBe(0);
    player.release();
    expect(player.getState()).toMatchObject({ status: 'playing', waiting: false });
    clock.advance(100);
    expect(player.getProgress()).toBeCloseTo(0.1, 10);
    expect(eventsOf('holdend')).toHaveLength(1);
  });

  it('keeps a pause taken during a wait after the media is ready', () => {
    const { player, clock } = setup({ frames });
    clock.advance(1000);
    player.pause();
    player.setMediaStatus('f1', 'ready');
    clock.advance(500);
    expect(player.getState()).toMatchObject({ status: 'paused', waiting: false });
    expect(player.getProgress()).toBe(0);
  });

  it('waits again for media released from memory, and not for frames without media', () => {
    const { player, clock } = setup({ frames });
    player.setMediaStatus('f1', 'ready');
    player.setMediaStatus('f1', 'loading');
    player.setMediaStatus('f0', 'loading');
    expect(player.getState().waiting).toBe(false);
    clock.advance(1000);
    expect(player.getState()).toMatchObject({ frameIndex: 1, waiting: true });
  });

  it('ends a looping lap on a late first frame rather than passing it', () => {
    const { player, clock } = setup({
      frames: [frames[1], frames[0]] as EngineFrame[],
      loop: true,
    });
    player.setMediaStatus('f1', 'ready');
    clock.advance(1000);
    player.setMediaStatus('f1', 'loading');
    clock.advance(1200);
    expect(player.getState()).toMatchObject({ frameIndex: 0, waiting: true });
    expect(player.getProgress()).toBe(0);
  });

  it('takes what a previous player knew and ignores reports about unknown frames', () => {
    const { player, clock } = setup({ frames, media: new Map([['f1', 'ready' as const]]) });
    player.setMediaStatus('nope', 'ready');
    clock.advance(1000);
    clock.advance(500);
    expect(player.getState()).toMatchObject({ frameIndex: 1, waiting: false });
  });

  it('does not show the loader over an ended story', () => {
    const { player } = setup({ frames: frames.slice(0, 2) });
    player.goTo(1);
    expect(player.getState().waiting).toBe(true);
    player.next();
    expect(player.getState()).toMatchObject({ status: 'ended', waiting: false });
  });

  it('follows the frames when they are replaced', () => {
    const { player, clock } = setup({ frames: frames.map(({ awaitsMedia, ...rest }) => rest) });
    clock.advance(1000);
    expect(player.getState().waiting).toBe(false);
    player.setFrames(frames);
    expect(player.getState()).toMatchObject({ frameIndex: 1, waiting: true });
    clock.advance(1000);
    expect(player.getState().frameIndex).toBe(1);
  });
});
