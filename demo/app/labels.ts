import { frenchLabels, type StoriesLabels } from 'react-hold-stories';

const NBSP = '\u00a0';

/**
 * The player's French labels, with French typography (a non-breaking space before « : ») and a
 * hold hint that says what the piece is about.
 */
export const demoLabels: StoriesLabels = {
  ...frenchLabels,
  holdHint:
    'Maintiens le doigt appuyé sur l’image pour la figer et lire les messages cachés. Au clavier, garde la touche Espace enfoncée.',
  message: (text, from) => (from ? `${from}${NBSP}: ${text}` : text),
  transcriptTitle: (title) => `Transcription${NBSP}: ${title}`,
  storyPosition: (position, count, title) => `Histoire ${position} sur ${count}${NBSP}: ${title}`,
  previousStory: 'Histoire précédente',
  nextStory: 'Histoire suivante',
};
