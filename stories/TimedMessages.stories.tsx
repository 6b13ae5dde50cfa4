import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stories, type StoriesProps } from 'react-hold-stories';
import { expect, fn, waitFor, within } from 'storybook/test';
import { BUS, CORRIDOR, longTakeStory } from './longTakeStory';
import { useFreeze } from './support/useFreeze';

/**
 * Frozen at `time` (ms at 1×) of its starting frame, with the messages that instant holds: the
 * ref's `goTo(index, time / duration)`, then `hold()` and `reveal()`, as a hold would.
 */
function FrozenAt({ time, ...props }: StoriesProps & { time: number }) {
  const index = props.defaultFrameIndex ?? 0;
  const ref = useFreeze(index, time / (props.story.frames[index]?.duration ?? 1));
  return <Stories ref={ref} {...props} />;
}

/** The texts of the messages over the frame, in the order they show (top, center, bottom). */
const shownTexts = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-hs-reveal] .hs-message-text')].map(
    (text) => text.textContent,
  );

/** The messages over the frame (the live region repeats them for screen readers). */
const revealLayer = (canvasElement: HTMLElement) =>
  within(canvasElement.querySelector<HTMLElement>('[data-hs-reveal]') as HTMLElement);

const UNTIMED = 'Twelve seconds of corridor, every morning.';

/**
 * Timed messages: a message may hold for a window of its frame only (`at: [start, end]`, the
 * frame's own ms at 1×, start inclusive, end exclusive). A hold shows the messages whose window
 * holds the frozen instant, and those without `at` always; a hold between windows shows a quiet
 * note. Reading mode stops at each window in turn; the transcript gives each message its time.
 *
 * Here, two long takes: a 12 s corridor with three whispers (1–4 s, 5–8 s, 9–11.5 s) and a
 * message for the whole take, then an 8 s bus ride with two timed messages (1–3 s, 5–7 s).
 * Scrub through them in the Inspector (story "The long way round").
 */
const meta = {
  title: 'Stories/Timed messages',
  component: Stories,
  args: {
    story: longTakeStory,
    playbackRate: 4,
    labels: 'en',
    defaultPaused: true,
    onReveal: fn(),
  },
  argTypes: {
    story: { control: false },
    labels: { control: 'inline-radio', options: ['en', 'fr'] },
    playbackRate: { control: { type: 'range', min: 1, max: 12, step: 1 } },
  },
} satisfies Meta<typeof Stories>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A hold at 2 s: the first whisper (1–4 s) and the message for the whole take. */
export const HoldEarly: Story = {
  name: 'Hold early (2 s)',
  render: (args) => <FrozenAt {...args} time={CORRIDOR.early} />,
  play: async ({ canvasElement, args }) => {
    const message = await revealLayer(canvasElement).findByText('“Look, here she comes.”');
    await waitFor(() => expect(message).toBeVisible());
    await expect(shownTexts(canvasElement)).toEqual(['“Look, here she comes.”', UNTIMED]);
    await expect(canvasElement.querySelector('[data-hs-between]')).toBeNull();
    // Only what was shown counts as revealed: the whispers still to come are not.
    await expect(args.onReveal).toHaveBeenCalledTimes(2);
    await expect(args.onReveal).toHaveBeenCalledWith(
      expect.objectContaining({ frameId: 'corridor', messageIndex: 0 }),
    );
    await expect(args.onReveal).toHaveBeenCalledWith(
      expect.objectContaining({ frameId: 'corridor', messageIndex: 3 }),
    );
  },
};

/** A hold at 10 s: the last whisper (9–11.5 s); the first two have passed. */
export const HoldLate: Story = {
  name: 'Hold late (10 s)',
  render: (args) => <FrozenAt {...args} time={CORRIDOR.late} />,
  play: async ({ canvasElement, args }) => {
    const message = await revealLayer(canvasElement).findByText('“Nobody will notice.”');
    await waitFor(() => expect(message).toBeVisible());
    await expect(shownTexts(canvasElement)).toEqual(['“Nobody will notice.”', UNTIMED]);
    await expect(args.onReveal).toHaveBeenCalledWith(
      expect.objectContaining({ frameId: 'corridor', messageIndex: 2 }),
    );
    await expect(args.onReveal).not.toHaveBeenCalledWith(
      expect.objectContaining({ messageIndex: 0 }),
    );
  },
};

/**
 * A hold at 4 s of the bus ride, between its two windows (1–3 s, 5–7 s): no message holds, so
 * the player says so quietly — nothing is lost, the viewer froze too early or too late.
 */
export const HoldBetweenWindows: Story = {
  name: 'Hold between windows (the note)',
  args: { defaultFrameIndex: BUS.index },
  render: (args) => <FrozenAt {...args} time={BUS.between} />,
  play: async ({ canvasElement, args }) => {
    const note = await waitFor(() => {
      const found = canvasElement.querySelector('[data-hs-between]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    await expect(note).toHaveTextContent(
      'Nothing here — keep watching, and hold at another moment.',
    );
    await waitFor(() => expect(note).toBeVisible());
    await expect(canvasElement.querySelector('[data-hs-message]')).toBeNull();
    await expect(canvasElement.querySelector('[data-hs-root]')).toHaveAttribute('data-revealing');
    await expect(args.onReveal).not.toHaveBeenCalled();
  },
};

/**
 * Reading mode on the corridor: it opens at the first window (with the message for the whole
 * take), and Next steps to the next window of the same frame before the next frame.
 */
export const ReadingMode: Story = {
  name: 'Reading mode, window by window',
  args: { defaultReadingMode: true },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const root = canvasElement.querySelector('[data-hs-root]') as HTMLElement;
    const stage = canvas.getByRole('group');
    await waitFor(() => expect(root).toHaveAttribute('data-reading'));
    await revealLayer(canvasElement).findByText('“Look, here she comes.”');
    await expect(shownTexts(canvasElement)).toEqual(['“Look, here she comes.”', UNTIMED]);

    const next = canvas.getByRole('button', { name: 'Next frame' });
    await userEvent.click(next);
    await revealLayer(canvasElement).findByText('“Don’t sit next to her.”');
    await expect(shownTexts(canvasElement)).toEqual(['“Don’t sit next to her.”', UNTIMED]);
    // Still the corridor: Next read its next window, not the next frame.
    await expect(stage).toHaveAccessibleName('Frame 1 of 2');

    await userEvent.click(next);
    await revealLayer(canvasElement).findByText('“Nobody will notice.”');
    await userEvent.click(next);
    await waitFor(() => expect(stage).toHaveAccessibleName('Frame 2 of 2'));
    await revealLayer(canvasElement).findByText('Their group chat, again.');
    await expect(shownTexts(canvasElement)).toEqual(['Their group chat, again.']);
  },
};

/**
 * The transcript: every message of the story, a timed one after the time its window opens
 * (minutes:seconds of its frame), one for the whole frame without a time.
 */
export const TranscriptWithTimes: Story = {
  name: 'Transcript with times',
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Options' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Transcript' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Transcript: The long way round' });
    const items = within(dialog)
      .getAllByRole('listitem')
      .filter((item) => !item.querySelector('h3'))
      .map((item) => item.textContent);
    await expect(items).toEqual([
      '0:01 — Behind me: “Look, here she comes.”',
      '0:05 — By the lockers: “Don’t sit next to her.”',
      '0:09 — At the door: “Nobody will notice.”',
      `Inès: ${UNTIMED}`,
      '0:01 — Inès: Their group chat, again.',
      '0:05 — Inès: I put my phone face down.',
    ]);
  },
};
