import { type ComponentPropsWithoutRef, forwardRef, useEffect, useRef } from 'react';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { cx } from '../util/dom';

/**
 * One segment per frame (`data-state="past|active|upcoming"`). The current one is filled from
 * the progress MotionValue as a transform written straight to the element on each tick: no
 * React render, and a press freezes it on the very display frame it lands in. Hidden from
 * assistive technology: the stage says "Frame n of N".
 */
export const Progress = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesProgress({ className, ...props }, ref) {
    const index = usePlayerState((state) => state.frameIndex);
    const count = usePlayerState((state) => state.frameCount);
    return (
      <div
        className={cx('hs-progress', className)}
        part="progress"
        data-hs-progress
        aria-hidden="true"
        {...props}
        ref={ref}
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
  },
);
Progress.displayName = 'Stories.Progress';

const scale = (value: number) => `scaleX(${value})`;

function Fill() {
  const { progress } = useStoriesContext('Stories.Progress');
  const fill = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const apply = (value: number) => {
      if (fill.current) fill.current.style.transform = scale(value);
    };
    apply(progress.get());
    return progress.on('change', apply);
  }, [progress]);
  return (
    <div ref={fill} className="hs-segment-fill" style={{ transform: scale(progress.get()) }} />
  );
}
