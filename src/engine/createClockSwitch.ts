import type { Clock } from './types';

/** Time that never moves: a frame requested from it never comes. */
const STILL: Clock = { now: () => 0, requestFrame: () => 0, cancelFrame() {} };

/** A clock whose source can be swapped: the player's loop keeps one reference to it. */
export interface ClockSwitch extends Clock {
  /** Reads time from `clock` from now on; without one, time stands still. */
  use(clock?: Clock): void;
}

/**
 * The player's time source. It starts on `initial`, or on a manual clock that never moves, so a
 * player created during a server render (or a React render) shows its first frame and nothing
 * runs until a real clock is connected. The caller stops everything that runs on the old clock
 * before swapping and starts it again after: positions are kept, clock origins are not compared.
 */
export function createClockSwitch(initial?: Clock): ClockSwitch {
  let current = initial ?? STILL;
  return {
    now: () => current.now(),
    requestFrame: (callback) => current.requestFrame(callback),
    cancelFrame: (id) => current.cancelFrame(id),
    use(clock) {
      current = clock ?? STILL;
    },
  };
}
