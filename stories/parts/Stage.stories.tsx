import type { Meta, StoryObj } from '@storybook/react-vite';
import { type PlayerState, Stories, usePlayerState } from 'react-hold-stories';
import { FRAME, sampleStory } from '../fixtures';
import { revealByKeyboard } from '../support/play';

const selectStatus = (state: PlayerState) => state.status;

/** A badge of our own over the frame: the player's status, from `usePlayerState`. */
function StatusBadge() {
  const status = usePlayerState(selectStatus);
  return (
    <p
      style={{
        position: 'absolute',
        insetInlineStart: 12,
        top: 12,
        margin: 0,
        padding: '4px 10px',
        borderRadius: 999,
        background: 'rgb(0 0 0 / 0.55)',
        font: '700 0.85rem system-ui, sans-serif',
      }}
    >
      {status}
    </p>
  );
}

/**
 * `Stories.Stage` is the press surface: tap left / right to step, press and hold to freeze and
 * read, Space and the arrows when focused. Its default children are `Frame` + `RevealLayer`.
 */
const meta = {
  title: 'Parts/Stage',
  component: Stories.Root,
  subcomponents: { 'Stories.Stage': Stories.Stage },
  args: { story: sampleStory, playbackRate: 2, loop: true },
  argTypes: { story: { control: false }, children: { control: false } },
  render: (args) => (
    <Stories.Root {...args}>
      <Stories.Stage />
    </Stories.Root>
  ),
} satisfies Meta<typeof Stories.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The stage alone, no chrome: press it. */
export const Default: Story = {};

/** Held on the frame with a message in each placement. */
export const Held: Story = {
  args: { defaultPaused: true, defaultFrameIndex: FRAME.placements },
  play: revealByKeyboard,
};

/** Other children: the frame and a status badge instead of the messages. */
export const CustomChildren: Story = {
  render: (args) => (
    <Stories.Root {...args}>
      <Stories.Stage>
        <Stories.Frame />
        <StatusBadge />
      </Stories.Stage>
    </Stories.Root>
  ),
};
