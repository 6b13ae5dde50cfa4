import { describe, expect, it } from 'vitest';
import { parseStory, type StoryValidationError } from '../../../src/schema';
import { checkStory } from '../../../src/story/checkStory';
import { formatIssue } from '../../../src/story/issues';
import { a, card, onFrame } from './hostileInputs';

const option = (label: string, fields: Record<string, unknown> = {}) => ({ label, ...fields });
const choice = (overrides: Record<string, unknown> = {}) => ({
  id: 'witness',
  kind: 'choice',
  duration: 4000,
  alt: 'The yard; someone is filming Jade.',
  question: 'You see this. What do you do?',
  options: [option('Laugh along'), option('Tell an adult')],
  ...overrides,
});
/** The first issue, as the component shows it, and the same from the JSON schema. */
const first = (input: unknown) => {
  const issues = checkStory(input).map(formatIssue);
  let json: string | undefined;
  try {
    parseStory(input);
  } catch (error) {
    json = (error as StoryValidationError).issues.map(formatIssue)[0];
  }
  expect(json).toBe(issues[0]);
  return issues[0];
};

describe('a choice frame', () => {
  it('is a valid frame with 2 to 4 options, at most one correct, labels up to 200 characters', () => {
    for (const options of [
      [option('a'), option('b')],
      [option('a', { correct: true, feedback: a(2000) }), option(a(200)), option('c'), option('d')],
    ]) {
      expect(checkStory(onFrame(choice({ options })), { json: true })).toEqual([]);
    }
    expect(checkStory(onFrame(choice({ background: 'linear-gradient(#000, #223)' })))).toEqual([]);
  });

  it.each([
    ['one option', { options: [option('a')] }, 'options: expected 2 to 4 options, got 1'],
    [
      'five options',
      { options: Array(5).fill(option('a')) },
      'options: expected 2 to 4 options, got 5',
    ],
    [
      'no options',
      { options: undefined },
      'options: expected an array of 2 to 4 options, got undefined',
    ],
    [
      'an empty label',
      { options: [option(' '), option('b')] },
      'options[0].label: expected a non-empty string, got " "',
    ],
    [
      'a label too long',
      { options: [option('a'), option(a(201))] },
      'options[1].label: expected at most 200 characters, got 201 characters',
    ],
    [
      'an option that is text',
      { options: ['a', option('b')] },
      'options[0]: expected an option object ({ label, correct?, feedback? }), got "a"',
    ],
    [
      '"correct" as text',
      { options: [option('a', { correct: 'yes' }), option('b')] },
      'options[0].correct: expected true or false, got "yes"',
    ],
    [
      'two correct options',
      { options: [option('a', { correct: true }), option('b', { correct: true })] },
      'options[1].correct: expected at most one correct option (a quiz has one right answer), got true',
    ],
    ['no question', { question: '' }, 'question: expected a non-empty string, got ""'],
    [
      'a background that loads an image',
      { background: 'url(/x.png)' },
      'background: expected a colour or a gradient (an image is an image frame, its URL checked), got "url(/x.png)"',
    ],
  ])('refuses %s, naming the field', (_what, fields, issue) => {
    expect(first(onFrame(choice(fields)))).toBe(`frames[0].${issue}`);
  });
});

describe('a call to action', () => {
  it('takes https:, http:, mailto:, tel: and relative links', () => {
    for (const href of [
      'https://www.e-enfance.org/',
      'http://a.fr',
      'mailto:a@b.fr',
      'tel:3018',
      '/aide',
      '#aide',
    ]) {
      expect(checkStory(onFrame(card({ cta: { label: 'Help', href } })), { json: true })).toEqual(
        [],
      );
    }
  });

  it.each([
    [
      'javascript:',
      { label: 'Go', href: 'javascript:alert(1)' },
      'cta.href: expected a link URL (https:, http:, mailto:, tel: or relative), got "javascript:alert(1)"',
    ],
    [
      'a tab inside the scheme',
      { label: 'Go', href: 'java\tscript:alert(1)' },
      'cta.href: expected a link URL (https:, http:, mailto:, tel: or relative), got "java\\tscript:alert(1)"',
    ],
    [
      'data:',
      { label: 'Go', href: 'data:text/html,<script>' },
      'cta.href: expected a link URL (https:, http:, mailto:, tel: or relative), got "data:text/html,<script>"',
    ],
    ['an empty href', { label: 'Go', href: '' }, 'cta.href: expected a link URL, got ""'],
    ['an empty label', { label: '', href: '/x' }, 'cta.label: expected a non-empty string, got ""'],
    ['text', 'tel:3018', 'cta: expected a call to action ({ label, href }), got "tel:3018"'],
  ])('refuses %s, naming the field', (_what, cta, issue) => {
    expect(first(onFrame(card({ cta })))).toBe(`frames[0].${issue}`);
  });

  it('is narrowed by allowUrl, and JSON names its unknown keys', () => {
    const story = onFrame(
      card({ cta: { label: 'Go', href: 'https://evil.example/', target: '_blank' } }),
    );
    const allowUrl = (url: string) => url.startsWith('https://www.e-enfance.org/');
    expect(checkStory(story, { json: true, allowUrl }).map(formatIssue)).toEqual([
      'frames[0].cta.href: expected a link URL allowed by allowUrl, got "https://evil.example/"',
      'frames[0].cta.target: unknown key',
    ]);
  });
});
