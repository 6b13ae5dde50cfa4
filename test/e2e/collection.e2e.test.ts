// A collection of stories in real Chromium on a phone (390×844, touch through CDP): sideways
// drags between stories (committed, cancelled, mid-drag), drags down to close, Shift+arrows and
// the buttons, the end of a story moving on, seen state across a reload, reduced motion, and
// axe in the middle of a transition.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { audit } from './support/axe';
import { fixturePhoneForFile } from './support/fixturePhone';
import type { StoryPage } from './support/server';

const WIDTH = 390;
const HEIGHT = 844;
const MIDDLE = HEIGHT / 2;

const fixture = fixturePhoneForFile('collection.html');

const openCollection = (query = ''): Promise<StoryPage> => fixture.open(`collection.html?${query}`);

/** The current story's title and state, as the page shows them. */
const current = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-current] [data-hs-root]');
    return { title: root?.getAttribute('aria-label'), state: root?.dataset.state };
  });

const events = (page: Page, type: string) =>
  page.evaluate(
    (name) =>
      window.__collection.events.filter((event) => event.type === name).map((e) => e.detail),
    type,
  );

/** Moves the finger from `from` by (dx, dy) in `steps` moves, one display frame apart. */
async function drag(
  story: StoryPage,
  from: { x: number; y: number },
  dx: number,
  dy: number,
  steps = 12,
) {
  await story.touchDown(from.x, from.y);
  for (let step = 1; step <= steps; step++) {
    await story.touchMove(from.x + (dx * step) / steps, from.y + (dy * step) / steps);
    await story.waitFrames(1);
  }
}

/** Waits until the story titled `title` is the current one. */
const storyShown = (page: Page, title: string) =>
  page.waitForFunction(
    (expected) =>
      document.querySelector('[data-current] [data-hs-root]')?.getAttribute('aria-label') ===
      expected,
    title,
  );

/** Waits until the panes have settled (no inline transform left on the current one). */
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const pane = document.querySelector<HTMLElement>('[data-current]');
    const viewport = document.querySelector<HTMLElement>('[data-hs-collection]');
    return pane?.style.transform === '' && viewport?.style.transform === '';
  });

describe('a collection on a phone', () => {
  test('a long sideways drag moves to the next story; the previous one stops where it was', async () => {
    const story = await openCollection();
    const { page } = story;
    expect(await current(page)).toEqual({ title: 'Léa', state: 'playing' });

    await drag(story, { x: 320, y: MIDDLE }, -WIDTH * 0.5, 0);
    // Mid-drag the story is frozen, and the next one is on screen beside it.
    expect((await current(page)).state).toBe('held');
    const nextPane = await page.evaluate(() => {
      const pane = [...document.querySelectorAll<HTMLElement>('.hs-pane')].find((element) =>
        element.textContent?.includes('Sami 1'),
      );
      return pane?.getBoundingClientRect().left ?? Number.NaN;
    });
    expect(nextPane).toBeLessThan(WIDTH);
    await story.touchUp();
    await storyShown(page, 'Sami');
    await settled(page);
    expect(await current(page)).toEqual({ title: 'Sami', state: 'playing' });
    expect(await events(page, 'storychange')).toEqual([
      { from: 0, to: 1, storyId: 'sami', cause: 'swipe' },
    ]);
    // The story it left is paused and hidden from assistive technology.
    const left = await page.evaluate(() => {
      const pane = document.querySelector<HTMLElement>('.hs-pane:not([data-current])');
      return {
        hidden: pane?.getAttribute('aria-hidden'),
        inert: pane?.inert,
        state: pane?.querySelector<HTMLElement>('[data-hs-root]')?.dataset.state,
      };
    });
    expect(left).toEqual({ hidden: 'true', inert: true, state: 'paused' });
  });

  test('a short drag springs back and the story plays on, with no navigation', async () => {
    const story = await openCollection();
    const { page } = story;
    await drag(story, { x: 320, y: MIDDLE }, -40, 0, 8);
    await page.waitForTimeout(200);
    await story.touchUp();
    await settled(page);
    expect(await current(page)).toEqual({ title: 'Léa', state: 'playing' });
    expect(await events(page, 'storychange')).toEqual([]);
    // Nothing revealed, no frame skipped by the press.
    expect(await events(page, 'reveal')).toEqual([]);
  });

  test('before the first story the track resists and nothing changes', async () => {
    const story = await openCollection();
    const { page } = story;
    await drag(story, { x: 60, y: MIDDLE }, WIDTH * 0.6, 0);
    const moved = await page.evaluate(
      () =>
        document.querySelector<HTMLElement>('[data-current]')?.getBoundingClientRect().left ?? 0,
    );
    // A third of the finger's travel: the edge of the collection.
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(WIDTH * 0.6 * 0.5);
    await story.touchUp();
    await settled(page);
    expect((await current(page)).title).toBe('Léa');
  });

  test('mid-transition, axe finds nothing, and only the current story is exposed', async () => {
    const story = await openCollection();
    const { page } = story;
    await drag(story, { x: 320, y: MIDDLE }, -WIDTH * 0.45, 0);
    const exposed = await page.evaluate(
      () => document.querySelectorAll('.hs-pane:not([aria-hidden]) [data-hs-root]').length,
    );
    expect(exposed).toBe(1);
    await audit(page, 'collection-transition');
    await story.touchCancel();
    await settled(page);
    expect((await current(page)).title).toBe('Léa');
  });

  test('a drag down follows the finger, springs back when short, and closes when long', async () => {
    const story = await openCollection();
    const { page } = story;
    await drag(story, { x: 200, y: 200 }, 0, 120);
    const followed = await page.evaluate(
      () => document.querySelector<HTMLElement>('[data-hs-collection]')?.style.transform,
    );
    expect(followed).toMatch(/translateY\(1[01]\d(\.\d+)?px\)/);
    await page.waitForTimeout(150);
    await story.touchUp();
    await settled(page);
    expect(await page.evaluate(() => window.__collection.closes)).toBe(0);
    expect((await current(page)).state).toBe('playing');

    await drag(story, { x: 200, y: 200 }, 0, HEIGHT * 0.4);
    await story.touchUp();
    await page.waitForFunction(() => window.__collection.closes === 1);
  });

  test('a single story closes on a drag down too, and a sideways drag does nothing', async () => {
    const story = await fixture.open('');
    const { page } = story;
    await drag(story, { x: 300, y: MIDDLE }, -WIDTH * 0.5, 0);
    await story.touchUp();
    await page.waitForSelector('[data-hs-root][data-state="playing"]');
    // No frame change: the press became a drag, not a tap.
    const changes = await page.evaluate(() =>
      window.__hs.events.filter((event) => (event.detail as { cause?: string })?.cause === 'tap'),
    );
    expect(changes).toEqual([]);
    await drag(story, { x: 200, y: 200 }, 0, HEIGHT * 0.4);
    await story.touchUp();
    await page.waitForFunction(() => window.__hs.closes === 1);
  });

  test('Shift+→ and the buttons move between stories; the focus follows', async () => {
    const story = await openCollection();
    const { page } = story;
    await page.focus('[data-current] [data-hs-stage]');
    await page.keyboard.press('Shift+ArrowRight');
    await storyShown(page, 'Sami');
    await page.waitForFunction(() => document.activeElement?.closest('[data-current]') !== null);
    expect((await current(page)).title).toBe('Sami');
    const focused = await page.evaluate(() =>
      document.activeElement?.closest('[data-current] [data-hs-root]')?.getAttribute('aria-label'),
    );
    expect(focused).toBe('Sami');

    // While a story plays, its story buttons keep off the picture: paused, they are there.
    const pause = async () => {
      const state = await page.getAttribute('[data-current] [data-hs-root]', 'data-state');
      if (state === 'playing') await page.click('[data-current] [data-hs-control="pause"]');
    };
    await pause();
    await page.click('[data-current] [data-hs-control="next-story"]');
    await storyShown(page, 'Noa');
    expect((await current(page)).title).toBe('Noa');
    // The last story has no "next story" button; the previous one goes back.
    expect(await page.$('[data-current] [data-hs-control="next-story"]')).toBeNull();
    await pause();
    await page.click('[data-current] [data-hs-control="previous-story"]');
    await storyShown(page, 'Sami');
    expect((await current(page)).title).toBe('Sami');
    const causes = (await events(page, 'storychange')).map((event) => event.cause);
    expect(causes).toEqual(['key', 'api', 'api']);
  });

  test('a story that ends moves on; the last one fires onEnded with its story', async () => {
    const story = await openCollection('rate=8');
    const { page } = story;
    await page.waitForFunction(
      () => window.__collection.events.some((e) => e.type === 'ended'),
      null,
      {
        timeout: 10_000,
      },
    );
    const changes = await events(page, 'storychange');
    expect(changes.map((event) => [event.to, event.cause])).toEqual([
      [1, 'auto'],
      [2, 'auto'],
    ]);
    const [ended] = await events(page, 'ended');
    expect(ended).toMatchObject({ storyId: 'noa', storyIndex: 2, frameIndex: 2 });
  });

  test('seen state in localStorage: a reload resumes the story on the frame it was on', async () => {
    const story = await openCollection('seen=1');
    const { page } = story;
    await page.evaluate(() => window.__collection.handle?.goTo(2));
    await page.waitForFunction(() =>
      localStorage.getItem('react-hold-stories:seen')?.includes('"resumeFrameId":"lea-2"'),
    );
    await page.reload();
    await page.waitForSelector('[data-hs-root][data-state="playing"]');
    const label = await page.getAttribute('[data-current] [data-hs-stage]', 'aria-label');
    expect(label).toBe('Frame 3 of 3');
    const record = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('react-hold-stories:seen') ?? '{}'),
    );
    expect(record.lea.frames).toContain('lea-0');
    expect(record.lea.frames).toContain('lea-2');
    await page.evaluate(() => localStorage.clear());
  });

  test('under reduced motion the stories cross-fade instead of turning', async () => {
    const story = await openCollection();
    const { page } = story;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Followed live: no reload needed.
    await page.waitForSelector('[data-hs-collection][data-transition="fade"]');
    await drag(story, { x: 320, y: MIDDLE }, -WIDTH * 0.5, 0);
    const panes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.hs-pane')].map((pane) => ({
        current: pane.hasAttribute('data-current'),
        opacity: Number(getComputedStyle(pane).opacity),
        left: pane.getBoundingClientRect().left,
      })),
    );
    // Nothing moves; the current story fades out as the next fades in.
    for (const pane of panes) expect(pane.left).toBe(0);
    const now = panes.find((pane) => pane.current);
    expect(now?.opacity).toBeGreaterThan(0.3);
    expect(now?.opacity).toBeLessThan(0.7);
    await story.touchUp();
    await storyShown(page, 'Sami');
  });
});
