import type { EngineFrame } from './types';

/**
 * Whether a message's window holds `time` (its frame's ms at 1×): start inclusive, end
 * exclusive, so two windows that meet never show together; no window is the whole frame.
 */
export const windowHolds = (
  window: readonly [start: number, end: number] | null | undefined,
  time: number,
): boolean => !window || (time >= window[0] && time < window[1]);

/**
 * The messages of `frame` shown at `time` (its own ms at 1×): those whose window holds it.
 */
export function activeMessages(frame: EngineFrame, time: number): number[] {
  const active: number[] = [];
  for (let index = 0; index < (frame.messages ?? 0); index++) {
    if (windowHolds(frame.windows?.[index], time)) active.push(index);
  }
  return active;
}

/** The state of a frame whose messages are hidden. */
export const CONCEALED = { revealing: false, shownMessages: [] as readonly number[] } as const;
