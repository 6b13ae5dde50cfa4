import { useEffect, useRef } from 'react';
import type { Story } from '../../story/types';
import { useLatest } from '../util/useLatest';
import { markShown, resumeIndex, type SeenStorage } from './seenStorage';
import type { StoriesCollectionProps } from './types';

/**
 * When a story becomes the current one: the frame it opens on is shown now (seen state), and a
 * neighbour brought in — mounted, paused and unseen until then — says its first frame
 * (`onFrameChange` with cause `'start'`). A story mounted as the current one (the first, or
 * after a jump) says it itself.
 */
export function useStoryShown(
  index: number,
  stories: Story[],
  seen: SeenStorage,
  onFrameChange: StoriesCollectionProps['onFrameChange'],
): void {
  const latest = useLatest({ stories, onFrameChange });
  const previous = useRef(index);
  // biome-ignore lint/correctness/useExhaustiveDependencies: on each story change only
  useEffect(() => {
    const from = previous.current;
    previous.current = index;
    const story = latest.current.stories[index];
    if (!story) return;
    const record = seen.load(story.id);
    const frameIndex = resumeIndex(record, story.frames);
    const frame = story.frames[frameIndex];
    // A story that ended reports its restart itself.
    if (frame && !record?.ended) seen.save(story.id, markShown(record, frame.id));
    if (Math.abs(index - from) !== 1) return;
    latest.current.onFrameChange?.({
      from: -1,
      to: frameIndex,
      cause: 'start',
      at: performance.now(),
      storyId: story.id,
      storyIndex: index,
    });
  }, [index]);
}
