// Flash safety (WCAG 2.3.1) and message contrast (1.4.3) of the demo, from real pixels. One walk
// through the three stories in reading mode: every frame as Chromium paints it is measured (mean
// relative luminance, saturated-red share; a question with its options, a last frame with its
// 3018 link) and so is every shown message against what is behind it — on a long take, at each
// of its reading stops (where each timed message begins), against the scene at that instant. The
// cuts are then analysed by the library's own `analyzeFlashes` at each story's playback rate —
// each story alone and the three in a row, as the collection plays them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Frame, RevealMessage } from 'react-hold-stories';
import { analyzeFlashes, type FlashFrame } from 'react-hold-stories/engine';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoStories } from '../../demo/story';
import { repoRoot } from '../support/aliases.mjs';
import {
  CURRENT,
  createPixelReader,
  current,
  type MessageContrast,
  messageContrasts,
  messagesShown,
  nextDemoFrame,
  nextDemoStory,
  openDemoInReadingMode,
  startDemoServer,
} from './support/demo';
import { type FixtureServer, launchPhone, type Phone, waitDisplayFrames } from './support/server';

const artifacts = join(repoRoot, 'test/artifacts');
/** How far a frame's declared `luminance` (what the engine's flash guard uses) may be from its pixels. */
const LUMINANCE_TOLERANCE = 0.03;
/** WCAG 1.4.3 for normal-size text. */
const MIN_CONTRAST = 4.5;

let demo: FixtureServer;
let phone: Phone;
/** One row per frame, in playing order. */
const table: Row[] = [];
/** One row per text of every message. */
const contrasts: (MessageContrast & { frame: string })[] = [];

beforeAll(async () => {
  demo = await startDemoServer();
  phone = await launchPhone();
  await walkTheStories();
}, 240_000);

afterAll(async () => {
  await phone?.close();
  await demo?.close();
});

/** Reading mode, frame by frame, story after story: measures what each frame shows. */
async function walkTheStories() {
  const reader = await createPixelReader(phone.context);
  const first = demoStories[0];
  if (!first) throw new Error('the demo has no story');
  const page = await openDemoInReadingMode(phone, demo.url, first.frames.length);

  for (const [storyIndex, story] of demoStories.entries()) {
    const count = story.frames.length;
    if (storyIndex > 0) await nextDemoStory(page, story.title, count);
    for (let position = 1; position <= count; position++) {
      const frame = story.frames[position - 1];
      if (!frame) throw new Error(`no frame ${position} in ${story.id}`);
      if (position > 1) await nextDemoFrame(page, position, count);
      // Paused on the frame's first reading stop: its still moment (its first display frame,
      // what the cut shows, unless `still` says later; a scene's light barely changes along its
      // frame), or on a long take whose first message starts later, the scene a moment on.
      await waitDisplayFrames(page, 3);
      // The frame alone: no messages, no scrim, no chrome, no header over it.
      const hide = await page.addStyleTag({
        content: '[data-hs-reveal],[data-hs-chrome],.demo-header{visibility:hidden!important}',
      });
      const shot = await page.locator(current('[data-hs-stage]')).screenshot({ scale: 'css' });
      await hide.evaluate((style) => (style as Element).remove());
      const stats = await reader.measure(shot);
      // Reading mode shows the messages: measure them against the frame behind. A long take
      // stops at each of its timed messages in turn (Next moves to the next stop, then on).
      for (const [stop, time] of readingStops(frame).entries()) {
        const expected = shownAt(frame, time);
        if (stop > 0) await page.click(current('[data-hs-control="next"]'));
        if (expected.length === 0) continue;
        await messagesAre(page, expected, `${story.id}/${frame.id}@${time}`);
        await messagesShown(page);
        for (const row of await messageContrasts(page, reader)) {
          contrasts.push({ ...row, frame: `${story.id}/${frame.id}@${time}` });
        }
      }
      table.push({
        story: story.id,
        id: frame.id,
        duration: frame.duration,
        declared: frame.luminance,
        luminance: stats.meanLuminance,
        saturatedRed: stats.redShare,
      });
    }
  }
  await reader.close();
  expect(await page.locator(CURRENT).count()).toBe(1);
  await page.close();
}

/**
 * Where reading mode stops in a frame, in its own ms at 1×: where each timed message begins, in
 * order; its still moment (`still` × its length, its start by default) when it has none (the
 * library's rule, src/react/player/readingStops.ts).
 */
function readingStops(frame: Frame): number[] {
  const starts = (frame.reveal ?? []).flatMap((message) => (message.at ? [message.at[0]] : []));
  if (starts.length > 0) return [...new Set(starts)].sort((a, b) => a - b);
  return [(frame.still ?? 0) * frame.duration];
}

/** The messages of `frame` a hold at `time` shows: untimed ones, and those whose window holds it. */
function shownAt(frame: Frame, time: number): RevealMessage[] {
  return (frame.reveal ?? []).filter(
    (message) => !message.at || (time >= message.at[0] && time < message.at[1]),
  );
}

/** Waits until the current frame shows exactly these messages (a reading stop has been reached). */
async function messagesAre(page: Page, messages: RevealMessage[], where: string) {
  const texts = messages.map((message) => message.text).sort();
  try {
    await page.waitForFunction(
      ({ scope, texts }) => {
        const shown = [...document.querySelectorAll(`${scope} [data-hs-message] .hs-message-text`)];
        return JSON.stringify(shown.map((p) => p.textContent).sort()) === JSON.stringify(texts);
      },
      { scope: CURRENT, texts },
      { timeout: 10_000 },
    );
  } catch (error) {
    const shown = await page.$$eval(current('[data-hs-message] .hs-message-text'), (list) =>
      list.map((p) => p.textContent),
    );
    const label = await page.getAttribute(current('[data-hs-stage]'), 'aria-label');
    throw new Error(
      `${where}: expected ${JSON.stringify(texts)}, ${label} shows ${JSON.stringify(shown)}`,
      { cause: error },
    );
  }
}

interface Row {
  story: string;
  id: string;
  duration: number;
  declared: number | undefined;
  luminance: number;
  saturatedRed: number;
}

const finite = (rate: number) => (Number.isFinite(rate) ? rate : null);

test('every message on every frame has a contrast of at least 4.5:1', () => {
  // Every text of every message, at each reading stop that shows it.
  const shown = demoStories
    .flatMap((story) => story.frames)
    .flatMap((frame) => readingStops(frame).flatMap((time) => shownAt(frame, time)))
    .reduce((texts, message) => texts + (message.from ? 2 : 1), 0);
  for (const frame of demoStories.flatMap((story) => story.frames)) {
    const atStops = readingStops(frame).flatMap((time) => shownAt(frame, time));
    for (const message of frame.reveal ?? []) {
      expect(atStops, `${frame.id}: "${message.text}" shows at a stop`).toContain(message);
    }
  }
  expect(contrasts.length, 'every text of every message was measured').toBe(shown);
  const worst = contrasts.reduce((a, b) => (b.worst < a.worst ? b : a));
  const onFrames = Math.min(...contrasts.map((row) => row.onFrame));
  console.log(
    `message contrast: minimum ${worst.worst.toFixed(2)}:1 (${worst.frame}, "${worst.text.slice(0, 40)}"), ${onFrames.toFixed(2)}:1 over the frames' own pixels, ${contrasts.length} texts`,
  );
  for (const row of contrasts) {
    expect(row.worst, `${row.frame}: "${row.text}"`).toBeGreaterThanOrEqual(MIN_CONTRAST);
  }
});

test('no span of the demo flashes more than three times a second at its playback rate', async () => {
  const toFlashFrames = (rows: Row[]): FlashFrame[] =>
    rows.map(({ duration, luminance, saturatedRed }) => ({ duration, luminance, saturatedRed }));
  const perStory = demoStories.map((story) => {
    const rate = story.playbackRate ?? 1;
    return {
      story: story.id,
      rate,
      analysis: analyzeFlashes(toFlashFrames(table.filter((row) => row.story === story.id)), rate),
    };
  });
  // The collection runs on into the next story: the three in a row (all at ×6), cuts between
  // stories included.
  const rates = new Set(perStory.map((entry) => entry.rate));
  expect(rates.size, 'every story plays at the same rate').toBe(1);
  const [rate = 1] = rates;
  const whole = analyzeFlashes(toFlashFrames(table), rate);

  console.log(
    [
      'story       frame          duration  declared  measured  red share',
      ...table.map(
        (row) =>
          `${row.story.padEnd(11)} ${row.id.padEnd(14)} ${String(row.duration).padStart(8)}  ${(row.declared ?? Number.NaN).toFixed(3).padStart(8)}  ${row.luminance.toFixed(4).padStart(8)}  ${(row.saturatedRed * 100).toFixed(2).padStart(8)}%`,
      ),
    ].join('\n'),
  );
  for (const { story, rate: storyRate, analysis } of [
    ...perStory,
    { story: 'all three', rate, analysis: whole },
  ]) {
    console.log(
      `${story} at ×${storyRate}: max flashes/s general ${analysis.maxFlashesPerSecond.general}, red ${analysis.maxFlashesPerSecond.red}; ` +
        `${analysis.transitions.length} transitions; safe rate ${Number.isFinite(analysis.safeRate) ? `×${analysis.safeRate.toFixed(2)}` : 'any (∞)'}; ` +
        `offending spans ${JSON.stringify(analysis.offending)}`,
    );
  }
  const luminances = table.map((row) => row.luminance);
  console.log(
    `measured luminance from ${Math.min(...luminances).toFixed(4)} to ${Math.max(...luminances).toFixed(4)} over ${table.length} frames`,
  );

  mkdirSync(artifacts, { recursive: true });
  writeFileSync(
    join(artifacts, 'demo-flash.json'),
    `${JSON.stringify(
      {
        playbackRate: rate,
        frames: table,
        stories: perStory.map(({ story, rate: storyRate, analysis }) => ({
          story,
          playbackRate: storyRate,
          transitions: analysis.transitions,
          maxFlashesPerSecond: analysis.maxFlashesPerSecond,
          offending: analysis.offending,
          safeRate: finite(analysis.safeRate),
        })),
        allThree: {
          transitions: whole.transitions,
          maxFlashesPerSecond: whole.maxFlashesPerSecond,
          offending: whole.offending,
          safeRate: finite(whole.safeRate),
        },
      },
      null,
      2,
    )}\n`,
  );

  // Every frame was painted and measured (a blank or failed screenshot would read 0).
  expect(table.every((row) => row.luminance > 0 && row.luminance < 1)).toBe(true);
  for (const { story, analysis } of [...perStory, { story: 'all three', analysis: whole }]) {
    expect(analysis.offending, story).toEqual([]);
    expect(analysis.maxFlashesPerSecond.general, story).toBeLessThanOrEqual(3);
    expect(analysis.maxFlashesPerSecond.red, story).toBeLessThanOrEqual(3);
  }
  // The engine's flash guard works from the declared values: they must match the pixels.
  for (const row of table) {
    expect(row.declared, `${row.story}/${row.id}: luminance`).toBeDefined();
    expect(
      Math.abs((row.declared ?? 0) - row.luminance),
      `${row.story}/${row.id}: declared luminance ${row.declared} vs measured ${row.luminance.toFixed(3)}`,
    ).toBeLessThanOrEqual(LUMINANCE_TOLERANCE);
  }
});
