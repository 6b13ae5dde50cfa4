import { createContext, type ReactNode, useContext } from 'react';
import type { RevealMessage, Story } from '../story/types';
import type { Press } from './gestures/createPress';
import type { StoriesLabels } from './labels';
import type { ReportCues } from './media/useCueMessages';
import type { Sound } from './media/useSound';
import type { Playback } from './player/usePlayback';
import type { StoryPlayer } from './player/usePlayer';

/** What `<Stories.Root>` gives its parts. */
export interface StoriesContextValue
  extends Pick<StoryPlayer, 'player' | 'progress' | 'reportTone' | 'reportDuration' | 'flashGuard'>,
    Playback {
  story: Story;
  labels: StoriesLabels;
  dir: 'ltr' | 'rtl';
  /** The one press in progress, shared by the pointer and the keyboard. */
  press: Press;
  sound: Sound;
  /** The fewest frames ahead whose images are kept decoded (more for the next 1.5 s). */
  preloadAhead: number;
  /** Whether the transcript (every frame's text and messages) is open. */
  transcript: boolean;
  setTranscript(open: boolean): void;
  onClose?: () => void;
  /** `'vertical'`: inline in a scrolling page, vertical pans scroll it (see `StoryOptions`). */
  scroll: 'none' | 'vertical';
  /** The `holdPrompt` option: a "Hold to read" prompt on the stage until the first hold. */
  holdPrompt: boolean;
  /** The `glimpse` option: messages rush by as glimpses while the story plays. */
  glimpse: boolean;
  /** The `loader` prop: shown while a frame's media is late. */
  loader?: ReactNode;
  /** Whether captioned videos show their captions (the CC toggle; holds across frames). */
  captions: boolean;
  setCaptions(on: boolean): void;
  /** The video frames' cues known so far, by frame id (see `useCueMessages`). */
  cues: ReadonlyMap<string, RevealMessage[]>;
  reportCues: ReportCues;
  /** A prefix for the ids that tie the parts together (`${id}-hint`, `${id}-stage`). */
  id: string;
}

export const StoriesContext = createContext<StoriesContextValue | null>(null);

/** The nearest `<Stories.Root>`'s context; parts used outside one throw a clear error. */
export function useStoriesContext(part: string): StoriesContextValue {
  const context = useContext(StoriesContext);
  if (!context) throw new Error(`react-hold-stories: <${part}> must be used inside <Stories.Root>`);
  return context;
}
