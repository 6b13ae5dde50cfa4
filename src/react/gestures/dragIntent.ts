/** How far (px) a finger travels before a press becomes a drag; the same slop as a tap's. */
export const DRAG_SLOP = 10;
/** Share of the stage's size past which a released drag commits (a story change, a close). */
export const COMMIT_SHARE = 0.25;
/** Release speed (px/ms) that commits a short drag: a flick. use-gesture's swipe uses 0.5. */
export const FLICK_VELOCITY = 0.5;
/** A flick must still travel this far (px), so a jittery tap never turns into a swipe. */
export const FLICK_DISTANCE = 40;

/** What a press that moved has become: a sideways drag, a drag down, or nothing we handle. */
export type DragAxis = 'x' | 'down' | 'none';

/**
 * Locks a moving press to one axis once it has travelled `DRAG_SLOP`: mostly sideways is a
 * story swipe, mostly downwards a close; up is nobody's. `null` while it has not moved enough.
 */
export function lockAxis([dx, dy]: readonly [number, number]): DragAxis | null {
  if (Math.hypot(dx, dy) < DRAG_SLOP) return null;
  if (Math.abs(dx) > Math.abs(dy)) return 'x';
  return dy > 0 ? 'down' : 'none';
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
