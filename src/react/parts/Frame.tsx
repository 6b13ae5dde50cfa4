import type { CSSProperties } from 'react';
import { measureImageTone } from '../frameTone';
import { selectFrameIndex, selectRevealing, usePlayerState } from '../hooks';
import { useStoriesContext } from '../StoriesContext';
import type { FrameContext, Frame as FrameData, ImageFrame } from '../types';
import { useImagePreload } from '../useImagePreload';

/**
 * The current frame. Only it is in the DOM: the next images are preloaded and decoded off-DOM.
 * Every frame carries its text alternative (an image's `alt`, otherwise visually hidden text).
 */
export function Frame({ className }: { className?: string }) {
  const { story, reportTone } = useStoriesContext('Stories.Frame');
  const index = usePlayerState(selectFrameIndex);
  const frame = story.frames[index];
  useImagePreload(story.frames, index, (frameId, image) => {
    const tone = measureImageTone(image);
    if (tone) reportTone(frameId, tone);
  });
  if (!frame) return null;
  return (
    <div
      key={frame.id}
      className={className ? `hs-frame ${className}` : 'hs-frame'}
      data-hs-frame
      data-kind={frame.kind}
    >
      <FrameContent frame={frame} index={index} />
    </div>
  );
}

function FrameContent({ frame, index }: { frame: FrameData; index: number }) {
  const { progress } = useStoriesContext('Stories.Frame');
  const revealing = usePlayerState(selectRevealing);
  switch (frame.kind) {
    case 'image':
      return (
        <img
          className="hs-image"
          src={frame.src}
          srcSet={frame.srcSet}
          sizes={frame.sizes}
          alt={frame.alt}
          style={focalStyle(frame)}
          draggable={false}
          decoding="async"
        />
      );
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
