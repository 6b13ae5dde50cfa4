// What the benchmark page exposes to the Node side as `window.__bench`: the same record for
// both libraries, filled from each one's own callbacks, so every figure is computed the same way.
import type { FrameSet } from './frames';

/** The libraries the page can mount (`?lib=ours|theirs`). */
export type BenchLibrary = 'ours' | 'theirs';

/** A frame change as the page received it from the library's own callback. */
export interface BenchChange {
  /** The frame that starts showing. */
  index: number;
  /** `performance.now()` inside the callback. */
  t: number;
  /** The library's own time of the boundary, where it gives one (ours: the event's `at`). */
  at?: number;
}

export interface BenchRecord {
  lib: BenchLibrary;
  /** The pictures played (`?set=svg|raster`, default svg). */
  set: FrameSet;
  /** Playback rate asked for (ours: `playbackRate`; theirs: every duration divided by it). */
  rate: number;
  loop: boolean;
  /** Frame durations at 1×, ms: one per frame (`?frames=` of them, default 40). */
  durations: readonly number[];
  /** Ours: `onFrameChange`; theirs: `onStoryStart`. */
  changes: BenchChange[];
  /** When the last frame finished (ours: `onEnded`; theirs: `onStoryEnd` of the last), or -1. */
  endedAt: number;
  /** `performance.now()` of every React commit inside the player (a `<Profiler>` around it). */
  commits: number[];
  /** The library's own "next frame" command (ours: the ref's `next()`; theirs: → key). */
  next(): void;
  /** What the progress bar shows (every segment's fill), read from computed styles. */
  progress(): string;
  /** Index of the frame the progress bar shows as current (how many segments are full). */
  shownIndex(): number;
}

declare global {
  interface Window {
    __bench: BenchRecord;
  }
}

/** The props both library entries take. */
export interface BenchEntryProps {
  record: BenchRecord;
}
