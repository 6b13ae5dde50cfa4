import { callSafely } from './logger';
import type { Logger, TickListener } from './types';

export interface TickChannel {
  add(listener: TickListener): () => void;
  emit(progress: number, frameIndex: number): void;
  clear(): void;
}

/**
 * The continuous channel, apart from the store: progress goes to its listeners on every display
 * frame without committing state, so a React tree subscribed to the store does not re-render.
 */
export function createTickChannel(logger: Logger): TickChannel {
  const listeners = new Set<TickListener>();
  return {
    add(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(progress, frameIndex) {
      for (const listener of [...listeners]) {
        callSafely(logger, 'a tick listener', () => listener(progress, frameIndex));
      }
    },
    clear: () => listeners.clear(),
  };
}
