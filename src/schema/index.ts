/**
 * `react-hold-stories/schema`: stories written as JSON, checked with every problem named by its
 * path (`frames[3].duration: expected a positive number of milliseconds, got -200`) and returned
 * typed. No React at run time: it can check stories at build time, in Node.
 */
export {
  parseStories,
  parseStory,
  safeParseStories,
  safeParseStory,
} from './parse';
export { StoryValidationError } from './StoryValidationError';
export { storyComponent } from './storyComponent';
export type {
  AllowUrl,
  ParseStoryOptions,
  StoryComponent,
  StoryComponentProps,
  StoryIssue,
  StoryParseResult,
} from './types';
