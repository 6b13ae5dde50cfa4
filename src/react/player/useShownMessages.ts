import { useMemo } from 'react';
import type { RevealMessage } from '../../story/types';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';

/** What a reveal shows of the current frame. */
export interface ShownMessages {
  /** The messages shown, each with its index in the frame (its identity): none unless revealing,
   * then those whose window holds the frozen instant (every one, without timed messages). */
  messages: { index: number; message: RevealMessage }[];
  /** A reveal between a frame's windows: nothing at this instant (the note says so). */
  between: boolean;
}

/** The current frame's messages shown now. Re-renders only when they change. */
export function useShownMessages(part: string): ShownMessages {
  const { story } = useStoriesContext(part);
  const index = usePlayerState((state) => state.frameIndex);
  const revealing = usePlayerState((state) => state.revealing);
  const shown = usePlayerState((state) => state.shownMessages);
  const reveal = story.frames[index]?.reveal;
  return useMemo(() => {
    const messages = shown.flatMap((at) => {
      const message = reveal?.[at];
      return message ? [{ index: at, message }] : [];
    });
    const timed = !!reveal?.some((message) => message.at);
    return { messages, between: revealing && messages.length === 0 && timed };
  }, [shown, reveal, revealing]);
}
