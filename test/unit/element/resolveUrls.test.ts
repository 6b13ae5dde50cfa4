import { describe, expect, it } from 'vitest';
import { resolveUrls } from '../../../src/element/resolveUrls';

const BASE = 'https://stories.example.org/campaign/histoires.json';

describe("a story file's media URLs", () => {
  it('are read against the file: src, each srcSet candidate, poster, avatar', () => {
    const story = {
      id: 's',
      avatar: 'faces/jade.svg',
      frames: [
        { id: 'a', src: 'img/a.svg', srcSet: 'img/a-1.jpg 1x, /abs/a-2.jpg 2x' },
        { id: 'b', src: 'https://cdn.example.com/b.mp4', poster: '../posters/b.jpg' },
        { id: 'c', cta: { label: 'Help', href: 'aide.html' } },
      ],
    };
    expect(resolveUrls(story, BASE)).toEqual({
      id: 's',
      avatar: 'https://stories.example.org/campaign/faces/jade.svg',
      frames: [
        {
          id: 'a',
          src: 'https://stories.example.org/campaign/img/a.svg',
          srcSet:
            'https://stories.example.org/campaign/img/a-1.jpg 1x, https://stories.example.org/abs/a-2.jpg 2x',
        },
        {
          id: 'b',
          src: 'https://cdn.example.com/b.mp4',
          poster: 'https://stories.example.org/posters/b.jpg',
        },
        // A link is the page's, not the file's.
        { id: 'c', cta: { label: 'Help', href: 'aide.html' } },
      ],
    });
    // The input is left as it was.
    expect(story.frames[0]?.src).toBe('img/a.svg');
  });

  it('of every story of a list or a collection; anything else is left for the check to judge', () => {
    const list = [{ frames: [{ src: 'a.svg' }] }];
    expect(resolveUrls(list, BASE)).toEqual([
      { frames: [{ src: 'https://stories.example.org/campaign/a.svg' }] },
    ]);
    expect(resolveUrls({ stories: list }, BASE)).toEqual({
      stories: [{ frames: [{ src: 'https://stories.example.org/campaign/a.svg' }] }],
    });
    for (const odd of [null, 'x', 3, { frames: 'none' }, { frames: [null, 7, { src: 42 }] }]) {
      expect(resolveUrls(odd, BASE)).toEqual(odd);
    }
    // Schemes are not relative: javascript: stays for the check to refuse, data: as it is.
    const bad = { frames: [{ src: 'javascript:alert(1)' }, { src: 'data:image/png,x' }] };
    expect(resolveUrls(bad, BASE)).toEqual(bad);
  });
});
