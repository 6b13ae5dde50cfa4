// @ts-check
/**
 * Preloading at 8×: long stories of photo-sized JPEGs (rasterFrames.mjs) served from localhost,
 * every frame its own URL (the 40 pictures again under `?copy=k`), played once at 8×. A frame
 * *waits* when its picture is not yet fetched and decoded as playback reaches it: the player
 * stops time at the frame's start until it is. Read from the player's own exact boundaries (the
 * `at` of `onFrameChange`): a frame waited when its time on screen passed duration / rate by
 * more than a millisecond. The first frame is left out (it waits for the page's first load), and
 * so is the last (its end is the `onEnded` callback, not a boundary). A display frame that comes
 * late may cross a frame whose picture is ready without showing it (time stays exact): those are
 * counted apart, as passed. Ours only: the anchors wait for every image by design and report no
 * boundary time.
 */
import { openBenchPage } from './openBenchPage.mjs';

/** Time on screen at 8× (ms) and frame count of each story measured. */
export const WAIT_PLANS = /** @type {const} */ ([
  { ms: 125, frames: 160 },
  { ms: 40, frames: 500 },
  { ms: 25, frames: 500 },
]);

const RATE = 8;
/** A boundary later than duration / rate by more than this (ms) is a wait. */
const TOLERANCE_MS = 1;

/**
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 * @param {{ ms: number, frames: number }} plan
 */
export async function measureWaits(context, url, { ms, frames }) {
  const bench = await openBenchPage(context, url, 'ours', {
    rate: RATE,
    set: 'raster',
    frames,
    ms,
  });
  try {
    await bench.page.waitForFunction(() => window.__bench.endedAt >= 0, undefined, {
      timeout: frames * ms * 4 + 30_000,
      polling: 250,
    });
    const changes = await bench.page.evaluate(() => window.__bench.changes);
    /** @type {number[]} */
    const waited = [];
    /** @type {number[]} */
    const waitedFrames = [];
    let passed = 0;
    for (let change = 1; change < changes.length - 1; change++) {
      const [start, end] = [changes[change], changes[change + 1]];
      if (start?.at === undefined || end?.at === undefined) {
        throw new Error('waits: a frame change without the player’s `at`');
      }
      const frameCount = end.index - start.index;
      if (frameCount < 1) throw new Error(`waits: frame ${start.index} then ${end.index}`);
      passed += frameCount - 1;
      const late = end.at - start.at - frameCount * ms;
      if (late > TOLERANCE_MS) {
        waited.push(late);
        waitedFrames.push(start.index);
      }
    }
    return {
      waits: waited.length,
      passed,
      waitedMs: waited.reduce((sum, late) => sum + late, 0),
      longestWaitMs: Math.max(0, ...waited),
      waitedFrames,
    };
  } finally {
    await bench.close();
  }
}
