import { forwardRef, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Story } from '../../story/types';
import { resolveLabels } from '../labels';
import { defaultLayout } from '../layout';
import { Invalid } from '../parts/Invalid';
import { Root } from '../parts/Root';
import { useControllableState } from '../player/useControllableState';
import { splitProps } from '../splitProps';
import type { StoriesHandle, StoryEvents } from '../types';
import { cx } from '../util/dom';
import { usePrefersReducedMotion } from '../util/reducedMotion';
import { useLatest } from '../util/useLatest';
import { listProblem } from './listProblem';
import { Pane } from './Pane';
import { StoryNav } from './StoryNav';
import {
  answersOf,
  createMemorySeenStorage,
  markAnswered,
  markEnded,
  markShown,
  resumeIndex,
} from './seenStorage';
import type { CollectionEvents, StoriesCollectionHandle, StoriesCollectionProps } from './types';
import { useCollectionHandle } from './useCollectionHandle';
import { useFocusFollowsStory } from './useFocusFollowsStory';
import { useSharedState } from './useSharedState';
import { useStoryShown } from './useStoryShown';
import { useStoryTrack } from './useStoryTrack';

const LAYOUTS = [defaultLayout(false, <StoryNav />), defaultLayout(true, <StoryNav />)] as const;

/**
 * Several stories, one after the other: the current one plays; its neighbours are mounted,
 * paused and hidden from assistive technology, ready for a drag to bring them in. A story that
 * ends moves on to the next; the last one fires `onEnded` (or starts over with `loop`). Pause,
 * reading mode and sound belong to the whole collection.
 */
export const StoriesCollection = forwardRef<StoriesCollectionHandle, StoriesCollectionProps>(
  function StoriesCollection(props, ref) {
    const {
      stories,
      storyIndex,
      defaultStoryIndex,
      onStoryIndexChange,
      onStoryChange,
      seenStorage,
      transition: transitionProp = 'cube',
      loop,
      header = false,
      children = LAYOUTS[header ? 1 : 0],
      className,
      ...rest
    } = props;
    const { options, element, ...split } = splitProps(rest);
    const events = split.events as CollectionEvents;
    const { onClose, dir = 'ltr' } = options;
    const problem = useMemo(() => listProblem(stories), [stories]);
    const report = useLatest(options.onInvalid);
    useEffect(() => {
      if (problem) report.current?.([problem]);
    }, [problem, report]);
    const count = problem ? 0 : stories.length;
    const [rawIndex, setIndex] = useControllableState(
      'storyIndex',
      storyIndex,
      defaultStoryIndex ?? 0,
      onStoryIndexChange,
    );
    const index = Number.isInteger(rawIndex) ? Math.min(Math.max(rawIndex, 0), count - 1) : 0;
    const shared = useSharedState(options);
    const [seen] = useState(() => seenStorage ?? createMemorySeenStorage());
    const labels = useMemo(() => resolveLabels(options.labels), [options.labels]);
    const transition = usePrefersReducedMotion() ? 'fade' : transitionProp;
    const latest = useLatest(props);
    const current = useRef<StoriesHandle>(null);
    const [announcement, setAnnouncement] = useState('');

    const track = useStoryTrack({
      index,
      count,
      transition,
      dir,
      onClose,
      commit: (to, cause) => {
        const story = latest.current.stories[to];
        if (!story) return;
        flushSync(() => setIndex(to));
        latest.current.onStoryChange?.({ from: index, to, storyId: story.id, cause });
        setAnnouncement(labels.storyPosition(to + 1, count, story.title));
      },
    });
    const moves = useMemo(
      () => ({
        count,
        sideways: track.sideways,
        down: onClose && track.down,
        stepStory: track.step,
      }),
      [count, track, onClose],
    );

    useCollectionHandle(ref, current, track, index, count);
    useFocusFollowsStory(track.viewport, index);
    useStoryShown(index, stories, seen, events.onFrameChange);

    if (problem) {
      return (
        <Invalid
          as="div"
          issues={[problem]}
          fallback={options.fallback}
          className={cx('hs-collection', className)}
          dir={dir}
        />
      );
    }

    /** The current story's frame changes, answers and end: kept as seen; the end moves on. */
    const endingEvents = (story: Story, storyIndex: number): StoryEvents => ({
      onFrameChange(event) {
        const frame = story.frames[event.to];
        if (frame) seen.save(story.id, markShown(seen.load(story.id), frame.id));
        events.onFrameChange?.({ ...event, storyId: story.id, storyIndex });
      },
      onAnswer(event) {
        seen.save(story.id, markAnswered(seen.load(story.id), event.frameId, event.optionIndex));
        events.onAnswer?.({ ...event, storyId: story.id, storyIndex });
      },
      onEnded(event) {
        seen.save(story.id, markEnded(seen.load(story.id)));
        if (track.step(1, 'auto')) return;
        if (loop && count > 1) track.commitNow(0, 'auto');
        else events.onEnded?.({ ...event, storyId: story.id, storyIndex });
      },
    });
    return (
      <div
        className={cx('hs-collection', className)}
        dir={dir}
        data-hs-collection
        data-transition={transition}
        data-scroll={options.scroll === 'vertical' ? 'vertical' : undefined}
        {...element}
        ref={track.viewport}
      >
        {[index - 1, index, index + 1].map((storyIndex) => {
          const story = stories[storyIndex];
          if (!story) return null;
          const isCurrent = storyIndex === index;
          return (
            <Pane
              key={story.id}
              story={story}
              storyIndex={storyIndex}
              current={isCurrent}
              moves={moves}
              paneRef={track.paneRef(storyIndex)}
            >
              <Root
                {...options}
                // The current story's events; the story adds its `storyId` and `storyIndex`.
                {...(isCurrent && (events as StoryEvents))}
                ref={isCurrent ? current : undefined}
                story={story}
                loop={loop && count === 1}
                defaultFrameIndex={resumeIndex(seen.load(story.id), story.frames)}
                defaultAnswers={answersOf(seen.load(story.id))}
                paused={isCurrent ? shared.paused : true}
                onPausedChange={isCurrent ? shared.setPaused : undefined}
                // A neighbour reveals nothing: its messages are revealed (and reported) when it
                // becomes the story the viewer reads.
                readingMode={isCurrent && shared.reading}
                onReadingModeChange={shared.setReading}
                muted={shared.muted}
                onMutedChange={shared.setMuted}
                {...(isCurrent && endingEvents(story, storyIndex))}
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
    );
  },
);
