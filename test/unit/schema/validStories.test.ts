import { parseStory } from 'react-hold-stories/schema';
import { describe, expect, it } from 'vitest';
import example from '../../../stories/docs/exampleStory.json';
import { card, story } from './fixtures';

describe('a valid story comes back as it was written', () => {
  it('returns the docs example unchanged, as new objects', () => {
    const parsed = parseStory(example);
    expect(parsed).toEqual(example);
    expect(parsed).not.toBe(example);
    expect(parsed.frames).not.toBe(example.frames);
    expect(parsed.frames[0]).not.toBe(example.frames[0]);
  });

  it('keeps every optional field of every kind', () => {
    const input = story({ playbackRate: 6 }, [
      card({
        luminance: 0.02,
        saturatedRed: 0,
        reveal: [
          { text: 'Nobody sits next to me.', from: 'Sam', placement: 'top' },
          { text: 'Again.' },
        ],
      }),
      {
        id: 'hall',
        kind: 'image',
        duration: 2000,
        alt: 'A school corridor.',
        src: '/hall.jpg',
        srcSet: '/hall-2x.jpg 2x',
        sizes: '100vw',
        focal: [0, 1],
      },
      {
        id: 'yard',
        kind: 'video',
        duration: 4000,
        alt: 'The school yard at break.',
        src: '/yard.mp4',
        poster: '/yard.jpg',
      },
    ]);
    expect(parseStory(input)).toEqual(input);
  });

  it('adds no key that was not written (absent optional fields stay absent)', () => {
    const [frame] = parseStory(story()).frames;
    expect(Object.keys(frame ?? {}).sort()).toEqual(
      ['alt', 'background', 'duration', 'id', 'kind', 'text'].sort(),
    );
  });

  it('survives JSON text: what JSON.stringify writes, parseStory reads back', () => {
    const input = story({ playbackRate: 5 }, [card({ reveal: [{ text: 'Hi' }] })]);
    expect(parseStory(JSON.parse(JSON.stringify(input)))).toEqual(input);
  });

  it('accepts an empty title and a background it cannot judge, as the player does', () => {
    expect(() => parseStory(story({ title: '' }, [card({ background: '' })]))).not.toThrow();
  });
});
