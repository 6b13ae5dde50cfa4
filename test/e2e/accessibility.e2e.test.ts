// Accessibility of <Stories> in real Chromium on a phone: axe in every state, a keyboard-only
// walk-through read from Chromium's own accessibility tree, and the contrast of the demo's
// messages over the pixels of every frame behind them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { dayStory } from '../../demo/story';
import { repoRoot } from '../support/aliases.mjs';
import {
  createPixelReader,
  messagesShown,
  nextDemoFrame,
  openDemoInReadingMode,
  startDemoServer,
} from './support/demo';
import {
  type FixtureServer,
  launchPhone,
  openStory,
  type Phone,
  startFixtureServer,
} from './support/server';

const artifacts = join(repoRoot, 'test/artifacts');
/** WCAG 2.x A and AA, and axe's best practices. */
const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];
/** WCAG 1.4.3 for normal-size text. */
const MIN_CONTRAST = 4.5;

let server: FixtureServer;
let phone: Phone;
const pages: Page[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  phone = await launchPhone();
  // The first load pre-bundles the dependencies; done once here so no test pays for it.
  const warmUp = await openStory(phone, server.url);
  await warmUp.close();
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

afterAll(async () => {
  await phone?.close();
  await server?.close();
});

/** A fresh fixture page (`?…` options), once the story is mounted, whatever its state. */
async function open(query: string): Promise<Page> {
  const page = await phone.context.newPage();
  pages.push(page);
  await page.goto(`${server.url}?${query}`);
  await page.waitForSelector('[data-hs-root][data-state]');
  return page;
}

const waitForState = (page: Page, state: string) =>
  page.waitForSelector(`[data-hs-root][data-state="${state}"]`);
const chromeHidden = (page: Page) =>
  page.waitForFunction(
    () =>
      getComputedStyle(document.querySelector('[data-hs-chrome]') as Element).visibility ===
      'hidden',
  );
const liveText = (page: Page) => page.textContent('[data-hs-live]');

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** Every violation in full: rule, impact, help, and each node's target, HTML and summary. */
function describeViolations(violations: Violations) {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  ${node.target.join(' ')}\n    ${node.html}\n    ${node.failureSummary}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

/** axe on the page as it is, a screenshot of it, and the one-line summary. */
async function audit(page: Page, state: string) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `a11y-${state}.png`) });
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  console.log(
    `axe ${state}: ${results.violations.length} violations, ${results.passes.length} passes`,
  );
  if (results.violations.length > 0) console.log(describeViolations(results.violations));
  expect(results.violations, describeViolations(results.violations)).toEqual([]);
}

interface AxNode {
  role: string | undefined;
  name: string | undefined;
  properties: Record<string, unknown>;
}

/**
 * The focused element as Chromium exposes it to assistive technology (role, computed name,
 * properties), and its ancestors, nearest first.
 */
async function focusedAx(page: Page): Promise<{ node: AxNode; ancestors: AxNode[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'document.activeElement',
    });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId,
      fetchRelatives: true,
    });
    const toNode = (raw: (typeof nodes)[number]): AxNode => ({
      role: raw.role?.value as string | undefined,
      name: raw.name?.value as string | undefined,
      properties: Object.fromEntries(
        (raw.properties ?? []).map((property) => [property.name, property.value.value]),
      ),
    });
    const byId = new Map(nodes.map((raw) => [raw.nodeId, raw]));
    // The focused node is the one the others descend to: the deepest with `focused`.
    const focused = nodes.find((raw) =>
      raw.properties?.some((p) => p.name === 'focused' && p.value.value === true),
    );
    if (!focused) throw new Error('no focused node in the accessibility tree');
    const ancestors: AxNode[] = [];
    for (let id = focused.parentId; id; id = byId.get(id)?.parentId) {
      const parent = byId.get(id);
      if (parent) ancestors.push(toNode(parent));
    }
    return { node: toNode(focused), ancestors };
  } finally {
    await cdp.detach();
  }
}

describe('axe (WCAG 2.x A/AA + best practices) in every state', () => {
  test('playing', async () => {
    const page = await open('start=1&rate=0.25');
    await waitForState(page, 'playing');
    await audit(page, 'playing');
  });

  test('held, after the chrome fade', async () => {
    const story = await openStory(phone, `${server.url}?start=1&rate=0.25`);
    pages.push(story.page);
    await story.touchDown(390 * 0.8, 844 / 2);
    await messagesShown(story.page);
    await chromeHidden(story.page);
    await audit(story.page, 'held');
    await story.touchUp();
  });

  test('paused', async () => {
    const page = await open('start=1&paused=1');
    await waitForState(page, 'paused');
    expect(await page.getAttribute('[data-hs-control="pause"]', 'aria-label')).toBe('Play');
    await audit(page, 'paused');
  });

  test('reading mode', async () => {
    const page = await open('start=0&reading=1');
    await page.waitForSelector('[data-hs-root][data-reading][data-state="paused"]');
    await messagesShown(page);
    await audit(page, 'reading');
  });

  test('ended', async () => {
    const page = await open('start=5&rate=4');
    await waitForState(page, 'ended');
    await audit(page, 'ended');
  });

  test('transcript open', async () => {
    const page = await open('start=1&rate=0.25');
    await page.click('[data-hs-control="transcript"]');
    await page.waitForSelector('dialog[data-hs-transcript][open]');
    await audit(page, 'transcript');
  });
});

describe('keyboard only', () => {
  test('Tab, Space, arrows, reading mode and the transcript, without a pointer', async () => {
    const page = await open('start=0&rate=0.1');
    await waitForState(page, 'playing');

    // Tab reaches the stage first, inside the labelled story region.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-hs-stage'))).toBe(
      true,
    );
    const stage = await focusedAx(page);
    expect(stage.node).toMatchObject({ role: 'group', name: 'Frame 1 of 6' });
    const region = stage.ancestors.find((node) => node.role === 'region');
    expect(region?.name).toBe('A school day');
    expect(region?.properties.roledescription).toBe('story');
    expect(await page.getByRole('region', { name: 'A school day' }).count()).toBe(1);
    expect(
      await page.getByRole('region', { name: 'A school day' }).getAttribute('aria-roledescription'),
    ).toBe('story');

    // A quick Space latches the frame: its messages go to the live region, and are not
    // said again when the same frame is latched a second time.
    expect(await liveText(page)).toBe('');
    await page.keyboard.press('Space');
    await waitForState(page, 'held');
    await messagesShown(page);
    const spoken = 'Sam: Nobody sits next to me. Again today.';
    await page.waitForFunction(
      (text) => document.querySelector('[data-hs-live]')?.textContent === text,
      spoken,
    );
    await page.evaluate(() => {
      const live = document.querySelector('[data-hs-live]') as Element;
      const view = window as unknown as { __liveMutations: number };
      view.__liveMutations = 0;
      new MutationObserver((records) => {
        view.__liveMutations += records.length;
      }).observe(live, { childList: true, characterData: true, subtree: true });
    });
    await page.keyboard.press('Space'); // unlatch
    await waitForState(page, 'playing');
    await page.keyboard.press('Space'); // latch again, same frame
    await waitForState(page, 'held');
    await messagesShown(page);
    expect(await liveText(page)).toBe(spoken);
    expect(
      await page.evaluate(() => (window as unknown as { __liveMutations: number }).__liveMutations),
    ).toBe(0);

    // ArrowRight steps; latched, the next frame is read too.
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-hs-stage][aria-label="Frame 2 of 6"]');
    expect((await focusedAx(page)).node).toMatchObject({ role: 'group', name: 'Frame 2 of 6' });
    await page.waitForFunction(
      () => document.querySelector('[data-hs-live]')?.textContent === 'They laugh when I pass.',
    );
    // Space again lets it play, and the chrome comes back into the tab order.
    await page.keyboard.press('Space');
    await waitForState(page, 'playing');

    // Tab reaches the Reading mode button; Enter turns it on.
    await page.keyboard.press('Tab');
    expect((await focusedAx(page)).node).toMatchObject({ role: 'button', name: 'Reading mode' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-hs-control="reading"][aria-pressed="true"]');
    await page.waitForSelector('[data-hs-root][data-reading][data-state="paused"]');
    await messagesShown(page);
    expect(await page.locator('[data-hs-message] .hs-message-text').allTextContents()).toEqual([
      'They laugh when I pass.',
    ]);
    expect((await focusedAx(page)).node.properties.pressed).toBe('true');

    // Tab to the transcript, Enter opens it with the focus inside; Esc closes it and the
    // focus comes back to its button.
    await page.keyboard.press('Tab');
    expect((await focusedAx(page)).node).toMatchObject({ role: 'button', name: 'Transcript' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[data-hs-transcript][open]');
    expect(
      await page.evaluate(() => document.activeElement?.closest('dialog[data-hs-transcript]')),
    ).not.toBeNull();
    const inDialog = await focusedAx(page);
    expect(inDialog.ancestors.some((node) => node.role === 'dialog')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-hs-transcript]:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hs-control'))).toBe(
      'transcript',
    );
    expect((await focusedAx(page)).node).toMatchObject({ role: 'button', name: 'Transcript' });
    // Closing the transcript leaves reading mode as it was: paused on the same frame.
    expect(await page.getAttribute('[data-hs-root]', 'data-state')).toBe('paused');
    expect(await page.getAttribute('[data-hs-stage]', 'aria-label')).toBe('Frame 2 of 6');
    // No onClose on the way: Esc in the dialog is the dialog's.
    expect(await page.evaluate(() => window.__hs.closes)).toBe(0);
  });
});

type Rgba = [red: number, green: number, blue: number, alpha: number];

function parseColor(css: string): Rgba {
  const match = css.match(/rgba?\(([^)]+)\)/);
  if (!match?.[1]) throw new Error(`unexpected computed colour: ${css}`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** `top` (with its alpha) over an opaque `bottom`. */
const over = (top: Rgba, bottom: readonly number[]): Rgba => [
  top[0] * top[3] + (bottom[0] ?? 0) * (1 - top[3]),
  top[1] * top[3] + (bottom[1] ?? 0) * (1 - top[3]),
  top[2] * top[3] + (bottom[2] ?? 0) * (1 - top[3]),
  1,
];

function luminance([r, g, b]: readonly number[]): number {
  const linear = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r ?? 0) + 0.7152 * linear(g ?? 0) + 0.0722 * linear(b ?? 0);
}

function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the demo', () => {
  test('every message on every frame has a contrast of at least 4.5:1', async () => {
    const demo = await startDemoServer();
    const reader = await createPixelReader(phone.context);
    const count = dayStory.frames.length;
    try {
      const page = await openDemoInReadingMode(phone, demo.url, count);
      pages.push(page);
      const rows: string[] = [];
      let minimum = Number.POSITIVE_INFINITY;
      let minimumOnFrames = Number.POSITIVE_INFINITY;
      let measured = 0;
      for (let position = 1; position <= count; position++) {
        if (position > 1) await nextDemoFrame(page, position, count);
        await messagesShown(page);
        const messages = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('[data-hs-message]')].map((message) => {
            const box = message.getBoundingClientRect();
            return {
              box: { x: box.x, y: box.y, width: box.width, height: box.height },
              background: getComputedStyle(message).backgroundColor,
              opacity: getComputedStyle(message).opacity,
              texts: [...message.querySelectorAll<HTMLElement>('p')].map((p) => ({
                text: p.textContent ?? '',
                color: getComputedStyle(p).color,
              })),
            };
          }),
        );
        expect(messages.length).toBe(dayStory.frames[position - 1]?.reveal?.length);
        // What is behind the messages: the frame and the scrim, with the messages hidden.
        const hide = await page.addStyleTag({
          content: '[data-hs-message]{visibility:hidden!important}',
        });
        const behind = [];
        for (const message of messages) {
          behind.push(await reader.measure(await page.screenshot({ clip: message.box })));
        }
        await hide.evaluate((style) => (style as Element).remove());

        for (const [index, message] of messages.entries()) {
          const backdrop = behind[index];
          if (!backdrop) throw new Error('no backdrop measured');
          expect(message.opacity).toBe('1');
          const background = parseColor(message.background);
          // The message's own background over the darkest and the lightest pixel behind it,
          // and over pure black and white (any frame): the worst of them counts.
          const grounds = [backdrop.darkest, backdrop.lightest, [0, 0, 0], [255, 255, 255]].map(
            (ground) => over(background, ground),
          );
          for (const { text, color } of message.texts) {
            const foreground = parseColor(color);
            const ratios = grounds.map((ground) => contrast(over(foreground, ground), ground));
            const worst = Math.min(...ratios);
            const onFrame = Math.min(...ratios.slice(0, 2));
            minimum = Math.min(minimum, worst);
            minimumOnFrames = Math.min(minimumOnFrames, onFrame);
            measured++;
            rows.push(
              `${dayStory.frames[position - 1]?.id}\t${onFrame.toFixed(2)}:1\t${worst.toFixed(2)}:1\t${color} on ${message.background}\t${text.slice(0, 32)}`,
            );
            expect(worst, `"${text}" on frame ${position}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
          }
        }
      }
      console.log(
        `message contrast (frame, over its pixels, over black/white too, colours, text):\n${rows.join('\n')}`,
      );
      console.log(
        `minimum message contrast: ${minimum.toFixed(2)}:1 (${minimumOnFrames.toFixed(2)}:1 over the frames' own pixels) over ${measured} texts`,
      );
      expect(measured).toBeGreaterThan(0);
    } finally {
      await reader.close();
      await demo.close();
    }
  });
});
