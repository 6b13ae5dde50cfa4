import { useState } from 'react';
import type { ChangeCause } from '../../engine';
import { createCloseDrag } from '../gestures/createCloseDrag';
import { commits, type DragTarget, resist } from '../gestures/dragIntent';
import { settle } from '../gestures/settle';
import { useBrowserLayoutEffect, useLatest } from '../util/useLatest';
import { placePane, type StoryTransition } from './placePanes';

interface TrackOptions {
  index: number;
  count: number;
  transition: StoryTransition;
  dir: 'ltr' | 'rtl';
  /** The move has finished on screen: make `to` the current story (synchronously). */
  commit(to: number, cause: ChangeCause): void;
  onClose?: () => void;
}

/**
 * The collection's moving parts, outside React's render: the panes' positions follow a track
 * offset written on every display frame of a drag or a transition, and React renders only when
 * a move commits. Gives the drag targets for the stage and `step` for buttons and keys.
 */
export function useStoryTrack(options: TrackOptions) {
  const latest = useLatest(options);
  const [track] = useState(() => createStoryTrack(() => latest.current));
  // After every render: panes mount, unmount and change slots only when React renders.
  useBrowserLayoutEffect(track.place);
  return track;
}

function createStoryTrack(read: () => TrackOptions) {
  const viewport: { current: HTMLDivElement | null } = { current: null };
  const panes = new Map<number, HTMLElement>();
  let offset = 0;
  let moving = false;

  const place = () => {
    const { index, transition, dir } = read();
    const width = viewport.current?.offsetWidth ?? 0;
    for (const [storyIndex, pane] of panes) {
      placePane(pane, storyIndex - index, offset, width, transition, dir === 'rtl' ? -1 : 1);
    }
  };
  const setOffset = (value: number) => {
    offset = value;
    place();
  };
  const width = () => viewport.current?.offsetWidth ?? 0;
  const dirSign = () => (read().dir === 'rtl' ? -1 : 1);
  /** The story a drag of `dx` pixels heads to (-1 / +1 from the current one). */
  const headingTo = (dx: number) => (dx === 0 ? 0 : -Math.sign(dx) * dirSign());
  const exists = (delta: number) => {
    const to = read().index + delta;
    return delta !== 0 && to >= 0 && to < read().count;
  };
  const gentle = () => read().transition === 'fade';

  /** Cuts to story `to` at once (a jump, the end of a drag, a loop back to the first story). */
  const commitNow = (to: number, cause: ChangeCause) => {
    offset = 0;
    read().commit(to, cause);
    // A controlled parent may refuse the change: the panes go back where the index says.
    place();
  };

  /** Finishes the move to the story `delta` away on screen, then commits it. */
  const moveTo = (delta: number, cause: ChangeCause, done?: () => void) => {
    moving = true;
    const to = read().index + delta;
    const finish = () => {
      moving = false;
      commitNow(to, cause);
      done?.();
    };
    settle(offset, -delta * dirSign() * width(), setOffset, finish, gentle());
  };

  const springBack = (done?: () => void) => {
    moving = true;
    const finish = () => {
      moving = false;
      done?.();
    };
    settle(offset, 0, setOffset, finish, gentle());
  };

  const sideways: DragTarget = {
    move(dx) {
      if (moving) return;
      setOffset(exists(headingTo(dx)) ? dx : resist(dx));
    },
    end(dx, velocity, cancelled, done) {
      if (moving) return done?.();
      const delta = headingTo(dx);
      if (!cancelled && exists(delta) && commits(dx, velocity, width())) {
        moveTo(delta, 'swipe', done);
      } else {
        springBack(done);
      }
    },
  };

  const down = createCloseDrag(
    () => viewport.current,
    () => read().onClose?.(),
  );

  /** Buttons, keys, taps and the end of a story: false when there is no such story. */
  const step = (delta: -1 | 1, cause: ChangeCause): boolean => {
    if (!exists(delta)) return false;
    if (!moving) moveTo(delta, cause);
    return true;
  };

  const paneRef = (storyIndex: number) => (element: HTMLElement | null) => {
    if (element) panes.set(storyIndex, element);
    else panes.delete(storyIndex);
  };

  return { viewport, place, sideways, down, step, commitNow, paneRef };
}
