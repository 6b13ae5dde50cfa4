import type { Clock } from './types';

/** The part of `window` a display clock needs. */
export interface WindowLike {
  readonly performance: { now(): number };
  requestAnimationFrame(callback: (time: number) => void): number;
  cancelAnimationFrame(id: number): void;
}

/**
 * The browser's display clock: `performance.now()` and `requestAnimationFrame` of the window it
 * is given (the engine takes no globals). Both share one time origin, so frame timestamps and
 * `now()` can be compared.
 * @example createPlayer({ frames, clock: createWindowClock(window), document })
 */
export function createWindowClock(view: WindowLike): Clock {
  return {
    now: () => view.performance.now(),
    requestFrame: (callback) => view.requestAnimationFrame(callback),
    cancelFrame: (id) => view.cancelAnimationFrame(id),
  };
}
