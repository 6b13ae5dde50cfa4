import { relativeLuminance, toneOfBackground } from 'react-hold-stories/engine';
import { describe, expect, it } from 'vitest';

describe('the tone of a CSS background', () => {
  it('reads a colour in hex, rgb(), hsl() or by name', () => {
    expect(toneOfBackground('#fff')).toEqual({ luminance: 1, saturatedRed: 0 });
    expect(toneOfBackground('#000000')).toEqual({ luminance: 0, saturatedRed: 0 });
    expect(toneOfBackground('rgb(255 0 0)')).toEqual({
      luminance: relativeLuminance(255, 0, 0),
      saturatedRed: 1,
    });
    expect(toneOfBackground('hsl(0, 0%, 100%)').luminance).toBeCloseTo(1, 10);
    expect(toneOfBackground('navy').luminance).toBeCloseTo(relativeLuminance(0, 0, 128), 10);
  });

  it('knows no colour by the names every object has (a card once crashed on "constructor")', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(toneOfBackground(word)).toEqual({});
      expect(toneOfBackground(`linear-gradient(${word}, #fff)`)).toEqual({
        luminance: 1,
        saturatedRed: 0,
      });
    }
  });

  it('weighs a gradient’s stops the same, and skips what is not a colour', () => {
    expect(toneOfBackground('linear-gradient(165deg, #000 10%, #fff)')).toEqual({
      luminance: 0.5,
      saturatedRed: 0,
    });
  });

  it('knows nothing of what it cannot read: no tone, no flash decision', () => {
    expect(toneOfBackground('url(a.png)')).toEqual({});
    expect(toneOfBackground('')).toEqual({});
  });
});

describe('a background it cannot read is unknown, never an error', () => {
  it.each([
    'rgb(var(--brand))',
    'rgb(from red r g b)',
    'rgb(1, 2)',
    'rgb(1 2 3 4 5)',
    'hsl(1turn 20% 30%)',
    'color-mix(in srgb, red, blue)',
    'linear-gradient(red, var(--brand))',
    'url(photo.jpg) center / cover',
    '#12',
  ])('%s', (background) => {
    const tone = toneOfBackground(background);
    expect(tone).toEqual({});
  });

  it('reads in time linear in its length, whatever the text', () => {
    const time = (background: string) => {
      const start = performance.now();
      toneOfBackground(background);
      return performance.now() - start;
    };
    for (const unit of ['rgb(', 'hsl(1,', 'linear-gradient(', '#', 'a']) {
      time(unit.repeat(2_000)); // warm up
      const small = Math.max(time(unit.repeat(16_000)), 0.5);
      const large = time(unit.repeat(160_000));
      // Ten times the text: about ten times the time, far from the hundred of a quadratic scan.
      expect(large / small, unit).toBeLessThan(40);
    }
  });
});
