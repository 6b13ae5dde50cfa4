import { safeParseStories, safeParseStory } from '../schema/parse';
import type { StoryIssue } from '../story/issues';
import type { Story } from '../story/types';

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
 * collection (`{ stories: [...] }`), each checked by the schema (every field, unknown keys too).
 */
export function readStories(json: unknown): Loaded {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && 'stories' in json
      ? (json as { stories: unknown }).stories
      : undefined;
  const parsed = list === undefined ? safeParseStory(json) : safeParseStories(list);
  if (!parsed.success) {
    const [first] = parsed.issues;
    return failed(
      'invalid',
      first ? `${first.path}: ${first.message}` : 'invalid story',
      parsed.issues,
    );
  }
  const { output } = parsed;
  return Array.isArray(output)
    ? { ok: true, stories: output, collection: true }
    : { ok: true, stories: [output], collection: false };
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
  return readStories(json);
}
