// The demo's words and data (demo/stories/*.json, read through react-hold-stories/schema):
// three stories of 15 to 30 frames at about ×6, every frame described, short messages in
// French with French typography. Runs in Node with the other demo checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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
  ]),
]);

describe('the demo stories', () => {
  test('three stories, one per form of bullying, each of 15 to 30 frames at ×6', () => {
    expect(demoStories.map((story) => story.id)).toEqual(['apparence', 'homophobie', 'rumeur']);
    for (const story of demoStories) {
      expect(story.frames.length, story.id).toBeGreaterThanOrEqual(15);
      expect(story.frames.length, story.id).toBeLessThanOrEqual(30);
      expect(story.playbackRate, story.id).toBe(6);
    }
  });

  test('every frame is described, drawn in the repository and marked for the flash guard', () => {
    for (const story of demoStories) {
      for (const frame of story.frames) {
        expect(frame.alt.length, `${story.id}/${frame.id}`).toBeGreaterThan(20);
        expect(frame.kind, `${story.id}/${frame.id}`).toBe('render');
        expect(frame.luminance, `${story.id}/${frame.id}`).toBeTypeOf('number');
      }
    }
  });

  test('messages are short, in the voice of the pupil or a witness, and most frames hide one', () => {
    for (const story of demoStories) {
      const withMessages = story.frames.filter((frame) => (frame.reveal?.length ?? 0) > 0);
      expect(withMessages.length / story.frames.length, story.id).toBeGreaterThan(0.6);
      for (const frame of withMessages) {
        for (const message of frame.reveal ?? []) {
          expect(message.text.length, message.text).toBeLessThanOrEqual(120);
          expect(message.from, message.text).toBeTruthy();
        }
      }
    }
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
