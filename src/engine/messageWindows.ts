import type { EngineFrame } from './types';

/**
 * The messages of `frame` shown at `time` (its own ms at 1×): those without a window, and those
 * whose window holds `time` — start inclusive, end exclusive, so two windows that meet never
 * show together.
 */
export function activeMessages(frame: EngineFrame, time: number): number[] {
  const active: number[] = [];
  for (let index = 0; index < (frame.messages ?? 0); index++) {
    const window = frame.windows?.[index];
    if (!window || (time >= window[0] && time < window[1])) active.push(index);
  }
  return active;
}

/** The state of a frame whose messages are hidden. */
export const CONCEALED = { revealing: false, shownMessages: [] as readonly number[] } as const;
