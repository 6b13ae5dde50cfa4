/**
 * What a string field may hold, beyond its length. Each test is one regular expression of single
 * characters or fixed pairs: linear in the string, whatever it holds. Pure: the engine imports it.
 */

// Something a reader sees: not whitespace (`\s`: spaces, line breaks, U+FEFF), not a format
// character (`\p{Cf}`: U+200B–U+200D, U+2060, U+00AD, bidi controls) and not a character
// Unicode tells renderers to ignore (`\p{DI}`: variation selectors, U+3164 HANGUL FILLER).
const VISIBLE = /[^\s\p{Cf}\p{DI}]/u;

/** Text a reader can see: `'\u200b\u00ad '` is as empty as `''` for an alt or an id. */
export const isVisible = (value: string): boolean => VISIBLE.test(value);

// What could end a CSS value and start another declaration or rule (`;`, braces), leave a
// <style> element (`<`, `>`), hide text from a reader of the CSS (escapes, comments), raise a
// value's priority (`!important`) or start an at-rule (`@import`); and control characters.
const NOT_ONE_CSS_VALUE = /[;{}<>\\!@\p{Cc}]|\/\*|\*\//u;

/**
 * One CSS value and nothing more, for a property React sets alone (`style.background`). A value
 * is never parsed: a character that a single value has no use for refuses it.
 */
export const isCssValue = (value: string): boolean => !NOT_ONE_CSS_VALUE.test(value);

// The CSS functions that fetch or paint an image: `url(https://tracker.example/pixel)` in a
// background would load what no URL policy (nor `allowUrl`) ever saw.
const IMAGE_FUNCTION = /(url|image|image-set|cross-fade|element|paint)\(/i;

/** A colour or a gradient, not an image: a card's pictures are image frames, checked as URLs. */
export const isPaint = (value: string): boolean => !IMAGE_FUNCTION.test(value);
