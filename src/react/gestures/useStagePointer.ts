import { useDrag } from '@use-gesture/react';
import {
  type MouseEvent,
  type PointerEvent,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
} from 'react';
import { useCollection } from '../collectionContext';
import { useStoriesContext } from '../context';
import { useLatest } from '../util/useLatest';
import { createActionDrag } from './createActionDrag';
import { createCloseDrag } from './createCloseDrag';
import { type DragAxis, type DragTarget, isVertical, lockAxis, SLOP } from './dragIntent';
import { isInteractive } from './interactive';

/** The share of the stage's width, from the start edge, that goes back a frame (AMP's split). */
export const PREVIOUS_ZONE = 0.25;

/** The drag a press turned into, and what it moves. */
interface ActiveDrag {
  axis: DragAxis;
  target: DragTarget;
  /** Its last travel along the axis (px), for an end that comes without coordinates. */
  offset: number;
}

/**
 * Press, tap, hold and drag on the stage. A press that starts on an interactive element (a link,
 * a button, a field, anything marked `data-hs-interactive`) is that element's, never the story's.
 * A press freezes at once; released before `holdDelay`
 * it is a tap that navigates by zone, after it a hold that only resumes. A press that travels
 * before it reveals becomes a drag: sideways to the previous / next story (in a collection),
 * down to close, up to follow the frame's call to action; it stays frozen until the drag has settled. Anything that interrupts the press
 * (pointercancel, lost capture, a second finger, leaving the stage, window blur, the page
 * hidden) ends it cleanly: state restored, no navigation, nothing left revealed.
 *
 * With `scroll="vertical"` (a story inline in an article) the skin lets the browser pan the page
 * vertically (`touch-action: pan-y`), and a press that heads up or down before it reveals is the
 * page's scroll: it ends like a cancel, and there is no drag down to close. The press still
 * freezes at once: a viewer who holds must get the frame under the finger, not the next one if
 * the frame was about to end; one who scrolls past gets the frame back a display frame or two
 * later (as soon as the finger has travelled `SLOP`, or at the browser's pointercancel when it
 * takes the pan, whichever comes first), while the story itself slides with the page — a stall
 * nobody sees, the time it lasted added to the frame rather than skipped. Only the reveal
 * waits, and a scroll ends the press long before `holdDelay`. A hold that has revealed and then
 * moves is the page's too: the browser takes the pan, and its pointercancel ends the hold.
 */
export function useStagePointer(stage: RefObject<HTMLElement | null>) {
  const { player, press, dir, onClose, scroll, step } = useStoriesContext('Stories.Stage');
  const pageScrolls = scroll === 'vertical';
  const collection = useCollection();
  const close = useLatest(onClose);
  // A frame change may render in the middle of a press: the gesture's state lives in refs.
  const pointerId = useRef<number | undefined>(undefined);
  const drag = useRef<ActiveDrag | null>(null);
  const settling = useRef(false);
  const ownClose = useMemo(
    () =>
      createCloseDrag(
        () => stage.current?.closest<HTMLElement>('[data-hs-root]') ?? null,
        () => close.current?.(),
      ),
    [stage, close],
  );
  const actionDrag = useMemo(() => createActionDrag(stage), [stage]);
  const targets = {
    x: collection?.sideways,
    down: pageScrolls ? undefined : collection ? collection.down : onClose && ownClose,
    // Read when the press moves: the frame (and its link) may have changed since this render.
    get up() {
      return pageScrolls || !actionDrag.available() ? undefined : actionDrag;
    },
  };

  const endDrag = (active: ActiveDrag, offset: number, speed: number, cancelled: boolean) => {
    drag.current = null;
    settling.current = true;
    active.target.end(offset, speed, cancelled, () => {
      settling.current = false;
      press.cancel();
    });
  };
  /** Something other than the finger ended the press: a drag springs back, a press restores. */
  const interrupt = useLatest(() => {
    const active = drag.current;
    if (active) endDrag(active, active.offset, 0, true);
    else press.cancel();
  });

  useEffect(() => {
    const cancel = () => interrupt.current();
    const onVisibility = () => document.visibilityState === 'hidden' && cancel();
    window.addEventListener('blur', cancel);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', cancel);
      document.removeEventListener('visibilitychange', onVisibility);
      ownClose.stop();
      press.cancel();
    };
  }, [press, ownClose, interrupt]);

  const bind = useDrag(
    ({ tap, event, xy: [x, y], movement, velocity, direction }) => {
      if (settling.current) return;
      const type = event.type.replace(/^(pointer|touch|mouse)/, '');
      if (type === 'down' || type === 'start') {
        pointerId.current = 'pointerId' in event ? event.pointerId : undefined;
        press.start();
        return;
      }
      if (!press.active) return;
      const active = drag.current;
      /** The drag's travel and signed speed along an axis. */
      const along = (axis: ActiveDrag['axis']) => {
        const i = axis === 'x' ? 0 : 1;
        return { offset: movement[i] ?? 0, speed: (velocity[i] ?? 0) * (direction[i] ?? 0) };
      };
      if (type === 'move') {
        if (active) {
          active.offset = along(active.axis).offset;
          active.target.move(active.offset);
          return;
        }
        const axis = press.revealed ? null : lockAxis([movement[0] ?? 0, movement[1] ?? 0]);
        // Up or down inline is the page's scroll. The browser sends pointercancel once it takes
        // the pan; this ends the press first, and also where the page cannot scroll any further.
        if (pageScrolls && isVertical(axis)) return press.cancel();
        const target = axis && targets[axis];
        if (axis && target) {
          const { offset } = along(axis);
          drag.current = { axis, target, offset };
          press.toDrag();
          target.move(offset);
        } else if (isOutside(stage.current, x, y)) press.cancel();
        return;
      }
      const ended = type === 'up' || type === 'end';
      if (active) {
        const { offset, speed } = along(active.axis);
        return endDrag(active, offset, speed, !ended);
      }
      // pointercancel, lostpointercapture without a pointerup: the system took the press.
      if (!ended) return press.cancel();
      if (press.end() !== 'tap' || !tap) return;
      if (isPreviousZone(stage.current, x, dir)) {
        // On the first frame, back means the previous story (when there is one).
        const first = player.getState().frameIndex === 0;
        if (!(first && collection?.stepStory(-1, 'tap'))) step(false, 'tap');
      } else step(true, 'tap');
    },
    // Every pointer event reaches the handler (the press freezes on pointerdown, before any
    // movement threshold); `tap` is use-gesture's "moved less than tapsThreshold". Arrow keys
    // are the keyboard handler's (frames, not pixels).
    { pointer: { keys: false }, filterTaps: true, tapsThreshold: SLOP, triggerAllEvents: true },
  );

  const handlers = bind();
  return {
    ...handlers,
    onPointerDown(event: PointerEvent<HTMLElement>) {
      // A link, a button, a field: the element's own, never a press of the story.
      if (isInteractive(event.target, event.currentTarget)) return;
      // A second finger is a pinch or a mistake, not a tap: end the press, keep the frame.
      if (
        press.active &&
        pointerId.current !== undefined &&
        event.pointerId !== pointerId.current
      ) {
        return interrupt.current();
      }
      handlers.onPointerDown?.(event);
    },
    // use-gesture's tap filter cancels a click that did not end a tap of its own: a link's or a
    // button's click was never a press of the story's.
    onClickCapture(event: MouseEvent<HTMLElement>) {
      if (!isInteractive(event.target, event.currentTarget)) handlers.onClickCapture?.(event);
    },
    onContextMenu: (event: MouseEvent<HTMLElement>) => {
      // A long press on a link keeps the browser's menu (copy the link, open in a new tab).
      if (!isInteractive(event.target, event.currentTarget)) event.preventDefault();
    },
  };
}

function isOutside(element: HTMLElement | null, x: number, y: number): boolean {
  const rect = element?.getBoundingClientRect();
  if (!rect || (rect.width === 0 && rect.height === 0)) return false;
  return x < rect.left || x > rect.right || y < rect.top || y > rect.bottom;
}

function isPreviousZone(element: HTMLElement | null, x: number, dir: 'ltr' | 'rtl'): boolean {
  const rect = element?.getBoundingClientRect();
  if (!rect?.width) return false;
  const fromLeft = (x - rect.left) / rect.width;
  return (dir === 'rtl' ? 1 - fromLeft : fromLeft) < PREVIOUS_ZONE;
}
