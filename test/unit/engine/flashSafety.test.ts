import {
  analyzeFlashes,
  createManualClock,
  createPlayer,
  type EngineFrame,
  relativeLuminance,
} from 'react-hold-stories/engine';
import { describe, expect, it, vi } from 'vitest';

const sequence = (
  luminances: number[],
  duration = 500,
  key: 'luminance' | 'saturatedRed' = 'luminance',
) => luminances.map((value, index): EngineFrame => ({ id: `f${index}`, duration, [key]: value }));
const blackWhite = (count: number) => sequence(Array.from({ length: count }, (_, i) => i % 2));

/** Plays the story to its end on a 60 Hz clock; returns when each frame showed and its luminance. */
function playThrough(frames: EngineFrame[], rate: number, flashGuard?: 'slow' | 'warn' | 'off') {
  const clock = createManualClock();
  const logger = { warn: vi.fn(), error: vi.fn() };
  const player = createPlayer({ frames, playbackRate: rate, clock, flashGuard, logger });
  const shown = [{ at: 0, luminance: frames[0]?.luminance ?? 0 }];
  player.on('framechange', ({ to, at }) =>
    shown.push({ at, luminance: frames[to]?.luminance ?? 0 }),
  );
  while (player.getState().status !== 'ended') clock.advance(1000 / 60);
  return { shown, warn: logger.warn, end: clock.now() };
}

/** The most flashes (pairs of opposing transitions) seen in any one-second window. */
function worstFlashesPerSecond(shown: { at: number; luminance: number }[]): number {
  const cuts = shown
    .slice(1)
    .filter((cut, i) => Math.abs(cut.luminance - (shown[i]?.luminance ?? 0)) >= 0.1);
  let worst = 0;
  for (const cut of cuts)
    worst = Math.max(worst, cuts.filter((c) => c.at >= cut.at && c.at < cut.at + 1000).length);
  return worst / 2;
}

describe('flash guard', () => {
  it('slows a black / white alternation at 8× to three flashes a second at most', () => {
    const frames = blackWhite(40);
    expect(worstFlashesPerSecond(playThrough(frames, 8, 'off').shown)).toBeGreaterThan(3);
    const { shown, warn } = playThrough(frames, 8);
    expect(worstFlashesPerSecond(shown)).toBeLessThanOrEqual(3);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('frames f1 to f38 (38) flash 8 times a second at ×8'),
    );
    expect(warn.mock.calls[0]?.[0]).toContain('slowed');
  });

  it('keeps full speed for frames of similar luminance', () => {
    const frames = sequence(Array.from({ length: 40 }, (_, i) => 0.2 + (i % 2) * 0.05));
    const { end, warn } = playThrough(frames, 8);
    expect(end).toBeLessThan((40 * 500) / 8 + 20);
    expect(warn).not.toHaveBeenCalled();
  });

  it('only warns with flashGuard="warn", and does nothing with "off"', () => {
    const frames = blackWhite(40);
    const warned = playThrough(frames, 8, 'warn');
    expect(worstFlashesPerSecond(warned.shown)).toBeGreaterThan(3);
    expect(warned.warn.mock.calls[0]?.[0]).toContain('not slowed');
    expect(playThrough(frames, 8, 'off').warn).not.toHaveBeenCalled();
  });

  it('catches red flashes between frames of the same luminance', () => {
    const frames = sequence(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? 0.9 : 0)),
      500,
      'saturatedRed',
    );
    const analysis = analyzeFlashes(frames, 8);
    expect(analysis.maxFlashesPerSecond.red).toBeGreaterThan(3);
    expect(analysis.offending[0]).toMatchObject({ kind: 'red', from: 1 });
    expect(analysis.safeRate).toBeCloseTo(3000 / 1000, 10);
  });

  it('reports the safe rate: seven opposing transitions must span a second', () => {
    const analysis = analyzeFlashes(blackWhite(20), 1);
    // Cuts every 500 ms at 1×: seven of them span 3,000 ms, so up to 3× is safe.
    expect(analysis.safeRate).toBe(3);
    expect(analysis.offending).toEqual([]);
    expect(analyzeFlashes(blackWhite(20), 4).offending).toHaveLength(1);
  });

  it('counts a staircase in one direction as one change', () => {
    const analysis = analyzeFlashes(sequence([0, 0.2, 0.4, 0.6, 0.8, 1, 0]), 100);
    expect(analysis.transitions.map((t) => t.frameIndex)).toEqual([1, 6]);
  });

  it('ignores changes whose darker side is light (both above 0.8)', () => {
    expect(analyzeFlashes(sequence([0.85, 1, 0.85, 1, 0.85, 1, 0.85, 1]), 50).transitions).toEqual(
      [],
    );
  });

  it('computes WCAG relative luminance', () => {
    expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1, 10);
    expect(relativeLuminance(0, 0, 0)).toBe(0);
    expect(relativeLuminance(128, 128, 128)).toBeCloseTo(0.2158, 3);
  });

  it('rejects a luminance outside [0, 1] naming the field', () => {
    expect(() => createPlayer({ frames: [{ id: 'a', duration: 1, luminance: 2 }] })).toThrow(
      'frames[0].luminance: expected a number from 0 to 1, got 2',
    );
  });
});

describe('flash guard warnings', () => {
  it('says a finding once per player, however often the frames are laid out again', () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const frames = blackWhite(40);
    const player = createPlayer({ frames, playbackRate: 8, clock: createManualClock(), logger });
    player.setFrames(frames.map((frame) => ({ ...frame })));
    player.setFrames(frames.map((frame) => ({ ...frame })));
    expect(logger.warn).toHaveBeenCalledTimes(1);
    player.setPlaybackRate(6);
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });
});
