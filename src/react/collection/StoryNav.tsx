import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useCollection } from '../collectionContext';
import { useStoriesContext } from '../context';
import { Button } from '../parts/Button';
import { ICONS, icon } from '../parts/icons';
import { cx } from '../util/dom';

/**
 * In a collection, the buttons to the previous and next story (what a sideways swipe or
 * Shift+← / → does), at the stage's edges; none where there is no such story.
 */
export const StoryNav = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesStoryNav({ className, ...props }, ref) {
    const { labels, dir } = useStoriesContext('StoryNav');
    const collection = useCollection();
    if (!collection) return null;
    const { storyIndex, count, stepStory } = collection;
    // Skip icons point the reading direction's way.
    const [back, forward] =
      dir === 'rtl' ? [ICONS.skipRight, ICONS.skipLeft] : [ICONS.skipLeft, ICONS.skipRight];
    return (
      <div className={cx('hs-story-nav', className)} data-hs-story-nav {...props} ref={ref}>
        {storyIndex > 0 && (
          <Button
            name="previous-story"
            label={labels.previousStory}
            onClick={() => stepStory(-1, 'api')}
          >
            {icon(back)}
          </Button>
        )}
        {storyIndex < count - 1 && (
          <Button name="next-story" label={labels.nextStory} onClick={() => stepStory(1, 'api')}>
            {icon(forward)}
          </Button>
        )}
      </div>
    );
  },
);
StoryNav.displayName = 'StoryNav';
