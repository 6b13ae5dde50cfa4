import { type RefObject, useEffect } from 'react';

/**
 * The line, from the bottom, that captions without their own sit on: above the controls, which
 * cover the video's last lines.
 */
const ABOVE_CONTROLS = -4;

/**
 * A video's captions track: the browser draws its cues over the video, playing or stopped, while
 * `on` (the viewer's CC choice). Cues placed by default (`line: auto`) move up above the controls.
 */
export function useCaptionTrack(track: RefObject<HTMLTrackElement | null>, on: boolean) {
  useEffect(() => {
    const captions = track.current?.track;
    if (!captions) return;
    captions.mode = on ? 'showing' : 'disabled';
    const lift = () => {
      for (const cue of Array.from(captions.cues ?? [])) {
        if (cue instanceof VTTCue && cue.line === 'auto') cue.line = ABOVE_CONTROLS;
      }
      // A cue already drawn keeps its place until the track is drawn again.
      if (captions.mode === 'showing') {
        captions.mode = 'hidden';
        captions.mode = 'showing';
      }
    };
    lift();
    const element = track.current;
    element?.addEventListener('load', lift);
    return () => element?.removeEventListener('load', lift);
  }, [track, on]);
}
