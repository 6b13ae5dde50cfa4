import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { measureTone } from '../../../src/react/media/measureTone';

/**
 * jsdom draws nothing: the canvas gets a context whose every pixel is `pixel`, and each draw is
 * counted. No `requestIdleCallback` in jsdom: the measure waits a (fake) millisecond instead.
 */
function stubCanvas(pixel: [number, number, number]) {
  const drawn: unknown[] = [];
  const spy = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () =>
      ({
        drawImage: (source: unknown) => drawn.push(source),
        getImageData: (_x: number, _y: number, width: number, height: number) => ({
          data: Uint8ClampedArray.from({ length: width * height * 4 }, (_, i) =>
            i % 4 === 3 ? 255 : (pixel[i % 4] ?? 0),
          ),
        }),
      }) as unknown as CanvasRenderingContext2D,
  );
  return { drawn, restore: () => spy.mockRestore() };
}

const decoded = (src: string) => {
  const image = new Image();
  image.src = src;
  return image;
};

let canvas: ReturnType<typeof stubCanvas>;
beforeEach(() => {
  canvas = stubCanvas([255, 0, 0]);
});
afterEach(() => canvas.restore());

describe('the tone of a decoded image, for the flash guard', () => {
  it('is measured in a later idle moment, never in the task that asks', async () => {
    const tone = measureTone(decoded('/red-1.png'), () => true);
    expect(canvas.drawn).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5);
    await expect(tone).resolves.toEqual({ luminance: expect.closeTo(0.2126, 4), saturatedRed: 1 });
    expect(canvas.drawn).toHaveLength(1);
  });

  it('is measured once per URL, for every image and player that shows it', async () => {
    const first = measureTone(decoded('/red-2.png'), () => true);
    await vi.advanceTimersByTimeAsync(5);
    await first;
    const again = measureTone(decoded('/red-2.png'), () => true);
    await expect(again).resolves.toMatchObject({ saturatedRed: 1 });
    expect(canvas.drawn).toHaveLength(1);
  });

  it('measures one image per idle moment, in the order asked', async () => {
    const tones = ['/a-3.png', '/b-3.png', '/c-3.png'].map((src) =>
      measureTone(decoded(src), () => true),
    );
    await vi.advanceTimersByTimeAsync(1);
    expect(canvas.drawn).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(canvas.drawn).toHaveLength(3);
    expect(canvas.drawn.map((image) => (image as HTMLImageElement).getAttribute('src'))).toEqual([
      '/a-3.png',
      '/b-3.png',
      '/c-3.png',
    ]);
    await Promise.all(tones);
  });

  it('drops an image nobody wants any more before its turn, and measures it when asked again', async () => {
    let wanted = true;
    const dropped = measureTone(decoded('/late-4.png'), () => wanted);
    wanted = false;
    await vi.advanceTimersByTimeAsync(5);
    await expect(dropped).resolves.toBeUndefined();
    expect(canvas.drawn).toHaveLength(0);
    const asked = measureTone(decoded('/late-4.png'), () => true);
    await vi.advanceTimersByTimeAsync(5);
    await expect(asked).resolves.toMatchObject({ saturatedRed: 1 });
  });

  it('lets go of a waiting image as soon as nobody wants it, not at its turn', async () => {
    let wanted = true;
    const first = measureTone(decoded('/first-6.png'), () => true);
    const dropped = measureTone(decoded('/dropped-6.png'), () => wanted);
    wanted = false;
    let settled = false;
    void dropped.then(() => {
      settled = true;
    });
    const third = measureTone(decoded('/third-6.png'), () => true);
    // Nothing measured yet: the waiting job was dropped when the next one was asked.
    await Promise.resolve();
    expect(settled).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    await Promise.all([first, third]);
    expect(canvas.drawn.map((image) => (image as HTMLImageElement).getAttribute('src'))).toEqual([
      '/first-6.png',
      '/third-6.png',
    ]);
  });

  it('leaves a cross-origin image unknown without drawing it: it would taint the canvas', async () => {
    const tone = measureTone(decoded('https://cdn.example.org/photo.jpg'), () => true);
    await vi.advanceTimersByTimeAsync(5);
    await expect(tone).resolves.toBeUndefined();
    expect(canvas.drawn).toHaveLength(0);
  });

  it('decodes a JPEG small, off the main thread, with ImageDecoder where there is one', async () => {
    const frame = { close: vi.fn() };
    const created: ImageDecoderInit[] = [];
    class FakeDecoder {
      static isTypeSupported = async (type: string) => type === 'image/jpeg';
      constructor(init: ImageDecoderInit) {
        created.push(init);
      }
      decode = async () => ({ image: frame, complete: true });
      close = vi.fn();
    }
    vi.stubGlobal('ImageDecoder', FakeDecoder);
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(new Uint8Array([0xff, 0xd8]), { headers: { 'content-type': 'image/jpeg' } }),
      ),
    );
    try {
      const image = decoded('/photo-5.jpg');
      const tone = measureTone(image, () => true);
      await vi.advanceTimersByTimeAsync(5);
      await expect(tone).resolves.toMatchObject({ saturatedRed: 1 });
      expect(created).toMatchObject([{ type: 'image/jpeg', desiredWidth: 16, desiredHeight: 16 }]);
      // The decoded frame was drawn, not the element (which would decode in full, here).
      expect(canvas.drawn).toEqual([frame]);
      expect(frame.close).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
