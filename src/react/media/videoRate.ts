/**
 * The fastest `playbackRate` a video element takes everywhere: Chromium throws above 16×
 * (`NotSupportedError`). A story played faster plays its video frames at 16×, so they last
 * longer than the story's rate says; skipping pictures to keep up would show a different video.
 */
export const VIDEO_MAX_RATE = 16;

/**
 * The slowest rate Chromium takes (1/16). A slower story still plays the video at 1/16×: the
 * video ends before its frame does and its last picture stays until the frame's time is up.
 */
export const VIDEO_MIN_RATE = 0.0625;

/** The `playbackRate` to give a video element for a frame playing at `rate`. */
export function toVideoRate(rate: number): number {
  return Math.min(Math.max(rate, VIDEO_MIN_RATE), VIDEO_MAX_RATE);
}
