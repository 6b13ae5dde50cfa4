import type { EngineFrame } from './types';

/**
 * The frames laid out in display time at one playback rate: frame `i` shows from `start(i)` for
 * `span(i)` ms. Positions are display ms from the story's start, so the instant a frame ends is a
 * sum of durations, never an accumulation of ticks.
 */
export interface Timeline {
  readonly frames: readonly EngineFrame[];
  readonly count: number;
  /** Display length of the whole story, in ms. */
  readonly total: number;
  start(index: number): number;
  span(index: number): number;
  /** The rate frame `index` plays at: the story's, or slower where it is capped. */
  rate(index: number): number;
  indexOf(id: string): number;
  /** The frame showing at `position`, searched forward from `from` (the usual case). */
  locate(position: number, from: number): number;
  /** The current frame's progress, clamped to [0, 1]. */
  progressAt(position: number, index: number): number;
  /** The position of `progress` (0→1) inside frame `index`. */
  positionOf(index: number, progress: number): number;
}

/**
 * Where a position lands in another layout of the story (another rate, or other frames): the
 * same frame, found by id, at the same progress; when that frame is gone, the frame now at its
 * index, from its start. Time already past the frame's end (the display frame that will notice
 * the boundary has not come yet) is carried past the new end as it is: a layout change between
 * two display frames never loses time.
 */
export function carryPosition(
  from: Timeline,
  to: Timeline,
  at: { index: number; position: number },
): { index: number; position: number; sameFrame: boolean } {
  const id = from.frames[at.index]?.id ?? '';
  const kept = to.indexOf(id);
  if (kept === -1) {
    const index = Math.min(at.index, to.count - 1);
    return { index, position: to.start(index), sameFrame: false };
  }
  const overshoot = Math.max(0, at.position - from.start(at.index + 1));
  const progress = from.progressAt(at.position, at.index);
  return { index: kept, position: to.positionOf(kept, progress) + overshoot, sameFrame: true };
}

/**
 * @param rateCaps per frame, the fastest rate it may play at (the flash guard's); a frame plays
 *   at `min(playbackRate, cap, frame.maxRate)`.
 */
export function createTimeline(
  frames: readonly EngineFrame[],
  playbackRate: number,
  rateCaps: readonly number[] = [],
): Timeline {
  const count = frames.length;
  const rateOf = (index: number) =>
    Math.min(playbackRate, rateCaps[index] ?? playbackRate, frames[index]?.maxRate ?? playbackRate);
  const spans = frames.map((frame, index) => frame.duration / rateOf(index));
  const starts = new Array<number>(count + 1);
  starts[0] = 0;
  // Durations at full rate are summed at 1× and divided once, so an uncapped story's `total` is
  // exactly Σ duration / rate; only the slowed frames add their own spans.
  let fullRateSum = 0;
  let slowedSpans = 0;
  frames.forEach((frame, index) => {
    if (rateOf(index) === playbackRate) fullRateSum += frame.duration;
    else slowedSpans += spans[index] as number;
    starts[index + 1] = fullRateSum / playbackRate + slowedSpans;
  });
  const ids = new Map(frames.map((frame, index) => [frame.id, index]));

  const start = (index: number): number => starts[index] ?? 0;
  const span = (index: number): number => spans[index] ?? 0;

  return {
    frames,
    count,
    total: start(count),
    start,
    span,
    rate: rateOf,
    indexOf: (id) => ids.get(id) ?? -1,
    locate(position, from) {
      let index = Math.min(Math.max(from, 0), count - 1);
      while (index > 0 && position < start(index)) index--;
      while (index < count - 1 && position >= start(index + 1)) index++;
      return index;
    },
    progressAt(position, index) {
      const progress = (position - start(index)) / span(index);
      return Math.min(Math.max(progress, 0), 1);
    },
    positionOf(index, progress) {
      return progress >= 1 ? start(index + 1) : start(index) + progress * span(index);
    },
  };
}
