import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { FlashGuard, PlayerEventMap } from '../engine';
import type { StoryIssue } from '../story/issues';
import type { RevealMessage, Story } from '../story/types';
import type { AllowUrl } from '../story/urls';
import type { LabelsOption } from './labels';

/** The events of one story, by engine name: the engine's own, `reveal` with its message. */
export interface StoryEventMap extends Omit<PlayerEventMap, 'reveal' | 'ratechange'> {
  reveal: PlayerEventMap['reveal'] & { message: RevealMessage };
}

/** Event props of a story, for analytics. Each is the engine event of the same name. */
export interface StoryEvents {
  /**
   * A frame shows: `{ from, to, cause, at }`. The first frame shown fires it too, once the
   * story is on screen, with `from: -1` and `cause: 'start'`; then `cause` is `auto` (time ran
   * out), `tap`, `key`, `swipe` or `api` (a command).
   */
  onFrameChange?: (event: StoryEventMap['framechange']) => void;
  /**
   * The viewer holds the frame to read it: fired when the messages appear (after `holdDelay`),
   * so a tap never fires it. `at` is when the frame froze, under the finger.
   */
  onHoldStart?: (event: StoryEventMap['holdstart']) => void;
  /** The hold ended and the story runs again; `heldMs` is how long the frame stayed frozen. */
  onHoldEnd?: (event: StoryEventMap['holdend']) => void;
  /** A hidden message was shown: once per message per view of its frame. */
  onReveal?: (event: StoryEventMap['reveal']) => void;
  /** Playback started: `reason` is `command` or `visibility` (the page showed again). */
  onPlay?: (event: StoryEventMap['play']) => void;
  /** Playback stopped: `reason` is `command` or `visibility` (the page was hidden). */
  onPause?: (event: StoryEventMap['pause']) => void;
  /** The last frame ran out. */
  onEnded?: (event: StoryEventMap['ended']) => void;
  /**
   * A frame's image or video failed to load: `{ frameIndex, frameId, kind, src, at }`, once per
   * frame (maybe while it was preloaded, before it showed). The frame shows its `alt` text
   * instead and the story goes on after the frame's duration.
   */
  onError?: (event: StoryEventMap['error']) => void;
  /**
   * The viewer answered a `choice` frame: `{ frameId, optionIndex, correct }`, once per
   * question (`correct` only for a quiz, a question with a right option).
   */
  onAnswer?: (event: StoryEventMap['answer']) => void;
  /**
   * The viewer follows a frame's call to action (a press on the link, or a swipe up):
   * `{ frameId, href }`, fired before the browser follows it.
   */
  onAction?: (event: StoryEventMap['action']) => void;
}

export type { StoriesHandle } from './player/commands';

/** The options of a story that a collection shares with each of its stories. */
export interface StoryOptions {
  /** Fast-forward factor. Default: the story's own `playbackRate`, else 1. */
  playbackRate?: number;
  /** How long (ms) a press must last to reveal the messages; shorter is a tap. Default 300. */
  holdDelay?: number;
  /**
   * Shows a small "Hold to read" prompt on the stage until the viewer's first hold (or until
   * they hide it): for a piece whose whole point is the hold. Default false.
   */
  holdPrompt?: boolean;
  /**
   * While the story plays, each frame's messages rush by as glimpses in their places — their
   * shape, never their words, readable at no rate — and show only while held: "it is there,
   * you are going too fast". Decorative (`aria-hidden`). Default false.
   */
  glimpse?: boolean;
  /** `'fr'`, `'en'` (default) or your own labels; every visible or spoken string comes from it. */
  labels?: LabelsOption;
  /** Text direction: `'rtl'` mirrors the tap zones, the arrows and the progress. Default `'ltr'`. */
  dir?: 'ltr' | 'rtl';
  /**
   * Keeps cuts under three flashes a second (WCAG 2.3.1): `'slow'` the offending frames
   * (default), only `'warn'` in development, or `'off'`. Read when the player is created.
   */
  flashGuard?: FlashGuard;
  /**
   * The fewest frames ahead whose images are fetched and decoded before they show. Beyond it,
   * the images of the next 1.5 s of playback at the current rate (the flash guard's slowing
   * included) are kept ready too, up to 24 images (or `preloadAhead`, if more); one behind is
   * kept, the others are let go, so memory stays bounded. Default 2. The first frame starts once
   * the images of the 250 ms after it are ready too (a second at most). A frame whose image is
   * still late waits for it, progress paused, with a loader after 300 ms.
   */
  preloadAhead?: number;
  /** Esc, the Close button and a drag down call it; without it there is no Close. */
  onClose?: () => void;
  /**
   * Narrows which URLs a story may use, beyond the built-in policy (media: https:, http:,
   * relative, blob:, and data: images; links: https:, http:, mailto:, tel:, relative; never
   * javascript:): only the URLs it returns `true` for are kept, others make the story invalid,
   * naming the field. Read when a story is checked.
   * @example allowUrl={(url) => url.startsWith('https://cdn.example.org/')}
   */
  allowUrl?: AllowUrl;
  /**
   * Where the story sits. `'none'` (default): it owns every touch, as a full-screen story does.
   * `'vertical'`: inline in a scrolling page — a vertical pan that starts on the story scrolls
   * the page (`touch-action: pan-y`) and never becomes a hold; taps, holds and sideways swipes
   * work as before.
   */
  scroll?: 'none' | 'vertical';
  /**
   * What shows in place of a story that cannot play (its first problem is in `onInvalid`).
   * Default: the problem itself in development, nothing in production.
   * @example fallback={(issues) => <p>This story is being fixed.</p>}
   */
  fallback?: ReactNode | ((issues: readonly StoryIssue[]) => ReactNode);
  /** Every problem of a story that cannot play (or of an update that was refused), once per story. */
  onInvalid?: (issues: readonly StoryIssue[]) => void;
  /** Shown while a frame's media is late (after 300 ms): your own loader. Default: a ring. */
  loader?: ReactNode;
  /** Controlled pause (the viewer's, not a hold); pair it with `onPausedChange`. */
  paused?: boolean;
  /** Uncontrolled: start paused. Default false. */
  defaultPaused?: boolean;
  /** The viewer pauses or plays (the Pause button, the ref): asked first when controlled. */
  onPausedChange?: (paused: boolean) => void;
  /**
   * Controlled reading mode: no fast-forward (the story waits on each frame, the viewer steps),
   * and every frame's messages show without holding. Pair it with `onReadingModeChange`.
   */
  readingMode?: boolean;
  /** Uncontrolled start. Default: on when the viewer prefers reduced motion, else off. */
  defaultReadingMode?: boolean;
  /** The reading-mode toggle was pressed: asked first when controlled. */
  onReadingModeChange?: (readingMode: boolean) => void;
  /** Controlled sound of video frames (true: muted); pair it with `onMutedChange`. */
  muted?: boolean;
  /** Uncontrolled start. Default true: videos start muted, the viewer turns the sound on. */
  defaultMuted?: boolean;
  /** The viewer turned the sound on or off (the mute toggle), or autoplay forced it off. */
  onMutedChange?: (muted: boolean) => void;
}

declare module 'react' {
  interface CSSProperties {
    /**
     * The skin's variables (the README lists each with its default), typed for any `style`
     * prop: `<Stories style={{ '--hs-message-accent': '#ff0' }} />`.
     */
    [variable: `--hs-${string}`]: string | number | undefined;
  }
}

/** The section element's own props, minus the ones a story defines for itself. */
type SectionProps<Own> = Omit<ComponentPropsWithoutRef<'section'>, keyof Own | 'children'>;

interface OneStory extends StoryOptions, StoryEvents {
  /** The story to play. Checked: a bad one shows an error naming the field. */
  story: Story;
  /** Play again from the start after the last frame. Default false. */
  loop?: boolean;
  /**
   * The frame to start on. Default 0. Move later with the ref's `goTo`, follow with
   * `onFrameChange` (like a video's `currentTime`: the position is the player's).
   */
  defaultFrameIndex?: number;
  /**
   * Answers already given, by question frame id (the option's index): a question shows its
   * answer and takes no other. A collection passes the ones its `seenStorage` remembers.
   */
  defaultAnswers?: ReadonlyMap<string, number>;
}

/** Props of `<Stories>`: one story, its options and events, and the root element's props. */
export interface StoriesProps extends OneStory, SectionProps<OneStory> {
  /** Shows the story's header (title, and its `avatar` and `subtitle` when it has them). */
  header?: boolean;
}

/** Props of `<Stories.Root>`: the same, and the parts that make its layout as children. */
export interface StoriesRootProps extends StoriesProps {
  children?: ReactNode;
}
