import { useEffect, useRef } from 'react';
import type { Frame } from '../../story/types';
import { useStoriesContext } from '../context';
import { measureImageTone } from '../player/frameTone';
import { whenDecoded } from './whenDecoded';

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
 * Fetches and decodes the images of the frames around `index` off-DOM — one frame behind to
 * `preloadAhead` frames ahead — so that a frame shown for a few dozen ms at high speed is ready
 * when it comes. Each image frame is reported to the player ready once decoded (and its tone to
 * the flash guard), or failed; the player waits for the ones that are late. Images leaving the
 * window are let go (and reported `'loading'` again): memory stays bounded on any story.
 */
export function useImagePreload(index: number): void {
  const { story, player, preloadAhead, reportTone } = useStoriesContext('Stories.Frame');
  // Each image with what it was fetched for, by `keyOf`; and the frames whose image failed.
  const cache = useRef(new Map<string, { image: HTMLImageElement; item: Wanted }>());
  const failed = useRef(new Set<string>());

  useEffect(() => {
    const images = cache.current;
    const wanted = wantedAround(story.frames, index, preloadAhead);
    for (const [key, { item }] of images) {
      if (wanted.has(key)) continue;
      // Only dropped: the browser frees the element and its pixels once nothing refers to it.
      // (Clearing its src instead would keep it alive in Chromium: measured, 50 of 50 leaked.)
      images.delete(key);
      if (item.awaited) player.setMediaStatus(item.frameId, 'loading');
    }
    for (const [key, item] of wanted) {
      if (images.has(key) || failed.current.has(item.frameId)) continue;
      const image = new Image();
      if (item.sizes) image.sizes = item.sizes;
      if (item.srcSet) image.srcset = item.srcSet;
      image.src = item.src;
      images.set(key, { image, item });
      const current = () => images.get(key)?.image === image;
      whenDecoded(image).then(
        () => {
          if (!current()) return;
          const tone = measureImageTone(image);
          if (tone) reportTone(item.frameId, tone);
          if (item.awaited) player.setMediaStatus(item.frameId, 'ready');
        },
        () => {
          if (!current() || !item.awaited) return;
          failed.current.add(item.frameId);
          player.reportMediaError(item.frameId, {
            kind: 'image',
            src: image.currentSrc || item.src,
          });
        },
      );
    }
  }, [story, index, preloadAhead, player, reportTone]);

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
