// Timed messages on a phone in Chromium (390×844, touch through CDP). On the fixture's long take
// (test/e2e/fixture/timed.tsx: 8 s at 1×, a message for [0, 3 s), nothing, one for [5 s, 8 s)):
// a hold early shows only the first message, a hold late only the second, a hold between them
// the quiet note and no message; `reveal` fires once per message however often it is held; the
// transcript gives each timed message its time. Then the demo as `npm run build:demo` writes it:
// Jade's canteen, held as it opens and held as it ends, shows two different messages. The
// instants are set by seeking (the fixture) or read from the progress bar (the demo), never
// timed by the test's clock. Screenshots: test/artifacts/timed-{early,late}.png and
// demo-timed-{early,late}.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoStories } from '../../demo/story';
import { repoRoot } from '../support/aliases.mjs';
import type { TimedRecord } from './fixture/timed';
import {
  buildDemo,
  CURRENT,
  current,
  DEMO_CONFIG,
  demoFrameLabel,
  messagesShown,
} from './support/demo';
import { fixturePhoneForFile } from './support/fixturePhone';
import { launchPhone, type Phone, type StoryPage } from './support/server';

const artifacts = join(repoRoot, 'test/artifacts');
mkdirSync(artifacts, { recursive: true });

/** The fixture's long take (test/e2e/fixture/timed.tsx), in ms at 1×. */
const WALK = { duration: 8000, early: [0, 3000], late: [5000, 8000] } as const;
const EARLY = 'Leaving home, I still feel fine.';
const LATE = 'At the gate, they are waiting for me.';

/** The texts of the messages shown now (in `scope`), in their order on screen. */
const shownTexts = (page: Page, scope = '') =>
  page.$$eval(`${scope} [data-hs-message] .hs-message-text`.trim(), (list) =>
    list.map((p) => p.textContent ?? ''),
  );

/** The time the fixture's scene shows ("t = 1.0 s"), in ms. */
async function sceneTime(page: Page): Promise<number> {
  const text = (await page.textContent('[data-testid="clock"]')) ?? '';
  const seconds = /t = ([\d.]+) s/.exec(text)?.[1];
  if (seconds === undefined) throw new Error(`no time on the scene: "${text}"`);
  return Number(seconds) * 1000;
}

describe('a long take with two timed messages (fixture)', () => {
  const fixture = fixturePhoneForFile('timed.html');
  const record = (page: Page) => page.evaluate(() => window.__timed as TimedRecord);

  /** The middle of the stage: a press there is a hold, never a link or a button. */
  async function middle(page: Page) {
    const box = await page.locator('[data-hs-stage]').boundingBox();
    if (!box) throw new Error('no stage');
    return { x: box.x + box.width * 0.6, y: box.y + box.height * 0.55 };
  }

  /**
   * Puts the long take at `progress` (it goes on playing) and a finger on it at once; resolves
   * once the hold has revealed what the frozen instant holds.
   */
  async function holdAt(story: StoryPage, progress: number) {
    const { page } = story;
    const point = await middle(page);
    await page.evaluate((p) => window.__timed.stories?.goTo(0, p), progress);
    await story.touchDown(point.x, point.y);
    await page.waitForSelector('[data-hs-root][data-state="held"][data-revealing]');
  }

  async function release(story: StoryPage) {
    await story.touchUp();
    await story.page.waitForSelector('[data-hs-root][data-state="playing"]');
    expect(await story.page.locator('[data-hs-message], [data-hs-between]').count()).toBe(0);
  }

  test('a hold shows what its instant holds: early the first, late the second, between a note', async () => {
    const story = await fixture.open('timed.html');
    const { page } = story;
    expect(await page.getAttribute('[data-hs-stage]', 'aria-label')).toBe('Frame 1 of 2');

    // Early: a second into the walk.
    await holdAt(story, 1000 / WALK.duration);
    await messagesShown(page);
    expect(await shownTexts(page)).toEqual([EARLY]);
    expect(await page.locator('[data-hs-between]').count()).toBe(0);
    const early = await sceneTime(page);
    expect(early).toBeGreaterThanOrEqual(WALK.early[0]);
    expect(early).toBeLessThan(WALK.early[1]);
    await page.screenshot({ path: join(artifacts, 'timed-early.png') });
    await release(story);

    // Held early once more, in the same view: the same message, no second `reveal`.
    await holdAt(story, 1500 / WALK.duration);
    await messagesShown(page);
    expect(await shownTexts(page)).toEqual([EARLY]);
    await release(story);

    // Between the windows: the note, and no message.
    await holdAt(story, 3500 / WALK.duration);
    await page.waitForSelector('[data-hs-between]', { state: 'visible' });
    expect(await page.textContent('[data-hs-between]')).toBe(
      'Nothing here — keep watching, and hold at another moment.',
    );
    expect(await page.locator('[data-hs-message]').count()).toBe(0);
    const between = await sceneTime(page);
    expect(between).toBeGreaterThanOrEqual(WALK.early[1]);
    expect(between).toBeLessThan(WALK.late[0]);
    await release(story);

    // Late: near the gate.
    await holdAt(story, 6000 / WALK.duration);
    await messagesShown(page);
    expect(await shownTexts(page)).toEqual([LATE]);
    expect(await page.locator('[data-hs-between]').count()).toBe(0);
    const late = await sceneTime(page);
    expect(late).toBeGreaterThanOrEqual(WALK.late[0]);
    expect(late).toBeLessThan(WALK.late[1]);
    // The same frame, frozen further on: the walker has moved.
    expect(await page.getAttribute('[data-hs-stage]', 'aria-label')).toBe('Frame 1 of 2');
    await page.screenshot({ path: join(artifacts, 'timed-late.png') });
    await release(story);

    // Each message revealed once, when its window was held; the between hold revealed nothing.
    const { events } = await record(page);
    const reveals = events
      .filter((event) => event.type === 'reveal')
      .map((event) => event.detail as { frameId: string; messageIndex: number });
    expect(reveals.map(({ frameId, messageIndex }) => ({ frameId, messageIndex }))).toEqual([
      { frameId: 'walk', messageIndex: 0 },
      { frameId: 'walk', messageIndex: 1 },
    ]);
    // Four holds on the one frame, and it never left it.
    expect(events.filter((event) => event.type === 'holdend')).toHaveLength(4);
    expect(
      events.filter(
        (event) =>
          event.type === 'framechange' && (event.detail as { cause: string }).cause !== 'start',
      ),
    ).toEqual([]);
  });

  test('the transcript gives each timed message its time in the frame', async () => {
    const story = await fixture.open('timed.html');
    const { page } = story;
    await page.click('[data-hs-control="options"]');
    await page.click('[data-hs-control="transcript"]');
    await page.waitForSelector('dialog[data-hs-transcript][open]');
    const items = await page.$$eval('dialog[data-hs-transcript] li li', (list) =>
      list.map((item) => item.textContent ?? ''),
    );
    expect(items).toEqual([
      `0:00 — Sam: ${EARLY}`,
      `0:05 — Sam: ${LATE}`,
      // A message for the whole frame has no time.
      'Talking to an adult is a first step.',
    ]);
  });
});

describe('the demo’s long take, as built (Jade’s canteen)', () => {
  /** Its own folder: dist-demo/ and the embed test's folder may be in use. */
  const outDir = join(repoRoot, 'node_modules/.cache/demo-timed-e2e');
  const jade = demoStories[0];
  const at = jade?.frames.findIndex((frame) => frame.id === 'cantine') ?? -1;
  const canteen = jade?.frames[at];
  const label = demoFrameLabel(at + 1, jade?.frames.length ?? 0);
  let server: PreviewServer;
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    await buildDemo(outDir);
    server = await preview({
      configFile: DEMO_CONFIG,
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0 },
      logLevel: 'silent',
    });
    phone = await launchPhone();
  }, 120_000);

  afterAll(async () => {
    await phone?.close();
    await server?.close();
  });

  /** One finger on the story's stage, through CDP (what a phone sends). */
  async function finger() {
    const cdp = await phone.context.newCDPSession(page);
    const box = await page.locator(current('[data-hs-stage]')).boundingBox();
    if (!box) throw new Error('no stage');
    const point = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.55 };
    return {
      down: () =>
        cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] }),
      up: () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
      detach: () => cdp.detach(),
    };
  }

  const frameLabel = () => page.getAttribute(current('[data-hs-stage]'), 'aria-label');
  /** How many messages the tally says were found ("3 / 60 messages découverts"). */
  const found = async () =>
    Number(/^(\d+)/.exec((await page.textContent('[data-demo-tally]')) ?? '')?.[1]);
  const rootState = () => page.getAttribute(current('[data-hs-root]'), 'data-state');
  /** The texts a hold at `time` (ms at 1×) shows on the canteen: the data says which. */
  const expectedAt = (time: number) =>
    (canteen?.reveal ?? [])
      .filter((message) => !message.at || (time >= message.at[0] && time < message.at[1]))
      .map((message) => message.text);

  /** From the opening screen to the canteen, paused on its first instant. */
  async function toTheCanteen() {
    await page.goto(`${server.resolvedUrls?.local[0]}`);
    await page.click('[data-demo-start]');
    await page.waitForSelector(current('[data-hs-root][data-state="playing"]'));
    await page.click(current('[data-hs-control="pause"]'));
    await page.waitForSelector(current('[data-hs-root][data-state="paused"]'));
    for (let tries = 0; (await frameLabel()) !== label && tries < 40; tries++) {
      const before = await frameLabel();
      await page.click(current('[data-hs-control="next"]'));
      await page.waitForFunction(
        ({ scope, before }) =>
          document.querySelector(`${scope} [data-hs-stage]`)?.getAttribute('aria-label') !== before,
        { scope: CURRENT, before },
      );
    }
    expect(await frameLabel()).toBe(label);
    expect(await rootState()).toBe('paused');
  }

  test('held as it opens and held as it ends, the same frame shows two different messages', async () => {
    if (!jade || !canteen) throw new Error('no canteen in Jade’s story');
    const [, , last] = canteen.reveal ?? [];
    if (!last?.at) throw new Error('the canteen’s last message has no window');
    page = await phone.context.newPage();
    await toTheCanteen();
    expect(await found()).toBe(0);

    // As it opens (paused on its first instant): Jade sits down, the table still full.
    const hand = await finger();
    await hand.down();
    await page.waitForSelector(current('[data-hs-root][data-revealing]'));
    await messagesShown(page);
    expect(await shownTexts(page, CURRENT)).toEqual(expectedAt(0));
    expect(await frameLabel()).toBe(label);
    expect(await found()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'demo-timed-early.png') });
    await hand.up();
    await page.waitForSelector(current('[data-hs-root][data-state="paused"]'));

    // As it ends: play (×6, 1.5 s for the frame) and hold once the bar is past the last
    // message's start, so the finger lands inside its window. A frame that ran out before the
    // finger landed is tried again from its start.
    const from = last.at[0] / canteen.duration + 0.04;
    let held = false;
    let before = 0;
    for (let attempt = 0; attempt < 3 && !held; attempt++) {
      if (attempt > 0) await toTheCanteen();
      before = await found();
      await page.click(current('[data-hs-control="pause"]'));
      await page.waitForFunction(
        ({ scope, progress }) => {
          const fill = document.querySelector(
            `${scope} [data-hs-segment][data-state="active"] .hs-segment-fill`,
          );
          const matrix = fill && /matrix\(([^,]+)/.exec(getComputedStyle(fill).transform);
          return !matrix || Number(matrix[1]) >= progress;
        },
        { scope: CURRENT, progress: from },
        { polling: 'raf' },
      );
      await hand.down();
      await page.waitForSelector(current('[data-hs-root][data-revealing]'));
      held =
        (await frameLabel()) === label && (await shownTexts(page, CURRENT)).includes(last.text);
      if (!held) await hand.up();
    }
    expect(held, 'held the canteen inside its last window').toBe(true);
    await messagesShown(page);
    expect(await shownTexts(page, CURRENT)).toEqual(expectedAt(last.at[0]));
    expect(await page.locator(current('[data-hs-between]')).count()).toBe(0);
    // One more found: the canteen's last message, counted the moment its window was held.
    expect(await found()).toBe(before + 1);
    await page.screenshot({ path: join(artifacts, 'demo-timed-late.png') });
    await hand.up();
    await hand.detach();
  });
});
