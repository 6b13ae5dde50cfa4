import type { Navigation } from './createNavigation';
import { activeMessages, CONCEALED } from './messageWindows';
import type { Player } from './player';
import type { PlayerCore } from './playerCore';

export type PlaybackCommands = Pick<
  Player,
  'play' | 'pause' | 'hold' | 'release' | 'reveal' | 'conceal'
>;

/**
 * Play, pause, the hold and the messages. `viewerPaused` is told when the viewer's own wish
 * changes (a pause while the page was hidden must not be undone when it shows again).
 */
export function createPlaybackCommands(
  core: PlayerCore,
  navigation: Navigation,
  viewerPaused: () => void,
): PlaybackCommands {
  const { clock, transport, store, reveals, layout, events } = core;
  const alive = () => !core.isDestroyed();

  return {
    play() {
      if (!alive() || transport.isPlaying()) return;
      viewerPaused();
      // Play at the end is a replay.
      if (transport.isAtEnd()) navigation.seekTo(0, 0, 'api');
      else transport.play('command', clock.now());
    },
    pause() {
      viewerPaused();
      if (alive() && transport.isPlaying()) transport.pause('command', clock.now());
    },
    hold() {
      if (alive()) transport.hold(clock.now());
    },
    release() {
      if (alive()) transport.release(clock.now());
    },
    reveal() {
      if (!alive()) return;
      const { frameIndex } = store.getState();
      const frame = layout.frame(frameIndex);
      const at = clock.now();
      // The frozen instant, in the frame's own time: which timed messages it holds.
      const time = layout.timeline.progressAt(core.playhead.at(at), frameIndex) * frame.duration;
      const shownMessages = activeMessages(frame, time);
      const fresh = reveals.reveal(frame, shownMessages);
      store.set({ revealing: true, shownMessages, revealed: reveals.revealed });
      transport.revealed();
      for (const messageIndex of fresh) {
        events.emit('reveal', { frameIndex, frameId: frame.id, messageIndex, at });
      }
    },
    conceal() {
      if (alive()) store.set(CONCEALED);
    },
  };
}
