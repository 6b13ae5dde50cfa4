import { type ReactNode, useRef } from 'react';
import { selectFrameCount, selectFrameIndex, usePlayerState } from '../hooks';
import { useStoriesContext } from '../StoriesContext';
import { useStagePointer } from '../useStagePointer';
import { Frame } from './Frame';
import { RevealLayer } from './RevealLayer';
import { cx } from './Root';

/**
 * The surface the viewer presses: focusable, labelled "Frame n of N", described by the hold
 * hint. Shows the current frame and its hidden messages unless given other children.
 */
export function Stage({ className, children }: { className?: string; children?: ReactNode }) {
  const { press, labels, ids } = useStoriesContext('Stories.Stage');
  const stage = useRef<HTMLDivElement>(null);
  const pointer = useStagePointer(press, stage);
  const index = usePlayerState(selectFrameIndex);
  const count = usePlayerState(selectFrameCount);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is a form group; this is a focusable story frame
    <div
      ref={stage}
      id={ids.stage}
      className={cx('hs-stage', className)}
      role="group"
      // Focusable: it takes Space (hold) and the arrows (step) like a touch takes a press.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the stage is interactive (see above)
      tabIndex={0}
      aria-label={labels.frame(index + 1, count)}
      aria-describedby={ids.hint}
      data-hs-stage
      {...pointer}
    >
      {children ?? (
        <>
          <Frame />
          <RevealLayer />
        </>
      )}
    </div>
  );
}
