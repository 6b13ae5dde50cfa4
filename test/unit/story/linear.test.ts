import { describe, expect, it } from 'vitest';
import { checkStories, checkStory } from '../../../src/story/checkStory';
import { describeValue, keyPath } from '../../../src/story/issues';
import { srcsetCandidates } from '../../../src/story/srcset';
import { isCssValue, isVisible } from '../../../src/story/text';
import { urlScheme } from '../../../src/story/urls';
import { card, image, nested, onFrame, render, story, ZWSP } from './hostileInputs';

/**
 * Checking is linear in the input: each shape is checked at scale 1 and at scale 10 (200 kB and
 * 2 MB for strings), once each, and the larger may take at most 30 times as long (10 when linear,
 * 100 when quadratic, with room for a noisy machine). Times under 5 ms count as 5 ms: below that
 * a ratio is noise, and a quadratic check of 2 MB would take minutes, not milliseconds.
 */
function expectLinear(make: (scale: number) => unknown, run: (input: never) => unknown) {
  run(make(0.01) as never); // warms the code up, so the first timed run is not the compiler's
  const small = make(1) as never;
  const large = make(10) as never;
  const time = (input: never) => {
    const start = process.hrtime.bigint(); // not faked, as performance.now is (setup.ts)
    run(input);
    return Math.max(Number(process.hrtime.bigint() - start) / 1e6, 5);
  };
  const ratio = time(large) / time(small);
  expect(ratio).toBeLessThan(30);
}

const KB = 200_000;
const text = (unit: string) => (scale: number) =>
  unit.repeat(Math.ceil((KB * scale) / unit.length));
const components = { bus: () => null };
const json = { json: true, components };

type Shape = [what: string, make: (scale: number) => unknown, run: (input: never) => unknown];

const strings: Shape[] = [
  ['a background of repeated "rgb("', text('rgb('), isCssValue],
  ['a background of slashes', text('/'), isCssValue],
  ['a background of stars', text('*'), isCssValue],
  ['a srcSet of commas', text(','), srcsetCandidates],
  ['a srcSet URL of trailing commas', (scale) => `a${text(',')(scale)}`, srcsetCandidates],
  ['a srcSet of candidates', text('/a.jpg 1x, '), srcsetCandidates],
  ['a srcSet of open parentheses', (scale) => `/a.jpg ${text('(')(scale)}`, srcsetCandidates],
  [
    'a srcSet of data: URLs full of commas',
    text('data:image/png;base64,A,A,A 1x, '),
    srcsetCandidates,
  ],
  ['text of zero-width spaces', text(ZWSP), isVisible],
  ['text of spaces and format characters', text(' \u00ad\u2060\ufeff'), isVisible],
  ['a URL scheme that never ends', text('a'), urlScheme],
  ['a URL of spaces', text(' '), urlScheme],
  ['a value to describe', text('\u202e"'), describeValue],
  ['a key to name', text('a'), (key: string) => keyPath('frames[0]', key)],
];

const story1000 = (id: string) =>
  story(
    { id },
    Array.from({ length: 1000 }, (_, i) => card({ id: `f${i}` })),
  );
const stories: Shape[] = [
  [
    'stories of 1,000 frames each',
    (scale) => Array.from({ length: 10 * scale }, (_, i) => story1000(`s${i}`)),
    checkStories,
  ],
  [
    'stories whose every frame is wrong',
    (scale) =>
      Array.from({ length: 10 * scale }, (_, i) =>
        story({ id: `s${i}` }, Array(1000).fill(card({ alt: ZWSP }))),
      ),
    checkStories,
  ],
  [
    'frames with many unknown keys (JSON)',
    (scale) =>
      story(
        {},
        Array.from({ length: 100 }, (_, i) => ({
          ...card({ id: `f${i}` }),
          ...Object.fromEntries(Array.from({ length: 200 * scale }, (_, k) => [`k${k}`, k])),
        })),
      ),
    (input: unknown) => checkStory(input, json),
  ],
  [
    'a deep object for props (JSON)',
    (scale) => onFrame(render({ props: nested(10_000 * scale) })),
    (input: unknown) => checkStory(input, json),
  ],
  ['a deep object for a title', (scale) => story({ title: nested(10_000 * scale) }), checkStory],
  [
    'a srcSet of 100,000 commas, in a story',
    (scale) => onFrame(image({ srcSet: ','.repeat(10_000 * scale) })),
    checkStory,
  ],
  [
    'an alt of 1,000,000 zero-width spaces, in a story',
    (scale) => onFrame(card({ alt: ZWSP.repeat(100_000 * scale) })),
    checkStory,
  ],
];

describe('checking is linear in the input', () => {
  it.each(strings)('%s', (_, make, run) => expectLinear(make, run));
  it.each(stories)('%s', (_, make, run) => expectLinear(make, run));
});
