import type { EngineFrame, PlayerEventMap } from 'react-hold-stories/engine';
import { describe, expect, it } from 'vitest';
import { setup } from './fixtures';

const frames: EngineFrame[] = [
  { id: 'photo', duration: 1000, awaitsMedia: true },
  { id: 'clip', duration: 1000, awaitsMedia: true },
  { id: 'card', duration: 1000 },
];

function withErrors(options: Parameters<typeof setup>[0] = {}) {
  const result = setup({ frames, ...options });
  const errors: PlayerEventMap['error'][] = [];
  result.player.on('error', (event) => errors.push(event));
  return { ...result, errors };
}

describe('media errors', () => {
  it('opens the gate, marks the frame failed and fires error with the frame and the source', () => {
    const { player, clock, errors } = withErrors();
    clock.advance(300);
    player.reportMediaError('photo', { kind: 'image', src: '/broken.jpg' });
    expect(player.getState()).toMatchObject({ waiting: false, mediaFailed: true });
    expect(errors).toEqual([
      { frameIndex: 0, frameId: 'photo', kind: 'image', src: '/broken.jpg', at: 300 },
    ]);
    // The frame then plays its whole duration, from where the wait stood.
    clock.advance(999);
    expect(player.getState().frameIndex).toBe(0);
    clock.advance(1);
    expect(player.getState()).toMatchObject({ frameIndex: 1, mediaFailed: false, waiting: true });
  });

  it('fires once per frame, and a failure is final', () => {
    const { player, clock, errors } = withErrors();
    player.reportMediaError('photo', { kind: 'image', src: '/broken.jpg' });
    player.reportMediaError('photo', { kind: 'image', src: '/broken.jpg' });
    player.setMediaStatus('photo', 'loading');
    player.setMediaStatus('photo', 'ready');
    expect(errors).toHaveLength(1);
    expect(player.getState()).toMatchObject({ waiting: false, mediaFailed: true });
    player.goTo(2);
    player.goTo(0);
    expect(player.getState()).toMatchObject({ waiting: false, mediaFailed: true });
    clock.advance(10);
    expect(errors).toHaveLength(1);
  });

  it('reports a failure found while preloading, with the frame it belongs to', () => {
    const { player, errors } = withErrors();
    player.reportMediaError('clip', { kind: 'video', src: '/clip.webm' });
    expect(errors).toEqual([
      { frameIndex: 1, frameId: 'clip', kind: 'video', src: '/clip.webm', at: 0 },
    ]);
    expect(player.getState()).toMatchObject({ frameIndex: 0, mediaFailed: false, waiting: true });
  });

  it('plays a story whose every media fails to its end, on time', () => {
    const { player, clock, errors, eventsOf } = withErrors();
    player.reportMediaError('photo', { kind: 'image', src: '/a.jpg' });
    player.reportMediaError('clip', { kind: 'video', src: '/b.webm' });
    for (let t = 0; t < 3100; t += 16) clock.advance(16);
    expect(player.getState().status).toBe('ended');
    expect(eventsOf('ended')).toEqual([{ frameIndex: 2, at: 3000 }]);
    expect(errors).toHaveLength(2);
  });

  it('ignores unknown frames and reports made after destroy', () => {
    const { player, errors } = withErrors();
    player.reportMediaError('nope', { kind: 'image', src: '/x.jpg' });
    player.destroy();
    player.reportMediaError('photo', { kind: 'image', src: '/x.jpg' });
    expect(errors).toEqual([]);
  });

  it('starts a new player on what the previous one knew, without firing again', () => {
    const { player, errors } = withErrors({ media: new Map([['photo', 'failed' as const]]) });
    player.reportMediaError('photo', { kind: 'image', src: '/broken.jpg' });
    expect(errors).toEqual([]);
    expect(player.getState()).toMatchObject({ waiting: false, mediaFailed: true });
  });
});
