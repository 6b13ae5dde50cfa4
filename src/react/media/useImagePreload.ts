import { useEffect, useRef } from 'react';
import type { MediaRegistry } from './media/createMediaRegistry';
import { whenDecoded } from './media/whenDecoded';
import type { Frame } from './types';
import { useLatest } from './useLatest';

/** How many frames ahead images are fetched and decoded before they show (the `preloadAhead` prop). */
export const PRELOAD_AHEAD = 2;

export interface ImagePreloadOptions {
  /** Frames ahead of the current one to fetch and decode. Default `PRELOAD_AHEAD`. */
  ahead?: number;
  /** Where readiness goes: an image frame is ready once decoded, failed if it cannot load. */
  registry: MediaRegistry;
  /** Called with each decoded image (to measure its tone). */
  onDecoded?: (frameId: string, image: HTMLImageElement) => void;
}

/** One image to keep warm: a frame's own image (awaited by the player) or a video's poster. */
interface Wanted {
  frameId: string;
  src: string;
  srcSet?: string;
  sizes?: string;
  /** True for an image frame's image: the player waits for it. A poster is only warmed. */
  awaited: boolean;
}

/**
 * Fetches and decodes the images of the frames around the current one off-DOM — one frame
 * behind to `ahead` frames ahead — so that a frame shown for a few dozen ms at high speed is
 * ready when it comes. Each image frame is reported ready once decoded, or failed; the player
 * waits for the ones that are late. Images leaving the window are let go (and reported
 * `'loading'` again): memory stays bounded on a story of any length.
 */
export function useImagePreload(
  frames: readonly Frame[],
  index: number,
  { ahead = PRELOAD_AHEAD, registry, onDecoded }: ImagePreloadOptions,
): void {
  // Each image with what it was fetched for, by `keyOf`.
  const cache = useRef(new Map<string, { image: HTMLImageElement; item: Wanted }>());
  const decoded = useLatest(onDecoded);

  useEffect(() => {
    const images = cache.current;
    const wanted = wantedAround(frames, index, ahead);
    for (const [key, { item }] of images) {
      if (wanted.has(key)) continue;
      // Only dropped: the browser frees the element and its pixels once nothing refers to it.
      // (Clearing its src instead would keep it alive in Chromium: measured, 50 of 50 leaked.)
      images.delete(key);
      if (item.awaited) registry.setStatus(item.frameId, 'loading');
    }
    for (const [key, item] of wanted) {
      if (images.has(key) || (item.awaited && registry.hasFailed(item.frameId))) continue;
      const image = new Image();
      if (item.sizes) image.sizes = item.sizes;
      if (item.srcSet) image.srcset = item.srcSet;
      image.src = item.src;
      images.set(key, { image, item });
      const current = () => images.get(key)?.image === image;
      whenDecoded(image).then(
        () => {
          if (!current()) return;
          if (item.awaited) registry.setStatus(item.frameId, 'ready');
          decoded.current?.(item.frameId, image);
        },
        () => {
          if (!current() || !item.awaited) return;
          registry.fail(item.frameId, { kind: 'image', src: image.currentSrc || item.src });
        },
      );
    }
  }, [frames, index, ahead, registry, decoded]);

  useEffect(() => {
    const images = cache.current;
    return () => images.clear();
  }, []);
}

// Keys carry the frame id and what is fetched: a frame whose source changed is fetched anew.
const keyOf = (item: Wanted) =>
  [item.awaited ? 'image' : 'poster', item.frameId, item.srcSet ?? '', item.src].join('\n');

function wantedAround(frames: readonly Frame[], index: number, ahead: number) {
  const wanted = new Map<string, Wanted>();
  for (let i = Math.max(index - 1, 0); i <= Math.min(index + ahead, frames.length - 1); i++) {
    const frame = frames[i];
    let item: Wanted | undefined;
    if (frame?.kind === 'image') {
      const { id, src, srcSet, sizes } = frame;
      item = { frameId: id, src, srcSet, sizes, awaited: true };
    } else if (frame?.kind === 'video' && frame.poster) {
      item = { frameId: frame.id, src: frame.poster, awaited: false };
    }
    if (item) wanted.set(keyOf(item), item);
  }
  return wanted;
}
