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
  isString,
  isText,
  NO_FRAMES,
  POSITIVE,
  STRING,
  TEXT,
  UNIQUE_IN_STORY,
} from './fields';
import { FRAME_RULES, type FrameRules, isKind, jsonRenderRules, KIND_LIST } from './frameRules';
import { keyPath, type StoryIssue } from './issues';
import type { StoryComponents } from './types';

export interface CheckStoryOptions {
  /**
   * The input's own path, put in front of every issue's: `'story'` gives `story.frames[0].alt`,
   * `'stories[1]'` gives `stories[1].frames[0].alt`. Default `''`: `frames[0].alt`, and the
   * input itself is named `story` (`stories` for a list).
   */
  path?: string;
  /**
   * Checks a story written as JSON: a key no rule knows is an issue (`frames[0].colour: unknown
   * key`), and a `render` frame names one of `components` and gives it `props` instead of a
   * `render` function. Default false: unknown keys are ignored (TypeScript checks them).
   */
  json?: boolean;
  /** In JSON, the components `render` frames may name. */
  components?: StoryComponents;
}

/** Picks a frame's rules by its kind; an unknown kind is its only issue (its fields depend on it). */
function checkFrame(frame: unknown, at: string, checker: Checker<FrameRules>) {
  if (!isRecord(frame)) return checker.fail(at, FRAME_OBJECT, frame);
  const { kind } = frame;
  if (!isKind(kind)) return checker.fail(keyPath(at, 'kind'), KIND_LIST, kind);
  checker.object(frame, checker.context[kind], at, FRAME_OBJECT);
}

const checkFrames = (frames: unknown[], at: string, checker: Checker<FrameRules>) =>
  checker.items(frames, at, checkFrame, NO_FRAMES, UNIQUE_IN_STORY);

/** A story's fields, in the order they are checked (exported for a type test against `Story`). */
export const STORY_RULES = {
  id: [isText, TEXT],
  title: [isString, STRING],
  playbackRate: [isPositiveFinite, POSITIVE, OPTIONAL],
  frames: [Array.isArray, FRAMES, REQUIRED, checkFrames],
} satisfies Rules<FrameRules>;

const STORY_OBJECT = 'a story object';

const checkOne = (story: unknown, at: string, checker: Checker<FrameRules>) =>
  checker.object(story, STORY_RULES, at, STORY_OBJECT);

/** A list of stories (a collection): at least one, with unique ids. */
const STORIES_RULE: Rule<FrameRules> = [
  Array.isArray,
  'an array of stories',
  REQUIRED,
  (stories: unknown[], at, checker) =>
    checker.items(
      stories,
      at,
      checkOne,
      'expected at least one story, got none',
      'an id unique in the list',
    ),
];

const createStoryChecker = ({ json = false, components }: CheckStoryOptions, root: string) =>
  createChecker(
    root,
    json,
    json ? { ...FRAME_RULES, render: jsonRenderRules(components) } : FRAME_RULES,
  );

/**
 * Every problem in a story, each with its path, in a fixed order: the story's fields in the
 * order of `Story`, each frame's fields then (in JSON) its unknown keys, repeated frame ids
 * after all frames, the story's unknown keys last. Empty when the story is valid. Never throws.
 *
 * @example
 * checkStory({ id: 'monday', title: 'Monday', frames: [] }, { path: 'story' });
 * // [{ path: 'story.frames', message: 'expected at least one frame, got none' }]
 */
export function checkStory(input: unknown, options: CheckStoryOptions = {}): StoryIssue[] {
  const checker = createStoryChecker(options, 'story');
  checkOne(input, options.path ?? '', checker);
  return checker.issues;
}

/**
 * Every problem in a list of stories: not empty, unique story ids, and each story checked as
 * `checkStory` does, at `stories[0]`, `stories[1]`… (`path` names the list; default `stories`).
 */
export function checkStories(input: unknown, options: CheckStoryOptions = {}): StoryIssue[] {
  const checker = createStoryChecker(options, 'stories');
  checker.check(input, STORIES_RULE, options.path || 'stories');
  return checker.issues;
}
