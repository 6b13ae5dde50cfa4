import { useEffect, useId, useRef } from 'react';
import { useStoriesContext } from '../StoriesContext';

/**
 * Every frame's text alternative and hidden messages, in order: the whole story without time
 * or gestures. A modal `<dialog>` (focus moves in, Esc closes, the story behind is inert); the
 * story stays frozen while it is open.
 */
export function Transcript() {
  const { story, labels, handle, transcriptOpen, setTranscriptOpen } =
    useStoriesContext('Transcript');
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element || !transcriptOpen) return;
    handle.hold();
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
      handle.release();
    };
  }, [handle, transcriptOpen]);

  return (
    <dialog
      ref={dialog}
      className="hs-transcript"
      data-hs-transcript
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        setTranscriptOpen(false);
      }}
    >
      {transcriptOpen && (
        <>
          <div className="hs-transcript-header">
            <h2 id={titleId}>{labels.transcriptTitle(story.title)}</h2>
            <button
              type="button"
              className="hs-transcript-close"
              onClick={() => setTranscriptOpen(false)}
            >
              {labels.closeTranscript}
            </button>
          </div>
          <ol className="hs-transcript-frames">
            {story.frames.map((frame, index) => (
              <li key={frame.id}>
                <h3>{labels.frame(index + 1, story.frames.length)}</h3>
                <p>{frame.alt}</p>
                {frame.reveal && frame.reveal.length > 0 && (
                  <ul>
                    {frame.reveal.map((message, order) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a message is its position in its frame
                      <li key={order}>{labels.message(message.text, message.from)}</li>
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
}
