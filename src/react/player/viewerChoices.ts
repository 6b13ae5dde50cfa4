import type { StoryOptions } from '../types';
import { useControllableState } from './useControllableState';

/** The viewer's pause, as the `paused` trio asks: a hold, the end or a hidden page are not one. */
export const usePaused = (options: StoryOptions) =>
  useControllableState(
    'paused',
    options.paused,
    options.defaultPaused ?? false,
    options.onPausedChange,
  );

/** The sound of video frames, as the `muted` trio asks: videos start muted. */
export const useMuted = (options: StoryOptions) =>
  useControllableState('muted', options.muted, options.defaultMuted ?? true, options.onMutedChange);
