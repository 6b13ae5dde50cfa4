import type { Ref } from 'react';
import { StoriesCollection } from '../react/collection/StoriesCollection';
import type { StoriesCollectionHandle } from '../react/collection/types';
import { EVENT_PROPS } from '../react/player/forwardEvents';
import { Stories } from '../react/Stories';
import type { StoriesHandle, StoryEvents } from '../react/types';
import { formatIssue, type StoryIssue } from '../story/issues';
import type { ElementOptions } from './attributes';
import type { Loaded } from './loadSource';

/** What the element shows: its checked options, and its stories (or why there are none). */
export interface ElementView {
  options: ElementOptions;
  /** Nothing yet while `src` loads. */
  loaded?: Loaded;
  /** Fires an event on the element: `framechange`, `error`, `close`… */
  dispatch(name: string, detail: object): void;
  /** The viewer toggled reading mode: the element reflects it in its attribute. */
  setReadingMode(on: boolean): void;
  handle: Ref<StoriesCollectionHandle & StoriesHandle>;
}

/** An `error` event's detail for stories that cannot play, as a `src` that failed gives it. */
const invalidDetail = (src: string | undefined, issues: readonly StoryIssue[]) => ({
  kind: 'invalid',
  src,
  message: issues[0] ? formatIssue(issues[0]) : '',
  issues,
});

const problem = (text: string) => (
  <p className="hs-element-error" role="alert" part="error">
    {text}
  </p>
);

/**
 * The element's React tree: one story (`<Stories>`) or several (`<StoriesCollection>`), every
 * event dispatched on the element under the engine's name, and any problem shown as text.
 */
export function ElementStories({ view }: { view: ElementView }) {
  const { options, loaded, dispatch } = view;
  if (!loaded) return null;
  if (!loaded.ok) return problem(loaded.error.message);
  const events: Record<string, (detail: object) => void> = {};
  for (const [name, prop] of Object.entries(EVENT_PROPS)) {
    events[prop] = (detail) => dispatch(name, detail);
  }
  const shared = {
    ...(events as StoryEvents),
    playbackRate: options.playbackRate,
    labels: options.labels,
    holdDelay: options.holdDelay,
    flashGuard: options.flashGuard,
    readingMode: options.readingMode,
    onReadingModeChange: view.setReadingMode,
    header: options.header,
    loop: options.loop,
    onClose: options.closable ? () => dispatch('close', {}) : undefined,
    scroll: options.scroll,
    glimpse: options.glimpse,
    holdPrompt: options.holdPrompt,
    fallback: (issues: readonly StoryIssue[]) =>
      problem(invalidDetail(options.src, issues).message),
    onInvalid: (issues: readonly StoryIssue[]) =>
      dispatch('error', invalidDetail(options.src, issues)),
  };
  const [first] = loaded.stories;
  if (!loaded.collection && first) {
    return (
      <Stories {...shared} ref={view.handle} story={first} defaultFrameIndex={options.start} />
    );
  }
  return (
    <StoriesCollection
      {...(shared as object)}
      ref={view.handle}
      stories={loaded.stories}
      defaultStoryIndex={options.start}
      onStoryChange={(detail) => dispatch('storychange', detail)}
    />
  );
}
