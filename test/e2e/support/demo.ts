// The demo app (demo/, the French story at ×6) served by Vite from the sources, driven on the
// phone in reading mode, and pixel statistics of screenshots — decoded in a blank page of the
// same browser, so no image library is needed in Node.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { serveForTests } from '../../bench/serveFixture.mjs';
import { repoRoot } from '../../support/aliases.mjs';
import type { FixtureServer, Phone } from './server';

/** Starts Vite with demo/vite.config.ts on a free port (no watcher, no hot reload). */
export function startDemoServer(): Promise<FixtureServer> {
  return serveForTests({ configFile: join(repoRoot, 'demo/vite.config.ts') }, 'e2e-demo');
}

/** The demo's frame label, "Image n sur N" (labels="fr"). */
export const demoFrameLabel = (position: number, count: number) => `Image ${position} sur ${count}`;

/** Waits until the current frame's messages have arrived: every one fully opaque. */
export function messagesShown(page: Page) {
  return page.waitForFunction(() => {
    const messages = [...document.querySelectorAll('[data-hs-message]')];
    return messages.length > 0 && messages.every((m) => getComputedStyle(m).opacity === '1');
  });
}

/**
 * Opens the demo, turns reading mode on with its button and steps back to the first frame:
 * the story then waits on each frame, with its messages shown, until Next is pressed.
 */
export async function openDemoInReadingMode(phone: Phone, url: string, count: number) {
  const page = await phone.context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-hs-root][data-state="playing"]');
  await page.click('[data-hs-control="reading"]');
  await page.waitForSelector('[data-hs-root][data-reading][data-state="paused"]');
  // It played at ×6 until the click: come back to the start.
  for (let guard = 0; guard < count; guard++) {
    const label = await page.getAttribute('[data-hs-stage]', 'aria-label');
    if (label === demoFrameLabel(1, count)) break;
    await page.click('[data-hs-control="previous"]');
  }
  await page.waitForSelector(`[data-hs-stage][aria-label="${demoFrameLabel(1, count)}"]`);
  return page;
}

/** Shows the next frame with the Next button and waits until it is there with its messages. */
export async function nextDemoFrame(page: Page, position: number, count: number) {
  await page.click('[data-hs-control="next"]');
  await page.waitForSelector(`[data-hs-stage][aria-label="${demoFrameLabel(position, count)}"]`);
  await page.waitForSelector('[data-hs-root][data-reading][data-state="paused"]');
}

type Rgb = [red: number, green: number, blue: number];

export interface PixelStats {
  pixels: number;
  /** Mean WCAG relative luminance (sRGB linearised per pixel, then averaged). */
  meanLuminance: number;
  /** Share of pixels with R / (R + G + B) ≥ 0.8. */
  redShare: number;
  /** The colours of the darkest and the lightest pixel (by relative luminance). */
  darkest: Rgb;
  lightest: Rgb;
}

/** A blank page of `context` that decodes PNG screenshots and measures their pixels. */
export async function createPixelReader(context: BrowserContext) {
  const page = await context.newPage();
  return {
    measure: (png: Buffer): Promise<PixelStats> =>
      page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), {
          colorSpaceConversion: 'none',
          premultiplyAlpha: 'none',
        });
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context2d = canvas.getContext('2d');
        if (!context2d) throw new Error('no 2d context');
        context2d.drawImage(bitmap, 0, 0);
        const { data } = context2d.getImageData(0, 0, bitmap.width, bitmap.height);
        const linear = new Float64Array(256);
        for (let v = 0; v < 256; v++) {
          const c = v / 255;
          linear[v] = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        }
        let sum = 0;
        let red = 0;
        let min = Number.POSITIVE_INFINITY;
        let max = Number.NEGATIVE_INFINITY;
        let darkest: [number, number, number] = [0, 0, 0];
        let lightest: [number, number, number] = [0, 0, 0];
        const pixels = data.length / 4;
        for (let i = 0; i < data.length; i += 4) {
          const r = data[i] as number;
          const g = data[i + 1] as number;
          const b = data[i + 2] as number;
          const y =
            0.2126 * (linear[r] as number) +
            0.7152 * (linear[g] as number) +
            0.0722 * (linear[b] as number);
          sum += y;
          if (r + g + b > 0 && r / (r + g + b) >= 0.8) red++;
          if (y < min) {
            min = y;
            darkest = [r, g, b];
          }
          if (y > max) {
            max = y;
            lightest = [r, g, b];
          }
        }
        return { pixels, meanLuminance: sum / pixels, redShare: red / pixels, darkest, lightest };
      }, png.toString('base64')),
    close: () => page.close(),
  };
}
