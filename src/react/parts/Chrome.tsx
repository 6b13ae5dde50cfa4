import { type ComponentPropsWithoutRef, forwardRef, useImperativeHandle, useRef } from 'react';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { cx, setInert } from '../util/dom';
import { useBrowserLayoutEffect } from '../util/useLatest';

/**
 * The overlay around the frame (progress, controls). While the messages show it fades out and
 * leaves the accessibility tree and the tab order at once: `inert` from the first frame of the
 * reveal, `visibility: hidden` once faded. In reading mode it stays: it is how the viewer steps.
 */
export const Chrome = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesChrome({ className, ...props }, ref) {
    const { reading } = useStoriesContext('Stories.Chrome');
    const hidden = usePlayerState((state) => state.revealing) && !reading;
    const chrome = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => chrome.current as HTMLDivElement);
    // In the commit itself: a Tab that ends a latch must find the buttons focusable already.
    useBrowserLayoutEffect(() => setInert(chrome.current, hidden), [hidden]);
    return (
      <div
        className={cx('hs-chrome', className)}
        data-hs-chrome
        aria-hidden={hidden || undefined}
        {...props}
        ref={chrome}
      />
    );
  },
);
Chrome.displayName = 'Stories.Chrome';
