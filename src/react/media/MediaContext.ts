import { createContext, useContext } from 'react';
import type { MediaRegistry } from './createMediaRegistry';

/** What `<Stories.Root>` gives the media parts (frames, the mute toggle). */
export interface MediaContextValue {
  /** Readiness and failures of the frames' media, on their way to the player. */
  registry: MediaRegistry;
  /** Frames ahead of the current one whose images are fetched and decoded. */
  preloadAhead: number;
  /** Whether videos play without sound. Starts true; the viewer's choice is kept across frames. */
  muted: boolean;
  /** The viewer turns the sound on or off (through `onMutedChange` when controlled). */
  requestMuted(muted: boolean): void;
  /** True after the browser refused to play with sound: videos fell back to muted, a hint shows. */
  soundBlocked: boolean;
  /** A video reports that playing with sound was refused. */
  blockSound(): void;
  /** A video reports its length (ms) from its metadata: the frame lasts that long. */
  reportDuration(frameId: string, duration: number): void;
  /** True when the story has a video frame: the mute toggle shows. */
  hasVideo: boolean;
}

export const MediaContext = createContext<MediaContextValue | null>(null);

/** The nearest `<Stories.Root>`'s media context; a part outside one gets a clear error. */
export function useMediaContext(part: string): MediaContextValue {
  const context = useContext(MediaContext);
  if (!context) throw new Error(`react-hold-stories: <${part}> must be used inside <Stories.Root>`);
  return context;
}
