// Not a public export yet: the tone the player itself reads from a frame's data.
import {
  analyzeFlashes,
  type FlashAnalysis,
  type Frame,
  type Story,
  toneFromData,
} from 'react-hold-stories';

/** Where a frame's luminance comes from, as the flash guard sees it before playing. */
export type LuminanceReading =
  | { source: 'data'; value: number }
  | { source: 'card'; value: number }
  | { source: 'runtime' }
  | { source: 'unknown' };

export interface FrameInspection {
  frame: Frame;
  index: number;
  /** The rate the frame really plays at: `playbackRate`, or lower where the flash guard caps it. */
  effectiveRate: number;
  /** True when the flash guard slows this frame below `playbackRate`. */
  slowed: boolean;
  /** How long the frame is on screen, in ms: `duration / effectiveRate`. */
  onScreenMs: number;
  luminance: LuminanceReading;
  /** The whole story's cuts at `playbackRate`, from the frames' data. */
  flashes: FlashAnalysis;
  /** True when some frames are images, whose luminance is only measured once decoded. */
  hasImages: boolean;
}

/**
 * What the inspector panel reads for frame `index` of `story` at `playbackRate`, with the flash
 * guard in its default mode (`'slow'`): the same analysis the player runs, on the same data.
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
    onScreenMs: frame.duration / effectiveRate,
    luminance: readLuminance(frame),
    flashes,
    hasImages: story.frames.some((each) => each.kind === 'image'),
  };
}

function readLuminance(frame: Frame): LuminanceReading {
  if (frame.luminance !== undefined) return { source: 'data', value: frame.luminance };
  const { luminance } = toneFromData(frame);
  if (frame.kind === 'card' && luminance !== undefined) return { source: 'card', value: luminance };
  return frame.kind === 'image' ? { source: 'runtime' } : { source: 'unknown' };
}
