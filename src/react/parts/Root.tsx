import { domMin, LazyMotion, MotionConfig } from 'framer-motion';
import {
  type CSSProperties,
  forwardRef,
  type ReactNode,
  useId,
  useImperativeHandle,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { createCommands } from '../commands';
import { createPress, DEFAULT_HOLD_DELAY } from '../createPress';
import { type LabelsOption, resolveLabels } from '../labels';
import { StoriesContext, type StoriesContextValue } from '../StoriesContext';
import { useLatest } from '../useLatest';
import { useStoryKeyboard } from '../useStoryKeyboard';
import { type StoryPlayerOptions, useStoryPlayer } from '../useStoryPlayer';
import { LiveRegion } from './LiveRegion';
import { Transcript } from './Transcript';

export interface StoriesRootProps extends StoryPlayerOptions {
  /** `'fr'`, `'en'` (default) or your own labels; every visible or spoken string comes from it. */
  labels?: LabelsOption;
  /** How long (ms) a press must last to reveal the messages. Default 300. */
  holdDelay?: number;
  /** Text direction: `'rtl'` mirrors the tap zones, the arrows and the progress. Default `'ltr'`. */
  dir?: 'ltr' | 'rtl';
  /** Esc, the Close button (and later a swipe down) call it; without it there is no Close. */
  onClose?: () => void;
  /** Added to the root element's `hs-root` class. */
  className?: string;
  /** Inline style of the root element; `--hs-*` variables are welcome here. */
  style?: CSSProperties;
  children?: ReactNode;
}

/** What a ref on `<Stories>` or `<Stories.Root>` gives. */
export interface StoriesHandle {
  play(): void;
  pause(): void;
  next(): void;
  prev(): void;
  goTo(index: number, progress?: number): void;
  hold(): void;
  release(): void;
  /** Shows the current frame's hidden messages (a hold does it after `holdDelay`). */
  reveal(): void;
  /** Hides them again. */
  conceal(): void;
}

/**
 * The player and its context; renders the labelled story region. Compose the other parts
 * inside it, or use the ready-made `<Stories>`.
 */
export const Root = forwardRef<StoriesHandle, StoriesRootProps>(function StoriesRoot(props, ref) {
  const { labels: labelsOption, dir = 'ltr', onClose, className, style, children } = props;
  const player = useStoryPlayer(props);
  const { handle, requestPaused, reading, requestReading } = player;
  const [transcriptOpen, setTranscriptOpen] = useState(false);
  const holdDelay = useLatest(checkHoldDelay(props.holdDelay));
  const [press] = useState(() => createPress(handle, () => holdDelay.current));
  const labels = useMemo(() => resolveLabels(labelsOption), [labelsOption]);
  const id = useId();
  const state = useSyncExternalStore(handle.subscribe, handle.getState, handle.getState);
  const keyboard = useStoryKeyboard(press, handle, dir, onClose);

  useImperativeHandle(ref, () => createCommands(handle, requestPaused), [handle, requestPaused]);

  const context = useMemo<StoriesContextValue>(
    () => ({
      handle,
      press,
      progress: player.progress,
      story: player.story,
      labels,
      holdDelay: holdDelay.current,
      dir,
      requestPaused,
      reading,
      requestReading,
      transcriptOpen,
      setTranscriptOpen,
      reportTone: player.reportTone,
      onClose,
      ids: { hint: `${id}-hint`, stage: `${id}-stage` },
    }),
    [
      handle,
      press,
      player.progress,
      player.story,
      player.reportTone,
      labels,
      holdDelay,
      dir,
      requestPaused,
      reading,
      requestReading,
      transcriptOpen,
      onClose,
      id,
    ],
  );

  if (player.error) {
    return (
      <section
        className={cx('hs-root', className)}
        style={style}
        data-hs-root
        data-hs-error
        dir={dir}
      >
        <p role="alert">{player.error.message}</p>
      </section>
    );
  }

  return (
    <StoriesContext.Provider value={context}>
      {/* The smallest feature bundle that renders and animates `m` components (ours and the
          render frames'); movement follows the viewer's reduced-motion setting. */}
      <LazyMotion features={domMin}>
        <MotionConfig reducedMotion="user">
          <section
            className={cx('hs-root', className)}
            style={{ ...style, ['--hs-rate' as string]: state.playbackRate }}
            dir={dir}
            aria-roledescription={labels.story}
            aria-label={player.story.title}
            data-hs-root
            data-state={state.status}
            data-revealing={state.revealing ? '' : undefined}
            data-reading={reading ? '' : undefined}
            {...keyboard}
          >
            {children}
            <Transcript />
            <p id={context.ids.hint} className="hs-sr-only">
              {labels.holdHint}
            </p>
            <LiveRegion />
          </section>
        </MotionConfig>
      </LazyMotion>
    </StoriesContext.Provider>
  );
});

function checkHoldDelay(holdDelay: number | undefined): number {
  if (holdDelay === undefined) return DEFAULT_HOLD_DELAY;
  if (Number.isFinite(holdDelay) && holdDelay >= 0) return holdDelay;
  console.warn(
    `react-hold-stories: holdDelay: expected a number of milliseconds ≥ 0, got ${holdDelay}; using ${DEFAULT_HOLD_DELAY}`,
  );
  return DEFAULT_HOLD_DELAY;
}

export function cx(...names: (string | undefined | false)[]): string {
  return names.filter(Boolean).join(' ');
}
