import type { RevealMessage } from '../../story/types';

/** Words drawn at most, and the longest bar (in characters): the shape, never the text. */
const MAX_WORDS = 32;
const MAX_CHARS = 12;

/**
 * A hidden message glimpsed while the story rushes on (the `glimpse` option): its bubble in its
 * place, each word a streak as long as the word — the shape of a message, never its letters,
 * so it cannot be read at any rate, paused or not. Decorative: the story's hint and the
 * transcript say what there is to find. The hold shows the message itself.
 */
export function Glimpse({ message, index }: { message: RevealMessage; index: number }) {
  const words = message.text.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  return (
    <div
      className="hs-glimpse"
      part="glimpse"
      data-hs-glimpse={index}
      // A timed one waits for its window (`useGlimpseWindows` shows it as the frame plays).
      hidden={!!message.at}
      aria-hidden="true"
    >
      {message.from && <Streak chars={message.from.length} from />}
      <span className="hs-glimpse-text">
        {words.map((word, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the words of one message, in order
          <Streak key={index} chars={word.length} />
        ))}
      </span>
    </div>
  );
}

function Streak({ chars, from }: { chars: number; from?: boolean }) {
  return (
    <span
      className="hs-glimpse-word"
      data-from={from ? '' : undefined}
      style={{ '--hs-chars': Math.min(Math.max(chars, 1), MAX_CHARS) }}
    />
  );
}
