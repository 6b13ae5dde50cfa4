import type { MotionValue } from 'framer-motion';
import type { ReactNode } from 'react';

/** A hidden message: shown only while the viewer holds the frame. Rendered as text, never HTML. */
export interface RevealMessage {
  text: string;
  /** Who says it ("Léa, 4e B"); shown above the text. */
  from?: string;
  /** Where on the frame. Default `'center'`. */
  placement?: 'top' | 'center' | 'bottom';
  /**
   * When in the frame it holds: `[start, end]` in the frame's own ms at 1× (the unit of
   * `duration`), start inclusive, end exclusive. A hold shows it only when the frozen instant is
   * inside; without `at` it holds for the whole frame. Windows may overlap (shown together).
   */
  at?: [start: number, end: number];
}

/**
 * A link on a frame: a real `<a href>` at its bottom, and a swipe up on the stage follows it too.
 * `href` is `https:`, `http:`, `mailto:`, `tel:` or relative.
 */
export interface CallToAction {
  label: string;
  href: string;
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
  /** A link the viewer can follow from the frame (`onAction` fires first). */
  cta?: CallToAction;
  /**
   * The frame's still moment, 0→1 of its length (default 0): the instant it shows when time does
   * not run — reading mode (a frame with timed messages stops at each of them instead),
   * Storybook's frozen views, and a server render's first paint.
   */
  still?: number;
}

/** A coloured card with optional text. */
export interface CardFrame extends FrameBase {
  kind: 'card';
  /** Any CSS background: a colour or a gradient. */
  background: string;
  text?: string;
}

/**
 * A still image. The next frames' images are fetched and decoded before they show; a frame
 * whose image is late waits for it (its time does not run), and an image that fails shows its
 * `alt` text instead and fires `onError`.
 */
export interface ImageFrame extends FrameBase {
  kind: 'image';
  src: string;
  /** Candidates for other widths or densities (`<img srcset>`), e.g. `"a-640.jpg 640w, a-1280.jpg 1280w"`. */
  srcSet?: string;
  /** Which width the image shows at (`<img sizes>`), for `srcSet`'s `w` candidates. */
  sizes?: string;
  /**
   * Focal point, 0→1 from the left and the top (`[0.5, 0.5]`, the centre, by default); kept in
   * view when the image is cropped to fill the frame (CSS `object-position`).
   */
  focal?: [x: number, y: number];
}

/**
 * A video, muted by default (the viewer can turn the sound on; the choice is kept across
 * frames). Its own clock drives the frame: once its metadata is known the frame lasts the
 * video's length, and `duration` is only the length assumed until then (kept when the video
 * has none, e.g. a live stream). The story's rate becomes the video's `playbackRate`, at most
 * 16× (browsers refuse faster): above that the video frame plays at 16× and lasts longer. A hold
 * or a pause stops the video on the same picture; buffering pauses the progress.
 */
export interface VideoFrame extends FrameBase {
  kind: 'video';
  src: string;
  /** An image shown until the video can play, and while it loads. */
  poster?: string;
  /**
   * A WebVTT file whose cues become the frame's timed messages (read by the browser's own
   * parser, a `<track kind="metadata">`): cue text → `text`, a `<v Name>` voice → `from`, the
   * cue's `line` → `placement`. The frame waits for it as for its video; one that fails to load
   * fires `error` (`kind: 'track'`) and the video plays without them.
   */
  cues?: string;
  /**
   * A WebVTT captions file (`<track kind="captions">`), shown by the browser over the video when
   * the viewer turns captions on (the CC toggle; the choice holds across frames). At 6× nobody
   * reads them: they are for reading mode and holds, where the picture stands still.
   */
  captions?: string;
}

/** Anything React renders. Animate it from `ctx.progress` so a hold freezes it too. */
export interface RenderFrame extends FrameBase {
  kind: 'render';
  render: (ctx: FrameContext) => ReactNode;
}

/** One answer to a `choice` frame's question. */
export interface ChoiceOption {
  label: string;
  /** The right answer of a quiz: at most one option per question is marked. */
  correct?: boolean;
  /** Shown once the viewer has chosen this option, until they move on. */
  feedback?: string;
}

/**
 * A question with 2 to 4 options, the answers real buttons. Its time runs as any frame's, but
 * the story waits at its end until the viewer moves on: no time limit on a decision. An answer
 * is given once, fires `onAnswer` and shows the option's `feedback`; coming back shows it again.
 * With one option marked `correct` it is a quiz: the answer then shows which one was right.
 */
export interface ChoiceFrame extends FrameBase {
  kind: 'choice';
  question: string;
  options: ChoiceOption[];
  /** A colour or a gradient behind the question, as a card's. */
  background?: string;
}

export type Frame = CardFrame | ImageFrame | VideoFrame | RenderFrame | ChoiceFrame;
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
  /** Names the story for assistive technology, and in its header (`header`). */
  title: string;
  /** A line under the title in the header: who, when (`"Jade, 12 ans"`). */
  subtitle?: string;
  /** A small picture beside the title in the header: an image URL (the URL policy applies). */
  avatar?: string;
  /** The story's own fast-forward factor; the `playbackRate` prop wins over it. */
  playbackRate?: number;
  frames: Frame[];
}

/** The props a JSON `render` frame gives its component: its `props` object, as written. */
export type StoryComponentProps = Readonly<Record<string, unknown>>;

/**
 * Draws a JSON `render` frame: called with the frame's context (animate from `ctx.progress`, so
 * a hold freezes it) and the frame's `props`.
 */
export type StoryComponent = (ctx: FrameContext, props: StoryComponentProps) => ReactNode;

/** The components JSON `render` frames may name, by name. */
export type StoryComponents = Readonly<Record<string, StoryComponent>>;
