import type { Clock } from './types';

/** A clock moved by hand: for tests, server rendering and frame-exact previews. */
export interface ManualClock extends Clock {
  /**
   * Moves time forward by `ms` and then runs, once, the frame callbacks requested before the
   * call, as a display frame at the new time would. Callbacks they request wait for the next call.
   */
  advance(ms: number): void;
  /** How many frame callbacks are waiting. */
  readonly pendingFrames: number;
}

/**
 * @param start the initial time in ms (default 0).
 * @example
 * const clock = createManualClock();
 * const player = createPlayer({ frames, clock });
 * clock.advance(16);
 */
export function createManualClock(start = 0): ManualClock {
  let time = start;
  let nextId = 1;
  const pending = new Map<number, (time: number) => void>();

  return {
    now: () => time,
    requestFrame(callback) {
      const id = nextId++;
      pending.set(id, callback);
      return id;
    },
    cancelFrame: (id) => void pending.delete(id),
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`advance(ms): expected ms ≥ 0, got ${ms}`);
      time += ms;
      const due = [...pending];
      pending.clear();
      for (const [, callback] of due) callback(time);
    },
    get pendingFrames() {
      return pending.size;
    },
  };
}
