import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type SyntheticEvent,
  useImperativeHandle,
  useRef,
} from 'react';
import { useStoriesContext } from '../context';
import { useStagePointer } from '../gestures/useStagePointer';
import { usePlayerState } from '../hooks';
import { compose, cx } from '../util/dom';
import { Action } from './Action';
import { Frame } from './Frame';
import { HoldPrompt } from './HoldPrompt';
import { RevealLayer } from './RevealLayer';

type Handler = (event: SyntheticEvent) => void;

/**
 * The surface the viewer presses: focusable, labelled "Frame n of N", described by the hold
 * hint. Shows the current frame, its hidden messages and its call to action unless given other
 * children. Handlers
 * given to it run before the gestures'; one that calls `preventDefault()` turns its gesture off.
 */
export const Stage = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesStage({ className, children, ...props }, ref) {
    const { labels, id } = useStoriesContext('Stories.Stage');
    const stage = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => stage.current as HTMLDivElement);
    const index = usePlayerState((state) => state.frameIndex);
    const count = usePlayerState((state) => state.frameCount);
    const pointer = useStagePointer(stage) as unknown as Record<string, Handler>;
    const theirs = props as Record<string, Handler | undefined>;
    const handlers: Record<string, Handler> = {};
    for (const name in pointer) handlers[name] = compose(theirs[name], pointer[name] as Handler);

    return (
      // biome-ignore lint/a11y/useSemanticElements: a fieldset is a form group; this is a focusable story frame
      <div
        id={`${id}-stage`}
        className={cx('hs-stage', className)}
        part="stage"
        role="group"
        // Focusable: it takes Space (hold) and the arrows (step) like a touch takes a press.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the stage is interactive (see above)
        tabIndex={0}
        aria-label={labels.frame(index + 1, count)}
        aria-describedby={`${id}-hint`}
        data-hs-stage
        {...props}
        {...handlers}
        ref={stage}
      >
        {children ?? (
          <>
            <Frame />
            <RevealLayer />
            <Action />
            <HoldPrompt />
          </>
        )}
      </div>
    );
  },
);
Stage.displayName = 'Stories.Stage';
