import type { EngineFrame, MediaStatus } from './types';

/** What is known of a frame's media once it has been settled: shown, or given up on. */
export type MediaOutcome = 'ready' | 'failed';

/**
 * The wait gate's memory: which frames' media are ready and which failed. A frame that does not
 * `awaitsMedia` is always ready; one that does waits until it is reported ready or failed. A
 * failure is final (the frame plays its fallback and never waits again), so `error` fires once.
 */
export interface MediaGate {
  /** True when the frame's time may run: no media to wait for, or ready, or failed. */
  isReady(frame: EngineFrame): boolean;
  hasFailed(frameId: string): boolean;
  /** Records a status; returns whether anything changed (a failed frame stays failed). */
  set(frameId: string, status: MediaStatus | 'failed'): boolean;
  /** Forgets the frames that are no longer in the story. */
  keep(frames: readonly EngineFrame[]): void;
}

/** @param known outcomes already settled, e.g. by a previous player of the same story. */
export function createMediaGate(known?: ReadonlyMap<string, MediaOutcome>): MediaGate {
  const outcomes = new Map<string, MediaOutcome>(known);

  return {
    isReady: (frame) => !frame.awaitsMedia || outcomes.has(frame.id),
    hasFailed: (frameId) => outcomes.get(frameId) === 'failed',
    set(frameId, status) {
      const before = outcomes.get(frameId);
      if (before === 'failed') return false;
      if (status === 'loading') return outcomes.delete(frameId);
      outcomes.set(frameId, status);
      return before !== status;
    },
    keep(frames) {
      const ids = new Set(frames.map((frame) => frame.id));
      for (const id of outcomes.keys()) if (!ids.has(id)) outcomes.delete(id);
    },
  };
}
