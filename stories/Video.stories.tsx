import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories, type StoriesProps, type Story as StoryData } from 'react-hold-stories';
import { expect, fn, waitFor } from 'storybook/test';
// Its cue file: "early" from 0 to 0.8 s (the voice of Léa), "late" from 1 to 2 s (line 0, the top).
import clockCues from '../test/fixtures/media/clock.vtt?url';
import clockVideo from '../test/fixtures/media/clock.webm?url';
// The repository's test video (made by test/support/makeTestVideo.mjs): 2 s, a frame counter
// and a bar crossing the picture, so the picture says where the video is.
import clockPoster from '../test/fixtures/media/clock-poster.jpg?url';
import { useFreeze } from './support/useFreeze';

const after: StoryData['frames'][number] = {
  id: 'after',
  kind: 'card',
  duration: 2500,
  background: 'linear-gradient(160deg, #2a4466, #34306a)',
  text: 'After the video',
  alt: 'A card: after the video.',
};

/** A video frame, then a card. */
const videoStory: StoryData = {
  id: 'clock',
  title: 'A video frame',
  frames: [
    {
      id: 'clock',
      kind: 'video',
      // Only until the video's metadata gives its real length (2 s).
      duration: 5000,
      src: clockVideo,
      poster: clockPoster,
      alt: 'A frame counter counting from 0 to 47 while a yellow square crosses the screen.',
      reveal: [{ text: 'The video stops with the story.', from: 'Sam' }],
    },
    after,
  ],
};

/** The same video with a cue file (its timed messages) and captions (the CC toggle). */
const cuedStory: StoryData = {
  id: 'clock-cues',
  title: 'A video with cues',
  frames: [
    {
      id: 'clock',
      kind: 'video',
      duration: 5000,
      src: clockVideo,
      poster: clockPoster,
      cues: clockCues,
      captions: clockCues,
      alt: 'A frame counter counting from 0 to 47 while a yellow square crosses the screen.',
    },
    after,
  ],
};

const brokenVideoStory: StoryData = {
  id: 'broken-video',
  title: 'A video that fails',
  frames: [
    {
      id: 'broken',
      kind: 'video',
      duration: 3000,
      // Bytes that are not a video, as a blob: URL (a story's video cannot be a data: URL).
      src: URL.createObjectURL(new Blob([new Uint8Array(4)], { type: 'video/webm' })),
      alt: 'A video of the schoolyard at break time that could not be played.',
    },
    after,
  ],
};

/** Frozen halfway through the video with its message shown (ref: goTo + hold + reveal). */
function FrozenVideo(props: StoriesProps) {
  const ref = useFreeze(0, 0.5);
  return <Stories ref={ref} {...props} />;
}

/** The messages over the frame, in order (the live region repeats them for screen readers). */
const shownMessages = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-hs-message]')].map((message) => message.textContent);

/** Frozen at `progress` of the video, its messages of that instant shown. */
function FrozenVideoAt({ progress, ...props }: StoriesProps & { progress: number }) {
  const ref = useFreeze(0, progress);
  return <Stories ref={ref} {...props} />;
}

/**
 * Video frames: the video's own clock drives the frame (its length comes from its metadata),
 * the story's rate becomes its `playbackRate` (at most 16×), a hold stops it on the same
 * picture. Muted by default, with a sound toggle in the top corner whose choice is kept.
 */
const meta = {
  title: 'Stories/Video',
  component: Stories,
  args: {
    story: videoStory,
    playbackRate: 1,
    loop: true,
    onError: fn(),
    onMutedChange: fn(),
  },
  argTypes: {
    story: { control: false },
    playbackRate: { control: { type: 'range', min: 0.5, max: 32, step: 0.5 } },
  },
} satisfies Meta<typeof Stories>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Plays, muted; the toggle in the Options (pressed while muted) turns the sound on. */
export const Playing: Story = {
  play: async ({ canvas, canvasElement }) => {
    const toggle = canvas.getByRole('button', { name: 'Mute', hidden: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const video = canvasElement.querySelector('[data-hs-frame] video') as HTMLVideoElement;
    await expect(video.muted).toBe(true);
    await waitFor(() => expect(video.currentTime).toBeGreaterThan(0), { timeout: 5000 });
  },
};

/** Frozen halfway, its message shown: the video waits on the same picture. */
export const Held: Story = {
  render: (args) => <FrozenVideo {...args} />,
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByText('The video stops with the story.');
    const root = canvasElement.querySelector('[data-hs-root]');
    await expect(root).toHaveAttribute('data-state', 'held');
    const video = canvasElement.querySelector('[data-hs-frame] video') as HTMLVideoElement;
    await waitFor(() => expect(video.paused).toBe(true));
  },
};

/** At ×32 the video plays at 16× (browsers refuse faster) and its frame lasts accordingly. */
export const AboveTheCap: Story = {
  name: 'Fast forward ×32 (video at ×16)',
  args: { playbackRate: 32 },
  play: async ({ canvasElement }) => {
    await waitFor(() => {
      const video = canvasElement.querySelector('[data-hs-frame] video') as HTMLVideoElement;
      expect(video.playbackRate).toBe(16);
    });
  },
};

/** Cues: frozen early, the early cue shows, in Léa's voice; the CC toggle is beside the sound. */
export const CuesEarly: Story = {
  name: 'Cues: held early',
  args: { story: cuedStory },
  render: (args) => <FrozenVideoAt {...args} progress={0.15} />,
  play: async ({ canvas, canvasElement }) => {
    await waitFor(
      () => expect(shownMessages(canvasElement)).toEqual(['LéaThe count starts & nobody looks.']),
      {
        timeout: 15_000,
      },
    );
    await waitFor(() => expect(canvas.getByText('Léa')).toBeVisible());
    // Beside the sound (out of the way while held, with the rest of the chrome).
    const captions = canvasElement.querySelector('[data-hs-control="captions"]');
    await expect(captions).toHaveAttribute('aria-pressed', 'false');
  },
};

/** Cues: frozen late, the late cue shows, at the top (its `line:0`). */
export const CuesLate: Story = {
  name: 'Cues: held late',
  args: { story: cuedStory },
  render: (args) => <FrozenVideoAt {...args} progress={0.7} />,
  play: async ({ canvasElement }) => {
    // The video's length comes with its metadata: until then the instant is read on the 5 s guess.
    await waitFor(
      () => expect(shownMessages(canvasElement)).toEqual(['Everyone is watching now.']),
      {
        timeout: 15_000,
      },
    );
    const slot = canvasElement.querySelector('[data-placement="top"]');
    await expect(slot).toHaveTextContent('Everyone is watching now.');
  },
};

/** A video that cannot play: its `alt` text shows instead, `onError` fires, the story goes on. */
export const Failing: Story = {
  name: 'Media error (broken video)',
  args: { story: brokenVideoStory, defaultPaused: true, loop: false },
  play: async ({ canvas, canvasElement, args }) => {
    await expect(await canvas.findByText('This video could not be played.')).toBeVisible();
    const fallback = canvasElement.querySelector('[data-hs-media-fallback]');
    await expect(fallback).toHaveTextContent(
      'A video of the schoolyard at break time that could not be played.',
    );
    await expect(canvasElement.querySelector('[data-hs-frame] video')).toBeNull();
    await waitFor(() =>
      expect(args.onError).toHaveBeenCalledWith(
        expect.objectContaining({ frameId: 'broken', kind: 'video' }),
      ),
    );
  },
};
