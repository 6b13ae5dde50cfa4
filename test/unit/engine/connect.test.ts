import { createManualClock, createPlayer, type PlayerEventMap } from 'react-hold-stories/engine';
import { describe, expect, it } from 'vitest';
import { makeDocument, makeFrames } from './fixtures';

/** A player made as a React render makes it: no clock, no document. */
function unconnected(options: { autoplay?: boolean } = {}) {
  const player = createPlayer({ frames: makeFrames(4), ...options });
  const changes: PlayerEventMap['framechange'][] = [];
  player.on('framechange', (event) => void changes.push(event));
  return { player, changes };
}

describe('connect and disconnect', () => {
  it('stands still until connected, then runs on the clock it is given', () => {
    const { player } = unconnected();
    const clock = createManualClock(50_000);
    expect(player.getState().status).toBe('playing');
    player.connect(clock);
    clock.advance(250);
    expect(player.getProgress()).toBe(0.25);
  });

  it('runs commands issued before it is connected, and keeps their position', () => {
    const { player } = unconnected();
    player.goTo(2, 0.5);
    player.hold();
    player.reveal();
    const clock = createManualClock(9_000);
    player.connect(clock);
    clock.advance(1000);
    expect(player.getState()).toMatchObject({ frameIndex: 2, status: 'held', revealing: true });
    player.release();
    clock.advance(100);
    expect(player.getProgress()).toBeCloseTo(0.6, 10);
  });

  it('says the first frame shown once, on the first connection', () => {
    const { player, changes } = unconnected();
    const clock = createManualClock(7);
    player.connect(clock);
    player.disconnect();
    player.connect(clock);
    expect(changes).toEqual([{ from: -1, to: 0, cause: 'start', at: 7 }]);
  });

  it('lets the clock and the document go on disconnect, and stops time where it was', () => {
    const { player } = unconnected();
    const clock = createManualClock();
    const document = makeDocument();
    player.connect(clock, document);
    clock.advance(16);
    expect(clock.pendingFrames).toBe(1);
    expect(document.listenerCount).toBe(1);
    clock.advance(300);
    player.disconnect();
    expect(clock.pendingFrames).toBe(0);
    expect(document.listenerCount).toBe(0);
    clock.advance(5000);
    expect(player.getProgress()).toBeCloseTo(0.316, 10);
    document.setVisibility('hidden');
    expect(player.getState()).toMatchObject({ status: 'playing', visible: true });
  });

  it('moves to another clock from the same position (a remount)', () => {
    const { player } = unconnected();
    const first = createManualClock(100);
    player.connect(first);
    first.advance(400);
    const second = createManualClock(1_000_000);
    player.connect(second);
    expect(first.pendingFrames).toBe(0);
    second.advance(100);
    expect(player.getProgress()).toBeCloseTo(0.5, 10);
  });

  it('reads the visibility of the document it connects to', () => {
    const { player } = unconnected();
    const document = makeDocument();
    document.visibilityState = 'hidden';
    const clock = createManualClock();
    player.connect(clock, document);
    expect(player.getState()).toMatchObject({ status: 'paused', visible: false });
    clock.advance(1000);
    expect(player.getProgress()).toBe(0);
    document.setVisibility('visible');
    expect(player.getState().status).toBe('playing');
  });

  it('connects to nothing once destroyed', () => {
    const { player, changes } = unconnected();
    player.destroy();
    const clock = createManualClock();
    player.connect(clock, makeDocument());
    expect(clock.pendingFrames).toBe(0);
    expect(changes).toEqual([]);
  });
});
