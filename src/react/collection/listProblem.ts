import { isText } from '../../story/fields';
import { describeValue, grouped, type StoryIssue } from '../../story/issues';
import { LIMITS } from '../../story/limits';
import type { Story } from '../../story/types';

/**
 * What is wrong with the list itself — not a list, empty, too long, an id missing or repeated —
 * in the story model's words and limits (each story is checked by its own player).
 */
export function listProblem(stories: unknown): StoryIssue | null {
  const issue = (path: string, message: string): StoryIssue => ({ path, message });
  if (!Array.isArray(stories) || stories.length === 0) {
    const got = Array.isArray(stories) ? 'an empty array' : describeValue(stories);
    return issue('stories', `expected a non-empty array of stories, got ${got}`);
  }
  if (stories.length > LIMITS.stories) {
    const got = `${grouped(stories.length)} stories`;
    return issue('stories', `expected at most ${LIMITS.stories} stories, got ${got}`);
  }
  const ids = new Map<unknown, number>();
  for (const [position, story] of stories.entries()) {
    const id = (story as Partial<Story> | null)?.id;
    const at = `stories[${position}].id`;
    if (!isText(id)) return issue(at, `expected a non-empty string, got ${describeValue(id)}`);
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      return issue(at, `expected a unique id, got ${describeValue(id)} (also stories[${earlier}])`);
    }
    ids.set(id, position);
  }
  return null;
}
