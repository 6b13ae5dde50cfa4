import { useControllableState } from '../player/useControllableState';
import { useReadingMode } from '../player/useReadingMode';
import type { StoryOptions } from '../types';

/**
 * What belongs to the whole collection, not to one story: the viewer's pause, reading mode and
 * sound. The next story opens paused, or reading, or with sound, if the last one was.
 */
export function useSharedState(options: StoryOptions) {
  const [paused, setPaused] = useControllableState(
    'paused',
    options.paused,
    options.defaultPaused ?? false,
    options.onPausedChange,
  );
  const [reading, setReading] = useReadingMode(options);
  const [muted, setMuted] = useControllableState(
    'muted',
    options.muted,
    options.defaultMuted ?? true,
    options.onMutedChange,
  );
  return { paused, setPaused, reading, setReading, muted, setMuted };
}
