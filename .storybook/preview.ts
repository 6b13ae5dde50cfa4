import type { Preview } from '@storybook/react-vite';
import 'react-hold-stories/styles.css';
import { withPhone } from '../stories/support/phone';

const preview: Preview = {
  // Every story in a 390 × 693 phone box (opt out with `parameters: { phone: false }`).
  decorators: [withPhone],
  parameters: {
    // The phone decorator centres the box itself; Storybook's padding would crop a phone view.
    layout: 'fullscreen',
    // Once @storybook/addon-vitest runs the stories, an axe violation fails the story.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Docs',
          ['Getting started', 'Props', 'Theming', 'Writing stories as JSON', 'Accessibility'],
          'Stories',
          'Collection',
          'Inspector',
          'Parts',
          'Demo',
        ],
      },
    },
  },
};

export default preview;
