import { useEffect, useRef } from 'react';
import type { Frame } from './types';
import { useLatest } from './useLatest';

/** How many frames ahead images are fetched and decoded before they show. */
export const PRELOAD_AHEAD = 2;

/**
 * Fetches and decodes the next frames' images off-DOM, so a frame shown for a few dozen ms at
 * high speed is never blank. Keeps the images from one frame behind to `PRELOAD_AHEAD` ahead and
 * lets the others go, so memory stays bounded on long stories.
 */
export function useImagePreload(
  frames: readonly Frame[],
  index: number,
  onDecoded?: (frameId: string, image: HTMLImageElement) => void,
): void {
  const cache = useRef(new Map<string, HTMLImageElement>());
  const decoded = useLatest(onDecoded);

  useEffect(() => {
    const wanted = new Map<string, Frame>();
    for (let i = Math.max(index - 1, 0); i <= index + PRELOAD_AHEAD; i++) {
      const frame = frames[i];
      if (frame?.kind === 'image') wanted.set(frame.srcSet ?? frame.src, frame);
    }
    const images = cache.current;
    for (const key of images.keys()) if (!wanted.has(key)) images.delete(key);
    for (const [key, frame] of wanted) {
      if (images.has(key) || frame.kind !== 'image') continue;
      const image = new Image();
      if (frame.sizes) image.sizes = frame.sizes;
      if (frame.srcSet) image.srcset = frame.srcSet;
      image.src = frame.src;
      images.set(key, image);
      // A failed decode is the media issue's to show; here it only means "not warmed up".
      image
        .decode?.()
        .then(() => decoded.current?.(frame.id, image))
        .catch(() => {});
    }
  }, [frames, index, decoded]);
}
