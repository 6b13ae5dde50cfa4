import { type MotionValue, useMotionValue } from 'framer-motion';
import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  createPlayer,
  createWindowClock,
  type FlashGuard,
  type Player,
  type PlayerEventMap,
  type PlayerState,
} from '../engine';
import { isPositiveFinite } from '../engine/validate';
import { createPlayerHandle, type PlayerHandle } from './createPlayerHandle';
import type { FrameTone } from './frameTone';
import { createMediaRegistry, type MediaRegistry } from './media/createMediaRegistry';
import { useMeasuredFrames } from './media/useMeasuredFrames';
import type { RevealMessage, Story } from './types';
import { useLatest } from './useLatest';
import { type ReadingModeOptions, useReadingMode } from './useReadingMode';
import { toEngineFrames, validateStory } from './validateStory';
import { warnOnce } from './warnOnce';

export interface StoryPlayerEvents {
  /** The frame changed; `cause` says why (auto, tap, key, swipe, api). */
  onFrameChange?: (event: PlayerEventMap['framechange']) => void;
  /** A press or Space froze the frame (a tap is a hold shorter than `holdDelay`). */
  onHoldStart?: (event: PlayerEventMap['holdstart']) => void;
  /** The frame runs again; `heldMs` is how long it was frozen, `revealed` if messages showed. */
  onHoldEnd?: (event: PlayerEventMap['holdend']) => void;
  /** A hidden message was shown: once per message per view of its frame. */
  onReveal?: (event: PlayerEventMap['reveal'] & { message: RevealMessage }) => void;
  /** Playback started: `reason` is `command` or `visibility` (the page showed again). */
  onPlay?: (event: PlayerEventMap['play']) => void;
  /** Playback stopped: `reason` is `command` or `visibility` (the page was hidden). */
  onPause?: (event: PlayerEventMap['pause']) => void;
  /** The last frame ran out. */
  onEnded?: (event: PlayerEventMap['ended']) => void;
  /**
   * A frame's image or video failed to load: `{ frameIndex, frameId, kind, src, at }`, once per
   * frame (maybe while it was preloaded, before it showed). The frame shows its `alt` text
   * instead and the story goes on after the frame's duration.
   */
  onError?: (event: PlayerEventMap['error']) => void;
}

export interface StoryPlayerOptions extends StoryPlayerEvents, ReadingModeOptions {
  /** The story to play: frames, durations, messages. Validated; see `validateStory`. */
  story: Story;
  /** Fast-forward factor. Default: the story's own `playbackRate`, else 1. */
  playbackRate?: number;
  /** Play again from the start after the last frame. Default false. */
  loop?: boolean;
  /** Controlled frame index; pair it with `onFrameIndexChange`. */
  frameIndex?: number;
  /** Uncontrolled starting frame. Default 0. */
  defaultFrameIndex?: number;
  /** Called with the new frame index on every frame change (and asked first when controlled). */
  onFrameIndexChange?: (frameIndex: number) => void;
  /**
   * Keeps cuts under three flashes a second (WCAG 2.3.1): `'slow'` the offending frames
   * (default), only `'warn'` in development, or `'off'`. Read when the player mounts.
   */
  flashGuard?: FlashGuard;
  /** Controlled pause (the viewer's, not a hold); pair it with `onPausedChange`. */
  paused?: boolean;
  /** Uncontrolled: start paused. Default false. */
  defaultPaused?: boolean;
  /** Called when the viewer pauses or plays (Pause button, ref); not for holds. */
  onPausedChange?: (paused: boolean) => void;
}

export interface StoryPlayer {
  /** Commands and state; safe before mount and after unmount. */
  handle: PlayerHandle;
  /** The current frame's progress, 0→1, updated every display frame without a React render. */
  progress: MotionValue<number>;
  /** The last valid story (a bad update keeps the previous one playing). */
  story: Story;
  /** Why the story cannot play, when the very first story given is invalid. */
  error: Error | null;
  /** The viewer asks to pause or play: through `onPausedChange` when controlled. */
  requestPaused(paused: boolean): void;
  /** Gives the flash guard a frame's measured tone (images, once decoded). */
  reportTone(frameId: string, tone: FrameTone): void;
  /** Readiness and failures of the frames' media, for the wait gate (see `createPlayer`). */
  media: MediaRegistry;
  /** Gives the player a video's length (ms) from its metadata: the frame then lasts that long. */
  reportDuration(frameId: string, duration: number): void;
  /** True in reading mode: no fast-forward, messages shown without holding. */
  reading: boolean;
  /** The viewer turns reading mode on or off: through `onReadingModeChange` when controlled. */
  requestReading(on: boolean): void;
}

/**
 * The headless player: creates one engine per mounted component (on the window's display
 * clock, paused while the page is hidden), keeps it in step with the props, and forwards its
 * events. Renders only when the committed state changes.
 */
export function useStoryPlayer(options: StoryPlayerOptions): StoryPlayer {
  const latest = useLatest(options);
  const checked = useCheckedStory(options.story);
  const story = checked.story;
  const [media] = useState(createMediaRegistry);
  const rate = usePlaybackRate(options.playbackRate ?? story?.playbackRate ?? 1);
  const loop = options.loop ?? false;
  const progress = useMotionValue(0);

  const [handle] = useState(() =>
    createPlayerHandle(
      story
        ? initialState({
            // Nothing is measured before the first render.
            frames: toEngineFrames(story.frames),
            rate,
            loop,
            frameIndex: options.frameIndex ?? options.defaultFrameIndex ?? 0,
            paused: options.paused ?? options.defaultPaused ?? false,
          })
        : EMPTY_STATE,
    ),
  );

  const measured = useMeasuredFrames(story, handle);
  const { frames, reportTone, reportDuration } = measured;

  const playable = frames.length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one engine per mount; the effects below sync the props
  useEffect(() => {
    if (!playable) return;
    // Created here, not during render: it needs the window's clock, and StrictMode's second
    // mount must get a fresh engine that starts from the state the first one left.
    const known = handle.getState();
    // Before a first valid story the handle holds a placeholder: start from the props then.
    const fresh = known.frameCount === 0;
    const player = createPlayer({
      // With the tones and lengths measured so far: a remount (StrictMode) must not forget them.
      frames: measured.current(),
      playbackRate: rate,
      loop,
      frameIndex: fresh
        ? clampIndex(options.frameIndex ?? options.defaultFrameIndex ?? 0, frames.length)
        : Math.min(known.frameIndex, frames.length - 1),
      autoplay: fresh
        ? !(options.paused ?? options.defaultPaused ?? false)
        : known.status === 'playing',
      flashGuard: options.flashGuard,
      clock: createWindowClock(window),
      document,
      // Media already decoded (or failed) for an earlier player: no second wait, no second error.
      media: media.known,
    });
    forwardEvents(player, latest, progress);
    handle.attach(player);
    media.attach(player);
    return () => {
      media.attach(null);
      handle.detach(player);
      player.destroy();
    };
  }, [playable]);

  useEffect(() => handle.player?.setFrames(frames), [handle, frames]);
  useEffect(() => handle.player?.setPlaybackRate(rate), [handle, rate]);
  useEffect(() => handle.player?.setLoop(loop), [handle, loop]);
  const state = useSyncedState(handle);
  const [reading, requestReading] = useReadingMode(handle, state.frameIndex, options);
  // While reading, the story waits on each frame: a controlled `paused={false}` must not restart it.
  useControlledSync(
    handle,
    state,
    options.frameIndex,
    reading ? undefined : options.paused,
    frames.length,
  );

  const requestPaused = (paused: boolean) => {
    const { paused: controlled, onPausedChange } = latest.current;
    if (controlled === undefined) {
      if (paused) handle.pause();
      else handle.play();
    }
    onPausedChange?.(paused);
  };

  return {
    handle,
    progress,
    story: story ?? EMPTY_STORY,
    error: checked.error,
    requestPaused,
    reportTone,
    media,
    reportDuration,
    reading,
    requestReading,
  };
}

const EMPTY_STORY: Story = { id: 'empty', title: '', frames: [] };
const EMPTY_STATE: PlayerState = {
  status: 'paused',
  frameIndex: 0,
  frameId: '',
  frameCount: 0,
  playbackRate: 1,
  loop: false,
  visible: true,
  revealing: false,
  revealed: 0,
  revealTotal: 0,
  waiting: false,
  mediaFailed: false,
  frameRate: 1,
};

/** The state a player would start in, computed by the engine itself (no clock, no document). */
function initialState(options: {
  frames: ReturnType<typeof toEngineFrames>;
  rate: number;
  loop: boolean;
  frameIndex: number;
  paused: boolean;
}): PlayerState {
  const player = createPlayer({
    frames: options.frames,
    playbackRate: options.rate,
    loop: options.loop,
    frameIndex: clampIndex(options.frameIndex, options.frames.length),
    autoplay: !options.paused,
    // Only its state is wanted: the real player runs the flash guard and says what it finds.
    flashGuard: 'off',
  });
  const state = player.getState();
  player.destroy();
  return state;
}

/** A rate the engine accepts: a bad prop is reported and the last good rate (or 1) kept. */
function usePlaybackRate(candidate: number): number {
  const [good, setGood] = useState(isPositiveFinite(candidate) ? candidate : 1);
  if (isPositiveFinite(candidate)) {
    if (candidate !== good) setGood(candidate);
    return candidate;
  }
  warnOnce(`playbackRate: expected a positive number, got ${candidate}; playing at ×${good}`);
  return good;
}

function clampIndex(index: number, count: number): number {
  return Number.isInteger(index) ? Math.min(Math.max(index, 0), count - 1) : 0;
}

interface CheckedStory {
  candidate: Story;
  story: Story | null;
  error: Error | null;
}

/**
 * Validates each new story. A bad first story is an error to show; a bad later one is reported
 * and the previous story keeps playing, so no state is lost.
 */
function useCheckedStory(candidate: Story): CheckedStory {
  const [checked, setChecked] = useState(() => check(candidate, null));
  if (checked.candidate === candidate) return checked;
  // Derived from the prop during render (React's documented pattern): no extra commit.
  const next = check(candidate, checked.story);
  setChecked(next);
  return next;
}

function check(candidate: Story, previous: Story | null): CheckedStory {
  try {
    return { candidate, story: validateStory(candidate), error: null };
  } catch (error) {
    const reason = error instanceof Error ? error : new Error(String(error));
    const consequence = previous ? 'the previous story keeps playing' : 'nothing can play';
    console.error(`react-hold-stories: ${reason.message} (${consequence})`);
    return { candidate, story: previous, error: previous ? null : reason };
  }
}

/** Makes the engine follow the controlled props, and undoes changes the parent did not accept. */
function useControlledSync(
  handle: PlayerHandle,
  state: PlayerState,
  frameIndex: number | undefined,
  paused: boolean | undefined,
  frameCount: number,
): void {
  useEffect(() => {
    if (frameIndex === undefined || frameCount === 0) return;
    const target = clampIndex(frameIndex, frameCount);
    if (target !== frameIndex) {
      console.warn(
        `react-hold-stories: frameIndex: expected a whole number from 0 to ${frameCount - 1}, got ${frameIndex}; using ${target}`,
      );
    }
    if (target !== state.frameIndex) handle.goTo(target, 0, 'api');
  }, [handle, frameIndex, frameCount, state.frameIndex]);
  useEffect(() => {
    // A hold, the end and a hidden page are not the viewer's pause: leave them alone.
    if (paused === undefined || !state.visible) return;
    if (paused && state.status === 'playing') handle.pause();
    if (!paused && state.status === 'paused') handle.play();
  }, [handle, paused, state.status, state.visible]);
}

function useSyncedState(handle: PlayerHandle): PlayerState {
  return useSyncExternalStore(handle.subscribe, handle.getState, handle.getState);
}

/** Engine events → the latest props' handlers; ticks → the progress MotionValue. */
function forwardEvents(
  player: Player,
  latest: { current: StoryPlayerOptions },
  progress: MotionValue<number>,
): void {
  const props = () => latest.current;
  player.onTick((value) => progress.set(value));
  progress.set(player.getProgress());
  player.on('framechange', (event) => {
    props().onFrameChange?.(event);
    // A change the controlled prop already asked for is not reported back.
    if (props().frameIndex !== event.to) props().onFrameIndexChange?.(event.to);
  });
  player.on('holdstart', (event) => props().onHoldStart?.(event));
  player.on('holdend', (event) => props().onHoldEnd?.(event));
  player.on('play', (event) => props().onPlay?.(event));
  player.on('pause', (event) => props().onPause?.(event));
  player.on('ended', (event) => props().onEnded?.(event));
  player.on('error', (event) => props().onError?.(event));
  player.on('reveal', (event) => {
    const message = props().story.frames[event.frameIndex]?.reveal?.[event.messageIndex];
    if (message) props().onReveal?.({ ...event, message });
  });
}
