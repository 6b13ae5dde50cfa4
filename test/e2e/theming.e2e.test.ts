// A site's theme against the default skin, in Chromium: the same site stylesheet imported
// before the library's (theme-before.html) and after it (theme-after.html) must win either
// way — the variables, an ordinary property, a variable set on a wrapper — while the skin's
// other defaults stay, and a reset's `img { height: auto }` cannot shrink the frame's image.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { messagesShown } from './support/demo';
import { fixturePhoneForFile } from './support/fixturePhone';

const fixture = fixturePhoneForFile('theme-before.html');

/** Where the site's stylesheet and the skin sit among the page's styles, in document order. */
function styleOrder(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('style[data-vite-dev-id]')]
      .map((style) => style.getAttribute('data-vite-dev-id') ?? '')
      .map((id) =>
        id.endsWith('siteTheme.css') ? 'site' : id.endsWith('styles.css') ? 'skin' : id,
      )
      .filter((name) => name === 'site' || name === 'skin'),
  );
}

/** What the viewer sees of the theme while a hold shows the message. */
function computedTheme(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string) =>
      getComputedStyle(document.querySelector(selector) as Element);
    const message = style('[data-hs-message]');
    const image = document.querySelector('.hs-image')?.getBoundingClientRect();
    const stage = document.querySelector('[data-hs-stage]')?.getBoundingClientRect();
    return {
      variable: style('[data-hs-root]').getPropertyValue('--hs-message-background').trim(),
      messageBackground: message.backgroundColor,
      messageRadius: message.borderTopLeftRadius,
      segmentFill: style('[data-hs-segment][data-state="active"] .hs-segment-fill').backgroundColor,
      segmentTrack: style('[data-hs-segment][data-state="upcoming"]').backgroundColor,
      // Defaults the site did not touch.
      messageColor: message.color,
      rootBackground: style('[data-hs-root]').backgroundColor,
      imageFills: image !== undefined && stage !== undefined && image.height === stage.height,
    };
  });
}

const SITE = {
  variable: 'rgb(250 246 235)',
  messageBackground: 'rgb(250, 246, 235)',
  messageRadius: '3px',
  segmentFill: 'rgb(255, 0, 102)',
  segmentTrack: 'rgba(0, 128, 255, 0.5)',
  messageColor: 'rgb(255, 255, 255)',
  rootBackground: 'rgb(11, 11, 16)',
  imageFills: true,
};

describe('a site’s theme wins over the skin whatever the import order', () => {
  for (const [page, order] of [
    ['theme-before.html', ['site', 'skin']],
    ['theme-after.html', ['skin', 'site']],
  ] as const) {
    test(`with the site’s stylesheet ${order[0] === 'site' ? 'before' : 'after'} the library’s`, async () => {
      const story = await fixture.open(page);
      expect(await styleOrder(story.page)).toEqual(order);
      await story.touchDown(300, 420);
      await messagesShown(story.page);
      expect(await computedTheme(story.page)).toEqual(SITE);
      await story.touchUp();
    });
  }
});
