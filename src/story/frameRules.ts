import { CHOICE_RULES } from './choiceRules';
import { type Checker, OPTIONAL, REQUIRED, type Rules } from './createChecker';
import { isRecord, isShare, isWindow, SHARE, STRING, TEXT, WINDOW } from './fields';
import { LIMITS } from './limits';
import { srcSetStep, type UrlContext, urlStep } from './mediaRules';
import { backgroundRule, DURATION_RULE, stringRule, textRule, upTo, visible } from './rules';
import type { FrameKind } from './types';
import { IMAGE_URLS, LINK_URLS, TRACK_URLS, VIDEO_URLS } from './urls';

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
  readonly choice: Rules<StoryContext>;
}

/** Every kind, in the order messages list them. */
export const KINDS = ['card', 'image', 'video', 'render', 'choice'] as const;

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
  at: [isWindow, WINDOW, OPTIONAL],
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

/** A URL field: visible text (else `expected`), then the URL policy. */
export const urlRule = (expected: string, policy = IMAGE_URLS, optional = REQUIRED) =>
  stringRule<UrlContext>(
    expected,
    policy.dataImages ? LIMITS.dataUrl : LIMITS.url,
    optional,
    visible(expected),
    urlStep(policy),
  );

const CTA = 'a call to action ({ label, href })';

/** A call to action's fields. */
export const CTA_RULES = {
  label: textRule(TEXT, LIMITS.label),
  href: urlRule(LINK_URLS.name, LINK_URLS),
} satisfies Rules<UrlContext>;

/** The fields every frame has, whatever its kind. */
export const BASE_RULES = {
  id: textRule(TEXT, LIMITS.id),
  duration: DURATION_RULE,
  alt: textRule('a text alternative (a non-empty string)', LIMITS.text),
  reveal: [Array.isArray, 'an array of messages', OPTIONAL, checkMessages],
  luminance: [isShare, SHARE, OPTIONAL],
  saturatedRed: [isShare, SHARE, OPTIONAL],
  still: [isShare, SHARE, OPTIONAL],
  cta: [
    isRecord,
    CTA,
    OPTIONAL,
    (cta, at, checker: Checker<UrlContext>) => checker.object(cta, CTA_RULES, at, CTA),
  ],
  // Checked before the rest (the rules depend on it); listed so JSON does not call it unknown.
  kind: [isKind, KIND_LIST],
} satisfies Rules<UrlContext>;

/**
 * Each kind's fields, in the order they are checked. Exported for a type test that matches
 * each table's keys with its frame type's, so a field cannot go unchecked.
 */
export const FRAME_RULES = {
  card: {
    ...BASE_RULES,
    background: backgroundRule(REQUIRED),
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
    cues: urlRule(TRACK_URLS.name, TRACK_URLS, OPTIONAL),
    captions: urlRule(TRACK_URLS.name, TRACK_URLS, OPTIONAL),
  },
  render: {
    ...BASE_RULES,
    render: [(value) => typeof value === 'function', 'a function returning React content'],
  },
  choice: { ...BASE_RULES, ...CHOICE_RULES },
} satisfies FrameRules;
