// @ts-check
/**
 * react-hold-stories side by side with react-insta-stories: the same 40 image frames (SVG, and
 * photo-sized JPEGs for the throttled run and the heap: rasterFrames.mjs), the same durations
 * and rate, each library in its own page load of the production-built bench page
 * (test/bench/page), in headless Chromium on a phone (390×844, touch). Runs alternate ours /
 * theirs so that a busy moment on the machine hits both; the waits of long JPEG stories are
 * ours only (waits.mjs). Prints the table (median and spread, ratio) and returns the figures,
 * the raw runs and our budgets; `run.mjs` collects them.
 */
import { cpus, platform, release } from 'node:os';
import { pathToFileURL } from 'node:url';
import { launchPhone } from '../serveFixture.mjs';
import { bytesBudgets, bytesFigures, measureBytes, printEntries } from './bytes.mjs';
import { DISPLAY_FRAME_MS } from './displayFrames.mjs';
import { figure, printFigures } from './figures.mjs';
import { measureFreeze } from './freeze.mjs';
import { measureMemory } from './memory.mjs';
import { openBenchPage } from './openBenchPage.mjs';
import { serveBenchPage } from './servePage.mjs';
import { printStandalone } from './standalone.mjs';
import { measureThrottled } from './throttled.mjs';
import { measureTiming } from './timing.mjs';
import { measureWaits, WAIT_PLANS } from './waits.mjs';

/** Runs of the quick measures (freeze, 8× timing) and of the slow ones (1×, throttled, heap). */
const RUNS = 5;
const SLOW_RUNS = 3;
/** At 1× the story would take a minute: frames 1 to 5 are timed (7.5 s). */
const LAST_FRAME_AT_1X = 6;
const LIBS = /** @type {const} */ (['ours', 'theirs']);
const KB = 1000;
/** A growth is judged as measured: shrinking passes. */
const growth = (/** @type {number} */ median) => median;

/**
 * @template T
 * @typedef {Record<'ours' | 'theirs', T[]>} PerLib
 */

/**
 * `runs` runs of `measure`, alternating the libraries within each run.
 * @template T
 * @param {number} runs
 * @param {(lib: 'ours' | 'theirs') => Promise<T>} measure
 * @returns {Promise<PerLib<T>>}
 */
async function alternate(runs, measure) {
  /** @type {PerLib<T>} */
  const results = { ours: [], theirs: [] };
  for (let run = 0; run < runs; run++) {
    for (const lib of LIBS) results[lib].push(await measure(lib));
  }
  return results;
}

/**
 * `runs` runs of a measure that only applies to ours (theirs has nothing to compare: `—`).
 * @template T
 * @param {number} runs @param {() => Promise<T>} measure
 * @returns {Promise<PerLib<T>>}
 */
async function oursOnly(runs, measure) {
  /** @type {T[]} */
  const ours = [];
  for (let run = 0; run < runs; run++) ours.push(await measure());
  return { ours, theirs: [] };
}

/**
 * @template T
 * @param {PerLib<T>} results @param {(run: T) => number} pick
 */
const pick = (results, pick) => ({
  ours: results.ours.map(pick),
  theirs: results.theirs.map(pick),
});

export async function benchCompare() {
  const bytes = await measureBytes();
  const server = await serveBenchPage();
  const phone = await launchPhone();
  try {
    const machine = {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium: phone.browser.version(),
    };
    // A first load of each warms Chromium's caches and compiles the page: not measured.
    for (const lib of LIBS) await (await openBenchPage(phone.context, server.url, lib)).close();
    const { context } = phone;
    const runs = {
      freeze: await alternate(RUNS, (lib) => measureFreeze(context, server.url, lib)),
      at8: await alternate(RUNS, (lib) => measureTiming(context, server.url, lib, { rate: 8 })),
      at1: await alternate(SLOW_RUNS, (lib) =>
        measureTiming(context, server.url, lib, { rate: 1, lastFrame: LAST_FRAME_AT_1X }),
      ),
      throttled: await alternate(SLOW_RUNS, (lib) => measureThrottled(context, server.url, lib)),
      throttledRaster: await alternate(SLOW_RUNS, (lib) =>
        measureThrottled(context, server.url, lib, 'raster'),
      ),
      memory: await alternate(SLOW_RUNS, (lib) => measureMemory(context, server.url, lib)),
      waits: await oursOnly(SLOW_RUNS, async () => {
        const results = [];
        for (const plan of WAIT_PLANS) results.push(await measureWaits(context, server.url, plan));
        return results;
      }),
    };
    const { freeze, at8, at1, throttled, throttledRaster, memory, waits } = runs;
    const figures = [
      figure(
        'press → progress frozen (display frames)',
        0,
        pick(freeze, (run) => run.frames),
      ),
      figure(
        'pointerdown → frozen frame starts (ms)',
        1,
        pick(freeze, (run) => run.ms),
      ),
      figure(
        '1×: worst |shown − duration| (ms)',
        1,
        pick(at1, (run) => run.worstMs),
      ),
      figure(
        '1×: |drift| over frames 1–5 (ms)',
        1,
        pick(at1, (run) => Math.abs(run.driftMs)),
      ),
      figure(
        '8×: worst |shown − duration/8| (ms)',
        1,
        pick(at8, (run) => run.worstMs),
      ),
      figure(
        '8×: mean |shown − duration/8| (ms)',
        1,
        pick(at8, (run) => run.meanMs),
      ),
      figure(
        '8×: |drift| over the story, 39 frames (ms)',
        1,
        pick(at8, (run) => Math.abs(run.driftMs)),
      ),
      figure(
        'React commits per second, 1×',
        1,
        pick(at1, (run) => run.commitsPerSecond),
      ),
      figure(
        'React commits per second, 8×',
        1,
        pick(at8, (run) => run.commitsPerSecond),
      ),
      figure(
        'commits per display frame beyond frame changes, 8×',
        2,
        pick(at8, (run) => run.commitsPerTick),
      ),
      figure(
        '4× CPU, 8×, 4 s: long tasks (> 50 ms)',
        0,
        pick(throttled, (run) => run.longTasks),
      ),
      figure(
        '4× CPU, 8×, 4 s: longest task (ms)',
        0,
        pick(throttled, (run) => run.longestTaskMs),
      ),
      figure(
        '4× CPU, 8×, 4 s: dropped frames',
        0,
        pick(throttled, (run) => run.droppedFrames),
      ),
      figure(
        '4× CPU, 8×, 4 s, JPEG frames: long tasks (> 50 ms)',
        0,
        pick(throttledRaster, (run) => run.longTasks),
      ),
      figure(
        '4× CPU, 8×, 4 s, JPEG frames: longest task (ms)',
        0,
        pick(throttledRaster, (run) => run.longestTaskMs),
      ),
      figure(
        '4× CPU, 8×, 4 s, JPEG frames: dropped frames',
        0,
        pick(throttledRaster, (run) => run.droppedFrames),
      ),
      figure(
        '4× CPU, 8×, 4 s, JPEG frames: frame changes',
        0,
        pick(throttledRaster, (run) => run.frameChanges),
      ),
      ...bytesFigures(bytes),
      figure(
        'JS heap after 10 frame changes (MB)',
        2,
        pick(memory, (run) => run.heapAfter10 / 1e6),
      ),
      figure(
        'JS heap after 1,000 (MB)',
        2,
        pick(memory, (run) => run.heapAfter1000 / 1e6),
      ),
      figure(
        'heap growth, 10 → 1,000 changes (kB)',
        0,
        pick(memory, (run) => run.heapGrowth / KB),
      ),
      figure(
        '… of it compiled code (V8 optimising hot functions) (kB)',
        0,
        pick(memory, (run) => run.codeGrowth / KB),
      ),
      figure(
        'heap growth without compiled code, 10 → 1,000 changes (kB)',
        0,
        pick(memory, (run) => run.heapGrowthWithoutCode / KB),
      ),
      figure(
        'heap growth, 1,000 → 2,000 changes, code warm (kB)',
        0,
        pick(memory, (run) => run.warmHeapGrowth / KB),
      ),
      figure(
        'DOM nodes growth, 10 → 2,000 changes',
        0,
        pick(memory, (run) => run.nodesGrowth),
      ),
      ...WAIT_PLANS.flatMap(({ ms, frames }, plan) => {
        const name = `8×, ${frames} JPEG frames of ${ms} ms`;
        return [
          figure(
            `${name}: frames that waited, after the first`,
            0,
            pick(waits, (run) => run[plan]?.waits ?? Number.NaN),
          ),
          figure(
            `${name}: frames passed inside one display frame`,
            0,
            pick(waits, (run) => run[plan]?.passed ?? Number.NaN),
          ),
        ];
      }),
    ];
    const byName = Object.fromEntries(figures.map((row) => [row.figure, row.ours.median]));
    /**
     * Our budgets from DESIGN.md and the issues, on the medians. Theirs are printed, never judged.
     * An error is judged by its size (`Math.abs`); a growth as it is (a shrink passes).
     */
    const budget = (
      /** @type {string} */ name,
      /** @type {string} */ figureName,
      /** @type {number} */ limit,
      /** @type {string} */ unit,
      /** @type {(median: number) => number} */ measure = Math.abs,
    ) => {
      const median = byName[figureName];
      if (median === undefined) throw new Error(`budget "${name}": no figure "${figureName}"`);
      const value = measure(median);
      return { name: `side by side: ${name}`, value, limit, unit, ok: value <= limit };
    };
    const budgets = [
      budget('press → frozen progress', 'press → progress frozen (display frames)', 1, 'frames'),
      budget('8× worst frame error', '8×: worst |shown − duration/8| (ms)', DISPLAY_FRAME_MS, 'ms'),
      budget('8× drift', '8×: |drift| over the story, 39 frames (ms)', DISPLAY_FRAME_MS, 'ms'),
      budget(
        'commits per tick beyond frame changes',
        'commits per display frame beyond frame changes, 8×',
        0,
        '',
      ),
      budget('long tasks at 4× CPU', '4× CPU, 8×, 4 s: long tasks (> 50 ms)', 0, ''),
      budget(
        'long tasks at 4× CPU, JPEG frames',
        '4× CPU, 8×, 4 s, JPEG frames: long tasks (> 50 ms)',
        0,
        '',
      ),
      budget('longest task at 4× CPU', '4× CPU, 8×, 4 s: longest task (ms)', 50, 'ms'),
      budget(
        'longest task at 4× CPU, JPEG frames',
        '4× CPU, 8×, 4 s, JPEG frames: longest task (ms)',
        50,
        'ms',
      ),
      budget(
        'heap growth without compiled code, 10 → 1,000 changes',
        'heap growth without compiled code, 10 → 1,000 changes (kB)',
        300,
        'kB',
        growth,
      ),
      budget(
        'heap growth, 1,000 → 2,000 changes',
        'heap growth, 1,000 → 2,000 changes, code warm (kB)',
        300,
        'kB',
        growth,
      ),
      budget('DOM nodes flat', 'DOM nodes growth, 10 → 2,000 changes', 0, '', growth),
      ...WAIT_PLANS.filter(({ ms }) => ms >= 40).map(({ ms, frames }) =>
        budget(
          `no wait at 8× after the first frame, ${ms} ms frames`,
          `8×, ${frames} JPEG frames of ${ms} ms: frames that waited, after the first`,
          0,
          '',
        ),
      ),
      ...bytesBudgets(bytes),
    ];
    console.log(
      `\nSide by side with react-insta-stories: 40 image frames (SVG; JPEG where said), 390×844 touch, Chromium ` +
        `${machine.chromium}, ${machine.cpus} cores. Median (min – max) of ${RUNS} runs ` +
        `(${SLOW_RUNS} for 1×, 4× CPU and heap); bytes measured once.`,
    );
    printFigures(figures);
    printEntries(bytes);
    console.log('\nThe standalone script (dist/hold-stories.js), part by part');
    printStandalone(bytes.ours.standalone);
    return { machine, runs, bytes, figures, budgets };
  } finally {
    await phone.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchCompare();
