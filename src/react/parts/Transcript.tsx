import {
  type ComponentPropsWithoutRef,
  forwardRef,
  useEffect,
  useImperativeHandle,
  useRef,
} from 'react';
import type { ChoiceFrame } from '../../story/types';
import { useStoriesContext } from '../context';
import { compose, cx } from '../util/dom';

/** A time in a frame as a clock reads it: 4,200 ms → "0:04". */
const clockTime = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** A question in the transcript: the question, each option with its feedback. */
function ChoiceText({ frame }: { frame: ChoiceFrame }) {
  const { labels } = useStoriesContext('Stories.Transcript');
  return (
    <>
      <p>{frame.question}</p>
      <ul>
        {frame.options.map((option, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an option is its place in its question
          <li key={index}>
            {option.label}
            {option.correct && ` (${labels.rightAnswer})`}
            {option.feedback && ` — ${option.feedback}`}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Every frame's text alternative, question, link and hidden messages, in order: the whole story without time
 * or gestures. A modal `<dialog>` opened by the chrome's Transcript button (focus moves in, Esc
 * closes, the story behind is inert); the story stays frozen while it is open.
 */
export const Transcript = forwardRef<HTMLDialogElement, ComponentPropsWithoutRef<'dialog'>>(
  function StoriesTranscript({ className, ...props }, ref) {
    const { story, labels, player, transcript, setTranscript, id } =
      useStoriesContext('Stories.Transcript');
    const dialog = useRef<HTMLDialogElement>(null);
    useImperativeHandle(ref, () => dialog.current as HTMLDialogElement);

    useEffect(() => {
      const element = dialog.current;
      if (!element || !transcript) return;
      player.hold();
      if (element.showModal) element.showModal();
      else element.setAttribute('open', '');
      return () => {
        if (element.close) element.close();
        else element.removeAttribute('open');
        player.release();
      };
    }, [player, transcript]);

    return (
      <dialog
        className={cx('hs-transcript', className)}
        data-hs-transcript
        aria-labelledby={`${id}-transcript`}
        {...props}
        onCancel={compose(props.onCancel, (event) => {
          event.preventDefault();
          setTranscript(false);
        })}
        ref={dialog}
      >
        {transcript && (
          <>
            <div className="hs-transcript-header">
              <h2 id={`${id}-transcript`}>{labels.transcriptTitle(story.title)}</h2>
              <button
                type="button"
                className="hs-transcript-close"
                onClick={() => setTranscript(false)}
              >
                {labels.closeTranscript}
              </button>
            </div>
            <ol className="hs-transcript-frames">
              {story.frames.map((frame, index) => (
                <li key={frame.id}>
                  <h3>{labels.frame(index + 1, story.frames.length)}</h3>
                  <p>{frame.alt}</p>
                  {frame.kind === 'choice' && <ChoiceText frame={frame} />}
                  {frame.cta && (
                    <p>
                      <a href={frame.cta.href}>{frame.cta.label}</a>
                    </p>
                  )}
                  {!!frame.reveal?.length && (
                    <ul>
                      {frame.reveal.map((message, order) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a message is its position in its frame
                        <li key={order}>
                          {message.at
                            ? labels.timed(
                                clockTime(message.at[0]),
                                labels.message(message.text, message.from),
                              )
                            : labels.message(message.text, message.from)}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </dialog>
    );
  },
);
Transcript.displayName = 'Stories.Transcript';
