import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Stories } from 'react-hold-stories';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseOption, renderStories, story } from './harness';

const click = (name: string) => act(() => screen.getByRole('button', { name }).click());

function preferReducedMotion(reduce: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
}

afterEach(() => {
  // @ts-expect-error jsdom has no matchMedia; the stub goes away after each test
  delete window.matchMedia;
});

describe('reading mode', () => {
  it('stops the fast-forward and shows the messages without holding, frame by frame', () => {
    const onReveal = vi.fn();
    const view = renderStories({ onReveal });
    chooseOption('Reading mode');
    expect(screen.getByRole('button', { name: 'Reading mode', hidden: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(view.status()).toBe('paused');
    expect(view.messages()).toEqual(['Nobody sits next to me.', 'Again.']);
    view.advance(10_000);
    expect(view.frameLabel()).toBe('Frame 1 of 3');
    click('Next frame');
    expect(view.messages()).toContain('They laugh when I pass.');
    expect(onReveal).toHaveBeenCalledTimes(3);
  });

  it('keeps the chrome and drops the Pause button while reading', () => {
    const view = renderStories();
    chooseOption('Reading mode');
    expect(view.root).toHaveAttribute('data-reading');
    expect(view.root.querySelector('[data-hs-chrome]')).not.toHaveAttribute('aria-hidden');
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });

  it('plays on again, messages hidden, when reading mode is turned off', () => {
    const view = renderStories();
    chooseOption('Reading mode');
    chooseOption('Reading mode');
    expect(view.status()).toBe('playing');
    expect(view.root).not.toHaveAttribute('data-revealing');
  });

  it('starts in reading mode when the viewer prefers reduced motion', () => {
    preferReducedMotion(true);
    const view = renderStories();
    expect(view.root).toHaveAttribute('data-reading');
    expect(view.status()).toBe('paused');
  });

  it('does not when the viewer does not, or when the author chose', () => {
    preferReducedMotion(false);
    expect(renderStories().root).not.toHaveAttribute('data-reading');
    preferReducedMotion(true);
    expect(renderStories({ defaultReadingMode: false }).root).not.toHaveAttribute('data-reading');
  });

  it('is a controlled / uncontrolled trio', () => {
    const onReadingModeChange = vi.fn();
    const { container, rerender } = render(
      <Stories story={story} readingMode={false} onReadingModeChange={onReadingModeChange} />,
    );
    const root = container.querySelector('[data-hs-root]');
    chooseOption('Reading mode');
    expect(onReadingModeChange).toHaveBeenCalledWith(true);
    expect(root).not.toHaveAttribute('data-reading');
    rerender(<Stories story={story} readingMode onReadingModeChange={onReadingModeChange} />);
    expect(root).toHaveAttribute('data-reading');
  });
});

describe('transcript', () => {
  it('lists every frame with its text alternative and messages, and freezes the story', () => {
    const view = renderStories({ labels: 'fr' });
    chooseOption('Transcription');
    const dialog = screen.getByRole('dialog', { name: 'Transcription — A school day' });
    expect(view.status()).toBe('held');
    const items = within(dialog)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(items).toEqual(['Image 1 sur 3', 'Image 2 sur 3', 'Image 3 sur 3']);
    expect(dialog).toHaveTextContent('A crowded school bus');
    expect(dialog).toHaveTextContent('Sam : Nobody sits next to me.');
    expect(dialog).toHaveTextContent('They laugh when I pass.');
  });

  it('closes on Esc (the dialog cancel) without closing the story, and plays on', () => {
    const onClose = vi.fn();
    const view = renderStories({ onClose });
    chooseOption('Transcript');
    const dialog = screen.getByRole('dialog');
    act(() => void fireEvent.keyDown(dialog, { key: 'Escape' }));
    act(() => void fireEvent(dialog, new Event('cancel', { cancelable: true })));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(view.status()).toBe('playing');
  });
});

describe('reading mode chrome', () => {
  it('hides the fast-forward badge while reading', () => {
    renderStories({ playbackRate: 6 });
    expect(screen.getByText('×6')).toBeInTheDocument();
    chooseOption('Reading mode');
    expect(screen.queryByText('×6')).toBeNull();
  });
});

describe('labels', () => {
  it('takes your own over a chosen language: the keys you give, the rest in that language', () => {
    renderStories({ labels: { lang: 'fr', next: 'Suite' } });
    expect(screen.getByRole('button', { name: 'Suite' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Image précédente' })).toBeInTheDocument();
    expect(screen.getByRole('group')).toHaveAttribute('aria-label', 'Image 1 sur 3');
  });

  it('takes them over English without a language', () => {
    renderStories({ labels: { next: 'Onward' } });
    expect(screen.getByRole('button', { name: 'Onward' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous frame' })).toBeInTheDocument();
  });
});
