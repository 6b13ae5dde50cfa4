// @ts-check
/**
 * Takes the README's picture of the piece, demo/screenshot.png (390 × 844): Jade's canteen
 * frame, frozen, its two hidden messages shown — as a viewer holding it sees it. Serves the demo
 * from the sources and drives the system Chromium. Run: `node demo/tools/screenshot.mjs`.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveForTests } from '../../test/bench/serveFixture.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../test/support/chromium.mjs';

const FRAME = 11; // "Image 11 sur 21": the canteen
const out = fileURLToPath(new URL('../screenshot.png', import.meta.url));
const config = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

const server = await serveForTests({ configFile: config }, 'demo-screenshot');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.click('[data-demo-start]');
  const current = (/** @type {string} */ selector) => `[data-current] ${selector}`;
  await page.waitForSelector(current('[data-hs-root][data-state="playing"]'));
  await page.click(current('[data-hs-control="pause"]'));
  await page.focus(current('[data-hs-stage]'));
  for (;;) {
    const label = await page.getAttribute(current('[data-hs-stage]'), 'aria-label');
    const position = Number(label?.match(/^Image (\d+)/)?.[1]);
    if (position === FRAME) break;
    await page.keyboard.press(position < FRAME ? 'ArrowRight' : 'ArrowLeft');
  }
  // A quick Space press freezes the frame with its messages, like a held finger.
  await page.keyboard.press('Space');
  await page.waitForFunction(() => {
    const messages = [...document.querySelectorAll('[data-current] [data-hs-message]')];
    return messages.length > 0 && messages.every((m) => getComputedStyle(m).opacity === '1');
  });
  await page.waitForTimeout(400);
  // The picture of a finger holding, not of a keyboard: no focus ring.
  await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
