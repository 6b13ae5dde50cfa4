// The demo's words and data (demo/stories/*.json, read through react-hold-stories/schema):
// three stories of 15 to 30 frames at about ×6, every frame described and hiding something to
// find, short messages in French with French typography, in each a long take whose messages
// change along it, clocks that never run backwards without a day card; each story ends with a
// witness's question and the 3018 as the last frame's link. Runs in Node with the other demo
// checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoLabels } from '../../demo/app/labels';
import apparence from '../../demo/stories/apparence.json';
import homophobie from '../../demo/stories/homophobie.json';
import rumeur from '../../demo/stories/rumeur.json';
import { demoStories } from '../../demo/story';
import { repoRoot } from '../support/aliases.mjs';
import { typographyProblems } from './support/demo';

const texts = demoStories.flatMap((story) => [
  { where: `${story.id}: title`, text: story.title },
  ...story.frames.flatMap((frame) => [
    { where: `${story.id}/${frame.id}: alt`, text: frame.alt },
    ...(frame.reveal ?? []).flatMap((message, index) => [
      { where: `${story.id}/${frame.id}: message ${index}`, text: message.text },
      ...(message.from
        ? [{ where: `${story.id}/${frame.id}: from ${index}`, text: message.from }]
        : []),
    ]),
    ...(frame.kind === 'choice'
      ? [
          { where: `${story.id}/${frame.id}: question`, text: frame.question },
          ...frame.options.flatMap((option, index) => [
            { where: `${story.id}/${frame.id}: option ${index}`, text: option.label },
            { where: `${story.id}/${frame.id}: feedback ${index}`, text: option.feedback ?? '' },
          ]),
        ]
      : []),
    ...(frame.cta ? [{ where: `${story.id}/${frame.id}: link`, text: frame.cta.label }] : []),
  ]),
]);

/** Each frame's scene as the JSON names it (a parsed `render` frame keeps only its function). */
const scenesOf = new Map(
  [apparence, homophobie, rumeur].map((json) => [
    json.id,
    new Map(json.frames.map((frame) => [frame.id, 'component' in frame ? frame.component : null])),
  ]),
);

/** `"07:42"` → minutes since midnight (`"24:30"` is half past midnight, the same night). */
const toMinutes = (time: string) => {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
};

describe('the demo stories', () => {
  test('three stories, one per form of bullying, each of 15 to 30 frames at ×6', () => {
    expect(demoStories.map((story) => story.id)).toEqual(['apparence', 'homophobie', 'rumeur']);
    for (const story of demoStories) {
      expect(story.frames.length, story.id).toBeGreaterThanOrEqual(15);
      expect(story.frames.length, story.id).toBeLessThanOrEqual(30);
      expect(story.playbackRate, story.id).toBe(6);
    }
  });

  test('every frame is described, drawn in the repository or a question, and marked for the flash guard', () => {
    for (const story of demoStories) {
      for (const frame of story.frames) {
        expect(frame.alt.length, `${story.id}/${frame.id}`).toBeGreaterThan(20);
        expect(['render', 'choice'], `${story.id}/${frame.id}`).toContain(frame.kind);
        expect(frame.luminance, `${story.id}/${frame.id}`).toBeTypeOf('number');
      }
    }
  });

  test('each story ends with a witness’s question: 3 or 4 options, each with its feedback', () => {
    for (const story of demoStories) {
      const questions = story.frames.filter((frame) => frame.kind === 'choice');
      expect(questions.length, story.id).toBe(1);
      const question = questions[0];
      if (question?.kind !== 'choice') throw new Error(`${story.id}: no question`);
      // After the whole day, right before the help frames that end the story.
      const at = story.frames.indexOf(question);
      const after = story.frames.slice(at + 1);
      expect(after.length, story.id).toBeGreaterThan(0);
      // Only the help (the CPE listening, a call, a parent) comes after it, once a day card
      // has said when (« Le lendemain »).
      const scenes = after.map((frame) => scenesOf.get(story.id)?.get(frame.id));
      expect(scenes[0], `${story.id}: a day card after the question`).toBe('day');
      for (const [index, frame] of after.slice(1).entries()) {
        expect(scenes[index + 1], `${story.id}/${frame.id}`).toBe('help');
      }
      expect(at, story.id).toBeGreaterThan(story.frames.length / 2);
      expect(question.question, story.id).toMatch(/Tu fais quoi\u00a0\?$/);
      expect(question.background, story.id).toMatch(/gradient/);
      expect(question.options.length, story.id).toBeGreaterThanOrEqual(3);
      expect(question.options.length, story.id).toBeLessThanOrEqual(4);
      // A poll or a quiz with one right answer, never two.
      expect(question.options.filter((option) => option.correct).length).toBeLessThanOrEqual(1);
      for (const option of question.options) {
        expect(option.label.length, option.label).toBeLessThanOrEqual(60);
        expect(option.feedback, `${story.id}: ${option.label}`).toBeTruthy();
        // Read on a phone in one go.
        expect(option.feedback?.length ?? 0, option.feedback).toBeLessThanOrEqual(200);
      }
    }
  });

  test('each story’s last frame links to the 3018, the free national number', () => {
    for (const story of demoStories) {
      const last = story.frames.at(-1);
      expect(last?.cta, story.id).toEqual({
        label: expect.stringMatching(/^Appeler le 3018\b.*gratuit/),
        href: 'tel:3018',
      });
      // One link per story, at its end: the day itself runs uninterrupted.
      expect(story.frames.filter((frame) => frame.cta).length, story.id).toBe(1);
    }
  });

  test('messages are short, in the voice of the pupil or a witness, and every frame hides one', () => {
    for (const story of demoStories) {
      // A hold that finds nothing feels broken: every frame but the question has something.
      for (const frame of story.frames) {
        if (frame.kind === 'choice') continue;
        expect(frame.reveal?.length ?? 0, `${story.id}/${frame.id}`).toBeGreaterThan(0);
      }
      const withMessages = story.frames.filter((frame) => (frame.reveal?.length ?? 0) > 0);
      for (const frame of withMessages) {
        for (const message of frame.reveal ?? []) {
          expect(message.text.length, message.text).toBeLessThanOrEqual(120);
          expect(message.from, message.text).toBeTruthy();
        }
      }
    }
  });

  test('each story has a long take whose messages change along it: when you freeze matters', () => {
    for (const story of demoStories) {
      // Every window, on any frame, inside its frame: start inclusive, end exclusive, at 1×.
      for (const frame of story.frames) {
        for (const message of frame.reveal ?? []) {
          if (!message.at) continue;
          const [start, end] = message.at;
          const where = `${story.id}/${frame.id}: "${message.text}"`;
          expect(start, where).toBeGreaterThanOrEqual(0);
          expect(end, where).toBeGreaterThan(start);
          expect(end, where).toBeLessThanOrEqual(frame.duration);
        }
      }
      const longTakes = story.frames.filter(
        (frame) => (frame.reveal ?? []).filter((message) => message.at).length >= 2,
      );
      expect(
        longTakes.length,
        `${story.id}: a frame with 2 timed messages or more`,
      ).toBeGreaterThan(0);
      for (const frame of longTakes) {
        const where = `${story.id}/${frame.id}`;
        // A scene that moves with the frame's progress, so each instant shows something else.
        expect(frame.kind, where).toBe('render');
        // Long enough to aim at an instant: 1 to 1.5 s at ×6.
        expect(frame.duration, where).toBeGreaterThanOrEqual(6000);
        expect(frame.duration, where).toBeLessThanOrEqual(9000);
        // Every message of it timed, one after another: each instant says one thing.
        const windows = (frame.reveal ?? []).map((message) => message.at);
        expect(windows.every(Boolean), `${where}: every message timed`).toBe(true);
        const sorted = [...(windows as [number, number][])].sort((a, b) => a[0] - b[0]);
        for (const [index, window] of sorted.slice(1).entries()) {
          expect(window[0], `${where}: windows apart`).toBeGreaterThanOrEqual(
            sorted[index]?.[1] ?? 0,
          );
        }
      }
    }
  });

  test('the clocks never run backwards, except after a day card (« Le lendemain »)', () => {
    for (const json of [apparence, homophobie, rumeur]) {
      let last = -1;
      for (const frame of json.frames) {
        const props = ('props' in frame ? frame.props : {}) as { time?: string[]; title?: string };
        const [from, to] = (props.time ?? []).map(toMinutes);
        if (from === undefined || to === undefined) continue;
        const where = `${json.id}/${frame.id}`;
        expect(to, `${where}: its own clock runs forward`).toBeGreaterThanOrEqual(from);
        const card = 'component' in frame && frame.component === 'day';
        if (!card) expect(from, `${where}: after ${last} min`).toBeGreaterThanOrEqual(last);
        else expect(props.title, `${where}: says when`).toMatch(/lendemain|plus tard/i);
        last = to;
      }
    }
  });

  test('the titles say who and what, and the transcript is titled by them', () => {
    expect(demoStories.map((story) => story.title)).toEqual([
      'Jade, 12 ans\u00a0: les moqueries sur son apparence',
      'Yanis, 14 ans\u00a0: l’homophobie',
      'Lina, 13 ans\u00a0: rumeurs et réputation',
    ]);
    expect(demoLabels.transcriptTitle(demoStories[0]?.title ?? '')).toBe(
      'Transcription — Jade, 12 ans\u00a0: les moqueries sur son apparence',
    );
    // Yanis's story names what is done to him, in the words of those who live it.
    const yanis = demoStories[1]?.frames.flatMap((frame) => frame.reveal ?? []) ?? [];
    expect(yanis.some((message) => /homophobie/.test(message.text))).toBe(true);
  });

  test('French typography in every title, description and message', () => {
    const problems = texts.flatMap(({ where, text }) =>
      typographyProblems(text).map((problem) => `${where}: ${problem} in "${text}"`),
    );
    expect(problems).toEqual([]);
  });

  test('the opening screen (index.html) follows it too', () => {
    const source = readFileSync(join(repoRoot, 'demo/index.html'), 'utf8');
    // The words of the meta description and the social preview, then the page's own text.
    const attributes = [...source.matchAll(/content="([^"]*)"/g)].map((match) => match[1]);
    expect(attributes.flatMap((text) => typographyProblems(text ?? ''))).toEqual([]);
    const html = source
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/\s+/g, (space) => (space.includes('\u00a0') ? '\u00a0' : ' '));
    expect(typographyProblems(html)).toEqual([]);
  });
});
