import { describe, expect, it } from 'vitest';
import { toneFromData } from '../../../src/react/player/frameTone';

const question = {
  id: 'q',
  kind: 'choice',
  duration: 1000,
  alt: 'A question',
  question: 'What now?',
  options: [{ label: 'a' }, { label: 'b' }],
} as const;

describe('the tone a frame tells by its data', () => {
  it('reads a question’s background as a card’s, for the flash guard', () => {
    expect(
      toneFromData({ ...question, options: [...question.options], background: '#fff' }),
    ).toEqual({ luminance: 1, saturatedRed: 0 });
    expect(
      toneFromData({
        ...question,
        options: [...question.options],
        background: '#fff',
        luminance: 0.2,
      }),
    ).toEqual({ luminance: 0.2 });
    // The skin's own background is not the data's: unknown, as a render frame's.
    expect(toneFromData({ ...question, options: [...question.options] })).toEqual({});
  });
});
