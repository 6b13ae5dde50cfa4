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
      'story.frames[0].kind: expected one of "card", "image", "video", "render", "choice", got "gif"',
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

describe('backgrounds the flash guard cannot read', () => {
  it.each(['rgb(var(--brand))', 'rgb(from red r g b)', 'rgb(1, 2)'])(
    'plays a card on %s: an unknown tone, not an error',
    (background) => {
      const { container } = render(<Stories story={withFrame({ background }) as Story} />);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(container.querySelector('[data-hs-root]')).toHaveAttribute('data-state', 'playing');
    },
  );
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

describe('a render frame that throws', () => {
  it('shows its text alternative, fires onError once (kind render), and the story goes on', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const broken: Story = {
      ...story,
      frames: [
        {
          id: 'broken',
          kind: 'render',
          duration: 1000,
          alt: 'A drawing that could not be drawn',
          render: () => {
            throw new Error('the scene is broken');
          },
        },
        ...story.frames.slice(1),
      ],
    };
    const { container } = render(<Stories story={broken} onError={onError} />);
    expect(screen.getByText('A drawing that could not be drawn')).toBeInTheDocument();
    expect(screen.getByText('This part of the story could not be shown.')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ frameId: 'broken', kind: 'render', src: '' }),
    );
    act(() => void vi.advanceTimersByTime(1050));
    expect(container.querySelector('[data-hs-stage]')).toHaveAttribute(
      'aria-label',
      'Frame 2 of 3',
    );
    // Back on the broken frame: its fallback at once, no second error.
    act(() => screen.getByRole('button', { name: 'Previous frame' }).click());
    expect(screen.getByText('A drawing that could not be drawn')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});

describe('bad props are named, quoted, and never crash', () => {
  it('quotes a string where a number was expected', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Stories story={story} playbackRate={'fast' as unknown as number} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('playbackRate: expected a positive number, got "fast"'),
    );
    warn.mockRestore();
  });

  it.each(['constructor', '__proto__', 'toString', 'de'])(
    'plays in English for labels="%s", and says so',
    (language) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<Stories story={story} labels={language as 'en'} />);
      expect(screen.getByRole('group')).toHaveAttribute('aria-label', 'Frame 1 of 3');
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining(
          `labels: expected "en", "fr" or an object of labels, got "${language}"`,
        ),
      );
      warn.mockRestore();
    },
  );

  it('keeps the flash slowdown on for a flashGuard it does not know', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Stories story={story} flashGuard={'slowed' as 'slow'} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'flashGuard: expected "slow", "warn" or "off", got "slowed"; using "slow"',
      ),
    );
    warn.mockRestore();
  });

  it('says each problem of a story given anew on every render once', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A value no other test uses: each distinct message is said once per page.
    const bad = () => withFrame({ duration: -123.5 }) as Story;
    const { rerender } = render(<Stories story={bad()} />);
    for (let i = 0; i < 5; i++) rerender(<Stories story={bad()} />);
    const said = error.mock.calls.filter(([message]) => String(message).includes('-123.5'));
    expect(said).toHaveLength(1);
    error.mockRestore();
  });
});

describe('media URLs', () => {
  const withImage = (src: string) =>
    ({
      ...story,
      frames: [{ id: 'hall', kind: 'image', duration: 1000, alt: 'A corridor', src }],
    }) as Story;

  it('refuses a scheme that is not a media one, naming the field', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Stories story={withImage(' JaVaScRiPt:alert(1)')} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'story.frames[0].src: expected an image URL (https:, http:, relative, blob: or data:image/…), got " JaVaScRiPt:alert(1)"',
    );
    expect(document.querySelector('img')).toBeNull();
    error.mockRestore();
  });

  it('narrows the policy with allowUrl, which is asked with the field', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const allowUrl = vi.fn((url: string) => url.startsWith('https://cdn.example.org/'));
    render(<Stories story={withImage('/hall.jpg')} allowUrl={allowUrl} />);
    expect(allowUrl).toHaveBeenCalledWith('/hall.jpg', 'story.frames[0].src');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'story.frames[0].src: expected an image URL allowed by allowUrl, got "/hall.jpg"',
    );
    error.mockRestore();
  });
});

describe('values that would have hung or looped', () => {
  it('plays on at the last good rate for a rate out of bounds', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<Stories story={story} playbackRate={2} />);
    rerender(<Stories story={story} playbackRate={1000} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'playbackRate: expected a rate from 0.01 to 100, got 1000; playing at ×2',
      ),
    );
    expect(screen.getByRole('group')).toHaveAttribute('aria-label', 'Frame 1 of 3');
    warn.mockRestore();
  });

  it('shows its alert for a story that is NaN, once', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(<Stories story={Number.NaN as unknown as Story} />);
    rerender(<Stories story={Number.NaN as unknown as Story} />);
    expect(screen.getByRole('alert')).toHaveTextContent('story: expected a story object, got NaN');
    error.mockRestore();
  });
});
