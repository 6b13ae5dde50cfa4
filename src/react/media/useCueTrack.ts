import { type RefObject, useEffect } from 'react';
import type { VideoFrame } from '../../story/types';
import { useStoriesContext } from '../context';
import { warnOnce } from '../util/dev';
import { cueMessages } from './cueMessages';

/**
 * Reads a video frame's cue file through its `<track kind="metadata">` (the browser parses the
 * WebVTT) and reports the cues as the frame's timed messages; a file that fails reports none and
 * fires `error` (`kind: 'track'`). Calls `known` once they are (the frame may then play).
 */
export function useCueTrack(
  frame: VideoFrame,
  track: RefObject<HTMLTrackElement | null>,
  known: () => void,
) {
  const { player, reportCues } = useStoriesContext('Stories.Frame');
  // biome-ignore lint/correctness/useExhaustiveDependencies: bound once per element (per frame)
  useEffect(() => {
    const element = track.current;
    if (!frame.cues || !element?.track) return;
    // Metadata cues load only for a track that is not disabled; hidden shows nothing itself.
    element.track.mode = 'hidden';
    const load = () => {
      const messages = cueMessages(element.track.cues as ArrayLike<VTTCue> | null);
      if (process.env.NODE_ENV !== 'production' && messages.length === 0) {
        warnOnce(
          `cues of frame "${frame.id}": ${frame.cues} has no cue with text; no timed messages`,
        );
      }
      reportCues(frame.id, messages);
      known();
    };
    const fail = () => {
      player.reportMediaError(frame.id, { kind: 'track', src: element.src });
      reportCues(frame.id, []);
      known();
    };
    element.addEventListener('load', load);
    element.addEventListener('error', fail);
    if (element.readyState === HTMLTrackElement.LOADED) load();
    if (element.readyState === HTMLTrackElement.ERROR) fail();
    return () => {
      element.removeEventListener('load', load);
      element.removeEventListener('error', fail);
    };
  }, [frame.id]);
}
