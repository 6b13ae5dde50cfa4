/**
 * Where the engine gets its time from. Injected so that tests (and servers) can drive time by
 * hand and the engine never touches `performance` or `requestAnimationFrame` globals.
 */
export interface Clock {
  /** Current time in milliseconds; must never go backwards. */
  now(): number;
  /** Runs `callback` once at the next display frame with that frame's time; returns its id. */
  requestFrame(callback: (time: number) => void): number;
  /** Cancels a request made by `requestFrame`; unknown ids are ignored. */
  cancelFrame(id: number): void;
}

/** The part of `document` the engine uses to pause while the tab is hidden. */
export interface DocumentLike {
  readonly visibilityState?: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Where development warnings and errors thrown by event listeners go. */
export interface Logger {
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** A frame as the engine sees it: an identity, a duration and how many hidden messages it has. */
export interface EngineFrame {
  /** Unique within the story; used to keep the position when frames are replaced. */
  readonly id: string;
  /** How long the frame shows at 1×, in milliseconds. Must be a positive finite number. */
  readonly duration: number;
  /** Number of hidden messages the frame reveals on a hold. Default 0. */
  readonly messages?: number;
  /**
   * When each message shows, by message index: `[start, end]` in the frame's own ms at 1× (the
   * unit of `duration`), start inclusive, end exclusive; `null` (or no entry) for the whole
   * frame. A hold reveals only the messages whose window holds the frozen instant.
   */
  readonly windows?: readonly (readonly [start: number, end: number] | null)[];
  /** Relative luminance 0→1, for the flash guard; unknown frames take part in no flash. */
  readonly luminance?: number;
  /** Share 0→1 of the frame that is saturated red, for the flash guard. */
  readonly saturatedRed?: number;
  /**
   * The frame shows media (an image, a video) that must be ready before its time runs: the
   * player waits at the frame until `setMediaStatus(id, 'ready')` or `reportMediaError(id, …)`.
   * Default false (cards and rendered frames are always ready).
   */
  readonly awaitsMedia?: boolean;
  /**
   * The fastest rate the frame can play at, e.g. 16 for a video (browsers refuse a faster
   * `playbackRate`): a faster story plays this frame at this rate, so it shows for longer.
   */
  readonly maxRate?: number;
  /**
   * The frame asks a question with `options` answers (`correct`: the right one's index, for a
   * quiz). Its time runs as usual, but the story waits at its end (`awaitingViewer`) until the
   * viewer moves on; `answer(option)` answers it, once.
   */
  readonly choice?: { readonly options: number; readonly correct?: number };
}

/**
 * What can fail to show: an image or a video that does not load, a `render` frame that throws,
 * a video's cue file (`track`) that does not load — the one failure that leaves the frame as it
 * is: its video plays, without the cues' messages.
 */
export type MediaKind = 'image' | 'video' | 'render' | 'track';

/**
 * What the host says of a frame's media: `'loading'` (not decoded yet, released from memory, or
 * a video buffering) or `'ready'` to show.
 */
export type MediaStatus = 'loading' | 'ready';

/** A media failure, as the host reports it to the player. */
export interface MediaFailure {
  kind: MediaKind;
  /** The URL that failed (the chosen `srcSet` candidate when there is one); '' for a render. */
  src: string;
}

/**
 * What the flash guard does when cuts would flash more than three times a second:
 * `'slow'` the offending frames (default), only `'warn'` in development, or nothing (`'off'`).
 */
export type FlashGuard = 'slow' | 'warn' | 'off';

/**
 * - `playing`: time runs.
 * - `paused`: stopped by the viewer or the tab being hidden.
 * - `held`: frozen by a press (or Space); `release()` restores the status from before.
 * - `ended`: the last frame has run out (never reached with `loop`).
 */
export type PlayerStatus = 'playing' | 'paused' | 'held' | 'ended';

/**
 * What moved the story (to another frame, or a collection to another story): time running out
 * (`auto`), a tap, a key, a swipe, or a command (`api`).
 */
export type ChangeCause = 'auto' | 'tap' | 'key' | 'swipe' | 'api';

/** Why playback started or stopped: a command, or the page becoming hidden / visible again. */
export type PlaybackReason = 'command' | 'visibility';

/** The committed state. It changes only on discrete events, never per animation frame. */
export interface PlayerState {
  readonly status: PlayerStatus;
  readonly frameIndex: number;
  readonly frameId: string;
  readonly frameCount: number;
  /** The fast-forward factor: 6 shows a 3,000 ms frame for 500 ms. */
  readonly playbackRate: number;
  readonly loop: boolean;
  /** False while the owner document is hidden. */
  readonly visible: boolean;
  /** True while the current frame's hidden messages are shown. */
  readonly revealing: boolean;
  /**
   * While revealing, the indexes of the messages shown: those whose window holds the frozen
   * instant (all of them on a frame without windows). Empty otherwise.
   */
  readonly shownMessages: readonly number[];
  /** How many distinct hidden messages the viewer has revealed (the discovery tally). */
  readonly revealed: number;
  /** How many hidden messages the story has in all. */
  readonly revealTotal: number;
  /**
   * True while the current frame's media is not ready: time stands still (the frame's progress
   * too) until the host says it is ready or failed. A hold or a pause during a wait works as
   * usual; playback resumes once both the wait and the hold are over.
   */
  readonly waiting: boolean;
  /** True when the current frame's media failed: it shows its fallback for its whole duration. */
  readonly mediaFailed: boolean;
  /**
   * The rate the current frame plays at: `playbackRate`, or slower where the flash guard or the
   * frame's `maxRate` (a video's) caps it. A video element plays at this rate.
   */
  readonly frameRate: number;
  /**
   * True while a question's time is out and the story waits on it: nothing advances until the
   * viewer moves on (`next`, `prev`, `goTo`). No time limit on a decision.
   */
  readonly awaitingViewer: boolean;
  /** The viewer's answers, by question frame id: the index of the option chosen. */
  readonly answers: ReadonlyMap<string, number>;
}

/** Every event the player emits, by name, with its payload. `at` is clock time in ms. */
export interface PlayerEventMap {
  play: { frameIndex: number; reason: PlaybackReason; at: number };
  pause: { frameIndex: number; reason: PlaybackReason; at: number };
  /**
   * The viewer holds the frame to read it: fired when a freeze (a press, Space, `hold()`) first
   * reveals the messages, so a tap never fires it. `at` is when the frame froze.
   */
  holdstart: { frameIndex: number; at: number };
  /** The hold ended; `heldMs` is how long the frame stayed frozen. Only after a `holdstart`. */
  holdend: { frameIndex: number; heldMs: number; at: number };
  reveal: { frameIndex: number; frameId: string; messageIndex: number; at: number };
  /**
   * A frame shows. For `auto` changes `at` is the exact boundary, not the time of the tick that
   * noticed it. The first frame shown fires it too, once, when the player first connects to a
   * clock: `from` is then -1 and `cause` is `'start'`.
   */
  framechange: { from: number; to: number; cause: ChangeCause | 'start'; at: number };
  ratechange: { playbackRate: number; at: number };
  /** `at` is the exact instant the last frame ran out. */
  ended: { frameIndex: number; at: number };
  /**
   * A frame could not be shown (at most once per frame): its image or video failed to load
   * (maybe while it was preloaded, before it showed), or its `render` threw (`src` is then '').
   * The frame stops waiting, shows its text alternative and plays its full duration.
   */
  error: { frameIndex: number; frameId: string; kind: MediaKind; src: string; at: number };
  /**
   * The viewer answered the current frame's question, once per question: `correct` says whether
   * it was the right option (a quiz's; absent when the question has no right answer).
   */
  answer: {
    frameIndex: number;
    frameId: string;
    optionIndex: number;
    correct?: boolean;
    at: number;
  };
  /** The viewer follows the current frame's call to action (fired before the link is followed). */
  action: { frameIndex: number; frameId: string; href: string; at: number };
}

export type PlayerEventName = keyof PlayerEventMap;
export type PlayerEventListener<K extends PlayerEventName> = (event: PlayerEventMap[K]) => void;

/** Receives the current frame's progress (0→1) on every display frame while playing. */
export type TickListener = (progress: number, frameIndex: number) => void;
