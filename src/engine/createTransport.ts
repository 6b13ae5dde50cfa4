import type { Emitter } from './createEmitter';
import type { Store } from './createStore';
import { CONCEALED } from './messageWindows';
import type { PlaybackReason, PlayerEventMap, PlayerState, PlayerStatus } from './types';

export interface Transport {
  /** Playing, or held with playing to restore. */
  isPlaying(): boolean;
  /** Ended, or held at the end. */
  isAtEnd(): boolean;
  play(reason: PlaybackReason, now: number): void;
  pause(reason: PlaybackReason, now: number): void;
  end(now: number): void;
  /** Freezes: a press, Space, or the `hold()` command. Silent until the hold reveals. */
  hold(now: number): void;
  /** The held frame's messages show: from here on the freeze is a hold (`holdstart`). */
  revealed(): void;
  release(now: number): void;
}

/**
 * The status machine. A hold remembers the status it interrupted; while held, play, pause and
 * the end change what the release restores instead of the status itself.
 *
 * A freeze becomes a hold for the events only once its messages show: a tap freezes the frame
 * too (on the press, before anyone knows it is a tap), and analytics must not count it.
 */
export function createTransport(
  store: Store<PlayerState>,
  events: Emitter<PlayerEventMap>,
  syncRunning: (now: number) => void,
): Transport {
  let beforeHold: PlayerStatus = 'paused';
  let heldAt = 0;
  let announced = false;
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
      announced = false;
      set('held', now);
    },
    revealed() {
      if (status() !== 'held' || announced) return;
      announced = true;
      events.emit('holdstart', { frameIndex: frameIndex(), at: heldAt });
    },
    release(now) {
      if (status() !== 'held') return;
      store.set({ status: beforeHold, ...CONCEALED });
      syncRunning(now);
      if (!announced) return;
      announced = false;
      events.emit('holdend', { frameIndex: frameIndex(), heldMs: now - heldAt, at: now });
    },
  };
}
