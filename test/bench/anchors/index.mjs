// @ts-check
/**
 * The two other anchors of the comparison, zuck.js (vanilla JS) and stories-react (React), on
 * the side-by-side bench's terms: the same 40 frames (page/frames.ts), durations and rate, the
 * same phone (390×844, touch) and Chromium flags, and compare/'s own measures (freeze, timing,
 * throttled) on this folder's page, each player in its own page load of a production build.
 * Runs alternate the two players. Prints the table and returns one row per figure (median and
 * spread, or `null` where a figure does not apply), the notes that say how each was measured,
 * the raw runs and the bytes; `npm run bench:anchors` runs it alone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measureFreeze } from '../compare/freeze.mjs';
import { openBenchPage } from '../compare/openBenchPage.mjs';
import { measureThrottled } from '../compare/throttled.mjs';
import { measureTiming } from '../compare/timing.mjs';
import { launchPhone } from '../serveFixture.mjs';
import { measureAnchorBytes } from './bytes.mjs';
import { serveAnchorsPage } from './servePage.mjs';
import { ANCHOR_NAMES, printAnchors, row } from './table.mjs';

export { markdownAnchors } from './table.mjs';

/** Runs of the quick measures (freeze, 8× timing) and of the throttled ones, as compare/. */
const RUNS = 5;
const SLOW_RUNS = 3;
const LIBS = /** @type {const} */ (['zuck', 'storiesReact']);
const KB = 1000;

/**
 * @typedef {import('./table.mjs').AnchorLibrary} AnchorLibrary
 * @typedef {import('./table.mjs').AnchorRow} AnchorRow
 */

/**
 * compare/'s measures type the library as ours | theirs; they only pass it to the page's query.
 * @param {AnchorLibrary} lib
 */
const onPage = (lib) =>
  /** @type {import('../page/record').BenchLibrary} */ (/** @type {unknown} */ (lib));

/**
 * `runs` runs of `measure`, alternating the players within each run.
 * @template T
 * @param {number} runs
 * @param {(lib: AnchorLibrary) => Promise<T>} measure
 * @returns {Promise<Record<AnchorLibrary, T[]>>}
 */
async function alternate(runs, measure) {
  /** @type {Record<AnchorLibrary, T[]>} */
  const results = { zuck: [], storiesReact: [] };
  for (let run = 0; run < runs; run++) {
    for (const lib of LIBS) results[lib].push(await measure(lib));
  }
  return results;
}

/**
 * @template T
 * @param {Record<AnchorLibrary, T[]>} results @param {(run: T) => number} pick
 */
const pick = (results, pick) => ({
  zuck: results.zuck.map(pick),
  storiesReact: results.storiesReact.map(pick),
});

/** @param {string} name */
function versionOf(name) {
  const manifest = fileURLToPath(
    new URL(`../../../node_modules/${name}/package.json`, import.meta.url),
  );
  return /** @type {string} */ (JSON.parse(readFileSync(manifest, 'utf8')).version);
}

/**
 * Errors and warnings each player's pages print (stories-react's check under React 19).
 * @param {import('playwright-core').BrowserContext} context
 */
function watchConsoles(context) {
  /** @type {Record<AnchorLibrary, Map<string, number>>} */
  const messages = { zuck: new Map(), storiesReact: new Map() };
  /** @param {import('playwright-core').Page | null} page @param {string} text */
  const add = (page, text) => {
    const lib = new URL(page?.url() ?? 'about:blank').searchParams.get('lib');
    if (lib !== 'zuck' && lib !== 'storiesReact') return;
    messages[lib].set(text, (messages[lib].get(text) ?? 0) + 1);
  };
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      add(message.page(), `console.${message.type()}: ${message.text().split('\n')[0]}`);
    }
  });
  context.on('weberror', (error) => add(error.page(), `uncaught: ${error.error().message}`));
  return messages;
}

/** @param {Map<string, number>} messages */
function describeMessages(messages) {
  if (messages.size === 0) return 'no console error or warning, no uncaught error in any run';
  const printed = Array.from(messages, ([text, count]) => `${count} × ${text}`).join('; ');
  return `over all runs, ${printed}`;
}

/**
 * @returns {Promise<{ rows: AnchorRow[], notes: string[], runs: object, bytes: import('./bytes.mjs').AnchorBytes }>}
 */
export async function benchAnchors() {
  const bytes = await measureAnchorBytes();
  const server = await serveAnchorsPage();
  const phone = await launchPhone();
  const messages = watchConsoles(phone.context);
  try {
    const { context } = phone;
    const { url } = server;
    // A first load of each warms Chromium's caches and compiles the page: not measured.
    for (const lib of LIBS) await (await openBenchPage(context, url, onPage(lib))).close();
    const freeze = await alternate(RUNS, (lib) => measureFreeze(context, url, onPage(lib)));
    const at8 = await alternate(RUNS, (lib) =>
      measureTiming(context, url, onPage(lib), { rate: 8 }),
    );
    const throttled = await alternate(SLOW_RUNS, (lib) =>
      measureThrottled(context, url, onPage(lib)),
    );
    const throttledRaster = await alternate(SLOW_RUNS, (lib) =>
      measureThrottled(context, url, onPage(lib), 'raster'),
    );
    const kB = (/** @type {number} */ zuck, /** @type {number} */ storiesReact) => ({
      zuck: [zuck / KB],
      storiesReact: [storiesReact / KB],
    });
    const commits = pick(at8, (run) => run.commitsPerSecond);
    /** @type {AnchorRow[]} */
    const rows = [
      row(
        'press → progress frozen (display frames)',
        0,
        pick(freeze, (run) => run.frames),
      ),
      row(
        'pointerdown → frozen frame starts (ms)',
        1,
        pick(freeze, (run) => run.ms),
      ),
      row(
        '8×: worst |shown − duration/8| (ms)',
        1,
        pick(at8, (run) => run.worstMs),
      ),
      row(
        '8×: mean |shown − duration/8| (ms)',
        1,
        pick(at8, (run) => run.meanMs),
      ),
      row(
        '8×: |drift| over the story, 39 frames (ms)',
        1,
        pick(at8, (run) => Math.abs(run.driftMs)),
      ),
      row('React commits per second, 8×', 1, { ...commits, zuck: null }),
      row(
        '4× CPU, 8×, 4 s: long tasks (> 50 ms)',
        0,
        pick(throttled, (run) => run.longTasks),
      ),
      row(
        '4× CPU, 8×, 4 s: longest task (ms)',
        0,
        pick(throttled, (run) => run.longestTaskMs),
      ),
      row(
        '4× CPU, 8×, 4 s: dropped frames',
        0,
        pick(throttled, (run) => run.droppedFrames),
      ),
      row(
        '4× CPU, 8×, 4 s: frame changes',
        0,
        pick(throttled, (run) => run.frameChanges),
      ),
      row(
        '4× CPU, 8×, 4 s, JPEG frames: long tasks (> 50 ms)',
        0,
        pick(throttledRaster, (run) => run.longTasks),
      ),
      row(
        '4× CPU, 8×, 4 s, JPEG frames: longest task (ms)',
        0,
        pick(throttledRaster, (run) => run.longestTaskMs),
      ),
      row(
        '4× CPU, 8×, 4 s, JPEG frames: dropped frames',
        0,
        pick(throttledRaster, (run) => run.droppedFrames),
      ),
      row(
        '4× CPU, 8×, 4 s, JPEG frames: frame changes',
        0,
        pick(throttledRaster, (run) => run.frameChanges),
      ),
      row(
        'JS of the player, peers external, min+gz (kB)',
        1,
        kB(bytes.zuck.js, bytes.storiesReact.js),
      ),
      row('CSS, min+gz (kB)', 1, kB(bytes.zuck.css, bytes.storiesReact.css)),
    ];
    const react = versionOf('react');
    const notes = [
      `${ANCHOR_NAMES.zuck} ${versionOf('zuck.js')}: no playback rate, so each item's \`length\` ` +
        "(seconds) is duration / rate. Its progress is a CSS animation of each pointer's " +
        '`max-width`; the next item starts on its `animationend`. Frame changes are stamped in ' +
        '`onNavigateItem`, the end in `onEnd`. Hold applies: `touchstart` adds `paused` to the ' +
        'viewer (`animation-play-state: paused`), no debounce (touches within 80 px of the top ' +
        'or bottom edge are ignored; the bench touches at 300, 420). React commits: n/a (no React).',
      `${ANCHOR_NAMES.zuck}: its npm entry is webpack's development build (every module an eval() ` +
        `string, which a minifier cannot shrink): bundled it is ${(bytes.zuck.js / KB).toFixed(1)} ` +
        'kB min+gz (no dependency); its own dist/zuck.min.js, the script-tag file its "exports" ' +
        `does not reach, is ${(bytes.zuck.scriptTag / KB).toFixed(1)} kB gz. CSS: zuck.js/css ` +
        'and the Snapgram skin. Vite 8 (Rolldown) cannot import it as published ("Zuck" is not ' +
        'exported: the file sets `this.Zuck`, and `this` is undefined in an ES module); the page ' +
        'runs it with an exports object as `this`, as webpack and esbuild read it.',
      `${ANCHOR_NAMES.storiesReact} ${versionOf('stories-react')} on React ${react} (its peer ` +
        'range is ^18.2.0; package.json "overrides" resolves it to ours): ' +
        `${describeMessages(messages.storiesReact)} (its touchstart handler ` +
        'calls preventDefault, which React has ignored since 17, its touch listeners being ' +
        'passive: Chrome logs it on every press, under React 18 as well). It renders, plays, ' +
        'holds and ends in every run.',
      `${ANCHOR_NAMES.storiesReact}: no playback rate, so each story gets duration / rate. Frame ` +
        'changes come from `onStoryChange` (a useEffect after the commit), the end from ' +
        '`onAllStoriesEnd`. It pauses each image story until the image loads (+ 4 ms), then ' +
        'runs a setTimeout for the rest, so load time adds to every frame. Hold applies, after ' +
        'a 200 ms debounce (touchstart → setTimeout(200) → pause). Its bars grow by an inline ' +
        'pixel width written on every animation frame, outside React.',
      `${ANCHOR_NAMES.zuck}: ${describeMessages(messages.zuck)}.`,
      'Neither has a loop option: the 4× CPU runs (4 s at 8×) cover about half the 7.5 s ' +
        'story and never reach its end. Bytes: esbuild, minified, ES2020, gzip -9, React ' +
        `external, 1 kB = 1,000 bytes, measured once. Median (min – max) of ${RUNS} runs ` +
        `(${SLOW_RUNS} under 4× CPU).`,
    ];
    console.log(
      `\nThe other anchors: ${ANCHOR_NAMES.zuck} and ${ANCHOR_NAMES.storiesReact}, 40 image ` +
        'frames (SVG; JPEG where said), 390×844 touch, headless Chromium ' +
        `${phone.browser.version()}. Median (min – max) of ${RUNS} runs (${SLOW_RUNS} under 4× CPU).`,
    );
    printAnchors(rows);
    for (const note of notes) console.log(`- ${note}`);
    return { rows, notes, runs: { freeze, at8, throttled, throttledRaster }, bytes };
  } finally {
    await phone.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchAnchors();
