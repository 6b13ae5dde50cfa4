import styles from '../styles.css?raw';

/** The element's own box: a block, 9:16 unless given a height, the skin filling it. */
const HOST = `:host{display:block;position:relative;aspect-ratio:9/16;max-height:100dvh;--hs-height:100%;--hs-max-width:100%}:host([hidden]){display:none}.hs-element{height:100%}.hs-element-error{margin:0;padding:1em;font-family:system-ui,sans-serif}`;

// The skin's variable defaults (`:where(:root, :host) { --hs-…: … }`): set on the host, they
// would hide the values a page sets on a wrapper or on :root. They go to the document instead,
// at zero specificity, and reach the shadow roots by inheritance as any value of the page does.
const DEFAULTS = /:where\(\s*:root\s*,\s*:host\s*\)\s*\{[^}]*\}/;
const defaults = (DEFAULTS.exec(styles)?.[0] ?? '').replace(/^:where\([^)]*\)/, ':where(:root)');
const shadowCss = `${styles.replace(DEFAULTS, '')}\n${HOST}`;

const sheets = new Map<string, CSSStyleSheet>();
const canAdopt = () =>
  typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;

/** Adds `css` to a document or a shadow root once: one sheet shared by all, or a `<style>`. */
function adopt(target: Document | ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in target && canAdopt()) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!target.adoptedStyleSheets.includes(sheet)) {
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    }
    return;
  }
  const parent = target instanceof Document ? target.head : target;
  if (
    [...parent.children].some(
      (node) => node instanceof HTMLStyleElement && node.textContent === css,
    )
  )
    return;
  const style = document.createElement('style');
  style.textContent = css;
  parent.append(style);
}

/**
 * Puts the default skin in a shadow root, and its variables' defaults in the element's document
 * (zero specificity: any value of the page wins).
 */
export function adoptSkin(shadow: ShadowRoot): void {
  if (defaults) adopt(shadow.ownerDocument, defaults);
  adopt(shadow, shadowCss);
}
