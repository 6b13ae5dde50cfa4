import { type ReactNode, useEffect, useRef } from 'react';
import { selectRevealing, usePlayerState } from '../hooks';

/**
 * The overlay around the frame (progress, controls). While the messages show it fades out and
 * leaves the accessibility tree and the tab order at once: `inert` from the first frame of the
 * reveal (set on the element: React 18 has no `inert` prop), `visibility: hidden` once faded.
 */
export function Chrome({ className, children }: { className?: string; children?: ReactNode }) {
  const revealing = usePlayerState(selectRevealing);
  const chrome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (chrome.current) chrome.current.inert = revealing;
  }, [revealing]);
  return (
    <div
      ref={chrome}
      className={className ? `hs-chrome ${className}` : 'hs-chrome'}
      data-hs-chrome
      aria-hidden={revealing || undefined}
    >
      {children}
    </div>
  );
}
