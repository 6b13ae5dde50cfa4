import { describeValue } from '../story/issues';
import type { Timeline } from './createTimeline';
import { layoutFrames } from './layoutFrames';
import { warnOnceEach } from './logger';
import type { EngineFrame, FlashGuard, Logger } from './types';
import { validateFrames, validatePlaybackRate } from './validate';

/**
 * The frames laid out at the playback rate, through the flash guard. Replaced whole when the
 * frames or the rate change; the player carries its position across (see `carryPosition`).
 */
export interface Layout {
  readonly timeline: Timeline;
  frame(index: number): EngineFrame;
  /**
   * Validates and lays out other frames and/or another (already checked) rate; returns the new
   * timeline without making it current (the caller carries the position over, then calls `use`).
   * @throws TypeError naming the field.
   */
  make(frames: readonly EngineFrame[], rate: number): Timeline;
  use(timeline: Timeline): void;
  /** @throws RangeError when `index` is not a whole number in range, naming `path`. */
  checkIndex(index: number, path: string): number;
}

export function createLayout(
  frames: readonly EngineFrame[],
  rate: number,
  guard: FlashGuard,
  logger: Logger,
): Layout {
  // The flash guard runs again on every relayout (new tones, another rate): say each finding once.
  const guardLogger = warnOnceEach(logger);
  const make = (next: readonly EngineFrame[], nextRate: number) =>
    layoutFrames(validateFrames(next), nextRate, guard, guardLogger);
  let timeline = make(frames, validatePlaybackRate(rate));

  return {
    get timeline() {
      return timeline;
    },
    frame: (index) => timeline.frames[index] as EngineFrame,
    make,
    use(next) {
      timeline = next;
    },
    checkIndex(index, path) {
      if (Number.isInteger(index) && index >= 0 && index < timeline.count) return index;
      throw new RangeError(
        `${path}: expected a whole number from 0 to ${timeline.count - 1}, got ${describeValue(index)}`,
      );
    },
  };
}
