// `<hold-stories>` from `react-hold-stories/element` in a page whose React 19 app renders
// `<Stories>` too: the element uses the page's React (a peer), and the two play apart.
import { describe, expect, test } from 'vitest';
import { fixturePhoneForFile } from './support/fixturePhone';

const fixture = fixturePhoneForFile('beside.html');

const state = (page: import('playwright-core').Page, inElement: boolean) =>
  page.evaluate((shadow) => {
    const host = shadow ? document.querySelector('hold-stories')?.shadowRoot : document;
    return host?.querySelector('[data-hs-root]')?.getAttribute('data-state');
  }, inElement);

describe('the element beside a React app', () => {
  test('both play on one React; a hold on one never freezes the other', async () => {
    const errors: string[] = [];
    const story = await fixture.open('beside.html');
    const { page } = story;
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.waitForFunction(() =>
      document
        .querySelector('hold-stories')
        ?.shadowRoot?.querySelector('[data-hs-root][data-state="playing"]'),
    );

    // Hold the app's story (top): only it freezes and reveals.
    await story.touchDown(200, 200);
    await page.waitForTimeout(600);
    expect(await state(page, false)).toBe('held');
    expect(await state(page, true)).toBe('playing');
    await story.touchUp();

    // Hold the element (bottom): only it freezes and reveals.
    await story.touchDown(200, 640);
    await page.waitForTimeout(600);
    expect(await state(page, true)).toBe('held');
    expect(await state(page, false)).toBe('playing');
    const revealed = await page.evaluate(() =>
      [
        ...(document
          .querySelector('hold-stories')
          ?.shadowRoot?.querySelectorAll('[data-hs-message]') ?? []),
      ].map((message) => message.textContent),
    );
    expect(revealed).toEqual(['element says a']);
    await story.touchUp();

    const events = await page.evaluate(() => window.__beside);
    const holds = (from: string) =>
      events.filter((event) => event.from === from && event.type === 'holdstart');
    expect(holds('app')).toHaveLength(1);
    expect(holds('element')).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
