/** What the viewer presses to use, not to hold: the story's gestures leave these alone. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable]:not([contenteditable="false"]), [data-hs-interactive]';

/**
 * Whether `target` is (or is inside) an interactive element within `root`: a link, a button, a
 * field, or anything a `render` frame marks `data-hs-interactive`. `root` itself never is, nor
 * anything around it (a story placed inside a page's label or link stays a story).
 */
export function isInteractive(target: EventTarget | null, root: EventTarget): boolean {
  if (target === root || !(target instanceof Element)) return false;
  const hit = target.closest(INTERACTIVE);
  return hit !== null && hit !== root && root instanceof Node && root.contains(hit);
}
