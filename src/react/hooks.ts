import type { MotionValue } from 'framer-motion';
import { useCallback, useSyncExternalStore } from 'react';
import type { PlayerState } from '../engine';
import { useStoriesContext } from './context';
import type { StoriesHandle } from './types';

/**
 * Reads the player's committed state through a selector; re-renders only when the selected
 * value changes (never per animation frame). Return a primitive or a stable reference.
 * @example const frameIndex = usePlayerState((state) => state.frameIndex);
 */
export function usePlayerState<T>(selector: (state: PlayerState) => T): T {
  const { player } = useStoriesContext('usePlayerState');
  const read = useCallback(() => selector(player.getState()), [player, selector]);
  return useSyncExternalStore(player.subscribe, read, read);
}

/**
 * The current frame's progress, 0→1, as a framer-motion MotionValue: drive animations inside a
 * frame from it so that a hold freezes them and the playback rate scales them.
 * @example const x = useTransform(useFrameProgress(), [0, 1], ['0%', '100%']);
 */
export function useFrameProgress(): MotionValue<number> {
  return useStoriesContext('useFrameProgress').progress;
}

/** The story's commands, as a ref on `<Stories>` gives them: for custom controls. */
export function usePlayerCommands(): StoriesHandle {
  return useStoriesContext('usePlayerCommands').commands;
}
