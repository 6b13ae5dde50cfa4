/**
 * How far (px) a finger may wander and still tap; past it, a press becomes a drag. Fingers are
 * less precise than mice.
 */
export const SLOP = 10;
/** Share of the stage's size past which a released drag commits (a story change, a close). */
export const COMMIT_SHARE = 0.25;
/** Release speed (px/ms) that commits a short drag: a flick. use-gesture's swipe uses 0.5. */
export const FLICK_VELOCITY = 0.5;
/** A flick must still travel this far (px), so a jittery tap never turns into a swipe. */
export const FLICK_DISTANCE = 40;

/** What a press that moved has become: a sideways drag, a drag down or up. */
export type DragAxis = 'x' | 'down' | 'up';

/**
 * Locks a moving press to one axis once it has travelled `SLOP`: mostly sideways is a story
 * swipe, mostly downwards a close, mostly upwards the frame's call to action. `null` while it has
 * not moved enough.
 */
export function lockAxis([dx, dy]: readonly [number, number]): DragAxis | null {
  if (Math.hypot(dx, dy) < SLOP) return null;
  if (Math.abs(dx) > Math.abs(dy)) return 'x';
  return dy > 0 ? 'down' : 'up';
}

/** Whether a locked press heads up or down: inline in a scrolling page, the page's scroll. */
export function isVertical(axis: DragAxis | null): boolean {
  return axis === 'down' || axis === 'up';
}

/**
 * Whether a released drag commits: past `COMMIT_SHARE` of the stage, or flicked at
 * `FLICK_VELOCITY` in the direction it travelled. `offset` and `velocity` are signed along the
 * axis (velocity in px/ms); `size` is the stage's extent along it.
 */
export function commits(offset: number, velocity: number, size: number): boolean {
  if (offset === 0) return false;
  if (Math.abs(offset) >= size * COMMIT_SHARE) return true;
  const sameWay = Math.sign(velocity) === Math.sign(offset);
  return sameWay && Math.abs(velocity) >= FLICK_VELOCITY && Math.abs(offset) >= FLICK_DISTANCE;
}

/** Past the ends of a collection the track resists: it moves a third of the finger's travel. */
export function resist(offset: number): number {
  return offset / 3;
}

/**
 * Something a drag moves: it follows the finger, then either commits (a story change, a close)
 * or springs back. Offsets are px along the drag's axis; velocity is px/ms.
 */
export interface DragTarget {
  /** The finger moved; `offset` is its travel along the axis since the drag began. */
  move(offset: number): void;
  /**
   * The finger came up (or the system took it, `cancelled`): commit or spring back, then call
   * `done` once the motion has settled.
   */
  end(offset: number, velocity: number, cancelled: boolean, done?: () => void): void;
}
