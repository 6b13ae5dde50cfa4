import { createTimeline, type Timeline } from './createTimeline';
import { analyzeFlashes, type FlashAnalysis } from './flashSafety';
import { devWarning } from './logger';
import type { EngineFrame, FlashGuard, Logger } from './types';

// Declared here rather than taken from @types/node: the engine compiles with the ES library only.
declare const process: { env: Record<string, string | undefined> };

/**
 * Lays the frames out at a rate, through the flash guard: with `'slow'` the frames of an
 * offending span play no faster than their safe rate; `'slow'` and `'warn'` name them in a
 * development warning.
 */
export function layoutFrames(
  frames: readonly EngineFrame[],
  playbackRate: number,
  guard: FlashGuard,
  logger: Logger,
): Timeline {
  if (guard === 'off' || !frames.some(hasTone)) return createTimeline(frames, playbackRate);
  const analysis = analyzeFlashes(frames, playbackRate);
  if (process.env.NODE_ENV !== 'production')
    warnFlashes(frames, analysis, playbackRate, guard, logger);
  return createTimeline(frames, playbackRate, guard === 'slow' ? analysis.rateCaps : []);
}

/** Names the offending frames in a development warning (production stays silent). */
function warnFlashes(
  frames: readonly EngineFrame[],
  analysis: FlashAnalysis,
  playbackRate: number,
  guard: FlashGuard,
  logger: Logger,
): void {
  for (const span of analysis.offending) {
    const first = frames[span.from]?.id;
    const last = frames[span.to]?.id;
    const named = span.from === span.to ? `frame ${first}` : `frames ${first} to ${last}`;
    const action = guard === 'slow' ? 'slowed to stay at 3' : 'not slowed (flashGuard="warn")';
    devWarning(
      logger,
      `${named} (${span.to - span.from + 1}) flash ${span.flashesPerSecond} times a second at ×${playbackRate} ` +
        `(${span.kind}); ${action} flashes a second or fewer (WCAG 2.3.1)`,
    );
  }
}

function hasTone(frame: EngineFrame): boolean {
  return frame.luminance !== undefined || frame.saturatedRed !== undefined;
}
