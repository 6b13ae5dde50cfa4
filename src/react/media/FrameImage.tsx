import { useRef } from 'react';
import type { ImageFrame } from '../../story/types';
import { useStoriesContext } from '../context';
import { useBrowserLayoutEffect } from '../util/useLatest';
import { decodedImage } from './preloadedImages';

/** What the two elements share already, or must not be set again (it would load anew). */
const KEPT = new Set(['src', 'srcset', 'sizes', 'decoding']);

/**
 * An image frame's picture. React renders an `<img>`: what a server sends, and what shows when
 * nothing was preloaded. In the browser, when the preloader holds the frame's image decoded, that
 * very element takes its place before the frame paints (same class, `alt`, style), and React's
 * stays empty (no `src`): showing the frame requests and decodes nothing, on any thread. It is
 * put back before React removes or changes the frame, so React only ever touches its own node.
 */
export function FrameImage({ frame }: { frame: ImageFrame }) {
  const { player } = useStoriesContext('Stories.Frame');
  const own = useRef<HTMLImageElement>(null);
  const { id, src, srcSet, sizes, alt, focal } = frame;
  const [x = 0.5, y = 0.5] = focal ?? [];
  // Read while rendering, for the sources only: the swap itself waits for the layout effect.
  const adopted = decodedImage(player, frame) !== undefined;

  useBrowserLayoutEffect(() => {
    const placeholder = own.current;
    const preloaded = decodedImage(player, frame);
    if (!placeholder) return;
    if (!preloaded || preloaded.isConnected) {
      // Let go between the render and now (it cannot, short of a bug): show React's own.
      if (!placeholder.hasAttribute('src')) {
        if (srcSet) placeholder.srcset = srcSet;
        placeholder.src = src;
      }
      return;
    }
    for (const { name } of Array.from(preloaded.attributes)) {
      if (!KEPT.has(name) && !placeholder.hasAttribute(name)) preloaded.removeAttribute(name);
    }
    for (const { name, value } of Array.from(placeholder.attributes)) {
      if (!KEPT.has(name)) preloaded.setAttribute(name, value);
    }
    placeholder.replaceWith(preloaded);
    return () => preloaded.replaceWith(placeholder);
    // The frame object itself may be remade with the same content: its fields say when to redo.
  }, [player, id, src, srcSet, sizes, alt, x, y, focal === undefined]);

  return (
    <img
      ref={own}
      className="hs-image"
      src={adopted ? undefined : src}
      srcSet={adopted ? undefined : srcSet}
      sizes={sizes}
      alt={alt}
      style={focal && { objectPosition: `${x * 100}% ${y * 100}%` }}
      draggable={false}
      // Painted with the frame, never a frame later: the player waited for its decode.
      decoding="sync"
      onError={(event) =>
        player.reportMediaError(id, {
          kind: 'image',
          src: event.currentTarget.currentSrc || src,
        })
      }
    />
  );
}
