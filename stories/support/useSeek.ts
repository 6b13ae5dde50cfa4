import { useEffect, useRef } from 'react';
import type { StoriesHandle } from 'react-hold-stories';

/**
 * A ref for `<Stories>` / `<Stories.Root>` that jumps to `frameIndex` at `progress` once the
 * player is mounted: a paused story then shows a frame part-way through (a half-full segment, a
 * render frame mid-animation). A parent's effect runs after the player's, so the jump lands.
 */
export function useSeek(frameIndex: number, progress: number) {
  const ref = useRef<StoriesHandle>(null);
  useEffect(() => {
    ref.current?.goTo(frameIndex, progress);
  }, [frameIndex, progress]);
  return ref;
}
