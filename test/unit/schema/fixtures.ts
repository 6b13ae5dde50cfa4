import { type StoryIssue, safeParseStories, safeParseStory } from 'react-hold-stories/schema';

/** A valid card frame as JSON; `overrides` may set any key, `undefined` removes it. */
export function card(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return withOut({
    id: 'bus',
    kind: 'card',
    duration: 3000,
    background: '#223',
    text: '7:42, the bus',
    alt: 'A crowded school bus.',
    ...overrides,
  });
}

/** A valid story as JSON with the given frames (one card by default). */
export function story(
  overrides: Record<string, unknown> = {},
  frames: unknown[] = [card()],
): Record<string, unknown> {
  return withOut({ id: 'monday', title: 'Monday', frames, ...overrides });
}

function withOut(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

const lines = (issues: StoryIssue[]) => issues.map(({ path, message }) => `${path}: ${message}`);

/** The problems found in one story, as the error message's lines (none when valid). */
export function storyProblems(input: unknown, options?: Parameters<typeof safeParseStory>[1]) {
  const result = safeParseStory(input, options);
  return result.success ? [] : lines(result.issues);
}

/** The problems found in a list of stories, as the error message's lines. */
export function listProblems(input: unknown) {
  const result = safeParseStories(input);
  return result.success ? [] : lines(result.issues);
}
