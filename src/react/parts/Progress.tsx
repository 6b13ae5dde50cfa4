import { useEffect, useRef } from 'react';
import { selectFrameCount, selectFrameIndex, usePlayerState } from '../hooks';
import { useStoriesContext } from '../StoriesContext';

/**
 * One segment per frame. Past segments are full and upcoming ones empty (CSS); the current one
 * is filled from the progress MotionValue as a transform, written straight to the element on
 * each tick: no React render, and a press freezes it on the very display frame it lands in.
 */
export function Progress({ className }: { className?: string }) {
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
          {segment === index && <Fill />}
        </div>
      ))}
    </div>
  );
}

function Fill() {
  const { progress } = useStoriesContext('Stories.Progress');
  const fill = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const apply = (value: number) => {
      if (fill.current) fill.current.style.transform = `scaleX(${value})`;
    };
    apply(progress.get());
    return progress.on('change', apply);
  }, [progress]);
  return (
    <div
      ref={fill}
      className="hs-segment-fill"
      style={{ transform: `scaleX(${progress.get()})` }}
    />
  );
}
