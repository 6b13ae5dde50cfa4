import { useState } from 'react';
import { checkStory } from '../../story/checkStory';
import { formatIssue } from '../../story/issues';
import type { Story } from '../../story/types';
import type { AllowUrl } from '../../story/urls';
import { warnOnce } from '../util/dev';

interface Checked {
  candidate: unknown;
  /** The story to play: the last valid one. */
  story: Story | null;
  /** What is wrong, when no valid story was ever given: `story.frames[0].alt: expected …`. */
  error: string | null;
}

/**
 * Checks each new story against the story model. A bad first story is an error to show; a bad
 * later one is reported and the previous story keeps playing, so no state is lost.
 * @param path the story's path in messages: `story`, or `stories[2]` in a collection.
 */
export function useCheckedStory(candidate: unknown, path: string, allowUrl?: AllowUrl): Checked {
  const [checked, setChecked] = useState(() => check(candidate, null, path, allowUrl));
  // Object.is: a NaN given twice is the same story, not a new one to check on every render.
  if (Object.is(checked.candidate, candidate)) return checked;
  // Derived from the prop during render (React's documented pattern): no extra commit.
  const next = check(candidate, checked.story, path, allowUrl);
  setChecked(next);
  return next;
}

function check(
  candidate: unknown,
  previous: Story | null,
  path: string,
  allowUrl: AllowUrl | undefined,
): Checked {
  const [issue] = checkStory(candidate, { path, allowUrl });
  if (!issue) return { candidate, story: candidate as Story, error: null };
  const error = formatIssue(issue);
  const consequence = previous ? 'the previous story keeps playing' : 'nothing can play';
  if (process.env.NODE_ENV !== 'production') warnOnce(`${error} (${consequence})`, 'error');
  return { candidate, story: previous, error: previous ? null : error };
}
