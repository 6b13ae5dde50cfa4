import type { EngineFrame } from './types';

/**
 * Remembers which hidden messages were revealed: in all (the discovery tally) and in the
 * current view of the frame, so `reveal` fires once per message per view (a timed message, once
 * its window is held).
 */
export interface RevealLog {
  readonly revealed: number;
  readonly total: number;
  /** Marks these messages of the frame revealed; returns those new to this view. */
  reveal(frame: EngineFrame, messages: readonly number[]): number[];
  /** Starts a new view (the frame changed). */
  newView(): void;
  /** Drops what no longer exists after the frames were replaced. */
  setFrames(frames: readonly EngineFrame[]): void;
}

export function createRevealLog(initialFrames: readonly EngineFrame[]): RevealLog {
  const key = (frameId: string, message: number) => `${frameId}#${message}`;
  let frames = initialFrames;
  let total = countMessages(frames);
  let revealed = new Set<string>();
  let inView = new Set<string>();

  return {
    get revealed() {
      return revealed.size;
    },
    get total() {
      return total;
    },
    reveal(frame, messages) {
      const fresh: number[] = [];
      for (const message of messages) {
        const id = key(frame.id, message);
        if (inView.has(id)) continue;
        inView.add(id);
        revealed.add(id);
        fresh.push(message);
      }
      return fresh;
    },
    newView: () => inView.clear(),
    setFrames(next) {
      frames = next;
      total = countMessages(frames);
      const valid = new Set(
        frames.flatMap((frame) =>
          Array.from({ length: frame.messages ?? 0 }, (_, m) => key(frame.id, m)),
        ),
      );
      revealed = new Set([...revealed].filter((id) => valid.has(id)));
      inView = new Set([...inView].filter((id) => valid.has(id)));
    },
  };
}

function countMessages(frames: readonly EngineFrame[]): number {
  return frames.reduce((sum, frame) => sum + (frame.messages ?? 0), 0);
}
