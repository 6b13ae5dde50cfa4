import { formatIssue, type StoryIssue } from '../story/issues';

/**
 * Thrown by `parseStory` and `parseStories` when the input is not a valid story (or list).
 * `issues` lists every problem found, not only the first; `message` is one line per issue.
 *
 * @example
 * try {
 *   parseStory(json);
 * } catch (error) {
 *   if (!(error instanceof StoryValidationError)) throw error;
 *   for (const { path, message } of error.issues) report(path, message);
 * }
 */
export class StoryValidationError extends TypeError {
  override name = 'StoryValidationError';
  /** Every problem, in the order of the input's fields: `{ path: 'frames[3].duration', message }`. */
  readonly issues: readonly StoryIssue[];

  constructor(issues: readonly StoryIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.issues = issues;
  }
}
