import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories, type StoriesRootProps } from 'react-hold-stories';
import { expect } from 'storybook/test';
import { FRAME, sampleStory } from '../fixtures';
import { useSeek } from '../support/useSeek';

/** The frame alone, paused part-way through (so a render frame shows mid-animation). */
function FrameAt({ progress, ...props }: StoriesRootProps & { progress: number }) {
  const ref = useSeek(props.defaultFrameIndex ?? 0, progress);
  return (
    <Stories.Root ref={ref} {...props}>
      <Stories.Frame />
    </Stories.Root>
  );
}

/**
 * `Stories.Frame` shows the current frame: a `card` (background + text), an `image` (cropped
 * around its focal point) or a `render` frame (any React, animated from the frame's progress).
 */
const meta = {
  title: 'Parts/Frame',
  component: Stories.Root,
  subcomponents: { 'Stories.Frame': Stories.Frame },
  args: { story: sampleStory, defaultPaused: true },
  argTypes: { story: { control: false }, children: { control: false } },
  render: (args) => <FrameAt {...args} progress={0.5} />,
} satisfies Meta<typeof Stories.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Card: Story = { args: { defaultFrameIndex: FRAME.card } };

/** An inline SVG drawn in code, cropped around `focal`. */
export const Image: Story = { args: { defaultFrameIndex: FRAME.image } };

/** Halfway: the sun half risen, the clock at 06:00; both move only with the frame's progress. */
export const Render: Story = {
  args: { defaultFrameIndex: FRAME.render },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('06:00')).toBeInTheDocument();
  },
};
