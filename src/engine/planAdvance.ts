import type { Timeline } from './createTimeline';

/**
 * What a display frame does to the story once the playhead has reached `position`:
 * - `move`: show frame `index` (maybe the same one) at `position`;
 * - `wait`: stop at the start of frame `index`, the first frame entered whose media is not ready;
 * - `end`: the last frame ran out.
 * `wrapped` says a looping story went round: `position` is then in the new lap.
 */
export type Advance =
  | { type: 'move' | 'wait'; index: number; position: number; wrapped: boolean }
  | { type: 'end' };

/**
 * Plans one step of playback. Every frame the step enters is checked, not only the one it lands
 * on: after a long display frame (a busy main thread, a tab coming back) time may cross several
 * frames at once, and a frame whose media is late must still stop it — a frame is never passed
 * without having been shown with its media.
 */
export function planAdvance(
  timeline: Timeline,
  from: number,
  position: number,
  loop: boolean,
  isReady: (index: number) => boolean,
): Advance {
  const firstUnready = (first: number, last: number): number => {
    for (let index = first; index <= last; index++) if (!isReady(index)) return index;
    return -1;
  };
  const land = (index: number, at: number, wrapped: boolean): Advance => {
    const gate = firstUnready(wrapped ? 0 : from + 1, index);
    return gate === -1
      ? { type: 'move', index, position: at, wrapped }
      : { type: 'wait', index: gate, position: at, wrapped };
  };

  if (position < timeline.total) return land(timeline.locate(position, from), position, false);
  const late = firstUnready(from + 1, timeline.count - 1);
  if (late !== -1) return { type: 'wait', index: late, position, wrapped: false };
  if (!loop) return { type: 'end' };
  const lapped = position % timeline.total;
  return land(timeline.locate(lapped, 0), lapped, true);
}
