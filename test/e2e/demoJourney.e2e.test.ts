// The demo as a viewer meets it, on a phone with touch: the opening screen → "Commencer" → a
// hold freezes the frame and shows its messages (the tally counts them) → release, the day
// rushes on → the last story stops on its question until a tap answers it (its feedback shows)
// and a tap on the right moves on → a day card → its last frame links to the 3018 → the end
// screen (3018 first and in view, what to do, 119, share) → replay. Screenshots of each step go
// to test/artifacts/demo-*.png; axe checks the opening screen, the answered question and the end
// screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoStories } from '../../demo/story';
import { repoRoot } from '../support/aliases.mjs';
import { audit } from './support/axe';
import {
  CURRENT,
  current,
  messagesShown,
  openDemo,
  startDemo,
  startDemoServer,
  typographyProblems,
} from './support/demo';
import { type FixtureServer, launchPhone, type Phone, waitDisplayFrames } from './support/server';

const artifacts = join(repoRoot, 'test/artifacts');
const totalMessages = demoStories.reduce(
  (sum, story) => sum + story.frames.reduce((n, frame) => n + (frame.reveal?.length ?? 0), 0),
  0,
);

let demo: FixtureServer;
let phone: Phone;
let page: Page;
/** Every URL the page asked for, to check that nothing leaves the site's own host. */
const requested: string[] = [];

beforeAll(async () => {
  demo = await startDemoServer();
  phone = await launchPhone();
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await phone?.close();
  await demo?.close();
});

const shoot = (name: string) => page.screenshot({ path: join(artifacts, `demo-${name}.png`) });
const frameLabel = () => page.getAttribute(current('[data-hs-stage]'), 'aria-label');
const tally = () => page.textContent('[data-demo-tally]');

/** One finger on the stage, through CDP (what a phone sends). */
async function finger() {
  const cdp = await phone.context.newCDPSession(page);
  const box = await page.locator(current('[data-hs-stage]')).boundingBox();
  if (!box) throw new Error('no stage');
  const point = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.55 };
  return {
    down: () => cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] }),
    up: () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
    detach: () => cdp.detach(),
  };
}

/** A quick tap of one finger at a point of the page, through CDP. */
async function tapAt(point: { x: number; y: number }) {
  const cdp = await phone.context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function centreOf(selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A point on the right of the stage that is no option nor button: under the question's options
 * and feedback, clear of the controls. A tap there is the story's "next".
 */
async function besideOptions() {
  const point = await page.evaluate((scope) => {
    const box = (selector: string) =>
      document.querySelector(`${scope} ${selector}`)?.getBoundingClientRect();
    const stage = box('[data-hs-stage]');
    const choice = [box('.hs-choice-options'), box('.hs-choice-feedback')];
    const controls = box('[data-hs-controls]');
    if (!stage || !controls) return null;
    const bottom = Math.max(...choice.map((rect) => rect?.bottom ?? 0));
    const point = { x: stage.left + stage.width * 0.85, y: (bottom + controls.top) / 2 };
    const hit = document.elementFromPoint(point.x, point.y);
    return hit?.closest('button, a[href]') ? null : point;
  }, CURRENT);
  if (!point) throw new Error('no free point beside the options');
  return point;
}

/** What shows on the frozen frame, read twice a few display frames apart. */
const frozenState = () =>
  page.evaluate((scope) => {
    const fill = document.querySelector(
      `${scope} [data-hs-segment][data-state="active"] .hs-segment-fill`,
    );
    const clock = document.querySelector(`${scope} [data-hs-stage] .scene-clock`);
    return {
      fill: fill ? getComputedStyle(fill).transform : null,
      clock: clock?.textContent ?? null,
      label: document.querySelector(`${scope} [data-hs-stage]`)?.getAttribute('aria-label'),
    };
  }, CURRENT);

describe('the Stop Harcèlement demo on a phone', () => {
  test('the opening screen says what to do, in French, before any script runs', async () => {
    page = await openDemo(phone, demo.url);
    page.on('request', (request) => requested.push(request.url()));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/3018/);
    expect(await page.getAttribute('meta[property="og:image"]', 'content')).toMatch(/social\.png$/);
    expect(await page.textContent('#intro')).toContain('Maintiens ton doigt appuyé');
    expect(await page.isVisible('[data-demo-reading]')).toBe(true);
    // Nothing of the player is loaded yet: the opening screen is plain HTML.
    expect(await page.locator('[data-hs-root]').count()).toBe(0);
    await shoot('opening');
    await audit(page, 'demo-opening');
  });

  test('a hold freezes the frame and shows its messages; the tally counts them', async () => {
    await startDemo(page);
    expect(await page.isHidden('#intro')).toBe(true);
    expect(await tally()).toBe(`0\u00a0/\u00a0${totalMessages} messages découverts`);
    await waitDisplayFrames(page, 20);
    await shoot('playing');

    const hand = await finger();
    // A question hides no message: hold again until the frame under the finger has some.
    let held = false;
    for (let attempt = 0; attempt < 8 && !held; attempt++) {
      await hand.down();
      await page.waitForSelector(current('[data-hs-root][data-revealing]'));
      held = (await page.locator(current('[data-hs-message]')).count()) > 0;
      if (!held) {
        await hand.up();
        await page.waitForTimeout(250);
      }
    }
    expect(held, 'found a frame with messages').toBe(true);
    await messagesShown(page);
    const before = await frozenState();
    // Longer than a frame lasts at ×6 (500 ms): it would have moved on.
    await page.waitForTimeout(900);
    const after = await frozenState();
    expect(after).toEqual(before);
    expect(before.label).toMatch(/^Image \d+ sur \d+$/);
    expect(await page.getAttribute(current('[data-hs-root]'), 'data-state')).toBe('held');
    const found = await page.locator(current('[data-hs-message]')).count();
    expect(await tally()).toMatch(new RegExp(`^${found}\u00a0/\u00a0${totalMessages} `));
    await shoot('held');

    await hand.up();
    await page.waitForSelector(current('[data-hs-root][data-state="playing"]'));
    expect(await page.locator(current('[data-hs-message]')).count()).toBe(0);
    // The day rushes on: the next frame comes within a frame's length at ×6.
    await page.waitForFunction(
      ({ scope, label }) =>
        document.querySelector(`${scope} [data-hs-stage]`)?.getAttribute('aria-label') !== label,
      { scope: CURRENT, label: before.label },
      { timeout: 2000 },
    );
    expect(await frameLabel()).not.toBe(before.label);
    await hand.detach();
  });

  test('the last story stops on its question; a tap answers it and says what that choice does', async () => {
    // To the last story with Shift+→ (the edge buttons keep off the picture while it plays),
    // then let it play up to its question.
    for (const story of demoStories.slice(1)) {
      await page.focus(current('[data-hs-stage]'));
      await page.keyboard.press('Shift+ArrowRight');
      await page.waitForSelector(`${CURRENT} [data-hs-root][aria-label="${story.title}"]`);
    }
    const last = demoStories.at(-1);
    const question = last?.frames.find((frame) => frame.kind === 'choice');
    if (!last || question?.kind !== 'choice') throw new Error('the last story has no question');
    const position = last.frames.indexOf(question) + 1;
    const label = `Image ${position} sur ${last.frames.length}`;
    await page.waitForSelector(current(`[data-hs-stage][aria-label="${label}"] .hs-choice`), {
      timeout: 20_000,
    });
    // Its 500 ms at ×6 ran out long ago: the story waits for the viewer, with no time limit.
    await page.waitForTimeout(1500);
    expect(await frameLabel()).toBe(label);
    expect(await page.textContent(current('.hs-choice-question'))).toBe(question.question);
    const options = current('[role="radiogroup"] [role="radio"]');
    expect(await page.locator(options).allTextContents()).toEqual(
      question.options.map((option) => option.label),
    );
    expect(await page.textContent(current('.hs-choice-feedback'))).toBe('');
    await shoot('choice-open');

    // The viewer's own finger on an option: its answer, never a press of the story.
    const chosen = 1;
    await tapAt(await centreOf(`${options} >> nth=${chosen}`));
    await page.waitForSelector(current('.hs-choice[data-answered]'), { timeout: 2000 });
    expect(await page.getAttribute(`${options} >> nth=${chosen}`, 'aria-checked')).toBe('true');
    expect(await page.textContent(current('.hs-choice-feedback'))).toBe(
      question.options[chosen]?.feedback,
    );
    expect(await frameLabel()).toBe(label);
    await shoot('choice-answered');
    await audit(page, 'demo-choice');
  });

  test('a tap on the right moves on to the last frame: a link to call the 3018', async () => {
    await tapAt(await besideOptions());
    const link = current('a[data-hs-action][href="tel:3018"]');
    // A day card says when the story goes on (half a second at ×6), then its last frame.
    await page.waitForSelector(link, { state: 'visible', timeout: 2000 });
    const last = demoStories.at(-1);
    expect(await frameLabel()).toBe(`Image ${last?.frames.length} sur ${last?.frames.length}`);
    expect(await page.textContent(link)).toBe(last?.frames.at(-1)?.cta?.label);
    // Above the controls, inside the stage, and not hidden during normal play.
    const [box, controls] = await Promise.all([
      page.locator(link).boundingBox(),
      page.locator(current('[data-hs-controls]')).boundingBox(),
    ]);
    expect(box && controls && box.y + box.height <= controls.y).toBe(true);
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await shoot('cta');
    // A tap follows it: the click reaches the link, not held back by the story (the page stays
    // here: the test stops the phone call itself).
    await page.$eval(link, (element) =>
      element.addEventListener(
        'click',
        (event) => {
          (window as unknown as { followed: boolean }).followed = !event.defaultPrevented;
          event.preventDefault();
        },
        { once: true },
      ),
    );
    await tapAt(await centreOf(`${link} .hs-action-label`));
    expect(await page.evaluate(() => (window as unknown as { followed?: boolean }).followed)).toBe(
      true,
    );
  });

  test('the last story ends on the end screen: 3018 first and in view, what to do, 119', async () => {
    await page.waitForSelector('[data-demo-end]', { timeout: 20_000 });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const text = (await page.textContent('[data-demo-end]')) ?? '';
    for (const expected of [
      'Appeler le 3018 — gratuit, anonyme, 7j/7',
      'adulte de confiance',
      'preuves',
      'Signale',
      'Soutiens',
      'Gratuit, anonyme et confidentiel',
      '7\u00a0jours sur 7',
      'de 9\u00a0h à 23\u00a0h',
    ]) {
      expect(text).toContain(expected);
    }
    expect(typographyProblems(text)).toEqual([]);
    expect(await page.locator('[data-demo-end] a[href="tel:3018"]').count()).toBe(1);
    expect(await page.locator('[data-demo-end] a[href="tel:119"]').count()).toBe(1);
    const web = await page.$$eval('[data-demo-end] a[href^="http"]', (links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
    expect(web.length).toBeGreaterThanOrEqual(2);
    expect(web.every((href) => href.startsWith('https://'))).toBe(true);

    // The 3018 is the first action, and on a 390×844 phone it is in view without scrolling.
    const first = await page.$eval('[data-demo-end]', (end) => {
      const action = end.querySelector('a[href], button');
      const box = action?.getBoundingClientRect();
      return {
        href: action?.getAttribute('href'),
        bottom: box?.bottom ?? Number.POSITIVE_INFINITY,
        scrollY: window.scrollY,
        viewport: window.innerHeight,
      };
    });
    expect(first.href).toBe('tel:3018');
    expect(first.scrollY).toBe(0);
    expect(first.bottom).toBeLessThanOrEqual(first.viewport);

    // What was found is a fact about real life, not a score: no total, no "try harder".
    const found = (await page.textContent('[data-demo-found]')) ?? '';
    expect(found).toContain('Dans la vraie vie');
    expect(found).not.toContain(`${totalMessages}`);
    expect(found).not.toMatch(/plus souvent/);
    await shoot('end');
    await audit(page, 'demo-end');
  });

  test('the end screen shares the page: the share sheet, else the link copied', async () => {
    const share = page.locator('button[data-demo-share]');
    const here = page.url().split('#')[0];
    expect(await share.textContent()).toBe('Partager');
    // A share sheet (Web Share API) receives the title, a sentence and the page's address.
    await page.evaluate(() => {
      const record = window as unknown as { shared?: ShareData };
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          record.shared = data;
        },
      });
    });
    await share.click();
    const shared = await page.evaluate(
      () => (window as unknown as { shared?: ShareData }).shared ?? null,
    );
    expect(shared?.title).toMatch(/Stop Harcèlement/);
    expect(shared?.text).toMatch(/3018/);
    expect(shared?.url).toBe(here);
    expect(await page.textContent('[data-demo-share-status]')).toBe('');
    // Without one, the link is copied and the page says so.
    await page.evaluate(() => {
      const record = window as unknown as { copied?: string };
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => {
            record.copied = text;
          },
        },
      });
    });
    await share.click();
    await page.waitForSelector('[data-demo-share-status="copied"]');
    expect(await page.textContent('[data-demo-share-status]')).toBe('Lien copié');
    expect(await page.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(here);
    expect(await page.isVisible('[data-demo-share-status]')).toBe(true);
    await audit(page, 'demo-end-shared');
  });

  test('replay starts the first story again and keeps what was found', async () => {
    const foundBefore = Number(await page.getAttribute('[data-demo-found]', 'data-demo-found'));
    expect(foundBefore).toBeGreaterThan(0);
    await page.click('[data-demo-replay]');
    await page.waitForSelector(current('[data-hs-root][data-state="playing"]'));
    const first = demoStories[0];
    expect(await page.getAttribute(current('[data-hs-root]'), 'aria-label')).toBe(first?.title);
    expect(await frameLabel()).toMatch(/^Image [12] sur /);
    expect(await tally()).toBe(`${foundBefore}\u00a0/\u00a0${totalMessages} messages découverts`);
    await shoot('replay');
  });

  test('no request went to another host', () => {
    const origin = new URL(demo.url).origin;
    const foreign = requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
    expect(requested.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
