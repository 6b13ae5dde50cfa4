import { type Checker, OPTIONAL, REQUIRED, type Rules } from './createChecker';
import { isShare, SHARE, STRING, TEXT } from './fields';
import { expectedGot } from './issues';
import { LIMITS } from './limits';
import { srcSetStep, type UrlContext, urlStep } from './mediaRules';
import { DURATION_RULE, stringRule, textRule, upTo, visible } from './rules';
import { isCssValue, isPaint } from './text';
import type { FrameKind } from './types';
import { IMAGE_URLS, VIDEO_URLS } from './urls';

/** What the story check's rules need: each kind's frame rules, and the caller's `allowUrl`. */
export interface StoryContext extends UrlContext {
  readonly kinds: FrameRules;
}

/** The rules of each kind's frames; only `render` differs between JSON and JavaScript stories. */
export interface FrameRules {
  readonly card: Rules<StoryContext>;
  readonly image: Rules<StoryContext>;
  readonly video: Rules<StoryContext>;
  readonly render: Rules<StoryContext>;
}

/** Every kind, in the order messages list them. */
export const KINDS = ['card', 'image', 'video', 'render'] as const;

export const quoted = (words: readonly string[]) =>
  words.map((word) => JSON.stringify(word)).join(', ');

export const KIND_LIST = `one of ${quoted(KINDS)}`;

export const isKind = (kind: unknown): kind is FrameKind => KINDS.includes(kind as FrameKind);

const PLACEMENTS: readonly unknown[] = ['top', 'center', 'bottom'];

/** A hidden message's fields. */
export const MESSAGE_RULES = {
  text: textRule(TEXT, LIMITS.text),
  from: stringRule(STRING, LIMITS.text, OPTIONAL),
  placement: [(value) => PLACEMENTS.includes(value), '"top", "center" or "bottom"', OPTIONAL],
} satisfies Rules;

const checkMessages = upTo(LIMITS.messages, 'messages', (list, at, checker: Checker<unknown>) =>
  checker.items(list, at, (message, where) =>
    checker.object(message, MESSAGE_RULES, where, 'a message object'),
  ),
);

/** `[x, y]`: a bad coordinate is named by its index (`focal[1]`), a third item at its own. */
function checkFocal(focal: unknown[], at: string, checker: Checker<unknown>) {
  for (const index of [0, 1]) checker.check(focal[index], [isShare, SHARE], `${at}[${index}]`);
  if (focal.length > 2) checker.fail(`${at}[2]`, 'only [x, y]', focal[2]);
}

/** The fields every frame has, whatever its kind. */
export const BASE_RULES = {
  id: textRule(TEXT, LIMITS.id),
  duration: DURATION_RULE,
  alt: textRule('a text alternative (a non-empty string)', LIMITS.text),
  reveal: [Array.isArray, 'an array of messages', OPTIONAL, checkMessages],
  luminance: [isShare, SHARE, OPTIONAL],
  saturatedRed: [isShare, SHARE, OPTIONAL],
  // Checked before the rest (the rules depend on it); listed so JSON does not call it unknown.
  kind: [isKind, KIND_LIST],
} satisfies Rules;

const CSS_VALUE =
  'one CSS background value (no ";", "{", "}", "<", ">", "\\", "!", "@" or comments)';
const PAINT = 'a colour or a gradient (an image is an image frame, its URL checked)';

/** A URL field: visible text (else `expected`), then the URL policy. */
export const urlRule = (expected: string, policy = IMAGE_URLS, optional = REQUIRED) =>
  stringRule<UrlContext>(
    expected,
    policy.dataImages ? LIMITS.dataUrl : LIMITS.url,
    optional,
    visible(expected),
    urlStep(policy),
  );

/**
 * Each kind's fields, in the order they are checked. Exported for a type test that matches
 * each table's keys with its frame type's, so a field cannot go unchecked.
 */
export const FRAME_RULES = {
  card: {
    ...BASE_RULES,
    background: stringRule('a CSS background (a string)', LIMITS.css, REQUIRED, (value) => {
      if (!isCssValue(value)) return expectedGot(CSS_VALUE, value);
      if (!isPaint(value)) return expectedGot(PAINT, value);
    }),
    text: stringRule(STRING, LIMITS.text, OPTIONAL),
  },
  image: {
    ...BASE_RULES,
    src: urlRule(IMAGE_URLS.name),
    srcSet: stringRule(TEXT, LIMITS.srcSet, OPTIONAL, visible(TEXT), srcSetStep),
    sizes: textRule(TEXT, LIMITS.text, OPTIONAL),
    focal: [Array.isArray, '[x, y], two numbers from 0 to 1', OPTIONAL, checkFocal],
  },
  // `duration` stays required for videos: it is the frame's length until the metadata is known,
  // and its whole length if the video never loads.
  video: {
    ...BASE_RULES,
    src: urlRule(VIDEO_URLS.name, VIDEO_URLS),
    poster: urlRule(TEXT, IMAGE_URLS, OPTIONAL),
  },
  render: {
    ...BASE_RULES,
    render: [(value) => typeof value === 'function', 'a function returning React content'],
  },
} satisfies FrameRules;
