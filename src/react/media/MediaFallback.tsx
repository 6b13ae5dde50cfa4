import type { Frame } from '../../story/types';
import { useStoriesContext } from '../context';
import { ICONS, icon } from '../parts/icons';

/**
 * What a frame shows when it cannot be shown — its image or video failed, its render threw: the
 * frame's text alternative, large and readable on a calm backdrop, under a short note saying
 * what is missing. Plain text, so a screen reader reads it as it reads a card; never the
 * browser's broken-image icon.
 */
export function MediaFallback({ frame }: { frame: Exclude<Frame, { kind: 'card' | 'choice' }> }) {
  const { labels } = useStoriesContext('Stories.Frame');
  const video = frame.kind === 'video';
  return (
    <div className="hs-media-fallback" data-hs-media-fallback>
      {icon(video ? ICONS.videoOff : ICONS.imageOff, 28, 'hs-media-fallback-icon')}
      <p className="hs-media-fallback-note">{labels.mediaError(frame.kind)}</p>
      <p className="hs-media-fallback-alt">{frame.alt}</p>
    </div>
  );
}
