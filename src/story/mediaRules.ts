import { TEXT } from './fields';
import { atMost, expectedGot } from './issues';
import { LIMITS } from './limits';
import type { Step } from './rules';
import { isDescriptors, srcsetCandidates } from './srcset';
import { type AllowUrl, IMAGE_URLS, isAllowedUrl, type UrlPolicy, urlScheme } from './urls';

/** What URL checks need from the caller: its narrowing of the default policy. */
export interface UrlContext {
  readonly allowUrl?: AllowUrl | undefined;
}

/**
 * A URL the `policy` accepts (`expected an image URL (https:, …), got "javascript:…"`), of at
 * most 2,048 characters (1,000,000 for a data: image), then one `allowUrl` accepts too
 * (`expected an image URL allowed by allowUrl, got …`): the option narrows, never widens.
 */
export const urlStep =
  (policy: UrlPolicy): Step<UrlContext> =>
  (url, at, { allowUrl }) => {
    if (!isAllowedUrl(url, policy)) return expectedGot(policy.words, url);
    const max = urlScheme(url) === 'data' ? LIMITS.dataUrl : LIMITS.url;
    if (url.length > max) return atMost(max, url.length, 'characters');
    if (allowUrl && allowUrl(url, at) !== true) {
      return expectedGot(`${policy.name} allowed by allowUrl`, url);
    }
  };

const imageUrl = urlStep(IMAGE_URLS);

const CANDIDATES = 'image candidates ("a.jpg 640w, b.jpg 2x")';

/**
 * A `srcSet`: at least one candidate (`",,,"` is empty text), each with widths or densities
 * only (else `expected image candidates (…), got` the whole srcSet) and an image URL as `src`
 * has (an issue names the candidate's URL).
 */
export const srcSetStep: Step<UrlContext> = (srcSet, at, context) => {
  const candidates = srcsetCandidates(srcSet);
  if (candidates.length === 0) return expectedGot(TEXT, srcSet);
  for (const [url, descriptors] of candidates) {
    const message = isDescriptors(descriptors)
      ? imageUrl(url, at, context)
      : expectedGot(CANDIDATES, srcSet);
    if (message) return message;
  }
};
