// @ts-check
/**
 * The e2e fixture (test/e2e/fixture) served by Vite from the sources, and a phone to look at it
 * with: headless Chromium through playwright-core, 390×844 at 3×, touch through CDP. Plain
 * JavaScript so that the benchmark runs on bare Node; the e2e tests use it through
 * test/e2e/support/server.ts.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { sourceAliases } from '../support/aliases.mjs';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const fixtureRoot = fileURLToPath(new URL('../e2e/fixture/', import.meta.url));

/** The phone every browser check uses: the stories are built for a portrait touch screen. */
export const PHONE = /** @type {const} */ ({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
});

/**
 * Starts a Vite dev server for tests on a free port: its own cache (the demo and Storybook
 * pre-bundle into the default one, maybe at the same time), every dependency pre-bundled
 * before the first page asks (a dependency found late makes Vite reload the page in the middle
 * of a test), and no watcher or hot reload (nothing is edited while tests run).
 * @param {import('vite').InlineConfig} config what to serve (root or configFile, plugins, …)
 * @param {string} cacheName the cache folder under node_modules/.vite
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveForTests(config, cacheName) {
  const server = await createServer({
    ...config,
    cacheDir: fileURLToPath(new URL(`../../node_modules/.vite/${cacheName}`, import.meta.url)),
    optimizeDeps: {
      include: [
        'react',
        'react/jsx-dev-runtime',
        'react-dom/client',
        'framer-motion',
        '@use-gesture/react',
      ],
    },
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    logLevel: 'silent',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite started without a local URL');
  return { url, close: () => server.close() };
}

/** Starts a Vite dev server on the fixture, on a free port. */
export function serveFixture() {
  return serveForTests(
    { configFile: false, root: fixtureRoot, plugins: [react()], resolve: { alias: sourceAliases } },
    'e2e-fixture',
  );
}

/**
 * Headless Chromium with a phone context (390×844, 3×, mobile, touch).
 * @returns {Promise<{ browser: import('playwright-core').Browser, context: import('playwright-core').BrowserContext, close(): Promise<void> }>}
 */
export async function launchPhone() {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const context = await browser.newContext({ ...PHONE });
  return { browser, context, close: () => browser.close() };
}

/**
 * A new page on `url`, once the story plays, with a finger and a display-frame counter.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
export async function openStory(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-hs-root][data-state="playing"]');
  const cdp = await context.newCDPSession(page);
  /** @type {{ x: number, y: number } | null} */
  let finger = null;
  /**
   * @param {'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel'} type
   * @param {{ x: number, y: number }[]} touchPoints
   */
  const touch = (type, touchPoints) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints });

  return {
    page,
    /** One finger down at (x, y), in CSS pixels. */
    touchDown: (/** @type {number} */ x, /** @type {number} */ y) => {
      finger = { x, y };
      return touch('touchStart', [finger]);
    },
    touchMove: (/** @type {number} */ x, /** @type {number} */ y) => {
      finger = { x, y };
      return touch('touchMove', [finger]);
    },
    /** The finger lifts where it is. */
    touchUp: () => {
      finger = null;
      return touch('touchEnd', []);
    },
    /** The system takes the touch (a call, a gesture): the page gets touchcancel. */
    touchCancel: () => {
      finger = null;
      return touch('touchCancel', []);
    },
    /** Resolves after `count` display frames (requestAnimationFrame callbacks) in the page. */
    waitFrames: (/** @type {number} */ count) => waitDisplayFrames(page, count),
    close: async () => {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {number} count
 */
export function waitDisplayFrames(page, count) {
  return page.evaluate(
    (frames) =>
      new Promise((resolve) => {
        let left = frames;
        const step = () => (--left <= 0 ? resolve(undefined) : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    count,
  );
}

/**
 * @typedef {object} Sample What one display frame showed.
 * @property {number} frameStart `performance.now()` in this frame's requestAnimationFrame callback
 * @property {number} time `performance.now()` once the frame's animation callbacks had run
 * @property {boolean} afterPress whether a pointerdown came before this frame's callbacks
 * @property {boolean} released whether the pointerup / pointercancel came before them
 * @property {string | null} fill the active segment fill's computed transform
 * @property {string | null} moving the `[data-testid=moving]` element's computed transform
 * @property {string | null} frame the stage's label ("Frame 2 of 6")
 */

/**
 * Starts recording, on every display frame, what the frame showed (see `Sample`). The reading
 * is taken in a task posted from requestAnimationFrame: it runs after every animation callback
 * of that frame (framer-motion's included, whatever their order), so it is what got painted.
 * @param {import('playwright-core').Page} page
 */
export function startSampling(page) {
  return page.evaluate(() => {
    /** @type {any} */
    const view = window;
    const state = { samples: /** @type {unknown[]} */ ([]), pressedAt: -1, releasedAt: -1 };
    let running = true;
    const onDown = () => {
      if (state.pressedAt < 0) state.pressedAt = performance.now();
    };
    const onUp = () => {
      if (state.pressedAt >= 0 && state.releasedAt < 0) state.releasedAt = performance.now();
    };
    window.addEventListener('pointerdown', onDown, { capture: true });
    window.addEventListener('pointerup', onUp, { capture: true });
    window.addEventListener('pointercancel', onUp, { capture: true });
    const transform = (/** @type {string} */ selector) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).transform : null;
    };
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      state.samples.push({
        ...data,
        time: performance.now(),
        fill: transform('[data-hs-segment][data-state="active"] .hs-segment-fill'),
        moving: transform('[data-testid="moving"]'),
        frame: document.querySelector('[data-hs-stage]')?.getAttribute('aria-label') ?? null,
      });
    };
    const onFrame = () => {
      if (!running) return;
      channel.port2.postMessage({
        frameStart: performance.now(),
        afterPress: state.pressedAt >= 0,
        released: state.releasedAt >= 0,
      });
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    view.__hsSampler = {
      state,
      stop() {
        running = false;
        window.removeEventListener('pointerdown', onDown, { capture: true });
        window.removeEventListener('pointerup', onUp, { capture: true });
        window.removeEventListener('pointercancel', onUp, { capture: true });
        channel.port1.close();
      },
    };
  });
}

/**
 * Stops the recording and returns it.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ samples: Sample[], pressedAt: number, releasedAt: number }>}
 */
export function stopSampling(page) {
  return page.evaluate(() => {
    /** @type {any} */
    const view = window;
    view.__hsSampler.stop();
    return view.__hsSampler.state;
  });
}
