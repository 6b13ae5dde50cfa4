import { useStoriesContext } from '../StoriesContext';
import { useSwipeContext } from '../swipe/SwipeContext';

/**
 * In a collection, the buttons to the previous and next story (what a sideways swipe or
 * Shift+← / → does), at the stage's edges. Renders nothing outside a collection or where there
 * is no such story.
 */
export function StoryNav({ className }: { className?: string }) {
  const { labels, dir } = useStoriesContext('Stories.StoryNav');
  const swipe = useSwipeContext();
  const position = swipe?.position;
  if (!swipe?.stepStory || !position) return null;
  const step = swipe.stepStory;
  // Skip icons point the reading direction's way.
  const [back, forward] = dir === 'rtl' ? [SKIP_RIGHT, SKIP_LEFT] : [SKIP_LEFT, SKIP_RIGHT];

  const buttons = [
    { delta: -1, control: 'previous-story', label: labels.previousStory, icon: back },
    { delta: 1, control: 'next-story', label: labels.nextStory, icon: forward },
  ] as const;

  return (
    <div className={className ? `hs-story-nav ${className}` : 'hs-story-nav'} data-hs-story-nav>
      {buttons
        .filter(
          ({ delta }) => position.index + delta >= 0 && position.index + delta < position.count,
        )
        .map(({ delta, control, label, icon }) => (
          <button
            key={control}
            type="button"
            className="hs-button"
            data-hs-control={control}
            aria-label={label}
            title={label}
            onClick={() => step(delta, 'api')}
          >
            {icon}
          </button>
        ))}
    </div>
  );
}

const skip = (path: string) => (
  <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
    <path d={path} fill="currentColor" />
  </svg>
);
const SKIP_LEFT = skip('M6 5h2v14H6zm12.4.4L17 4l-8 8 8 8 1.4-1.4-6.6-6.6z');
const SKIP_RIGHT = skip('M16 5h2v14h-2zM5.6 5.4 7 4l8 8-8 8-1.4-1.4 6.6-6.6z');
