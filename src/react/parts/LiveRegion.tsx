import { useEffect, useState } from 'react';
import {
  selectFrameIndex,
  selectRevealed,
  selectRevealing,
  selectRevealTotal,
  selectStatus,
  usePlayerState,
} from '../hooks';
import { useStoriesContext } from '../StoriesContext';

/**
 * A polite live region that speaks a frame's messages when they are revealed, once per view:
 * silent while the story plays, and not repeated when the same frame is held again.
 */
export function LiveRegion() {
  const { story, labels } = useStoriesContext('LiveRegion');
  const frameIndex = usePlayerState(selectFrameIndex);
  const revealing = usePlayerState(selectRevealing);
  const ended = usePlayerState(selectStatus) === 'ended';
  const revealed = usePlayerState(selectRevealed);
  const total = usePlayerState(selectRevealTotal);
  const [announced, setAnnounced] = useState({ frameIndex: -1, text: '' });

  useEffect(() => {
    if (!revealing) return;
    const messages = story.frames[frameIndex]?.reveal ?? [];
    const text = messages.map((message) => labels.message(message.text, message.from)).join(' ');
    setAnnounced((previous) =>
      previous.frameIndex === frameIndex && previous.text === text
        ? previous
        : { frameIndex, text },
    );
  }, [revealing, frameIndex, story, labels]);

  // The end is said once, with what was found: the chrome's Play button alone does not tell it.
  const end = total > 0 ? `${labels.ended}. ${labels.tally(revealed, total)}` : labels.ended;
  return (
    <div className="hs-sr-only" data-hs-live aria-live="polite" aria-atomic="true">
      {ended ? end : announced.frameIndex === frameIndex ? announced.text : ''}
    </div>
  );
}
