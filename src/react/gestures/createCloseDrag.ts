import { commits, type DragTarget } from './dragIntent';
import { settle } from './settle';

/** How much the story shrinks at the bottom of a full drag down (Instagram's dismiss feel). */
const SHRINK = 0.15;

/**
 * Dragging down to close: `element` follows the finger down (and shrinks a little); released past
 * the threshold or flicked, it leaves and `onClose` runs, otherwise it springs back. The element
 * always ends where it started: if the app keeps the story open, it is simply back.
 */
export function createCloseDrag(
  element: () => HTMLElement | null,
  onClose: () => void,
): DragTarget & { stop(): void } {
  let stopSettling = () => {};

  const place = (offset: number) => {
    const target = element();
    if (!target) return;
    const height = target.offsetHeight || 1;
    const down = Math.max(0, offset);
    const scale = 1 - Math.min(down / height, 1) * SHRINK;
    target.style.transform = down > 0 ? `translateY(${down}px) scale(${scale})` : '';
  };

  return {
    move(offset) {
      stopSettling();
      place(offset);
    },
    end(offset, velocity, cancelled, done) {
      const height = element()?.offsetHeight ?? 0;
      const closing = !cancelled && height > 0 && commits(offset, velocity, height);
      const finish = () => {
        done?.();
        if (!closing) return;
        onClose();
        // A frame later: an app that unmounts the story on close never sees it come back.
        requestAnimationFrame(() => place(0));
      };
      stopSettling = settle(offset, closing ? height : 0, place, finish);
    },
    stop() {
      stopSettling();
      place(0);
    },
  };
}
