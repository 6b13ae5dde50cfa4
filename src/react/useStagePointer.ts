import { useDrag } from '@use-gesture/react';
import { type PointerEvent, type RefObject, useEffect, useRef } from 'react';
import type { Press } from './createPress';
import { TAP_SLOP } from './createPress';
import { useStoriesContext } from './StoriesContext';

/** The share of the stage's width, from the start edge, that goes back a frame (AMP's split). */
export const PREVIOUS_ZONE = 0.25;

const START_EVENTS = new Set(['pointerdown', 'touchstart', 'mousedown']);
const MOVE_EVENTS = new Set(['pointermove', 'touchmove', 'mousemove']);
const END_EVENTS = new Set(['pointerup', 'touchend', 'mouseup']);

/**
 * Press, tap and hold on the stage. A press freezes at once; released before `holdDelay` it is
 * a tap that navigates by zone, after it a hold that only resumes. Anything that interrupts the
 * press (pointercancel, lost capture, a second finger, leaving the stage, window blur, the page
 * hidden) ends it cleanly: state restored, no navigation, nothing left revealed.
 */
export function useStagePointer(press: Press, stage: RefObject<HTMLElement | null>) {
  const { handle, dir } = useStoriesContext('Stories.Stage');
  // A frame change may render in the middle of a press: the id lives in a ref.
  const pointerId = useRef<number | undefined>(undefined);

  useEffect(() => {
    const cancel = () => press.cancel();
    const onVisibility = () => document.visibilityState === 'hidden' && cancel();
    window.addEventListener('blur', cancel);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', cancel);
      document.removeEventListener('visibilitychange', onVisibility);
      press.cancel();
    };
  }, [press]);

  const bind = useDrag(
    ({ tap, event, xy: [x, y] }) => {
      const type = event.type;
      if (START_EVENTS.has(type)) {
        pointerId.current = 'pointerId' in event ? event.pointerId : undefined;
        press.start();
        return;
      }
      if (!press.active) return;
      if (MOVE_EVENTS.has(type)) {
        if (isOutside(stage.current, x, y)) press.cancel();
        return;
      }
      // pointercancel, lostpointercapture without a pointerup: the system took the press.
      if (!END_EVENTS.has(type)) return press.cancel();
      if (press.end() !== 'tap' || !tap) return;
      if (isPreviousZone(stage.current, x, dir)) handle.prev('tap');
      else handle.next('tap');
    },
    // Every pointer event reaches the handler (the press freezes on pointerdown, before any
    // movement threshold); `tap` is use-gesture's "moved less than tapsThreshold". Arrow keys
    // are the keyboard handler's (frames, not pixels).
    { pointer: { keys: false }, filterTaps: true, tapsThreshold: TAP_SLOP, triggerAllEvents: true },
  );

  const handlers = bind();
  return {
    ...handlers,
    onPointerDown(event: PointerEvent<HTMLElement>) {
      // A second finger is a pinch or a mistake, not a tap: end the press, keep the frame.
      if (
        press.active &&
        pointerId.current !== undefined &&
        event.pointerId !== pointerId.current
      ) {
        return press.cancel();
      }
      handlers.onPointerDown?.(event);
    },
    onContextMenu: (event: { preventDefault(): void }) => event.preventDefault(),
  };
}

function isOutside(element: HTMLElement | null, x: number, y: number): boolean {
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  return x < rect.left || x > rect.right || y < rect.top || y > rect.bottom;
}

function isPreviousZone(element: HTMLElement | null, x: number, dir: 'ltr' | 'rtl'): boolean {
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0) return false;
  const fromLeft = (x - rect.left) / rect.width;
  return (dir === 'rtl' ? 1 - fromLeft : fromLeft) < PREVIOUS_ZONE;
}
