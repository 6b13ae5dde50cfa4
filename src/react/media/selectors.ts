import type { PlayerState } from '../../engine';

/** Selectors for `usePlayerState`, defined once so their identity is stable. */
export const selectWaiting = (state: PlayerState) => state.waiting;
export const selectMediaFailed = (state: PlayerState) => state.mediaFailed;
export const selectFrameRate = (state: PlayerState) => state.frameRate;
/** True while time may run for the current frame's video: playing, whatever the media says. */
export const selectShouldPlay = (state: PlayerState) => state.status === 'playing';
