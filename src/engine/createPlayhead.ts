/**
 * The story's position in display ms, computed from clock timestamps: while running it is
 * `anchorPosition + (now − anchorTime)`; stopping folds the elapsed time into the anchor. Time is
 * never accumulated tick by tick, so jitter in the ticks cannot make it drift.
 */
export interface Playhead {
  readonly running: boolean;
  /** The position at clock time `time`. */
  at(time: number): number;
  /** The clock time at which the position reaches `position` (only meaningful while running). */
  timeOf(position: number): number;
  start(time: number): void;
  stop(time: number): void;
  /** Jumps to `position`; a running playhead keeps running from there. */
  seek(position: number, time: number): void;
}

export function createPlayhead(): Playhead {
  let anchorPosition = 0;
  let anchorTime: number | null = null;

  // A display frame's timestamp can precede the command that started the run by a fraction of a
  // millisecond; the position never moves backwards because of it.
  const at = (time: number): number =>
    anchorTime === null ? anchorPosition : anchorPosition + Math.max(0, time - anchorTime);

  return {
    get running() {
      return anchorTime !== null;
    },
    at,
    timeOf: (position) => (anchorTime ?? 0) + (position - anchorPosition),
    start(time) {
      if (anchorTime === null) anchorTime = time;
    },
    stop(time) {
      anchorPosition = at(time);
      anchorTime = null;
    },
    seek(position, time) {
      anchorPosition = position;
      if (anchorTime !== null) anchorTime = time;
    },
  };
}
