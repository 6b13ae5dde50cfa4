import type { Frame, Story } from 'react-hold-stories';
import {
  analyzeFlashes,
  type FlashAnalysis,
  type FrameTone,
  toneOfBackground,
} from 'react-hold-stories/engine';

/** Where a frame's luminance comes from, as the flash guard sees it before playing. */
export type LuminanceReading =
  | { source: 'data'; value: number }
  | { source: 'card'; value: number }
  | { source: 'runtime' }
  | { source: 'unknown' };

export interface FrameInspection {
  frame: Frame;
  index: number;
  /**
   * The rate the analysis gives the frame: `playbackRate`, or lower where the flash guard caps
   * it. (The panel shows the rate the player itself reports next to it.)
   */
  effectiveRate: number;
  /** True when the flash guard slows this frame below `playbackRate`. */
  slowed: boolean;
  luminance: LuminanceReading;
  /** The whole story's cuts at `playbackRate`, from the frames' data. */
  flashes: FlashAnalysis;
  /** True when some frames are images, whose luminance is only measured once decoded. */
  hasImages: boolean;
}

/**
 * What the inspector panel reads for frame `index` of `story` at `playbackRate`, with the flash
 * guard in its default mode (`'slow'`): `analyzeFlashes` (the analysis the player runs) on the
 * tones the frames' data gives before anything is measured.
 */
export function inspectFrame(story: Story, index: number, playbackRate: number): FrameInspection {
  const frame = story.frames[index] as Frame;
  const flashes = analyzeFlashes(
    story.frames.map((each) => ({ duration: each.duration, ...toneFromData(each) })),
    playbackRate,
  );
  const effectiveRate = Math.min(playbackRate, flashes.rateCaps[index] ?? playbackRate);
  return {
    frame,
    index,
    effectiveRate,
    slowed: effectiveRate < playbackRate,
    luminance: readLuminance(frame),
    flashes,
    hasImages: story.frames.some((each) => each.kind === 'image'),
  };
}

/** The author's `luminance` / `saturatedRed` win; a card's background tells the rest. */
function toneFromData(frame: Frame): FrameTone {
  const card = frame.kind === 'card' && frame.luminance === undefined;
  const tone = card ? toneOfBackground(frame.background) : {};
  if (frame.luminance !== undefined) tone.luminance = frame.luminance;
  if (frame.saturatedRed !== undefined) tone.saturatedRed = frame.saturatedRed;
  return tone;
}

function readLuminance(frame: Frame): LuminanceReading {
  if (frame.luminance !== undefined) return { source: 'data', value: frame.luminance };
  const { luminance } = toneFromData(frame);
  if (frame.kind === 'card' && luminance !== undefined) return { source: 'card', value: luminance };
  return frame.kind === 'image' ? { source: 'runtime' } : { source: 'unknown' };
}
