import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories } from 'react-hold-stories';
import { fn } from 'storybook/test';
import { sampleStory } from '../fixtures';

/**
 * `Stories.Controls`: the fast-forward indicator and real buttons (Previous, Pause / Play,
 * Next, and Close when `onClose` is given), named from `labels`.
 */
const meta = {
  title: 'Parts/Controls',
  component: Stories.Root,
  subcomponents: { 'Stories.Controls': Stories.Controls },
  args: { story: sampleStory, playbackRate: 2, loop: true, onClose: fn(), onPausedChange: fn() },
  argTypes: {
    story: { control: false },
    children: { control: false },
    playbackRate: { control: { type: 'range', min: 1, max: 12, step: 1 } },
    labels: { control: 'inline-radio', options: ['en', 'fr'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (args) => (
    <Stories.Root {...args}>
      <Stories.Stage />
      <Stories.Chrome>
        <span />
        <Stories.Controls />
      </Stories.Chrome>
    </Stories.Root>
  ),
} satisfies Meta<typeof Stories.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playing: Story = {};

/** The middle button reads Play. */
export const Paused: Story = { args: { defaultPaused: true } };

export const French: Story = { args: { labels: 'fr' } };

/** Arrows point the reading direction's way. */
export const RightToLeft: Story = { args: { dir: 'rtl' } };

/** No `onClose`, no Close button. */
export const WithoutClose: Story = { args: { onClose: undefined } };
