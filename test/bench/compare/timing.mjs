// @ts-check
/**
 * Frame timing and React commits while playing. Each frame's time on screen is the gap between
 * the library's own frame-change callbacks (ours `onFrameChange`, theirs `onStoryStart`, both
 * stamped with performance.now() in the page), the last frame's up to the end callback; it is
 * compared with duration / rate. Frame 0 is left out for both (its start is the page's load,
 * not a boundary the library times). Drift is the sum of the errors: how late the story runs
 * at its end. Commits are the <Profiler>'s, counted over the same span.
 */
import { DISPLAY_FRAME_MS, startDisplayFrames, stopDisplayFrames } from './displayFrames.mjs';
import { openBenchPage } from './openBenchPage.mjs';

/**
 * @typedef {object} TimingOptions
 * @property {number} rate
 * @property {number} [lastFrame] stop once this frame starts (default: play to the end)
 */

/**
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 * @param {import('../page/record').BenchLibrary} lib
 * @param {TimingOptions} options
 */
export async function measureTiming(context, url, lib, { rate, lastFrame }) {
  const bench = await openBenchPage(context, url, lib, { rate });
  try {
    await startDisplayFrames(bench.page);
    const durations = await bench.page.evaluate(() => window.__bench.durations);
    const story = durations.reduce((sum, duration) => sum + duration, 0) / rate;
    await bench.page.waitForFunction(
      (until) =>
        until === undefined
          ? window.__bench.endedAt >= 0
          : window.__bench.changes.some((change) => change.index >= until),
      lastFrame,
      { timeout: story * 2 + 10_000, polling: 100 },
    );
    const frames = await stopDisplayFrames(bench.page);
    const { changes, endedAt, commits } = await bench.page.evaluate(() => window.__bench);
    return analyse({ changes, endedAt, commits, frames, durations, rate, lastFrame });
  } finally {
    await bench.close();
  }
}

/**
 * @param {object} run
 * @param {import('../page/record').BenchChange[]} run.changes
 * @param {number} run.endedAt
 * @param {number[]} run.commits
 * @param {number[]} run.frames display frame timestamps
 * @param {readonly number[]} run.durations
 * @param {number} run.rate
 * @param {number | undefined} run.lastFrame
 */
function analyse({ changes, endedAt, commits, frames, durations, rate, lastFrame }) {
  // Boundaries: the start of each frame from frame 1 on, then the end of the last one measured.
  const starts = changes.filter(
    (change) => change.index >= 1 && (lastFrame === undefined || change.index <= lastFrame),
  );
  const boundaries = lastFrame === undefined ? [...starts, { index: -1, t: endedAt }] : starts;
  /** @type {number[]} */
  const errors = [];
  for (let k = 0; k + 1 < boundaries.length; k++) {
    const [shown, next] = [boundaries[k], boundaries[k + 1]];
    if (!shown || !next) continue;
    const expected = (durations[shown.index] ?? Number.NaN) / rate;
    errors.push(next.t - shown.t - expected);
  }
  const first = boundaries[0];
  const last = boundaries.at(-1);
  if (!first || !last || errors.length < 4) {
    throw new Error(`timing at ${rate}×: too few frame changes (${changes.length})`);
  }
  const inSpan = (/** @type {number} */ t) => t > first.t && t <= last.t;
  const commitCount = commits.filter(inSpan).length;
  const ticks = frames.filter(inSpan).length;
  const seconds = (last.t - first.t) / 1000;
  return {
    worstMs: Math.max(...errors.map(Math.abs)),
    meanMs: errors.reduce((sum, error) => sum + Math.abs(error), 0) / errors.length,
    driftMs: errors.reduce((sum, error) => sum + error, 0),
    frames: errors.length,
    commitsPerSecond: commitCount / seconds,
    commitsPerFrameChange: commitCount / errors.length,
    // Commits the frame changes do not explain, per display frame: a render per tick shows here.
    commitsPerTick: Math.max(0, commitCount - errors.length) / Math.max(ticks, 1),
    displayFrameMs: ticks > 0 ? (seconds * 1000) / ticks : DISPLAY_FRAME_MS,
  };
}
