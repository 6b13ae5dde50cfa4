import styles from '../styles.css?raw';

/** The element's own box: a block, 9:16 unless given a height, the skin filling it. */
const HOST = `:host{display:block;position:relative;aspect-ratio:9/16;max-height:100dvh;--hs-height:100%;--hs-max-width:100%}:host([hidden]){display:none}.hs-element{height:100%}.hs-element-error{margin:0;padding:1em;font-family:system-ui,sans-serif}`;

let sheet: CSSStyleSheet | undefined;

/**
 * Puts the default skin in a shadow root: one constructed stylesheet shared by every element of
 * the page (adopted), or a `<style>` where constructed sheets are missing.
 */
export function adoptSkin(shadow: ShadowRoot): void {
  const css = `${styles}\n${HOST}`;
  if (
    'adoptedStyleSheets' in shadow &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    if (!shadow.adoptedStyleSheets.includes(sheet))
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
