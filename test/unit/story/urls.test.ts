import { parseStory, safeParseStory } from 'react-hold-stories/schema';
import { describe, expect, it, vi } from 'vitest';
import { checkStory } from '../../../src/story/checkStory';
import { formatIssue } from '../../../src/story/issues';
import { srcsetCandidates } from '../../../src/story/srcset';
import { IMAGE_URLS, isAllowedUrl, urlScheme, VIDEO_URLS } from '../../../src/story/urls';
import { image, onFrame, video } from './hostileInputs';

const lines = (issues: ReturnType<typeof checkStory>) => issues.map(formatIssue);

describe('a URL is read as a browser reads it', () => {
  it.each([
    ['https://example.com/a.jpg', 'https'],
    ['HTTP://example.com/a.jpg', 'http'],
    [' javascript:alert(1) ', 'javascript'],
    ['a:b', 'a'],
    ['data:image/png;base64,AA', 'data'],
    ['/a.jpg', ''],
    ['a.jpg', ''],
    ['//cdn.example.com/a.jpg', ''],
    ['?v=2', ''],
    // Not a scheme for the URL parser: it starts with a digit, or stops at `&` or a space.
    ['1a:b', ''],
    ['javascript&colon;alert(1)', ''],
    ['javascript :alert(1)', ''],
    // A browser strips or drops control characters (`java\tscript:` is `javascript:`): refused.
    ['java\tscript:alert(1)', undefined],
    ['\u0000https://example.com', undefined],
    ['https://example.com/\u0085', undefined],
  ])('%j has the scheme %j', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  it('knows images from videos', () => {
    expect(isAllowedUrl('data:image/svg+xml,<svg/>', IMAGE_URLS)).toBe(true);
    expect(isAllowedUrl('DATA:IMAGE/PNG;base64,AA', IMAGE_URLS)).toBe(true);
    expect(isAllowedUrl('data:image/png;base64,AA', VIDEO_URLS)).toBe(false);
    expect(isAllowedUrl('data:,image/', IMAGE_URLS)).toBe(false);
    expect(isAllowedUrl('blob:https://example.com/1', VIDEO_URLS)).toBe(true);
  });
});

describe('srcSet is split as the HTML parser splits it', () => {
  it.each([
    [
      '/a.jpg 1x, /b.jpg 2x',
      [
        ['/a.jpg', ' 1x'],
        ['/b.jpg', ' 2x'],
      ],
    ],
    [
      '/a.jpg 640w,/b.jpg 1280w',
      [
        ['/a.jpg', ' 640w'],
        ['/b.jpg', ' 1280w'],
      ],
    ],
    // A URL is a run of non-spaces: commas inside it (data: URLs) stay, trailing ones end it.
    [
      'data:image/png;base64,A,B 1x,/c.jpg',
      [
        ['data:image/png;base64,A,B', ' 1x'],
        ['/c.jpg', ''],
      ],
    ],
    ['/a.jpg,/b.jpg', [['/a.jpg,/b.jpg', '']]],
    [
      '/a.jpg,, /b.jpg',
      [
        ['/a.jpg', ''],
        ['/b.jpg', ''],
      ],
    ],
    [
      '/a.jpg\t2x\n,\n/b.jpg',
      [
        ['/a.jpg', '\t2x\n'],
        ['/b.jpg', ''],
      ],
    ],
    // Not split inside parentheses by a browser: `(` is then no descriptor, and is refused.
    [
      '/a.jpg (1x, /b.jpg) 2x',
      [
        ['/a.jpg', ' (1x'],
        ['/b.jpg)', ' 2x'],
      ],
    ],
    [' ,\t,\n', []],
  ])('%j', (srcSet, candidates) => {
    expect(srcsetCandidates(srcSet)).toEqual(candidates);
  });
});

describe('the default URL policy', () => {
  it.each([
    '/hall.jpg',
    'hall.jpg',
    '../img/hall.jpg',
    '//cdn.example.com/hall.jpg',
    'https://example.com/hall.jpg?next=javascript:alert(1)',
    'HTTP://example.com/hall.jpg',
    ' https://example.com/hall.jpg ',
    'blob:https://example.com/5d5c6a1e',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/svg+xml,%3Csvg%2F%3E',
    `data:image/png;base64,${'A'.repeat(1_000_000 - 22)}`,
    `https://example.com/${'a'.repeat(2048 - 20)}`,
  ])('lets an image have %s', (src) => {
    expect(checkStory(onFrame(image({ src, srcSet: src, sizes: '100vw' })))).toEqual([]);
    expect(checkStory(onFrame(video({ poster: src })))).toEqual([]);
  });

  it.each(['/yard.mp4', 'https://example.com/yard.webm', 'blob:https://example.com/5d5c6a1e'])(
    'lets a video have %s',
    (src) => {
      expect(checkStory(onFrame(video({ src })))).toEqual([]);
    },
  );

  it('refuses a srcSet a browser could read another way (a comma in parentheses)', () => {
    expect(
      lines(checkStory(onFrame(image({ srcSet: '/a.jpg (1x, javascript:alert(1)) 2x' })))),
    ).toEqual([
      'frames[0].srcSet: expected image candidates ("a.jpg 640w, b.jpg 2x"), got "/a.jpg (1x, javascript:alert(1)) 2x"',
    ]);
  });
});

describe('allowUrl narrows the policy, never widens it', () => {
  const cdn = (url: string) => url.startsWith('https://cdn.example.com/');

  it('refuses what it refuses, naming it', () => {
    const input = onFrame(image({ src: '/hall.jpg' }));
    expect(lines(checkStory(input, { allowUrl: cdn }))).toEqual([
      'frames[0].src: expected an image URL allowed by allowUrl, got "/hall.jpg"',
    ]);
    expect(lines(checkStory(onFrame(video()), { allowUrl: cdn, path: 'story' }))).toEqual([
      'story.frames[0].src: expected a video URL allowed by allowUrl, got "/yard.mp4"',
    ]);
  });

  it('cannot let through what the default refuses', () => {
    const input = onFrame(image({ src: 'javascript:alert(1)' }));
    expect(lines(checkStory(input, { allowUrl: () => true }))).toEqual([
      'frames[0].src: expected an image URL (https:, http:, relative, blob: or data:image/…), got "javascript:alert(1)"',
    ]);
  });

  it('is asked about each URL the default allows, with its path', () => {
    const allowUrl = vi.fn(() => true);
    const input = onFrame(image({ srcSet: '/a.jpg 1x, /b.jpg 2x, javascript:x 3x' }));
    checkStory(
      { ...input, frames: [...input.frames, video({ poster: '/p.jpg' })] },
      {
        allowUrl,
        path: 'story',
      },
    );
    expect(allowUrl.mock.calls).toEqual([
      ['/hall.jpg', 'story.frames[0].src'],
      ['/a.jpg', 'story.frames[0].srcSet'],
      ['/b.jpg', 'story.frames[0].srcSet'],
      ['/yard.mp4', 'story.frames[1].src'],
      ['/p.jpg', 'story.frames[1].poster'],
    ]);
  });

  it('counts only `true` as yes', () => {
    const maybe = (() => 'yes') as unknown as () => boolean;
    expect(checkStory(onFrame(image()), { allowUrl: maybe })).toHaveLength(1);
  });

  it('is an option of the schema too, checked as one', () => {
    expect(safeParseStory(onFrame(image()), { allowUrl: cdn })).toEqual({
      success: false,
      issues: [
        {
          path: 'frames[0].src',
          message: 'expected an image URL allowed by allowUrl, got "/hall.jpg"',
        },
      ],
    });
    const src = 'https://cdn.example.com/hall.jpg';
    expect(parseStory(onFrame(image({ src })), { allowUrl: cdn }).frames[0]).toMatchObject({ src });
    expect(() => parseStory(onFrame(image()), { allowUrl: 'cdn' as never })).toThrow(
      'options.allowUrl: expected a function (url, path) => boolean, got "cdn"',
    );
  });
});
