import { callSafely } from './logger';
import type { Logger } from './types';

export interface Emitter<Events extends object> {
  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void;
  off<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): void;
  emit<K extends keyof Events>(type: K, event: Events[K]): void;
  clear(): void;
}

/** A typed event map; a listener that throws is reported and skipped (see `callSafely`). */
export function createEmitter<Events extends object>(logger: Logger): Emitter<Events> {
  type AnyListener = (event: never) => void;
  const listeners = new Map<keyof Events, Set<AnyListener>>();

  function off<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): void {
    listeners.get(type)?.delete(listener as AnyListener);
  }

  return {
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener as AnyListener);
      return () => off(type, listener);
    },
    off,
    emit(type, event) {
      const set = listeners.get(type);
      if (!set) return;
      for (const listener of [...set]) {
        callSafely(logger, `a "${String(type)}" listener`, () =>
          (listener as (event: Events[typeof type]) => void)(event),
        );
      }
    },
    clear: () => listeners.clear(),
  };
}
