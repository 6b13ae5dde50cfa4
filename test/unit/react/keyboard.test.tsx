import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderStories } from './harness';

const key = (target: Element, type: 'keyDown' | 'keyUp', keyName: string, init: object = {}) =>
  act(() => void fireEvent[type](target, { key: keyName, ...init }));

describe('keyboard', () => {
  it('holds while Space is held past the hold delay, and resumes on release', () => {
    const view = renderStories();
    key(view.stage, 'keyDown', ' ');
    view.advance(400);
    expect(view.messages()).toEqual(['Nobody sits next to me.', 'Again.']);
    key(view.stage, 'keyUp', ' ');
    expect(view.status()).toBe('playing');
    expect(view.frameLabel()).toBe('Frame 1 of 3');
  });

  it('toggles on a quick Space press: frozen with the messages until the next press', () => {
    const view = renderStories();
    key(view.stage, 'keyDown', ' ');
    key(view.stage, 'keyUp', ' ');
    expect(view.messages()).toEqual(['Nobody sits next to me.', 'Again.']);
    view.advance(5000);
    expect(view.status()).toBe('held');
    expect(view.frameLabel()).toBe('Frame 1 of 3');
    key(view.stage, 'keyDown', ' ');
    key(view.stage, 'keyUp', ' ');
    expect(view.status()).toBe('playing');
    expect(view.root).not.toHaveAttribute('data-revealing');
  });

  it('ignores auto-repeated Space keydowns', () => {
    const view = renderStories();
    key(view.stage, 'keyDown', ' ');
    key(view.stage, 'keyDown', ' ', { repeat: true });
    view.advance(400);
    key(view.stage, 'keyUp', ' ');
    expect(view.status()).toBe('playing');
  });

  it('steps through frames with the arrows, mirrored in right-to-left', () => {
    const view = renderStories();
    key(view.stage, 'keyDown', 'ArrowRight');
    expect(view.frameLabel()).toBe('Frame 2 of 3');
    key(view.stage, 'keyDown', 'ArrowLeft');
    expect(view.frameLabel()).toBe('Frame 1 of 3');
    view.unmount();
    const rtl = renderStories({ dir: 'rtl' });
    key(rtl.stage, 'keyDown', 'ArrowLeft');
    expect(rtl.frameLabel()).toBe('Frame 2 of 3');
  });

  it('reads the next frame too when stepping while latched', () => {
    const view = renderStories();
    key(view.stage, 'keyDown', ' ');
    key(view.stage, 'keyUp', ' ');
    key(view.stage, 'keyDown', 'ArrowRight');
    expect(view.status()).toBe('held');
    expect(view.messages()).toContain('They laugh when I pass.');
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    const view = renderStories({ onClose });
    key(view.stage, 'keyDown', 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves Space on a button to the button', () => {
    const view = renderStories();
    const pause = screen.getByRole('button', { name: 'Pause' });
    key(pause, 'keyDown', ' ');
    view.advance(400);
    expect(view.status()).toBe('playing');
  });

  it('has real buttons with names that follow the state and the language', () => {
    const onClose = vi.fn();
    const view = renderStories({ onClose, labels: 'fr' });
    expect(screen.getByRole('button', { name: 'Image précédente' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Image suivante' })).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Pause' }).click());
    expect(view.status()).toBe('paused');
    act(() => screen.getByRole('button', { name: 'Lecture' }).click());
    expect(view.status()).toBe('playing');
    act(() => screen.getByRole('button', { name: 'Fermer' }).click());
    expect(onClose).toHaveBeenCalled();
    expect(view.frameLabel()).toBe('Image 1 sur 3');
  });

  it('shows the fast-forward factor with a spoken description', () => {
    renderStories({ playbackRate: 6, labels: 'fr' });
    expect(screen.getByText('×6')).toBeInTheDocument();
    expect(screen.getByText('Lecture accélérée ×6')).toBeInTheDocument();
  });
});

describe('keyboard while reading', () => {
  it('reads the next frame when stepping with Space held past the delay', () => {
    const view = renderStories();
    key(view.stage, 'keyDown', ' ');
    view.advance(400);
    key(view.stage, 'keyDown', 'ArrowRight');
    expect(view.frameLabel()).toBe('Frame 2 of 3');
    expect(view.messages()).toContain('They laugh when I pass.');
  });

  it('takes the chrome out of the tab order as soon as the messages show', () => {
    const view = renderStories();
    key(view.stage, 'keyDown', ' ');
    view.advance(400);
    expect((view.root.querySelector('[data-hs-chrome]') as HTMLElement).inert).toBe(true);
    key(view.stage, 'keyUp', ' ');
    expect((view.root.querySelector('[data-hs-chrome]') as HTMLElement).inert).toBe(false);
  });
});

describe('keyboard after a latch', () => {
  it('ends the latch on Tab so the controls come back into the tab order', () => {
    const view = renderStories();
    key(view.stage, 'keyDown', ' ');
    key(view.stage, 'keyUp', ' ');
    const chrome = view.root.querySelector('[data-hs-chrome]') as HTMLElement;
    expect(chrome.inert).toBe(true);
    key(view.stage, 'keyDown', 'Tab');
    expect(view.status()).toBe('playing');
    expect(chrome.inert).toBe(false);
  });
});
