import { createContext, useContext } from 'react';

/**
 * Something a drag moves: it follows the finger, then either commits (a story change, a close)
 * or springs back. Offsets are px along the drag's axis; velocity is px/ms.
 */
export interface DragTarget {
  /** The finger moved; `offset` is its travel along the axis since the drag began. */
  move(offset: number): void;
  /**
   * The finger came up (or the system took it, `cancelled`): commit or spring back, then call
   * `done` once the motion has settled.
   */
  end(offset: number, velocity: number, cancelled: boolean, done?: () => void): void;
}

/** What an enclosing collection offers the stage's gestures and the keyboard. */
export interface SwipeContextValue {
  /** Sideways drags: the previous / next story. */
  sideways?: DragTarget;
  /** Drags down: close (the whole collection follows the finger). */
  down?: DragTarget;
  /**
   * Moves to the previous (-1) or next (+1) story; false when there is none (the caller then
   * does its frame-level default).
   */
  stepStory?(delta: -1 | 1, cause: 'tap' | 'key' | 'api'): boolean;
  /** The current story's place in the collection. */
  position?: { index: number; count: number };
}

export const SwipeContext = createContext<SwipeContextValue | null>(null);

export function useSwipeContext(): SwipeContextValue | null {
  return useContext(SwipeContext);
}
