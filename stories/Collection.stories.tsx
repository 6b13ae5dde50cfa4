import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories, type Story as StoryData } from 'react-hold-stories';
import { StoriesCollection, StoryNav } from 'react-hold-stories/collection';
import { expect, fn, waitFor } from 'storybook/test';

/** A short story of cards in one colour family, one hidden message on each frame. */
function cards(id: string, title: string, colours: string[]): StoryData {
  return {
    id,
    title,
    frames: colours.map((background, index) => ({
      id: `${id}-${index}`,
      kind: 'card',
      duration: 2000,
      background,
      text: `${title} · ${index + 1}`,
      alt: `${title}, frame ${index + 1}`,
      reveal: [{ text: `What ${title} hides on frame ${index + 1}.`, from: title }],
    })),
  };
}

const stories = [
  cards('lea', 'Léa', ['#2b2140', '#30244a', '#281d3b']),
  cards('sami', 'Sami', ['#1d3340', '#21394a', '#1a2e3b']),
  cards('noa', 'Noa', ['#3a2a1d', '#44311f', '#35261a']),
];

/**
 * `StoriesCollection` (from `react-hold-stories/collection`): several stories, one swipe apart.
 * Drag sideways (or Shift+← / →, or the edge buttons) for the previous / next story, down to
 * close. Under reduced motion the cube becomes a cross-fade.
 */
const meta = {
  title: 'Collection',
  component: StoriesCollection,
  subcomponents: { StoryNav },
  args: {
    stories,
    playbackRate: 2,
    transition: 'cube',
    labels: 'en',
    dir: 'ltr',
    onStoryChange: fn(),
    onFrameChange: fn(),
    onClose: fn(),
    onEnded: fn(),
  },
  argTypes: {
    stories: { control: false },
    children: { control: false },
    transition: { control: 'inline-radio', options: ['cube', 'slide'] },
    labels: { control: 'inline-radio', options: ['en', 'fr'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    playbackRate: { control: { type: 'range', min: 1, max: 12, step: 1 } },
  },
} satisfies Meta<typeof StoriesCollection>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Cube: Story = {};

export const Slide: Story = { args: { transition: 'slide' } };

type Pointer = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

/** A mouse drag across the stage by `share` of its width, leftwards, released or held. */
async function dragBy(userEvent: Pointer, stage: HTMLElement, share: number, release: boolean) {
  const box = stage.getBoundingClientRect();
  const y = box.top + box.height / 2;
  const start = box.left + box.width * 0.8;
  const at = (step: number) => ({ clientX: start - (box.width * share * step) / 10, clientY: y });
  await userEvent.pointer([
    { keys: '[MouseLeft>]', target: stage, coords: at(0) },
    ...Array.from({ length: 10 }, (_, step) => ({
      pointerName: 'mouse',
      target: stage,
      coords: at(step + 1),
    })),
    ...(release ? [{ keys: '[/MouseLeft]', target: stage, coords: at(10) }] : []),
  ]);
}

/**
 * Half-way through a turn to the next story, the finger still down: both stories on screen,
 * the first one frozen; only the current one is exposed to assistive technology (checked by axe).
 */
export const MidTransition: Story = {
  args: { defaultPaused: true },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await dragBy(userEvent, canvas.getByRole('group'), 0.45, false);
    const panes = canvasElement.querySelectorAll<HTMLElement>('.hs-pane');
    await waitFor(() => expect(panes[0]?.style.transform).toContain('rotateY'));
    await expect(canvas.getAllByRole('region')).toHaveLength(1);
  },
};

/** A swipe past a quarter of the width commits: the next story plays. */
export const SwipeMoves: Story = {
  play: async ({ canvas, args, userEvent }) => {
    await dragBy(userEvent, canvas.getByRole('group'), 0.5, true);
    await waitFor(() => expect(canvas.getByRole('region')).toHaveAccessibleName('Sami'));
    await expect(args.onStoryChange).toHaveBeenCalledWith(
      expect.objectContaining({ from: 0, to: 1, storyId: 'sami', cause: 'swipe' }),
    );
  },
};

/**
 * Shift+→ on the focused story: the next story, and the focus goes with it. Its first frame is
 * reported as shown (`cause: 'start'`), with the story it belongs to.
 */
export const KeyboardMoves: Story = {
  play: async ({ canvas, userEvent, args }) => {
    canvas.getByRole('group').focus();
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await waitFor(() => expect(canvas.getByRole('region')).toHaveAccessibleName('Sami'));
    await waitFor(() => expect(canvas.getByRole('group')).toHaveFocus());
    await expect(args.onStoryChange).toHaveBeenCalledWith(
      expect.objectContaining({ cause: 'key' }),
    );
    await expect(args.onFrameChange).toHaveBeenCalledWith(
      expect.objectContaining({ from: -1, to: 0, cause: 'start', storyId: 'sami', storyIndex: 1 }),
    );
  },
};

/**
 * A layout of its own for every story (`children`): the stage, the progress and the story
 * buttons (`StoryNav`), without the frame buttons.
 */
export const OwnLayout: Story = {
  args: {
    children: (
      <>
        <Stories.Stage />
        <Stories.Chrome>
          <Stories.Progress />
          <StoryNav />
        </Stories.Chrome>
      </>
    ),
  },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.queryByRole('button', { name: 'Next frame' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Next story' }));
    await waitFor(() => expect(canvas.getByRole('region')).toHaveAccessibleName('Sami'));
    await expect(args.onStoryChange).toHaveBeenCalledWith(
      expect.objectContaining({ from: 0, to: 1, storyId: 'sami', cause: 'api' }),
    );
  },
};
