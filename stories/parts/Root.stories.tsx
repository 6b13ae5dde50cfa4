import type { Meta, StoryObj } from '@storybook/react-vite';
import { domMin, LazyMotion, m, useTransform } from 'framer-motion';
import {
  type PlayerState,
  Stories,
  type StoriesRootProps,
  useFrameProgress,
  usePlayerState,
} from 'react-hold-stories';
import { sampleStory } from '../fixtures';

const selectFrameIndex = (state: PlayerState) => state.frameIndex;
const selectFrameCount = (state: PlayerState) => state.frameCount;

/**
 * A header of our own, from the public hooks: title, "2 / 5" and the frame's progress in %,
 * written by an `m.span` without a React render per tick. The player brings no renderer for
 * framer-motion's `m` components: the header brings its own (`LazyMotion`).
 */
function Header({ title }: { title: string }) {
  const index = usePlayerState(selectFrameIndex);
  const count = usePlayerState(selectFrameCount);
  const percent = useTransform(useFrameProgress(), (value) => `${Math.round(value * 100)} %`);
  return (
    <LazyMotion features={domMin}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          padding: '8px 12px',
          borderRadius: 12,
          background: 'rgb(0 0 0 / 0.45)',
          font: '600 0.95rem system-ui, sans-serif',
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        <span>{title}</span>
        <span>
          {index + 1} / {count} · <m.span>{percent}</m.span>
        </span>
      </div>
    </LazyMotion>
  );
}

/** A layout of our own: header on top, progress at the bottom, no buttons. */
function OwnLayout(props: StoriesRootProps) {
  return (
    <Stories.Root {...props}>
      <Stories.Stage />
      <Stories.Chrome>
        <Header title={props.story.title} />
        <Stories.Progress />
      </Stories.Chrome>
    </Stories.Root>
  );
}

/**
 * `Stories.Root` holds the player and provides its context; compose the parts (or your own,
 * built on `usePlayerState`, `useFrameProgress`, `usePlayerCommands`) in any layout inside it.
 */
const meta = {
  title: 'Parts/Root',
  component: Stories.Root,
  subcomponents: { 'Stories.Stage': Stories.Stage, 'Stories.Chrome': Stories.Chrome },
  args: { story: sampleStory, playbackRate: 2, loop: true },
  argTypes: { story: { control: false }, children: { control: false } },
  render: (args) => <OwnLayout {...args} />,
} satisfies Meta<typeof Stories.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomLayout: Story = {};
