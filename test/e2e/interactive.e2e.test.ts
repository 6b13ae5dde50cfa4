// Interactive frames on a phone in Chromium (390×844, touch through CDP): a call to action
// (a real link over the stage) and `choice` frames (a question whose options are real buttons).
// What only a browser shows: which element a finger lands on, that the stage leaves those
// elements alone (no freeze, no reveal, no tap navigation, no drag), the link followed as a
// link, the keyboard path through the options, axe, and screenshots in test/artifacts/.
// Assertions are about behaviour, never milliseconds.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/aliases.mjs';
import type { InteractiveRecord } from './fixture/interactive';
import { audit } from './support/axe';
import { messagesShown } from './support/demo';
import { fixturePhoneForFile } from './support/fixturePhone';
import { type StoryPage, startSampling, stopSampling } from './support/server';

const WIDTH = 390;
const HEIGHT = 844;
const artifacts = join(repoRoot, 'test/artifacts');

/** The fixture's frames (test/e2e/fixture/interactive.tsx). */
const FRAME = { cta: 0, poll: 1, quiz: 2, end: 3 } as const;
const COUNT = 4;
const LINK = 'a[data-hs-action]';
const OPTION = '[data-hs-option]';
const option = (index: number) => `${OPTION} >> nth=${index}`;

const fixture = fixturePhoneForFile('interactive.html');

/** The interactive page on frame `start`, at `rate`. */
const open = (start: number, rate: number): Promise<StoryPage> =>
  fixture.open(`interactive.html?start=${start}&rate=${rate}`);

const record = (page: Page) => page.evaluate(() => window.__interactive as InteractiveRecord);
const ofType = (recorded: InteractiveRecord, type: string) =>
  recorded.events.filter((event) => event.type === type);
/** The frame changes after the first frame shown (reported once, with `cause: 'start'`). */
const moves = (recorded: InteractiveRecord) =>
  ofType(recorded, 'framechange').filter(
    (event) => (event.detail as { cause: string }).cause !== 'start',
  );
/** Whether anything froze or revealed: a press on a link or a button must do neither. */
const anyHold = (recorded: InteractiveRecord) =>
  recorded.states.includes('held') ||
  recorded.events.some((event) => ['holdstart', 'holdend', 'reveal'].includes(event.type));
const frameLabel = (page: Page) => page.getAttribute('[data-hs-stage]', 'aria-label');
const labelOf = (position: number) => `Frame ${position} of ${COUNT}`;
const rootState = (page: Page) => page.getAttribute('[data-hs-root]', 'data-state');
const distinct = (values: (string | null)[]) => new Set(values).size;

/** The centre of the first element matching `selector`, in CSS pixels. */
async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What a finger at (x, y) lands on: the element's outer HTML, cut short. */
const hitAt = (page: Page, point: { x: number; y: number }) =>
  page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.outerHTML.slice(0, 120) ?? null,
    point,
  );

/** A quick tap at (x, y). */
async function tap(story: StoryPage, point: { x: number; y: number }) {
  await story.touchDown(point.x, point.y);
  await story.touchUp();
}

/** One finger from `from`, (dx, dy) in 12 moves one display frame apart, then up. */
async function drag(story: StoryPage, from: { x: number; y: number }, dx: number, dy: number) {
  await story.touchDown(from.x, from.y);
  for (let step = 1; step <= 12; step++) {
    await story.touchMove(from.x + (dx * step) / 12, from.y + (dy * step) / 12);
    await story.waitFrames(1);
  }
  await story.touchUp();
}

/**
 * Waits until the page has recorded `count` events of `type`. Not a time budget: 10 s only so
 * that an event that never comes fails with its own name, before the test's timeout.
 */
const recorded = (page: Page, type: string, count = 1) =>
  page.waitForFunction(
    ([name, n]) => window.__interactive.events.filter((e) => e.type === name).length >= n,
    [type, count] as const,
    { timeout: 10_000 },
  );

/** Waits until the choice's feedback shows in full (its entrance animation is over). */
const feedbackShown = (page: Page) =>
  page.waitForFunction(() => {
    const feedback = document.querySelector('.hs-choice-feedback');
    return !!feedback?.textContent && getComputedStyle(feedback).opacity === '1';
  });

/** A point on the right of the stage, in the "next" zone, that is no option nor the link. */
const BESIDE_OPTIONS = { x: WIDTH * 0.96, y: HEIGHT / 2 };

/**
 * Answers option `index` with the keyboard (focus, Enter) and waits for its feedback: for the
 * checks of what an answered question looks like, whatever becomes of a tap.
 */
async function answerByKeyboard(page: Page, index: number) {
  await page.focus(option(index));
  await page.keyboard.press('Enter');
  await recorded(page, 'answer');
  await feedbackShown(page);
}

/**
 * What covers what on the current frame, top to bottom: the progress, the question, each option,
 * the feedback, the link and the controls, each of which must start below the one before and
 * end inside the screen. Each problem as `a / b`: `b` starts above the end of `a`.
 */
function overlaps(page: Page) {
  return page.evaluate(() => {
    const order = [
      '.hs-progress',
      '.hs-choice-question',
      '[data-hs-option]',
      '.hs-choice-feedback',
      'a[data-hs-action] .hs-action-hint',
      'a[data-hs-action] .hs-action-label',
      '.hs-controls',
    ];
    const boxes = order.flatMap((selector) =>
      [...document.querySelectorAll(selector)].map((element, index) => {
        const { top, bottom } = element.getBoundingClientRect();
        return { name: `${selector}[${index}]`, top, bottom };
      }),
    );
    const problems: string[] = [];
    boxes.forEach((box, index) => {
      const before = boxes[index - 1];
      if (before && box.top < before.bottom) problems.push(`${before.name} / ${box.name}`);
      if (box.top < 0 || box.bottom > window.innerHeight) problems.push(`${box.name} off screen`);
    });
    return problems;
  });
}

function screenshot(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true });
  return page.screenshot({ path: join(artifacts, `interactive-${name}.png`) });
}

describe('a call to action on a phone, in Chromium', () => {
  test('tapping the link follows it, reports it first, and leaves the story where it was', async () => {
    const story = await open(FRAME.cta, 0.25);
    const { page } = story;
    await tap(story, await centreOf(page, LINK));

    await recorded(page, 'hashchange');
    expect(await page.evaluate(() => window.location.hash)).toBe('#help');
    const after = await record(page);
    // `onAction` before the browser followed the link.
    expect(
      after.events
        .filter((event) => event.type === 'action' || event.type === 'hashchange')
        .map((event) => event.type),
    ).toEqual(['action', 'hashchange']);
    expect(ofType(after, 'action').map((event) => event.detail)).toEqual([
      { frameIndex: FRAME.cta, frameId: 'cta', href: '#help', at: expect.any(Number) },
    ]);
    // The press was the link's: no freeze, no tap to the next frame.
    expect(moves(after)).toEqual([]);
    expect(anyHold(after)).toBe(false);
    expect(after.states).toEqual(['playing']);
    expect(await rootState(page)).toBe('playing');
    expect(await frameLabel(page)).toBe(labelOf(1));
  });

  test('pressing and holding the link never freezes the frame nor reveals its messages', async () => {
    const story = await open(FRAME.cta, 0.25);
    const { page } = story;
    const on = await centreOf(page, LINK);
    await startSampling(page);
    await story.touchDown(on.x, on.y);
    // Well past the hold delay (300 ms).
    await story.waitFrames(45);
    const { samples } = await stopSampling(page);
    const pressed = samples.filter((sample) => sample.afterPress && !sample.released);

    expect(pressed.length).toBeGreaterThanOrEqual(30);
    // The progress kept moving under the finger.
    expect(distinct(pressed.map((sample) => sample.fill))).toBeGreaterThan(2);
    expect(await page.getAttribute('[data-hs-root]', 'data-revealing')).toBeNull();
    expect(await page.locator(LINK).isVisible()).toBe(true);
    await story.touchUp();
    await story.waitFrames(10);
    const after = await record(page);
    expect(anyHold(after)).toBe(false);
    expect(moves(after)).toEqual([]);
    expect(await frameLabel(page)).toBe(labelOf(1));
  });

  test('a swipe up on the stage, away from the link, follows it', async () => {
    const story = await open(FRAME.cta, 0.25);
    const { page } = story;
    const from = { x: WIDTH / 2, y: HEIGHT * 0.55 };
    const link = await page.locator(LINK).boundingBox();
    expect(link && from.y < link.y).toBe(true);
    expect(await hitAt(page, from)).not.toMatch(/data-hs-action/);

    await drag(story, from, 0, -HEIGHT * 0.4);
    await recorded(page, 'hashchange');
    expect(await page.evaluate(() => window.location.hash)).toBe('#help');
    const after = await record(page);
    expect(
      after.events
        .filter((event) => event.type === 'action' || event.type === 'hashchange')
        .map((event) => event.type),
    ).toEqual(['action', 'hashchange']);
    expect(ofType(after, 'action')[0]?.detail).toMatchObject({ frameId: 'cta', href: '#help' });
    // A drag, not a tap nor a hold.
    expect(moves(after)).toEqual([]);
    expect(ofType(after, 'holdstart')).toEqual([]);
    expect(ofType(after, 'close')).toEqual([]);
    expect(await frameLabel(page)).toBe(labelOf(1));
  });

  test('axe finds no violations on a frame with a call to action', async () => {
    const { page } = await open(FRAME.cta, 0.25);
    await screenshot(page, 'cta');
    await audit(page, 'interactive-cta');
  });
});

describe('a question on a phone, in Chromium', () => {
  test('a press and hold on an option never freezes nor reveals; beside the options it does', async () => {
    const story = await open(FRAME.poll, 0.25);
    const { page } = story;
    const on = await centreOf(page, option(1));
    await startSampling(page);
    await story.touchDown(on.x, on.y);
    await story.waitFrames(45);
    const { samples } = await stopSampling(page);
    const pressed = samples.filter((sample) => sample.afterPress && !sample.released);

    expect(pressed.length).toBeGreaterThanOrEqual(30);
    expect(distinct(pressed.map((sample) => sample.fill))).toBeGreaterThan(2);
    expect(await page.getAttribute('[data-hs-root]', 'data-revealing')).toBeNull();
    expect(anyHold(await record(page))).toBe(false);
    await story.touchCancel();

    // The same hold on the question's text is the story's: it freezes and reveals.
    const question = await centreOf(page, '.hs-choice-question');
    await story.touchDown(question.x, question.y);
    await messagesShown(page);
    expect(await rootState(page)).toBe('held');
    await story.touchUp();
    expect(await frameLabel(page)).toBe(labelOf(2));
  });

  test('a drag that starts on an option neither closes the story nor changes the frame', async () => {
    const story = await open(FRAME.poll, 0.25);
    const { page } = story;
    await drag(story, await centreOf(page, option(0)), 0, HEIGHT * 0.4);
    await drag(story, await centreOf(page, option(2)), -WIDTH * 0.6, 0);
    await drag(story, await centreOf(page, option(1)), 0, -HEIGHT * 0.4);
    await story.waitFrames(20);

    const after = await record(page);
    expect(ofType(after, 'close')).toEqual([]);
    expect(moves(after)).toEqual([]);
    expect(anyHold(after)).toBe(false);
    expect(await frameLabel(page)).toBe(labelOf(2));

    // The same drag down from the question's text closes: the check above can fail.
    await drag(story, await centreOf(page, '.hs-choice-question'), 0, HEIGHT * 0.4);
    await recorded(page, 'close');
  });

  test('tapping an option answers once: its feedback shows, another tap changes nothing', async () => {
    const story = await open(FRAME.poll, 0.25);
    const { page } = story;
    await tap(story, await centreOf(page, option(1)));
    await recorded(page, 'answer');
    await feedbackShown(page);

    const group = page.locator('[role="radiogroup"]');
    expect(await group.getAttribute('aria-readonly')).toBe('true');
    expect(await page.locator(option(1)).getAttribute('aria-checked')).toBe('true');
    expect(await page.locator(option(1)).getAttribute('data-chosen')).toBe('');
    expect(await page.locator('.hs-choice-feedback').textContent()).toBe('Small things add up.');
    expect(await page.locator('.hs-choice-feedback').isVisible()).toBe(true);
    // A poll has no right answer: nothing is marked right, the event says nothing of it.
    expect(await page.locator(`${OPTION}[data-correct]`).count()).toBe(0);
    const [answer] = ofType(await record(page), 'answer');
    expect(answer?.detail).toEqual({
      frameIndex: FRAME.poll,
      frameId: 'poll',
      optionIndex: 1,
      at: expect.any(Number),
    });
    expect(answer?.detail).not.toHaveProperty('correct');

    await tap(story, await centreOf(page, option(0)));
    await story.waitFrames(20);
    const after = await record(page);
    expect(ofType(after, 'answer')).toHaveLength(1);
    expect(await page.locator(option(0)).getAttribute('aria-checked')).toBe('false');
    expect(await page.locator(option(1)).getAttribute('aria-checked')).toBe('true');
    expect(await page.locator('.hs-choice-feedback').textContent()).toBe('Small things add up.');
    // Neither tap was the story's.
    expect(moves(after)).toEqual([]);
    expect(anyHold(after)).toBe(false);
    expect(await frameLabel(page)).toBe(labelOf(2));
  });

  test('a wrong answer to a quiz shows which option was right', async () => {
    const story = await open(FRAME.quiz, 0.25);
    const { page } = story;
    await tap(story, await centreOf(page, option(0)));
    await recorded(page, 'answer');
    await feedbackShown(page);

    expect(ofType(await record(page), 'answer')[0]?.detail).toMatchObject({
      frameId: 'quiz',
      optionIndex: 0,
      correct: false,
    });
    expect(await page.locator(option(0)).getAttribute('data-chosen')).toBe('');
    expect(await page.locator(option(0)).textContent()).toContain('Your answer');
    expect(await page.locator(option(1)).getAttribute('data-correct')).toBe('');
    expect(await page.locator(option(1)).textContent()).toContain('Right answer');
    expect(await page.locator('.hs-choice-feedback').textContent()).toBe(
      'There is always someone who can listen, and it does not have to get worse.',
    );
    await screenshot(page, 'quiz-wrong');
  });

  test('an answered quiz with a call to action fits between the progress and the controls', async () => {
    const { page } = await open(FRAME.quiz, 0.25);
    // The first option's feedback is the longest.
    await answerByKeyboard(page, 0);
    expect(await overlaps(page)).toEqual([]);
  });

  // The skin's short-phone rules: the feedback once ran under the link there.
  test('it fits on a shorter phone (390×693) too', async () => {
    const { page } = await open(FRAME.quiz, 0.25);
    await page.setViewportSize({ width: WIDTH, height: 693 });
    await answerByKeyboard(page, 0);
    await screenshot(page, 'quiz-cta-693');
    expect(await overlaps(page)).toEqual([]);
  });

  test('a question left alone at ×6 stays on screen, at its end, until a tap on the right', async () => {
    const story = await open(FRAME.poll, 6);
    const { page } = story;
    // Its 3 s at ×6 are half a second: six times over.
    await page.waitForTimeout(3000);
    expect(await frameLabel(page)).toBe(labelOf(2));
    expect(moves(await record(page))).toEqual([]);
    // Its progress stands full.
    expect(
      await page.evaluate(
        () =>
          getComputedStyle(
            document.querySelector(
              '[data-hs-segment][data-state="active"] .hs-segment-fill',
            ) as Element,
          ).transform,
      ),
    ).toBe('matrix(1, 0, 0, 1, 0, 0)');
    await screenshot(page, 'choice-waiting');

    expect(await hitAt(page, BESIDE_OPTIONS)).not.toMatch(/data-hs-option|data-hs-action/);
    await tap(story, BESIDE_OPTIONS);
    await page.waitForSelector(`[data-hs-stage][aria-label="${labelOf(3)}"]`);
    expect(moves(await record(page)).map((event) => event.detail)).toEqual([
      expect.objectContaining({ from: FRAME.poll, to: FRAME.quiz, cause: 'tap' }),
    ]);
  });

  test('the keyboard reaches the options with Tab, moves with the arrows and answers with Enter', async () => {
    const { page } = await open(FRAME.poll, 6);
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        const options = [...document.querySelectorAll('[data-hs-option]')];
        return active && options.includes(active) ? options.indexOf(active) : active?.tagName;
      });
    await page.focus('[data-hs-stage]');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(0);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(2);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Round the end to the first.
    expect(await focused()).toBe(0);
    // One tab stop: the arrows moved it.
    expect(
      await page
        .locator(OPTION)
        .evaluateAll((options) => options.map((element) => (element as HTMLElement).tabIndex)),
    ).toEqual([0, -1, -1]);
    // The arrows were the options', not the story's frames.
    expect(await frameLabel(page)).toBe(labelOf(2));

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await recorded(page, 'answer');
    expect(ofType(await record(page), 'answer').map((event) => event.detail)).toEqual([
      expect.objectContaining({ frameId: 'poll', optionIndex: 1 }),
    ]);
    expect(await page.locator(option(1)).getAttribute('aria-checked')).toBe('true');
    await feedbackShown(page);
    expect(await page.locator('.hs-choice-feedback').textContent()).toBe('Small things add up.');
    // Tab leaves the group at once: one tab stop.
    await page.keyboard.press('Tab');
    expect(await focused()).not.toEqual(expect.any(Number));
    expect(moves(await record(page))).toEqual([]);
  });

  test('axe finds no violations on a question, open and answered', async () => {
    const { page } = await open(FRAME.poll, 0.25);
    await screenshot(page, 'choice-open');
    await audit(page, 'interactive-choice-open');
    await answerByKeyboard(page, 0);
    await screenshot(page, 'choice-answered');
    await audit(page, 'interactive-choice-answered');
  });

  test('axe finds no violations on a quiz with a call to action, answered', async () => {
    const { page } = await open(FRAME.quiz, 0.25);
    await screenshot(page, 'quiz-cta-open');
    await answerByKeyboard(page, 1);
    await screenshot(page, 'quiz-cta-answered');
    await audit(page, 'interactive-quiz-cta-answered');
  });
});
