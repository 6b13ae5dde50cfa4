import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories } from 'react-hold-stories';
import { expect, fn, waitFor } from 'storybook/test';
import { FRAME, sampleStory } from './fixtures';
import { revealByKeyboard } from './support/play';

/**
 * The ready-made player. Press and hold the story (or hold Space on it) to freeze a frame and
 * read its hidden messages; tune the speed and the hold delay with the controls.
 */
const meta = {
  title: 'Stories',
  component: Stories,
  tags: ['autodocs'],
  args: {
    story: sampleStory,
    playbackRate: 4,
    holdDelay: 300,
    labels: 'en',
    dir: 'ltr',
    loop: false,
    onReveal: fn(),
    onHoldStart: fn(),
    onHoldEnd: fn(),
    onFrameChange: fn(),
    onPausedChange: fn(),
    onEnded: fn(),
    onClose: fn(),
  },
  argTypes: {
    story: { control: false },
    playbackRate: { control: { type: 'range', min: 1, max: 12, step: 1 } },
    holdDelay: { control: { type: 'range', min: 0, max: 1000, step: 50 } },
    labels: { control: 'inline-radio', options: ['en', 'fr'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    loop: { control: 'boolean' },
    // Controlled props need a parent that answers their on…Change: not a control's job.
    frameIndex: { control: false },
    paused: { control: false },
  },
} satisfies Meta<typeof Stories>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playing: Story = {};

export const Paused: Story = {
  args: { defaultPaused: true, defaultFrameIndex: FRAME.image },
};

/** Frozen with its messages shown: a quick Space press on the stage latches the reveal. */
export const HeldWithMessages: Story = {
  args: { defaultPaused: true, defaultFrameIndex: FRAME.image },
  play: async (context) => {
    await revealByKeyboard(context);
    const { canvas, args } = context;
    await expect(await canvas.findByText('I come here before anyone is awake.')).toBeVisible();
    await expect(args.onReveal).toHaveBeenCalledTimes(2);
  },
};

/** Starts on the last frame at full speed and lets it run out. */
export const Ended: Story = {
  args: { defaultFrameIndex: FRAME.last, playbackRate: 12 },
  play: async ({ canvasElement, args }) => {
    const root = canvasElement.querySelector('[data-hs-root]');
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'ended'), { timeout: 3000 });
    await expect(args.onEnded).toHaveBeenCalledTimes(1);
  },
};

/** Mirrored: progress fills from the right, tap zones and arrows swap sides. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', loop: true },
};

export const FastForward: Story = {
  name: 'Fast forward ×8',
  args: { playbackRate: 8, loop: true },
};
