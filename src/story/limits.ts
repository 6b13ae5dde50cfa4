/**
 * The most a story may hold, field by field: one table, read by the checks and quoted by their
 * messages (`expected at most 2,000 characters, got 2,345 characters`). Untrusted stories (a CMS,
 * a JSON file) cannot grow a page or a message without end. Lengths are `String.length`: UTF-16
 * code units. Pure: the engine imports it.
 */
export const LIMITS = {
  /** Characters of a story's or a frame's id. */
  id: 200,
  /** Characters of a story's title. */
  title: 300,
  /** Characters of an alt, a message's text or author, a card's text, an image's `sizes`. */
  text: 2_000,
  /** Characters of a label: a call to action's, a choice's option. */
  label: 200,
  /** Options of a choice frame: at least two, at most four. */
  minOptions: 2,
  maxOptions: 4,
  /** Characters of a CSS value (a card's background). */
  css: 2_000,
  /** Characters of a URL (`src`, `poster`, each `srcSet` candidate)… */
  url: 2_048,
  /** …except a `data:image/…` URL, an image written inline. */
  dataUrl: 1_000_000,
  /** Characters of a whole `srcSet` (its candidates may be data: URLs). */
  srcSet: 1_000_000,
  /** Frames in a story. */
  frames: 1_000,
  /** Hidden messages on a frame. */
  messages: 20,
  /** Stories in a list (a collection). */
  stories: 100,
  /** A frame's `duration`, in ms: 24 hours (longer ones overflowed the timeline). */
  duration: 86_400_000,
  /** The slowest and the fastest `playbackRate`. */
  minRate: 0.01,
  maxRate: 100,
  /** Values in a JSON render frame's `props`, every level counted… */
  props: 1_000,
  /** …and how deep they may nest (`props` itself is the first level). */
  propsDepth: 20,
  /** Issues a check lists; the last place then says how many more there are. */
  issues: 100,
} as const;
