import { useStoriesContext } from '../StoriesContext';
import type { ImageFrame, VideoFrame } from '../types';

/**
 * What an image or a video frame shows when its media failed: the frame's text alternative,
 * large and readable on a calm backdrop, under a short note saying what is missing. Plain text,
 * so a screen reader reads it as it reads a card; never the browser's broken-image icon.
 */
export function MediaFallback({ frame }: { frame: ImageFrame | VideoFrame }) {
  const { labels } = useStoriesContext('Stories.Frame');
  return (
    <div className="hs-media-fallback" data-hs-media-fallback>
      <svg
        className="hs-media-fallback-icon"
        viewBox="0 0 24 24"
        width="28"
        height="28"
        aria-hidden="true"
        focusable="false"
      >
        <path
          fill="currentColor"
          d={frame.kind === 'video' ? VIDEO_OFF : IMAGE_OFF}
          fillRule="evenodd"
        />
      </svg>
      <p className="hs-media-fallback-note">{labels.mediaError(frame.kind)}</p>
      <p className="hs-media-fallback-alt">{frame.alt}</p>
    </div>
  );
}

const IMAGE_OFF =
  'M3.3 2 2 3.3 4 5.2V19a1 1 0 0 0 1 1h13.8l2 2 1.3-1.3zM6 18v-2.6l3-3 2.3 2.3L14.6 18zm14-1.2L7.2 4H19a1 1 0 0 1 1 1zM16 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3';
const VIDEO_OFF =
  'M3.3 2 2 3.3 3.7 5H3a1 1 0 0 0-1 1v12a1 1 0 0 0 1 1h12.7l3 3 1.3-1.3zM17 13.2V10l5-3v10l-2-1.2zM8.8 5H16a1 1 0 0 1 1 1v5.2z';
