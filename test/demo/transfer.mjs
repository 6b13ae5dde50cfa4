// @ts-check
/**
 * "The demo loads once" (issue "Performance at the limit"): the built demo (dist-demo/), served
 * by a host that sends no cache headers (test/demo/staticServer.mjs), opened in Chromium as a
 * phone (390×844, touch), started with a tap and left to play. Every request is recorded and the
 * visit must stay within budget: ≤ 160 kB transferred in all (gzip, headers included), each URL
 * fetched once (by the browser's count and by the server's), and no request to another host.
 *
 * `node test/demo/transfer.mjs` builds the demo first (`--no-build` skips that), prints one
 * table and exits non-zero when the budget is missed. `npm run lighthouse` runs the same check
 * through `measureTransfer` / `transferMisses`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { serveStatic } from './staticServer.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_DIR = `${root}dist-demo/`;

/** The budget of a whole visit: load, start, play. */
export const TRANSFER_BUDGET = {
  /** Everything transferred, gzip, headers included. */
  totalBytes: 160 * 1000,
  /** Times any one URL may travel. */
  fetchesPerUrl: 1,
};

/** How long the player runs after the tap, long enough for its chunk, styles and any image. */
const PLAY_MS = 5000;

/**
 * When a request was sent: while the page loaded, after it had loaded (hints), after the tap.
 * @typedef {'load' | 'idle' | 'tap'} Phase
 * @typedef {{ url: string, fetches: number, bytes: number, types: string[], phases: Phase[] }} UrlTransfer
 * @typedef {{ urls: UrlTransfer[], totalBytes: number, requests: number, serverHits: Map<string, number>, started: boolean }} TransferReport
 */

/**
 * Loads `url` as a phone, waits for the page to settle, taps « Commencer » and lets it play.
 * Counts only what went to the network (a copy from the memory or disk cache is no transfer).
 * @param {string} url
 * @param {{ playMs?: number, serverHits?: Map<string, number> }} [options]
 * @returns {Promise<TransferReport>}
 */
export async function measureTransfer(url, { playMs = PLAY_MS, serverHits = new Map() } = {}) {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    /** @type {Map<string, { url: string, type: string, cached: boolean, bytes: number, phase: Phase }>} */
    const requests = new Map();
    /** @type {Phase} */
    let phase = 'load';
    cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
      requests.set(requestId, {
        url: request.url,
        type: type ?? '',
        cached: false,
        bytes: 0,
        phase,
      });
    });
    cdp.on('Network.requestServedFromCache', ({ requestId }) => {
      const entry = requests.get(requestId);
      if (entry) entry.cached = true;
    });
    cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
      const entry = requests.get(requestId);
      if (!entry) return;
      if (response.fromDiskCache || response.fromPrefetchCache || response.fromServiceWorker) {
        entry.cached = true;
      }
      if (type) entry.type = type;
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const entry = requests.get(requestId);
      if (entry) entry.bytes = encodedDataLength;
    });
    await cdp.send('Network.enable');

    await page.goto(url, { waitUntil: 'load' });
    phase = 'idle';
    // Whatever the page fetches once loaded (hints, idle work) has time to arrive.
    await page.waitForTimeout(1500);
    const start = page.getByRole('button', { name: 'Commencer' });
    phase = 'tap';
    await start.tap();
    const started = await page
      .locator('#intro')
      .waitFor({ state: 'hidden', timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    await page.waitForTimeout(playMs);
    await context.close();

    /** @type {Map<string, UrlTransfer>} */
    const byUrl = new Map();
    for (const request of requests.values()) {
      if (request.cached || request.url.startsWith('data:') || request.url.startsWith('blob:')) {
        continue;
      }
      const entry = byUrl.get(request.url) ?? {
        url: request.url,
        fetches: 0,
        bytes: 0,
        types: [],
        phases: [],
      };
      entry.fetches += 1;
      entry.bytes += request.bytes;
      if (!entry.types.includes(request.type)) entry.types.push(request.type);
      entry.phases.push(request.phase);
      byUrl.set(request.url, entry);
    }
    const urls = [...byUrl.values()];
    return {
      urls,
      totalBytes: urls.reduce((sum, entry) => sum + entry.bytes, 0),
      requests: urls.reduce((sum, entry) => sum + entry.fetches, 0),
      serverHits,
      started,
    };
  } finally {
    await browser.close();
  }
}

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * What the visit broke, one line each (none when within budget).
 * @param {TransferReport} report
 * @param {string} origin
 * @returns {string[]}
 */
export function transferMisses(report, origin) {
  const misses = [];
  if (!report.started) misses.push('the player did not open after the tap on « Commencer »');
  if (report.totalBytes > TRANSFER_BUDGET.totalBytes) {
    misses.push(`transfer ${kB(report.totalBytes)} > ${kB(TRANSFER_BUDGET.totalBytes)}`);
  }
  for (const { url, fetches } of report.urls) {
    if (fetches > TRANSFER_BUDGET.fetchesPerUrl) {
      misses.push(`${url.replace(origin, '/')} fetched ${fetches}× by the browser`);
    }
  }
  for (const [path, hits] of report.serverHits) {
    if (hits > TRANSFER_BUDGET.fetchesPerUrl) {
      misses.push(`${path} served ${hits}× by the host`);
    }
  }
  const foreign = report.urls.filter(({ url }) => !url.startsWith(origin));
  if (foreign.length > 0) {
    misses.push(`requests to other hosts: ${foreign.map(({ url }) => url).join(', ')}`);
  }
  return misses;
}

/**
 * The table: one row per URL (times fetched, bytes transferred), then the totals.
 * @param {TransferReport} report
 * @param {string} origin
 */
export function printTransfer(report, origin) {
  const rows = [...report.urls].sort((a, b) => b.bytes - a.bytes);
  const width = Math.max(4, ...rows.map(({ url }) => url.replace(origin, '/').length));
  console.log(
    `\nOne visit, no cache headers (load, tap « Commencer », ${PLAY_MS / 1000} s of play):`,
  );
  console.log(`  ${'url'.padEnd(width)}  fetched  served  transferred  sent during  type`);
  for (const { url, fetches, bytes, types, phases } of rows) {
    const path = url.startsWith(origin) ? url.replace(origin, '/') : url;
    const served = url.startsWith(origin)
      ? String(report.serverHits.get(new URL(url).pathname) ?? 0)
      : '–';
    const flag = fetches > TRANSFER_BUDGET.fetchesPerUrl ? '  ← twice' : '';
    console.log(
      `  ${path.padEnd(width)}  ${`${fetches}×`.padStart(7)}  ${`${served}×`.padStart(6)}  ${kB(bytes).padStart(11)}  ${phases.join(', ').padEnd(11)}  ${types.join(', ')}${flag}`,
    );
  }
  console.log(
    `  ${'total'.padEnd(width)}  ${`${report.requests}`.padStart(7)}  ${''.padStart(6)}  ${kB(report.totalBytes).padStart(11)}  (budget ${kB(TRANSFER_BUDGET.totalBytes)}, each URL once)`,
  );
  console.log(
    '  sent during: load = the page load, idle = after it and before the tap, tap = after the tap',
  );
}

/**
 * Builds the demo (unless told not to), serves it without cache headers, measures one visit.
 * @param {{ build?: boolean }} [options]
 * @returns {Promise<string[]>} the misses
 */
export async function checkTransfer({ build = true } = {}) {
  if (build) await buildDemo();
  const server = await serveStatic(DEMO_DIR);
  try {
    const report = await measureTransfer(server.url, { serverHits: server.hits });
    const origin = server.url;
    printTransfer(report, origin);
    return transferMisses(report, origin);
  } finally {
    await server.stop();
  }
}

/** `vite build` of the demo, quiet unless something is wrong. */
export function buildDemo() {
  const vite = `${root}node_modules/vite/bin/vite.js`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--config', 'demo/vite.config.ts', '--logLevel', 'warn'],
      { cwd: root, stdio: 'inherit' },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(undefined) : reject(new Error(`vite build exited with ${code}`)),
    );
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const misses = await checkTransfer({ build: !process.argv.includes('--no-build') });
  if (misses.length > 0) {
    console.error(`\nMissed:\n${misses.map((miss) => `  - ${miss}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nTransfer budget met.');
  }
}
