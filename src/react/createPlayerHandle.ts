import type { FrameChangeCause, Player, PlayerState } from '../engine';

/**
 * A stable stand-in for the component's player. The engine is created in an effect (it needs
 * the window's clock, and StrictMode mounts twice), so the first render, the server render and
 * every command issued before mount go through this handle: reads fall back to the last known
 * state, and commands issued before the engine exists (a child's mount effect runs before its
 * parent's) wait and run, in order, when it attaches.
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
  const waiting: ((player: Player) => void)[] = [];
  const command = (run: (player: Player) => void) => (): void => {
    if (player) run(player);
    else waiting.push(run);
  };
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
      for (const run of waiting.splice(0)) run(next);
      notify();
    },
    detach(previous) {
      if (player !== previous) return;
      unsubscribe();
      unsubscribe = () => {};
      player = null;
    },
    play: command((p) => p.play()),
    pause: command((p) => p.pause()),
    hold: command((p) => p.hold()),
    release: command((p) => p.release()),
    reveal: command((p) => p.reveal()),
    conceal: command((p) => p.conceal()),
    next: (cause) => command((p) => p.next(cause))(),
    prev: (cause) => command((p) => p.prev(cause))(),
    goTo: (index, progress, cause) => command((p) => p.goTo(index, progress, cause))(),
  };
}
