import { carryPosition, type Timeline } from './createTimeline';
import { CONCEALED } from './messageWindows';
import type { Player } from './player';
import type { PlayerCore } from './playerCore';
import { showMessages } from './showMessages';
import { validatePlaybackRate } from './validate';

export type LayoutCommands = Pick<Player, 'setPlaybackRate' | 'setFrames' | 'setLoop'>;

/** What the story is and how fast it plays, changed while it plays: the position is kept. */
export function createLayoutCommands(core: PlayerCore): LayoutCommands {
  const { layout, store, events, playhead, reveals, media } = core;

  /** Swaps in a new layout (another rate, or other frames), keeping the position. */
  function relayout(next: Timeline, now: number): void {
    const { frameIndex } = store.getState();
    const position = playhead.at(now);
    const carried = carryPosition(layout.timeline, next, { index: frameIndex, position });
    layout.use(next);
    reveals.setFrames(next.frames);
    media.keep(next.frames);
    if (!carried.sameFrame) reveals.newView();
    playhead.seek(carried.position, now);
    store.set({
      frameIndex: carried.index,
      frameId: layout.frame(carried.index).id,
      frameCount: next.count,
      revealed: reveals.revealed,
      revealTotal: reveals.total,
      ...core.mediaState(carried.index),
      // A question stays waited on while the position is still at its end.
      awaitingViewer:
        !!next.frames[carried.index]?.choice && carried.position >= next.start(carried.index + 1),
      ...(carried.sameFrame ? {} : CONCEALED),
    });
    if (!carried.sameFrame) {
      events.emit('framechange', { from: frameIndex, to: carried.index, cause: 'api', at: now });
    }
    // Still revealing the same frame: its messages may have changed (a video's cues arrived).
    if (carried.sameFrame && store.getState().revealing) showMessages(core);
    // The frames may await media now, or no longer, and the rate may have changed.
    core.syncRunning(now);
    core.emitTick(playhead.at(now));
  }

  return {
    setPlaybackRate(playbackRate) {
      validatePlaybackRate(playbackRate, 'setPlaybackRate(rate)');
      if (core.isDestroyed() || playbackRate === store.getState().playbackRate) return;
      const now = core.clock.now();
      relayout(layout.make(layout.timeline.frames, playbackRate), now);
      store.set({ playbackRate });
      events.emit('ratechange', { playbackRate, at: now });
    },
    setFrames(frames) {
      if (frames === layout.timeline.frames) return;
      const next = layout.make(frames, store.getState().playbackRate);
      if (!core.isDestroyed()) relayout(next, core.clock.now());
    },
    setLoop(loop) {
      if (!core.isDestroyed()) store.set({ loop });
    },
  };
}
