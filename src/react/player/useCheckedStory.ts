import { useEffect, useState } from 'react';
import { checkStory } from '../../story/checkStory';
import { formatIssue, type StoryIssue } from '../../story/issues';
import type { Story } from '../../story/types';
import type { AllowUrl } from '../../story/urls';
import { warnOnce } from '../util/dev';
import { useLatest } from '../util/useLatest';

interface Checked {
  candidate: unknown;
  /** The story to play: the last valid one. */
  story: Story | null;
  /** Every problem of the last story given (none when it is valid). */
  issues: readonly StoryIssue[];
}

/**
 * Checks each new story against the story model. A bad first story cannot play (the caller
 * shows its fallback); a bad later one is refused and the previous story keeps playing, so no
 * state is lost. Either way `onInvalid` hears every problem, once per story given.
 * @param path the story's path in messages: `story`, or `stories[2]` in a collection.
 */
export function useCheckedStory(
  candidate: unknown,
  path: string,
  allowUrl?: AllowUrl,
  onInvalid?: (issues: readonly StoryIssue[]) => void,
): Checked {
  const [checked, setChecked] = useState(() => check(candidate, null, path, allowUrl));
  // Object.is: a NaN given twice is the same story, not a new one to check on every render.
  const same = Object.is(checked.candidate, candidate);
  // Derived from the prop during render (React's documented pattern): no extra commit.
  const current = same ? checked : check(candidate, checked.story, path, allowUrl);
  if (!same) setChecked(current);
  const report = useLatest(onInvalid);
  useEffect(() => {
    if (current.issues.length > 0) report.current?.(current.issues);
  }, [current, report]);
  return current;
}

function check(
  candidate: unknown,
  previous: Story | null,
  path: string,
  allowUrl: AllowUrl | undefined,
): Checked {
  const issues = checkStory(candidate, { path, allowUrl });
  const [issue] = issues;
  if (!issue) return { candidate, story: candidate as Story, issues };
  if (process.env.NODE_ENV !== 'production') {
    const consequence = previous ? 'the previous story keeps playing' : 'nothing can play';
    warnOnce(`${formatIssue(issue)} (${consequence})`, 'error');
  }
  return { candidate, story: previous, issues };
}
