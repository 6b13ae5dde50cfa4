import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories } from 'react-hold-stories';
import { demoStory, FRAME, sampleStory } from '../fixtures';
import { revealByKeyboard } from '../support/play';

/**
 * `Stories.RevealLayer` shows the current frame's hidden messages while it is held, in three
 * slots (top, center, bottom). Each story latches a reveal with a quick Space press.
 */
const meta = {
  title: 'Parts/RevealLayer',
  component: Stories.Root,
  subcomponents: { 'Stories.RevealLayer': Stories.RevealLayer },
  args: { story: sampleStory, defaultPaused: true, defaultFrameIndex: FRAME.placements },
  argTypes: { story: { control: false }, children: { control: false } },
  render: (args) => (
    <Stories.Root {...args}>
      <Stories.Stage>
        <Stories.Frame />
        <Stories.RevealLayer />
      </Stories.Stage>
    </Stories.Root>
  ),
  play: revealByKeyboard,
} satisfies Meta<typeof Stories.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One message per placement; `center` is the default. */
export const Placements: Story = {};

/** The demo's bus frame, in French: two voices, top and bottom. */
export const French: Story = {
  args: { story: demoStory, labels: 'fr', defaultFrameIndex: 3 },
};

/** Themed through the skin's custom properties. */
export const Themed: Story = {
  args: {
    style: {
      '--hs-message-background': 'rgb(250 246 235 / 0.96)',
      '--hs-message-foreground': '#1d1d28',
      '--hs-message-accent': '#a0342f',
      '--hs-message-radius': '4px',
    },
  },
};
