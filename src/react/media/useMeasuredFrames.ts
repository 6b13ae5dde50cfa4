import { useCallback, useMemo, useRef } from 'react';
import type { EngineFrame } from '../../engine';
import { isPositiveFinite } from '../../engine/validate';
import type { PlayerHandle } from '../createPlayerHandle';
import type { FrameTone } from '../frameTone';
import type { Story } from '../types';
import { toEngineFrames } from '../validateStory';

export interface MeasuredFrames {
  /** The engine's frames for the story as rendered (an empty list without a story). */
  frames: EngineFrame[];
  /** The same, with everything measured up to now: for a player created later (StrictMode). */
  current(): EngineFrame[];
  /** Gives the flash guard a frame's measured tone (images, once decoded). Once per frame. */
  reportTone(frameId: string, tone: FrameTone): void;
  /** Gives the player a video's length (ms) from its metadata: the frame then lasts that long. */
  reportDuration(frameId: string, duration: number): void;
}

/**
 * The story's frames as the engine sees them, plus what is only known at run time — an image's
 * tone once decoded, a video's length once its metadata loads. Both go to the engine directly
 * (`setFrames`): nothing on screen changes, so React need not render. They are kept in refs so
 * that a remount (StrictMode) does not forget them.
 */
export function useMeasuredFrames(story: Story | null, handle: PlayerHandle): MeasuredFrames {
  const tones = useRef(new Map<string, FrameTone>());
  const durations = useRef(new Map<string, number>());
  const current = useCallback(
    () => (story ? toEngineFrames(story.frames, tones.current, durations.current) : []),
    [story],
  );
  const frames = useMemo(current, [current]);

  const reportTone = useCallback(
    (frameId: string, tone: FrameTone) => {
      if (!story || tones.current.has(frameId)) return;
      tones.current.set(frameId, tone);
      handle.player?.setFrames(current());
    },
    [handle, story, current],
  );

  const reportDuration = useCallback(
    (frameId: string, duration: number) => {
      if (!story || !isPositiveFinite(duration) || durations.current.get(frameId) === duration) {
        return;
      }
      durations.current.set(frameId, duration);
      handle.player?.setFrames(current());
    },
    [handle, story, current],
  );

  return { frames, current, reportTone, reportDuration };
}
