/**
 * Which URLs a story may hold: a URL's scheme is read as a browser's URL parser reads it, then
 * held against a policy: media (`src`, `srcSet`, `poster`) and links (a call to action's
 * `href`). Pure: no URL parser needed.
 */

/** Narrows the default policy: return `true` to accept `url` at `path` (`story.frames[0].src`). */
export type AllowUrl = (url: string, path: string) => boolean;

/** Schemes a policy accepts (lower case, without `:`; `''` is a relative URL, `//host/x` too). */
export interface UrlPolicy {
  readonly schemes: readonly string[];
  /** Whether `data:image/…` URLs are accepted (`data:` URLs of any other type never are). */
  readonly dataImages?: boolean;
  /** What a message says it expects: `an image URL`. */
  readonly name: string;
  /** The same with the policy spelt out: `an image URL (https:, http:, …)`. */
  readonly words: string;
}

const MEDIA = ['https', 'http', '', 'blob'];

/**
 * Images and posters: `https:`, `http:`, relative, `blob:` and `data:image/…`, SVG too (an image
 * cannot run script).
 */
export const IMAGE_URLS: UrlPolicy = {
  schemes: MEDIA,
  dataImages: true,
  name: 'an image URL',
  words: 'an image URL (https:, http:, relative, blob: or data:image/…)',
};

/** Videos: no `data:` URL at all. */
export const VIDEO_URLS: UrlPolicy = {
  schemes: MEDIA,
  name: 'a video URL',
  words: 'a video URL (https:, http:, relative or blob:)',
};

/** Text tracks (a video's `cues`): WebVTT files, never `data:`. */
export const TRACK_URLS: UrlPolicy = {
  schemes: MEDIA,
  name: 'a WebVTT URL',
  words: 'a WebVTT URL (https:, http:, relative or blob:)',
};

/** Links (a call to action's `href`): web pages, e-mail and phone numbers. */
export const LINK_URLS: UrlPolicy = {
  schemes: ['https', 'http', '', 'mailto', 'tel'],
  name: 'a link URL',
  words: 'a link URL (https:, http:, mailto:, tel: or relative)',
};

// A browser strips C0 controls and spaces around a URL and drops tabs and newlines inside it
// (`java\tscript:` is `javascript:`): a URL with any control character is refused instead.
const CONTROL = /\p{Cc}/u;
// ASCII only, as the URL parser reads a scheme: a letter, then letters, digits, `+`, `-`, `.`.
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * A URL's scheme as a browser reads it, in lower case: `'https'`, `''` for a relative URL
 * (`/a.jpg`, `//cdn.example.com/a.jpg`, `1a:b`), `undefined` when it holds a control character.
 */
export function urlScheme(url: string): string | undefined {
  if (CONTROL.test(url)) return undefined;
  return SCHEME.exec(url.trim())?.[1]?.toLowerCase() ?? '';
}

/** Whether `url` is one `policy` accepts. Linear in the URL. */
export function isAllowedUrl(url: string, policy: UrlPolicy): boolean {
  const scheme = urlScheme(url);
  if (scheme === 'data') {
    return !!policy.dataImages && url.trim().slice(5, 11).toLowerCase() === 'image/';
  }
  return scheme !== undefined && policy.schemes.includes(scheme);
}
