// A video frame with a WebVTT cue file, in Chromium at 390×844 with touch: the browser parses the
// cues (a <track kind="metadata">), and a hold shows the cue of the frozen instant while the
// video stands still. test/fixtures/media/clock.vtt: "early" 0–0.8 s (voice Léa), "late" 1–2 s.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { MediaRecord } from './fixture/media';
import { fixturePhoneForFile } from './support/fixturePhone';

const fixture = fixturePhoneForFile('media.html?kind=cues');

const video = (page: Page) =>
  page.evaluate(() => {
    const element = document.querySelector('video');
    return { time: element?.currentTime ?? -1, paused: element?.paused };
  });
/** Each message shown, with the slot it sits in. */
const messages = (page: Page) =>
  page.$$eval('[data-hs-message]', (nodes) =>
    nodes.map((node) => `${node.parentElement?.dataset.placement}: ${node.textContent}`),
  );
const record = (page: Page) => page.evaluate(() => window.__media as MediaRecord);

/** Holds at the video's `seconds` (waits for it to get there), returns what shows. */
async function holdAt(
  story: Awaited<ReturnType<typeof fixture.open>>,
  seconds: number,
  shot: string,
) {
  const { page } = story;
  await page.waitForFunction(
    (s) => (document.querySelector('video')?.currentTime ?? 0) >= s,
    seconds,
  );
  await story.touchDown(200, 420);
  await page.waitForSelector('[data-hs-root][data-revealing]');
  const frozen = await video(page);
  await page.waitForTimeout(300);
  const after = await video(page);
  const shown = await messages(page);
  await page.screenshot({ path: `test/artifacts/cues-${shot}.png` });
  await story.touchUp();
  return { frozen, after, shown };
}

describe('a video with a cue file', () => {
  test('a hold shows the cue of its instant, voice and all; the video stands still meanwhile', async () => {
    const story = await fixture.open('media.html?kind=cues&rate=1');
    const early = await holdAt(story, 0.2, 'early');
    expect(early.shown).toEqual(['center: LéaThe count starts & nobody looks.']);
    expect(early.after.paused).toBe(true);
    expect(early.after.time).toBe(early.frozen.time);

    const late = await holdAt(story, 1.2, 'late');
    // `line:0`: the top of the frame.
    expect(late.shown).toEqual(['top: Everyone is watching now.']);
    const reveals = (await record(story.page)).events.filter((event) => event.type === 'reveal');
    expect(reveals).toHaveLength(2);
  });

  test('a cue file that does not load: error (track), and the video plays on without messages', async () => {
    const story = await fixture.open('media.html?kind=cues&cues=missing&rate=1');
    await story.page.waitForFunction(() =>
      (window.__media as MediaRecord).events.some((event) => event.type === 'error'),
    );
    const errors = (await record(story.page)).events.filter((event) => event.type === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        detail: expect.objectContaining({ kind: 'track', frameId: 'clock' }),
      }),
    ]);
    await story.page.waitForFunction(
      () => (document.querySelector('video')?.currentTime ?? 0) > 0.3,
    );
    expect(await story.page.getAttribute('[data-hs-stage]', 'aria-label')).toBe('Frame 1 of 2');
    expect(await story.page.$('[data-hs-media-fallback]')).toBeNull();
  });

  test('a cue file without a cue: a warning naming the frame, and the video plays on', async () => {
    const warnings: string[] = [];
    const story = await fixture.open('media.html?kind=cues&cues=empty&rate=1');
    story.page.on(
      'console',
      (message) => message.type() === 'warning' && warnings.push(message.text()),
    );
    await story.page.reload();
    await story.page.waitForFunction(
      () => (document.querySelector('video')?.currentTime ?? 0) > 0.3,
    );
    // Heard since the listener came (the first load's warning may land after it, too).
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning).toContain('cues of frame "clock"');
      expect(warning).toContain('has no cue with text');
    }
  });

  test('captions on: the browser shows them over the video, held or playing', async () => {
    const story = await fixture.open('media.html?kind=cues&rate=1');
    const { page } = story;
    const mode = () =>
      page.evaluate(() =>
        [...(document.querySelector('video')?.textTracks ?? [])]
          .filter((track) => track.kind === 'captions')
          .map((track) => track.mode),
      );
    expect(await mode()).toEqual(['disabled']);
    await page.click('[data-hs-control="options"]');
    await page.click('[data-hs-control="captions"]');
    expect(await page.getAttribute('[data-hs-control="captions"]', 'aria-pressed')).toBe('true');
    expect(await mode()).toEqual(['showing']);
    // Held on a cue: the browser has it active, to draw under the still picture.
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) >= 0.2);
    await story.touchDown(200, 420);
    await page.waitForSelector('[data-hs-root][data-revealing]');
    const active = await page.evaluate(() => {
      const track = [...(document.querySelector('video')?.textTracks ?? [])].find(
        (each) => each.kind === 'captions',
      );
      return [...(track?.activeCues ?? [])].map((cue) => (cue as VTTCue).text);
    });
    expect(active).toEqual(['<v Léa>The count starts &amp; nobody looks.</v>']);
    // Lifted above the controls (its file gave it no line of its own).
    const line = await page.evaluate(() => {
      const track = [...(document.querySelector('video')?.textTracks ?? [])].find(
        (each) => each.kind === 'captions',
      );
      return (track?.cues?.[0] as VTTCue | undefined)?.line;
    });
    expect(line).toBe(-4);
    await page.screenshot({ path: 'test/artifacts/cues-captions-held.png' });
    await story.touchUp();
  });
});
