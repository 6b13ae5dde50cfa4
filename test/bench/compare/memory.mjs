// @ts-check
/**
 * A leak check: the JS heap (CDP `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`)
 * and the DOM counters after 10 frame changes and after 1,000, driven by the library's own
 * "next" command as fast as the page commits them (loop on, 40 frames: 25 times round).
 */
import { openBenchPage } from './openBenchPage.mjs';

const WARM_UP = 10;
const TOTAL = 1000;

/**
 * Calls `next()` `count` times, letting React commit after each and the display paint every
 * tenth, and returns the frame the progress bar then shows.
 * @param {import('playwright-core').Page} page @param {number} count
 */
function drive(page, count) {
  return page.evaluate(async (times) => {
    const channel = new MessageChannel();
    const yieldTask = () =>
      new Promise((resolve) => {
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    for (let index = 0; index < times; index++) {
      window.__bench.next();
      await yieldTask();
      if (index % 10 === 9) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    channel.port1.close();
    return window.__bench.shownIndex();
  }, count);
}

/** @param {import('playwright-core').CDPSession} cdp */
async function heap(cdp) {
  // Twice: the first pass can leave garbage that finalizers only release for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heapBytes: usedSize, nodes, listeners: jsEventListeners };
}

/**
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 * @param {import('../page/record').BenchLibrary} lib
 */
export async function measureMemory(context, url, lib) {
  const bench = await openBenchPage(context, url, lib, { rate: 1, loop: true });
  try {
    const count = await bench.page.evaluate(() => window.__bench.durations.length);
    const start = await bench.page.evaluate(() => window.__bench.shownIndex());
    const check = (/** @type {number} */ shown, /** @type {number} */ moves) => {
      const expected = (start + moves) % count;
      if (shown !== expected) {
        throw new Error(
          `${lib} memory: after ${moves} next() the bar shows frame ${shown}, expected ${expected}`,
        );
      }
    };
    check(await drive(bench.page, WARM_UP), WARM_UP);
    const after10 = await heap(bench.cdp);
    check(await drive(bench.page, TOTAL - WARM_UP), TOTAL);
    const after1000 = await heap(bench.cdp);
    return {
      heapAfter10: after10.heapBytes,
      heapAfter1000: after1000.heapBytes,
      heapGrowth: after1000.heapBytes - after10.heapBytes,
      nodesGrowth: after1000.nodes - after10.nodes,
      listenersGrowth: after1000.listeners - after10.listeners,
    };
  } finally {
    await bench.close();
  }
}
