import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories, type StoriesProps } from 'react-hold-stories';
import { demoStory } from './fixtures';
import { revealByKeyboard } from './support/play';
import { useSeek } from './support/useSeek';

/** Paused near the end of its starting frame, where the scene has played out. */
function FrozenLate(props: StoriesProps) {
  const ref = useSeek(props.defaultFrameIndex ?? 0, 0.9);
  return <Stories ref={ref} {...props} />;
}

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

/** The evening frame, its notifications piled up, frozen with its two messages. */
export const Soir: Story = {
  name: 'Le soir, figé',
  args: { defaultPaused: true, defaultFrameIndex: 3 },
  render: (args) => <FrozenLate {...args} />,
  play: revealByKeyboard,
};
