import { useId } from 'react';
import { useStoriesContext } from '../StoriesContext';
import { useMediaContext } from './MediaContext';

/**
 * The sound toggle of a story with videos: a real button, `aria-pressed` while muted, named by
 * `labels.mute`. Videos start muted; the viewer's choice holds for every video frame after it.
 * When the browser refused to play with sound, a hint beside it says how to turn it on.
 */
export function MuteButton() {
  const { labels } = useStoriesContext('Stories.Controls');
  const { muted, requestMuted, soundBlocked, hasVideo } = useMediaContext('Stories.Controls');
  const hintId = useId();
  if (!hasVideo) return null;
  const hint = soundBlocked && muted;
  return (
    <div className="hs-mute" data-hs-mute>
      {hint && (
        <p id={hintId} className="hs-unmute-hint" data-hs-unmute-hint>
          {labels.unmuteHint}
        </p>
      )}
      <button
        type="button"
        className="hs-button"
        data-hs-control="mute"
        aria-label={labels.mute}
        aria-pressed={muted}
        aria-describedby={hint ? hintId : undefined}
        title={labels.mute}
        onClick={() => requestMuted(!muted)}
      >
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path d={muted ? MUTED : SOUND} fill="currentColor" />
        </svg>
      </button>
    </div>
  );
}

const SPEAKER = 'M3 9v6h4l5 5V4L7 9z';
const MUTED = `${SPEAKER}m13.6 3 2.1-2.1-1.4-1.4-2.1 2.1-2.1-2.1-1.4 1.4 2.1 2.1-2.1 2.1 1.4 1.4 2.1-2.1 2.1 2.1 1.4-1.4z`;
const SOUND = `${SPEAKER}m11.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.5 4.5 0 0 0 16.5 12M14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23`;
