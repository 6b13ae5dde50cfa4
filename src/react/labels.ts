import { warnOnce } from './util/dev';

/** Every string the component shows or speaks. Functions take the numbers they need. */
export interface StoriesLabels {
  /** The story region's role description (`aria-roledescription`). */
  story: string;
  /** "Frame 3 of 24". */
  frame: (position: number, count: number) => string;
  pause: string;
  play: string;
  previous: string;
  next: string;
  close: string;
  /** The fast-forward indicator ("×6"), with its spoken form. */
  rate: (rate: number) => string;
  rateDescription: (rate: number) => string;
  /** The hint shown and spoken while playing. */
  holdHint: string;
  /** The on-stage prompt (`holdPrompt`), and its button that hides it. */
  holdPrompt: string;
  hidePrompt: string;
  /** The announcement of a frame's revealed messages; `from` may be empty. */
  message: (text: string, from?: string) => string;
  /** Shown by a hold between a frame's timed messages: nothing at this instant. */
  nothingHere: string;
  /** A timed message in the transcript: its time in the frame ("0:04"), then the message. */
  timed: (time: string, message: string) => string;
  /** "5 / 18 messages discovered". */
  tally: (revealed: number, total: number) => string;
  ended: string;
  /** The mute toggle of stories with videos (a button whose `aria-pressed` says "muted"). */
  mute: string;
  /** The captions toggle of stories with captioned videos (`aria-pressed`: captions on). */
  captions: string;
  /** Shown when the browser refused to play with sound (the mute toggle is in the options). */
  unmuteHint: string;
  /** The button that opens the options: reading mode, transcript, sound, captions. */
  options: string;
  /** Above the frame's `alt` text when its media could not be loaded, or its render threw. */
  mediaError: (kind: 'image' | 'video' | 'render') => string;
  /** The reading-mode switch: no fast-forward, messages shown without holding. */
  readingMode: string;
  /** The button that opens the transcript, and the transcript's title. */
  transcript: string;
  transcriptTitle: (title: string) => string;
  closeTranscript: string;
  /** On a question's chosen option once answered, and on a quiz's right one. */
  yourAnswer: string;
  rightAnswer: string;
  /** A collection's buttons to the previous / next story. */
  previousStory: string;
  nextStory: string;
  /** Announced when a collection moves to another story: "Story 2 of 3: Léa". */
  storyPosition: (position: number, count: number, title: string) => string;
}

const formatRate = (rate: number, locale: string) =>
  `×${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(rate)}`;

export const englishLabels: StoriesLabels = {
  story: 'story',
  frame: (position, count) => `Frame ${position} of ${count}`,
  pause: 'Pause',
  play: 'Play',
  previous: 'Previous frame',
  next: 'Next frame',
  close: 'Close',
  rate: (rate) => formatRate(rate, 'en'),
  rateDescription: (rate) => `Playing ${formatRate(rate, 'en')} faster`,
  holdHint: 'Press and hold to read the hidden messages. Space does the same.',
  holdPrompt: 'Hold to read',
  hidePrompt: 'Hide this hint',
  message: (text, from) => (from ? `${from}: ${text}` : text),
  nothingHere: 'Nothing here — keep watching, and hold at another moment.',
  timed: (time, message) => `${time} — ${message}`,
  tally: (revealed, total) => `${revealed} / ${total} messages discovered`,
  ended: 'End of the story',
  mute: 'Mute',
  captions: 'Captions',
  unmuteHint: 'Sound is off: turn it on from the options (…).',
  options: 'Options',
  mediaError: (kind) =>
    ({
      video: 'This video could not be played.',
      image: 'This picture could not be loaded.',
      render: 'This part of the story could not be shown.',
    })[kind],
  readingMode: 'Reading mode',
  transcript: 'Transcript',
  transcriptTitle: (title) => `Transcript: ${title}`,
  closeTranscript: 'Close the transcript',
  yourAnswer: 'Your answer',
  rightAnswer: 'Right answer',
  previousStory: 'Previous story',
  nextStory: 'Next story',
  storyPosition: (position, count, title) => `Story ${position} of ${count}: ${title}`,
};

/** French typography: a no-break space before `:` (and the story's own `« »`, `?`). */
export const frenchLabels: StoriesLabels = {
  story: 'histoire',
  frame: (position, count) => `Image ${position} sur ${count}`,
  pause: 'Pause',
  play: 'Lecture',
  previous: 'Image précédente',
  next: 'Image suivante',
  close: 'Fermer',
  rate: (rate) => formatRate(rate, 'fr'),
  rateDescription: (rate) => `Lecture accélérée ${formatRate(rate, 'fr')}`,
  holdHint: 'Maintiens le doigt appuyé pour lire les messages cachés. La touche Espace aussi.',
  holdPrompt: 'Maintiens pour lire',
  hidePrompt: 'Masquer l’indication',
  message: (text, from) => (from ? `${from}\u00a0: ${text}` : text),
  nothingHere: 'Rien ici — continue de regarder, et arrête-toi à un autre moment.',
  timed: (time, message) => `${time} — ${message}`,
  tally: (revealed, total) =>
    `${revealed} / ${total} message${total > 1 ? 's' : ''} découvert${revealed > 1 ? 's' : ''}`,
  ended: 'Fin de l’histoire',
  mute: 'Couper le son',
  captions: 'Sous-titres',
  unmuteHint: 'Le son est coupé\u00a0: active-le dans les options (…).',
  options: 'Options',
  mediaError: (kind) =>
    ({
      video: 'Cette vidéo n’a pas pu être lue.',
      image: 'Cette image n’a pas pu être chargée.',
      render: 'Cette partie de l’histoire n’a pas pu être affichée.',
    })[kind],
  readingMode: 'Mode lecture',
  transcript: 'Transcription',
  transcriptTitle: (title) => `Transcription — ${title}`,
  closeTranscript: 'Fermer la transcription',
  yourAnswer: 'Ta réponse',
  rightAnswer: 'Bonne réponse',
  previousStory: 'Histoire précédente',
  nextStory: 'Histoire suivante',
  storyPosition: (position, count, title) => `Histoire ${position} sur ${count}\u00a0: ${title}`,
};

/**
 * A built-in language (`'en'`, `'fr'`), or labels of your own over one: the keys you give win,
 * the others come from `lang` (default English).
 * @example labels={{ lang: 'fr', close: 'Quitter' }}
 */
export type LabelsOption = 'en' | 'fr' | (Partial<StoriesLabels> & { lang?: 'en' | 'fr' });

/** The labels `option` asks for; an unknown language is English, with a development warning. */
export function resolveLabels(option: LabelsOption = 'en'): StoriesLabels {
  if (typeof option !== 'string') {
    const { lang, ...own } = option;
    return { ...resolveLabels(lang), ...own };
  }
  if (process.env.NODE_ENV !== 'production' && option !== 'en' && option !== 'fr') {
    warnOnce(`labels: expected "en", "fr" or an object of labels, got "${option}"; using "en"`);
  }
  return option === 'fr' ? frenchLabels : englishLabels;
}
