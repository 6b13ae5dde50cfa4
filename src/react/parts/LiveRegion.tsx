import { type ComponentPropsWithoutRef, forwardRef, useEffect, useState } from 'react';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { useShownMessages } from '../player/useShownMessages';
import { cx } from '../util/dom';

/**
 * A polite live region that speaks a question when it shows, and a frame's messages when they
 * are revealed (on a frame with timed messages, those of the instant, or that there is nothing
 * at this instant): silent while the story plays, and not repeated when the same frame is held
 * again on the same messages. The end is said once, with the tally of messages found.
 */
export const LiveRegion = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesLiveRegion({ className, ...props }, ref) {
    const { story, labels } = useStoriesContext('Stories.LiveRegion');
    const frameIndex = usePlayerState((state) => state.frameIndex);
    const revealing = usePlayerState((state) => state.revealing);
    const { messages: shown, between } = useShownMessages('Stories.LiveRegion');
    const ended = usePlayerState((state) => state.status === 'ended');
    const revealed = usePlayerState((state) => state.revealed);
    const total = usePlayerState((state) => state.revealTotal);
    const [announced, setAnnounced] = useState({ frameIndex: -1, text: '' });

    useEffect(() => {
      const frame = story.frames[frameIndex];
      // A question is said when it shows: the story waits on it.
      const question = frame?.kind === 'choice' ? frame.question : '';
      if (!revealing && !question) return;
      const said = shown.map(({ message }) => labels.message(message.text, message.from));
      // A hold between a frame's windows says so, as the note on screen does.
      const text = [question, ...said, between ? labels.nothingHere : ''].filter(Boolean).join(' ');
      setAnnounced((previous) =>
        previous.frameIndex === frameIndex && previous.text === text
          ? previous
          : { frameIndex, text },
      );
    }, [revealing, shown, between, frameIndex, story, labels]);

    // The end is said once, with what was found: the chrome's Play button alone does not tell it.
    const end = total > 0 ? `${labels.ended}. ${labels.tally(revealed, total)}` : labels.ended;
    return (
      <div
        className={cx('hs-sr-only', className)}
        data-hs-live
        aria-live="polite"
        aria-atomic="true"
        {...props}
        ref={ref}
      >
        {ended ? end : announced.frameIndex === frameIndex ? announced.text : ''}
      </div>
    );
  },
);
LiveRegion.displayName = 'Stories.LiveRegion';
