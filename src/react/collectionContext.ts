import { createContext, useContext } from 'react';
import type { ChangeCause } from '../engine';
import type { DragTarget } from './gestures/dragIntent';

/** What a collection tells each of its stories: where it is, and how to move between stories. */
export interface CollectionContextValue {
  /** This story's id and place in the collection: added to its events and its error paths. */
  storyId: string;
  storyIndex: number;
  /** How many stories the collection has. */
  count: number;
  /** Sideways drags: the previous / next story. */
  sideways: DragTarget;
  /** Drags down: close (the whole collection follows the finger), when it can be closed. */
  down?: DragTarget;
  /**
   * Moves to the previous (-1) or next (+1) story; false when there is none (the caller then
   * does its frame-level default).
   */
  stepStory(delta: -1 | 1, cause: ChangeCause): boolean;
}

export const CollectionContext = createContext<CollectionContextValue | null>(null);

/** The enclosing collection's view of this story, or null for a story on its own. */
export const useCollection = (): CollectionContextValue | null => useContext(CollectionContext);
