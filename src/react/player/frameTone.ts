import { type FrameTone, type Rgb, toneOfBackground, toneOfColors } from '../../engine/frameTone';
import type { Frame } from '../../story/types';

export type { FrameTone };

/**
 * The tone a frame's own data tells: the author's `luminance` / `saturatedRed` win; a card's
 * (or a question's) background is parsed; an image is measured once decoded (`measureImageTone`); a render frame
 * without a given luminance is unknown and takes part in no flash.
 */
export function toneFromData(frame: Frame): FrameTone {
  const background =
    frame.kind === 'card' || frame.kind === 'choice' ? frame.background : undefined;
  const tone: FrameTone =
    background !== undefined && frame.luminance === undefined ? toneOfBackground(background) : {};
  // Only the keys the author gave: the result spreads over measured tones without erasing them.
  if (frame.luminance !== undefined) tone.luminance = frame.luminance;
  if (frame.saturatedRed !== undefined) tone.saturatedRed = frame.saturatedRed;
  return tone;
}

/**
 * Measures a decoded image on a 16×16 canvas. Returns nothing when the canvas cannot be read
 * (a cross-origin image without CORS taints it): such a frame stays unknown to the guard.
 */
export function measureImageTone(image: HTMLImageElement): FrameTone | undefined {
  const size = 16;
  const canvas = image.ownerDocument.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  try {
    context.drawImage(image, 0, 0, size, size);
    const { data } = context.getImageData(0, 0, size, size);
    const pixels: Rgb[] = [];
    for (let i = 0; i < data.length; i += 4)
      pixels.push([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]);
    return toneOfColors(pixels);
  } catch {
    return undefined;
  }
}
