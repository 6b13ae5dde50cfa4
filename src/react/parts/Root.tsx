import { domMin, LazyMotion, MotionConfig } from 'framer-motion';
import {
  type CSSProperties,
  forwardRef,
  type ReactNode,
  useCallback,
  useId,
  useImperativeHandle,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { createCommands } from '../commands';
import { createPress, DEFAULT_HOLD_DELAY } from '../createPress';
import { type LabelsOption, resolveLabels } from '../labels';
import { MediaContext, type MediaContextValue } from '../media/MediaContext';
import { StoriesContext, type StoriesContextValue } from '../StoriesContext';
import type { Story } from '../types';
import { useControllableState } from '../useControllableState';
import { PRELOAD_AHEAD } from '../useImagePreload';
import { useLatest } from '../useLatest';
import { useStoryKeyboard } from '../useStoryKeyboard';
import { type StoryPlayerOptions, useStoryPlayer } from '../useStoryPlayer';
import { warnOnce } from '../warnOnce';
import { LiveRegion } from './LiveRegion';
import { Transcript } from './Transcript';

export interface StoriesRootProps extends StoryPlayerOptions {
  /** `'fr'`, `'en'` (default) or your own labels; every visible or spoken string comes from it. */
  labels?: LabelsOption;
  /** How long (ms) a press must last to reveal the messages. Default 300. */
  holdDelay?: number;
  /** Text direction: `'rtl'` mirrors the tap zones, the arrows and the progress. Default `'ltr'`. */
  dir?: 'ltr' | 'rtl';
  /** Esc, the Close button and a drag down call it; without it there is no Close. */
  onClose?: () => void;
  /** Added to the root element's `hs-root` class. */
  className?: string;
  /** Inline style of the root element; `--hs-*` variables are welcome here. */
  style?: CSSProperties;
  /**
   * How many frames ahead images are fetched and decoded before they show (one behind is kept
   * too; the others are let go, so memory stays bounded). Default 2. A frame whose image is
   * still late waits for it, progress paused, with a loader after 300 ms.
   */
  preloadAhead?: number;
  /** Controlled sound of video frames (true: muted); pair it with `onMutedChange`. */
  muted?: boolean;
  /** Uncontrolled start. Default true: videos start muted, the viewer turns the sound on. */
  defaultMuted?: boolean;
  /** Called when the viewer turns the sound on or off (the mute toggle), or autoplay forced it off. */
  onMutedChange?: (muted: boolean) => void;
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
  const media = useMediaState(props, player.story, player.media, player.reportDuration);

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
      <MediaContext.Provider value={media}>
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
              data-waiting={state.waiting ? '' : undefined}
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
      </MediaContext.Provider>
    </StoriesContext.Provider>
  );
});

/** The media parts' context: preloading, the wait gate's registry, and the sound of videos. */
function useMediaState(
  props: StoriesRootProps,
  story: Story,
  registry: MediaContextValue['registry'],
  reportDuration: MediaContextValue['reportDuration'],
): MediaContextValue {
  const [muted, setMuted] = useControllableState({
    value: props.muted,
    defaultValue: props.defaultMuted ?? true,
    onChange: props.onMutedChange,
  });
  const [soundBlocked, setSoundBlocked] = useState(false);
  const preloadAhead = checkPreloadAhead(props.preloadAhead);
  const hasVideo = useMemo(() => story.frames.some((frame) => frame.kind === 'video'), [story]);
  const requestMuted = useCallback(
    (next: boolean) => {
      if (!next) setSoundBlocked(false);
      setMuted(next);
    },
    [setMuted],
  );
  const blockSound = useCallback(() => {
    setSoundBlocked(true);
    setMuted(true);
  }, [setMuted]);
  return useMemo(
    () => ({
      registry,
      preloadAhead,
      muted,
      requestMuted,
      soundBlocked,
      blockSound,
      reportDuration,
      hasVideo,
    }),
    [
      registry,
      preloadAhead,
      muted,
      requestMuted,
      soundBlocked,
      blockSound,
      reportDuration,
      hasVideo,
    ],
  );
}

function checkPreloadAhead(ahead: number | undefined): number {
  if (ahead === undefined) return PRELOAD_AHEAD;
  if (Number.isInteger(ahead) && ahead >= 0) return ahead;
  warnOnce(
    `preloadAhead: expected a whole number of frames ≥ 0, got ${ahead}; using ${PRELOAD_AHEAD}`,
  );
  return PRELOAD_AHEAD;
}

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
