import type { Emitter } from './createEmitter';
import type { MediaGate } from './createMediaGate';
import type { Playhead } from './createPlayhead';
import type { Timeline } from './createTimeline';
import type { Player } from './player';
import type { PlayerEventMap, PlayerState } from './types';

/**
 * How far (display ms) the playhead may drift from a media element's clock before
 * `syncMediaTime` moves it: a `timeupdate` arrives a little after the instant it describes, and
 * chasing that lag on every event would shake the progress bar back and forth.
 */
export const MEDIA_SYNC_TOLERANCE = 50;

export type MediaCommands = Pick<Player, 'setMediaStatus' | 'reportMediaError' | 'syncMediaTime'>;

/** What the media commands need of the player they belong to. */
export interface MediaCommandsContext {
  readonly destroyed: boolean;
  readonly timeline: Timeline;
  readonly media: MediaGate;
  readonly playhead: Playhead;
  readonly events: Emitter<PlayerEventMap>;
  state(): PlayerState;
  now(): number;
  /** Reads the current frame's gate again and runs or stops time to match. */
  refreshMedia(now: number): void;
  emitTick(position: number): void;
}

/**
 * The host's side of the wait gate (see `createPlayer`): media reported ready, loading again or
 * failed, and a media element's clock driving its frame.
 */
export function createMediaCommands(player: MediaCommandsContext): MediaCommands {
  const { media, playhead, events } = player;
  return {
    setMediaStatus(frameId, status) {
      const { destroyed, timeline } = player;
      if (destroyed || timeline.indexOf(frameId) === -1 || !media.set(frameId, status)) return;
      if (frameId === player.state().frameId) player.refreshMedia(player.now());
    },
    reportMediaError(frameId, failure) {
      const frameIndex = player.timeline.indexOf(frameId);
      if (player.destroyed || frameIndex === -1 || !media.set(frameId, 'failed')) return;
      const at = player.now();
      if (frameIndex === player.state().frameIndex) player.refreshMedia(at);
      events.emit('error', { frameIndex, frameId, kind: failure.kind, src: failure.src, at });
    },
    syncMediaTime(frameId, mediaTime) {
      const { frameIndex, frameId: current } = player.state();
      if (player.destroyed || frameId !== current || !playhead.running || !(mediaTime >= 0)) {
        return;
      }
      const { timeline } = player;
      const now = player.now();
      const duration = timeline.frames[frameIndex]?.duration ?? 1;
      const target = timeline.positionOf(frameIndex, Math.min(mediaTime / duration, 1));
      if (Math.abs(target - playhead.at(now)) <= MEDIA_SYNC_TOLERANCE) return;
      playhead.seek(target, now);
      player.emitTick(target);
    },
  };
}
