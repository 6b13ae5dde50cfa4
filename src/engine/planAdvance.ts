import type { Timeline } from './createTimeline';

/**
 * What a display frame does to the story once the playhead has reached `position`:
 * - `move`: show frame `index` (maybe the same one) at `position`;
 * - `wait`: stop at the start of frame `index`, the first frame entered whose media is not ready;
 * - `stop`: stop at the end of frame `index`, a question whose time ran out (it waits for the
 *   viewer);
 * - `end`: the last frame ran out.
 * `wrapped` says a looping story went round: `position` is then in the new lap.
 */
export type Advance =
  | { type: 'move' | 'wait'; index: number; position: number; wrapped: boolean }
  | { type: 'stop'; index: number }
  | { type: 'end' };

/**
 * Plans one step of playback. Every frame the step passes is checked in order, not only the one
 * it lands on: after a long display frame (a busy main thread, a tab coming back) time may cross
 * several frames at once, and a frame whose media is late must still stop it, as must a
 * question — a frame is never passed without having been shown with its media, nor a question
 * without the viewer's say.
 */
export function planAdvance(
  timeline: Timeline,
  from: number,
  position: number,
  loop: boolean,
  isReady: (index: number) => boolean,
): Advance {
  const { count, total } = timeline;
  let at = position;
  let wrapped = false;
  let index = from;
  for (;;) {
    const entered = index !== from || wrapped;
    if (entered && !isReady(index)) return { type: 'wait', index, position: at, wrapped };
    if (at < timeline.start(index + 1)) return { type: 'move', index, position: at, wrapped };
    if (timeline.frames[index]?.choice) return { type: 'stop', index };
    if (index < count - 1) index++;
    else if (!loop) return { type: 'end' };
    // After one lap `at` is under `total`, so a walk ends inside it; only a position that is
    // not a number (no time at all) would come round again.
    else if (wrapped) return { type: 'move', index, position: at, wrapped };
    else {
      at %= total;
      wrapped = true;
      index = 0;
    }
  }
}
