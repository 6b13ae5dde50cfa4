import type { PlayerHandle } from './createPlayerHandle';
import type { StoriesHandle } from './parts/Root';

/**
 * The public commands over the player: a ref on `<Stories>` and `usePlayerCommands()` give the
 * same. Play and pause are the viewer's, so they go through the controlled `paused` trio.
 */
export function createCommands(
  handle: PlayerHandle,
  requestPaused: (paused: boolean) => void,
): StoriesHandle {
  return {
    play: () => requestPaused(false),
    pause: () => requestPaused(true),
    next: () => handle.next('api'),
    prev: () => handle.prev('api'),
    goTo: (index, progress) => handle.goTo(index, progress, 'api'),
    hold: () => handle.hold(),
    release: () => handle.release(),
    reveal: () => handle.reveal(),
    conceal: () => handle.conceal(),
  };
}
