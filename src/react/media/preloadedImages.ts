import type { Player } from '../../engine';
import type { Frame, ImageFrame } from '../../story/types';

/** One image to keep warm: a frame's own image (awaited by the player) or a video's poster. */
export interface Wanted {
  frameId: string;
  src: string;
  srcSet?: string;
  sizes?: string;
  /** True for an image frame's image: the player waits for it. A poster is only warmed. */
  awaited: boolean;
  /** Whether its tone is measured for the flash guard (not when the story gives it). */
  measured: boolean;
}

/** An image the preloader holds: fetched, and `decoded` once it can paint without waiting. */
export interface Preloaded {
  image: HTMLImageElement;
  item: Wanted;
  decoded: boolean;
}

/**
 * Each player's preloaded images, by `keyOf`: filled by `useImagePreload`, read by `FrameImage`
 * to show the decoded element itself. Kept beside the player (not in React state): changing it
 * never renders.
 */
const shelves = new WeakMap<Player, Map<string, Preloaded>>();

export function shelfOf(player: Player): Map<string, Preloaded> {
  let shelf = shelves.get(player);
  if (!shelf) {
    shelf = new Map();
    shelves.set(player, shelf);
  }
  return shelf;
}

// Keys carry the frame id and what is fetched: a frame whose source changed is fetched anew.
export const keyOf = (item: Pick<Wanted, 'awaited' | 'frameId' | 'srcSet' | 'src'>) =>
  [item.awaited ? 'image' : 'poster', item.frameId, item.srcSet ?? '', item.src].join('\n');

/** What the preloader fetches for `frame`: its image, a video's poster, or nothing. */
export function wantedOf(frame: Frame | undefined): Wanted | undefined {
  // The author's tone wins over a measured one: with both keys given there is nothing to measure.
  const measured = frame?.luminance === undefined || frame.saturatedRed === undefined;
  if (frame?.kind === 'image') {
    const { id, src, srcSet, sizes } = frame;
    return { frameId: id, src, srcSet, sizes, awaited: true, measured };
  }
  if (frame?.kind === 'video' && frame.poster) {
    return { frameId: frame.id, src: frame.poster, awaited: false, measured };
  }
  return undefined;
}

/** The decoded preloaded element of an image frame, if the player has one ready. */
export function decodedImage(player: Player, frame: ImageFrame): HTMLImageElement | undefined {
  const { id, src, srcSet } = frame;
  const held = shelves.get(player)?.get(keyOf({ awaited: true, frameId: id, srcSet, src }));
  return held?.decoded ? held.image : undefined;
}
