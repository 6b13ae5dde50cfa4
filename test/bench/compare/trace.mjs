// @ts-check
/**
 * `npm run bench:trace`: finds what the long tasks are made of. The throttled run of the side by
 * side (throttled.mjs: rate 8×, loop, 4× CPU, 4 s, once the player plays) is recorded as a
 * Chromium performance trace, and each long task (> 50 ms on the page's main thread) is
 * attributed to its largest cause (traceAnalysis.mjs): image decode / raster, style / layout /
 * paint, React render + commit, the tone measure, other script, GC. Prints, per library and
 * frame set, a table: cause → long tasks, their total and longest, and the cause's time inside
 * all long tasks; writes the figures to test/artifacts/trace.json.
 *
 * The page is built unminified by default, so that the sampled stacks keep the functions' names
 * (`measureImageTone`, React's `commitRoot`); `--minified` traces the shipped build (causes in
 * script are then only "other script").
 *
 * Options: `--lib ours,theirs` `--set svg,raster` `--runs 1` `--minified`
 * `--save` (also writes each raw trace to test/artifacts/trace-<lib>-<set>-<run>.json, to open
 * in Chrome DevTools' Performance panel).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchPhone } from '../serveFixture.mjs';
import { median } from '../stats.mjs';
import { openBenchPage } from './openBenchPage.mjs';
import { serveBenchPage } from './servePage.mjs';
import { analyseTrace, CAUSES, causeTable } from './traceAnalysis.mjs';

const THROTTLE = 4;
const WINDOW_MS = 4000;
/** The user timing mark that opens the measured window (inside the page and in the trace). */
const WINDOW_MARK = 'bench:window';
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'disabled-by-default-v8.cpu_profiler',
  'blink',
  'blink.user_timing',
  'cc',
];

const { values } = parseArgs({
  options: {
    lib: { type: 'string', default: 'ours,theirs' },
    set: { type: 'string', default: 'svg,raster' },
    runs: { type: 'string', default: '1' },
    minified: { type: 'boolean', default: false },
    save: { type: 'boolean', default: false },
  },
});
const libs = /** @type {('ours' | 'theirs')[]} */ (values.lib.split(','));
const sets = /** @type {('svg' | 'raster')[]} */ (values.set.split(','));
const runs = Number(values.runs);
const artifacts = fileURLToPath(new URL('../../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

/**
 * One traced throttled run.
 * @param {Awaited<ReturnType<typeof launchPhone>>} phone @param {string} url
 * @param {'ours' | 'theirs'} lib @param {'svg' | 'raster'} set @param {number} run
 */
async function traceRun(phone, url, lib, set, run) {
  const bench = await openBenchPage(phone.context, url, lib, { rate: 8, loop: true, set });
  try {
    await bench.cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await bench.waitFrames(10);
    await phone.browser.startTracing(bench.page, { categories: CATEGORIES });
    // Starting the V8 sampler takes a long task of its own: the window opens after it.
    await bench.waitFrames(5);
    await bench.page.evaluate((mark) => {
      performance.mark(mark);
      /** @type {any} */
      const view = window;
      const tasks = /** @type {number[]} */ ([]);
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      view.__traced = {
        tasks,
        observer,
        changes: window.__bench.changes.length,
        commits: window.__bench.commits.length,
      };
    }, WINDOW_MARK);
    await bench.page.waitForTimeout(WINDOW_MS);
    const observed = await bench.page.evaluate(() => {
      /** @type {any} */
      const view = window;
      view.__traced.observer.disconnect();
      return {
        longTasks: /** @type {number[]} */ (view.__traced.tasks),
        changes: window.__bench.changes.length - view.__traced.changes,
        commits: window.__bench.commits.length - view.__traced.commits,
      };
    });
    const buffer = await phone.browser.stopTracing();
    if (values.save) writeFileSync(`${artifacts}trace-${lib}-${set}-${run}.json`, buffer);
    /** @type {{ traceEvents: import('./traceAnalysis.mjs').TraceEvent[] }} */
    const { traceEvents } = JSON.parse(buffer.toString('utf8'));
    const mark = traceEvents.find((event) => event.name === WINDOW_MARK);
    if (!mark) throw new Error(`the trace has no "${WINDOW_MARK}" mark: is blink.user_timing on?`);
    const bounds = { from: mark.ts, to: mark.ts + WINDOW_MS * 1000 };
    return { ...analyseTrace(traceEvents, bounds), observed };
  } finally {
    await bench.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
    await bench.close();
  }
}

const server = await serveBenchPage({ minify: values.minified });
const phone = await launchPhone();
/** @type {Record<string, unknown>} */
const results = {};
try {
  // A first load of each warms Chromium's caches and compiles the page: not traced.
  for (const lib of libs) {
    for (const set of sets)
      await (await openBenchPage(phone.context, server.url, lib, { set })).close();
  }
  for (const set of sets) {
    for (const lib of libs) {
      const traced = [];
      for (let run = 0; run < runs; run++)
        traced.push(await traceRun(phone, server.url, lib, set, run));
      const tasks = traced.flatMap((one) => one.tasks);
      const counts = traced.map((one) => one.tasks.length);
      const longest = traced.map((one) => one.longestMs);
      const changes = traced.reduce((sum, one) => sum + one.observed.changes, 0);
      /** @type {Record<string, number>} */
      const allByCause = {};
      for (const one of traced) {
        for (const [cause, ms] of Object.entries(one.allByCause))
          allByCause[cause] = (allByCause[cause] ?? 0) + ms;
      }
      const busy = traced.map((one) => Math.round(one.busyMs / Math.max(one.observed.changes, 1)));
      const observed = traced.map((one) => one.observed.longTasks.length);
      console.log(
        `\n${lib}, ${set} frames — 4× CPU, 8×, ${WINDOW_MS / 1000} s, ${runs} run(s): ` +
          `${median(counts)} long tasks in the trace (runs: ${counts.join(', ')}), longest task ` +
          `(long or not) ${longest.map(Math.round).join(', ')} ms, main thread busy ` +
          `${busy.join(', ')} ms per frame change; the longtask observer counted ${observed.join(', ')}; ` +
          `${traced.map((one) => one.observed.changes).join(', ')} frame changes, ` +
          `${traced.map((one) => one.observed.commits).join(', ')} React commits; image ` +
          `decoding off the main thread ${traced.map((one) => Math.round(one.offThreadDecodeMs)).join(', ')} ms`,
      );
      console.table(causeTable(tasks, allByCause, changes));
      results[`${lib}/${set}`] = {
        runs: traced.map(({ tasks: list, observed: seen, offThreadDecodeMs, samples, ...all }) => ({
          longTasks: list.length,
          longestMs: all.longestMs,
          busyMs: all.busyMs,
          allByCause: all.allByCause,
          observedLongTasks: seen.longTasks.length,
          frameChanges: seen.changes,
          commits: seen.commits,
          offThreadDecodeMs,
          samples,
          tasks: list,
        })),
        causes: causeTable(tasks, allByCause, changes),
      };
    }
  }
} finally {
  await phone.close();
  await server.close();
}
writeFileSync(
  `${artifacts}trace.json`,
  `${JSON.stringify({ date: new Date().toISOString(), causes: CAUSES, results }, null, 2)}\n`,
);
console.log(`\nWritten to ${artifacts}trace.json`);
