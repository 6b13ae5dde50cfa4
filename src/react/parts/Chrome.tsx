import { type ReactNode, useRef } from 'react';
import { selectRevealing, usePlayerState } from '../hooks';
import { useStoriesContext } from '../StoriesContext';
import { useBrowserLayoutEffect } from '../useLatest';

/**
 * The overlay around the frame (progress, controls). While the messages show it fades out and
 * leaves the accessibility tree and the tab order at once: `inert` from the first frame of the
 * reveal (set on the element: React 18 has no `inert` prop), `visibility: hidden` once faded.
 */
export function Chrome({ className, children }: { className?: string; children?: ReactNode }) {
  const { reading } = useStoriesContext('Stories.Chrome');
  // In reading mode the messages always show and the chrome stays: it is how the viewer steps.
  const hidden = usePlayerState(selectRevealing) && !reading;
  const chrome = useRef<HTMLDivElement>(null);
  // In the commit itself: a Tab that ends a latch must find the buttons focusable already.
  useBrowserLayoutEffect(() => {
    if (chrome.current) chrome.current.inert = hidden;
  }, [hidden]);
  return (
    <div
      ref={chrome}
      className={className ? `hs-chrome ${className}` : 'hs-chrome'}
      data-hs-chrome
      aria-hidden={hidden || undefined}
    >
      {children}
    </div>
  );
}
