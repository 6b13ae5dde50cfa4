import { type FrameTone, toneOfBackground, toneOfRgba } from '../../engine/frameTone';
import type { Frame } from '../../story/types';

export type { FrameTone };

/**
 * The tone a frame's own data tells: the author's `luminance` / `saturatedRed` win; a card's
 * (or a question's) background is parsed; an image is measured once decoded (`measureImageTone`);
 * a render frame without a given luminance is unknown and takes part in no flash.
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

/** The side (px) of the square a picture is reduced to before its tone is read. */
export const TONE_SAMPLE_SIZE = 16;

/**
 * Measures a decoded picture (an image, or a frame an `ImageDecoder` gave) by drawing it on a
 * 16×16 canvas of `document`. Returns nothing when the canvas cannot be read (a cross-origin
 * image without CORS taints it): such a frame stays unknown to the guard. Drawing an image
 * element decodes it again, on the calling thread: call it off the critical path (measureTone).
 */
export function measureImageTone(
  source: CanvasImageSource,
  document: Document,
): FrameTone | undefined {
  const size = TONE_SAMPLE_SIZE;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  try {
    context.drawImage(source, 0, 0, size, size);
    return toneOfRgba(context.getImageData(0, 0, size, size).data);
  } catch {
    return undefined;
  }
}
