import type { MotionValue } from 'framer-motion';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { PlayerState } from '../engine';
import { createCommands } from './commands';
import type { StoriesHandle } from './parts/Root';
import { useStoriesContext } from './StoriesContext';

/**
 * Reads the player's committed state through a selector; re-renders only when the selected
 * value changes. Return a primitive (or a stable reference) from the selector.
 * @example const frameIndex = usePlayerState((state) => state.frameIndex);
 */
export function usePlayerState<T>(selector: (state: PlayerState) => T): T {
  const { handle } = useStoriesContext('usePlayerState');
  const read = useCallback(() => selector(handle.getState()), [handle, selector]);
  return useSyncExternalStore(handle.subscribe, read, read);
}

/**
 * The current frame's progress, 0→1, as a framer-motion MotionValue: drive animations inside
 * a frame from it so that a hold freezes them and the playback rate scales them.
 * @example const x = useTransform(useFrameProgress(), [0, 1], ['0%', '100%']);
 */
export function useFrameProgress(): MotionValue<number> {
  return useStoriesContext('useFrameProgress').progress;
}

/** Commands for custom controls: play, pause, next, prev, goTo, hold, release, reveal, conceal. */
export function usePlayerCommands(): StoriesHandle {
  const { handle, requestPaused } = useStoriesContext('usePlayerCommands');
  return useMemo(() => createCommands(handle, requestPaused), [handle, requestPaused]);
}

/** Selectors for `usePlayerState`, defined once so their identity is stable. */
export const selectFrameIndex = (state: PlayerState) => state.frameIndex;
export const selectFrameCount = (state: PlayerState) => state.frameCount;
export const selectStatus = (state: PlayerState) => state.status;
export const selectRevealing = (state: PlayerState) => state.revealing;
export const selectPlaybackRate = (state: PlayerState) => state.playbackRate;
export const selectRevealed = (state: PlayerState) => state.revealed;
export const selectRevealTotal = (state: PlayerState) => state.revealTotal;
