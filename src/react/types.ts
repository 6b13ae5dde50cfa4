import type { MotionValue } from 'framer-motion';
import type { ReactNode } from 'react';

/** A hidden message: shown only while the viewer holds the frame. Rendered as text, never HTML. */
export interface RevealMessage {
  text: string;
  /** Who says it ("Léa, 4e B"); shown above the text. */
  from?: string;
  /** Where on the frame. Default `'center'`. */
  placement?: 'top' | 'center' | 'bottom';
}

interface FrameBase {
  /** Unique within the story. */
  id: string;
  /** How long the frame shows at 1×, in ms. The story's `playbackRate` divides it. */
  duration: number;
  /** What the frame shows, in words: read by screen readers and shown when media fails. */
  alt: string;
  /** The frame's hidden messages. */
  reveal?: RevealMessage[];
  /**
   * Relative luminance 0→1 for the flash guard. Cards are measured from their background and
   * images from their pixels; give it for `render` frames, or to override a measurement.
   */
  luminance?: number;
  /** Share 0→1 of the frame that is saturated red, for the flash guard. */
  saturatedRed?: number;
}

/** A coloured card with optional text. */
export interface CardFrame extends FrameBase {
  kind: 'card';
  /** Any CSS background: a colour or a gradient. */
  background: string;
  text?: string;
}

/** A still image. The next frames' images are preloaded and decoded before they show. */
export interface ImageFrame extends FrameBase {
  kind: 'image';
  src: string;
  srcSet?: string;
  sizes?: string;
  /** Focal point, 0→1 from the left and the top; kept in view when the image is cropped. */
  focal?: [x: number, y: number];
}

/** Anything React renders. Animate it from `ctx.progress` so a hold freezes it too. */
export interface RenderFrame extends FrameBase {
  kind: 'render';
  render: (ctx: FrameContext) => ReactNode;
}

export type Frame = CardFrame | ImageFrame | RenderFrame;
export type FrameKind = Frame['kind'];

/** What a `render` frame receives. */
export interface FrameContext {
  /** The frame's progress 0→1 as a MotionValue: frozen on a hold, scaled by the rate. */
  progress: MotionValue<number>;
  /** True while this frame is the one showing. */
  active: boolean;
  /** True while the viewer holds the frame and its messages show. */
  revealing: boolean;
  index: number;
  frame: RenderFrame;
}

export interface Story {
  id: string;
  title: string;
  /** The story's own fast-forward factor; the `playbackRate` prop wins over it. */
  playbackRate?: number;
  frames: Frame[];
}
