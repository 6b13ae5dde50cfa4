import { describeValue } from '../story/issues';
import { devWarning } from './logger';
import { CONCEALED } from './messageWindows';
import { planAdvance } from './planAdvance';
import type { Player } from './player';
import type { PlayerCore } from './playerCore';
import type { ChangeCause } from './types';

// Declared here rather than taken from @types/node: the engine compiles with the ES library only.
declare const process: { env: Record<string, string | undefined> };

export interface Navigation extends Pick<Player, 'next' | 'prev' | 'goTo'> {
  /** One display frame of playback at clock time `time` (the frame loop's callback). */
  advance(time: number): void;
  /** Jumps to a frame; navigating away from the end plays again (after the hold, if held). */
  seekTo(index: number, progress: number, cause: ChangeCause): void;
}

/** Moving between frames: by time (`advance`), by the viewer, by commands. */
export function createNavigation(core: PlayerCore): Navigation {
  const { clock, layout, playhead, store, events, reveals, transport } = core;
  const state = () => store.getState();

  function changeFrame(to: number, cause: ChangeCause, at: number): void {
    const from = state().frameIndex;
    if (to === from) return;
    reveals.newView();
    const frameId = layout.frame(to).id;
    store.set({
      frameIndex: to,
      frameId,
      ...CONCEALED,
      awaitingViewer: false,
      ...core.mediaState(to),
    });
    events.emit('framechange', { from, to, cause, at });
  }

  /** Stops at the very end of the last frame. */
  function finish(at: number, cause: ChangeCause): void {
    const { timeline } = layout;
    const last = timeline.count - 1;
    const lastStart = playhead.running ? playhead.timeOf(timeline.start(last)) : at;
    playhead.stop(at);
    playhead.seek(timeline.total, at);
    changeFrame(last, cause, lastStart);
    transport.end(at);
    // Nothing is awaited at the end: no loader over an ended story, no question.
    store.set({ waiting: false, awaitingViewer: false });
    core.syncRunning(at);
    core.emitTick(timeline.total);
    events.emit('ended', { frameIndex: last, at });
  }

  /** A question's time ran out: the story stands at its very end until the viewer moves on. */
  function stopAt(index: number, time: number): void {
    const end = layout.timeline.start(index + 1);
    const boundary = playhead.timeOf(layout.timeline.start(index));
    playhead.seek(end, time);
    changeFrame(index, 'auto', boundary);
    store.set({ awaitingViewer: true });
    core.syncRunning(time);
    core.emitTick(end);
  }

  function seekTo(index: number, progress: number, cause: ChangeCause): void {
    const now = clock.now();
    const wasAtEnd = transport.isAtEnd();
    playhead.seek(layout.timeline.positionOf(index, progress), now);
    changeFrame(index, cause, now);
    store.set({ awaitingViewer: false });
    // The frame may have media to wait for (or, when it is the same frame, no longer).
    core.refreshMedia(now);
    if (wasAtEnd) transport.play('command', now);
    core.emitTick(playhead.at(now));
  }

  return {
    seekTo,
    advance(time) {
      const { timeline } = layout;
      const { frameIndex, loop } = state();
      const step = planAdvance(timeline, frameIndex, playhead.at(time), loop, (index) =>
        core.media.isReady(layout.frame(index)),
      );
      if (step.type === 'end') return finish(playhead.timeOf(timeline.total), 'auto');
      if (step.type === 'stop') return stopAt(step.index, time);
      if (step.wrapped) playhead.seek(step.position, time);
      const boundary = playhead.timeOf(timeline.start(step.index));
      // A late frame: time stops on its first instant, as if paused there.
      if (step.type === 'wait') playhead.seek(timeline.start(step.index), time);
      changeFrame(step.index, 'auto', boundary);
      if (step.type === 'wait') core.refreshMedia(time);
      core.emitTick(playhead.at(time));
    },
    next(cause = 'api') {
      if (core.isDestroyed()) return;
      const { frameIndex, loop, status } = state();
      if (frameIndex < layout.timeline.count - 1) seekTo(frameIndex + 1, 0, cause);
      else if (loop) seekTo(0, 0, cause);
      else if (status !== 'ended') finish(clock.now(), cause);
    },
    prev(cause = 'api') {
      if (!core.isDestroyed()) seekTo(Math.max(state().frameIndex - 1, 0), 0, cause);
    },
    goTo(index, progress = 0, cause = 'api') {
      if (core.isDestroyed()) return;
      layout.checkIndex(index, 'goTo(index)');
      if (process.env.NODE_ENV !== 'production' && !(progress >= 0 && progress <= 1)) {
        const got = describeValue(progress);
        devWarning(core.logger, `goTo(progress): expected 0 to 1, got ${got}; clamped`);
      }
      seekTo(index, Number.isNaN(progress) ? 0 : Math.min(Math.max(progress, 0), 1), cause);
    },
  };
}
