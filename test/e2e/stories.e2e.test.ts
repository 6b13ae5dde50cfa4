// <Stories> in real Chromium on a phone (390×844, touch): what only a browser shows — touch
// through CDP, painted transforms per display frame, layout and hit testing, axe, screenshots.
// Assertions are about behaviour; timings in milliseconds belong to the benchmark
// (test/bench/stories.mjs).
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/aliases.mjs';
import type { RecordedEvent } from './fixture/main';
import { audit } from './support/axe';
import { messagesShown } from './support/demo';
import { fixturePhoneForFile } from './support/fixturePhone';
import { type StoryPage, startSampling, stopSampling } from './support/server';

const WIDTH = 390;
const HEIGHT = 844;
/** In the "next" zone (the right three quarters), clear of the buttons at the bottom. */
const RIGHT = { x: WIDTH * 0.8, y: HEIGHT / 2 };
/** In the "previous" zone (the left quarter). */
const LEFT = { x: WIDTH * 0.1, y: HEIGHT / 2 };
const artifacts = join(repoRoot, 'test/artifacts');

const fixture = fixturePhoneForFile();

/**
 * A fresh page playing the fixture. `start=1` is the corridor, a `render` frame whose walker
 * (`[data-testid=moving]`) moves with the frame progress; slow rates keep a frame on screen
 * long enough that only the gesture under test can change it.
 */
const open = (query: string): Promise<StoryPage> => fixture.open(`?${query}`);

const frameLabel = (page: Page) => page.getAttribute('[data-hs-stage]', 'aria-label');
const rootState = (page: Page) => page.getAttribute('[data-hs-root]', 'data-state');
const events = (page: Page) => page.evaluate(() => window.__hs.events as RecordedEvent[]);
/** The frame changes after the first frame shown (reported once, with `cause: 'start'`). */
const moves = (recorded: RecordedEvent[]) =>
  recorded.filter(
    (event) =>
      event.type === 'framechange' && (event.detail as { cause: string }).cause !== 'start',
  );
/** Whether anything reported a hold: a tap must not. */
const anyHold = (recorded: RecordedEvent[]) =>
  recorded.some((event) => event.type === 'holdstart' || event.type === 'holdend');
const messageTexts = (page: Page) =>
  page.locator('[data-hs-message] .hs-message-text').allTextContents();

/** Waits until no message is left, exit animation included. */
function messagesGone(page: Page) {
  return page.waitForFunction(() => document.querySelector('[data-hs-message]') === null);
}

function waitForState(page: Page, state: string) {
  return page.waitForSelector(`[data-hs-root][data-state="${state}"]`);
}

/** How many different values a series took. */
const distinct = (values: (string | null)[]) => new Set(values).size;

describe('<Stories> on a phone, in Chromium', () => {
  test('pressing and holding freezes the frame from the next display frame, then reveals its messages', async () => {
    const { page, touchDown, waitFrames } = await open('start=1&rate=0.5');
    await startSampling(page);
    await waitFrames(8);
    await touchDown(RIGHT.x, RIGHT.y);
    await waitFrames(40);
    const { samples } = await stopSampling(page);

    const before = samples.filter((sample) => !sample.afterPress);
    const held = samples.filter((sample) => sample.afterPress && !sample.released);
    // It was moving before the touch, or the freeze below would prove nothing.
    expect(distinct(before.map((sample) => sample.fill))).toBeGreaterThan(2);
    expect(distinct(before.map((sample) => sample.moving))).toBeGreaterThan(2);
    // From the first display frame after the touch, neither the progress nor the frame's own
    // animation moves again (the chrome fade and the message entrance are not sampled).
    expect(held.length).toBeGreaterThanOrEqual(30);
    expect(held.every((sample) => sample.fill !== null && sample.moving !== null)).toBe(true);
    expect(distinct(held.map((sample) => sample.fill))).toBe(1);
    expect(distinct(held.map((sample) => sample.moving))).toBe(1);

    await messagesShown(page);
    expect(await messageTexts(page)).toEqual(['They laugh when I pass.']);
    const message = await page.evaluate(() => {
      const element = document.querySelector('[data-hs-message]') as HTMLElement;
      const box = element.getBoundingClientRect();
      // The reveal layer lets pointers through (pointer-events: none) so that presses reach the
      // stage, and hit testing skips such elements: make the whole story hit-testable for this
      // one look, so elementFromPoint answers "what is painted on top here".
      const probe = document.createElement('style');
      probe.textContent = '[data-hs-root] * { pointer-events: auto !important; }';
      document.head.append(probe);
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      probe.remove();
      return {
        opacity: getComputedStyle(element).opacity,
        box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        viewport: { width: window.innerWidth, height: window.innerHeight },
        onTop: hit !== null && element.contains(hit),
        hit: hit?.outerHTML.slice(0, 160) ?? null,
      };
    });
    expect(message.opacity).toBe('1');
    expect(message.box.left).toBeGreaterThanOrEqual(0);
    expect(message.box.top).toBeGreaterThanOrEqual(0);
    expect(message.box.right).toBeLessThanOrEqual(message.viewport.width);
    expect(message.box.bottom).toBeLessThanOrEqual(message.viewport.height);
    expect(message.onTop, `covered by ${message.hit}`).toBe(true);
    expect(await page.getAttribute('[data-hs-root]', 'data-revealing')).not.toBeNull();
    expect(await page.getAttribute('[data-hs-chrome]', 'aria-hidden')).toBe('true');
    expect(await rootState(page)).toBe('held');
    expect(await frameLabel(page)).toBe('Frame 2 of 6');
  });

  test('releasing a hold resumes playback on the same frame and hides the messages', async () => {
    const { page, touchDown, touchUp, waitFrames } = await open('start=1&rate=0.5');
    await touchDown(RIGHT.x, RIGHT.y);
    await messagesShown(page);
    await touchUp();

    await waitForState(page, 'playing');
    await startSampling(page);
    await waitFrames(10);
    const { samples } = await stopSampling(page);
    expect(distinct(samples.map((sample) => sample.fill))).toBeGreaterThan(2);
    expect(distinct(samples.map((sample) => sample.moving))).toBeGreaterThan(2);
    await messagesGone(page);
    expect(await page.getAttribute('[data-hs-root]', 'data-revealing')).toBeNull();
    expect(await page.getAttribute('[data-hs-chrome]', 'aria-hidden')).toBeNull();
    // A hold is not a tap: no navigation.
    expect(await frameLabel(page)).toBe('Frame 2 of 6');
    const recorded = await events(page);
    expect(moves(recorded)).toEqual([]);
    // The frame the page opened on was reported once, as shown.
    expect(
      recorded.filter((event) => event.type === 'framechange').map((event) => event.detail),
    ).toEqual([expect.objectContaining({ from: -1, to: 1, cause: 'start' })]);
    // One hold, reported when its messages appeared, and how long the frame stayed frozen.
    expect(recorded.filter((event) => event.type === 'holdstart')).toHaveLength(1);
    expect(recorded.find((event) => event.type === 'holdend')?.detail).toEqual({
      frameIndex: 1,
      heldMs: expect.any(Number),
      at: expect.any(Number),
    });
  });

  test('a cancelled touch ends the press without navigating or leaving messages shown', async () => {
    const { page, touchDown, touchCancel } = await open('start=1&rate=0.5');
    await touchDown(RIGHT.x, RIGHT.y);
    await messagesShown(page);
    await touchCancel();

    await waitForState(page, 'playing');
    await messagesGone(page);
    expect(await page.getAttribute('[data-hs-root]', 'data-revealing')).toBeNull();
    expect(await frameLabel(page)).toBe('Frame 2 of 6');
    const recorded = await events(page);
    expect(moves(recorded)).toEqual([]);
    expect(recorded.filter((event) => event.type === 'holdend')).toHaveLength(1);
  });

  test('a quick tap on the right shows the next frame', async () => {
    const { page, touchDown, touchUp } = await open('start=1&rate=0.25');
    await touchDown(RIGHT.x, RIGHT.y);
    await touchUp();

    await page.waitForSelector('[data-hs-stage][aria-label="Frame 3 of 6"]');
    await waitForState(page, 'playing');
    const recorded = await events(page);
    expect(moves(recorded).map((e) => e.detail)).toEqual([
      expect.objectContaining({ from: 1, to: 2, cause: 'tap' }),
    ]);
    expect(recorded.some((event) => event.type === 'reveal')).toBe(false);
    expect(anyHold(recorded)).toBe(false);
  });

  test('a quick tap on the left quarter shows the previous frame', async () => {
    const { page, touchDown, touchUp } = await open('start=2&rate=0.25');
    await touchDown(LEFT.x, LEFT.y);
    await touchUp();

    await page.waitForSelector('[data-hs-stage][aria-label="Frame 2 of 6"]');
    await waitForState(page, 'playing');
    const recorded = await events(page);
    expect(moves(recorded).map((e) => e.detail)).toEqual([
      expect.objectContaining({ from: 2, to: 1, cause: 'tap' }),
    ]);
    expect(anyHold(recorded)).toBe(false);
  });

  test('holding Space reveals the messages and releasing it plays again', async () => {
    const { page } = await open('start=0&rate=0.25');
    await page.focus('[data-hs-stage]');
    await page.keyboard.down('Space');
    await messagesShown(page);
    expect(await rootState(page)).toBe('held');
    expect(await messageTexts(page)).toEqual(['Nobody sits next to me.', 'Again today.']);

    await page.keyboard.up('Space');
    await waitForState(page, 'playing');
    await messagesGone(page);
    expect(await frameLabel(page)).toBe('Frame 1 of 6');
  });

  test('ArrowRight on the focused stage shows the next frame', async () => {
    const { page } = await open('start=0&rate=0.25');
    await page.focus('[data-hs-stage]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-hs-stage][aria-label="Frame 2 of 6"]');
    expect(await rootState(page)).toBe('playing');
    expect(moves(await events(page)).map((event) => event.detail)).toEqual([
      expect.objectContaining({ from: 0, to: 1, cause: 'key' }),
    ]);
  });

  test('a quick Space press keeps the frame frozen with its messages until the next Space', async () => {
    const { page, waitFrames } = await open('start=0&rate=0.25');
    await page.focus('[data-hs-stage]');
    await page.keyboard.press('Space');
    await messagesShown(page);
    // Well past the hold delay: still latched, nothing timed out.
    await waitFrames(45);
    expect(await rootState(page)).toBe('held');
    expect(await messageTexts(page)).toEqual(['Nobody sits next to me.', 'Again today.']);

    await page.keyboard.press('Space');
    await waitForState(page, 'playing');
    await messagesGone(page);
    expect(await frameLabel(page)).toBe('Frame 1 of 6');
  });

  test('Escape calls onClose', async () => {
    const { page } = await open('start=0&rate=0.25');
    await page.focus('[data-hs-stage]');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__hs.closes === 1);
    expect(await page.evaluate(() => window.__hs.closes)).toBe(1);
  });

  test('axe finds no violations while the story plays', async () => {
    const { page } = await open('start=1&rate=0.25');
    expect(await rootState(page)).toBe('playing');
    await audit(page, 'stories-playing');
  });

  test('axe finds no violations while a hold shows the messages', async () => {
    const { page, touchDown, touchUp } = await open('start=1&rate=0.25');
    await touchDown(RIGHT.x, RIGHT.y);
    await messagesShown(page);
    // The chrome leaves the accessibility tree once faded (visibility: hidden after the fade).
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('[data-hs-chrome]') as Element).visibility ===
        'hidden',
    );
    await audit(page, 'stories-held');
    await touchUp();
  });

  test('the playing and the held states are saved as screenshots', async () => {
    const { page, touchDown, touchUp } = await open('start=1&rate=0.25');
    mkdirSync(artifacts, { recursive: true });
    const playing = join(artifacts, 'stories-playing.png');
    const held = join(artifacts, 'stories-held.png');
    await page.screenshot({ path: playing });
    await touchDown(RIGHT.x, RIGHT.y);
    await messagesShown(page);
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('[data-hs-chrome]') as Element).visibility ===
        'hidden',
    );
    await page.screenshot({ path: held });
    await touchUp();
    expect(statSync(playing).size).toBeGreaterThan(0);
    expect(statSync(held).size).toBeGreaterThan(0);
  });

  test('a long press cannot open the context menu, select text or call out an image', async () => {
    const { page } = await open('start=2&rate=0.25');
    // Headless Chromium fires no contextmenu on a long touch: a synthetic one stands in for it.
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('[data-hs-stage]')?.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);

    const styles = await page.evaluate(() => {
      const stage = document.querySelector('[data-hs-stage]') as Element;
      const computed = getComputedStyle(stage);
      // Chromium ignores -webkit-touch-callout (a Safari property): when unsupported, read the
      // declaration from the skin as served instead of the computed style.
      const callout = CSS.supports('-webkit-touch-callout', 'none')
        ? computed.getPropertyValue('-webkit-touch-callout')
        : [...document.querySelectorAll('style')]
            .map((style) => style.textContent?.match(/\.hs-stage\s*\{([^}]*)\}/)?.[1] ?? '')
            .join('')
            .match(/-webkit-touch-callout:\s*([\w-]+)/)?.[1];
      return { userSelect: computed.userSelect, touchAction: computed.touchAction, callout };
    });
    expect(styles).toEqual({ userSelect: 'none', touchAction: 'none', callout: 'none' });
  });
});
