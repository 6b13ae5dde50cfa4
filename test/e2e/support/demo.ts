// The demo app (demo/: the opening screen, then three French stories at ×6 in a collection)
// served by Vite from the sources, driven on the phone, and pixel statistics of screenshots —
// decoded in a blank page of the same browser, so no image library is needed in Node.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { serveForTests } from '../../bench/serveFixture.mjs';
import { repoRoot } from '../../support/aliases.mjs';
import type { FixtureServer, Phone } from './server';

/** The demo's Vite config. */
export const DEMO_CONFIG = join(repoRoot, 'demo/vite.config.ts');

/**
 * Builds the demo into `outDir` as `npm run build:demo` does, with relative URLs whatever the
 * shell says (an absolute `DEMO_SITE_URL` would send the pages' requests to another host).
 */
export async function buildDemo(outDir: string): Promise<void> {
  const { DEMO_SITE_URL: _, ...env } = process.env;
  const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      DEMO_CONFIG,
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: repoRoot, env, maxBuffer: 16 * 1024 * 1024 },
  );
}

/** Starts Vite with demo/vite.config.ts on a free port (no watcher, no hot reload). */
export function startDemoServer(): Promise<FixtureServer> {
  return serveForTests({ configFile: join(repoRoot, 'demo/vite.config.ts') }, 'e2e-demo');
}

/**
 * The story on screen. A collection keeps its neighbours mounted (paused, inert, hidden from
 * assistive technology): every selector about "the story" is scoped to the current pane.
 */
export const CURRENT = '[data-current]';
export const current = (selector: string) => `${CURRENT} ${selector}`;

/** The demo's frame label, "Image n sur N" (French labels). */
export const demoFrameLabel = (position: number, count: number) => `Image ${position} sur ${count}`;

/** Waits until the current frame's messages have arrived: every one fully opaque. */
export function messagesShown(page: Page) {
  return page.waitForFunction((current) => {
    // In a collection, the current story's; on a page with one story, its own.
    const scope = document.querySelector(current) ?? document;
    const messages = [...scope.querySelectorAll('[data-hs-message]')];
    return messages.length > 0 && messages.every((m) => getComputedStyle(m).opacity === '1');
  }, CURRENT);
}

/** Opens the demo on its opening screen (plain HTML: no script needed to show it). */
export async function openDemo(phone: Phone, url: string) {
  const page = await phone.context.newPage();
  await page.goto(url);
  await page.waitForSelector('#intro [data-demo-start]');
  return page;
}

/** From the opening screen, "Commencer": waits until the first story plays. */
export async function startDemo(page: Page) {
  await page.click('[data-demo-start]');
  await page.waitForSelector(current('[data-hs-root][data-state="playing"]'));
}

/**
 * Opens the demo and starts it with "Lire sans accélération" (reading mode): the first story
 * waits on its first frame, messages shown, until Next is pressed.
 */
export async function openDemoInReadingMode(phone: Phone, url: string, count: number) {
  const page = await openDemo(phone, url);
  await page.click('[data-demo-reading]');
  await page.waitForSelector(current('[data-hs-root][data-reading][data-state="paused"]'));
  await page.waitForSelector(current(`[data-hs-stage][aria-label="${demoFrameLabel(1, count)}"]`));
  return page;
}

/** Shows the next frame with the Next button and waits until it is there with its messages. */
export async function nextDemoFrame(page: Page, position: number, count: number) {
  await page.click(current('[data-hs-control="next"]'));
  await page.waitForSelector(
    current(`[data-hs-stage][aria-label="${demoFrameLabel(position, count)}"]`),
  );
  await page.waitForSelector(current('[data-hs-root][data-reading][data-state="paused"]'));
}

/** The next story with its button, once the collection has settled on it (frame 1 of `count`). */
export async function nextDemoStory(page: Page, title: string, count: number) {
  await page.click(current('[data-hs-control="next-story"]'));
  await page.waitForSelector(`${CURRENT} [data-hs-root][aria-label="${title}"]`);
  await page.waitForSelector(current(`[data-hs-stage][aria-label="${demoFrameLabel(1, count)}"]`));
}

/**
 * What French typography wants and a keyboard does not give: typographic apostrophes, and a
 * non-breaking space (U+00A0, or the narrow U+202F) before « : ; ! ? » and inside « ».
 */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes("'")) problems.push('a straight apostrophe (use ’)');
  if (/ [:;!?»]/.test(text)) problems.push('an ordinary space before : ; ! ? or »');
  if (/[^\s\u00a0\u202f][;!?]/u.test(text.replace(/https?:\/\/\S+/g, ''))) {
    problems.push('no space before ; ! or ?');
  }
  if (/« /.test(text)) problems.push('an ordinary space after «');
  if (/\.\.\./.test(text)) problems.push('three dots (use …)');
  return problems;
}

type Rgb = [red: number, green: number, blue: number];
type Rgba = [red: number, green: number, blue: number, alpha: number];

/** A computed CSS colour (`rgb(…)` / `rgba(…)`) as numbers. */
export function parseColor(css: string): Rgba {
  const match = css.match(/rgba?\(([^)]+)\)/);
  if (!match?.[1]) throw new Error(`unexpected computed colour: ${css}`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** `top` (with its alpha) over an opaque `bottom`. */
export const over = (top: Rgba, bottom: readonly number[]): Rgba => [
  top[0] * top[3] + (bottom[0] ?? 0) * (1 - top[3]),
  top[1] * top[3] + (bottom[1] ?? 0) * (1 - top[3]),
  top[2] * top[3] + (bottom[2] ?? 0) * (1 - top[3]),
  1,
];

function relativeLuminance([r, g, b]: readonly number[]): number {
  const linear = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r ?? 0) + 0.7152 * linear(g ?? 0) + 0.0722 * linear(b ?? 0);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

export interface MessageContrast {
  text: string;
  /** Over the darkest and the lightest pixel of the frame behind the message. */
  onFrame: number;
  /** The worst of those and of pure black and white behind it (any frame). */
  worst: number;
}

/**
 * The contrast of every text of the current frame's shown messages: each message's own
 * background composited over what is behind it (the frame and the scrim, measured with the
 * messages hidden), then its text colour over that.
 */
export async function messageContrasts(
  page: Page,
  reader: { measure(png: Buffer): Promise<PixelStats> },
): Promise<MessageContrast[]> {
  const messages = await page.evaluate((scope) => {
    return [...document.querySelectorAll<HTMLElement>(`${scope} [data-hs-message]`)].map(
      (message) => {
        const box = message.getBoundingClientRect();
        return {
          box: { x: box.x, y: box.y, width: box.width, height: box.height },
          background: getComputedStyle(message).backgroundColor,
          texts: [...message.querySelectorAll<HTMLElement>('p')].map((p) => ({
            text: p.textContent ?? '',
            color: getComputedStyle(p).color,
          })),
        };
      },
    );
  }, CURRENT);
  const hide = await page.addStyleTag({
    content: '[data-hs-message]{visibility:hidden!important}',
  });
  const behind: PixelStats[] = [];
  for (const message of messages) {
    behind.push(await reader.measure(await page.screenshot({ clip: message.box })));
  }
  await hide.evaluate((style) => (style as Element).remove());
  return messages.flatMap((message, index) => {
    const backdrop = behind[index];
    if (!backdrop) throw new Error('no backdrop measured');
    const background = parseColor(message.background);
    const grounds = [backdrop.darkest, backdrop.lightest, [0, 0, 0], [255, 255, 255]].map(
      (ground) => over(background, ground),
    );
    return message.texts.map(({ text, color }) => {
      const foreground = parseColor(color);
      const ratios = grounds.map((ground) => contrastRatio(over(foreground, ground), ground));
      return { text, onFrame: Math.min(...ratios.slice(0, 2)), worst: Math.min(...ratios) };
    });
  });
}

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
