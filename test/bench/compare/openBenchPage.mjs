// @ts-check
/**
 * One library on the side-by-side page, in its own page load, on the phone context of
 * serveFixture.mjs; with a CDP session for what only the protocol does (touch, CPU throttling,
 * garbage collection, heap size).
 */
import { waitDisplayFrames } from '../serveFixture.mjs';

/**
 * @typedef {import('../page/record').BenchLibrary} BenchLibrary
 * @typedef {import('../page/frames').FrameSet} FrameSet
 * @typedef {{ rate?: number, loop?: boolean, set?: FrameSet, frames?: number, ms?: number }} PageOptions
 *   `frames` and `ms`: a story of that many frames, each `ms` on screen at the rate (startRecord.ts)
 */

/**
 * Opens `?lib=…` and resolves once the player plays: its progress bar moved between two
 * display frames (the same test for both libraries, whatever their own events).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url the served page
 * @param {BenchLibrary} lib
 * @param {PageOptions} [options]
 */
export async function openBenchPage(
  context,
  url,
  lib,
  { rate = 1, loop = false, set = 'svg', frames, ms } = {},
) {
  const page = await context.newPage();
  const errors = /** @type {string[]} */ ([]);
  page.on('pageerror', (error) => errors.push(error.message));
  const query = new URLSearchParams({ lib, rate: String(rate), loop: loop ? '1' : '0', set });
  if (frames !== undefined) query.set('frames', String(frames));
  if (ms !== undefined) query.set('ms', String(ms));
  await page.goto(`${url}?${query}`);
  const deadline = Date.now() + 15_000;
  while (!(await isPlaying(page))) {
    if (Date.now() > deadline || errors.length > 0) {
      await page.close();
      const reason = errors.length > 0 ? `page errors: ${errors.join('; ')}` : 'after 15 s';
      throw new Error(`${lib}: the player never started playing (${reason})`);
    }
    await page.waitForTimeout(50);
  }
  const cdp = await context.newCDPSession(page);
  return {
    page,
    cdp,
    /** Resolves after `count` display frames in the page. */
    waitFrames: (/** @type {number} */ count) => waitDisplayFrames(page, count),
    /** One finger down at (x, y), CSS pixels, through CDP (both libraries listen to touch). */
    touchDown: (/** @type {number} */ x, /** @type {number} */ y) =>
      cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] }),
    touchUp: () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
    close: async () => {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}

/**
 * Whether the progress bar moves between two display frames (false until the player mounted).
 * @param {import('playwright-core').Page} page
 */
function isPlaying(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const bench = window.__bench;
        try {
          const before = bench.progress();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(bench.progress() !== before)),
          );
        } catch {
          resolve(false);
        }
      }),
  );
}
