// Real time, real requestAnimationFrame: what the manual-clock unit tests cannot show.
// Bounds are loose on purpose (headless Chromium on 2 busy cores): behaviour, not milliseconds.
import { createPlayer, createWindowClock, type EngineFrame } from 'react-hold-stories/engine';
import { afterEach, describe, expect, test } from 'vitest';

const frames = (count: number, duration: number): EngineFrame[] =>
  Array.from({ length: count }, (_, i) => ({ id: `f${i}`, duration }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nextAnimationFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

const players: { destroy(): void }[] = [];
afterEach(() => {
  for (const player of players.splice(0)) player.destroy();
});

function start(story: EngineFrame[], playbackRate: number) {
  const player = createPlayer({ frames: story, playbackRate });
  players.push(player);
  // What a host does once the story is on screen: time and the page's visibility come in here.
  player.connect(createWindowClock(window), document);
  return player;
}

describe('engine on a real window clock', () => {
  test('frames advance and `ended` fires after about Σduration / rate', async () => {
    // 5 × 200 ms at 2× plays in 500 ms.
    const story = frames(5, 200);
    const expectedMs = (5 * 200) / 2;
    const startedAt = performance.now();
    const player = start(story, 2);
    const seen = [player.getState().frameIndex];
    player.subscribe(() => {
      const { frameIndex } = player.getState();
      if (frameIndex !== seen.at(-1)) seen.push(frameIndex);
    });
    const endedAfter = await new Promise<number>((resolve) => {
      player.on('ended', () => resolve(performance.now() - startedAt));
    });

    // Forward only, through the middle frames, to the last one. A stalled tick may skip a
    // frame, so the exact sequence is not asserted.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(story.length - 1);
    // Never early; late only by scheduling.
    expect(endedAfter).toBeGreaterThan(expectedMs * 0.9);
    expect(endedAfter).toBeLessThan(expectedMs * 4);
    expect(player.getState().status).toBe('ended');
  });

  test('hold() freezes progress across animation frames while time runs', async () => {
    // Long frames, so that even a stalled page is still inside the story when it holds.
    const player = start(frames(5, 1000), 1);
    await sleep(100);
    player.hold();
    expect(player.getState().status).toBe('held');

    const frozen = player.getProgress();
    const { frameIndex } = player.getState();
    for (let i = 0; i < 6; i++) await nextAnimationFrame();
    await sleep(100);
    expect(player.getProgress()).toBe(frozen);
    expect(player.getState().frameIndex).toBe(frameIndex);

    player.release();
    await sleep(100);
    expect(player.getState().status).toBe('playing');
    expect(player.getProgress()).toBeGreaterThan(frozen);
  });
});
