import { describeValue } from '../../story/issues';
import type { Story } from '../../story/types';

/** What is wrong with the list itself (each story is checked by its own player). */
export function listProblem(stories: unknown): string | null {
  if (!Array.isArray(stories) || stories.length === 0) {
    const got = Array.isArray(stories) ? 'an empty array' : describeValue(stories);
    return `react-hold-stories: stories: expected a non-empty array of stories, got ${got}`;
  }
  const ids = new Map<unknown, number>();
  for (const [position, story] of stories.entries()) {
    const id = (story as Partial<Story> | null)?.id;
    const at = `react-hold-stories: stories[${position}].id: expected`;
    if (typeof id !== 'string' || id.trim() === '') {
      return `${at} a non-empty string, got ${describeValue(id)}`;
    }
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      return `${at} a unique id, got "${id}" (also stories[${earlier}])`;
    }
    ids.set(id, position);
  }
  return null;
}
