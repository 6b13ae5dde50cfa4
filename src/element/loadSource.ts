import { checkStories, checkStory } from '../story/checkStory';
import { formatIssue, type StoryIssue } from '../story/issues';
import type { Story } from '../story/types';
import { resolveUrls } from './resolveUrls';

/** What a `src` gave: stories to play, or why there are none. */
export type Loaded =
  | { ok: true; stories: Story[]; collection: boolean }
  | { ok: false; error: SourceError };

/** Why a source cannot play: it did not load, is not JSON, or is not a story. */
export interface SourceError {
  kind: 'load' | 'invalid';
  /** Says what went wrong in words: `frames[2].duration: expected …, got -200`. */
  message: string;
  /** For `invalid`: every problem, each with its path. */
  issues: StoryIssue[];
}

const failed = (kind: SourceError['kind'], message: string, issues: StoryIssue[] = []): Loaded => ({
  ok: false,
  error: { kind, message, issues },
});

/**
 * Reads stories from JSON: one story (`{ id, title, frames }`), a list of stories, or a
 * collection (`{ stories: [...] }`), each checked as the schema checks JSON (every field, unknown
 * keys too; a `render` frame, which needs React components, is refused).
 */
export function readStories(json: unknown): Loaded {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && 'stories' in json
      ? (json as { stories: unknown }).stories
      : undefined;
  const issues =
    list === undefined ? checkStory(json, { json: true }) : checkStories(list, { json: true });
  const [first] = issues;
  if (first) return failed('invalid', formatIssue(first), issues);
  return list === undefined
    ? { ok: true, stories: [json as Story], collection: false }
    : { ok: true, stories: list as Story[], collection: true };
}

/** Fetches `src` and reads its stories; `signal` drops a load a newer `src` replaced. */
export async function loadSource(src: string, signal: AbortSignal): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(src, { signal, credentials: 'same-origin' });
  } catch (error) {
    return failed('load', `${src} could not be loaded (${(error as Error).message})`);
  }
  if (!response.ok) return failed('load', `${src} could not be loaded (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return failed('load', `${src} is not JSON`);
  }
  // Its media URLs are the file's: relative ones are read against where it was fetched from.
  return readStories(resolveUrls(json, response.url || new URL(src, document.baseURI).href));
}
