import type { MediaFailure, MediaOutcome, MediaStatus, Player } from '../../engine';

/**
 * What the component's media elements say about readiness, on the way to the engine. It
 * outlives players: the engine is created in an effect (and twice under StrictMode), while an
 * image may be decoded before that or between the two. Settled media are remembered and handed
 * to each new player (`known`); a failure seen before any player exists is delivered on
 * `attach`, so `error` still fires, once.
 */
export interface MediaRegistry {
  /** Media settled so far, for a new player's `media` option. */
  readonly known: ReadonlyMap<string, MediaOutcome>;
  /** The player reports go to; `null` between players. */
  attach(player: Player | null): void;
  setStatus(frameId: string, status: MediaStatus): void;
  fail(frameId: string, failure: MediaFailure): void;
  /** A video's position (ms), so its clock drives its frame. Dropped when no player listens. */
  syncTime(frameId: string, mediaTime: number): void;
  /** True once the frame's media failed (it is not loaded again). */
  hasFailed(frameId: string): boolean;
}

export function createMediaRegistry(): MediaRegistry {
  const known = new Map<string, MediaOutcome>();
  const undelivered = new Map<string, MediaFailure>();
  let player: Player | null = null;
  const hasFailed = (frameId: string) =>
    known.get(frameId) === 'failed' || undelivered.has(frameId);

  return {
    known,
    attach(next) {
      player = next;
      if (!next) return;
      for (const [frameId, failure] of undelivered) {
        known.set(frameId, 'failed');
        next.reportMediaError(frameId, failure);
      }
      undelivered.clear();
    },
    setStatus(frameId, status) {
      if (hasFailed(frameId)) return;
      if (status === 'ready') known.set(frameId, 'ready');
      else known.delete(frameId);
      player?.setMediaStatus(frameId, status);
    },
    fail(frameId, failure) {
      if (hasFailed(frameId)) return;
      if (!player) {
        // Not in `known` yet: a player created meanwhile must still fire `error` for it.
        undelivered.set(frameId, failure);
        return;
      }
      known.set(frameId, 'failed');
      player.reportMediaError(frameId, failure);
    },
    syncTime: (frameId, mediaTime) => player?.syncMediaTime(frameId, mediaTime),
    hasFailed,
  };
}
