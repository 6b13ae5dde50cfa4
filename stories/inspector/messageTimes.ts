import type { RevealMessage } from 'react-hold-stories';
import { windowHolds } from 'react-hold-stories/engine';

/**
 * Whether `message` holds at `time` (the frame's ms at 1×): the player's own rule (start
 * inclusive, end exclusive; a message without `at` holds for the whole frame).
 */
export const holdsAt = (message: RevealMessage, time: number): boolean =>
  windowHolds(message.at, time);

/** A time in a frame, to the tenth of a second: 4,250 ms → "4.3 s". */
export const seconds = (ms: number) => `${(Math.round(ms / 100) / 10).toFixed(1)} s`;

/** A message's window, as the readings print it: "1.0 s → 4.0 s", or the whole frame. */
export const describeWindow = (message: RevealMessage) =>
  message.at ? `${seconds(message.at[0])} → ${seconds(message.at[1])}` : 'the whole frame';

/** "message 2", "messages 1 and 3", "messages 1, 2 and 4" (numbered from 1, as on the timeline). */
export function listMessages(indexes: readonly number[]): string {
  const numbers = indexes.map((index) => String(index + 1));
  if (numbers.length === 1) return `message ${numbers[0]}`;
  return `messages ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}
