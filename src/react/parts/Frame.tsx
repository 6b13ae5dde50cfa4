import { type ComponentPropsWithoutRef, forwardRef, Suspense } from 'react';
import type { Frame as FrameData, RenderFrame } from '../../story/types';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { FrameImage } from '../media/FrameImage';
import { FrameVideo } from '../media/FrameVideo';
import { MediaFallback } from '../media/MediaFallback';
import { useImagePreload } from '../media/useImagePreload';
import { cx } from '../util/dom';
import { Choice } from './Choice';
import { RenderBoundary } from './RenderBoundary';

/**
 * The current frame (`data-kind`, `data-failed`). Only it is in the DOM: the images around it
 * are fetched and decoded off-DOM, and the player waits (with a loader after 300 ms, shown by
 * the skin from the root's `data-waiting`) for a frame whose media is late. A frame whose media
 * failed shows its `alt` text instead. Every frame carries its text alternative (an image's
 * `alt`, otherwise visually hidden text).
 */
export const Frame = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesFrame({ className, ...props }, ref) {
    const { story, loader } = useStoriesContext('Stories.Frame');
    const index = usePlayerState((state) => state.frameIndex);
    const failed = usePlayerState((state) => state.mediaFailed);
    useImagePreload(index);
    const frame = story.frames[index];
    if (!frame) return null;
    return (
      <>
        <div
          key={frame.id}
          className={cx('hs-frame', className)}
          data-hs-frame
          data-kind={frame.kind}
          data-failed={failed ? '' : undefined}
          {...props}
          ref={ref}
        >
          <FrameContent frame={frame} index={index} failed={failed} />
        </div>
        {/* Decorative: the story region already says which frame it is on. */}
        <div className="hs-loader" data-hs-loader aria-hidden="true">
          {loader ?? <span className="hs-loader-ring" />}
        </div>
      </>
    );
  },
);
Frame.displayName = 'Stories.Frame';

function FrameContent({
  frame,
  index,
  failed,
}: {
  frame: FrameData;
  index: number;
  failed: boolean;
}) {
  const { player } = useStoriesContext('Stories.Frame');
  if (failed && frame.kind !== 'card' && frame.kind !== 'choice') {
    return <MediaFallback frame={frame} />;
  }
  const alt = <p className="hs-sr-only">{frame.alt}</p>;
  switch (frame.kind) {
    case 'image':
      return <FrameImage frame={frame} />;
    case 'video':
      return <FrameVideo frame={frame} />;
    case 'card':
      return (
        <>
          <div className="hs-card" style={{ background: frame.background }} aria-hidden="true">
            {frame.text && <p className="hs-card-text">{frame.text}</p>}
          </div>
          {alt}
        </>
      );
    case 'choice':
      return <Choice frame={frame} />;
    case 'render':
      return (
        <>
          <div className="hs-render">
            <RenderBoundary
              onError={() => player.reportMediaError(frame.id, { kind: 'render', src: '' })}
            >
              {/* On a server, where boundaries do not catch, a throw leaves this empty and
                  the browser renders it again (and the boundary catches it there). */}
              <Suspense fallback={null}>
                <Render frame={frame} index={index} />
              </Suspense>
            </RenderBoundary>
          </div>
          {alt}
        </>
      );
  }
}

/** A `render` frame's content: the author's function, called inside the boundary. */
function Render({ frame, index }: { frame: RenderFrame; index: number }) {
  const { progress } = useStoriesContext('Stories.Frame');
  const revealing = usePlayerState((state) => state.revealing);
  return frame.render({ progress, active: true, revealing, index, frame });
}
