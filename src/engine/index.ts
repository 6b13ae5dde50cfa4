export { createManualClock, type ManualClock } from './createManualClock';
export { MEDIA_SYNC_TOLERANCE } from './createMediaCommands';
export type { MediaOutcome } from './createMediaGate';
export { createPlayer } from './createPlayer';
export { createWindowClock, type WindowLike } from './createWindowClock';
export {
  analyzeFlashes,
  FLASH_DARK_LIMIT,
  FLASH_LUMINANCE_DELTA,
  type FlashAnalysis,
  type FlashFrame,
  type FlashKind,
  type FlashSpan,
  type FlashTransition,
  isSaturatedRed,
  MAX_FLASHES_PER_SECOND,
  relativeLuminance,
  SATURATED_RED_SHARE,
} from './flashSafety';
export { type FrameTone, toneOfBackground } from './frameTone';
export { windowHolds } from './messageWindows';
export type { Player, PlayerOptions } from './player';
export type {
  ChangeCause,
  Clock,
  DocumentLike,
  EngineFrame,
  FlashGuard,
  Logger,
  MediaFailure,
  MediaKind,
  MediaStatus,
  PlaybackReason,
  PlayerEventListener,
  PlayerEventMap,
  PlayerEventName,
  PlayerState,
  PlayerStatus,
  TickListener,
} from './types';
