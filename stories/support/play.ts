import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';

type PlayContext = Pick<StoryContext, 'canvas' | 'userEvent'>;

/**
 * Freezes the current frame with its messages shown, the way a keyboard user does: a quick
 * Space press on the stage latches the reveal until the next press. No public command reveals
 * the messages (a ref's `hold()` only freezes), so the stories go through the keyboard.
 */
export async function revealByKeyboard({ canvas, userEvent }: PlayContext): Promise<void> {
  const stage = canvas.getByRole('group');
  stage.focus();
  await userEvent.keyboard(' ');
  const root = stage.closest('[data-hs-root]');
  await waitFor(() => expect(root).toHaveAttribute('data-revealing'));
}
