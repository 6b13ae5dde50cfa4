import type { Frame } from 'react-hold-stories';
import { describeWindow, holdsAt, listMessages, seconds } from './messageTimes';

interface MessageReadingsProps {
  frame: Frame;
  /** The instant inspected, in the frame's ms at 1×. */
  time: number;
  /** What the player shows (`shownMessages`), once it has said; undefined while it reveals nothing. */
  playerShown?: readonly number[];
}

/**
 * The frame's hidden messages at the inspected instant: which ones a hold shows there, by the
 * windows in the data (`at`), what the player itself shows, and each message with its window.
 */
export function MessageReadings({ frame, time, playerShown }: MessageReadingsProps) {
  const messages = frame.reveal ?? [];
  if (messages.length === 0) return <p data-sb-active>No hidden messages on this frame.</p>;
  const active = messages.flatMap((message, index) => (holdsAt(message, time) ? [index] : []));
  const timed = messages.some((message) => message.at);
  const agrees = playerShown === undefined || String(playerShown) === String(active);

  return (
    <>
      <p data-sb-active>
        {active.length > 0
          ? `A hold here shows ${listMessages(active)}.`
          : 'A hold here shows none: it falls between the windows, so the player shows its quiet note instead.'}
      </p>
      <p className="sb-inspector-note">
        The player shows{' '}
        <span data-sb-player-shown>
          {playerShown === undefined
            ? 'no messages (not revealing: change the time to freeze it again)'
            : playerShown.length === 0
              ? 'none'
              : listMessages(playerShown)}
        </span>
        {!agrees && <span className="sb-inspector-warn"> — not what the windows above say</span>}
      </p>
      <ol className="sb-inspector-messages" data-sb-messages>
        {messages.map((message, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: a message is its position in its frame
            key={index}
            data-state={holdsAt(message, time) ? 'shown' : 'hidden'}
          >
            <span className="sb-inspector-window">{describeWindow(message)}</span>{' '}
            {holdsAt(message, time) ? '· shown' : `· not at ${seconds(time)}`}
            <br />
            {message.from ? `${message.from}: ` : ''}
            {message.text}{' '}
            <span className="sb-inspector-placement">({message.placement ?? 'center'})</span>
          </li>
        ))}
      </ol>
      {!timed && (
        <p className="sb-inspector-note">
          No message has a window (`at`): all hold for the whole frame.
        </p>
      )}
    </>
  );
}
