import {
  type Checker,
  createChecker,
  OPTIONAL,
  REQUIRED,
  type Rule,
  type Rules,
} from './createChecker';
import {
  FRAME_OBJECT,
  FRAMES,
  isPositiveFinite,
  isRecord,
  isWindow,
  NO_FRAMES,
  STRING,
  TEXT,
  UNIQUE_IN_STORY,
} from './fields';
import { FRAME_RULES, isKind, KIND_LIST, type StoryContext, urlRule } from './frameRules';
import { keyPath, type StoryIssue } from './issues';
import { LIMITS } from './limits';
import { RATE_RULE, stringRule, textRule, upTo } from './rules';
import { type AllowUrl, IMAGE_URLS } from './urls';

export interface CheckStoryOptions {
  /**
   * The input's own path, put in front of every issue's: `'story'` gives `story.frames[0].alt`,
   * `'stories[1]'` gives `stories[1].frames[0].alt`. Default `''`: `frames[0].alt`, and the
   * input itself is named `story` (`stories` for a list).
   */
  path?: string;
  /**
   * Checks a story written as JSON: a key no rule knows is an issue (`frames[0].colour: unknown
   * key`). Default false: unknown keys are ignored (TypeScript checks them).
   */
  json?: boolean;
  /**
   * The rules of `render` frames, when they are not JavaScript's (a `render` function): the
   * schema's JSON ones name a component and its props. Given by the schema, so that a page
   * without it bundles none of them.
   */
  render?: Rules<StoryContext>;
  /**
   * Narrows the URL policy (`https:`, `http:`, relative, `blob:`, and `data:image/…` for images;
   * `mailto:` and `tel:` for links): called with each URL the policy accepts (`src`, each `srcSet`
   * candidate, `poster`, a call to action's `href`, a story's `avatar`) and
   * its path (`story.frames[0].src`); only `true` accepts it. It cannot widen the policy.
   * @example { allowUrl: (url) => url.startsWith('https://cdn.example.com/') }
   */
  allowUrl?: AllowUrl;
}

type StoryChecker = Checker<StoryContext>;

/** Picks a frame's rules by its kind; an unknown kind is its only issue (its fields depend on it). */
function checkFrame(frame: unknown, at: string, checker: StoryChecker) {
  if (!isRecord(frame)) return checker.fail(at, FRAME_OBJECT, frame);
  const { kind } = frame;
  if (!isKind(kind)) return checker.fail(keyPath(at, 'kind'), KIND_LIST, kind);
  checker.object(frame, checker.context.kinds[kind], at, FRAME_OBJECT);
  checkWindowsInFrame(frame, at, checker);
}

/** A message's window lies inside its frame: it ends by the frame's `duration`. */
function checkWindowsInFrame(frame: Record<string, unknown>, at: string, checker: StoryChecker) {
  const { duration, reveal } = frame;
  if (!isPositiveFinite(duration) || !Array.isArray(reveal) || reveal.length > LIMITS.messages)
    return;
  reveal.forEach((message, index) => {
    const window = isRecord(message) ? message.at : undefined;
    if (isWindow(window) && window[1] > duration) {
      const expected = `at most the frame's duration (${duration} ms)`;
      checker.fail(`${at}.reveal[${index}].at[1]`, expected, window[1]);
    }
  });
}

const checkFrames = upTo(LIMITS.frames, 'frames', (frames, at, checker: StoryChecker) =>
  checker.items(frames, at, checkFrame, NO_FRAMES, UNIQUE_IN_STORY),
);

/** A story's fields, in the order they are checked (exported for a type test against `Story`). */
export const STORY_RULES = {
  id: textRule(TEXT, LIMITS.id),
  title: stringRule(STRING, LIMITS.title, REQUIRED),
  subtitle: stringRule(STRING, LIMITS.title, OPTIONAL),
  avatar: urlRule(IMAGE_URLS.name, IMAGE_URLS, OPTIONAL),
  playbackRate: RATE_RULE,
  frames: [Array.isArray, FRAMES, REQUIRED, checkFrames],
} satisfies Rules<StoryContext>;

const STORY_OBJECT = 'a story object';

const checkOne = (story: unknown, at: string, checker: StoryChecker) =>
  checker.object(story, STORY_RULES, at, STORY_OBJECT);

/** A list of stories (a collection): at least one, at most 100, with unique ids. */
const STORIES_RULE: Rule<StoryContext> = [
  Array.isArray,
  'an array of stories',
  REQUIRED,
  upTo(LIMITS.stories, 'stories', (stories, at, checker: StoryChecker) =>
    checker.items(
      stories,
      at,
      checkOne,
      'expected at least one story, got none',
      'an id unique in the list',
    ),
  ),
];

const createStoryChecker = ({ json = false, render, allowUrl }: CheckStoryOptions, root: string) =>
  createChecker<StoryContext>(root, json, {
    kinds: render ? { ...FRAME_RULES, render } : FRAME_RULES,
    allowUrl,
  });

/**
 * Every problem in a story, each with its path, in a fixed order: the story's fields in the
 * order of `Story`, each frame's fields then (in JSON) its unknown keys, repeated frame ids
 * after all frames, the story's unknown keys last; past 100 issues, the 100th says how many more
 * there are. Empty when the story is valid. Never throws (but `allowUrl` may). Linear in the input.
 *
 * @example
 * checkStory({ id: 'monday', title: 'Monday', frames: [] }, { path: 'story' });
 * // [{ path: 'story.frames', message: 'expected at least one frame, got none' }]
 */
export function checkStory(input: unknown, options: CheckStoryOptions = {}): StoryIssue[] {
  const checker = createStoryChecker(options, options.path || 'story');
  checkOne(input, options.path ?? '', checker);
  return checker.issues;
}

/**
 * Every problem in a list of stories: not empty, at most 100, unique story ids, and each story
 * checked as `checkStory` does, at `stories[0]`, `stories[1]`… (`path` names the list; default
 * `stories`).
 */
export function checkStories(input: unknown, options: CheckStoryOptions = {}): StoryIssue[] {
  const path = options.path || 'stories';
  const checker = createStoryChecker(options, path);
  checker.check(input, STORIES_RULE, path);
  return checker.issues;
}
