// @ts-check
/**
 * <Stories> in headless Chromium on a phone (390×844, touch), on the e2e fixture served by Vite
 * from the sources. Five runs of each, median and spread, next to DESIGN.md's budgets:
 * - press → freeze: display frames after the touch until the progress fill and the `render`
 *   frame's own animation stop changing (budget: the next display frame);
 * - React commits while playing at 6×: per second, per frame change, and beyond the frame
 *   changes per display frame (budget: 0 per tick);
 * - frame timing at 8×: each frame's time on screen (from `onFrameChange` as the page received
 *   it) against duration / rate, and the drift over the run (budget: ± one display frame).
 * Prints a table and returns the numbers; `run.mjs` collects them.
 */
import { pathToFileURL } from 'node:url';
import {
  launchPhone,
  openStory,
  serveFixture,
  startSampling,
  stopSampling,
} from './serveFixture.mjs';
import { median, repeat, summary } from './stats.mjs';

const RUNS = 5;
/** One display frame at 60 Hz, the unit of the timing budgets. */
const DISPLAY_FRAME_MS = 1000 / 60;

/**
 * @typedef {import('./serveFixture.mjs').Sample} Sample
 * @typedef {{ at: number; to: number; cause: string }} FrameChange
 * @typedef {{ name: string; value: number; limit: number; unit: string; ok: boolean }} Budget
 */

/**
 * Display frames after the touch until the last change of `key` (1 = the first frame after the
 * touch was the last to change or already showed the frozen value; 0 = nothing changed).
 * @param {Sample[]} before @param {Sample[]} held @param {'fill' | 'moving'} key
 */
function framesToFreeze(before, held, key) {
  let last = 0;
  let previous = before.at(-1)?.[key];
  held.forEach((sample, index) => {
    if (sample[key] !== previous) last = index + 1;
    previous = sample[key];
  });
  return last;
}

/**
 * Presses the corridor (a `render` frame) while it plays at 1× and samples every display frame.
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 */
async function measureFreeze(context, url) {
  const story = await openStory(context, `${url}?start=1&rate=1`);
  try {
    await startSampling(story.page);
    await story.waitFrames(20);
    await story.touchDown(312, 422);
    await story.waitFrames(30);
    const { samples, pressedAt } = await stopSampling(story.page);
    await story.touchUp();
    const before = samples.filter((sample) => !sample.afterPress);
    const held = samples.filter((sample) => sample.afterPress && !sample.released);
    if (held.length < 20 || !held.every((sample) => sample.fill && sample.moving)) {
      throw new Error('freeze: the hold was not sampled on the corridor frame');
    }
    const fill = framesToFreeze(before, held, 'fill');
    const moving = framesToFreeze(before, held, 'moving');
    // When the display frame that shows the frozen state began, after the pointerdown.
    const frozenFrame = held[Math.max(fill, moving, 1) - 1];
    return { fill, moving, ms: (frozenFrame?.frameStart ?? Number.NaN) - pressedAt };
  } finally {
    await story.close();
  }
}

/**
 * Counts the Profiler's commits and the frame changes over ~3 s of playback at 6×.
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 */
async function measureCommits(context, url) {
  const story = await openStory(context, `${url}?rate=6&loop=1`);
  try {
    // The mount's commits are not playback's.
    await story.waitFrames(30);
    const counted = await story.page.evaluate(
      (windowMs) =>
        new Promise((resolve) => {
          const record = window.__hs;
          const commits = record.commits;
          const changes = record.events.length;
          const startedAt = performance.now();
          let ticks = 0;
          const onFrame = (/** @type {number} */ time) => {
            ticks++;
            if (time - startedAt < windowMs) return void requestAnimationFrame(onFrame);
            const frameChanges = record.events
              .slice(changes)
              .filter((event) => event.type === 'framechange').length;
            resolve({
              commits: record.commits - commits,
              frameChanges,
              ticks,
              seconds: (performance.now() - startedAt) / 1000,
            });
          };
          requestAnimationFrame(onFrame);
        }),
      3000,
    );
    const { commits, frameChanges, ticks, seconds } =
      /** @type {{ commits: number, frameChanges: number, ticks: number, seconds: number }} */ (
        counted
      );
    return {
      perSecond: commits / seconds,
      perFrameChange: frameChanges > 0 ? commits / frameChanges : Number.NaN,
      // Commits the frame changes do not explain, per display frame: a render per tick shows here.
      perTick: Math.max(0, commits - frameChanges) / ticks,
      commits,
      frameChanges,
      ticks,
    };
  } finally {
    await story.close();
  }
}

/**
 * Plays at 8× (looping) for ~4 s; each frame's time on screen is the gap between the page
 * receiving its `framechange` and the next one's.
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 */
async function measureTiming(context, url) {
  const story = await openStory(context, `${url}?rate=8&loop=1`);
  try {
    const intervals = /** @type {number[]} */ (
      await story.page.evaluate(
        (windowMs) =>
          new Promise((resolve) => {
            const gaps = /** @type {number[]} */ ([]);
            let last = -1;
            const startedAt = performance.now();
            const onFrame = (/** @type {number} */ time) => {
              if (last >= 0) gaps.push(time - last);
              last = time;
              if (time - startedAt < windowMs) requestAnimationFrame(onFrame);
              else resolve(gaps);
            };
            requestAnimationFrame(onFrame);
          }),
        4000,
      )
    );
    const { events, config } = await story.page.evaluate(() => window.__hs);
    const changes = events
      .filter((event) => event.type === 'framechange')
      .map((event) => ({ t: event.t, .../** @type {FrameChange} */ (event.detail) }))
      .filter((change) => change.cause === 'auto');
    /** @type {number[]} */
    const errors = [];
    let expectedTotal = 0;
    for (let k = 0; k + 1 < changes.length; k++) {
      const [shown, next] = [changes[k], changes[k + 1]];
      if (!shown || !next) continue;
      const expected = (config.durations[shown.to] ?? Number.NaN) / config.rate;
      errors.push(Math.abs(next.t - shown.t - expected));
      expectedTotal += expected;
    }
    const first = changes[0];
    const last = changes.at(-1);
    if (!first || !last || errors.length < 5) throw new Error('timing: too few frame changes');
    return {
      worst: Math.max(...errors),
      mean: errors.reduce((sum, error) => sum + error, 0) / errors.length,
      drift: last.t - first.t - expectedTotal,
      frames: errors.length,
      displayFrame: median(intervals),
    };
  } finally {
    await story.close();
  }
}

export async function benchStories() {
  const server = await serveFixture();
  const phone = await launchPhone();
  try {
    // The first load pre-bundles the dependencies: not part of any measure.
    await (await openStory(phone.context, server.url)).close();
    const freezes = await repeat(RUNS, () => measureFreeze(phone.context, server.url));
    const commitRuns = await repeat(RUNS, () => measureCommits(phone.context, server.url));
    const timings = await repeat(RUNS, () => measureTiming(phone.context, server.url));

    const result = {
      freeze: {
        fillFrames: summary(freezes.map((run) => run.fill)),
        movingFrames: summary(freezes.map((run) => run.moving)),
        ms: summary(freezes.map((run) => run.ms)),
      },
      commits: {
        perSecond: summary(commitRuns.map((run) => run.perSecond)),
        perFrameChange: summary(commitRuns.map((run) => run.perFrameChange)),
        perTick: summary(commitRuns.map((run) => run.perTick)),
      },
      timing: {
        worstMs: summary(timings.map((run) => run.worst)),
        meanMs: summary(timings.map((run) => run.mean)),
        driftMs: summary(timings.map((run) => Math.abs(run.drift))),
        displayFrameMs: summary(timings.map((run) => run.displayFrame)),
        framesPerRun: timings.map((run) => run.frames),
      },
    };
    /** Budgets are checked on the median of the runs; the spread is printed beside it. */
    const budget = (
      /** @type {string} */ name,
      /** @type {number} */ value,
      /** @type {number} */ limit,
      /** @type {string} */ unit,
    ) => ({ name, value, limit, unit, ok: value <= limit });
    /** @type {Budget[]} */
    const budgets = [
      budget('stories: press → frozen progress', result.freeze.fillFrames.median, 1, 'frames'),
      budget(
        'stories: press → frozen render frame',
        result.freeze.movingFrames.median,
        1,
        'frames',
      ),
      budget(
        'stories: commits per tick beyond frame changes',
        result.commits.perTick.median,
        0,
        '',
      ),
      budget('stories: 8× worst frame error', result.timing.worstMs.median, DISPLAY_FRAME_MS, 'ms'),
      budget('stories: 8× drift', result.timing.driftMs.median, DISPLAY_FRAME_MS, 'ms'),
    ];
    print(result);
    return { ...result, budgets };
  } finally {
    await phone.close();
    await server.close();
  }
}

/** @param {{ freeze: any, commits: any, timing: any }} result */
function print({ freeze, commits, timing }) {
  const fmt = (/** @type {number} */ value, digits = 1) => value.toFixed(digits);
  const row = (
    /** @type {{ median: number, min: number, max: number }} */ s,
    /** @type {string} */ budget,
    digits = 1,
  ) => ({
    median: fmt(s.median, digits),
    spread: `${fmt(s.min, digits)} – ${fmt(s.max, digits)}`,
    budget,
  });
  console.log(
    `\n<Stories> in Chromium, 390×844 touch: median and spread (min – max) of ${RUNS} runs`,
  );
  console.table({
    'press → fill frozen (display frames)': row(freeze.fillFrames, '≤ 1 (next frame)', 0),
    'press → render frame frozen (frames)': row(freeze.movingFrames, '≤ 1 (next frame)', 0),
    'pointerdown → frozen frame starts (ms)': row(freeze.ms, '≤ 16.7'),
    'commits per second at 6×': row(commits.perSecond, 'frame changes only'),
    'commits per frame change at 6×': row(commits.perFrameChange, '≈ 1', 2),
    'commits per tick beyond frame changes': row(commits.perTick, '0', 3),
    '8× worst |shown − duration/rate| (ms)': row(timing.worstMs, '≤ 16.7'),
    '8× mean |shown − duration/rate| (ms)': row(timing.meanMs, '≤ 16.7'),
    '8× drift over the run (ms)': row(timing.driftMs, '≤ 16.7 (none cumulative)'),
    'display frame (median rAF interval, ms)': row(timing.displayFrameMs, '16.7'),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchStories();
