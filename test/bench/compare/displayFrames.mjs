// @ts-check
/** The page's display frames: every requestAnimationFrame timestamp between start and stop. */

/** One display frame at 60 Hz (ms): the unit of the timing budgets and of dropped frames. */
export const DISPLAY_FRAME_MS = 1000 / 60;

/** @param {import('playwright-core').Page} page */
export function startDisplayFrames(page) {
  return page.evaluate(() => {
    /** @type {any} */
    const view = window;
    const recorder = { times: /** @type {number[]} */ ([]), running: true };
    const onFrame = (/** @type {number} */ time) => {
      if (!recorder.running) return;
      recorder.times.push(time);
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    view.__displayFrames = recorder;
  });
}

/**
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number[]>} the frames' timestamps
 */
export function stopDisplayFrames(page) {
  return page.evaluate(() => {
    /** @type {any} */
    const view = window;
    view.__displayFrames.running = false;
    return view.__displayFrames.times;
  });
}

/**
 * Frames the display showed late: each gap between two frames counts as `round(gap / 16.7) − 1`
 * missed frames (a 50 ms gap at 60 Hz is two dropped frames).
 * @param {number[]} times
 */
export function droppedFrames(times) {
  let dropped = 0;
  for (let index = 1; index < times.length; index++) {
    const gap = (times[index] ?? 0) - (times[index - 1] ?? 0);
    dropped += Math.max(0, Math.round(gap / DISPLAY_FRAME_MS) - 1);
  }
  return dropped;
}
