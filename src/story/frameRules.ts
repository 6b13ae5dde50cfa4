import { type Checker, OPTIONAL, type Rules } from './createChecker';
import {
  isPositiveFinite,
  isRecord,
  isShare,
  isString,
  isText,
  MILLISECONDS,
  SHARE,
  STRING,
  TEXT,
} from './fields';
import type { FrameKind, StoryComponents } from './types';

/** The rules of each kind's frames; only `render` differs between JSON and JavaScript stories. */
export interface FrameRules {
  readonly card: Rules<FrameRules>;
  readonly image: Rules<FrameRules>;
  readonly video: Rules<FrameRules>;
  readonly render: Rules<FrameRules>;
}

/** Every kind, in the order messages list them. */
export const KINDS = ['card', 'image', 'video', 'render'] as const;

const quoted = (words: readonly string[]) => words.map((word) => JSON.stringify(word)).join(', ');

export const KIND_LIST = `one of ${quoted(KINDS)}`;

export const isKind = (kind: unknown): kind is FrameKind => KINDS.includes(kind as FrameKind);

const PLACEMENTS: readonly unknown[] = ['top', 'center', 'bottom'];

/** A hidden message's fields. */
export const MESSAGE_RULES = {
  text: [isText, TEXT],
  from: [isString, STRING, OPTIONAL],
  placement: [(value) => PLACEMENTS.includes(value), '"top", "center" or "bottom"', OPTIONAL],
} satisfies Rules;

const checkMessages = (list: unknown[], at: string, checker: Checker<unknown>) =>
  checker.items(list, at, (message, where) =>
    checker.object(message, MESSAGE_RULES, where, 'a message object'),
  );

/** `[x, y]`: a bad coordinate is named by its index (`focal[1]`), a third item at its own. */
function checkFocal(focal: unknown[], at: string, checker: Checker<unknown>) {
  for (const index of [0, 1]) checker.check(focal[index], [isShare, SHARE], `${at}[${index}]`);
  if (focal.length > 2) checker.fail(`${at}[2]`, 'only [x, y]', focal[2]);
}

/** The fields every frame has, whatever its kind. */
const BASE_RULES = {
  id: [isText, TEXT],
  duration: [isPositiveFinite, MILLISECONDS],
  alt: [isText, 'a text alternative (a non-empty string)'],
  reveal: [Array.isArray, 'an array of messages', OPTIONAL, checkMessages],
  luminance: [isShare, SHARE, OPTIONAL],
  saturatedRed: [isShare, SHARE, OPTIONAL],
  // Checked before the rest (the rules depend on it); listed so JSON does not call it unknown.
  kind: [isKind, KIND_LIST],
} satisfies Rules;

/**
 * Each kind's fields, in the order they are checked. Exported for a type test that matches
 * each table's keys with its frame type's, so a field cannot go unchecked.
 */
export const FRAME_RULES = {
  card: {
    ...BASE_RULES,
    background: [isString, 'a CSS background (a string)'],
    text: [isString, STRING, OPTIONAL],
  },
  image: {
    ...BASE_RULES,
    src: [isText, 'an image URL'],
    srcSet: [isText, TEXT, OPTIONAL],
    sizes: [isText, TEXT, OPTIONAL],
    focal: [Array.isArray, '[x, y], two numbers from 0 to 1', OPTIONAL, checkFocal],
  },
  // `duration` stays required for videos: it is the frame's length until the metadata is known,
  // and its whole length if the video never loads.
  video: { ...BASE_RULES, src: [isText, 'a video URL'], poster: [isText, TEXT, OPTIONAL] },
  render: {
    ...BASE_RULES,
    render: [(value) => typeof value === 'function', 'a function returning React content'],
  },
} satisfies FrameRules;

/**
 * A JSON `render` frame's fields: JSON cannot hold functions, so it names one of `components`
 * and gives it `props` (`{ "component": "bus", "props": { "line": 42 } }`) instead of `render`.
 */
export function jsonRenderRules(components: StoryComponents = {}) {
  const names = Object.keys(components);
  return {
    ...BASE_RULES,
    component: [
      // An own key only: `toString` names no component.
      (name) => typeof name === 'string' && Object.hasOwn(components, name),
      names.length > 0
        ? `one of ${quoted(names)}`
        : 'a component name passed in options.components (none were)',
    ],
    props: [isRecord, 'an object of props', OPTIONAL],
  } satisfies Rules;
}
