// The embed page (demo/embed.html) as `npm run build:demo` writes it: the package's standalone
// script and one <hold-stories> playing the piece's three stories, each scene drawn as an SVG
// file at build time. Built into its own folder, served by `vite preview`, driven on the phone:
// every image loads, the element plays from its first frame, a hold shows the messages, the three
// stories and their 3018 link are there, and nothing is asked of another host. Screenshots go to
// test/artifacts/demo-embed-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseStories } from 'react-hold-stories/schema';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import apparence from '../../demo/stories/apparence.json';
import homophobie from '../../demo/stories/homophobie.json';
import rumeur from '../../demo/stories/rumeur.json';
import { repoRoot } from '../support/aliases.mjs';
import { audit } from './support/axe';
import { buildDemo, DEMO_CONFIG, demoFrameLabel, typographyProblems } from './support/demo';
import { launchPhone, type Phone } from './support/server';

const artifacts = join(repoRoot, 'test/artifacts');
/** Its own folder: dist-demo/ may be in use (`npm run lighthouse`, a preview). */
const outDir = join(repoRoot, 'node_modules/.cache/demo-embed-e2e');

type Json = Record<string, unknown>;
type JsonFrame = { id: string; kind: string } & Json;
type JsonStory = { id: string; title: string; frames: JsonFrame[] } & Json;

const sources = [apparence, homophobie, rumeur] as unknown as JsonStory[];
let built: JsonStory[];
let server: PreviewServer;
let origin: string;
let phone: Phone;
let page: Page;
/** Every URL the page asked for, and what it said in the console. */
const requested: string[] = [];
const problems: string[] = [];

const HOST = 'hold-stories';
/** A selector inside the element's shadow root, in the story on screen (Playwright pierces it). */
const current = (selector: string) => `${HOST} [data-current] ${selector}`;
const shoot = (name: string) =>
  page.screenshot({ path: join(artifacts, `demo-embed-${name}.png`) });
const imagesOf = (story: JsonStory) =>
  story.frames.filter((frame) => frame.kind === 'image').map((frame) => String(frame.src));
/** An image's URL as the element shows it: read against the story file that names it. */
const fromTheFile = (src: string | undefined) =>
  src === undefined ? undefined : new URL(src, `${origin}/histoires.json`).href;

beforeAll(async () => {
  await buildDemo(outDir);
  built = JSON.parse(readFileSync(join(outDir, 'histoires.json'), 'utf8'));
  server = await preview({
    configFile: DEMO_CONFIG,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started without a local URL');
  origin = new URL(url).origin;
  phone = await launchPhone();
  page = await phone.context.newPage();
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  mkdirSync(artifacts, { recursive: true });
}, 120_000);

afterAll(async () => {
  await phone?.close();
  await server?.close();
});

/** One finger on the stage, through CDP (what a phone sends). */
async function finger() {
  const cdp = await phone.context.newCDPSession(page);
  const box = await page.locator(current('[data-hs-stage]')).boundingBox();
  if (!box) throw new Error('no stage');
  const point = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.55 };
  return {
    down: () => cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] }),
    up: () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
  };
}

/** The current frame's picture once it has loaded: its URL, and its size as drawn. */
function shownImage() {
  return page.waitForFunction((host) => {
    const shadow = document.querySelector(host)?.shadowRoot;
    const image = shadow?.querySelector<HTMLImageElement>('[data-current] [data-hs-frame] img');
    if (!image?.complete || image.naturalWidth === 0) return null;
    return {
      src: image.getAttribute('src'),
      width: image.naturalWidth,
      height: image.naturalHeight,
    };
  }, HOST);
}

/** The texts of the current frame's messages once all of them are fully shown. */
async function shownMessages(): Promise<string[]> {
  const handle = await page.waitForFunction((host) => {
    const shadow = document.querySelector(host)?.shadowRoot;
    const messages = [...(shadow?.querySelectorAll('[data-current] [data-hs-message]') ?? [])];
    if (messages.length === 0 || messages.some((m) => getComputedStyle(m).opacity !== '1')) {
      return null;
    }
    return messages.map((message) => message.querySelector('.hs-message-text')?.textContent ?? '');
  }, HOST);
  return (await handle.jsonValue()) as string[];
}

describe('the embed page (dist-demo/embed.html)', () => {
  test('the build writes the stories with an SVG image for each scene, every other field kept', () => {
    expect(() => parseStories(built)).not.toThrow();
    expect(built.map((story) => story.id)).toEqual(sources.map((story) => story.id));
    for (const [s, source] of sources.entries()) {
      const story = built[s] as JsonStory;
      expect(story.title).toBe(source.title);
      expect(story.frames.map((frame) => frame.id)).toEqual(source.frames.map((f) => f.id));
      for (const [f, frame] of source.frames.entries()) {
        const out = story.frames[f] as JsonFrame;
        const where = `${source.id}/${frame.id}`;
        if (frame.kind !== 'render') {
          expect(out, where).toEqual(frame);
          continue;
        }
        const { component: _, props: __, kind: ___, ...kept } = frame;
        expect(out, where).toEqual({ ...kept, kind: 'image', src: out.src });
        expect(out.src, where).toMatch(
          new RegExp(`^histoires/${source.id}-${frame.id}-[0-9a-f]{8}\\.svg$`),
        );
        expect(readFileSync(join(outDir, String(out.src)), 'utf8'), where).toMatch(
          /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 90 160" /,
        );
      }
    }
  });

  test('the page runs the standalone script only, and shows the snippet to paste', async () => {
    await page.goto(`${origin}/embed.html`);
    const scripts = await page.$$eval('script', (list) =>
      list.map((script) => ({ src: script.getAttribute('src'), type: script.type })),
    );
    expect(scripts).toEqual([{ src: './hold-stories.js', type: '' }]);
    const snippet = await page.textContent('[data-embed-snippet]');
    expect(snippet).toBe(
      '<script src="hold-stories.js"></script>\n' +
        '<hold-stories src="histoires.json" rate="6" lang="fr" glimpse hold-prompt></hold-stories>',
    );
    const words = await page.$$eval('main :is(h1, h2, p, li)', (list) =>
      list.map((element) => element.textContent ?? '').join('\n'),
    );
    expect(typographyProblems(words)).toEqual([]);
    await page.evaluate(() => document.getElementById('integrer')?.scrollIntoView());
    await shoot('snippet');
  });

  test('every generated image loads: a 9:16 picture', async () => {
    const sources = built.flatMap(imagesOf);
    expect(sources.length).toBeGreaterThan(40);
    const sizes = await page.evaluate(
      (list) =>
        Promise.all(
          list.map(async (src) => {
            const image = new Image();
            image.src = src;
            await image.decode();
            return `${image.naturalWidth}×${image.naturalHeight}`;
          }),
        ),
      sources,
    );
    expect(new Set(sizes)).toEqual(new Set(['360×640']));
  });

  test('the element plays the first story from its first frame', async () => {
    await page.goto(`${origin}/embed.html`);
    await page.waitForSelector(current('[data-hs-root][data-state="playing"]'));
    const [first] = built;
    if (!first) throw new Error('no story');
    expect(await page.getAttribute(current('[data-hs-root]'), 'aria-label')).toBe(first.title);
    expect(await page.getAttribute(current('[data-hs-stage]'), 'aria-label')).toBe(
      demoFrameLabel(1, first.frames.length),
    );
    const image = await (await shownImage()).jsonValue();
    expect(image).toEqual({ src: fromTheFile(imagesOf(first)[0]), width: 360, height: 640 });
    await shoot('playing');
    // At ×6 the first frame lasts 0.7 s: the day moves on by itself.
    await page.waitForSelector(
      current(`[data-hs-stage][aria-label="${demoFrameLabel(2, first.frames.length)}"]`),
    );
  });

  test('a press and hold freezes the frame and shows its messages', async () => {
    const [first] = built;
    const bus = first?.frames.findIndex((frame) => frame.id === 'bus') ?? -1;
    const frame = first?.frames[bus];
    if (!first || !frame) throw new Error('no bus frame in the first story');
    const touch = await finger();
    // The frame lasts 0.5 s at ×6: the finger lands on it at once, as it plays.
    await page.evaluate(
      ([host, index]) =>
        (document.querySelector(host) as HTMLElement & { goTo(i: number): void }).goTo(index),
      [HOST, bus] as const,
    );
    await touch.down();
    await page.waitForSelector(current('[data-hs-root][data-state="held"]'));
    expect(await page.getAttribute(current('[data-hs-stage]'), 'aria-label')).toBe(
      demoFrameLabel(bus + 1, first.frames.length),
    );
    const reveal = frame.reveal as { text: string }[];
    expect((await shownMessages()).sort()).toEqual(reveal.map((message) => message.text).sort());
    await shoot('held');
    await touch.up();
    await page.waitForSelector(current('[data-hs-root][data-state="playing"]'));
  });

  test('the three stories follow one another, each from its first picture', async () => {
    for (const [index, story] of built.entries()) {
      if (index === 0) continue;
      // The story buttons keep off the picture while it plays: paused, they are there.
      if ((await page.getAttribute(current('[data-hs-root]'), 'data-state')) === 'playing') {
        await page.locator(current('[data-hs-control="pause"]')).tap();
      }
      await page.locator(current('[data-hs-control="next-story"]')).tap();
      await page.waitForSelector(
        `${HOST} [data-current] [data-hs-root][aria-label="${story.title}"]`,
      );
      await page.waitForSelector(
        current(`[data-hs-stage][aria-label="${demoFrameLabel(1, story.frames.length)}"]`),
      );
      expect((await (await shownImage()).jsonValue())?.src).toBe(fromTheFile(imagesOf(story)[0]));
      await shoot(`story-${index + 1}`);
    }
  });

  test('each story ends on its question and a link to call 3018', async () => {
    const last = built.at(-1);
    if (!last) throw new Error('no story');
    const question = last.frames.findIndex((frame) => frame.kind === 'choice');
    await page.evaluate(
      ([host, index]) => {
        const element = document.querySelector(host) as HTMLElement & {
          pause(): void;
          goTo(i: number): void;
        };
        element.pause();
        element.goTo(index);
      },
      [HOST, question] as const,
    );
    await page.waitForSelector(current('[data-hs-option]'));
    await shoot('question');
    await page.evaluate(
      ([host, index]) =>
        (document.querySelector(host) as HTMLElement & { goTo(i: number): void }).goTo(index),
      [HOST, last.frames.length - 1] as const,
    );
    await page.waitForSelector(current('a[data-hs-action][href="tel:3018"]'));
    await shoot('call');
    await audit(page, 'demo-embed');
  });

  test('nothing is asked of another host, and the console stays quiet', () => {
    const foreign = requested.filter(
      (url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url),
    );
    expect(requested.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
