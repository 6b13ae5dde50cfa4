import { activeMessages } from './messageWindows';
import type { PlayerCore } from './playerCore';

/**
 * Shows the current frame's messages that the instant holds (the frozen or paused position, in
 * the frame's own time) and fires `reveal` for those new to this view. Run by `reveal()`, and
 * again when the frames change under a reveal (a video's cues arrive).
 */
export function showMessages(core: PlayerCore, shown?: () => void): void {
  const { layout, playhead, reveals, store, events, clock } = core;
  const { frameIndex } = store.getState();
  const frame = layout.frame(frameIndex);
  const at = clock.now();
  // To the microsecond: a seek to a window's start (reading mode) comes back through progress as
  // 3299.9999999999995 ms, which would miss the window that starts at 3,300.
  const progress = layout.timeline.progressAt(playhead.at(at), frameIndex);
  const time = Math.round(progress * frame.duration * 1000) / 1000;
  const shownMessages = activeMessages(frame, time);
  const fresh = reveals.reveal(frame, shownMessages);
  store.set({ revealing: true, shownMessages, revealed: reveals.revealed });
  // The freeze becomes a hold (`holdstart`) before its messages are reported.
  shown?.();
  for (const messageIndex of fresh) {
    events.emit('reveal', { frameIndex, frameId: frame.id, messageIndex, at });
  }
}
