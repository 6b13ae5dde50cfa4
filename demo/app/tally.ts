import { useSyncExternalStore } from 'react';

/**
 * The discovery tally: which hidden messages the viewer has revealed, as
 * `storyId:frameId:messageIndex` keys, fed by the player's `onReveal` events. A tiny store of
 * its own, so a discovery re-renders the counter, not the player.
 */
export interface Tally {
  add(storyId: string, frameId: string, messageIndex: number): void;
  /** Messages found in all, or in one story. */
  count(storyId?: string): number;
  subscribe(listener: () => void): () => void;
  /** A number that changes whenever a message is found; the snapshot for `useSyncExternalStore`. */
  version(): number;
}

export function createTally(): Tally {
  const found = new Set<string>();
  const listeners = new Set<() => void>();
  let version = 0;
  return {
    add(storyId, frameId, messageIndex) {
      const key = `${storyId}:${frameId}:${messageIndex}`;
      if (found.has(key)) return;
      found.add(key);
      version++;
      for (const listener of listeners) listener();
    },
    count(storyId) {
      if (storyId === undefined) return found.size;
      let count = 0;
      for (const key of found) if (key.startsWith(`${storyId}:`)) count++;
      return count;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}

/** Re-renders the caller when a message is found. */
export function useTally(tally: Tally): Tally {
  useSyncExternalStore(tally.subscribe, tally.version, tally.version);
  return tally;
}

/** "5 / 57 messages découverts": the participle agrees with « messages ». */
export function tallyText(found: number, total: number): string {
  return `${found}\u00a0/\u00a0${total} message${total > 1 ? 's' : ''} découvert${total > 1 ? 's' : ''}`;
}
