import type { Frame } from 'react-hold-stories';
import { describe, expect, it } from 'vitest';
import {
  effectiveSpans,
  MAX_IMAGES_AHEAD,
  PRELOAD_HORIZON_MS,
  planPreload,
  planStartLead,
  START_LEAD_MS,
} from '../../../src/react/media/planPreload';

const images = (count: number, duration: number): Frame[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `f${i}`,
    kind: 'image',
    duration,
    src: `/f${i}.jpg`,
    alt: `Frame ${i}`,
  }));

const plan = (
  frames: Frame[],
  index: number,
  {
    rate = 1,
    loop = false,
    minAhead = 2,
  }: { rate?: number; loop?: boolean; minAhead?: number } = {},
) =>
  planPreload({
    spans: effectiveSpans(frames, rate, new Map()),
    index,
    loop,
    minAhead,
    hasImage: (at) => frames[at]?.kind === 'image',
  });

describe('what the preloader keeps: the next 1.5 s of playback', () => {
  it('keeps the frames starting in the 1.5 s after the current one ends, then the one behind', () => {
    // 100 ms frames at 1×: the 15 frames of the next 1.5 s.
    const frames = images(40, 100);
    expect(PRELOAD_HORIZON_MS).toBe(1500);
    expect(plan(frames, 5)).toEqual([5, ...range(6, 20), 4]);
  });

  it('looks further in frames as the rate rises (1-second frames at 8× last 125 ms)', () => {
    const frames = images(40, 1000);
    expect(plan(frames, 0)).toEqual([0, 1, 2]);
    expect(plan(frames, 0, { rate: 8 })).toEqual([0, ...range(1, 12)]);
  });

  it('keeps at least preloadAhead frames, however long they last', () => {
    const frames = images(10, 5000);
    expect(plan(frames, 3, { minAhead: 2 })).toEqual([3, 4, 5, 2]);
    expect(plan(frames, 3, { minAhead: 0 })).toEqual([3, 4, 2]);
    expect(plan(frames, 3, { minAhead: 4 })).toEqual([3, 4, 5, 6, 7, 2]);
  });

  it('holds at most 24 images ahead, or preloadAhead if it asks for more', () => {
    // 500 frames of 25 ms at 8×: 1.5 s would be 480 frames.
    const frames = images(500, 25);
    expect(MAX_IMAGES_AHEAD).toBe(24);
    expect(plan(frames, 100, { rate: 8 })).toHaveLength(1 + 24 + 1);
    expect(plan(frames, 100, { rate: 8, minAhead: 30 })).toHaveLength(1 + 30 + 1);
  });

  it('counts only frames with an image against the cap', () => {
    const frames: Frame[] = images(60, 25).map((frame, i) =>
      i % 2 ? { id: frame.id, kind: 'card', duration: 25, background: '#111', alt: 'Card' } : frame,
    );
    const kept = plan(frames, 0, { rate: 8 });
    expect(kept.filter((at) => at > 0 && frames[at]?.kind === 'image')).toHaveLength(24);
    expect(kept.length).toBeGreaterThan(24 + 20);
  });

  it('goes on from the first frame when the story loops, and stops at its end otherwise', () => {
    const frames = images(40, 1000);
    expect(plan(frames, 39, { rate: 8, loop: true })).toEqual([39, ...range(0, 11), 38]);
    expect(plan(frames, 39, { rate: 8 })).toEqual([39, 38]);
    // A short story that loops: every frame once, never twice.
    expect(plan(images(4, 100), 2, { loop: true })).toEqual([2, 3, 0, 1]);
  });
});

describe('the time frames last, as the player shows them', () => {
  it('divides by the rate', () => {
    expect(effectiveSpans(images(3, 1000), 8, new Map())).toEqual([125, 125, 125]);
  });

  it('stretches the frames the flash guard slows: fewer of them fill 1.5 s', () => {
    // Black and white cards of 100 ms: at 8× they would flash 40 times a second.
    const strobe: Frame[] = Array.from({ length: 60 }, (_, i) => ({
      id: `s${i}`,
      kind: 'image',
      duration: 100,
      src: `/s${i}.jpg`,
      alt: 'Strobe',
    }));
    const tones = new Map(
      strobe.map((frame, i) => [frame.id, { luminance: i % 2, saturatedRed: 0 }]),
    );
    const spans = effectiveSpans(strobe, 8, tones);
    // Seven cuts take at least a second: a frame between cuts lasts a sixth of a second or more.
    for (const span of spans.slice(1, 50)) expect(span).toBeGreaterThanOrEqual(1000 / 6);
    const kept = planPreload({
      spans,
      index: 0,
      loop: false,
      minAhead: 2,
      hasImage: () => true,
    });
    expect(kept).toEqual([0, ...range(1, 9)]);
    // With the guard off ('warn', 'off'), nothing is slowed: 12.5 ms frames, the cap of images.
    for (const guard of ['warn', 'off'] as const) {
      expect(effectiveSpans(strobe, 8, tones, guard).slice(1, 50)).toEqual(Array(49).fill(12.5));
    }
    // Without the tones (not measured yet), the plan is the one of 12.5 ms frames: the cap.
    expect(plan(strobe, 0, { rate: 8 })).toHaveLength(25);
  });

  it('keeps a video no faster than its own cap', () => {
    const video: Frame = { id: 'v', kind: 'video', duration: 1600, src: '/v.mp4', alt: 'Clip' };
    const [span] = effectiveSpans([video], 32, new Map());
    expect(span).toBe(100);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('what the first frame waits for: the next 250 ms', () => {
  const input = (frames: Frame[], index: number, rate: number) => ({
    spans: effectiveSpans(frames, rate, new Map()),
    index,
    loop: false,
    minAhead: 2,
    hasImage: (at: number) => frames[at]?.kind === 'image',
  });

  it('is the frames ahead starting in the 250 ms after the first one ends, never the first', () => {
    expect(START_LEAD_MS).toBe(250);
    // 320 ms frames at 8×: 40 ms each, so the seven that start within the next 250 ms.
    expect(planStartLead(input(images(40, 320), 0, 8))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('is at least minAhead frames, and never the one behind a later start', () => {
    expect(planStartLead(input(images(40, 1000), 5, 1))).toEqual([6, 7]);
  });
});
