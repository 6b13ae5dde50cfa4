import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories } from 'react-hold-stories';
import { expect, fn, userEvent, within } from 'storybook/test';
import { sampleStory } from '../fixtures';

/**
 * `Stories.Controls`: the fast-forward indicator and real buttons (Options, Previous, Pause /
 * Play, Next, and Close when `onClose` is given), named from `labels`. While the story plays,
 * Previous and Next keep off the picture until focused; paused, they are there.
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

/**
 * Options open: reading mode and the transcript (and for a story with videos, the sound and the
 * captions), named in words; the story holds still until they close (Esc, or a press elsewhere).
 */
export const OptionsOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Options' }));
    const group = await canvas.findByRole('group', { name: 'Options' });
    await expect(within(group).getByRole('button', { name: 'Reading mode' })).toBeVisible();
    await expect(within(group).getByRole('button', { name: 'Transcript' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-hs-root]')).toHaveAttribute(
      'data-state',
      'held',
    );
  },
};
