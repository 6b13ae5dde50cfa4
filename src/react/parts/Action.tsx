import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { compose, cx } from '../util/dom';
import { ICONS, icon } from './icons';

/**
 * The current frame's call to action: a real link at the bottom of the frame, above the
 * controls. Pressing it follows it and never touches the story (the stage leaves links alone);
 * a swipe up on the stage follows it too. `onAction` fires first. Nothing when the frame has none.
 */
export const Action = forwardRef<HTMLAnchorElement, ComponentPropsWithoutRef<'a'>>(
  function StoriesAction({ className, ...props }, ref) {
    const { story, player } = useStoriesContext('Stories.Action');
    const index = usePlayerState((state) => state.frameIndex);
    const cta = story.frames[index]?.cta;
    if (!cta) return null;
    return (
      <a
        key={index}
        className={cx('hs-action', className)}
        part="action"
        href={cta.href}
        data-hs-action
        {...props}
        onClick={compose(props.onClick, () => player.reportAction(cta.href))}
        ref={ref}
      >
        {icon(ICONS.up, 22, 'hs-action-hint')}
        <span className="hs-action-label">{cta.label}</span>
      </a>
    );
  },
);
Action.displayName = 'Stories.Action';
