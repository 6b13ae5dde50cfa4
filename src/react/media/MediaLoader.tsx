/**
 * The subtle loader of a frame whose media is late. Always in the DOM and invisible: the skin
 * shows it only once the root has carried `data-waiting` for 300 ms (a CSS transition delay),
 * so the short waits of a fast story never flicker a spinner. Decorative: the story region
 * already says which frame it is on.
 */
export function MediaLoader() {
  return (
    <div className="hs-loader" data-hs-loader aria-hidden="true">
      <span className="hs-loader-ring" />
    </div>
  );
}
