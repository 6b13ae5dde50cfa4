import { m } from 'framer-motion';
import { selectFrameCount, selectFrameIndex, usePlayerState } from '../hooks';
import { useStoriesContext } from '../StoriesContext';

/**
 * One segment per frame. Past segments are full and upcoming ones empty (CSS); the current one
 * is filled by the progress MotionValue as a transform, so it moves without a React render and
 * freezes on the display frame of a press.
 */
export function Progress({ className }: { className?: string }) {
  const { progress } = useStoriesContext('Stories.Progress');
  const index = usePlayerState(selectFrameIndex);
  const count = usePlayerState(selectFrameCount);

  return (
    // Hidden from assistive technology: the stage says "Frame n of N".
    <div
      className={className ? `hs-progress ${className}` : 'hs-progress'}
      data-hs-progress
      aria-hidden="true"
    >
      {Array.from({ length: count }, (_, segment) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positions, not items
          key={segment}
          className="hs-segment"
          data-hs-segment
          data-state={segment < index ? 'past' : segment === index ? 'active' : 'upcoming'}
        >
          {segment === index && <m.div className="hs-segment-fill" style={{ scaleX: progress }} />}
        </div>
      ))}
    </div>
  );
}
