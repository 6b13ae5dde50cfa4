/**
 * Flash safety (WCAG 2.3.1, three flashes or below threshold). A cut between two frames is a
 * luminance transition; at a high playback rate a story of alternating dark and light frames
 * becomes a strobe. This module finds where, and how fast each frame may safely play.
 */

/** A change of at least this much relative luminance (0→1) is a transition… */
export const FLASH_LUMINANCE_DELTA = 0.1;
/** …when the darker side is below this relative luminance. */
export const FLASH_DARK_LIMIT = 0.8;
/** A frame is "saturated red" when at least this share of it is (R / (R + G + B) ≥ 0.8). */
export const SATURATED_RED_SHARE = 0.25;
/** At most three flashes, i.e. six opposing transitions, in any one-second window. */
export const MAX_FLASHES_PER_SECOND = 3;
const MAX_TRANSITIONS = MAX_FLASHES_PER_SECOND * 2;
const WINDOW_MS = 1000;
// Capped frames play a thousandth slower than the limit: at the limit itself the seventh cut
// would sit exactly on the window's edge, and a rounding error would pull it inside.
const CAP_MARGIN = 0.999;

/** What the analysis needs of a frame; unknown luminance takes part in no transition. */
export interface FlashFrame {
  /** ms at 1× */
  duration: number;
  /** Relative luminance 0→1 (WCAG), averaged over the frame. */
  luminance?: number;
  /** Share of the frame (0→1) that is saturated red. */
  saturatedRed?: number;
}

export type FlashKind = 'general' | 'red';

export interface FlashTransition {
  kind: FlashKind;
  /** The frame the cut leads to. */
  frameIndex: number;
  /** When the cut shows, in ms from the story's start at the analysed rate. */
  at: number;
}

export interface FlashSpan {
  kind: FlashKind;
  /** First and last frame of the span whose cuts flash too often. */
  from: number;
  to: number;
  /** The most flashes in one second inside the span at the analysed rate. */
  flashesPerSecond: number;
}

export interface FlashAnalysis {
  transitions: FlashTransition[];
  /** The most flashes in any one-second window at the analysed rate, per kind. */
  maxFlashesPerSecond: Record<FlashKind, number>;
  /** Spans over the limit at the analysed rate (empty when the story is safe). */
  offending: FlashSpan[];
  /** The fastest single rate at which the whole story is safe (`Infinity` if any rate is). */
  safeRate: number;
  /** Per frame, the fastest rate it may play at so that no window exceeds the limit. */
  rateCaps: number[];
}

/**
 * Analyses a story's cuts at `playbackRate`: every transition, the flashes per second, the
 * offending spans, the safe rate and per-frame rate caps. Pure: give it the frames' luminance
 * (and saturated-red share) and durations.
 * @example analyzeFlashes([{ duration: 500, luminance: 0 }, { duration: 500, luminance: 1 }], 8)
 */
export function analyzeFlashes(frames: readonly FlashFrame[], playbackRate: number): FlashAnalysis {
  const starts = contentStarts(frames);
  const rateCaps = frames.map(() => Number.POSITIVE_INFINITY);
  const transitions: FlashTransition[] = [];
  const offending: FlashSpan[] = [];
  const maxFlashesPerSecond: Record<FlashKind, number> = { general: 0, red: 0 };
  let safeRate = Number.POSITIVE_INFINITY;

  for (const kind of ['general', 'red'] as const) {
    const cuts = findTransitions(frames, kind);
    for (const frameIndex of cuts) {
      transitions.push({ kind, frameIndex, at: (starts[frameIndex] ?? 0) / playbackRate });
    }
    maxFlashesPerSecond[kind] = mostInWindow(cuts, starts, playbackRate) / 2;
    // Seven transitions in a row must span at least a second: that bounds the rate of every
    // frame between them.
    for (let k = 0; k + MAX_TRANSITIONS < cuts.length; k++) {
      const first = cuts[k] as number;
      const seventh = cuts[k + MAX_TRANSITIONS] as number;
      const limit = ((starts[seventh] ?? 0) - (starts[first] ?? 0)) / WINDOW_MS;
      safeRate = Math.min(safeRate, limit);
      if (limit >= playbackRate) continue;
      for (let frame = first; frame < seventh; frame++) {
        rateCaps[frame] = Math.min(rateCaps[frame] as number, limit * CAP_MARGIN);
      }
      addSpan(offending, { kind, from: first, to: seventh - 1, flashesPerSecond: 0 });
    }
  }
  for (const span of offending) {
    const cuts = findTransitions(frames, span.kind).filter(
      (i) => i >= span.from && i <= span.to + 1,
    );
    span.flashesPerSecond = mostInWindow(cuts, starts, playbackRate) / 2;
  }
  transitions.sort((a, b) => a.at - b.at);
  return { transitions, maxFlashesPerSecond, offending, safeRate, rateCaps };
}

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
export function relativeLuminance(red: number, green: number, blue: number): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** True for a colour WCAG calls saturated red: R / (R + G + B) ≥ 0.8. */
export function isSaturatedRed(red: number, green: number, blue: number): boolean {
  const sum = red + green + blue;
  return sum > 0 && red / sum >= 0.8;
}

/** Each frame's start in ms at 1×. */
function contentStarts(frames: readonly FlashFrame[]): number[] {
  const starts = [0];
  for (const frame of frames) starts.push((starts.at(-1) as number) + frame.duration);
  return starts;
}

/**
 * The frames a counted transition leads to. Only opposing transitions count: a staircase of
 * cuts in one direction is one change, as in WCAG's "pair of opposing changes".
 */
function findTransitions(frames: readonly FlashFrame[], kind: FlashKind): number[] {
  const cuts: number[] = [];
  let lastDirection = 0;
  for (let i = 1; i < frames.length; i++) {
    const direction = transitionDirection(
      frames[i - 1] as FlashFrame,
      frames[i] as FlashFrame,
      kind,
    );
    if (direction === 0 || direction === lastDirection) continue;
    cuts.push(i);
    lastDirection = direction;
  }
  return cuts;
}

function transitionDirection(from: FlashFrame, to: FlashFrame, kind: FlashKind): number {
  if (kind === 'red') {
    const before = (from.saturatedRed ?? 0) >= SATURATED_RED_SHARE;
    const after = (to.saturatedRed ?? 0) >= SATURATED_RED_SHARE;
    return before === after ? 0 : after ? 1 : -1;
  }
  if (from.luminance === undefined || to.luminance === undefined) return 0;
  const delta = to.luminance - from.luminance;
  if (Math.abs(delta) < FLASH_LUMINANCE_DELTA) return 0;
  return Math.min(from.luminance, to.luminance) < FLASH_DARK_LIMIT ? Math.sign(delta) : 0;
}

/** The most transitions that fall in one half-open one-second window at `rate`. */
function mostInWindow(cuts: readonly number[], starts: readonly number[], rate: number): number {
  let most = 0;
  let end = 0;
  for (let k = 0; k < cuts.length; k++) {
    const from = (starts[cuts[k] as number] ?? 0) / rate;
    end = Math.max(end, k);
    while (end < cuts.length && (starts[cuts[end] as number] ?? 0) / rate - from < WINDOW_MS) end++;
    most = Math.max(most, end - k);
  }
  return most;
}

function addSpan(spans: FlashSpan[], span: FlashSpan): void {
  const last = spans.at(-1);
  if (last && last.kind === span.kind && span.from <= last.to + 1)
    last.to = Math.max(last.to, span.to);
  else spans.push(span);
}
