/** Class names, skipping the empty ones: `cx('hs-stage', className)`. */
export const cx = (...names: (string | false | undefined)[]): string =>
  names.filter(Boolean).join(' ');

/**
 * Calls the user's handler first, then ours unless the user's called `preventDefault()`
 * (Radix's composition rule): a part's own behaviour can be turned off per event.
 */
export function compose<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}

/** Sets `inert` on an element: React 18 has no `inert` prop. */
export function setInert(element: HTMLElement | null, inert: boolean): void {
  if (element) element.inert = inert;
}
