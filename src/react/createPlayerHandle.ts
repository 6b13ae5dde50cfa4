import type { FrameChangeCause, Player, PlayerState } from '../engine';

/**
 * A stable stand-in for the component's player. The engine is created in an effect (it needs
 * the window's clock, and StrictMode mounts twice), so the first render, the server render and
 * every command issued before mount go through this handle: reads fall back to the last known
 * state, commands before mount are ignored.
 */
export interface PlayerHandle {
  readonly player: Player | null;
  getState(): PlayerState;
  subscribe(listener: () => void): () => void;
  attach(player: Player): void;
  detach(player: Player): void;
  play(): void;
  pause(): void;
  hold(): void;
  release(): void;
  reveal(): void;
  conceal(): void;
  next(cause?: FrameChangeCause): void;
  prev(cause?: FrameChangeCause): void;
  goTo(index: number, progress?: number, cause?: FrameChangeCause): void;
}

export function createPlayerHandle(initial: PlayerState): PlayerHandle {
  let player: Player | null = null;
  let lastState = initial;
  let unsubscribe = () => {};
  const listeners = new Set<() => void>();
  const notify = () => {
    if (player) lastState = player.getState();
    for (const listener of [...listeners]) listener();
  };

  return {
    get player() {
      return player;
    },
    getState: () => lastState,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attach(next) {
      unsubscribe();
      player = next;
      unsubscribe = next.subscribe(notify);
      notify();
    },
    detach(previous) {
      if (player !== previous) return;
      unsubscribe();
      unsubscribe = () => {};
      player = null;
    },
    play: () => player?.play(),
    pause: () => player?.pause(),
    hold: () => player?.hold(),
    release: () => player?.release(),
    reveal: () => player?.reveal(),
    conceal: () => player?.conceal(),
    next: (cause) => player?.next(cause),
    prev: (cause) => player?.prev(cause),
    goTo: (index, progress, cause) => player?.goTo(index, progress, cause),
  };
}
