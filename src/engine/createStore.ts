export interface Store<State extends object> {
  getState(): State;
  /** Calls `listener` after every committed change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Merges `patch`; commits (new object, listeners called) only when a value really changed. */
  set(patch: Partial<State>): void;
  clear(): void;
}

/** A minimal external store shaped for React's `useSyncExternalStore`. */
export function createStore<State extends object>(initial: State): Store<State> {
  let state = initial;
  const listeners = new Set<() => void>();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(patch) {
      const keys = Object.keys(patch) as (keyof State)[];
      if (keys.every((key) => Object.is(state[key], patch[key]))) return;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener();
    },
    clear: () => listeners.clear(),
  };
}
