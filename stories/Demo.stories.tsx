import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories, type StoriesProps } from 'react-hold-stories';
import { StoriesCollection } from 'react-hold-stories/collection';
import { demoLabels } from '../demo/app/labels';
import { dayStory, demoStories } from '../demo/story';
import { revealByKeyboard } from './support/play';
import { useSeek } from './support/useSeek';

/** Paused near the end of its starting frame, where the scene has played out. */
function FrozenLate(props: StoriesProps) {
  const ref = useSeek(props.defaultFrameIndex ?? 0, 0.9);
  return <Stories ref={ref} {...props} />;
}

/** The frame of Jade's story where the class group chat fills up at night. */
const GROUP_CHAT = dayStory.frames.findIndex((frame) => frame.id === 'groupe');

/**
 * The demo site's "Stop Harcèlement" piece: three stories (Jade, Yanis, Lina), one per form of
 * bullying, loaded from demo/stories/*.json through `react-hold-stories/schema`, at ×6.
 */
const meta = {
  title: 'Demo',
  component: StoriesCollection,
  args: { stories: demoStories, labels: demoLabels },
  argTypes: {
    stories: { control: false },
    playbackRate: { control: { type: 'range', min: 1, max: 12, step: 1 } },
  },
} satisfies Meta<typeof StoriesCollection>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The collection as the site plays it: swipe (or Shift+←/→) between the three stories. */
export const StopHarcelement: Story = {
  name: 'Stop Harcèlement ×6',
};

/** Jade's evening: the group chat piled up, frozen with its two messages. */
export const GroupeFige: Story = {
  name: 'Le groupe de classe, figé',
  render: ({ labels, playbackRate }) => (
    <FrozenLate
      story={dayStory}
      labels={labels}
      playbackRate={playbackRate}
      defaultPaused
      defaultFrameIndex={GROUP_CHAT}
    />
  ),
  play: revealByKeyboard,
};
