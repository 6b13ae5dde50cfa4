// @ts-check
/**
 * Press → freeze: a finger goes down (CDP touch, which both libraries listen to) while the story
 * plays, and every display frame's progress bar is sampled. The figure is the number of display
 * frames after the pointerdown until the last visible change (1 = the first frame after the
 * touch already showed the frozen bar), and the time from the pointerdown to the start of the
 * display frame that shows it frozen.
 */
import { openBenchPage } from './openBenchPage.mjs';
import { startProgressSampling, stopProgressSampling } from './sampleProgress.mjs';

/** Display frames sampled after the touch: react-insta-stories waits 200 ms before it pauses. */
const HELD_FRAMES = 40;
/** Where the finger lands (CSS px): the right half, clear of our controls and their header. */
const TOUCH = { x: 300, y: 420 };

/**
 * @param {import('./sampleProgress.mjs').ProgressSample[]} before
 * @param {import('./sampleProgress.mjs').ProgressSample[]} held
 */
function framesToFreeze(before, held) {
  let last = 0;
  let previous = before.at(-1)?.progress;
  held.forEach((sample, index) => {
    if (sample.progress !== previous) last = index + 1;
    previous = sample.progress;
  });
  return last;
}

/**
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 * @param {import('../page/record').BenchLibrary} lib
 */
export async function measureFreeze(context, url, lib) {
  // Half speed: the first frame lasts 2 s, so the whole press stays inside it.
  const bench = await openBenchPage(context, url, lib, { rate: 0.5 });
  try {
    await startProgressSampling(bench.page);
    await bench.waitFrames(10);
    await bench.touchDown(TOUCH.x, TOUCH.y);
    await bench.waitFrames(HELD_FRAMES);
    const { samples, pressedAt } = await stopProgressSampling(bench.page);
    await bench.touchUp();
    const before = samples.filter((sample) => !sample.afterPress);
    const held = samples.filter((sample) => sample.afterPress);
    if (pressedAt < 0 || before.length < 5 || held.length < HELD_FRAMES - 5) {
      throw new Error(`${lib} freeze: the press was not sampled (${samples.length} samples)`);
    }
    if (new Set(before.map((sample) => sample.progress)).size < 3) {
      throw new Error(`${lib} freeze: the progress bar did not move before the press`);
    }
    const frames = framesToFreeze(before, held);
    if (frames >= held.length) throw new Error(`${lib} freeze: the progress never stopped`);
    const frozen = held[Math.max(frames, 1) - 1];
    return { frames, ms: (frozen?.frameStart ?? Number.NaN) - pressedAt };
  } finally {
    await bench.close();
  }
}
