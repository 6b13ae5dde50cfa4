import type { Visibility } from './createVisibility';
import type { Player } from './player';
import type { PlayerCore } from './playerCore';

export type ConnectionCommands = Pick<Player, 'connect' | 'disconnect'>;

/**
 * The player's link to a real clock and document (embla's activate / deactivate). A player is
 * made on a clock that never moves, so it can be created during a render; connecting it starts
 * time from the position it has, and disconnecting stops time there and lets the document go.
 */
export function createConnection(core: PlayerCore, visibility: Visibility): ConnectionCommands {
  const { clock, store, events } = core;
  let started = false;

  /** Moves everything that runs onto another clock (none: a clock that never moves). */
  const switchClock = (next: Parameters<Player['connect']>[0] | undefined) => {
    // The playhead keeps its position, not its clock's origin: stop it on the old clock…
    core.stopRunning(clock.now());
    clock.use(next);
    // …and run it again on the new one if it should run.
    core.syncRunning(clock.now());
  };

  return {
    connect(next, ownerDocument) {
      if (core.isDestroyed()) return;
      switchClock(next);
      visibility.watch(ownerDocument);
      if (started) return;
      started = true;
      const { frameIndex } = store.getState();
      events.emit('framechange', { from: -1, to: frameIndex, cause: 'start', at: clock.now() });
    },
    disconnect() {
      if (core.isDestroyed()) return;
      visibility.watch(undefined);
      switchClock(undefined);
    },
  };
}
