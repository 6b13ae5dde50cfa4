import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories } from 'react-hold-stories';
import { demoStory } from './fixtures';
import { revealByKeyboard } from './support/play';

/** The demo site's story, "Une journée de Léo", as the "Stop Harcèlement" page plays it. */
const meta = {
  title: 'Demo',
  component: Stories,
  args: { story: demoStory, playbackRate: 6, labels: 'fr', loop: true },
  argTypes: {
    story: { control: false },
    playbackRate: { control: { type: 'range', min: 1, max: 12, step: 1 } },
  },
} satisfies Meta<typeof Stories>;

export default meta;
type Story = StoryObj<typeof meta>;

export const StopHarcelement: Story = { name: 'Stop Harcèlement ×6' };

/** The evening frame, frozen with its two messages. */
export const Soir: Story = {
  name: 'Le soir, figé',
  args: { defaultPaused: true, defaultFrameIndex: 3 },
  play: revealByKeyboard,
};
