import type { EngineFrame } from '../../engine';
import type { ChoiceFrame, Frame } from '../../story/types';
import { VIDEO_MAX_RATE } from '../media/videoRate';
import { type FrameTone, toneFromData } from './frameTone';

/** What is only known while playing: images' tones once decoded, videos' lengths. */
export interface Measured {
  tones: Map<string, FrameTone>;
  durations: Map<string, number>;
}

/**
 * The engine's view of the frames: identity, duration (a video's own length once known), how
 * many messages each hides, its tone for the flash guard (from the data, else measured), and for
 * images and videos that their media must be ready before they play (a video also plays no
 * faster than `VIDEO_MAX_RATE`), and for questions their options (the story waits on them).
 */
export function toEngineFrames(frames: readonly Frame[], measured?: Measured): EngineFrame[] {
  return frames.map((frame) => ({
    id: frame.id,
    duration: measured?.durations.get(frame.id) ?? frame.duration,
    messages: frame.reveal?.length ?? 0,
    ...(frame.reveal?.some((message) => message.at)
      ? { windows: frame.reveal.map((message) => message.at ?? null) }
      : {}),
    awaitsMedia: frame.kind === 'image' || frame.kind === 'video',
    ...(frame.kind === 'video' ? { maxRate: VIDEO_MAX_RATE } : {}),
    ...(frame.kind === 'choice' ? { choice: toChoice(frame) } : {}),
    ...measured?.tones.get(frame.id),
    ...toneFromData(frame),
  }));
}

function toChoice({ options }: ChoiceFrame) {
  const correct = options.findIndex((option) => option.correct === true);
  return { options: options.length, ...(correct === -1 ? {} : { correct }) };
}
