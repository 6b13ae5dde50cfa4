import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories, type StoriesRootProps } from 'react-hold-stories';
import { sampleStory } from '../fixtures';
import { useSeek } from '../support/useSeek';

/** The stage under a chrome that holds only the progress. */
function ProgressOnStage(props: StoriesRootProps) {
  return (
    <Stories.Root {...props}>
      <Stories.Stage />
      <Stories.Chrome>
        <Stories.Progress />
      </Stories.Chrome>
    </Stories.Root>
  );
}

/** Paused on the third frame, 40 % through: two full segments, one part-filled. */
function MidStory(props: StoriesRootProps) {
  const ref = useSeek(2, 0.4);
  return (
    <Stories.Root ref={ref} {...props}>
      <Stories.Stage />
      <Stories.Chrome>
        <Stories.Progress />
      </Stories.Chrome>
    </Stories.Root>
  );
}

/**
 * `Stories.Progress`: one segment per frame (`data-state="past|active|upcoming"`); the active
 * one is filled from the progress MotionValue, without a React render per display frame.
 */
const meta = {
  title: 'Parts/Progress',
  component: Stories.Root,
  subcomponents: { 'Stories.Progress': Stories.Progress },
  args: { story: sampleStory, playbackRate: 2, loop: true },
  argTypes: { story: { control: false }, children: { control: false } },
  render: (args) => <ProgressOnStage {...args} />,
} satisfies Meta<typeof Stories.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playing: Story = {};

export const Paused: Story = {
  args: { defaultPaused: true },
  render: (args) => <MidStory {...args} />,
};

/** Fills from the right. */
export const RightToLeft: Story = {
  args: { defaultPaused: true, dir: 'rtl' },
  render: (args) => <MidStory {...args} />,
};

/** Themed through the skin's custom properties. */
export const Themed: Story = {
  args: {
    style: {
      '--hs-segment-height': '6px',
      '--hs-segment-gap': '6px',
      '--hs-segment-fill': '#ffd400',
    },
  },
};
