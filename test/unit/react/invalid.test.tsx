import { render, screen } from '@testing-library/react';
import { Stories, type Story } from 'react-hold-stories';
import { StoriesCollection } from 'react-hold-stories/collection';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { story } from './harness';

const bad = {
  ...story,
  id: 'bad',
  frames: [{ ...story.frames[0], alt: '', duration: -5 }],
} as Story;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('a story that cannot play', () => {
  it('tells the developer in development', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Stories story={bad} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'story.frames[0].duration: expected a positive number of milliseconds, got -5',
    );
  });

  it('shows visitors nothing of the developer’s message in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { container } = render(<Stories story={bad} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.textContent).toBe('');
  });

  it('shows the fallback instead, a node or a function of the issues', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(<Stories story={bad} fallback={<p>Back soon.</p>} />);
    expect(screen.getByText('Back soon.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <Stories story={bad} fallback={(issues) => <p>{issues.length} problems to fix.</p>} />,
    );
    expect(screen.getByText('2 problems to fix.')).toBeInTheDocument();
  });

  it('hands every problem to onInvalid, once per story given', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onInvalid = vi.fn();
    const { rerender } = render(<Stories story={bad} onInvalid={onInvalid} />);
    rerender(<Stories story={bad} onInvalid={onInvalid} />);
    expect(onInvalid).toHaveBeenCalledTimes(1);
    expect(onInvalid).toHaveBeenCalledWith([
      {
        path: 'story.frames[0].duration',
        message: 'expected a positive number of milliseconds, got -5',
      },
      {
        path: 'story.frames[0].alt',
        message: 'expected a text alternative (a non-empty string), got ""',
      },
    ]);
    // A refused update is heard too, while the last good story plays on.
    rerender(<Stories story={story} onInvalid={onInvalid} />);
    rerender(<Stories story={{ ...bad }} onInvalid={onInvalid} />);
    expect(onInvalid).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('group')).toHaveAttribute('aria-label', 'Frame 1 of 3');
  });

  it('works the same for a collection’s list', () => {
    const onInvalid = vi.fn();
    render(<StoriesCollection stories={[]} fallback={<p>No stories.</p>} onInvalid={onInvalid} />);
    expect(screen.getByText('No stories.')).toBeInTheDocument();
    expect(onInvalid).toHaveBeenCalledWith([
      { path: 'stories', message: 'expected a non-empty array of stories, got an empty array' },
    ]);
  });
});
