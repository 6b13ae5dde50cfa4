import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, waitFor, within } from 'storybook/test';
import { INSPECTABLE, LONGEST_FRAME } from './inspector/catalogue';
import { Inspector } from './inspector/Inspector';
import { BUS, CORRIDOR } from './longTakeStory';

/** The messages over the frame (the live region repeats them for screen readers). */
const messages = (canvasElement: HTMLElement) =>
  within(canvasElement.querySelector<HTMLElement>('[data-hs-reveal]') as HTMLElement);

/** The readings' line for a message of the frame, by its number from 1. */
const reading = (canvasElement: HTMLElement, number: number) =>
  canvasElement.querySelector(`[data-sb-messages] > li:nth-child(${number})`);

/** What the messages over the frame say, in order (empty when none show). */
const shownTexts = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-hs-reveal] .hs-message-text')].map(
    (text) => text.textContent,
  );

/**
 * The frame inspector: pick a story and a frame, freeze it at any instant of its time with its
 * hidden messages shown, and read below what the player makes of it at the chosen speed. Under
 * the phone, the frame's time from 0 to its duration (ms at 1×): each message's window drawn on
 * its lane, the instant as a line across them, and a control to scrub through the frame — the
 * messages change as their windows come and go. Press the frame yourself to release it; move the
 * time (or any control) to freeze it again.
 */
const meta = {
  title: 'Inspector',
  component: Inspector,
  // The inspector draws its own phone box, with its readings under it.
  parameters: { phone: false },
  args: {
    story: 'sample',
    frame: 1,
    time: 1500,
    playbackRate: 4,
    holdDelay: 300,
    labels: 'en',
  },
  argTypes: {
    story: {
      control: {
        type: 'select',
        labels: {
          sample: 'A day at the lake (sample)',
          demoAppearance: 'Demo 1 · Jade, appearance',
          demoOrientation: 'Demo 2 · Yanis, sexual orientation',
          demoReputation: 'Demo 3 · Lina, rumours and group chats',
          flashTest: 'Flash test (alternating cards)',
          longTake: 'The long way round (long takes, timed messages)',
        },
      },
      options: [
        'sample',
        'demoAppearance',
        'demoOrientation',
        'demoReputation',
        'flashTest',
        'longTake',
      ],
    },
    // Clamped to the chosen story's last frame (the demo's longest has 19).
    frame: { control: { type: 'range', min: 0, max: 29, step: 1 } },
    // The frame's own ms at 1×, clamped to its duration: the time control under the phone spans
    // exactly the frame's.
    time: { control: { type: 'range', min: 0, max: LONGEST_FRAME, step: 50 } },
    playbackRate: { control: { type: 'range', min: 1, max: 12, step: 0.5 } },
    holdDelay: { control: { type: 'range', min: 0, max: 1000, step: 50 } },
    labels: { control: 'inline-radio', options: ['en', 'fr'] },
  },
} satisfies Meta<typeof Inspector>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An image frame halfway: 3,000 ms at ×4 is 750 ms on screen; its luminance is measured live. */
export const ImageFrame: Story = {
  play: async ({ canvasElement }) => {
    const message = await messages(canvasElement).findByText(
      'It is the only quiet hour of my day.',
    );
    await waitFor(() => expect(message).toBeVisible());
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-sb-player-rate]')).toHaveTextContent('×4'),
    );
    await expect(canvasElement.querySelector('[data-sb-on-screen]')).toHaveTextContent('750 ms');
    await expect(canvasElement.querySelector('[data-sb-luminance]')).toHaveTextContent(
      'measured at run time',
    );
    await expect(canvasElement.querySelector('[data-sb-safe-rate]')).toHaveTextContent('any rate');
  },
};

/** A render frame frozen at 50 %: the sun half risen, the clock at exactly 06:00. */
export const RenderFrame: Story = {
  args: { frame: 2 },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('06:00')).toBeInTheDocument();
    await messages(canvasElement).findByText('Two hours gone in three seconds.');
    await expect(canvasElement.querySelector('[data-sb-luminance]')).toHaveTextContent('unknown');
  },
};

/** A card at the start of its time: its luminance comes from its background's colours. */
export const CardFrame: Story = {
  args: { frame: 0, time: 0 },
  play: async ({ canvasElement }) => {
    await messages(canvasElement).findByText('Hold anywhere to read what nobody says out loud.');
    await expect(canvasElement.querySelector('[data-sb-luminance]')).toHaveTextContent(
      /^0\.\d+ \(from the card's background\)$/,
    );
  },
};

/** Jade's group chat at night, in the demo's first story. */
const GROUP_CHAT = INSPECTABLE.demoAppearance.frames.findIndex((frame) => frame.id === 'groupe');

/**
 * The demo's evening frame (Jade's phone at night), in French at the demo's ×6, frozen at its
 * still moment (`still: 0.95`, no `time` given): the group chat has filled up.
 */
export const DemoEvening: Story = {
  args: {
    story: 'demoAppearance',
    frame: GROUP_CHAT,
    time: undefined,
    playbackRate: 6,
    labels: 'fr',
  },
  play: async ({ canvasElement }) => {
    await messages(canvasElement).findByText(/Des dizaines de réactions/);
    await expect(canvasElement.querySelector('[data-sb-time]')).toHaveTextContent(
      /^2\.9 s of 3\.0 s/,
    );
    await expect(canvasElement.querySelector('[data-sb-on-screen]')).toHaveTextContent('500 ms');
  },
};

/**
 * Dark and light cards in turn: at ×6 their seven cuts fall within half a second (3.5 flashes).
 * The guard slows frames 2–7 to just under ×2.4, so each 400 ms card shows about 167 ms, not 67 ms:
 * the analysis of the cards' colours says so, and the player reports the same rate.
 */
export const SlowedByTheFlashGuard: Story = {
  args: { story: 'flashTest', frame: 3, time: 200, playbackRate: 6 },
  play: async ({ canvas, canvasElement }) => {
    await messages(canvasElement).findByText('Cut 4 of a strobe the guard slows down.');
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-sb-player-rate]')).toHaveTextContent(/^×2\.39/),
    );
    await expect(canvasElement.querySelector('[data-sb-on-screen]')).toHaveTextContent('167 ms');
    await expect(canvas.getByText(/slowed by the flash guard to ×2\.39/)).toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-sb-offending]')).toHaveTextContent(
      'frames 2–7: 3.5 flashes a second',
    );
    await expect(canvasElement.querySelector('[data-sb-safe-rate]')).toHaveTextContent(
      'up to ×2.4',
    );
  },
};

/**
 * A long take early: at 2.0 s of the corridor's 12 s, the first whisper's window (1–4 s) holds
 * the instant, with the message that has no window. The others wait for their own.
 */
export const LongTakeEarly: Story = {
  name: 'Long take: early',
  args: { story: 'longTake', frame: CORRIDOR.index, time: CORRIDOR.early },
  play: async ({ canvasElement }) => {
    await messages(canvasElement).findByText('“Look, here she comes.”');
    await expect(shownTexts(canvasElement)).toEqual([
      '“Look, here she comes.”',
      'Twelve seconds of corridor, every morning.',
    ]);
    await expect(canvasElement.querySelector('[data-sb-active]')).toHaveTextContent(
      'A hold here shows messages 1 and 4.',
    );
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-sb-player-shown]')).toHaveTextContent(
        'messages 1 and 4',
      ),
    );
    await expect(reading(canvasElement, 1)).toHaveAttribute('data-state', 'shown');
    await expect(reading(canvasElement, 1)).toHaveTextContent('1.0 s → 4.0 s · shown');
    await expect(reading(canvasElement, 2)).toHaveTextContent('5.0 s → 8.0 s · not at 2.0 s');
    await expect(reading(canvasElement, 4)).toHaveTextContent('the whole frame · shown');
    await expect(canvasElement.querySelector('[data-sb-time]')).toHaveTextContent(
      '2.0 s of 12.0 s',
    );
    // The timeline lights the first window and the whole-frame lane.
    const lit = [...canvasElement.querySelectorAll('[data-sb-window][data-active]')];
    await expect(lit.map((lane) => lane.getAttribute('data-sb-window'))).toEqual(['0', '3']);
  },
};

/** The same take late: at 10 s the last whisper (9–11.5 s) holds, the first two are gone. */
export const LongTakeLate: Story = {
  name: 'Long take: late',
  args: { story: 'longTake', frame: CORRIDOR.index, time: CORRIDOR.late },
  play: async ({ canvasElement }) => {
    await messages(canvasElement).findByText('“Nobody will notice.”');
    await expect(shownTexts(canvasElement)).toEqual([
      '“Nobody will notice.”',
      'Twelve seconds of corridor, every morning.',
    ]);
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-sb-player-shown]')).toHaveTextContent(
        'messages 3 and 4',
      ),
    );
    await expect(canvasElement.querySelector('[data-sb-frozen-at]')).toHaveTextContent(
      '10,000 ms of 12,000 ms (83 %)',
    );
  },
};

/**
 * Scrubbing: the time control moves the same player through the take (no new player per
 * step), and the messages follow their windows — the second whisper at 6 s, only the untimed
 * message in the gap at 4.5 s.
 */
export const ScrubbingALongTake: Story = {
  name: 'Long take: scrubbing',
  args: { story: 'longTake', frame: CORRIDOR.index, time: CORRIDOR.early },
  play: async ({ canvas, canvasElement }) => {
    await messages(canvasElement).findByText('“Look, here she comes.”');
    const root = canvasElement.querySelector('[data-hs-root]');
    const time = canvas.getByRole('slider', { name: 'Time in the frame, ms at ×1' });
    await expect(time).toHaveAttribute('max', String(CORRIDOR.duration));

    fireEvent.change(time, { target: { value: '6000' } });
    await messages(canvasElement).findByText('“Don’t sit next to her.”');
    await expect(shownTexts(canvasElement)).toEqual([
      '“Don’t sit next to her.”',
      'Twelve seconds of corridor, every morning.',
    ]);
    await expect(canvasElement.querySelector('[data-sb-time]')).toHaveTextContent('6.0 s');

    fireEvent.change(time, { target: { value: String(CORRIDOR.gap) } });
    await waitFor(() =>
      expect(shownTexts(canvasElement)).toEqual(['Twelve seconds of corridor, every morning.']),
    );
    // A message holds for the whole frame: that is no gap for the viewer, so no note.
    await expect(canvasElement.querySelector('[data-hs-between]')).toBeNull();
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-sb-player-shown]')).toHaveTextContent('message 4'),
    );
    await expect(canvasElement.querySelector('[data-hs-root]')).toBe(root);
  },
};

/** Between the bus's two windows (1–3 s, 5–7 s): no message holds, the player shows its note. */
export const BetweenWindows: Story = {
  name: 'Long take: between windows',
  args: { story: 'longTake', frame: BUS.index, time: BUS.between },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-hs-between]')).not.toBeNull());
    await expect(shownTexts(canvasElement)).toEqual([]);
    await expect(canvasElement.querySelector('[data-sb-active]')).toHaveTextContent(
      'A hold here shows none',
    );
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-sb-player-shown]')).toHaveTextContent('none'),
    );
    await expect(canvasElement.querySelectorAll('[data-sb-window][data-active]')).toHaveLength(0);
  },
};
