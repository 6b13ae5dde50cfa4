// @ts-check
/**
 * A leak check: the JS heap (CDP `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`)
 * and the DOM counters after 10 frame changes, after 1,000 and after 2,000, driven by the
 * library's own "next" command as fast as the page commits them (loop on, 40 JPEG frames: 50
 * times round). JPEG, not SVG: Chromium's DOM counter also counts the nodes inside every SVG
 * picture it has loaded (about 10 each), which would grow with the pictures seen, not the player.
 *
 * Most of what the heap gains over the first 1,000 changes is not kept data but compiled code: V8
 * optimises more of the player's and React's functions as they run hot (both libraries: ours
 * about 0.9 MB, react-insta-stories about 0.45 MB, which renders every display frame and so
 * warms React before the first measure), levelling off after ~1,000 changes. So a heap snapshot
 * after each measure counts that code, and two growths show a leak: without the compiled code
 * from 10 to 1,000 changes, and all of it from 1,000 to 2,000, once the code is warm. The page's
 * own records of the changes (`window.__bench`) are emptied before each measure.
 */
import { openBenchPage } from './openBenchPage.mjs';

const WARM_UP = 10;
const TOTAL = 1000;
const WARM_TOTAL = 2000;

/**
 * Calls `next()` `count` times, letting React commit after each and the display paint every
 * tenth, and returns the frame the progress bar showed before and then shows. (The story plays
 * on at 1× between two drives, while the heap is measured: a drive is checked on its own.)
 * @param {import('playwright-core').Page} page @param {number} count
 */
function drive(page, count) {
  return page.evaluate(async (times) => {
    const from = window.__bench.shownIndex();
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
    return { from, shown: window.__bench.shownIndex() };
  }, count);
}

/**
 * Bytes of compiled code in the heap (the snapshot's nodes of type `code`).
 * @param {import('playwright-core').CDPSession} cdp
 */
async function codeBytes(cdp) {
  /** @type {string[]} */
  const chunks = [];
  const onChunk = (/** @type {{ chunk: string }} */ { chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const code = snapshot.meta.node_types[0].indexOf('code');
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let bytes = 0;
  for (let at = 0; at < nodes.length; at += fields.length) {
    if (nodes[at + type] === code) bytes += nodes[at + size];
  }
  return bytes;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 */
async function heap(page, cdp) {
  await page.evaluate(() => {
    window.__bench.changes.length = 0;
    window.__bench.commits.length = 0;
  });
  // Twice: the first pass can leave garbage that finalizers only release for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const code = await codeBytes(cdp);
  return { heapBytes: usedSize, codeBytes: code, nodes, listeners: jsEventListeners };
}

/**
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 * @param {import('../page/record').BenchLibrary} lib
 */
export async function measureMemory(context, url, lib) {
  const bench = await openBenchPage(context, url, lib, { rate: 1, loop: true, set: 'raster' });
  try {
    const count = await bench.page.evaluate(() => window.__bench.durations.length);
    const check = (
      /** @type {{ from: number, shown: number }} */ { from, shown },
      /** @type {number} */ moves,
    ) => {
      const expected = (from + moves) % count;
      if (shown !== expected) {
        throw new Error(
          `${lib} memory: ${moves} next() from frame ${from} show frame ${shown}, expected ${expected}`,
        );
      }
    };
    check(await drive(bench.page, WARM_UP), WARM_UP);
    const after10 = await heap(bench.page, bench.cdp);
    check(await drive(bench.page, TOTAL - WARM_UP), TOTAL - WARM_UP);
    const after1000 = await heap(bench.page, bench.cdp);
    check(await drive(bench.page, WARM_TOTAL - TOTAL), WARM_TOTAL - TOTAL);
    const after2000 = await heap(bench.page, bench.cdp);
    return {
      heapAfter10: after10.heapBytes,
      heapAfter1000: after1000.heapBytes,
      heapGrowth: after1000.heapBytes - after10.heapBytes,
      codeGrowth: after1000.codeBytes - after10.codeBytes,
      heapGrowthWithoutCode:
        after1000.heapBytes - after1000.codeBytes - (after10.heapBytes - after10.codeBytes),
      warmHeapGrowth: after2000.heapBytes - after1000.heapBytes,
      nodesGrowth: after2000.nodes - after10.nodes,
      listenersGrowth: after2000.listeners - after10.listeners,
    };
  } finally {
    await bench.close();
  }
}
