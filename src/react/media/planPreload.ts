import type { FlashGuard } from '../../engine';
import { createTimeline } from '../../engine/createTimeline';
import { analyzeFlashes } from '../../engine/flashSafety';
import type { Frame } from '../../story/types';
import { toEngineFrames } from '../player/engineFrames';
import type { FrameTone } from '../player/frameTone';

/** How far ahead (ms of playback as it will be shown) the images are kept fetched and decoded. */
export const PRELOAD_HORIZON_MS = 1500;

/**
 * Before a story's first frame plays, how much of the playback after it (ms as it will be shown)
 * is made ready too: the preloading starts with a lead, so a story of 40 ms frames at 8× does
 * not wait on its second, third and fourth frames while the first pictures decode together.
 */
export const START_LEAD_MS = 250;
/** The longest the first frame waits for that lead (ms), should an image ahead never come. */
export const START_LEAD_MAX_WAIT_MS = 1000;

/**
 * The most images kept ahead of the current frame, whatever the horizon asks: a story of 25 ms
 * frames at 8× would otherwise want 480. Each holds its file and, while the browser keeps it,
 * its decoded pixels (about 8 MB for 1080 × 1920). A larger `preloadAhead` raises it.
 */
export const MAX_IMAGES_AHEAD = 24;

/**
 * Each frame's time on screen (ms) at `rate`, as the player will show it: a video plays no
 * faster than its own cap, and with the flash guard on `'slow'` (its default) the frames of a
 * span that would flash are stretched to their safe rate — from the tones known so far (the
 * data's, and the measured ones in `tones`, by frame id).
 */
export function effectiveSpans(
  frames: readonly Frame[],
  rate: number,
  tones: Map<string, FrameTone>,
  guard: FlashGuard = 'slow',
): number[] {
  const engine = toEngineFrames(frames, { tones, durations: new Map() });
  const toned = engine.some(
    (frame) => frame.luminance !== undefined || frame.saturatedRed !== undefined,
  );
  const slowed = guard === 'slow' && toned;
  const timeline = createTimeline(
    engine,
    rate,
    slowed ? analyzeFlashes(engine, rate).rateCaps : [],
  );
  return engine.map((_, index) => timeline.span(index));
}

export interface PreloadPlanInput {
  /** Each frame's time on screen (`effectiveSpans`). */
  spans: readonly number[];
  index: number;
  loop: boolean;
  /** Frames always kept ahead, however long they last (`preloadAhead`). */
  minAhead: number;
  /** Whether frame `i` has an image to keep (its own, or a video's poster). */
  hasImage(index: number): boolean;
  horizonMs?: number;
  maxImagesAhead?: number;
}

/**
 * The frames whose images to keep, most needed first: the current one, then those ahead until
 * the next `horizonMs` of playback after the current frame's end is covered (at least
 * `minAhead` frames; at most `maxImagesAhead` images, or `minAhead` if larger; past the end to
 * the first frame again when the story loops), then the one behind (a step back shows at once).
 */
export function planPreload({
  spans,
  index,
  loop,
  minAhead,
  hasImage,
  horizonMs = PRELOAD_HORIZON_MS,
  maxImagesAhead = MAX_IMAGES_AHEAD,
}: PreloadPlanInput): number[] {
  const count = spans.length;
  const plan = [index];
  const cap = Math.max(maxImagesAhead, minAhead);
  let covered = 0;
  let images = 0;
  for (let ahead = 1; ahead < count; ahead++) {
    if (ahead > minAhead && covered >= horizonMs) break;
    let next = index + ahead;
    if (next >= count) {
      if (!loop) break;
      next -= count;
    }
    if (hasImage(next)) {
      if (images === cap) break;
      images++;
    }
    plan.push(next);
    covered += spans[next] ?? 0;
  }
  if (index > 0 && !plan.includes(index - 1)) plan.push(index - 1);
  return plan;
}

/**
 * The frames ahead of the first one whose images it waits for before it plays: the next
 * `START_LEAD_MS` of playback, at least `minAhead` frames (see `createStartLead`).
 */
export function planStartLead(input: PreloadPlanInput): number[] {
  const { index } = input;
  return planPreload({ ...input, horizonMs: START_LEAD_MS }).filter(
    (at) => at !== index && at !== index - 1,
  );
}
