import { isRecord } from '../story/fields';
import { srcsetCandidates } from '../story/srcset';
import { urlScheme } from '../story/urls';

/** A relative URL read against `base`; any other value as it is (the check judges it later). */
function against(value: unknown, base: string): unknown {
  if (typeof value !== 'string' || urlScheme(value) !== '') return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** A copy of `record` whose `keys` (those it has) are read against `base`. */
function resolved(record: Record<string, unknown>, keys: readonly string[], base: string) {
  const copy = { ...record };
  for (const key of keys) if (Object.hasOwn(copy, key)) copy[key] = against(copy[key], base);
  return copy;
}

function frameAgainst(frame: unknown, base: string): unknown {
  if (!isRecord(frame)) return frame;
  const copy = resolved(frame, ['src', 'poster'], base);
  if (typeof frame.srcSet === 'string') {
    copy.srcSet = srcsetCandidates(frame.srcSet)
      .map(([url, descriptors]) => `${against(url, base)}${descriptors}`)
      .join(', ');
  }
  return copy;
}

function storyAgainst(story: unknown, base: string): unknown {
  if (!isRecord(story)) return story;
  const copy = resolved(story, ['avatar'], base);
  if (Array.isArray(story.frames))
    copy.frames = story.frames.map((frame) => frameAgainst(frame, base));
  return copy;
}

/**
 * A story file's media URLs (`src`, `srcSet`, `poster`, a story's `avatar`) read against the
 * file's own URL, as a browser reads the URLs in a stylesheet it fetched: a JSON copied to
 * another site with its images plays there. Links (`cta.href`) stay the page's. Returns copies.
 */
export function resolveUrls(json: unknown, base: string): unknown {
  if (Array.isArray(json)) return json.map((story) => storyAgainst(story, base));
  if (isRecord(json) && Array.isArray(json.stories)) {
    return { ...json, stories: json.stories.map((story) => storyAgainst(story, base)) };
  }
  return storyAgainst(json, base);
}
