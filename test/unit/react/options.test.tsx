import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderStories } from './harness';

const optionsButton = () => screen.getByRole('button', { name: 'Options' });
const open = () => act(() => optionsButton().click());

describe('the options', () => {
  it('are one labelled button while playing: the rest of the chrome is the rate, Pause and Close', () => {
    renderStories({ onClose: () => {} });
    expect(optionsButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Reading mode' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Transcript' })).toBeNull();
    for (const name of ['Pause', 'Close', 'Previous frame', 'Next frame']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('open as a group of buttons named in words, and hold the story still while open', () => {
    const view = renderStories();
    open();
    expect(optionsButton()).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Options' });
    expect(optionsButton()).toHaveAttribute('aria-controls', group.id);
    expect(screen.getByRole('button', { name: 'Reading mode' })).toHaveTextContent('Reading mode');
    expect(screen.getByRole('button', { name: 'Transcript' })).toBeInTheDocument();
    // Sound and captions only for a story with videos.
    expect(screen.queryByRole('button', { name: 'Mute' })).toBeNull();
    expect(view.status()).toBe('held');
    view.advance(5000);
    expect(view.frameLabel()).toBe('Frame 1 of 3');
    open();
    expect(screen.queryByRole('group', { name: 'Options' })).toBeNull();
    expect(view.status()).toBe('playing');
  });

  it('close on Esc, focus back on their button, without closing the story', () => {
    const onClose = vi.fn();
    const view = renderStories({ onClose });
    open();
    const item = screen.getByRole('button', { name: 'Transcript' });
    item.focus();
    act(() => void fireEvent.keyDown(item, { key: 'Escape' }));
    expect(optionsButton()).toHaveAttribute('aria-expanded', 'false');
    expect(optionsButton()).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
    expect(view.status()).toBe('playing');
    // Closed, Esc is the story's again.
    act(() => void fireEvent.keyDown(optionsButton(), { key: 'Escape' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keep the story still when a key inside them is pressed (Tab, arrows)', () => {
    const view = renderStories();
    open();
    const item = screen.getByRole('button', { name: 'Reading mode' });
    act(() => void fireEvent.keyDown(item, { key: 'Tab' }));
    act(() => void fireEvent.keyDown(item, { key: 'ArrowRight' }));
    expect(view.status()).toBe('held');
    expect(view.frameLabel()).toBe('Frame 1 of 3');
  });

  it('close on a press elsewhere on the story, which neither steps nor holds', () => {
    const view = renderStories();
    open();
    view.press(380);
    view.lift(380);
    expect(screen.queryByRole('group', { name: 'Options' })).toBeNull();
    expect(view.frameLabel()).toBe('Frame 1 of 3');
    expect(view.status()).toBe('playing');
  });

  it('close once one is chosen, and the story runs on', () => {
    const view = renderStories();
    open();
    act(() => screen.getByRole('button', { name: 'Transcript' }).click());
    expect(screen.queryByRole('group', { name: 'Options' })).toBeNull();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    act(
      () => void fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true })),
    );
    expect(view.status()).toBe('playing');
  });
});
