import { m } from 'framer-motion';
import { selectFrameIndex, selectRevealing, usePlayerState } from '../hooks';
import { useStoriesContext } from '../StoriesContext';
import type { RevealMessage } from '../types';

const PLACEMENTS = ['top', 'center', 'bottom'] as const;

// Quick enough to read at once, slow enough to be seen arriving; staggered so they read in order.
const FROM = { opacity: 0, y: 14, scale: 0.96 };
const ENTER = { opacity: 1, y: 0, scale: 1 };
const ENTER_S = 0.22;
const STAGGER_S = 0.08;

/**
 * The current frame's hidden messages: absent while playing, animated in once a hold reveals
 * them, in three slots (top, center, bottom); gone at once on release, as the story rushes on.
 * Text only: story data is never parsed as HTML.
 */
export function RevealLayer({ className }: { className?: string }) {
  const { story } = useStoriesContext('Stories.RevealLayer');
  const index = usePlayerState(selectFrameIndex);
  const revealing = usePlayerState(selectRevealing);
  const frame = story.frames[index];
  const messages = revealing && frame ? (frame.reveal ?? []) : [];

  return (
    <div className={className ? `hs-reveal ${className}` : 'hs-reveal'} data-hs-reveal>
      {PLACEMENTS.map((placement) => (
        <div key={placement} className="hs-reveal-slot" data-placement={placement}>
          {messages.map((message, order) =>
            (message.placement ?? 'center') === placement ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: a message is its position in its frame
              <Message key={`${frame?.id}:${order}`} message={message} order={order} />
            ) : null,
          )}
        </div>
      ))}
    </div>
  );
}

function Message({ message, order }: { message: RevealMessage; order: number }) {
  return (
    <m.div
      className="hs-message"
      data-hs-message
      initial={FROM}
      animate={ENTER}
      transition={{ duration: ENTER_S, ease: 'easeOut', delay: order * STAGGER_S }}
    >
      {message.from && <p className="hs-message-from">{message.from}</p>}
      <p className="hs-message-text">{message.text}</p>
    </m.div>
  );
}
