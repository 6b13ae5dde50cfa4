import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories, type StoriesProps } from 'react-hold-stories';
import { parseStory } from 'react-hold-stories/schema';
import { expect, fn, type Mock, waitFor } from 'storybook/test';
import exampleJson from './docs/exampleStory.json';
import { FRAME, sampleStory } from './fixtures';
import { brokenImageStory, slowImageStory } from './mediaFixtures';
import { revealByKeyboard } from './support/play';
import { useFreeze } from './support/useFreeze';

/** Frozen halfway through its starting frame with the messages shown (ref: hold + reveal). */
function FrozenWithMessages(props: StoriesProps) {
  const ref = useFreeze(props.defaultFrameIndex ?? 0, 0.5);
  return <Stories ref={ref} {...props} />;
}

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
    glimpse: { control: 'boolean' },
    holdPrompt: { control: 'boolean' },
    // A controlled prop needs a parent that answers its on…Change: not a control's job.
    paused: { control: false },
  },
} satisfies Meta<typeof Stories>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playing: Story = {};

/** A face drawn here (no image is fetched): a circle with initials. */
const AVATAR = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#6b4fd8"/><text x="16" y="21" font-size="13" font-family="sans-serif" font-weight="700" text-anchor="middle" fill="#fff">SM</text></svg>',
)}`;

/** The story's header (`header`): its avatar, title and subtitle over the frame. */
export const WithHeader: Story = {
  args: {
    header: true,
    defaultPaused: true,
    story: { ...sampleStory, subtitle: 'Sam, 4e B · 7:42', avatar: AVATAR },
  },
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('[data-hs-header]');
    await expect(header).toHaveTextContent('Sam, 4e B · 7:42');
    await expect(header?.querySelector('img')).toHaveAttribute('alt', '');
  },
};

/**
 * Glimpses (`glimpse`): while the story plays, each message rushes by in its place as a faint
 * bubble of streaks — its shape, never a letter. Paused here to look at one; hold to read it.
 */
export const Glimpses: Story = {
  args: { glimpse: true, defaultPaused: true },
  play: async ({ canvasElement }) => {
    const glimpses = canvasElement.querySelectorAll('[data-hs-glimpse]');
    await expect(glimpses.length).toBeGreaterThan(0);
    for (const glimpse of glimpses) {
      await expect(glimpse).toHaveAttribute('aria-hidden', 'true');
      await expect(glimpse.textContent).toBe('');
    }
  },
};

export const Paused: Story = {
  args: { defaultPaused: true, defaultFrameIndex: FRAME.image },
};

/** Frozen with its messages shown: a quick Space press on the stage latches the reveal. */
export const HeldWithMessages: Story = {
  args: { defaultPaused: true, defaultFrameIndex: FRAME.image },
  play: async (context) => {
    await revealByKeyboard(context);
    const { canvas, args } = context;
    // Found once in the DOM, visible once its entrance (a CSS animation from opacity 0) has begun.
    const message = await canvas.findByText('I come here before anyone is awake.');
    await waitFor(() => expect(message).toBeVisible());
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

/** Reading mode: no fast-forward, every frame's messages shown, the viewer steps with Next. */
export const ReadingMode: Story = {
  args: { defaultReadingMode: true },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-hs-root]') as HTMLElement;
    await waitFor(() => expect(root).toHaveAttribute('data-reading'));
    await waitFor(() => expect(canvasElement.querySelector('[data-hs-message]')).not.toBeNull());
    expect(root).toHaveAttribute('data-state', 'paused');
    const toggle = canvasElement.querySelector('[data-hs-control="reading"]') as HTMLElement;
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  },
};

export const FastForward: Story = {
  name: 'Fast forward ×8',
  args: { playbackRate: 8, loop: true },
};

/**
 * A late image: a heavy SVG (about 5 MB, half a second to decode here). The story waits on its
 * frame with the progress at 0 (the root carries `data-waiting`) and shows a subtle loader once
 * the wait passes 300 ms; the frame's time starts only once the image is decoded, so even at
 * high speed it is never passed blank. The frames after it are preloaded.
 */
export const Loading: Story = {
  name: 'Loading (slow image)',
  // The SVG is built when this story renders, not when the file loads.
  render: (args) => <Stories {...args} story={slowImageStory()} />,
  play: async ({ canvas, canvasElement }) => {
    const root = canvasElement.querySelector('[data-hs-root]') as HTMLElement;
    const image = canvas.getByRole<HTMLImageElement>('img', { name: /translucent/ });
    // The text alternative is there from the start, decoded or not.
    await expect(image).toHaveAttribute('alt');
    await waitFor(() => expect(root).not.toHaveAttribute('data-waiting'), { timeout: 5000 });
    // The wait is over only with the picture there, and still on its own frame.
    await expect(image.naturalWidth).toBeGreaterThan(0);
    await expect(canvas.getByRole('group')).toHaveAccessibleName('Frame 1 of 2');
  },
};

/**
 * A media error: an image whose data is not an image. The frame shows its `alt` text on a calm
 * backdrop (never the browser's broken-image icon), `onError` fires once with the frame and the
 * source, and the story would go on after the frame's duration. Paused here to be looked at.
 */
export const MediaError: Story = {
  name: 'Media error (broken image)',
  args: { story: brokenImageStory, defaultPaused: true, onError: fn() },
  play: async ({ canvas, canvasElement, args }) => {
    await expect(
      await canvas.findByText('A photo of the lake that could not be loaded.'),
    ).toBeVisible();
    await expect(canvas.getByText('This picture could not be loaded.')).toBeVisible();
    await expect(canvasElement.querySelector('[data-hs-frame] img')).toBeNull();
    await waitFor(() => expect(args.onError).toHaveBeenCalledTimes(1));
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ frameIndex: 0, frameId: 'broken', kind: 'image' }),
    );
  },
};

/** The same failing image while playing: the story does not wait on it, it moves on. */
export const MediaErrorPlaying: Story = {
  name: 'Media error, playing on',
  args: { story: brokenImageStory, playbackRate: 6, onError: fn() },
  play: async ({ canvas, args }) => {
    await waitFor(() => expect(canvas.getByRole('group')).toHaveAccessibleName('Frame 2 of 2'), {
      timeout: 3000,
    });
    await expect(args.onFrameChange).toHaveBeenCalledWith(
      expect.objectContaining({ from: 0, to: 1, cause: 'auto' }),
    );
    await expect(args.onError).toHaveBeenCalledTimes(1);
  },
};

/**
 * A tap on the right three quarters of the stage goes to the next frame. The first frame was
 * reported when the story came on screen (`cause: 'start'`); a tap is not a hold.
 */
export const TapNavigates: Story = {
  args: { defaultPaused: true },
  play: async ({ canvas, userEvent, args }) => {
    const stage = canvas.getByRole('group');
    await expect(stage).toHaveAccessibleName('Frame 1 of 5');
    await waitFor(() =>
      expect(args.onFrameChange).toHaveBeenCalledWith(
        expect.objectContaining({ from: -1, to: 0, cause: 'start' }),
      ),
    );
    const box = stage.getBoundingClientRect();
    const coords = { clientX: box.left + box.width * 0.8, clientY: box.top + box.height / 2 };
    await userEvent.pointer([
      { keys: '[MouseLeft>]', target: stage, coords },
      { keys: '[/MouseLeft]', target: stage, coords },
    ]);
    await waitFor(() => expect(stage).toHaveAccessibleName('Frame 2 of 5'));
    await expect(args.onFrameChange).toHaveBeenCalledWith(
      expect.objectContaining({ from: 0, to: 1, cause: 'tap' }),
    );
    await expect(args.onHoldStart).not.toHaveBeenCalled();
    await expect(args.onHoldEnd).not.toHaveBeenCalled();
  },
};

/** Focus the story and press → for the next frame (← in right-to-left). */
export const KeyboardNavigates: Story = {
  args: { defaultPaused: true },
  play: async ({ canvas, userEvent, args }) => {
    const stage = canvas.getByRole('group');
    stage.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(stage).toHaveAccessibleName('Frame 2 of 5'));
    await expect(args.onFrameChange).toHaveBeenCalledWith(
      expect.objectContaining({ from: 0, to: 1, cause: 'key' }),
    );
  },
};

/** Press and hold past `holdDelay`: the messages show; release: they go and the story runs on. */
export const HoldReveals: Story = {
  args: { defaultFrameIndex: FRAME.image, playbackRate: 1 },
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    const stage = canvas.getByRole('group');
    const root = canvasElement.querySelector('[data-hs-root]');
    await userEvent.pointer({ keys: '[MouseLeft>]', target: stage });
    await expect(root).toHaveAttribute('data-state', 'held');
    // Found once in the DOM, visible once its entrance (a CSS animation from opacity 0) has begun.
    const message = await canvas.findByText('It is the only quiet hour of my day.');
    await waitFor(() => expect(message).toBeVisible());
    await expect(args.onReveal).toHaveBeenCalledTimes(2);
    await expect(args.onHoldStart).toHaveBeenCalledTimes(1);
    await userEvent.pointer({ keys: '[/MouseLeft]', target: stage });
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'playing'));
    await waitFor(() =>
      expect(canvas.queryByText('It is the only quiet hour of my day.')).toBeNull(),
    );
    await expect(args.onHoldEnd).toHaveBeenCalledTimes(1);
    const [ended] = (args.onHoldEnd as Mock).mock.calls[0] ?? [];
    await expect(ended).toMatchObject({ frameIndex: FRAME.image });
    // Frozen from the press: at least the hold delay before the messages came.
    await expect(ended.heldMs).toBeGreaterThanOrEqual(300);
    await expect(stage).toHaveAccessibleName('Frame 2 of 5');
  },
};

/**
 * Themed through the skin's custom properties only (see Docs/Theming): a serif face, rounded
 * corners, paper-coloured messages with a red accent over a warmer scrim.
 */
export const Themed: Story = {
  name: 'Themed (CSS variables)',
  args: {
    defaultPaused: true,
    defaultFrameIndex: FRAME.placements,
    style: {
      '--hs-font': 'Georgia, "Times New Roman", serif',
      '--hs-radius': '28px',
      '--hs-reveal-scrim': 'rgb(40 8 16 / 0.5)',
      '--hs-message-background': 'rgb(250 246 235 / 0.96)',
      '--hs-message-foreground': '#1d1d28',
      '--hs-message-accent': '#a0342f',
      '--hs-message-radius': '4px',
    },
  },
  render: (args) => <FrozenWithMessages {...args} />,
  play: async ({ canvasElement }) => {
    const message = await waitFor(() => {
      const found = canvasElement.querySelector('[data-hs-message]');
      expect(found).not.toBeNull();
      return found as Element;
    });
    await expect(getComputedStyle(message).color).toBe('rgb(29, 29, 40)');
  },
};

/** The story of Docs/Writing stories as JSON, checked by `parseStory` (`react-hold-stories/schema`). */
export const FromJson: Story = {
  name: 'From JSON',
  // No `playbackRate` prop: the story's own (×5) applies.
  args: { story: parseStory(exampleJson), playbackRate: undefined, loop: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-hs-error]')).toBeNull();
    await expect(canvasElement.querySelector('[data-hs-root]')).toHaveAccessibleName('First day');
    await expect(canvasElement.querySelector('[data-hs-rate]')).toHaveTextContent('×5');
  },
};
