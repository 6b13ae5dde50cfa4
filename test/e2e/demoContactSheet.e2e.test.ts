// Contact sheets of the demo, to look at: on the phone (390×844, touch), every frame of each
// story twice — held (a finger down on the frame as it opens: what a hold shows) and in reading
// mode (the frame at its still moment, its messages shown without a hold) — each screen as the
// viewer sees it, header, buttons and messages included. A story's shots are laid out in a grid,
// one cell per frame, in test/artifacts/demo-contact-<story>-<held|reading>.png.
//
// What the eye would check, checked on every shot: a hold always finds something (no frame is
// empty), the story's pupil stands in the safe area (clear of the edge buttons, the header and the
// controls), and no message bubble hides words drawn in the scene (a group's name, a poster).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Story } from 'react-hold-stories';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoStories } from '../../demo/story';
import { repoRoot } from '../support/aliases.mjs';
import {
  CURRENT,
  current,
  demoFrameLabel,
  nextDemoFrame,
  nextDemoStory,
  openDemo,
  openDemoInReadingMode,
  startDemo,
  startDemoServer,
} from './support/demo';
import { type FixtureServer, launchPhone, type Phone, waitDisplayFrames } from './support/server';

const artifacts = join(repoRoot, 'test/artifacts');
/** Cells per row of a sheet, and a cell's width in CSS pixels (half the phone's). */
const COLUMNS = 6;
const CELL = 195;
/** The safe area of the screen, as shares of the stage: the central 70 %, 15 % from top and bottom. */
const SAFE = { left: 0.15, right: 0.85, top: 0.15, bottom: 0.85 };
/**
 * No CSS animation or transition: a message is in the moment it is shown (the scenes run on JS).
 * No focus ring on the stage either: the walk steps with the keyboard, a viewer's finger does not.
 */
const SHEET_CSS =
  '*,*::before,*::after{animation-duration:0s!important;animation-delay:0s!important;transition:none!important}' +
  '[data-hs-stage]::after{box-shadow:none!important}';

type Mode = 'held' | 'reading';

interface Shot {
  frame: string;
  /** A question is answered, not held. */
  kind: string;
  /** How many messages showed when it was taken. */
  messages: number;
  /** What the layout check found wrong on it (see `layoutProblems`). */
  problems: string[];
  png: Buffer;
}

let demo: FixtureServer;
let phone: Phone;
/**
 * The phone at one device pixel per CSS pixel: the sheets show each screen at half its CSS size,
 * and a ninth of the pixels keeps the walk fast.
 */
let sheetPhone: Phone;
const shots: Record<Mode, Map<string, Shot[]>> = { held: new Map(), reading: new Map() };
const cells = new Map<string, number>();

beforeAll(async () => {
  demo = await startDemoServer();
  phone = await launchPhone();
  const context = await phone.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  sheetPhone = { ...phone, context };
  mkdirSync(artifacts, { recursive: true });
}, 60_000);

afterAll(async () => {
  await phone?.close();
  await demo?.close();
});

const frameLabel = (page: Page) => page.getAttribute(current('[data-hs-stage]'), 'aria-label');

/** Waits until the current frame's messages have fully arrived (a frame without shows none). */
async function arrived(page: Page) {
  await page
    .waitForFunction(
      (scope) => {
        const messages = [...document.querySelectorAll(`${scope} [data-hs-message]`)];
        return messages.length > 0 && messages.every((m) => getComputedStyle(m).opacity === '1');
      },
      CURRENT,
      { timeout: 2000 },
    )
    .catch(() => {});
}

/** The screen as the viewer sees it, with what it shows (see `inspect`). */
async function shoot(page: Page, frame: Story['frames'][number]): Promise<Shot> {
  await waitDisplayFrames(page, 2);
  const found = await inspect(page);
  return { frame: frame.id, kind: frame.kind, ...found, png: await page.screenshot() };
}

/**
 * How many messages the screen shows, and what is wrong with its layout: the pupil
 * (`[data-scene-hero]`) outside the safe area, a message over words drawn in the scene (its
 * visible SVG `<text>`).
 */
function inspect(page: Page): Promise<{ messages: number; problems: string[] }> {
  return page.evaluate(
    ({ scope, safe }) => {
      const stage = document.querySelector(`${scope} [data-hs-stage]`)?.getBoundingClientRect();
      if (!stage) return { messages: 0, problems: ['no stage'] };
      const visible = (element: Element) => {
        for (let e: Element | null = element; e; e = e.parentElement) {
          if (Number(getComputedStyle(e).opacity) < 0.05) return false;
        }
        return true;
      };
      const rect = (element: Element) => element.getBoundingClientRect();
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const problems: string[] = [];
      const messages = [...document.querySelectorAll(`${scope} [data-hs-message]`)];
      for (const hero of document.querySelectorAll(`${scope} [data-hs-stage] [data-scene-hero]`)) {
        const box = rect(hero);
        const inside =
          box.left >= stage.left + stage.width * safe.left - 1 &&
          box.right <= stage.left + stage.width * safe.right + 1 &&
          box.top >= stage.top + stage.height * safe.top - 1 &&
          box.bottom <= stage.top + stage.height * safe.bottom + 1;
        if (!inside) {
          problems.push(
            `the pupil at x ${Math.round(box.left)}–${Math.round(box.right)}, y ${Math.round(box.top)}–${Math.round(box.bottom)}: outside the safe area`,
          );
        }
      }
      const texts = [...document.querySelectorAll(`${scope} [data-hs-stage] svg text`)].filter(
        (text) => visible(text) && (text.textContent ?? '').trim() !== '',
      );
      for (const message of messages) {
        for (const text of texts) {
          if (overlap(rect(message), rect(text))) {
            problems.push(`a message over the drawn words "${text.textContent}"`);
          }
        }
      }
      return { messages: messages.length, problems };
    },
    { scope: CURRENT, safe: SAFE },
  );
}

/** Pauses the current story and brings it back to its first frame. */
async function pausedAtStart(page: Page, story: Story) {
  if ((await page.getAttribute(current('[data-hs-root]'), 'data-state')) === 'playing') {
    await page.click(current('[data-hs-control="pause"]'));
  }
  await page.waitForSelector(current('[data-hs-root][data-state="paused"]'));
  const first = demoFrameLabel(1, story.frames.length);
  for (let tries = 0; (await frameLabel(page)) !== first && tries < 40; tries++) {
    await page.click(current('[data-hs-control="prev"]'));
  }
  await page.waitForSelector(current(`[data-hs-stage][aria-label="${first}"]`));
}

/** One finger on the stage, through CDP, as a phone sends it. */
async function finger(page: Page) {
  const cdp = await sheetPhone.context.newCDPSession(page);
  const box = await page.locator(current('[data-hs-stage]')).boundingBox();
  if (!box) throw new Error('no stage');
  const point = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.55 };
  return {
    down: () => cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] }),
    up: () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
    detach: () => cdp.detach(),
  };
}

/** Lays a story's shots out in a grid, each captioned, and writes the sheet. */
async function writeSheet(story: Story, mode: Mode, list: Shot[]) {
  const page = await phone.browser.newPage({
    viewport: { width: COLUMNS * (CELL + 8) + 8, height: 200 },
  });
  const caption = (shot: Shot, index: number) =>
    `${index + 1}. ${shot.frame} · ${shot.kind === 'choice' ? 'question' : `${shot.messages} msg`}${shot.problems.length > 0 ? ' · ⚠' : ''}`;
  const figures = list
    .map(
      (shot, index) =>
        `<figure data-cell><img src="data:image/png;base64,${shot.png.toString('base64')}" alt=""><figcaption>${caption(shot, index)}</figcaption></figure>`,
    )
    .join('');
  const title = `${story.title} — ${mode === 'held' ? 'tenu, à l’ouverture de chaque image' : 'mode lecture'}`;
  await page.setContent(
    `<style>
      body{margin:0;padding:4px;background:#0c0d1a;color:#e8e6f5;font:12px system-ui,sans-serif}
      h1{font-size:14px;margin:4px}
      main{display:grid;grid-template-columns:repeat(${COLUMNS},${CELL}px);gap:8px;padding:4px}
      figure{margin:0} img{display:block;width:${CELL}px;height:auto;border-radius:6px}
      figcaption{padding:2px 0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    </style><h1></h1><main>${figures}</main>`,
  );
  // The title as text: story data never goes into the page as HTML.
  await page.$eval(
    'h1',
    (h1, text) => {
      h1.textContent = text;
    },
    title,
  );
  await page.waitForFunction(() =>
    [...document.images].every((image) => image.complete && image.naturalWidth > 0),
  );
  cells.set(`${story.id}-${mode}`, await page.locator('[data-cell]').count());
  await page.screenshot({
    path: join(artifacts, `demo-contact-${story.id}-${mode}.png`),
    fullPage: true,
  });
  await page.close();
}

describe('the demo’s contact sheets (390×844, touch)', () => {
  test('every frame held, as it opens', async () => {
    const page = await openDemo(sheetPhone, demo.url);
    await startDemo(page);
    await page.addStyleTag({ content: SHEET_CSS });
    for (const [storyIndex, story] of demoStories.entries()) {
      const count = story.frames.length;
      if (storyIndex > 0) await nextDemoStory(page, story.title, count);
      await pausedAtStart(page, story);
      // A finger down on the first frame, and kept down: → steps through the frames, each one
      // held from its first instant (stepping while holding reads the next frame too).
      await page.focus(current('[data-hs-stage]'));
      const hand = await finger(page);
      await hand.down();
      await page.waitForSelector(current('[data-hs-root][data-revealing]'));
      const list: Shot[] = [];
      for (const [index, frame] of story.frames.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        await page.waitForSelector(
          current(`[data-hs-stage][aria-label="${demoFrameLabel(index + 1, count)}"]`),
        );
        if (frame.kind !== 'choice') await arrived(page);
        list.push(await shoot(page, frame));
      }
      await hand.up();
      await hand.detach();
      shots.held.set(story.id, list);
      await writeSheet(story, 'held', list);
    }
    await page.close();
  });

  test('every frame in reading mode, at its still moment', async () => {
    const first = demoStories[0];
    if (!first) throw new Error('no story');
    const page = await openDemoInReadingMode(sheetPhone, demo.url, first.frames.length);
    await page.addStyleTag({ content: SHEET_CSS });
    for (const [storyIndex, story] of demoStories.entries()) {
      const count = story.frames.length;
      if (storyIndex > 0) await nextDemoStory(page, story.title, count);
      const list: Shot[] = [];
      for (const [index, frame] of story.frames.entries()) {
        if (index > 0) await nextDemoFrame(page, index + 1, count);
        if (frame.kind !== 'choice') await arrived(page);
        const shot = await shoot(page, frame);
        list.push(shot);
        // A long take stops at each of its timed messages: Next goes through them to its end,
        // and each stop is checked too (one picture per frame: its first stop).
        const stops = new Set((frame.reveal ?? []).flatMap((m) => (m.at ? [m.at[0]] : []))).size;
        for (let stop = 1; stop < stops; stop++) {
          const before = await page.$$eval(current('[data-hs-message]'), (list) =>
            list.map((m) => m.textContent).join('|'),
          );
          await page.click(current('[data-hs-control="next"]'));
          await page.waitForFunction(
            ({ scope, before }) =>
              [...document.querySelectorAll(`${scope} [data-hs-message]`)]
                .map((m) => m.textContent)
                .join('|') !== before,
            { scope: CURRENT, before },
          );
          await arrived(page);
          await waitDisplayFrames(page, 2);
          shot.problems.push(
            ...(await inspect(page)).problems.map((p) => `stop ${stop + 1}: ${p}`),
          );
        }
      }
      shots.reading.set(story.id, list);
      await writeSheet(story, 'reading', list);
    }
    expect(await page.locator(CURRENT).count()).toBe(1);
    await page.close();
  });

  test('each sheet has one cell per frame; every frame held shows a message', () => {
    for (const story of demoStories) {
      for (const mode of ['held', 'reading'] as const) {
        const list = shots[mode].get(story.id);
        expect(cells.get(`${story.id}-${mode}`), `${story.id}-${mode}`).toBe(story.frames.length);
        expect(list?.map((shot) => shot.frame)).toEqual(story.frames.map((frame) => frame.id));
        for (const shot of list ?? []) {
          if (shot.kind === 'choice') continue;
          expect(shot.messages, `${story.id}/${shot.frame} ${mode}`).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });

  test('the pupil stays in the safe area, and no message hides words drawn in the scene', () => {
    const problems = demoStories.flatMap((story) =>
      (['held', 'reading'] as const).flatMap((mode) =>
        (shots[mode].get(story.id) ?? []).flatMap((shot) =>
          shot.problems.map((problem) => `${story.id}/${shot.frame} (${mode}): ${problem}`),
        ),
      ),
    );
    expect(problems).toEqual([]);
  });
});
