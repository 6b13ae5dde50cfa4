import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { Stories, usePlayerCommands } from 'react-hold-stories';
import { describe, expect, it } from 'vitest';
import { renderStories, story } from './harness';

function JumpOnMount({ to }: { to: number }) {
  const { goTo, reveal, hold } = usePlayerCommands();
  useEffect(() => {
    goTo(to);
    hold();
    reveal();
  }, [goTo, hold, reveal, to]);
  return null;
}

describe('commands', () => {
  it('runs commands issued before the player mounts once it does (a child effect runs first)', () => {
    const { container } = render(
      <Stories.Root story={story}>
        <Stories.Stage />
        <JumpOnMount to={1} />
      </Stories.Root>,
    );
    const root = container.querySelector('[data-hs-root]');
    expect(container.querySelector('[data-hs-stage]')).toHaveAttribute(
      'aria-label',
      'Frame 2 of 3',
    );
    expect(root).toHaveAttribute('data-state', 'held');
    expect(root).toHaveAttribute('data-revealing');
  });

  it('shows and hides the messages from the ref', () => {
    const view = renderStories();
    act(() => {
      view.ref.current?.hold();
      view.ref.current?.reveal();
    });
    expect(view.messages()).toEqual(['Nobody sits next to me.', 'Again.']);
    act(() => view.ref.current?.conceal());
    expect(view.root).not.toHaveAttribute('data-revealing');
  });

  it('says the end, with the tally of messages found', () => {
    const view = renderStories({ labels: 'fr' });
    view.press();
    view.advance(350);
    view.lift();
    view.advance(4000);
    expect(view.status()).toBe('ended');
    expect(view.root.querySelector('[data-hs-live]')).toHaveTextContent(
      'Fin de l’histoire. 2 / 3 messages découverts',
    );
  });
});
