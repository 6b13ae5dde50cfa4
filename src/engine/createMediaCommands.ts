import type { Player } from './player';
import type { PlayerCore } from './playerCore';

/**
 * How far (display ms) the playhead may drift from a media element's clock before
 * `syncMediaTime` moves it: a `timeupdate` arrives a little after the instant it describes, and
 * chasing that lag on every event would shake the progress bar back and forth.
 */
export const MEDIA_SYNC_TOLERANCE = 50;

export type MediaCommands = Pick<Player, 'setMediaStatus' | 'reportMediaError' | 'syncMediaTime'>;

/**
 * The host's side of the wait gate (see `createPlayer`): media reported ready, loading again or
 * failed, and a media element's clock driving its frame.
 */
export function createMediaCommands(core: PlayerCore): MediaCommands {
  const { layout, media, playhead, events, store } = core;
  const tracksFailed = new Set<string>();
  const indexOf = (frameId: string) => (core.isDestroyed() ? -1 : layout.timeline.indexOf(frameId));

  return {
    setMediaStatus(frameId, status) {
      if (indexOf(frameId) === -1 || !media.set(frameId, status)) return;
      if (frameId === store.getState().frameId) core.refreshMedia(core.clock.now());
    },
    reportMediaError(frameId, { kind, src }) {
      const frameIndex = indexOf(frameId);
      if (frameIndex === -1) return;
      if (kind === 'track') {
        // Said once; the frame itself is fine.
        if (tracksFailed.has(frameId)) return;
        tracksFailed.add(frameId);
        return events.emit('error', { frameIndex, frameId, kind, src, at: core.clock.now() });
      }
      if (!media.set(frameId, 'failed')) return;
      const at = core.clock.now();
      if (frameIndex === store.getState().frameIndex) core.refreshMedia(at);
      events.emit('error', { frameIndex, frameId, kind, src, at });
    },
    syncMediaTime(frameId, mediaTime) {
      const { frameIndex, frameId: current } = store.getState();
      if (indexOf(frameId) === -1 || frameId !== current) return;
      if (!playhead.running || !(mediaTime >= 0)) return;
      const { timeline } = layout;
      const now = core.clock.now();
      const progress = Math.min(mediaTime / layout.frame(frameIndex).duration, 1);
      const target = timeline.positionOf(frameIndex, progress);
      if (Math.abs(target - playhead.at(now)) <= MEDIA_SYNC_TOLERANCE) return;
      playhead.seek(target, now);
      core.emitTick(target);
    },
  };
}
