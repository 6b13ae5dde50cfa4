import { useEffect, useState } from 'react';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { ICONS, icon } from './icons';

/**
 * The `holdPrompt` option: a small "Hold to read" on the stage, until the viewer's first hold or
 * until they hide it (its button, ignored by the stage's gestures), just above the controls. Not
 * in reading mode, where nothing needs holding, nor over a question or a call to action (whose
 * place it would take). Screen readers have the stage's own hint; the prompt is for the eyes.
 */
export function HoldPrompt() {
  const { holdPrompt, player, labels, reading, story } = useStoriesContext('Stories.Stage');
  const revealing = usePlayerState((state) => state.revealing);
  // A question takes the frame, a call to action its bottom: no prompt over either.
  const busy = usePlayerState((state) => {
    const frame = story.frames[state.frameIndex];
    return frame?.kind === 'choice' || !!frame?.cta;
  });
  const [done, setDone] = useState(false);
  useEffect(
    () => (holdPrompt ? player.on('holdstart', () => setDone(true)) : undefined),
    [holdPrompt, player],
  );
  if (!holdPrompt || done || reading || revealing || busy) return null;
  return (
    <div className="hs-hold-prompt" data-hs-hold-prompt>
      <span aria-hidden="true">{labels.holdPrompt}</span>
      <button
        type="button"
        className="hs-hold-prompt-hide"
        aria-label={labels.hidePrompt}
        title={labels.hidePrompt}
        onClick={() => setDone(true)}
      >
        {icon(ICONS.close, 16)}
      </button>
    </div>
  );
}
