/** What the element pauses and plays. */
interface Playable {
  play(): void;
  pause(): void;
}

/**
 * Pauses the stories while the element is scrolled out of view and plays them again when it
 * comes back — only if it was playing when it left (a story the viewer paused stays paused).
 * Returns the stop. Nothing where there is no IntersectionObserver.
 */
export function watchInView(element: Element, target: () => Playable | null): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  let pausedHere = false;
  const observer = new IntersectionObserver(([entry]) => {
    const stories = target();
    if (!entry || !stories) return;
    const shadow = element.shadowRoot;
    const root =
      shadow?.querySelector('[data-current] [data-hs-root]') ??
      shadow?.querySelector('[data-hs-root]');
    if (!entry.isIntersecting) {
      if (root?.getAttribute('data-state') !== 'playing') return;
      pausedHere = true;
      stories.pause();
    } else if (pausedHere) {
      pausedHere = false;
      stories.play();
    }
  });
  observer.observe(element);
  return () => observer.disconnect();
}
