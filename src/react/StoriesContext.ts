import type { MotionValue } from 'framer-motion';
import { createContext, useContext } from 'react';
import type { PlayerHandle } from './createPlayerHandle';
import type { Press } from './createPress';
import type { FrameTone } from './frameTone';
import type { StoriesLabels } from './labels';
import type { Story } from './types';

export interface StoriesContextValue {
  handle: PlayerHandle;
  /** The one press in progress, shared by the pointer and the keyboard. */
  press: Press;
  progress: MotionValue<number>;
  story: Story;
  labels: StoriesLabels;
  /** Milliseconds a press must last to become a hold that reveals the messages. */
  holdDelay: number;
  dir: 'ltr' | 'rtl';
  requestPaused(paused: boolean): void;
  /** Reading mode: no fast-forward, messages shown without holding. */
  reading: boolean;
  requestReading(on: boolean): void;
  /** Whether the transcript (every frame's text and messages) is open. */
  transcriptOpen: boolean;
  setTranscriptOpen(open: boolean): void;
  /** Gives the flash guard a frame's measured tone. */
  reportTone(frameId: string, tone: FrameTone): void;
  onClose?: () => void;
  /** Ids that tie the parts together for assistive technology. */
  ids: { hint: string; stage: string };
}

export const StoriesContext = createContext<StoriesContextValue | null>(null);

/** The nearest `<Stories.Root>`'s context; parts used outside one throw a clear error. */
export function useStoriesContext(part: string): StoriesContextValue {
  const context = useContext(StoriesContext);
  if (!context) throw new Error(`react-hold-stories: <${part}> must be used inside <Stories.Root>`);
  return context;
}
