import { useCallback, useMemo, useState } from 'react';
import type { RevealMessage, Story } from '../../story/types';

/** A video frame's cues, once its WebVTT file is read (empty when it failed). */
export type ReportCues = (frameId: string, messages: RevealMessage[]) => void;

/**
 * The story as it plays: each video frame's cues, once known, added to its messages as timed
 * ones (after the author's own). Gives the cues known so far, by frame id, and how to report them.
 */
export function useCueMessages(story: Story) {
  const [cues, setCues] = useState<ReadonlyMap<string, RevealMessage[]>>(() => new Map());
  const playing = useMemo(
    () =>
      cues.size === 0
        ? story
        : {
            ...story,
            frames: story.frames.map((frame) => {
              const timed = cues.get(frame.id);
              return frame.kind === 'video' && timed?.length
                ? { ...frame, reveal: [...(frame.reveal ?? []), ...timed] }
                : frame;
            }),
          },
    [story, cues],
  );
  const reportCues = useCallback<ReportCues>(
    (frameId, messages) =>
      setCues((known) => (known.has(frameId) ? known : new Map(known).set(frameId, messages))),
    [],
  );
  return { story: playing, cues, reportCues };
}
