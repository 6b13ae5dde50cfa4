import { createChoiceCommands } from './createChoiceCommands';
import { createClockSwitch } from './createClockSwitch';
import { createConnection } from './createConnection';
import { createDisposables } from './createDisposables';
import { createEmitter } from './createEmitter';
import { createFrameLoop } from './createFrameLoop';
import { createLayout } from './createLayout';
import { createLayoutCommands } from './createLayoutCommands';
import { createMediaCommands } from './createMediaCommands';
import { createMediaGate } from './createMediaGate';
import { createNavigation } from './createNavigation';
import { createPlaybackCommands } from './createPlaybackCommands';
import { createPlayhead } from './createPlayhead';
import { createRevealLog } from './createRevealLog';
import { createStore } from './createStore';
import { createTickChannel } from './createTickChannel';
import { createTransport } from './createTransport';
import { createVisibility } from './createVisibility';
import { checkFlashGuard } from './flashGuard';
import { consoleLogger } from './logger';
import { CONCEALED } from './messageWindows';
import type { Player, PlayerOptions } from './player';
import type { PlayerCore } from './playerCore';
import type { PlayerEventMap, PlayerState } from './types';

/**
 * Creates a story player: the clock, the position, the status and the events of one story.
 * The composition root: it wires the small pieces and hands them, whole, to each group of
 * commands.
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
 * const player = createPlayer({ frames, playbackRate: 6 });
 * player.on('framechange', ({ to }) => console.log('frame', to));
 * player.connect(createWindowClock(window), document);
 */
export function createPlayer(options: PlayerOptions): Player {
  const logger = options.logger ?? consoleLogger;
  const clock = createClockSwitch(options.clock);
  const layout = createLayout(
    options.frames,
    options.playbackRate ?? 1,
    checkFlashGuard(options.flashGuard, logger),
    logger,
  );
  const { timeline } = layout;
  const startIndex = layout.checkIndex(options.frameIndex ?? 0, 'frameIndex');
  const media = createMediaGate(options.media);
  media.keep(timeline.frames);
  const playhead = createPlayhead();
  const reveals = createRevealLog(timeline.frames);
  const events = createEmitter<PlayerEventMap>(logger);
  const ticks = createTickChannel(logger);
  const loop = createFrameLoop(clock, (time) => navigation.advance(time));
  const visibility = createVisibility(options.document, onVisibilityChange);
  const mediaState = (index: number) => {
    const frame = layout.frame(index);
    return {
      waiting: !media.isReady(frame),
      mediaFailed: media.hasFailed(frame.id),
      frameRate: layout.timeline.rate(index),
    };
  };
  const store = createStore<PlayerState>({
    status: options.autoplay === false ? 'paused' : 'playing',
    frameIndex: startIndex,
    frameId: layout.frame(startIndex).id,
    frameCount: timeline.count,
    playbackRate: options.playbackRate ?? 1,
    loop: options.loop ?? false,
    visible: visibility.visible,
    ...CONCEALED,
    revealed: 0,
    revealTotal: reveals.total,
    awaitingViewer: false,
    answers: new Map(options.answers),
    ...mediaState(startIndex),
  });
  const transport = createTransport(store, events, syncRunning);
  let destroyed = false;
  // Set when the page hid a playing story: only then does showing the page again resume it.
  let resumeOnVisible = false;

  function stopRunning(now: number): void {
    playhead.stop(now);
    loop.stop();
  }

  function syncRunning(now: number): void {
    const { status, waiting, awaitingViewer } = store.getState();
    if (!destroyed && status === 'playing' && !waiting && !awaitingViewer && visibility.visible) {
      playhead.start(now);
      loop.start();
    } else if (playhead.running || loop.active) {
      const wasRunning = playhead.running;
      stopRunning(now);
      if (wasRunning) emitTick(playhead.at(now));
    }
  }

  function emitTick(position: number): void {
    const { frameIndex } = store.getState();
    ticks.emit(layout.timeline.progressAt(position, frameIndex), frameIndex);
  }

  const core: PlayerCore = {
    clock,
    logger,
    layout,
    media,
    playhead,
    reveals,
    store,
    events,
    transport,
    isDestroyed: () => destroyed,
    syncRunning,
    stopRunning,
    emitTick,
    mediaState,
    refreshMedia(now) {
      store.set(mediaState(store.getState().frameIndex));
      syncRunning(now);
    },
  };
  const navigation = createNavigation(core);
  const playback = createPlaybackCommands(core, navigation, () => {
    // The viewer's own wish: showing the page again must not undo it.
    resumeOnVisible = false;
  });

  function onVisibilityChange(visible: boolean): void {
    if (destroyed) return;
    const now = clock.now();
    store.set({ visible });
    if (!visible) {
      // A press cannot outlive the page being hidden: end it, then pause what was playing.
      transport.release(now);
      resumeOnVisible = transport.isPlaying();
      if (resumeOnVisible) transport.pause('visibility', now);
    } else if (resumeOnVisible) {
      resumeOnVisible = false;
      if (store.getState().status === 'paused') transport.play('visibility', now);
    }
    syncRunning(now);
  }

  const disposables = createDisposables();
  disposables.add(visibility.dispose);
  disposables.add(loop.stop);
  disposables.add(events.clear);
  disposables.add(store.clear);
  disposables.add(ticks.clear);

  playhead.seek(timeline.start(startIndex), clock.now());
  syncRunning(clock.now());

  return {
    getState: store.getState,
    subscribe: store.subscribe,
    getProgress: () =>
      layout.timeline.progressAt(playhead.at(clock.now()), store.getState().frameIndex),
    onTick: (listener) => (destroyed ? () => {} : ticks.add(listener)),
    on: events.on,
    off: events.off,
    ...createConnection(core, visibility),
    ...playback,
    next: navigation.next,
    prev: navigation.prev,
    goTo: navigation.goTo,
    ...createLayoutCommands(core),
    ...createMediaCommands(core),
    ...createChoiceCommands(core),
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
}
