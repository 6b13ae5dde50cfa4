import { type KeyboardEvent, useRef, useState } from 'react';
import type { ChoiceFrame } from '../../story/types';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';

/** Arrow keys → a step through the options (left and right mirrored in RTL). */
const STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, ArrowRight: 1, ArrowLeft: -1 };

/**
 * A `choice` frame: its question, and its options as real buttons in a labelled group with
 * radio semantics (one tab stop; the arrows move between the options, Enter or Space chooses).
 * An answer is final: the group turns read-only, the chosen option is checked and its feedback
 * shows (spoken too) until the viewer moves on; a quiz also shows which option was right.
 */
export function Choice({ frame }: { frame: ChoiceFrame }) {
  const { player, labels, dir, id } = useStoriesContext('Stories.Frame');
  const chosen = usePlayerState((state) => state.answers.get(frame.id));
  const [focused, setFocused] = useState(chosen ?? 0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const answered = chosen !== undefined;
  const quiz = frame.options.some((option) => option.correct);
  const question = `${id}-question`;

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEPS[event.key];
    if (!step) return;
    // The arrows are the group's here: handled, so the story's keyboard leaves them alone.
    event.preventDefault();
    const mirrored = dir === 'rtl' && event.key.endsWith('t') ? -step : step;
    const count = frame.options.length;
    const next = (focused + mirrored + count) % count;
    setFocused(next);
    buttons.current[next]?.focus();
  };

  return (
    <div
      className="hs-choice"
      part="choice"
      style={{ background: frame.background }}
      data-answered={answered ? '' : undefined}
    >
      <p className="hs-sr-only">{frame.alt}</p>
      <p id={question} className="hs-choice-question">
        {frame.question}
      </p>
      <div
        role="radiogroup"
        aria-labelledby={question}
        aria-readonly={answered || undefined}
        className="hs-choice-options"
        onKeyDown={onKeyDown}
      >
        {frame.options.map((option, index) => (
          // biome-ignore lint/a11y/useSemanticElements: an answer is final; a native radio would be chosen by an arrow key on the way to another option
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: an option is its place in its question
            key={index}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            role="radio"
            aria-checked={chosen === index}
            tabIndex={index === focused ? 0 : -1}
            className="hs-choice-option"
            data-hs-option
            data-chosen={chosen === index ? '' : undefined}
            data-correct={answered && quiz && option.correct ? '' : undefined}
            onFocus={() => setFocused(index)}
            onClick={() => player.answer(index)}
          >
            {option.label}
            {answered && (chosen === index || (quiz && option.correct)) && (
              <span className="hs-choice-badge">
                {chosen === index ? labels.yourAnswer : labels.rightAnswer}
              </span>
            )}
          </button>
        ))}
      </div>
      <p className="hs-choice-feedback" aria-live="polite">
        {answered ? frame.options[chosen]?.feedback : null}
      </p>
    </div>
  );
}
