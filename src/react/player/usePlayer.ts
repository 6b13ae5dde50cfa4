import { type MotionValue, motionValue } from 'framer-motion';
import { useEffect, useState } from 'react';
import { createPlayer, createWindowClock, type FlashGuard, type Player } from '../../engine';
import { validatePlaybackRate } from '../../engine/validate';
import { isPlaybackRate } from '../../story/fields';
import { describeValue } from '../../story/issues';
import type { Story } from '../../story/types';
import type { StoriesRootProps } from '../types';
import { warnOnce } from '../util/dev';
import { useLatest } from '../util/useLatest';
import { type Measured, toEngineFrames } from './engineFrames';
import { type EventTarget, forwardEvents } from './forwardEvents';
import type { FrameTone } from './frameTone';

export interface StoryPlayer {
  player: Player;
  /** The current frame's progress, 0→1, updated every display frame without a React render. */
  progress: MotionValue<number>;
  /** Gives the flash guard a frame's measured tone (an image, once decoded). Once per frame. */
  reportTone(frameId: string, tone: FrameTone): void;
  /** Gives the player a video's length (ms) from its metadata: the frame then lasts that long. */
  reportDuration(frameId: string, duration: number): void;
  /** The flash guard the player was made with (read once, as the engine reads it). */
  flashGuard: FlashGuard;
}

/**
 * One player per story component, made during the first render (on a clock that stands still,
 * so a server render shows the first frame) and connected to the window's display clock and the
 * document in an effect — disconnected when the component unmounts, connected again if React
 * mounts it again (StrictMode). The props follow into it; its events go to the latest props.
 */
export function usePlayer(
  props: StoriesRootProps,
  story: Story,
  autoplay: boolean,
  extra?: object,
): StoryPlayer {
  const latest = useLatest<EventTarget>({ story, events: props, extra });
  const rate = usePlaybackRate(props.playbackRate ?? story.playbackRate ?? 1);
  const loop = props.loop ?? false;
  const [measured] = useState<Measured>(() => ({ tones: new Map(), durations: new Map() }));

  const [made] = useState(() => {
    const frameIndex = startIndex(props.defaultFrameIndex, story.frames.length);
    // Until the player connects (a server render), the frame shows its still moment; connected,
    // it ticks where it stands, running or not.
    const progress = motionValue(story.frames[frameIndex]?.still ?? 0);
    const player = createPlayer({
      frames: toEngineFrames(story.frames, measured),
      playbackRate: rate,
      loop,
      frameIndex,
      autoplay,
      flashGuard: props.flashGuard,
      answers: props.defaultAnswers,
    });
    player.onTick((value) => progress.set(value));
    forwardEvents(player, latest);
    const remeasure = () => player.setFrames(toEngineFrames(latest.current.story.frames, measured));
    return {
      player,
      progress,
      flashGuard: props.flashGuard ?? 'slow',
      // Straight to the engine: nothing on screen changes, so React need not render.
      reportTone(frameId: string, tone: FrameTone) {
        if (measured.tones.has(frameId)) return;
        measured.tones.set(frameId, tone);
        remeasure();
      },
      reportDuration(frameId: string, duration: number) {
        if (!(duration > 0 && duration < Number.POSITIVE_INFINITY)) return;
        if (measured.durations.get(frameId) === duration) return;
        measured.durations.set(frameId, duration);
        remeasure();
      },
    };
  });
  const { player } = made;

  useEffect(() => {
    player.connect(createWindowClock(window), document);
    return () => player.disconnect();
  }, [player]);
  // What is measured (a video's length) is read when the story changes, not when it rendered:
  // a length that arrived in between is kept, whichever of the two came first.
  useEffect(
    () => player.setFrames(toEngineFrames(story.frames, measured)),
    [player, story, measured],
  );
  useEffect(() => player.setPlaybackRate(rate), [player, rate]);
  useEffect(() => player.setLoop(loop), [player, loop]);
  return made;
}

/** A rate the engine accepts: a bad prop is reported and the last good rate (or 1) kept. */
function usePlaybackRate(candidate: number): number {
  const good = isPlaybackRate(candidate);
  const [last, setLast] = useState(good ? candidate : 1);
  if (good) {
    if (candidate !== last) setLast(candidate);
    return candidate;
  }
  if (process.env.NODE_ENV !== 'production') {
    // The engine's own words for it: `expected a rate from 0.01 to 100, got 1000`.
    try {
      validatePlaybackRate(candidate);
    } catch (error) {
      warnOnce(`${(error as Error).message}; playing at ×${last}`);
    }
  }
  return last;
}

/** `defaultFrameIndex` in range; a bad one is reported, and the story starts at the nearest. */
function startIndex(index = 0, count: number): number {
  const start = Number.isInteger(index) ? Math.min(Math.max(index, 0), count - 1) : 0;
  if (process.env.NODE_ENV !== 'production' && start !== index) {
    warnOnce(
      `defaultFrameIndex: expected a whole number from 0 to ${count - 1}, got ${describeValue(index)}`,
    );
  }
  return start;
}
