import type { ClockSwitch } from './createClockSwitch';
import type { Emitter } from './createEmitter';
import type { Layout } from './createLayout';
import type { MediaGate } from './createMediaGate';
import type { Playhead } from './createPlayhead';
import type { RevealLog } from './createRevealLog';
import type { Store } from './createStore';
import type { Transport } from './createTransport';
import type { Logger, PlayerEventMap, PlayerState } from './types';

/**
 * The pieces of one player, wired once by `createPlayer` and handed whole to each group of
 * commands (navigation, media, connection…), as embla hands its engine to its modules.
 */
export interface PlayerCore {
  readonly clock: ClockSwitch;
  readonly logger: Logger;
  readonly layout: Layout;
  readonly media: MediaGate;
  readonly playhead: Playhead;
  readonly reveals: RevealLog;
  readonly store: Store<PlayerState>;
  readonly events: Emitter<PlayerEventMap>;
  readonly transport: Transport;
  /** True once `destroy()` ran: every command returns at once. */
  isDestroyed(): boolean;
  /** Runs the playhead and the frame loop exactly while playing, visible and not waiting. */
  syncRunning(now: number): void;
  /** Stops the playhead and the frame loop, silently (before the clock is swapped). */
  stopRunning(now: number): void;
  /** Sends the current frame's progress at `position` to the tick listeners. */
  emitTick(position: number): void;
  /** Reads the current frame's wait gate and rate again, and runs or stops time to match. */
  refreshMedia(now: number): void;
  /** The part of the state that depends on frame `index`'s media and rate. */
  mediaState(index: number): Pick<PlayerState, 'waiting' | 'mediaFailed' | 'frameRate'>;
}
