import { useMemo } from 'react';
import type { RevealMessage } from '../../story/types';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';

/**
 * The current frame's messages shown now, each with its index in the frame (its identity): none unless revealing, then those whose window holds
 * the frozen instant (every one, on a frame without timed messages). Re-renders only when they
 * change.
 */
export function useShownMessages(part: string): { index: number; message: RevealMessage }[] {
  const { story } = useStoriesContext(part);
  const index = usePlayerState((state) => state.frameIndex);
  const shown = usePlayerState((state) => state.shownMessages);
  const reveal = story.frames[index]?.reveal;
  return useMemo(
    () =>
      shown.flatMap((index) => {
        const message = reveal?.[index];
        return message ? [{ index, message }] : [];
      }),
    [shown, reveal],
  );
}
