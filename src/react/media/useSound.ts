import { useCallback, useMemo, useState } from 'react';
import { useMuted } from '../player/viewerChoices';
import type { StoryOptions } from '../types';

export interface Sound {
  /** Whether videos play without sound. Starts true; the viewer's choice holds across frames. */
  muted: boolean;
  /** The viewer turns the sound on or off (through `onMutedChange` when controlled). */
  setMuted(muted: boolean): void;
  /** True after the browser refused to play with sound: videos fell back to muted, a hint shows. */
  blocked: boolean;
  /** A video reports that playing with sound was refused. */
  block(): void;
}

/** The sound of video frames: the `muted` trio, and what autoplay policies decided. */
export function useSound(options: StoryOptions): Sound {
  const [muted, setMutedState] = useMuted(options);
  const [blocked, setBlocked] = useState(false);
  const setMuted = useCallback(
    (next: boolean) => {
      if (!next) setBlocked(false);
      setMutedState(next);
    },
    [setMutedState],
  );
  const block = useCallback(() => {
    setBlocked(true);
    setMutedState(true);
  }, [setMutedState]);
  return useMemo(() => ({ muted, setMuted, blocked, block }), [muted, setMuted, blocked, block]);
}
