/**
 * How a collection moves between stories: a flat `slide`, a 3D `cube` (Instagram's), or a
 * `fade` (what both become when the viewer prefers reduced motion).
 */
export type StoryTransition = 'slide' | 'cube' | 'fade';

/**
 * Places each mounted story pane for a track offset `x` (px; negative moves towards the next
 * story in LTR). `slot` is a pane's place relative to the current story (-1, 0, +1); `dirSign`
 * is 1 in LTR and -1 in RTL, where the next story comes from the left.
 */
export function placePane(
  pane: HTMLElement,
  slot: number,
  x: number,
  width: number,
  transition: StoryTransition,
  dirSign: 1 | -1,
): void {
  const style = pane.style;
  if (transition === 'fade') {
    // Panes stacked; the one the finger is bringing in fades in over the current one.
    const share = width > 0 ? Math.min(Math.abs(x) / width, 1) : 0;
    const incoming = slot !== 0 && Math.sign(-x) * dirSign === Math.sign(slot);
    style.transform = '';
    style.opacity = String(slot === 0 ? 1 - share : incoming ? share : 0);
    style.zIndex = slot === 0 ? '1' : incoming ? '2' : '0';
    return;
  }
  const position = slot * width * dirSign + x;
  style.opacity = '';
  style.zIndex = slot === 0 ? '1' : '0';
  if (transition === 'slide') {
    style.transform = position === 0 ? '' : `translate3d(${position}px, 0, 0)`;
    return;
  }
  // The cube: each face turns on the edge it shares with the face beside it.
  const angle = width > 0 ? Math.max(-90, Math.min(90, (position / width) * 90)) : 0;
  style.transformOrigin = position > 0 ? 'left center' : 'right center';
  style.transform = position === 0 ? '' : `translate3d(${position}px, 0, 0) rotateY(${angle}deg)`;
}
