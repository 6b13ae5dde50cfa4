// Media frames in real Chromium on a phone (390×844, touch): the wait gate with images served
// late, a broken image, the test video under a hold, and memory over a 500-frame story. The
// images come from a small HTTP server of this file (it can delay them); the video is
// test/fixtures/media/clock.webm (made by test/support/makeTestVideo.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { PHONE } from '../bench/serveFixture.mjs';
import { repoRoot } from '../support/aliases.mjs';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import type { MediaRecord } from './fixture/media';
import {
  type FixtureServer,
  launchPhone,
  openStory,
  type Phone,
  type StoryPage,
  startFixtureServer,
} from './support/server';

const WIDTH = 390;
const HEIGHT = 844;
const artifacts = join(repoRoot, 'test/artifacts');
/** What this file measured, for the report (written once all tests ran). */
const measures: Record<string, unknown> = {};

/** Pictures `/img/<n>.svg` (`?delay=ms` holds the answer back); anything else is a 404. */
function startImageServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/img\/(\d+)\.svg$/.exec(url.pathname);
    if (!match) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const n = Number(match[1]);
    const hue = (n * 47) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 390 844" width="390" height="844">
<rect width="390" height="844" fill="hsl(${hue} 40% 32%)"/>
<circle cx="195" cy="330" r="120" fill="hsl(${(hue + 180) % 360} 55% 60%)"/>
<rect x="40" y="620" width="310" height="40" rx="20" fill="hsl(${hue} 30% 70%)"/>
<text x="195" y="365" font-size="100" text-anchor="middle" fill="#fff" font-family="sans-serif">${n + 1}</text>
</svg>`;
    setTimeout(
      () => {
        response.writeHead(200, {
          'content-type': 'image/svg+xml',
          'cache-control': 'max-age=600',
        });
        response.end(svg);
      },
      Number(url.searchParams.get('delay') ?? 0),
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

let fixture: FixtureServer;
let images: Awaited<ReturnType<typeof startImageServer>>;
let phone: Phone;
const opened: StoryPage[] = [];

beforeAll(async () => {
  [fixture, images] = await Promise.all([startFixtureServer(), startImageServer()]);
  phone = await launchPhone();
  // The first load pre-bundles the dependencies; done once here so no test pays for it.
  const warmUp = await openStory(phone, `${fixture.url}media.html?base=${images.url}`);
  await warmUp.close();
});

afterEach(async () => {
  for (const story of opened.splice(0)) await story.close();
});

afterAll(async () => {
  await phone?.close();
  await Promise.all([fixture?.close(), images?.close()]);
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, 'media.json'), `${JSON.stringify(measures, null, 2)}\n`);
});

async function open(query: string): Promise<StoryPage> {
  const story = await openStory(phone, `${fixture.url}media.html?base=${images.url}&${query}`);
  opened.push(story);
  return story;
}

const record = (page: Page) => page.evaluate(() => window.__media as MediaRecord);
const frameLabel = (page: Page) => page.getAttribute('[data-hs-stage]', 'aria-label');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface MediaSample {
  t: number;
  label: string | null;
  waiting: boolean;
  state: string | null;
  /** The current frame's `<img>`: loaded, with pixels (`naturalWidth`), or null. */
  img: { src: string | null; complete: boolean; width: number } | null;
  fill: string | null;
  loader: string | null;
  domImages: number;
}

/**
 * Records what every display frame showed, read in a task posted from requestAnimationFrame:
 * after all of that frame's animation callbacks (React's commits included), so what was painted.
 */
function startMediaSampling(page: Page) {
  return page.evaluate(() => {
    const samples: unknown[] = [];
    let running = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const root = document.querySelector('[data-hs-root]');
      const img = document.querySelector<HTMLImageElement>('[data-hs-frame] img');
      const fill = document.querySelector(
        '[data-hs-segment][data-state="active"] .hs-segment-fill',
      );
      const loader = document.querySelector('[data-hs-loader]');
      samples.push({
        t: performance.now(),
        label: document.querySelector('[data-hs-stage]')?.getAttribute('aria-label') ?? null,
        waiting: root?.hasAttribute('data-waiting') ?? false,
        state: root?.getAttribute('data-state') ?? null,
        img: img
          ? { src: img.getAttribute('src'), complete: img.complete, width: img.naturalWidth }
          : null,
        fill: fill ? getComputedStyle(fill).transform : null,
        loader: loader ? getComputedStyle(loader).opacity : null,
        domImages: document.images.length,
      });
    };
    const onFrame = () => {
      if (!running) return;
      channel.port2.postMessage(null);
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    (window as unknown as { __mediaSampler: unknown }).__mediaSampler = {
      samples,
      stop: () => {
        running = false;
      },
    };
  });
}

async function stopMediaSampling(page: Page): Promise<MediaSample[]> {
  await sleep(50);
  return page.evaluate(() => {
    const sampler = (window as unknown as { __mediaSampler: { samples: never[]; stop(): void } })
      .__mediaSampler;
    sampler.stop();
    return sampler.samples;
  });
}

/** Live `HTMLImageElement`s in the page's heap (in the DOM or not), after a full GC. */
async function liveImages(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const prototype = await cdp.send('Runtime.evaluate', {
    expression: 'HTMLImageElement.prototype',
  });
  const found = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: prototype.result.objectId as string,
  });
  const counted = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId as string,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  return { images: counted.result.value as number, heapMB: Math.round(heap / 1e5) / 10 };
}

/** The waits recorded by the page, with their length in ms. */
async function waitsOf(page: Page) {
  const { waits } = await record(page);
  return waits.map((wait) => ({
    frame: wait.frame,
    ms: Math.round((wait.to ?? Number.NaN) - wait.from),
  }));
}

describe('images', () => {
  test('at 8× a late image stops the story on its frame, progress at 0, with a loader after 300 ms', async () => {
    const { page } = await open('count=8&rate=8&slow=4&delay=1500');
    await startMediaSampling(page);
    await page.waitForSelector('[data-hs-root][data-state="ended"]', { timeout: 20_000 });
    const samples = await stopMediaSampling(page);

    // Never a frame shown without its picture: whenever the story is not waiting, the frame's
    // <img> is there with its pixels.
    const shown = samples.filter((sample) => !sample.waiting && sample.state !== 'ended');
    expect(shown.length).toBeGreaterThan(20);
    const blank = shown.filter((sample) => !sample.img?.complete || !sample.img.width);
    expect(blank, JSON.stringify(blank.slice(0, 3))).toEqual([]);
    // The late picture was waited for, on its own frame, with the progress standing at 0.
    const waited = samples.filter((sample) => sample.waiting && sample.label === 'Frame 5 of 8');
    expect(waited.length).toBeGreaterThan(30);
    expect(new Set(waited.map((sample) => sample.fill))).toEqual(
      new Set(['matrix(0, 0, 0, 1, 0, 0)']),
    );
    // The loader stays out of sight for the first 300 ms, then shows.
    const start = waited[0]?.t ?? 0;
    const early = waited.filter((sample) => sample.t - start < 250);
    const late = waited.filter((sample) => sample.t - start > 700);
    expect(early.every((sample) => sample.loader === '0')).toBe(true);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((sample) => sample.loader === '1')).toBe(true);
    // Every frame was shown, in order (the first one reported as it came on screen), and the
    // story ended.
    const { events } = await record(page);
    const reached = events
      .filter((event) => event.type === 'framechange')
      .map((event) => (event.detail as { to: number }).to);
    expect(reached).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    measures.lateImageWaits = await waitsOf(page);
  });

  test('the loader of a late image, as a screenshot', async () => {
    const { page } = await open('count=3&rate=8&slow=0&delay=4000');
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('[data-hs-loader]') as Element).opacity === '1',
    );
    expect(await page.getAttribute('[data-hs-root]', 'data-waiting')).toBe('');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'media-loader.png') });
  });

  test('a broken image shows its alt text, fires error once, and the story goes on', async () => {
    const { page } = await open('kind=broken&rate=1');
    await page.waitForFunction(() => document.querySelector('[data-hs-media-fallback]') !== null);
    expect(await frameLabel(page)).toBe('Frame 2 of 3');
    const fallback = page.locator('[data-hs-media-fallback]');
    await expect
      .poll(() => fallback.textContent())
      .toContain('Léa alone on a bench in the schoolyard, her bag at her feet.');
    expect(await page.locator('[data-hs-frame] img').count()).toBe(0);
    // Readable: large text, light on dark.
    const style = await page.locator('.hs-media-fallback-alt').evaluate((element) => {
      const css = getComputedStyle(element);
      return { size: Number.parseFloat(css.fontSize), color: css.color };
    });
    expect(style.size).toBeGreaterThanOrEqual(18);
    expect(style.color).toBe('rgb(255, 255, 255)');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'media-error.png') });

    await page.waitForFunction(
      () =>
        document.querySelector('[data-hs-stage]')?.getAttribute('aria-label') === 'Frame 3 of 3',
    );
    const { events } = await record(page);
    const errors = events.filter((event) => event.type === 'error');
    expect(errors.map((event) => event.detail)).toEqual([
      {
        frameIndex: 1,
        frameId: 'broken',
        kind: 'image',
        src: `${images.url}/missing.jpg`,
        at: expect.any(Number),
      },
    ]);
    // The frame kept its full 1.5 s once shown.
    const changeTo = (index: number) =>
      events.find(
        (event) => event.type === 'framechange' && (event.detail as { to: number }).to === index,
      )?.t ?? Number.NaN;
    const shownFor = changeTo(2) - changeTo(1);
    expect(shownFor).toBeGreaterThan(1400);
  });

  test('time to the first picture, and the waits of a 60-frame story at 8×', async () => {
    const page = await phone.context.newPage();
    await page.goto(`${fixture.url}media.html?base=${images.url}&count=60&rate=8`);
    const firstFrame = await page.waitForFunction(
      () => {
        const root = document.querySelector('[data-hs-root]');
        const img = document.querySelector<HTMLImageElement>('[data-hs-frame] img');
        const ready = root && !root.hasAttribute('data-waiting') && img?.complete;
        return ready && img.naturalWidth > 0 ? performance.now() : false;
      },
      undefined,
      { polling: 'raf' },
    );
    const shownAt = Number(await firstFrame.jsonValue());
    const renderedAt = await page.evaluate(() => window.__media.renderedAt);
    // From navigation (Vite's dev server serves every module apart: slow, not the library's
    // doing) and from the render call, where the library's part begins.
    measures.timeToFirstPicture = {
      fromNavigationMs: Math.round(shownAt),
      fromRenderMs: Math.round(shownAt - renderedAt),
    };
    await page.waitForSelector('[data-hs-root][data-state="ended"]', { timeout: 30_000 });
    const waits = await waitsOf(page);
    measures.waitsAt8x = {
      frames: 60,
      msPerFrame: 125,
      waited: waits.length,
      totalMs: waits.reduce((sum, wait) => sum + wait.ms, 0),
      longestMs: Math.max(0, ...waits.map((wait) => wait.ms)),
      waits,
    };
    await page.close();
    expect(shownAt).toBeGreaterThan(renderedAt);
  });

  test('a 500-frame story keeps only a handful of images, in the DOM and in memory', async () => {
    const { page } = await open('count=500&duration=200&rate=8');
    const before = await liveImages(page);
    await startMediaSampling(page);
    await page.waitForSelector('[data-hs-root][data-state="ended"]', { timeout: 80_000 });
    const samples = await stopMediaSampling(page);
    const after = await liveImages(page);
    const waits = await waitsOf(page);
    measures.fiveHundredFrames = {
      before,
      after,
      maxDomImages: Math.max(...samples.map((sample) => sample.domImages)),
      waited: waits.length,
      totalWaitMs: waits.reduce((sum, wait) => sum + wait.ms, 0),
    };
    // One <img> on screen; in memory the preload window (one behind, the current one, two
    // ahead) and that <img>: never the 500.
    expect(Math.max(...samples.map((sample) => sample.domImages))).toBe(1);
    expect(after.images).toBeLessThanOrEqual(6);
    expect(after.heapMB).toBeLessThan(before.heapMB + 10);
    const reached = new Set(samples.map((sample) => sample.label));
    expect(reached.has('Frame 500 of 500')).toBe(true);
  }, 120_000);
});

describe('video', () => {
  const videoElement = (page: Page) => page.locator('[data-hs-frame] video');
  const currentTime = (page: Page) =>
    videoElement(page).evaluate((v: HTMLVideoElement) => v.currentTime);

  test('a hold stops the video on the same picture; the release plays it on; its length comes from it', async () => {
    const { page, touchDown, touchUp } = await open('kind=video&rate=1');
    await page.waitForFunction(() => {
      const video = document.querySelector<HTMLVideoElement>('[data-hs-frame] video');
      return video !== null && video.currentTime > 0.4 && !video.paused;
    });
    expect(await videoElement(page).evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(1);
    // The mute toggle (in the options) is pressed (muted by default), and the video is muted.
    const toggle = page.locator('[data-hs-control="mute"]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await videoElement(page).evaluate((v: HTMLVideoElement) => v.muted)).toBe(true);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'media-video.png') });

    await touchDown(WIDTH * 0.8, HEIGHT / 2);
    await sleep(400);
    expect(await page.getAttribute('[data-hs-root]', 'data-state')).toBe('held');
    const first = await currentTime(page);
    await sleep(300);
    const second = await currentTime(page);
    expect(second).toBe(first);
    expect(await videoElement(page).evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
    await touchUp();
    await page.waitForFunction(
      (at) =>
        (document.querySelector('[data-hs-frame] video') as HTMLVideoElement).currentTime > at,
      second,
    );
    // 2 s of video (not the 6 s `duration` given as a fallback): the story moves on about when
    // the video ends.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-hs-stage]')?.getAttribute('aria-label') === 'Frame 2 of 2',
      undefined,
      { timeout: 4000 },
    );
    measures.videoHold = { first, second };
  });

  test('above 16× the video plays at 16×', async () => {
    const { page } = await open('kind=video&rate=32');
    // At 16× the 2-second video lasts 125 ms: read the rate the page saw when it started playing.
    const playing = await page.waitForFunction(() =>
      window.__media.events.find((event) => event.type === 'videoplaying'),
    );
    expect(await playing.evaluate((event) => (event as { detail: unknown }).detail)).toBe(16);
  });

  test('when the browser refuses sound without a gesture, it plays muted and shows the hint', async () => {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, '--autoplay-policy=document-user-activation-required'],
      headless: true,
    });
    try {
      const context = await browser.newContext({ ...PHONE });
      const page = await context.newPage();
      await page.goto(`${fixture.url}media.html?kind=video&rate=1&muted=0`);
      await page.waitForSelector('[data-hs-unmute-hint]');
      const toggle = page.locator('[data-hs-control="mute"]');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await page.waitForFunction(() => {
        const video = document.querySelector<HTMLVideoElement>('[data-hs-frame] video');
        return Boolean(video?.muted && !video.paused && video.currentTime > 0);
      });
      const { events } = await page.evaluate(() => window.__media as MediaRecord);
      expect(events.filter((event) => event.type === 'mutedchange').map((e) => e.detail)).toEqual([
        true,
      ]);
      await page.screenshot({ path: join(artifacts, 'media-unmute-hint.png') });
      // Two taps, Options then the toggle, are the gesture: the sound comes on, the hint goes.
      await page.locator('[data-hs-control="options"]').tap();
      await toggle.tap();
      await page.waitForFunction(() => document.querySelector('[data-hs-unmute-hint]') === null);
      expect(
        await page.locator('[data-hs-frame] video').evaluate((v: HTMLVideoElement) => v.muted),
      ).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
