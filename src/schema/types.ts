import type { ReactNode } from 'react';
import type { Frame, FrameContext } from '../react/types';

/** One problem in a story: where (`frames[3].duration`) and what (`expected …, got …`). */
export interface StoryIssue {
  /** Path of the bad field from the input's root: `frames[3].duration`, `stories[0].id`. */
  path: string;
  /** What was expected and what was found: `expected a positive number …, got -200`. */
  message: string;
}

/** The props a JSON `render` frame gives its component: its `props` object, as written. */
export type StoryComponentProps = Readonly<Record<string, unknown>>;

/**
 * Draws a JSON `render` frame: called with the frame's context (animate from `ctx.progress`, so
 * a hold freezes it) and the frame's `props`.
 */
export type StoryComponent = (ctx: FrameContext, props: StoryComponentProps) => ReactNode;

export interface ParseStoryOptions {
  /**
   * The components JSON `render` frames may name, by name. A frame
   * `{ "kind": "render", "component": "bus", "props": { "line": 42 } }` becomes a frame whose
   * `render(ctx)` calls `components.bus(ctx, { line: 42 })`. Without it, a `render` frame is an
   * issue.
   */
  components?: Readonly<Record<string, StoryComponent>>;
}

/** What the safe parsers return: the output, or every issue found. Never throws for bad data. */
export type StoryParseResult<T> =
  | { success: true; output: T }
  | { success: false; issues: StoryIssue[] };

/** The frame type of one kind, from the player's own types. */
export type FrameOf<K extends Frame['kind']> = Extract<Frame, { kind: K }>;
