// @ts-check
/**
 * Engine benchmark, on the built package (what users get):
 * - drift: a 10,000-frame story at 8× on a jittery clock — the end and every frame boundary
 *   against Σ duration / rate, and how late each change is noticed by a 60 Hz display;
 * - the cost of one tick (a display frame while playing, one progress listener).
 * Prints a table and returns the numbers; `run.mjs` collects them.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadBuiltPackage } from './loadBuiltPackage.mjs';

const FRAMES = 10_000;
const RATE = 8;

/** @param {number} seed */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {any} lib @param {() => number} nextTick ms until the next display frame */
function playThrough(lib, nextTick) {
  const rand = random(7);
  const durations = Array.from({ length: FRAMES }, () => 200 + Math.round(rand() * 2800));
  const frames = durations.map((duration, index) => ({ id: `f${index}`, duration }));
  const clock = lib.createManualClock();
  const player = lib.createPlayer({ frames, playbackRate: RATE, clock });
  const starts = [0];
  for (const duration of durations) starts.push((starts.at(-1) ?? 0) + duration);
  let endedAt = Number.NaN;
  let worstBoundary = 0;
  let worstNoticed = 0;
  player.on('ended', (/** @type {{at: number}} */ { at }) => (endedAt = at));
  player.on('framechange', (/** @type {{to: number, at: number}} */ { to, at }) => {
    worstBoundary = Math.max(worstBoundary, Math.abs(at - (starts[to] ?? 0) / RATE));
    worstNoticed = Math.max(worstNoticed, clock.now() - at);
  });
  let ticks = 0;
  while (player.getState().status !== 'ended') {
    clock.advance(nextTick());
    ticks++;
  }
  const expected = (starts.at(-1) ?? 0) / RATE;
  return {
    expected,
    endedAt,
    drift: Math.abs(endedAt - expected),
    worstBoundary,
    worstNoticed,
    ticks,
  };
}

/** @param {any} lib */
function tickCost(lib) {
  // The longest frame a story may have (24 h): 1.45 million ticks of 16.67 ms stay inside it.
  const frames = [{ id: 'a', duration: 86_400_000 }];
  const clock = lib.createManualClock();
  const player = lib.createPlayer({ frames, clock });
  let sink = 0;
  player.onTick((/** @type {number} */ progress) => (sink += progress));
  const run = (/** @type {number} */ count) => {
    const start = performance.now();
    for (let i = 0; i < count; i++) clock.advance(16.67);
    return ((performance.now() - start) * 1e6) / count;
  };
  run(50_000); // warm up the JIT
  const samples = Array.from({ length: 7 }, () => run(200_000)).sort((a, b) => a - b);
  player.destroy();
  const [min = 0, , , median = 0, , , max = 0] = samples;
  return { medianNs: median, minNs: min, maxNs: max, sink };
}

export async function benchEngine() {
  const lib = await loadBuiltPackage('engine');
  const jitter = random(42);
  const jittery = playThrough(lib, () => 4 + jitter() * 36);
  const display = random(43);
  const sixty = playThrough(lib, () => 1000 / 60 + (display() - 0.5) * 4);
  const tick = tickCost(lib);
  const ms = (/** @type {number} */ value) => `${value.toFixed(3)} ms`;
  console.log(`\nEngine: ${FRAMES.toLocaleString('en')} frames at ${RATE}×`);
  console.table({
    'jittery clock (4–40 ms ticks)': {
      'expected end': ms(jittery.expected),
      'ended at': ms(jittery.endedAt),
      drift: ms(jittery.drift),
      'worst boundary error': ms(jittery.worstBoundary),
      'worst noticed late': ms(jittery.worstNoticed),
    },
    '60 Hz ± 2 ms display': {
      'expected end': ms(sixty.expected),
      'ended at': ms(sixty.endedAt),
      drift: ms(sixty.drift),
      'worst boundary error': ms(sixty.worstBoundary),
      'worst noticed late': ms(sixty.worstNoticed),
    },
  });
  console.log(
    `One tick (display frame, one progress listener): median ${tick.medianNs.toFixed(0)} ns ` +
      `(min ${tick.minNs.toFixed(0)}, max ${tick.maxNs.toFixed(0)} over 7 × 200,000 ticks)`,
  );
  return { drift: { jittery, sixty }, tickNs: tick.medianNs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchEngine();
