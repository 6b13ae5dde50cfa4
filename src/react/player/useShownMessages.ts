import { useMemo } from 'react';
import type { RevealMessage } from '../../story/types';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';

/**
 * The current frame's messages shown now: none unless revealing, then those whose window holds
 * the frozen instant (every one, on a frame without timed messages). Re-renders only when they
 * change.
 */
export function useShownMessages(part: string): RevealMessage[] {
  const { story } = useStoriesContext(part);
  const index = usePlayerState((state) => state.frameIndex);
  const shown = usePlayerState((state) => state.shownMessages);
  const reveal = story.frames[index]?.reveal;
  return useMemo(
    () => shown.map((at) => reveal?.[at]).filter((message) => message !== undefined),
    [shown, reveal],
  );
}
