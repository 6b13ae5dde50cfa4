import type { Navigation } from './createNavigation';
import { CONCEALED } from './messageWindows';
import type { Player } from './player';
import type { PlayerCore } from './playerCore';
import { showMessages } from './showMessages';

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
  const { clock, transport, store } = core;
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
      showMessages(core, transport.revealed);
    },
    conceal() {
      if (alive()) store.set(CONCEALED);
    },
  };
}
