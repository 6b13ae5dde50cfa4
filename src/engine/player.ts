import type { MediaOutcome } from './createMediaGate';
import type {
  ChangeCause,
  Clock,
  DocumentLike,
  EngineFrame,
  FlashGuard,
  Logger,
  MediaFailure,
  MediaStatus,
  PlayerEventListener,
  PlayerEventName,
  PlayerState,
  TickListener,
} from './types';

export interface PlayerOptions {
  /** The frames, in order. Validated: see `validateFrames`. */
  frames: readonly EngineFrame[];
  /** Fast-forward factor, a positive number. Default 1. */
  playbackRate?: number;
  /** Start again from the first frame after the last one instead of ending. Default false. */
  loop?: boolean;
  /** The frame to start on. Default 0. */
  frameIndex?: number;
  /** Start playing at once (`true`, the default) or paused. */
  autoplay?: boolean;
  /**
   * Time source. Default: a manual clock that never moves, so a player made during a server (or
   * React) render shows its first frame and runs nothing; `connect()` gives it the real clock.
   */
  clock?: Clock;
  /** The owner document: while it is hidden the story pauses. Default: none (always visible). */
  document?: DocumentLike;
  /** Keep cuts under three flashes a second (WCAG 2.3.1). Default `'slow'`. */
  flashGuard?: FlashGuard;
  /** Development warnings and listener errors. Default: the host console. */
  logger?: Logger;
  /**
   * Media already settled, by frame id (e.g. known to a previous player of the same story):
   * those frames do not wait, and a failure given here fires no `error`. Default: none.
   */
  media?: ReadonlyMap<string, MediaOutcome>;
  /** Answers already given, by question frame id (remembered from an earlier view). */
  answers?: ReadonlyMap<string, number>;
}

/**
 * A story's playback: a store of discrete state, a tick channel for the continuous progress,
 * typed events, and commands. All commands are safe to call in any state; after `destroy()`
 * they do nothing.
 */
export interface Player {
  getState(): PlayerState;
  /** For `useSyncExternalStore`: called after each committed state change. */
  subscribe(listener: () => void): () => void;
  /** The current frame's progress (0→1) at this instant, between ticks too. */
  getProgress(): number;
  /** Progress on every display frame while playing, and once after every jump or stop. */
  onTick(listener: TickListener): () => void;
  on<K extends PlayerEventName>(type: K, listener: PlayerEventListener<K>): () => void;
  off<K extends PlayerEventName>(type: K, listener: PlayerEventListener<K>): void;

  /**
   * Runs the player on `clock` and pauses it while `document` is hidden, from the position it
   * has; replaces an earlier connection. The first connection fires `framechange` with cause
   * `'start'` (the first frame shown). Call it when the story is on screen (a mount effect).
   */
  connect(clock: Clock, document?: DocumentLike): void;
  /** Stops time where it is and forgets the clock and the document (an unmount). Idempotent. */
  disconnect(): void;

  /** Plays; at the end, plays again from the first frame. While held, the release will play. */
  play(): void;
  /** Pauses; while held, the release will stay paused. */
  pause(): void;
  /** Freezes the exact current position and remembers the status to restore. */
  hold(): void;
  /** Ends a hold: restores the status from before it, from the frozen position. */
  release(): void;
  /** Next frame; after the last one the story ends (or loops). */
  next(cause?: ChangeCause): void;
  /** Previous frame; on the first frame, its start. */
  prev(cause?: ChangeCause): void;
  /**
   * Jumps to frame `index` at `progress` (0→1, default 0).
   * @throws RangeError when `index` is not a whole number in range. A `progress` outside
   *   [0, 1] is clamped with a development warning.
   */
  goTo(index: number, progress?: number, cause?: ChangeCause): void;
  /**
   * Shows the current frame's hidden messages; `reveal` fires once per message per view. While
   * held, this makes the freeze a hold (`holdstart`).
   */
  reveal(): void;
  /** Hides them again (a release does this by itself). */
  conceal(): void;
  /**
   * Changes the fast-forward factor, keeping the frame and its progress.
   * @throws RangeError when `rate` is not a positive finite number.
   */
  setPlaybackRate(rate: number): void;
  /**
   * Replaces the frames, keeping the position by frame id.
   * @throws TypeError naming the field, like `createPlayer`.
   */
  setFrames(frames: readonly EngineFrame[]): void;
  setLoop(loop: boolean): void;
  /**
   * The wait gate (see `createPlayer`): says whether frame `frameId`'s media can show. Report
   * `'ready'` once it is decoded (or a video can play), `'loading'` when it is released from
   * memory or a video buffers. While the current frame is not ready, `waiting` is true and time
   * stands still. Unknown ids and reports about failed media are ignored.
   */
  setMediaStatus(frameId: string, status: MediaStatus): void;
  /**
   * Frame `frameId`'s media failed: the frame stops waiting for good (it plays its duration with
   * a fallback, `mediaFailed` while current) and `error` fires, once per frame. A `track` (a
   * video's cue file) only fires `error`, once: the frame plays on without its cues.
   */
  reportMediaError(frameId: string, failure: MediaFailure): void;
  /**
   * Lets a media element's clock drive its frame: `mediaTime` is the element's position in ms
   * (a video's `currentTime × 1000`), against the frame's `duration`. While the frame plays, the
   * playhead is moved to match when it drifted by more than `MEDIA_SYNC_TOLERANCE` ms.
   */
  syncMediaTime(frameId: string, mediaTime: number): void;
  /**
   * Answers the current frame's question with option `optionIndex`: fires `answer` and records it
   * in `answers`. Once per question: a question already answered, a frame without one, or an
   * option out of range is ignored (the last two with a development warning).
   */
  answer(optionIndex: number): void;
  /** The host followed the current frame's call to action to `href`: fires `action`. */
  reportAction(href: string): void;
  /** Disconnects and removes every listener; later commands do nothing. Idempotent. */
  destroy(): void;
  readonly destroyed: boolean;
}
