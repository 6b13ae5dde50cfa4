import { createDisposables } from './createDisposables';
import { createEmitter } from './createEmitter';
import { createFrameLoop } from './createFrameLoop';
import { createManualClock } from './createManualClock';
import { createMediaCommands } from './createMediaCommands';
import { createMediaGate } from './createMediaGate';
import { createPlayhead } from './createPlayhead';
import { createRevealLog } from './createRevealLog';
import { createStore } from './createStore';
import { createTickChannel } from './createTickChannel';
import { carryPosition, type Timeline } from './createTimeline';
import { createTransport } from './createTransport';
import { createVisibility } from './createVisibility';
import { layoutFrames } from './layoutFrames';
import { consoleLogger, devWarning, warnOnceEach } from './logger';
import { planAdvance } from './planAdvance';
import type { Player, PlayerOptions } from './player';
import type { EngineFrame, FrameChangeCause, PlayerEventMap, PlayerState } from './types';
import { describeValue, validateFrames, validatePlaybackRate } from './validate';

/**
 * Creates a story player: the clock, the position, the status and the events of one story.
 * Wires the small pieces together; each command is a few lines over them.
 *
 * The wait gate: a frame that `awaitsMedia` runs only once the host has reported its media
 * ready (`setMediaStatus`) or failed (`reportMediaError`). Until then the player stands at the
 * frame (at its start when playback reaches it), `waiting` is true and time is stopped exactly
 * as by a pause, so nothing drifts and a hold or a pause during the wait behaves as usual. A
 * `'loading'` report for the current frame (a video buffering) stops time where it is.
 *
 * @throws TypeError / RangeError naming the field for bad `frames`, `playbackRate` or
 *   `frameIndex` (see `validateFrames`). Commands after `destroy()` do nothing.
 * @example
 * const player = createPlayer({ frames, playbackRate: 6, clock: createWindowClock(window), document });
 * player.on('framechange', ({ to }) => console.log('frame', to));
 */
export function createPlayer(options: PlayerOptions): Player {
  const logger = options.logger ?? consoleLogger;
  // Without a clock time stands still: a server render shows the first frame and nothing moves.
  const clock = options.clock ?? createManualClock();
  const rate = validatePlaybackRate(options.playbackRate ?? 1);
  const guard = options.flashGuard ?? 'slow';
  // The flash guard runs again on every relayout (new tones, another rate): say each finding once.
  const layoutLogger = warnOnceEach(logger);
  let timeline = layoutFrames(validateFrames(options.frames), rate, guard, layoutLogger);
  const startIndex = checkIndex(options.frameIndex ?? 0, 'frameIndex');
  const media = createMediaGate(options.media);
  media.keep(timeline.frames);

  const playhead = createPlayhead();
  const reveals = createRevealLog(timeline.frames);
  const events = createEmitter<PlayerEventMap>(logger);
  const ticks = createTickChannel(logger);
  const loop = createFrameLoop(clock, onFrame);
  const visibility = createVisibility(options.document, onVisibilityChange);
  const store = createStore<PlayerState>({
    status: options.autoplay === false ? 'paused' : 'playing',
    frameIndex: startIndex,
    frameId: frameAt(startIndex).id,
    frameCount: timeline.count,
    playbackRate: rate,
    loop: options.loop ?? false,
    visible: visibility.visible,
    revealing: false,
    revealed: 0,
    revealTotal: reveals.total,
    ...mediaStateOf(startIndex),
  });
  const disposables = createDisposables();
  disposables.add(visibility.dispose);
  disposables.add(loop.stop);
  disposables.add(events.clear);
  disposables.add(store.clear);
  disposables.add(ticks.clear);

  const transport = createTransport(store, events, syncRunning);
  let destroyed = false;
  // Set when the page hid a playing story: only then does showing the page again resume it.
  let resumeOnVisible = false;

  playhead.seek(timeline.start(startIndex), clock.now());
  syncRunning(clock.now());

  function state(): PlayerState {
    return store.getState();
  }

  function frameAt(index: number): EngineFrame {
    return timeline.frames[index] as EngineFrame;
  }

  function checkIndex(index: number, path: string): number {
    if (Number.isInteger(index) && index >= 0 && index < timeline.count) return index;
    throw new RangeError(
      `${path}: expected a whole number from 0 to ${timeline.count - 1}, got ${describeValue(index)}`,
    );
  }

  /** The current frame's part of the state that depends on its media and its rate. */
  function mediaStateOf(index: number): Pick<PlayerState, 'waiting' | 'mediaFailed' | 'frameRate'> {
    const frame = frameAt(index);
    return {
      waiting: !media.isReady(frame),
      mediaFailed: media.hasFailed(frame.id),
      frameRate: timeline.rate(index),
    };
  }

  /** Runs the playhead and the frame loop exactly while playing, visible and not waiting. */
  function syncRunning(now: number): void {
    const { status, waiting } = state();
    const shouldRun = !destroyed && status === 'playing' && !waiting && visibility.visible;
    if (shouldRun === playhead.running) return;
    if (shouldRun) {
      playhead.start(now);
      loop.start();
    } else {
      playhead.stop(now);
      loop.stop();
      emitTick(playhead.at(now));
    }
  }

  function emitTick(position: number): void {
    const { frameIndex } = state();
    ticks.emit(timeline.progressAt(position, frameIndex), frameIndex);
  }

  function onFrame(time: number): void {
    const { frameIndex, loop: loops } = state();
    const step = planAdvance(timeline, frameIndex, playhead.at(time), loops, (index) =>
      media.isReady(frameAt(index)),
    );
    if (step.type === 'end') {
      finish(playhead.timeOf(timeline.total), 'auto');
      return;
    }
    if (step.wrapped) playhead.seek(step.position, time);
    const boundary = playhead.timeOf(timeline.start(step.index));
    // A late frame: time stops on its first instant, as if paused there.
    if (step.type === 'wait') playhead.seek(timeline.start(step.index), time);
    changeFrame(step.index, 'auto', boundary);
    if (step.type === 'wait') refreshMedia(time);
    emitTick(playhead.at(time));
  }

  function changeFrame(to: number, cause: FrameChangeCause, at: number): void {
    const from = state().frameIndex;
    if (to === from) return;
    reveals.newView();
    store.set({ frameIndex: to, frameId: frameAt(to).id, revealing: false, ...mediaStateOf(to) });
    events.emit('framechange', { from, to, cause, at });
  }

  /** Reads the current frame's media gate again, and runs or stops time to match. */
  function refreshMedia(now: number): void {
    store.set(mediaStateOf(state().frameIndex));
    syncRunning(now);
  }

  /** Stops at the very end of the last frame. */
  function finish(at: number, cause: FrameChangeCause): void {
    const last = timeline.count - 1;
    const lastStart = playhead.running ? playhead.timeOf(timeline.start(last)) : at;
    playhead.stop(at);
    playhead.seek(timeline.total, at);
    loop.stop();
    changeFrame(last, cause, lastStart);
    transport.end(at);
    // Nothing is awaited at the end: no loader over an ended story.
    store.set({ waiting: false });
    emitTick(timeline.total);
    events.emit('ended', { frameIndex: last, at });
  }

  /** Jumps to a frame; navigating away from the end plays again (after the hold, if held). */
  function seekTo(index: number, progress: number, cause: FrameChangeCause): void {
    const now = clock.now();
    const wasAtEnd = transport.isAtEnd();
    playhead.seek(timeline.positionOf(index, progress), now);
    changeFrame(index, cause, now);
    // The frame may have media to wait for (or, when it is the same frame, no longer).
    refreshMedia(now);
    if (wasAtEnd) transport.play('command', now);
    emitTick(playhead.at(now));
  }

  function onVisibilityChange(visible: boolean): void {
    if (destroyed) return;
    const now = clock.now();
    store.set({ visible });
    if (!visible) {
      // A press cannot outlive the page being hidden: end it, then pause what was playing.
      player.release();
      resumeOnVisible = state().status === 'playing';
      if (resumeOnVisible) transport.pause('visibility', now);
    } else if (resumeOnVisible) {
      resumeOnVisible = false;
      if (state().status === 'paused') transport.play('visibility', now);
    }
    syncRunning(now);
  }

  const mediaCommands = createMediaCommands({
    get destroyed() {
      return destroyed;
    },
    get timeline() {
      return timeline;
    },
    media,
    playhead,
    events,
    state,
    now: () => clock.now(),
    refreshMedia,
    emitTick,
  });

  const player: Player = {
    getState: state,
    subscribe: store.subscribe,
    getProgress() {
      return timeline.progressAt(playhead.at(clock.now()), state().frameIndex);
    },
    onTick(listener) {
      return destroyed ? () => {} : ticks.add(listener);
    },
    on: events.on,
    off: events.off,

    play() {
      if (destroyed || transport.isPlaying()) return;
      resumeOnVisible = false;
      // Play at the end is a replay.
      if (transport.isAtEnd()) seekTo(0, 0, 'api');
      else transport.play('command', clock.now());
    },
    pause() {
      // A pause while hidden is the viewer's: the page showing again must not undo it.
      resumeOnVisible = false;
      if (destroyed || !transport.isPlaying()) return;
      transport.pause('command', clock.now());
    },
    hold() {
      if (!destroyed) transport.hold(clock.now());
    },
    release() {
      if (!destroyed) transport.release(clock.now());
    },
    next(cause = 'api') {
      if (destroyed) return;
      const { frameIndex, loop: loops, status } = state();
      if (frameIndex < timeline.count - 1) seekTo(frameIndex + 1, 0, cause);
      else if (loops) seekTo(0, 0, cause);
      else if (status !== 'ended') finish(clock.now(), cause);
    },
    prev(cause = 'api') {
      if (destroyed) return;
      seekTo(Math.max(state().frameIndex - 1, 0), 0, cause);
    },
    goTo(index, progress = 0, cause = 'api') {
      if (destroyed) return;
      checkIndex(index, 'goTo(index)');
      if (!(progress >= 0 && progress <= 1)) {
        devWarning(
          logger,
          `goTo(progress): expected 0 to 1, got ${describeValue(progress)}; clamped`,
        );
      }
      seekTo(index, Number.isNaN(progress) ? 0 : Math.min(Math.max(progress, 0), 1), cause);
    },
    reveal() {
      if (destroyed) return;
      const { frameIndex } = state();
      const frame = frameAt(frameIndex);
      const fresh = reveals.reveal(frame);
      store.set({ revealing: true, revealed: reveals.revealed });
      const at = clock.now();
      for (const messageIndex of fresh) {
        events.emit('reveal', { frameIndex, frameId: frame.id, messageIndex, at });
      }
    },
    conceal() {
      if (!destroyed) store.set({ revealing: false });
    },
    setPlaybackRate(playbackRate) {
      validatePlaybackRate(playbackRate, 'setPlaybackRate(rate)');
      if (destroyed || playbackRate === state().playbackRate) return;
      const now = clock.now();
      relayout(layoutFrames(timeline.frames, playbackRate, guard, layoutLogger), now);
      store.set({ playbackRate });
      events.emit('ratechange', { playbackRate, at: now });
    },
    setFrames(frames) {
      if (frames === timeline.frames) return;
      const next = layoutFrames(validateFrames(frames), state().playbackRate, guard, layoutLogger);
      if (destroyed) return;
      relayout(next, clock.now());
    },
    setLoop(loops) {
      if (!destroyed) store.set({ loop: loops });
    },
    ...mediaCommands,
    destroy() {
      if (destroyed) return;
      playhead.stop(clock.now());
      destroyed = true;
      disposables.dispose();
    },
    get destroyed() {
      return destroyed;
    },
  };

  /** Swaps in a new layout (another rate, or other frames), keeping the position. */
  function relayout(next: Timeline, now: number): void {
    const { frameIndex } = state();
    const carried = carryPosition(timeline, next, {
      index: frameIndex,
      position: playhead.at(now),
    });
    timeline = next;
    reveals.setFrames(next.frames);
    media.keep(next.frames);
    if (!carried.sameFrame) reveals.newView();
    playhead.seek(carried.position, now);
    store.set({
      frameIndex: carried.index,
      frameId: frameAt(carried.index).id,
      frameCount: next.count,
      revealed: reveals.revealed,
      revealTotal: reveals.total,
      ...mediaStateOf(carried.index),
      ...(carried.sameFrame ? {} : { revealing: false }),
    });
    if (!carried.sameFrame) {
      events.emit('framechange', { from: frameIndex, to: carried.index, cause: 'api', at: now });
    }
    // The frames may await media now, or no longer, and the rate may have changed.
    syncRunning(now);
    emitTick(playhead.at(now));
  }

  return player;
}
