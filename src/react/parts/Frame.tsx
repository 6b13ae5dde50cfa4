import type { CSSProperties } from 'react';
import { measureImageTone } from '../frameTone';
import { selectFrameIndex, selectRevealing, usePlayerState } from '../hooks';
import { FrameVideo } from '../media/FrameVideo';
import { useMediaContext } from '../media/MediaContext';
import { MediaFallback } from '../media/MediaFallback';
import { MediaLoader } from '../media/MediaLoader';
import { selectMediaFailed } from '../media/selectors';
import { useStoriesContext } from '../StoriesContext';
import type { FrameContext, Frame as FrameData, ImageFrame } from '../types';
import { useImagePreload } from '../useImagePreload';

/**
 * The current frame. Only it is in the DOM: the images around it are fetched and decoded
 * off-DOM, and the player waits (with a loader after 300 ms) for a frame whose media is late.
 * A frame whose media failed shows its `alt` text instead. Every frame carries its text
 * alternative (an image's `alt`, otherwise visually hidden text).
 */
export function Frame({ className }: { className?: string }) {
  const { story, reportTone } = useStoriesContext('Stories.Frame');
  const { registry, preloadAhead } = useMediaContext('Stories.Frame');
  const index = usePlayerState(selectFrameIndex);
  const failed = usePlayerState(selectMediaFailed);
  const frame = story.frames[index];
  useImagePreload(story.frames, index, {
    ahead: preloadAhead,
    registry,
    onDecoded(frameId, image) {
      const tone = measureImageTone(image);
      if (tone) reportTone(frameId, tone);
    },
  });
  if (!frame) return null;
  return (
    <>
      <div
        key={frame.id}
        className={className ? `hs-frame ${className}` : 'hs-frame'}
        data-hs-frame
        data-kind={frame.kind}
        data-failed={failed ? '' : undefined}
      >
        <FrameContent frame={frame} index={index} failed={failed} />
      </div>
      <MediaLoader />
    </>
  );
}

function FrameContent({
  frame,
  index,
  failed,
}: {
  frame: FrameData;
  index: number;
  failed: boolean;
}) {
  const { progress } = useStoriesContext('Stories.Frame');
  const { registry } = useMediaContext('Stories.Frame');
  const revealing = usePlayerState(selectRevealing);
  switch (frame.kind) {
    case 'image':
      if (failed) return <MediaFallback frame={frame} />;
      return (
        <img
          className="hs-image"
          src={frame.src}
          srcSet={frame.srcSet}
          sizes={frame.sizes}
          alt={frame.alt}
          style={focalStyle(frame)}
          draggable={false}
          // Decoded already by the preloader: painted with the frame, never a frame later.
          decoding="sync"
          onError={(event) =>
            registry.fail(frame.id, {
              kind: 'image',
              src: event.currentTarget.currentSrc || frame.src,
            })
          }
        />
      );
    case 'video':
      return failed ? <MediaFallback frame={frame} /> : <FrameVideo frame={frame} />;
    case 'card':
      return (
        <>
          <div className="hs-card" style={{ background: frame.background }} aria-hidden="true">
            {frame.text && <p className="hs-card-text">{frame.text}</p>}
          </div>
          <p className="hs-sr-only">{frame.alt}</p>
        </>
      );
    case 'render': {
      const context: FrameContext = { progress, active: true, revealing, index, frame };
      return (
        <>
          <div className="hs-render">{frame.render(context)}</div>
          <p className="hs-sr-only">{frame.alt}</p>
        </>
      );
    }
  }
}

function focalStyle({ focal }: ImageFrame): CSSProperties | undefined {
  if (!focal) return undefined;
  const [x, y] = focal.map((value) => `${Math.min(Math.max(value, 0), 1) * 100}%`);
  return { objectPosition: `${x} ${y}` };
}
