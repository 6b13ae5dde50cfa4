import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useStoriesContext } from '../context';
import { cx } from '../util/dom';

/**
 * The story's header, as story players show it: its `avatar` (when it has one), its title and
 * its `subtitle`. Placed in the chrome, it fades with it during a hold. The avatar is decorative
 * (the title says whose story it is).
 */
export const Header = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesHeader({ className, ...props }, ref) {
    const { story } = useStoriesContext('Stories.Header');
    return (
      <div className={cx('hs-header', className)} part="header" data-hs-header {...props} ref={ref}>
        {story.avatar && <img className="hs-avatar" src={story.avatar} alt="" draggable={false} />}
        <div className="hs-header-text">
          <p className="hs-title">{story.title}</p>
          {story.subtitle && <p className="hs-subtitle">{story.subtitle}</p>}
        </div>
      </div>
    );
  },
);
Header.displayName = 'Stories.Header';
