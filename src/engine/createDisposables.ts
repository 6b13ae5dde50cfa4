export interface Disposables {
  /** Registers a cleanup; it runs once, in reverse order of registration, on `dispose()`. */
  add(cleanup: () => void): void;
  dispose(): void;
}

/** One bag for every listener and request the player owns, emptied by `destroy()`. */
export function createDisposables(): Disposables {
  const cleanups: (() => void)[] = [];
  return {
    add: (cleanup) => void cleanups.push(cleanup),
    dispose() {
      while (cleanups.length > 0) cleanups.pop()?.();
    },
  };
}
