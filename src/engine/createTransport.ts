import type { Emitter } from './createEmitter';
import type { Store } from './createStore';
import type { PlaybackReason, PlayerEventMap, PlayerState, PlayerStatus } from './types';

export interface Transport {
  /** Playing, or held with playing to restore. */
  isPlaying(): boolean;
  /** Ended, or held at the end. */
  isAtEnd(): boolean;
  play(reason: PlaybackReason, now: number): void;
  pause(reason: PlaybackReason, now: number): void;
  end(now: number): void;
  hold(now: number): void;
  release(now: number): void;
}

/**
 * The status machine. A hold remembers the status it interrupted; while held, play, pause and
 * the end change what the release restores instead of the status itself.
 */
export function createTransport(
  store: Store<PlayerState>,
  events: Emitter<PlayerEventMap>,
  syncRunning: (now: number) => void,
): Transport {
  let beforeHold: PlayerStatus = 'paused';
  let heldAt = 0;
  const status = () => store.getState().status;
  const frameIndex = () => store.getState().frameIndex;
  const set = (next: PlayerStatus, now: number) => {
    store.set({ status: next });
    syncRunning(now);
  };
  /** Sets the status, or what a release restores when held. */
  const settle = (next: PlayerStatus, now: number) => {
    if (status() === 'held') beforeHold = next;
    else set(next, now);
  };

  return {
    isPlaying: () => status() === 'playing' || (status() === 'held' && beforeHold === 'playing'),
    isAtEnd: () => status() === 'ended' || (status() === 'held' && beforeHold === 'ended'),
    play(reason, now) {
      settle('playing', now);
      events.emit('play', { frameIndex: frameIndex(), reason, at: now });
    },
    pause(reason, now) {
      settle('paused', now);
      events.emit('pause', { frameIndex: frameIndex(), reason, at: now });
    },
    end: (now) => settle('ended', now),
    hold(now) {
      if (status() === 'held') return;
      beforeHold = status();
      heldAt = now;
      set('held', now);
      events.emit('holdstart', { frameIndex: frameIndex(), at: now });
    },
    release(now) {
      if (status() !== 'held') return;
      const { revealing } = store.getState();
      store.set({ status: beforeHold, revealing: false });
      syncRunning(now);
      events.emit('holdend', {
        frameIndex: frameIndex(),
        heldMs: now - heldAt,
        revealed: revealing,
        at: now,
      });
    },
  };
}
