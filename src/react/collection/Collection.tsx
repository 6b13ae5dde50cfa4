import {
  forwardRef,
  type ReactNode,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import type { PlayerEventMap } from '../../engine';
import { describeValue } from '../../engine/validate';
import { resolveLabels } from '../labels';
import { cx, Root, type StoriesHandle, type StoriesRootProps } from '../parts/Root';
import { SwipeContext, type SwipeContextValue } from '../swipe/SwipeContext';
import { usePrefersReducedMotion } from '../swipe/usePrefersReducedMotion';
import type { Story } from '../types';
import { useControllableState } from '../useControllableState';
import { useBrowserLayoutEffect, useLatest } from '../useLatest';
import { useReadingModeState } from '../useReadingMode';
import type { StoryPlayerEvents } from '../useStoryPlayer';
import type { StoryTransition } from './placePanes';
import {
  createMemorySeenStorage,
  markEnded,
  markShown,
  resumeIndex,
  type SeenStorage,
} from './seenStorage';
import { type StoryChangeCause, useStoryTrack } from './useStoryTrack';

/** Which story of a collection an event comes from. */
export interface StoryPosition {
  storyId: string;
  storyIndex: number;
}

/** A collection moved to another story. */
export interface StoryChangeEvent {
  from: number;
  to: number;
  storyId: string;
  cause: StoryChangeCause;
}

type WithPosition<Handler> = Handler extends (event: infer Event) => void
  ? (event: Event & StoryPosition) => void
  : never;

/** The story events of a collection: the same as one story's, each with its story's position. */
export type CollectionEvents = {
  [Name in keyof StoryPlayerEvents]?: WithPosition<NonNullable<StoryPlayerEvents[Name]>>;
};

/** Props of `<Stories stories={…}>` that a single story does not have. */
export interface CollectionOptions {
  /** The stories, in order; the viewer moves between them sideways. Ids must be unique. */
  stories: Story[];
  /** Controlled current story; pair it with `onStoryIndexChange`. */
  storyIndex?: number;
  /** Uncontrolled first story. Default 0 (or where `seenStorage` says nothing). */
  defaultStoryIndex?: number;
  /** Called with the new index on every story change (asked first when controlled). */
  onStoryIndexChange?: (storyIndex: number) => void;
  /** A move to another story: `cause` is swipe, tap, key, auto (a story ended) or api. */
  onStoryChange?: (event: StoryChangeEvent) => void;
  /**
   * Which frames each story has shown and where it resumes. Default: in memory for the life of
   * the component; `createLocalStorageSeenStorage()` keeps it across visits. Read when the
   * collection mounts.
   */
  seenStorage?: SeenStorage;
  /** The move between stories: `'cube'` (default) or `'slide'`; a cross-fade under reduced motion. */
  transition?: Exclude<StoryTransition, 'fade'>;
}

export interface StoriesCollectionProps
  extends Omit<
      StoriesRootProps,
      'story' | 'frameIndex' | 'defaultFrameIndex' | 'onFrameIndexChange' | keyof StoryPlayerEvents
    >,
    CollectionEvents,
    CollectionOptions {}

/** A ref on a collection: the current story's commands, and moves between stories. */
export interface StoriesCollectionHandle extends StoriesHandle {
  nextStory(): void;
  prevStory(): void;
  /** Cuts to story `index` (adjacent stories move with the transition). */
  goToStory(index: number): void;
}

/** The props a collection keeps for itself; every other prop goes to each story's Root. */
const OWN_PROPS = new Set<string>([
  'stories',
  'storyIndex',
  'defaultStoryIndex',
  'onStoryIndexChange',
  'onStoryChange',
  'seenStorage',
  'transition',
  'children',
  'className',
  'style',
  'paused',
  'defaultPaused',
  'onPausedChange',
  'readingMode',
  'defaultReadingMode',
  'onReadingModeChange',
  'muted',
  'defaultMuted',
  'onMutedChange',
  'loop',
  'onClose',
  'onEnded',
]);

/**
 * Several stories, one after the other: the current one plays; its neighbours are mounted,
 * paused and hidden from assistive technology, ready for a drag to bring them in. A story that
 * ends moves on to the next; the last one fires `onEnded` (or starts over with `loop`).
 */
export const Collection = forwardRef<StoriesCollectionHandle, StoriesCollectionProps>(
  function StoriesCollection(props, ref) {
    const { stories, dir = 'ltr', className, style, children } = props;
    const problem = collectionProblem(stories);
    const count = problem ? 0 : stories.length;
    const [rawIndex, setIndex] = useControllableState({
      value: props.storyIndex,
      defaultValue: props.defaultStoryIndex ?? 0,
      onChange: props.onStoryIndexChange,
    });
    const index = clamp(rawIndex, count);
    const [paused, setPaused] = useControllableState({
      value: props.paused,
      defaultValue: props.defaultPaused ?? false,
      onChange: props.onPausedChange,
    });
    const [reading, setReading] = useReadingModeState(props);
    // The viewer's sound choice holds across stories, like it does across frames.
    const [muted, setMuted] = useControllableState({
      value: props.muted,
      defaultValue: props.defaultMuted ?? true,
      onChange: props.onMutedChange,
    });
    const playing = useLatest(!paused && !reading);
    const [seen] = useState(() => props.seenStorage ?? createMemorySeenStorage());
    const labels = useMemo(() => resolveLabels(props.labels), [props.labels]);
    const reduced = usePrefersReducedMotion();
    const transition: StoryTransition = reduced ? 'fade' : (props.transition ?? 'cube');
    const latest = useLatest(props);
    const current = useRef<StoriesHandle>(null);
    const [announcement, setAnnouncement] = useState('');

    const track = useStoryTrack({
      index,
      count,
      transition,
      dir,
      onClose: props.onClose,
      commit: (to, cause) => {
        const from = index;
        const story = latest.current.stories[to];
        if (!story) return;
        flushSync(() => setIndex(to));
        latest.current.onStoryChange?.({ from, to, storyId: story.id, cause });
        setAnnouncement(labels.storyPosition(to + 1, count, story.title));
      },
    });

    const swipe = useMemo<SwipeContextValue>(
      () => ({
        sideways: track.sideways,
        down: props.onClose ? track.down : undefined,
        stepStory: (delta, cause) => track.step(delta, cause),
        position: { index, count },
      }),
      [track, props.onClose, index, count],
    );

    useImperativeHandle(
      ref,
      () => ({
        play: () => current.current?.play(),
        pause: () => current.current?.pause(),
        next: () => current.current?.next(),
        prev: () => current.current?.prev(),
        goTo: (frame, progress) => current.current?.goTo(frame, progress),
        hold: () => current.current?.hold(),
        release: () => current.current?.release(),
        reveal: () => current.current?.reveal(),
        conceal: () => current.current?.conceal(),
        nextStory: () => track.step(1, 'api'),
        prevStory: () => track.step(-1, 'api'),
        goToStory: (to) => {
          if (!Number.isInteger(to) || to < 0 || to >= count) {
            console.warn(
              `react-hold-stories: goToStory: expected a whole number from 0 to ${count - 1}, got ${to}`,
            );
            return;
          }
          if (Math.abs(to - index) === 1) track.step(to > index ? 1 : -1, 'api');
          else if (to !== index) track.commitNow(to, 'api');
        },
      }),
      [track, count, index],
    );

    useFocusFollowsStory(track.viewport, index);
    // A story brought back after it ended starts over; one that was paused as a neighbour plays.
    // biome-ignore lint/correctness/useExhaustiveDependencies: on each story change only
    useEffect(() => {
      if (playing.current) current.current?.play();
      // The frame it opens on is shown now (a story that ended reports its restart itself).
      const story = latest.current.stories[index];
      const record = story && seen.load(story.id);
      const frame = story?.frames[resumeIndex(record, story.frames)];
      if (story && frame && !record?.ended) seen.save(story.id, markShown(record, frame.id));
    }, [index]);

    if (problem) {
      return (
        <section className={cx('hs-collection', className)} style={style} data-hs-error dir={dir}>
          <p role="alert">{problem}</p>
        </section>
      );
    }

    const shared = paneProps(props);
    const onEnded = (storyIndex: number, event: PlayerEventMap['ended']) => {
      const story = stories[storyIndex];
      if (story) seen.save(story.id, markEnded(seen.load(story.id)));
      if (track.step(1, 'auto')) return;
      if (props.loop && count > 1) track.commitNow(0, 'auto');
      else if (story) latest.current.onEnded?.({ ...event, storyId: story.id, storyIndex });
    };

    return (
      <SwipeContext.Provider value={swipe}>
        <div
          ref={track.viewport}
          className={cx('hs-collection', className)}
          style={style}
          dir={dir}
          data-hs-collection
          data-transition={transition}
        >
          {[index - 1, index, index + 1].map((storyIndex) => {
            const story = stories[storyIndex];
            if (!story) return null;
            const isCurrent = storyIndex === index;
            return (
              <Pane key={story.id} paneRef={track.paneRef(storyIndex)} current={isCurrent}>
                <Root
                  {...shared}
                  {...(isCurrent ? withPosition(props, story.id, storyIndex) : {})}
                  ref={isCurrent ? current : undefined}
                  story={story}
                  dir={dir}
                  loop={props.loop && count === 1}
                  defaultFrameIndex={resumeIndex(seen.load(story.id), story.frames)}
                  paused={isCurrent ? paused : true}
                  onPausedChange={isCurrent ? setPaused : undefined}
                  // A neighbour reveals nothing: its messages are revealed (and reported) when it
                  // becomes the story the viewer reads.
                  readingMode={isCurrent && reading}
                  onReadingModeChange={setReading}
                  muted={muted}
                  onMutedChange={setMuted}
                  onClose={props.onClose}
                  onFrameChange={
                    isCurrent
                      ? (event) => {
                          const frame = story.frames[event.to];
                          if (frame) seen.save(story.id, markShown(seen.load(story.id), frame.id));
                          latest.current.onFrameChange?.({
                            ...event,
                            storyId: story.id,
                            storyIndex,
                          });
                        }
                      : undefined
                  }
                  onEnded={isCurrent ? (event) => onEnded(storyIndex, event) : undefined}
                >
                  {children}
                </Root>
              </Pane>
            );
          })}
          <p className="hs-sr-only" aria-live="polite">
            {announcement}
          </p>
        </div>
      </SwipeContext.Provider>
    );
  },
);

/**
 * One story's place in the track. Only the current one is in the accessibility tree and the
 * tab order (`inert` is set on the element: React 18 has no `inert` prop).
 */
function Pane(props: {
  paneRef: (element: HTMLElement | null) => void;
  current: boolean;
  children: ReactNode;
}) {
  const element = useRef<HTMLDivElement | null>(null);
  const { paneRef, current } = props;
  useBrowserLayoutEffect(() => {
    if (element.current) element.current.inert = !current;
  }, [current]);
  return (
    <div
      ref={(node) => {
        element.current = node;
        paneRef(node);
      }}
      className="hs-pane"
      data-current={current ? '' : undefined}
      aria-hidden={current ? undefined : true}
    >
      {props.children}
    </div>
  );
}

/** When the story changes while the focus was in the collection, it follows to the new stage. */
function useFocusFollowsStory(viewport: { current: HTMLElement | null }, index: number) {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each story change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = viewport.current;
    const focused = document.activeElement;
    if (!root || (focused && focused !== document.body && !root.contains(focused))) return;
    root
      .querySelector<HTMLElement>('[data-current] [data-hs-stage]')
      ?.focus({ preventScroll: true });
  }, [index]);
}

/** Every prop meant for each story's Root: not the collection's own, not an event. */
function paneProps(props: StoriesCollectionProps): Partial<StoriesRootProps> {
  const shared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!OWN_PROPS.has(key) && !isEventProp(key)) shared[key] = value;
  }
  return shared;
}

/** The current story's event props, each adding the story's id and index to its event. */
function withPosition(
  props: StoriesCollectionProps,
  storyId: string,
  storyIndex: number,
): Partial<StoriesRootProps> {
  const events: Record<string, unknown> = {};
  for (const [key, handler] of Object.entries(props)) {
    if (OWN_PROPS.has(key) || !isEventProp(key) || typeof handler !== 'function') continue;
    if (key === 'onFrameChange') continue;
    events[key] = (event: unknown) =>
      handler(
        typeof event === 'object' && event !== null ? { ...event, storyId, storyIndex } : event,
      );
  }
  return events;
}

function isEventProp(key: string): boolean {
  return /^on[A-Z]/.test(key);
}

function clamp(index: number, count: number): number {
  if (count === 0) return 0;
  return Number.isInteger(index) ? Math.min(Math.max(index, 0), count - 1) : 0;
}

/** What is wrong with the list itself (each story is checked by its own player). */
function collectionProblem(stories: unknown): string | null {
  if (!Array.isArray(stories) || stories.length === 0) {
    return `react-hold-stories: stories: expected a non-empty array of stories, got ${Array.isArray(stories) ? 'an empty array' : describeValue(stories)}`;
  }
  const seenIds = new Map<string, number>();
  for (const [position, story] of stories.entries()) {
    const id = (story as Partial<Story> | null)?.id;
    if (typeof id !== 'string' || id === '') {
      return `react-hold-stories: stories[${position}].id: expected a non-empty string, got ${describeValue(id)}`;
    }
    const earlier = seenIds.get(id);
    if (earlier !== undefined) {
      return `react-hold-stories: stories[${position}].id: expected a unique id, got "${id}" (also stories[${earlier}])`;
    }
    seenIds.set(id, position);
  }
  return null;
}
