import { EVENT_PROPS } from './player/forwardEvents';
import type { StoryEvents, StoryOptions } from './types';

/** Every option of a story by name (a type test holds it to `keyof StoryOptions`). */
export const STORY_OPTIONS = [
  'playbackRate',
  'holdDelay',
  'holdPrompt',
  'glimpse',
  'labels',
  'dir',
  'flashGuard',
  'preloadAhead',
  'onClose',
  'allowUrl',
  'scroll',
  'fallback',
  'onInvalid',
  'loader',
  'paused',
  'defaultPaused',
  'onPausedChange',
  'readingMode',
  'defaultReadingMode',
  'onReadingModeChange',
  'muted',
  'defaultMuted',
  'onMutedChange',
] as const satisfies readonly (keyof StoryOptions)[];

const OPTIONS = new Set<string>(STORY_OPTIONS);
const EVENTS = new Set<string>(Object.values(EVENT_PROPS));

/**
 * Splits a story's props (or a collection's) into the story's options, its events, and the rest:
 * the element's own props. The one place that knows which props are the story's.
 */
export function splitProps<Props extends object>(props: Props) {
  const options: Record<string, unknown> = {};
  const events: Record<string, unknown> = {};
  const element: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    (OPTIONS.has(key) ? options : EVENTS.has(key) ? events : element)[key] = value;
  }
  return {
    options: options as StoryOptions,
    /** The event props, as given (a collection's, which carry positions, are cast back). */
    events: events as StoryEvents,
    element: element as Omit<Props, keyof StoryOptions | keyof StoryEvents>,
  };
}
