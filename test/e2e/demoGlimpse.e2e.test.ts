// The piece's glimpses (the `glimpse` option) as Chromium paints them: while the story plays, each
// frame's messages are there in their places and unreadable — no letter of any message is in the
// glimpses — and they flash nothing: every frame of the three stories is measured paused (the
// glimpses shown, as playing shows them) and again with them hidden, and the cuts with the
// glimpses in are analysed by the library's own `analyzeFlashes` at the piece's rate.
import { analyzeFlashes, type FlashFrame } from 'react-hold-stories/engine';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoStories } from '../../demo/story';
import {
  createPixelReader,
  current,
  demoFrameLabel,
  nextDemoStory,
  openDemo,
  startDemo,
  startDemoServer,
} from './support/demo';
import { type FixtureServer, launchPhone, type Phone, waitDisplayFrames } from './support/server';

/** How much glimpses may move a frame's mean luminance: far under a flash's 0.1. */
const MAX_SHIFT = 0.02;

let demo: FixtureServer;
let phone: Phone;

beforeAll(async () => {
  demo = await startDemoServer();
  phone = await launchPhone();
}, 120_000);

afterAll(async () => {
  await phone?.close();
  await demo?.close();
});

test('while playing, every message is glimpsed, never readable, and nothing flashes', async () => {
  // Opened first: the page opened last is the one in front, whose display frames run.
  const reader = await createPixelReader(phone.context);
  const page = await openDemo(phone, demo.url);
  await startDemo(page);
  // Playing at ×6: glimpses come and go with the frames; no message, no letter, at any instant.
  for (let sample = 0; sample < 12; sample++) {
    await waitDisplayFrames(page, 5);
    const seen = await page.$$eval(current('[data-hs-glimpse]'), (glimpses) =>
      glimpses.map((glimpse) => glimpse.textContent),
    );
    expect(seen.every((text) => text === '')).toBe(true);
    expect(await page.locator(current('[data-hs-message]')).count()).toBe(0);
  }
  await page.click(current('[data-hs-control="pause"]'));
  await page.waitForSelector(current('[data-hs-root][data-state="paused"]'));
  for (let tries = 0; tries < 40; tries++) {
    const label = await page.getAttribute(current('[data-hs-stage]'), 'aria-label');
    if (label === demoFrameLabel(1, demoStories[0]?.frames.length ?? 0)) break;
    await page.click(current('[data-hs-control="previous"]'));
  }

  const rows: (FlashFrame & { frame: string; shift: number })[] = [];
  let glimpsed = 0;
  for (const [storyIndex, story] of demoStories.entries()) {
    const count = story.frames.length;
    if (storyIndex > 0) {
      await nextDemoStory(page, story.title, count);
      if ((await page.getAttribute(current('[data-hs-root]'), 'data-state')) === 'playing') {
        await page.click(current('[data-hs-control="pause"]'));
      }
    }
    for (const [index, frame] of story.frames.entries()) {
      if (index > 0) await page.click(current('[data-hs-control="next"]'));
      await page.waitForSelector(
        current(`[data-hs-stage][aria-label="${demoFrameLabel(index + 1, count)}"]`),
      );
      await waitDisplayFrames(page, 3);
      const visible = await page.locator(current('[data-hs-glimpse]:not([hidden])')).count();
      glimpsed += visible;
      const untimed = (frame.reveal ?? []).filter((message) => !message.at).length;
      expect(
        visible,
        `${story.id}/${frame.id}: its untimed messages glimpsed`,
      ).toBeGreaterThanOrEqual(untimed);
      const stage = page.locator(current('[data-hs-stage]'));
      // The stage without the chrome, the header or the hold prompt: the frame and its glimpses.
      const chrome = await page.addStyleTag({
        content: '[data-hs-chrome],[data-hs-hold-prompt],.demo-header{visibility:hidden!important}',
      });
      const withGlimpses = await reader.measure(await stage.screenshot({ scale: 'css' }));
      const hide = await page.addStyleTag({ content: '[data-hs-glimpse]{display:none!important}' });
      const without = await reader.measure(await stage.screenshot({ scale: 'css' }));
      await hide.evaluate((style) => (style as Element).remove());
      await chrome.evaluate((style) => (style as Element).remove());
      rows.push({
        frame: `${story.id}/${frame.id}`,
        duration: frame.duration,
        luminance: withGlimpses.meanLuminance,
        saturatedRed: withGlimpses.redShare,
        shift: withGlimpses.meanLuminance - without.meanLuminance,
      });
    }
  }
  await reader.close();
  await page.close();

  const rate = demoStories[0]?.playbackRate ?? 1;
  const analysis = analyzeFlashes(rows, rate);
  const largest = rows.reduce((a, b) => (Math.abs(b.shift) > Math.abs(a.shift) ? b : a));
  console.log(
    `glimpses: ${glimpsed} over ${rows.length} frames; largest luminance shift ${largest.shift.toFixed(4)} (${largest.frame}); ` +
      `with them, at ×${rate}: max flashes/s general ${analysis.maxFlashesPerSecond.general}, red ${analysis.maxFlashesPerSecond.red}`,
  );
  expect(glimpsed).toBeGreaterThan(0);
  for (const row of rows) expect(Math.abs(row.shift), row.frame).toBeLessThan(MAX_SHIFT);
  expect(analysis.offending).toEqual([]);
}, 240_000);
