import type { ChangeCause, Player } from '../../engine';
import type { Frame } from '../../story/types';

/**
 * Where reading mode stops in a frame, in its own ms at 1×: where each of its timed messages
 * begins, in order; its still moment (`still`, default its start) when it has none. Each stop
 * waits for the viewer.
 */
export function readingStops(frame: Frame | undefined): number[] {
  const starts = (frame?.reveal ?? []).flatMap((message) => (message.at ? [message.at[0]] : []));
  if (starts.length > 0) return [...new Set(starts)].sort((a, b) => a - b);
  return [stillTime(frame)];
}

/** A frame's still moment in its own ms at 1× (`still` × `duration`; 0 without one). */
export const stillTime = (frame: Frame | undefined): number =>
  frame?.still ? frame.still * frame.duration : 0;

/** Shows frame `index` at its stop `time`, its messages revealed. */
export function readAt(
  player: Player,
  index: number,
  frame: Frame,
  time: number,
  cause?: ChangeCause,
) {
  player.goTo(index, time / frame.duration, cause);
  player.reveal();
}

/**
 * One step in reading mode: to the frame's next (or previous) stop, else to the next (or
 * previous) frame, which the reading effect opens at its first stop. Says whether it moved
 * inside the frame.
 */
export function stepStop(
  player: Player,
  frames: readonly Frame[],
  forward: boolean,
  cause: ChangeCause,
): boolean {
  const { frameIndex } = player.getState();
  const frame = frames[frameIndex];
  if (!frame) return false;
  const now = player.getProgress() * frame.duration;
  const stops = readingStops(frame);
  // Half a millisecond either way: the position is a float.
  const to = forward
    ? stops.find((stop) => stop > now + 0.5)
    : stops.filter((stop) => stop < now - 0.5).at(-1);
  if (to === undefined) return false;
  readAt(player, frameIndex, frame, to, cause);
  return true;
}
