// Accessibility of <Stories> in real Chromium on a phone: axe in every state, and a
// keyboard-only walk-through read from Chromium's own accessibility tree. (The contrast of the
// demo's messages over its frames' pixels is measured in demoFlash.e2e.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { audit } from './support/axe';
import { messagesShown } from './support/demo';
import {
  type FixtureServer,
  launchPhone,
  openStory,
  type Phone,
  startFixtureServer,
} from './support/server';

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

  test('options open', async () => {
    const page = await open('start=1&rate=0.25');
    await page.click('[data-hs-control="options"]');
    await page.waitForSelector('[data-hs-control="transcript"]');
    await audit(page, 'options');
  });

  test('transcript open', async () => {
    const page = await open('start=1&rate=0.25');
    await page.click('[data-hs-control="options"]');
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

    // Tab reaches the Options button; Enter opens them (the story holds still), Tab reaches
    // Reading mode, Enter turns it on and the focus comes back to Options.
    const options = { role: 'button', name: 'Options' };
    await page.keyboard.press('Tab');
    expect((await focusedAx(page)).node).toMatchObject(options);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-hs-control="options"][aria-expanded="true"]');
    await waitForState(page, 'held');
    await page.keyboard.press('Tab');
    expect((await focusedAx(page)).node).toMatchObject({ role: 'button', name: 'Reading mode' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-hs-control="reading"][aria-pressed="true"]', {
      state: 'attached',
    });
    await page.waitForSelector('[data-hs-root][data-reading][data-state="paused"]');
    await messagesShown(page);
    expect(await page.locator('[data-hs-message] .hs-message-text').allTextContents()).toEqual([
      'They laugh when I pass.',
    ]);
    expect((await focusedAx(page)).node).toMatchObject(options);

    // Options again, Tab twice to the transcript, Enter opens it with the focus inside; Esc
    // closes it and the focus comes back to the Options button.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focusedAx(page)).node.properties.pressed).toBe('true');
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
    expect((await focusedAx(page)).node).toMatchObject(options);
    // Closing the transcript leaves reading mode as it was: paused on the same frame.
    expect(await page.getAttribute('[data-hs-root]', 'data-state')).toBe('paused');
    expect(await page.getAttribute('[data-hs-stage]', 'aria-label')).toBe('Frame 2 of 6');
    // No onClose on the way: Esc in the dialog is the dialog's.
    expect(await page.evaluate(() => window.__hs.closes)).toBe(0);
  });
});
