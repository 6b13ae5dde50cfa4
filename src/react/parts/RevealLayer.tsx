import { type ComponentPropsWithoutRef, forwardRef, useImperativeHandle, useRef } from 'react';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { useGlimpseWindows } from '../player/useGlimpseWindows';
import { useShownMessages } from '../player/useShownMessages';
import { cx } from '../util/dom';
import { Glimpse } from './Glimpse';

const PLACEMENTS = ['top', 'center', 'bottom'] as const;

/**
 * The current frame's hidden messages: absent while playing, in once a hold reveals them (those
 * whose window holds the frozen instant, on a frame with timed messages), in
 * three slots (`data-placement`: top, center, bottom); gone at once on release, as the story
 * rushes on. Their entrance is the skin's CSS animation, staggered by `--hs-order` so they read
 * in order (none under reduced motion). Text only: story data is never parsed as HTML. With the
 * `glimpse` option, while the story plays, each message rushes by as a glimpse in its place:
 * its shape, never its words (see `Glimpse`).
 */
export const RevealLayer = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesRevealLayer({ className, ...props }, ref) {
    const { story, labels, glimpse, reading } = useStoriesContext('Stories.RevealLayer');
    const index = usePlayerState((state) => state.frameIndex);
    const revealing = usePlayerState((state) => state.revealing);
    const frame = story.frames[index];
    // Between a frame's windows nothing is lost: the viewer froze too early or too late.
    const { messages, between } = useShownMessages('Stories.RevealLayer');
    const glimpses = glimpse && !revealing && !reading ? (frame?.reveal ?? []) : [];
    const layer = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => layer.current as HTMLDivElement);
    useGlimpseWindows(layer, glimpses.length > 0 ? frame : undefined);

    return (
      <div className={cx('hs-reveal', className)} data-hs-reveal {...props} ref={layer}>
        {PLACEMENTS.map((placement) => (
          <div key={placement} className="hs-reveal-slot" data-placement={placement}>
            {between && placement === 'center' && (
              <p className="hs-message hs-message-between" data-hs-between>
                {labels.nothingHere}
              </p>
            )}
            {messages.map(({ index: at, message }, order) =>
              (message.placement ?? 'center') === placement ? (
                <div
                  // A message is its place in its frame: one that stays keeps its element.
                  key={`${frame?.id}:${at}`}
                  className="hs-message"
                  part="message"
                  data-hs-message
                  style={{ '--hs-order': order }}
                >
                  {message.from && <p className="hs-message-from">{message.from}</p>}
                  <p className="hs-message-text">{message.text}</p>
                </div>
              ) : null,
            )}
            {glimpses.map((message, at) =>
              (message.placement ?? 'center') === placement ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a message is its place in its frame
                <Glimpse key={`${frame?.id}:${at}`} message={message} index={at} />
              ) : null,
            )}
          </div>
        ))}
      </div>
    );
  },
);
RevealLayer.displayName = 'Stories.RevealLayer';
