import type { RefObject } from 'react';
import { windowHolds } from '../../engine';
import type { Frame } from '../../story/types';
import { useStoriesContext } from '../context';
import { useBrowserLayoutEffect } from '../util/useLatest';

/**
 * Shows each glimpse in `layer` (`data-hs-glimpse`: its message's index in `frame`) only while
 * its message's window holds the frame's instant, as the frame plays — set straight on the
 * elements as progress moves, so React still renders only when frames change.
 */
export function useGlimpseWindows(layer: RefObject<HTMLElement | null>, frame: Frame | undefined) {
  const { progress } = useStoriesContext('Stories.RevealLayer');
  // Before the paint: a glimpse outside its window is never seen.
  useBrowserLayoutEffect(() => {
    if (!frame?.reveal?.some((message) => message.at)) return;
    const glimpses = [...(layer.current?.querySelectorAll<HTMLElement>('[data-hs-glimpse]') ?? [])];
    const show = (share: number) => {
      const time = share * frame.duration;
      for (const glimpse of glimpses) {
        const message = frame.reveal?.[Number(glimpse.dataset.hsGlimpse)];
        glimpse.hidden = !windowHolds(message?.at, time);
      }
    };
    show(progress.get());
    return progress.on('change', show);
  });
}
