import type { RefObject } from 'react';
import { commits, type DragTarget } from './dragIntent';

/** How far (px) the call to action rises at most under the finger. */
const RISE = 48;

/**
 * Swiping up follows the current frame's call to action (as Instagram's swipe-up link): the link
 * rises with the finger; released past the threshold or flicked, it is clicked — the one path a
 * press on the link takes too, so `onAction` fires first and the browser follows it as any link.
 * A frame without one has no up drag.
 */
export function createActionDrag(
  stage: RefObject<HTMLElement | null>,
): DragTarget & { available(): boolean } {
  const link = () => stage.current?.querySelector<HTMLAnchorElement>('a[data-hs-action]') ?? null;
  const place = (offset: number) => {
    const element = link();
    if (element) element.style.translate = offset < 0 ? `0 ${Math.max(offset / 2, -RISE)}px` : '';
  };
  return {
    available: () => link() !== null,
    move: place,
    end(offset, velocity, cancelled, done) {
      const height = stage.current?.getBoundingClientRect().height ?? 0;
      place(0);
      if (!cancelled && height > 0 && commits(offset, velocity, height)) link()?.click();
      done?.();
    },
  };
}
