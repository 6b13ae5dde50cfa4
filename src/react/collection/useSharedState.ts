import { useReadingMode } from '../player/useReadingMode';
import { useMuted, usePaused } from '../player/viewerChoices';
import type { StoryOptions } from '../types';

/**
 * What belongs to the whole collection, not to one story: the viewer's pause, reading mode and
 * sound. The next story opens paused, or reading, or with sound, if the last one was.
 */
export function useSharedState(options: StoryOptions) {
  const [paused, setPaused] = usePaused(options);
  const [reading, setReading] = useReadingMode(options);
  const [muted, setMuted] = useMuted(options);
  return { paused, setPaused, reading, setReading, muted, setMuted };
}
