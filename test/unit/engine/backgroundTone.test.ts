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
