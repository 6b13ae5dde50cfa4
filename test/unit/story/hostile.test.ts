import { safeParseStory } from 'react-hold-stories/schema';
import { describe, expect, it } from 'vitest';
import { jsonRenderRules } from '../../../src/schema/jsonRenderRules';
import { checkStories, checkStory } from '../../../src/story/checkStory';
import { formatIssue, type StoryIssue } from '../../../src/story/issues';
import {
  a,
  card,
  image,
  message,
  nested,
  onFrame,
  type Row,
  render,
  story,
  video,
  withKey,
  ZWSP,
} from './hostileInputs';

const TEXT = 'expected a non-empty string';
const ALT = 'expected a text alternative (a non-empty string)';
const CSS =
  'expected one CSS background value (no ";", "{", "}", "<", ">", "\\", "!", "@" or comments)';
const PAINT = 'expected a colour or a gradient (an image is an image frame, its URL checked)';
const IMAGE_URL = 'expected an image URL (https:, http:, relative, blob: or data:image/…)';
const CANDIDATES = 'expected image candidates ("a.jpg 640w, b.jpg 2x")';
const VIDEO_URL = 'expected a video URL (https:, http:, relative or blob:)';
const LONGEST = 'expected at most 86,400,000 milliseconds (24 hours)';
const RATE = 'expected a rate from 0.01 to 100';
const PROPS = 'expected at most 1,000 values, 20 levels deep, got more';
const ELEMENT = { $$typeof: Symbol.for('react.element'), type: 'img', props: {} };
const frames = (count: number) => Array.from({ length: count }, (_, i) => card({ id: `f${i}` }));
const background = (value: string) => onFrame(card({ background: value }));
const src = (value: string) => onFrame(image({ src: value }));
const srcSet = (value: string) => onFrame(image({ srcSet: value }));
const props = (value: unknown) => onFrame(render({ props: value }));
const json = JSON.parse;

// biome-ignore format: one hostile input a line, a table to read down
const rows: Row[] = [
  // The story
  ['an avatar with a script URL', story({ avatar: 'javascript:alert(1)' }), `avatar: ${IMAGE_URL}, got "javascript:alert(1)"`, 'both'],
  ['a subtitle of 301 characters', story({ subtitle: a(301) }), 'subtitle: expected at most 300 characters, got 301 characters', 'both'],
  ['an id of 201 characters', story({ id: a(201) }), 'id: expected at most 200 characters, got 201 characters', 'both'],
  ['an id of 10,000,000 spaces', story({ id: ' '.repeat(1e7) }), 'id: expected at most 200 characters, got 10,000,000 characters', 'both'],
  ['an id of zero-width spaces', story({ id: ZWSP.repeat(3) }), `id: ${TEXT}, got "\\u200b\\u200b\\u200b"`, 'both'],
  ['an id of joiners', story({ id: '\u200c\u200d' }), `id: ${TEXT}, got "\\u200c\\u200d"`, 'both'],
  ['an id of a word joiner and a BOM', story({ id: '\u2060\ufeff' }), `id: ${TEXT}, got "\\u2060\\ufeff"`, 'both'],
  ['an id of a soft hyphen', story({ id: '\u00ad' }), `id: ${TEXT}, got "\\u00ad"`, 'both'],
  ['an id of a right-to-left override', story({ id: '\u202e' }), `id: ${TEXT}, got "\\u202e"`, 'both'],
  ['an id of no-break spaces', story({ id: '\u00a0\u3000' }), `id: ${TEXT}, got "\\u00a0\\u3000"`, 'both'],
  ['an id of a Hangul filler', story({ id: '\u3164' }), `id: ${TEXT}, got "\\u3164"`, 'both'],
  ['an id of a variation selector and a tag', story({ id: '\ufe0f\u{e0041}' }), `id: ${TEXT}, got "\\ufe0f\\u{e0041}"`, 'both'],
  ['a title of 301 characters', story({ title: a(301) }), 'title: expected at most 300 characters, got 301 characters', 'both'],
  ['a title of 1,000,000 characters', story({ title: a(1e6) }), 'title: expected at most 300 characters, got 1,000,000 characters', 'both'],
  ['a title that is an object', story({ title: { toString: () => 'x' } }), 'title: expected a string, got an object', 'both'],
  ['a rate of 1,000', story({ playbackRate: 1000 }), `playbackRate: ${RATE}, got 1000`, 'both'],
  ['a rate of 0.001', story({ playbackRate: 0.001 }), `playbackRate: ${RATE}, got 0.001`, 'both'],
  ['the largest number as a rate', story({ playbackRate: Number.MAX_VALUE }), `playbackRate: ${RATE}, got 1.7976931348623157e+308`, 'both'],
  ['the smallest number as a rate', story({ playbackRate: Number.MIN_VALUE }), `playbackRate: ${RATE}, got 5e-324`, 'both'],
  ['1,001 frames', story({}, frames(1001)), 'frames: expected at most 1,000 frames, got 1,001 frames', 'both'],
  ['a billion frames (a sparse array)', story({ frames: new Array(1e9) }), 'frames: expected at most 1,000 frames, got 1,000,000,000 frames', 'both'],
  ['a __proto__ key', withKey(story(), '__proto__', { polluted: true }), '__proto__: unknown key', 'json'],
  ['a constructor key', withKey(story(), 'constructor', { prototype: {} }), 'constructor: unknown key', 'json'],
  ['a prototype key', withKey(story(), 'prototype', {}), 'prototype: unknown key', 'json'],
  ['a key of 1,000,000 characters', withKey(story(), a(1e6), 1), `["${a(80)}…" (1,000,000 characters)]: unknown key`, 'json'],
  ['a key with a right-to-left override', withKey(story(), 'ti\u202eelt', 1), '["ti\\u202eelt"]: unknown key', 'json'],
  // A frame
  ['a frame id of 201 characters', onFrame(card({ id: a(201) })), 'frames[0].id: expected at most 200 characters, got 201 characters', 'both'],
  ['a frame id of invisible characters', onFrame(card({ id: '\u200b\u00ad\t' })), `frames[0].id: ${TEXT}, got "\\u200b\\u00ad\\t"`, 'both'],
  ['a duration above 24 hours', onFrame(card({ duration: 86_400_001 })), `frames[0].duration: ${LONGEST}, got 86400001`, 'both'],
  ['the largest number as a duration', onFrame(card({ duration: Number.MAX_VALUE })), `frames[0].duration: ${LONGEST}, got 1.7976931348623157e+308`, 'both'],
  ['an alt of 2,345 characters', onFrame(card({ alt: a(2345) })), 'frames[0].alt: expected at most 2,000 characters, got 2,345 characters', 'both'],
  ['an alt of 1,000,000 zero-width spaces', onFrame(card({ alt: ZWSP.repeat(1e6) })), 'frames[0].alt: expected at most 2,000 characters, got 1,000,000 characters', 'both'],
  ['an alt of zero-width spaces', onFrame(card({ alt: ZWSP.repeat(3) })), `frames[0].alt: ${ALT}, got "\\u200b\\u200b\\u200b"`, 'both'],
  ['an alt of format characters', onFrame(card({ alt: '\u2060\ufeff\u00ad\u200e' })), `frames[0].alt: ${ALT}, got "\\u2060\\ufeff\\u00ad\\u200e"`, 'both'],
  ['an alt of spaces and a Hangul filler', onFrame(card({ alt: ' \u3164 ' })), `frames[0].alt: ${ALT}, got " \\u3164 "`, 'both'],
  ['an alt of line separators', onFrame(card({ alt: '\u2028\u2029\n' })), `frames[0].alt: ${ALT}, got "\\u2028\\u2029\\n"`, 'both'],
  ['a background that ends its declaration', background('red;position:fixed;inset:0'), `frames[0].background: ${CSS}, got "red;position:fixed;inset:0"`, 'both'],
  ['a background that closes its rule', background('red}body{display:none'), `frames[0].background: ${CSS}, got "red}body{display:none"`, 'both'],
  ['a background with !important', background('red !important'), `frames[0].background: ${CSS}, got "red !important"`, 'both'],
  ['a background with tags', background('</style><script>'), `frames[0].background: ${CSS}, got "</style><script>"`, 'both'],
  ['a background with a comment', background('red/**/'), `frames[0].background: ${CSS}, got "red/**/"`, 'both'],
  ['a background that ends a comment', background('red*/'), `frames[0].background: ${CSS}, got "red*/"`, 'both'],
  ['a background with an at-rule', background('@import url(x.css)'), `frames[0].background: ${CSS}, got "@import url(x.css)"`, 'both'],
  ['a background with a CSS escape', background('red\\3b position:fixed'), `frames[0].background: ${CSS}, got "red\\\\3b position:fixed"`, 'both'],
  ['a background with a newline', background('red\nposition:fixed'), `frames[0].background: ${CSS}, got "red\\nposition:fixed"`, 'both'],
  ['a background with a NUL', background('red\u0000'), `frames[0].background: ${CSS}, got "red\\u0000"`, 'both'],
  ['a background that loads an image', background('url(https://tracker.example/pixel.gif)'), `frames[0].background: ${PAINT}, got "url(https://tracker.example/pixel.gif)"`, 'both'],
  ['a background that paints an image set', background('IMAGE-SET("a.png" 1x)'), `frames[0].background: ${PAINT}, got "IMAGE-SET(\\"a.png\\" 1x)"`, 'both'],
  ['a background of 2,001 characters', background(`#${a(2000)}`), 'frames[0].background: expected at most 2,000 characters, got 2,001 characters', 'both'],
  ['a background of 50,000 "rgb("', background('rgb('.repeat(50_000)), 'frames[0].background: expected at most 2,000 characters, got 200,000 characters', 'both'],
  ['a background that is a number', onFrame(card({ background: 7 })), 'frames[0].background: expected a CSS background (a string), got 7', 'both'],
  ['card text that is an object', onFrame(card({ text: { a: 1 } })), 'frames[0].text: expected a string, got an object', 'both'],
  ['card text shaped like a React element', onFrame(card({ text: ELEMENT })), 'frames[0].text: expected a string, got an object', 'both'],
  ['card text that is 0', onFrame(card({ text: 0 })), 'frames[0].text: expected a string, got 0', 'both'],
  ['card text that is a list', onFrame(card({ text: ['<b>'] })), 'frames[0].text: expected a string, got an array', 'both'],
  ['card text of 2,001 characters', onFrame(card({ text: a(2001) })), 'frames[0].text: expected at most 2,000 characters, got 2,001 characters', 'both'],
  ['a frame __proto__ key', onFrame(withKey(card(), '__proto__', { kind: 'image' })), 'frames[0].__proto__: unknown key', 'json'],
  ['a frame constructor key', onFrame(withKey(card(), 'constructor', 1)), 'frames[0].constructor: unknown key', 'json'],
  ['a frame prototype key', onFrame(withKey(card(), 'prototype', 1)), 'frames[0].prototype: unknown key', 'json'],
  // A hidden message
  ['a message of 2,001 characters', message({ text: a(2001) }), 'frames[0].reveal[0].text: expected at most 2,000 characters, got 2,001 characters', 'both'],
  ['a message of zero-width spaces', message({ text: ZWSP.repeat(10) }), `frames[0].reveal[0].text: ${TEXT}, got "${'\\u200b'.repeat(10)}"`, 'both'],
  ['a message shaped like a React element', message({ text: ELEMENT }), `frames[0].reveal[0].text: ${TEXT}, got an object`, 'both'],
  ['an author of 2,001 characters', message({ from: a(2001) }), 'frames[0].reveal[0].from: expected at most 2,000 characters, got 2,001 characters', 'both'],
  ['21 messages', onFrame(card({ reveal: Array(21).fill({ text: 'Hi' }) })), 'frames[0].reveal: expected at most 20 messages, got 21 messages', 'both'],
  ['a message __proto__ key', onFrame(card({ reveal: [withKey({ text: 'Hi' }, '__proto__', {})] })), 'frames[0].reveal[0].__proto__: unknown key', 'json'],
  ['a message constructor key', onFrame(card({ reveal: [withKey({ text: 'Hi' }, 'constructor', {})] })), 'frames[0].reveal[0].constructor: unknown key', 'json'],
  // Images
  ['a javascript: src', src('javascript:alert(1)'), `frames[0].src: ${IMAGE_URL}, got "javascript:alert(1)"`, 'both'],
  ['a JAVASCRIPT: src', src('JAVASCRIPT:alert(1)'), `frames[0].src: ${IMAGE_URL}, got "JAVASCRIPT:alert(1)"`, 'both'],
  ['a javascript: src after spaces', src('  javascript:alert(1)'), `frames[0].src: ${IMAGE_URL}, got "  javascript:alert(1)"`, 'both'],
  ['a javascript: src after a NUL', src('\u0000javascript:alert(1)'), `frames[0].src: ${IMAGE_URL}, got "\\u0000javascript:alert(1)"`, 'both'],
  ['a tab in the scheme', src('java\tscript:alert(1)'), `frames[0].src: ${IMAGE_URL}, got "java\\tscript:alert(1)"`, 'both'],
  ['a newline in the scheme', src('java\nscript:alert(1)'), `frames[0].src: ${IMAGE_URL}, got "java\\nscript:alert(1)"`, 'both'],
  ['a DEL in the scheme', src('java\u007fscript:alert(1)'), `frames[0].src: ${IMAGE_URL}, got "java\\u007fscript:alert(1)"`, 'both'],
  ['a vbscript: src', src('vbscript:msgbox(1)'), `frames[0].src: ${IMAGE_URL}, got "vbscript:msgbox(1)"`, 'both'],
  ['a data:text/html src', src('data:text/html,<script>alert(1)</script>'), `frames[0].src: ${IMAGE_URL}, got "data:text/html,<script>alert(1)</script>"`, 'both'],
  ['a file: src', src('file:///etc/passwd'), `frames[0].src: ${IMAGE_URL}, got "file:///etc/passwd"`, 'both'],
  ['an ftp: src', src('ftp://example.com/a.jpg'), `frames[0].src: ${IMAGE_URL}, got "ftp://example.com/a.jpg"`, 'both'],
  ['a src of a zero-width space', src(ZWSP), 'frames[0].src: expected an image URL, got "\\u200b"', 'both'],
  ['a src of 2,049 characters', src(`https://example.com/${a(2029)}`), 'frames[0].src: expected at most 2,048 characters, got 2,049 characters', 'both'],
  ['a data: image of 1,000,022 characters', src(`data:image/png;base64,${'A'.repeat(1e6)}`), 'frames[0].src: expected at most 1,000,000 characters, got 1,000,022 characters', 'both'],
  ['a long javascript: src, quoted in part', src(`javascript:${a(3000)}`), `frames[0].src: ${IMAGE_URL}, got "javascript:${a(69)}…" (3,011 characters)`, 'both'],
  ['a javascript: candidate', srcSet('/a.jpg 1x, javascript:alert(1) 2x'), `frames[0].srcSet: ${IMAGE_URL}, got "javascript:alert(1)"`, 'both'],
  ['a srcSet of commas', srcSet(',,,,'), `frames[0].srcSet: ${TEXT}, got ",,,,"`, 'both'],
  ['a srcSet of 100,000 commas', srcSet(','.repeat(1e5)), `frames[0].srcSet: ${TEXT}, got "${','.repeat(80)}…" (100,000 characters)`, 'both'],
  ['a data:text/html candidate after a data: image', srcSet('data:image/png;base64,AA 1x, data:text/html,<b>x</b> 2x'), `frames[0].srcSet: ${IMAGE_URL}, got "data:text/html,<b>x</b>"`, 'both'],
  ['a comma in parentheses, that a browser would not split at', srcSet('/a.jpg (, b)x,javascript:alert(1)'), `frames[0].srcSet: ${CANDIDATES}, got "/a.jpg (, b)x,javascript:alert(1)"`, 'both'],
  ['a tab inside a javascript: candidate', srcSet('java\tscript:alert(1)'), `frames[0].srcSet: ${CANDIDATES}, got "java\\tscript:alert(1)"`, 'both'],
  ['a space inside a javascript: candidate', srcSet('/a.jpg 1x, java script:alert(1)'), `frames[0].srcSet: ${CANDIDATES}, got "/a.jpg 1x, java script:alert(1)"`, 'both'],
  ['a URL where a descriptor goes', srcSet('/a.jpg javascript:alert(1)'), `frames[0].srcSet: ${CANDIDATES}, got "/a.jpg javascript:alert(1)"`, 'both'],
  ['a candidate URL with a comma inside', srcSet('vbscript:x,/a.jpg'), `frames[0].srcSet: ${IMAGE_URL}, got "vbscript:x,/a.jpg"`, 'both'],
  ['a candidate of 2,049 characters', srcSet(`https://example.com/${a(2029)} 2x`), 'frames[0].srcSet: expected at most 2,048 characters, got 2,049 characters', 'both'],
  ['a srcSet of 1,000,001 characters', srcSet(a(1_000_001)), 'frames[0].srcSet: expected at most 1,000,000 characters, got 1,000,001 characters', 'both'],
  ['sizes of 2,001 characters', onFrame(image({ sizes: a(2001) })), 'frames[0].sizes: expected at most 2,000 characters, got 2,001 characters', 'both'],
  ['sizes of a zero-width space', onFrame(image({ sizes: ZWSP })), `frames[0].sizes: ${TEXT}, got "\\u200b"`, 'both'],
  // Videos
  ['a data: video', onFrame(video({ src: 'data:video/webm;base64,AAAA' })), `frames[0].src: ${VIDEO_URL}, got "data:video/webm;base64,AAAA"`, 'both'],
  ['a data: image as a video', onFrame(video({ src: 'data:image/png;base64,AA' })), `frames[0].src: ${VIDEO_URL}, got "data:image/png;base64,AA"`, 'both'],
  ['a javascript: video', onFrame(video({ src: 'javascript:alert(1)' })), `frames[0].src: ${VIDEO_URL}, got "javascript:alert(1)"`, 'both'],
  ['a video src of 2,049 characters', onFrame(video({ src: `/${a(2048)}` })), 'frames[0].src: expected at most 2,048 characters, got 2,049 characters', 'both'],
  ['a javascript: poster', onFrame(video({ poster: 'javascript:alert(1)' })), `frames[0].poster: ${IMAGE_URL}, got "javascript:alert(1)"`, 'both'],
  ['a data:text/html poster', onFrame(video({ poster: 'data:text/html,x' })), `frames[0].poster: ${IMAGE_URL}, got "data:text/html,x"`, 'both'],
  ['a poster of a BOM', onFrame(video({ poster: '\ufeff' })), `frames[0].poster: ${TEXT}, got "\\ufeff"`, 'both'],
  // JSON render frames: their props go to a component
  ['a __proto__ prop', props(json('{"__proto__": {"isAdmin": true}}')), 'frames[0].props.__proto__: reserved key', 'json'],
  ['a constructor prop', props({ constructor: 1 }), 'frames[0].props.constructor: reserved key', 'json'],
  ['a nested prototype prop', props({ user: { prototype: {} } }), 'frames[0].props.user.prototype: reserved key', 'json'],
  ['a __proto__ key in a list in props', props(json('{"list": [{"__proto__": {}}]}')), 'frames[0].props.list[0].__proto__: reserved key', 'json'],
  ['props 21 levels deep', props(nested(21)), `frames[0].props: ${PROPS}`, 'json'],
  ['props 100,000 levels deep', props(nested(1e5)), `frames[0].props: ${PROPS}`, 'json'],
  ['props of 1,001 values', props({ list: Array(1000).fill(0) }), `frames[0].props: ${PROPS}`, 'json'],
  ['props with a sparse list of a billion', props({ list: new Array(1e9) }), `frames[0].props: ${PROPS}`, 'json'],
  ['a render frame __proto__ key', onFrame(withKey(render(), '__proto__', { render: 1 })), 'frames[0].__proto__: unknown key', 'json'],
  ['a component named __proto__', onFrame(render({ component: '__proto__' })), 'frames[0].component: expected one of "bus", got "__proto__"', 'json'],
  ['a component name of 10,000,000 characters', onFrame(render({ component: a(1e7) })), `frames[0].component: expected one of "bus", got "${a(80)}…" (10,000,000 characters)`, 'json'],
];

const components = { bus: () => null };
/** The first issue as a line; cut, so that a failure shows a short diff, not megabytes. */
const first = (issues: readonly StoryIssue[]) =>
  issues[0] ? formatIssue(issues[0]).slice(0, 1000) : 'no issue';
/** The same issue when the input is named `story` (the player's path). */
const named = (issue: string) => `story${/^[[:]/.test(issue) ? '' : '.'}${issue}`;

describe('a hostile story gets one exact first issue, wherever it is checked', () => {
  it.each(rows)('%s', (_, input, issue, mode) => {
    const checks =
      mode === 'both'
        ? [{}, { json: true, render: jsonRenderRules(components) }]
        : [{ json: true, render: jsonRenderRules(components) }];
    for (const options of checks) {
      expect(first(checkStory(input, options))).toBe(issue);
      expect(first(checkStory(input, { ...options, path: 'story' }))).toBe(named(issue));
    }
    const parsed = safeParseStory(input, { components });
    expect(parsed.success ? 'no issue' : first(parsed.issues)).toBe(issue);
  });

  it('has a row for every class of hostile input (at least 60)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });
});

describe('a hostile list of stories', () => {
  const list = (count: number) => Array.from({ length: count }, (_, i) => story({ id: `s${i}` }));

  // biome-ignore format: one hostile input a line
  it.each([
    ['101 stories', list(101), 'stories: expected at most 100 stories, got 101 stories'],
    ['a sparse list of a billion', new Array(1e9), 'stories: expected at most 100 stories, got 1,000,000,000 stories'],
    ['a __proto__ key in a story', [story(), withKey(story({ id: 'b' }), '__proto__', {})], 'stories[1].__proto__: unknown key'],
  ])('%s', (_, input, issue) => {
    expect(first(checkStories(input, { json: true }))).toBe(issue);
  });

  it('accepts 100 stories', () => {
    expect(checkStories(list(100))).toEqual([]);
  });
});
