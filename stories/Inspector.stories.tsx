import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { Inspector } from './inspector/Inspector';

/** The messages over the frame (the live region repeats them for screen readers). */
const messages = (canvasElement: HTMLElement) =>
  within(canvasElement.querySelector<HTMLElement>('[data-hs-reveal]') as HTMLElement);

/**
 * The frame inspector: pick a story and a frame, freeze it at any point of its progress with its
 * hidden messages shown, and read below what the player makes of it at the chosen speed.
 * Press the frame yourself to release it; change a control to freeze it again.
 */
const meta = {
  title: 'Inspector',
  component: Inspector,
  // The inspector draws its own phone box, with its readings under it.
  parameters: { phone: false },
  args: {
    story: 'sample',
    frame: 1,
    progress: 0.5,
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
        },
      },
      options: ['sample', 'demoAppearance', 'demoOrientation', 'demoReputation', 'flashTest'],
    },
    // Clamped to the chosen story's last frame (the demo's longest has 19).
    frame: { control: { type: 'range', min: 0, max: 29, step: 1 } },
    progress: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
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
  args: { frame: 0, progress: 0 },
  play: async ({ canvasElement }) => {
    await messages(canvasElement).findByText('Hold anywhere to read what nobody says out loud.');
    await expect(canvasElement.querySelector('[data-sb-luminance]')).toHaveTextContent(
      /^0\.\d+ \(from the card's background\)$/,
    );
  },
};

/** The demo's evening frame (Jade's phone at night), in French at the demo's ×6. */
export const DemoEvening: Story = {
  args: { story: 'demoAppearance', frame: 16, progress: 0.9, playbackRate: 6, labels: 'fr' },
  play: async ({ canvasElement }) => {
    await messages(canvasElement).findByText(
      'Une photo de moi, déformée. 43 réactions. J’ai arrêté de compter.',
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
  args: { story: 'flashTest', frame: 3, playbackRate: 6 },
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
