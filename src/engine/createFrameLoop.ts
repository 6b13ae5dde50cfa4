import type { Clock } from './types';

export interface FrameLoop {
  readonly active: boolean;
  /** Requests `onFrame` for every display frame until `stop()`. Idempotent. */
  start(): void;
  stop(): void;
}

/**
 * One pending display-frame request at most, re-requested after each frame. The next request
 * is made before `onFrame` runs so that a throwing frame never ends the loop.
 */
export function createFrameLoop(clock: Clock, onFrame: (time: number) => void): FrameLoop {
  let request: number | null = null;

  const frame = (time: number) => {
    request = clock.requestFrame(frame);
    onFrame(time);
  };

  return {
    get active() {
      return request !== null;
    },
    start() {
      if (request === null) request = clock.requestFrame(frame);
    },
    stop() {
      if (request === null) return;
      clock.cancelFrame(request);
      request = null;
    },
  };
}
