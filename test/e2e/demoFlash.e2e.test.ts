// Flash safety of the demo (WCAG 2.3.1) from real pixels: every frame of demo/story.tsx as
// Chromium paints it, measured (mean relative luminance, saturated-red share), then the cuts
// analysed by the library's own `analyzeFlashes` at the demo's playback rate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFlashes, type FlashFrame } from 'react-hold-stories';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { dayStory } from '../../demo/story';
import { repoRoot } from '../support/aliases.mjs';
import {
  createPixelReader,
  nextDemoFrame,
  openDemoInReadingMode,
  startDemoServer,
} from './support/demo';
import { type FixtureServer, launchPhone, type Phone, waitDisplayFrames } from './support/server';

const artifacts = join(repoRoot, 'test/artifacts');

let demo: FixtureServer;
let phone: Phone;

beforeAll(async () => {
  demo = await startDemoServer();
  phone = await launchPhone();
});

afterAll(async () => {
  await phone?.close();
  await demo?.close();
});

test('no span of the demo flashes more than three times a second at its playback rate', async () => {
  const count = dayStory.frames.length;
  const rate = dayStory.playbackRate ?? 1;
  const reader = await createPixelReader(phone.context);
  const page = await openDemoInReadingMode(phone, demo.url, count);

  const table: { id: string; duration: number; luminance: number; saturatedRed: number }[] = [];
  for (let position = 1; position <= count; position++) {
    if (position > 1) await nextDemoFrame(page, position, count);
    // Paused on the frame's first display frame (progress 0): what the cut shows.
    await waitDisplayFrames(page, 3);
    // The frame alone: no messages, no scrim, no progress or buttons (back for the Next click).
    const hide = await page.addStyleTag({
      content: '[data-hs-reveal],[data-hs-chrome]{visibility:hidden!important}',
    });
    const shot = await page.locator('[data-hs-stage]').screenshot({ scale: 'css' });
    await hide.evaluate((style) => (style as Element).remove());
    const stats = await reader.measure(shot);
    const frame = dayStory.frames[position - 1];
    if (!frame) throw new Error(`no frame ${position}`);
    table.push({
      id: frame.id,
      duration: frame.duration,
      luminance: stats.meanLuminance,
      saturatedRed: stats.redShare,
    });
  }
  await reader.close();
  await page.close();

  const measured: FlashFrame[] = table.map(({ duration, luminance, saturatedRed }) => ({
    duration,
    luminance,
    saturatedRed,
  }));
  const analysis = analyzeFlashes(measured, rate);
  // The demo loops: two laps in a row add the cut from the last frame back to the first.
  const looped = analyzeFlashes([...measured, ...measured], rate);

  console.log(
    [
      'frame      duration  luminance  red share',
      ...table.map(
        (row) =>
          `${row.id.padEnd(10)} ${String(row.duration).padStart(8)}  ${row.luminance.toFixed(4).padStart(9)}  ${(row.saturatedRed * 100).toFixed(2).padStart(8)}%`,
      ),
    ].join('\n'),
  );
  console.log(
    `analysis at ×${rate}: max flashes/s general ${analysis.maxFlashesPerSecond.general}, red ${analysis.maxFlashesPerSecond.red}; ` +
      `${analysis.transitions.length} transitions; safe rate ${analysis.safeRate === Number.POSITIVE_INFINITY ? 'any (∞)' : `×${analysis.safeRate.toFixed(2)}`}; ` +
      `offending spans ${JSON.stringify(analysis.offending)}`,
  );
  console.log(
    `looped (two laps) at ×${rate}: max flashes/s general ${looped.maxFlashesPerSecond.general}, red ${looped.maxFlashesPerSecond.red}; ` +
      `${looped.transitions.length} transitions (${looped.transitions.map((t) => `→${table[t.frameIndex % count]?.id}`).join(', ')}); ` +
      `safe rate ${looped.safeRate === Number.POSITIVE_INFINITY ? 'any (∞)' : `×${looped.safeRate.toFixed(2)}`}; ` +
      `offending spans ${JSON.stringify(looped.offending)}`,
  );

  mkdirSync(artifacts, { recursive: true });
  writeFileSync(
    join(artifacts, 'demo-flash.json'),
    `${JSON.stringify(
      {
        playbackRate: rate,
        frames: table,
        analysis: {
          ...analysis,
          safeRate: Number.isFinite(analysis.safeRate) ? analysis.safeRate : null,
          rateCaps: analysis.rateCaps.map((cap) => (Number.isFinite(cap) ? cap : null)),
        },
        looped: {
          transitions: looped.transitions,
          maxFlashesPerSecond: looped.maxFlashesPerSecond,
          offending: looped.offending,
          safeRate: Number.isFinite(looped.safeRate) ? looped.safeRate : null,
        },
      },
      null,
      2,
    )}\n`,
  );

  // Every frame was painted and measured (a blank or failed screenshot would read 0).
  expect(table.every((row) => row.luminance > 0 && row.luminance < 1)).toBe(true);
  expect(analysis.offending).toEqual([]);
  expect(analysis.maxFlashesPerSecond.general).toBeLessThanOrEqual(3);
  expect(analysis.maxFlashesPerSecond.red).toBeLessThanOrEqual(3);
  expect(looped.offending).toEqual([]);
});
