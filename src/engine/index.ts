export { createManualClock, type ManualClock } from './createManualClock';
export { createPlayer } from './createPlayer';
export { createWindowClock, type WindowLike } from './createWindowClock';
export type { Player, PlayerOptions } from './player';
export type {
  Clock,
  DocumentLike,
  EngineFrame,
  FrameChangeCause,
  Logger,
  PlaybackReason,
  PlayerEventListener,
  PlayerEventMap,
  PlayerEventName,
  PlayerState,
  PlayerStatus,
  TickListener,
} from './types';
