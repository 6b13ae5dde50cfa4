import { frenchLabels, type StoriesLabels } from 'react-hold-stories';

/**
 * The player's French labels (the library's, French typography included) with a hold hint that
 * says what the piece is about.
 */
export const demoLabels: StoriesLabels = {
  ...frenchLabels,
  holdHint:
    'Maintiens le doigt appuyé sur l’image pour la figer et lire les messages cachés. Au clavier, garde la touche Espace enfoncée.',
};
