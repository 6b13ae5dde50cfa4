import { isText } from '../../story/fields';
import { describeValue, grouped } from '../../story/issues';
import { LIMITS } from '../../story/limits';
import type { Story } from '../../story/types';

/**
 * What is wrong with the list itself — not a list, empty, too long, an id missing or repeated —
 * in the story model's words and limits (each story is checked by its own player).
 */
export function listProblem(stories: unknown): string | null {
  const at = 'react-hold-stories: stories';
  if (!Array.isArray(stories) || stories.length === 0) {
    const got = Array.isArray(stories) ? 'an empty array' : describeValue(stories);
    return `${at}: expected a non-empty array of stories, got ${got}`;
  }
  if (stories.length > LIMITS.stories) {
    return `${at}: expected at most ${LIMITS.stories} stories, got ${grouped(stories.length)} stories`;
  }
  const ids = new Map<unknown, number>();
  for (const [position, story] of stories.entries()) {
    const id = (story as Partial<Story> | null)?.id;
    const expected = `${at}[${position}].id: expected`;
    if (!isText(id)) return `${expected} a non-empty string, got ${describeValue(id)}`;
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      return `${expected} a unique id, got ${describeValue(id)} (also stories[${earlier}])`;
    }
    ids.set(id, position);
  }
  return null;
}
