import type { Story } from 'react-hold-stories';
import { ClockScene, CorridorScene, PhoneScene } from './scenes';

/**
 * A first story for the demo: one pupil's day in fast-forward. The full awareness piece (three
 * stories, an opening and an end screen) builds on it.
 */
export const dayStory: Story = {
  id: 'journee',
  title: 'Une journée de Léo',
  playbackRate: 6,
  frames: [
    {
      id: 'reveil',
      kind: 'render',
      duration: 3000,
      luminance: 0.18, // measured in Chromium (test/e2e/demoFlash.e2e.test.ts)
      alt: 'Un réveil dont les aiguilles tournent très vite : le matin passe en accéléré.',
      render: ({ progress }) => <ClockScene progress={progress} />,
      reveal: [
        { text: 'J’ai mal au ventre avant même de me lever.', from: 'Léo', placement: 'top' },
      ],
    },
    {
      id: 'couloir',
      kind: 'render',
      duration: 3000,
      luminance: 0.09, // measured in Chromium (test/e2e/demoFlash.e2e.test.ts)
      alt: 'Un couloir du collège où des élèves passent en courant autour de Léo.',
      render: ({ progress }) => <CorridorScene progress={progress} />,
      reveal: [
        { text: 'Ils rient quand je passe. Tous les jours.', from: 'Léo', placement: 'top' },
        {
          text: 'Je l’ai vu. Je n’ai rien dit.',
          from: 'Une élève de sa classe',
          placement: 'bottom',
        },
      ],
    },
    {
      id: 'cantine',
      kind: 'card',
      duration: 3000,
      background: 'linear-gradient(160deg, #3d3a66, #2f4466)',
      text: '12 h 30 — la cantine',
      alt: 'Une carte : 12 h 30, la cantine.',
      reveal: [{ text: 'La place à côté de moi reste vide.', from: 'Léo' }],
    },
    {
      id: 'soir',
      kind: 'render',
      duration: 3000,
      luminance: 0.03, // measured in Chromium (test/e2e/demoFlash.e2e.test.ts)
      alt: 'Un téléphone, le soir, où les notifications s’empilent.',
      render: ({ progress }) => <PhoneScene progress={progress} />,
      reveal: [
        { text: 'Le groupe de la classe continue, même la nuit.', from: 'Léo', placement: 'top' },
        {
          text: 'J’ai fait une capture et j’en ai parlé à un adulte.',
          from: 'Un camarade',
          placement: 'bottom',
        },
      ],
    },
    {
      id: 'aide',
      kind: 'card',
      duration: 4000,
      background: 'linear-gradient(160deg, #2f4466, #3d3a66)',
      text: 'Harcèlement : appelle le 3018',
      alt: 'Une carte : en cas de harcèlement, appelle le 3018, gratuit, anonyme et confidentiel.',
      reveal: [
        { text: 'Le 3018 est gratuit, anonyme et confidentiel, 7 jours sur 7 de 9 h à 23 h.' },
      ],
    },
  ],
};
