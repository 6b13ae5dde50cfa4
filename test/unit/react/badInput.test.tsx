import { act, render, screen } from '@testing-library/react';
import { Stories, type Story } from 'react-hold-stories';
import { describe, expect, it, vi } from 'vitest';
import { story } from './harness';

const withFrame = (patch: object): unknown => ({
  ...story,
  frames: [{ ...story.frames[0], ...patch }],
});

describe('bad stories', () => {
  it.each([
    [
      withFrame({ alt: undefined }),
      'story.frames[0].alt: expected a text alternative (a non-empty string), got undefined',
    ],
    [
      withFrame({ kind: 'gif' }),
      'story.frames[0].kind: expected one of "card", "image", "video", "render", got "gif"',
    ],
    [
      withFrame({ duration: -200 }),
      'story.frames[0].duration: expected a positive number of milliseconds, got -200',
    ],
    [
      withFrame({ reveal: [{ text: '' }] }),
      'story.frames[0].reveal[0].text: expected a non-empty string, got ""',
    ],
    [
      withFrame({ reveal: [{ text: 'a', placement: 'left' }] }),
      'story.frames[0].reveal[0].placement',
    ],
    [{ ...story, frames: [] }, 'story.frames: expected at least one frame, got none'],
    [{ ...story, id: 3 }, 'story.id: expected a non-empty string, got 3'],
    [
      { ...story, frames: [story.frames[0], story.frames[0]] },
      'story.frames[1].id: expected an id unique in the story, got "bus"',
    ],
  ])('names the field and what was expected: %#', (bad, message) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Stories story={bad as Story} />);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    error.mockRestore();
  });

  it('shows a clear error instead of crashing when the first story is invalid', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Stories story={withFrame({ duration: 0 }) as Story} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'story.frames[0].duration: expected a positive number',
    );
    expect(error).toHaveBeenCalledWith(expect.stringContaining('nothing can play'));
    error.mockRestore();
  });

  it('keeps the previous story playing when an update is invalid', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, rerender } = render(<Stories story={story} />);
    rerender(<Stories story={withFrame({ alt: '' }) as Story} />);
    expect(container.querySelector('[data-hs-stage]')).toHaveAttribute(
      'aria-label',
      'Frame 1 of 3',
    );
    expect(error).toHaveBeenCalledWith(expect.stringContaining('the previous story keeps playing'));
    error.mockRestore();
  });

  it('renders message text as text, never as HTML', () => {
    const html = '<img src=x onerror="alert(1)">';
    const { container } = render(
      <Stories
        story={{
          ...story,
          frames: [{ ...story.frames[0], reveal: [{ text: html }] } as Story['frames'][number]],
        }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('warns and falls back on a bad holdDelay', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Stories story={story} holdDelay={Number.NaN} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('holdDelay: expected a number of milliseconds ≥ 0, got NaN'),
    );
    warn.mockRestore();
  });
});

describe('bad props', () => {
  it('warns on a bad playbackRate and keeps playing at the last good one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<Stories story={story} playbackRate={2} />);
    rerender(<Stories story={story} playbackRate={0} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('playbackRate: expected a positive number, got 0; playing at ×2'),
    );
    act(() => void vi.advanceTimersByTime(550));
    expect(container.querySelector('[data-hs-stage]')).toHaveAttribute(
      'aria-label',
      'Frame 2 of 3',
    );
    warn.mockRestore();
  });

  it('plays a story that was invalid at first once it is fixed', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, rerender } = render(<Stories story={withFrame({ alt: '' }) as Story} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<Stories story={story} />);
    const root = container.querySelector('[data-hs-root]');
    expect(root).toHaveAttribute('data-state', 'playing');
    act(() => void vi.advanceTimersByTime(1050));
    expect(container.querySelector('[data-hs-stage]')).toHaveAttribute(
      'aria-label',
      'Frame 2 of 3',
    );
    error.mockRestore();
  });
});
