// A story inline in a scrolling article (scroll="vertical"), on a phone in Chromium: a real
// page scroll through CDP touch — the browser pans, the story must let it and never reveal —
// then holds and taps as usual, the same swipe kept by a full-screen story, an inline
// collection, and the story sized by its ratio alone. Screenshots go to test/artifacts/inline-*.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/aliases.mjs';
import { messagesShown } from './support/demo';
import { fixturePhoneForFile } from './support/fixturePhone';
import type { StoryPage } from './support/server';

const artifacts = join(repoRoot, 'test/artifacts');
/** How far the finger travels up, in 12 moves one display frame apart. */
const SWIPE = 300;

const fixture = fixturePhoneForFile('inline.html');

/** The inline page, with the story's middle in the middle of the screen. */
async function openInline(query: string): Promise<StoryPage> {
  const story = await fixture.open(`inline.html?${query}`);
  await story.page.evaluate(() =>
    document.querySelector('[data-hs-root]')?.scrollIntoView({ block: 'center' }),
  );
  await story.waitFrames(3);
  return story;
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const events = (page: Page, type: string) =>
  page.evaluate((name) => window.__inline.events.filter((e) => e.type === name), type);
/** The frame changes after the first frame shown (reported once, with `cause: 'start'`). */
const moves = async (page: Page) =>
  (await events(page, 'framechange')).filter(
    (event) => (event.detail as { cause: string }).cause !== 'start',
  );
const frameLabel = (page: Page) => page.getAttribute('[data-hs-stage]', 'aria-label');
const touchAction = (page: Page, selector: string) =>
  page.evaluate(
    (target) => getComputedStyle(document.querySelector(target) as Element).touchAction,
    selector,
  );
const rootState = (page: Page) => page.getAttribute('[data-hs-root]', 'data-state');

/** A point on the stage, as a share of its box (in the "next" zone unless told otherwise). */
async function onStage(page: Page, across = 0.75, down = 0.75) {
  const box = await page.evaluate(() => {
    const rect = document.querySelector('[data-hs-stage]')?.getBoundingClientRect();
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  });
  if (!box) throw new Error('no stage on the page');
  return { x: box.x + box.width * across, y: box.y + box.height * down };
}

/**
 * Keeps, in order, the pointer events the page gets and every change of the story's
 * `data-state` (a mutation is logged right after the event that caused it), in `window.__log`.
 */
function logPressAndState(page: Page) {
  return page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __log: string[] }).__log = log;
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel']) {
      window.addEventListener(type, () => log.push(type), { capture: true });
    }
    const root = document.querySelector<HTMLElement>('[data-hs-root]') as HTMLElement;
    new MutationObserver(() => log.push(`state:${root.dataset.state}`)).observe(root, {
      attributeFilter: ['data-state'],
    });
  });
}

/** One finger from `from`, (dx, dy) in 12 moves one display frame apart, then up. */
async function swipe(story: StoryPage, from: { x: number; y: number }, dx: number, dy: number) {
  await story.touchDown(from.x, from.y);
  for (let step = 1; step <= 12; step++) {
    await story.touchMove(from.x + (dx * step) / 12, from.y + (dy * step) / 12);
    await story.waitFrames(1);
  }
  await story.touchUp();
}

describe('a story inline in a scrolling article', () => {
  test('a swipe up that starts on the story scrolls the page: no reveal, no hold, no navigation', async () => {
    const story = await openInline('scroll=vertical&rate=0.25');
    const { page } = story;
    expect(await touchAction(page, '[data-hs-stage]')).toBe('pan-y');
    const before = await scrollY(page);
    await logPressAndState(page);
    await swipe(story, await onStage(page), 0, -SWIPE);
    // Well past the hold delay: nothing was waiting to reveal either.
    await page.waitForTimeout(500);

    // The press froze the frame, and gave it back on the first move: the story never showed
    // anything but playing to a viewer scrolling past it.
    const log = await page.evaluate(() => (window as unknown as { __log: string[] }).__log);
    expect(log.filter((entry) => entry.startsWith('state:'))).toEqual([
      'state:held',
      'state:playing',
    ]);
    const held = log.slice(log.indexOf('state:held'), log.indexOf('state:playing'));
    expect(held.filter((entry) => entry === 'pointermove').length).toBeLessThanOrEqual(1);
    expect(log).toContain('pointercancel');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'inline-scrolled.png') });

    // The page followed the finger (less the browser's slop before a pan starts).
    expect((await scrollY(page)) - before).toBeGreaterThan(SWIPE * 0.8);
    expect(await events(page, 'reveal')).toEqual([]);
    expect(await events(page, 'holdstart')).toEqual([]);
    expect(await events(page, 'holdend')).toEqual([]);
    expect(await moves(page)).toEqual([]);
    expect(await rootState(page)).toBe('playing');
    expect(await page.getAttribute('[data-hs-root]', 'data-revealing')).toBeNull();
    expect(await frameLabel(page)).toBe('Frame 1 of 3');
  });

  test('a still press-and-hold on the story reveals its messages; letting go plays on', async () => {
    const story = await openInline('scroll=vertical&rate=0.25');
    const { page } = story;
    const before = await scrollY(page);
    const point = await onStage(page);
    await story.touchDown(point.x, point.y);
    await messagesShown(page);
    expect(await rootState(page)).toBe('held');
    expect(await page.locator('[data-hs-message] .hs-message-text').allTextContents()).toEqual([
      'Sam: message 1',
    ]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'inline-held.png') });
    await story.touchUp();

    await page.waitForSelector('[data-hs-root][data-state="playing"]');
    expect(await events(page, 'holdstart')).toHaveLength(1);
    expect(await events(page, 'reveal')).toHaveLength(1);
    expect(await moves(page)).toEqual([]);
    expect(await scrollY(page)).toBe(before);
  });

  test('a tap on the story moves a frame', async () => {
    const story = await openInline('scroll=vertical&rate=0.25');
    const { page } = story;
    const point = await onStage(page);
    await story.touchDown(point.x, point.y);
    await story.touchUp();

    await page.waitForSelector('[data-hs-stage][aria-label="Frame 2 of 3"]');
    expect((await moves(page)).map((event) => event.detail)).toEqual([
      expect.objectContaining({ from: 0, to: 1, cause: 'tap' }),
    ]);
    expect(await events(page, 'holdstart')).toEqual([]);
  });

  test('without scroll="vertical" the same swipe does not scroll the page (a full-screen story keeps every touch)', async () => {
    const story = await openInline('scroll=none&rate=0.25');
    const { page } = story;
    expect(await touchAction(page, '[data-hs-stage]')).toBe('none');
    const before = await scrollY(page);
    await swipe(story, await onStage(page), 0, -SWIPE);
    await story.waitFrames(10);
    expect(await scrollY(page)).toBe(before);
    expect(await moves(page)).toEqual([]);
  });

  test('in an inline collection a swipe up scrolls the page, a sideways swipe still changes story', async () => {
    const story = await openInline('scroll=vertical&collection=1&rate=0.25');
    const { page } = story;
    expect(await touchAction(page, '[data-hs-collection]')).toBe('pan-y');
    const before = await scrollY(page);
    await swipe(story, await onStage(page), 0, -SWIPE);
    await page.waitForTimeout(400);
    expect((await scrollY(page)) - before).toBeGreaterThan(SWIPE * 0.8);
    expect(await events(page, 'reveal')).toEqual([]);
    expect(await events(page, 'storychange')).toEqual([]);

    const scrolled = await scrollY(page);
    const width = await page.evaluate(
      () => document.querySelector('[data-hs-collection]')?.getBoundingClientRect().width ?? 0,
    );
    await swipe(story, await onStage(page, 0.8, 0.5), -width * 0.6, 0);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-current] [data-hs-root]')?.getAttribute('aria-label') ===
        'Léa',
    );
    expect((await events(page, 'storychange')).map((event) => event.detail)).toEqual([
      expect.objectContaining({ from: 0, to: 1, cause: 'swipe' }),
    ]);
    expect(await scrollY(page)).toBe(scrolled);
  });

  test('the story is sized by its ratio alone: the figure’s width, 16:9 of it tall', async () => {
    const story = await openInline('scroll=vertical&rate=0.25');
    const { page } = story;
    const sizes = await page.evaluate(() => {
      const box = (selector: string) => {
        const rect = document.querySelector(selector)?.getBoundingClientRect();
        return { width: rect?.width ?? 0, height: rect?.height ?? 0 };
      };
      return { story: box('[data-hs-root]'), figure: box('.article-story') };
    });
    expect(sizes.story.width).toBeCloseTo(sizes.figure.width, 0);
    expect(sizes.story.height).toBeCloseTo((sizes.story.width * 16) / 9, 0);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'inline-playing.png') });
  });
});
