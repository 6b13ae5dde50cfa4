// @ts-check
/**
 * Playback at 8× on a CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`), the page already
 * loaded and playing: long tasks (> 50 ms, PerformanceObserver 'longtask') and dropped display
 * frames over a few seconds of frame changes, on either frame set (SVG or raster: page/frames.ts).
 * What the long tasks are made of: trace.mjs (`npm run bench:trace`).
 */
import { droppedFrames, startDisplayFrames, stopDisplayFrames } from './displayFrames.mjs';
import { openBenchPage } from './openBenchPage.mjs';

const THROTTLE = 4;
const WINDOW_MS = 4000;

/**
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 * @param {import('../page/record').BenchLibrary} lib
 * @param {import('../page/frames').FrameSet} [set]
 */
export async function measureThrottled(context, url, lib, set = 'svg') {
  const bench = await openBenchPage(context, url, lib, { rate: 8, loop: true, set });
  try {
    await bench.cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await bench.waitFrames(10);
    await bench.page.evaluate(() => {
      /** @type {any} */
      const view = window;
      const tasks = /** @type {number[]} */ ([]);
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      view.__longTasks = { tasks, observer, changesBefore: window.__bench.changes.length };
    });
    await startDisplayFrames(bench.page);
    await bench.page.waitForTimeout(WINDOW_MS);
    const times = await stopDisplayFrames(bench.page);
    const { tasks, changes } = await bench.page.evaluate(() => {
      /** @type {any} */
      const view = window;
      view.__longTasks.observer.disconnect();
      return {
        tasks: /** @type {number[]} */ (view.__longTasks.tasks),
        changes: window.__bench.changes.length - view.__longTasks.changesBefore,
      };
    });
    if (changes < 5) throw new Error(`${lib} throttled (${set}): only ${changes} frame changes`);
    return {
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks),
      droppedFrames: droppedFrames(times),
      displayFrames: times.length,
      frameChanges: changes,
    };
  } finally {
    await bench.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
    await bench.close();
  }
}
