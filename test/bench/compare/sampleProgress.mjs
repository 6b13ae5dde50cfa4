// @ts-check
/**
 * Records, on every display frame, what the progress bar showed (`window.__bench.progress()`),
 * and when the first pointerdown came. Same technique as serveFixture.mjs's sampler: the reading
 * is taken in a task posted from requestAnimationFrame, so it runs after every animation callback
 * of that frame (the library's included, whatever their order): it is what got painted.
 */

/**
 * @typedef {object} ProgressSample
 * @property {number} frameStart `performance.now()` in the frame's requestAnimationFrame callback
 * @property {boolean} afterPress whether the pointerdown came before this frame's callbacks
 * @property {string} progress what the progress bar showed
 */

/** @param {import('playwright-core').Page} page */
export function startProgressSampling(page) {
  return page.evaluate(() => {
    /** @type {any} */
    const view = window;
    const state = { samples: /** @type {unknown[]} */ ([]), pressedAt: -1 };
    let running = true;
    const onDown = () => {
      if (state.pressedAt < 0) state.pressedAt = performance.now();
    };
    window.addEventListener('pointerdown', onDown, { capture: true });
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      state.samples.push({ ...data, progress: window.__bench.progress() });
    };
    const onFrame = () => {
      if (!running) return;
      channel.port2.postMessage({
        frameStart: performance.now(),
        afterPress: state.pressedAt >= 0,
      });
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    view.__progressSampler = {
      state,
      stop() {
        running = false;
        window.removeEventListener('pointerdown', onDown, { capture: true });
        channel.port1.close();
      },
    };
  });
}

/**
 * Stops the recording and returns it.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ samples: ProgressSample[], pressedAt: number }>}
 */
export function stopProgressSampling(page) {
  return page.evaluate(() => {
    /** @type {any} */
    const view = window;
    view.__progressSampler.stop();
    return view.__progressSampler.state;
  });
}
