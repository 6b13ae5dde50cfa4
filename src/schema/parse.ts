import { checkStories, checkStory } from '../story/checkStory';
import type { StoryIssue } from '../story/issues';
import type { Story } from '../story/types';
import { checkOptions } from './checkOptions';
import { StoryValidationError } from './StoryValidationError';
import { propsIssues } from './storyComponent';
import { toStory } from './toStory';
import type { JsonStory, ParseStoryOptions, StoryParseResult } from './types';

function result<T>(issues: StoryIssue[], output: () => T): StoryParseResult<T> {
  return issues.length > 0 ? { success: false, issues } : { success: true, output: output() };
}

function unwrap<T>(parsed: StoryParseResult<T>): T {
  if (!parsed.success) throw new StoryValidationError(parsed.issues);
  return parsed.output;
}

/**
 * Checks one story written as JSON (already parsed: pass `JSON.parse(text)` or a fetched
 * `response.json()`), and returns it typed, as new objects. Never throws for bad data: every
 * problem is in `issues`, with its path from the story (`frames[3].duration`; the story itself is
 * `story`).
 *
 * @example
 * const result = safeParseStory(await response.json());
 * if (!result.success) {
 *   for (const { path, message } of result.issues) console.warn(`${path}: ${message}`);
 * } else render(<Stories story={result.output} />);
 */
export function safeParseStory(
  input: unknown,
  options?: ParseStoryOptions,
): StoryParseResult<Story> {
  const checked = checkOptions(options);
  const issues = checkStory(input, checked);
  // Props are asked of their component once the story's shape is known to be right.
  if (issues.length === 0) issues.push(...propsIssues(input as JsonStory, checked.components, ''));
  return result(issues, () => toStory(input as JsonStory, checked.components));
}

/**
 * Checks a list of stories (a collection) written as JSON. Paths start at the list:
 * `stories[0].frames[3].duration` (the list itself is `stories`). Story ids must be unique in the
 * list, and the list must not be empty.
 *
 * @example
 * const result = safeParseStories(JSON.parse(text), { components: { bus: Bus } });
 * if (!result.success) showProblems(result.issues);
 */
export function safeParseStories(
  input: unknown,
  options?: ParseStoryOptions,
): StoryParseResult<Story[]> {
  const checked = checkOptions(options);
  const issues = checkStories(input, checked);
  if (issues.length === 0) {
    for (const [index, story] of (input as JsonStory[]).entries()) {
      issues.push(...propsIssues(story, checked.components, `stories[${index}].`));
    }
  }
  return result(issues, () =>
    (input as JsonStory[]).map((story) => toStory(story, checked.components)),
  );
}

/**
 * Checks one story written as JSON and returns it typed (new objects; `render` frames built from
 * `options.components`).
 *
 * @throws StoryValidationError listing every problem, one per line:
 *   `frames[3].duration: expected a positive number of milliseconds, got -200`.
 * @throws TypeError when `options` itself is wrong (a component or `allowUrl` that is not a
 *   function).
 *
 * @example
 * import { parseStory } from 'react-hold-stories/schema';
 * import firstDay from './first-day.json';
 *
 * const story = parseStory(firstDay);
 * <Stories story={story} />;
 */
export function parseStory(input: unknown, options?: ParseStoryOptions): Story {
  return unwrap(safeParseStory(input, options));
}

/**
 * Checks a list of stories written as JSON and returns them typed. JSON `render` frames name a
 * component that `options.components` gives:
 *
 * @throws StoryValidationError listing every problem, one per line:
 *   `stories[0].frames[3].duration: expected a positive number of milliseconds, got -200`.
 * @throws TypeError when `options` itself is wrong (a component or `allowUrl` that is not a
 *   function).
 *
 * @example
 * // stories.json: [{ "id": "monday", "title": "Monday", "frames": [
 * //   { "id": "bus", "kind": "render", "component": "bus", "props": { "line": 42 },
 * //     "duration": 3000, "alt": "The 42 bus, crowded." }] }]
 * const stories = parseStories(json, {
 *   components: { bus: (ctx, props) => <Bus line={Number(props.line)} progress={ctx.progress} /> },
 * });
 */
export function parseStories(input: unknown, options?: ParseStoryOptions): Story[] {
  return unwrap(safeParseStories(input, options));
}
