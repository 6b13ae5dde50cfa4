import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';

type PlayContext = Pick<StoryContext, 'canvas' | 'userEvent'>;

/** How many quick Space presses to try before giving up (see below why more than one). */
const ATTEMPTS = 5;

/**
 * Freezes the current frame with its messages shown, the way a keyboard user does: a quick
 * Space press on the stage latches the reveal until the next press. (The inspector uses the
 * ref's `hold()` + `reveal()` instead; these stories test the viewer's gesture.)
 *
 * In the static build Storybook renders without `act()`, so the play function can start before
 * the player has mounted. Commands wait for the engine now, but a press that did nothing leaves
 * no state behind, so pressing again stays a cheap guard.
 */
export async function revealByKeyboard({ canvas, userEvent }: PlayContext): Promise<void> {
  const stage = canvas.getByRole('group');
  const root = stage.closest('[data-hs-root]');
  const revealed = () => expect(root).toHaveAttribute('data-revealing');
  for (let attempt = 0; attempt < ATTEMPTS && !root?.hasAttribute('data-revealing'); attempt++) {
    stage.focus();
    await userEvent.keyboard(' ');
    await waitFor(revealed, { timeout: 150 }).catch(() => {});
  }
  await revealed();
}
