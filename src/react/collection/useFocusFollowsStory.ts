import { useEffect, useRef } from 'react';

/** When the story changes while the focus was in the collection, it follows to the new stage. */
export function useFocusFollowsStory(viewport: { current: HTMLElement | null }, index: number) {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each story change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = viewport.current;
    const focused = document.activeElement;
    if (!root || (focused && focused !== document.body && !root.contains(focused))) return;
    root
      .querySelector<HTMLElement>('[data-current] [data-hs-stage]')
      ?.focus({ preventScroll: true });
  }, [index]);
}
