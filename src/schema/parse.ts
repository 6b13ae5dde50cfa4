import * as v from 'valibot';
import type { Story } from '../react/types';
import { checkComponents } from './checkComponents';
import { issuePath } from './issuePath';
import { StoryValidationError } from './StoryValidationError';
import { storyListSchema, storySchema } from './storySchema';
import type { ParseStoryOptions, StoryIssue, StoryParseResult } from './types';

function run<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  prefix: string,
  root: string,
): StoryParseResult<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { success: true, output: result.output };
  const issues: StoryIssue[] = result.issues.map((issue) => ({
    path: issuePath(issue.path, prefix, root),
    message: issue.message,
  }));
  return { success: false, issues };
}

function unwrap<T>(result: StoryParseResult<T>): T {
  if (!result.success) throw new StoryValidationError(result.issues);
  return result.output;
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
  return run(storySchema(checkComponents(options)), input, '', 'story');
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
  return run(storyListSchema(checkComponents(options)), input, 'stories', 'stories');
}

/**
 * Checks one story written as JSON and returns it typed (new objects; `render` frames built from
 * `options.components`).
 *
 * @throws StoryValidationError listing every problem, one per line:
 *   `frames[3].duration: expected a positive number of milliseconds, got -200`.
 * @throws TypeError when `options` itself is wrong (a component that is not a function).
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
 * @throws TypeError when `options` itself is wrong (a component that is not a function).
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
