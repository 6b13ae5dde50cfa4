import { act, render, screen } from '@testing-library/react';
import { Profiler, useRef } from 'react';
import { Stories, type StoriesHandle } from 'react-hold-stories';
import { describe, expect, it, vi } from 'vitest';
import { renderStories, story } from './harness';

/** A parent that moves the story from its own button, through the ref. */
function Parent({ onFrameChange }: { onFrameChange?: () => void }) {
  const ref = useRef<StoriesHandle>(null);
  return (
    <>
      <button type="button" onClick={() => ref.current?.goTo(2)}>
        last
      </button>
      <Stories ref={ref} story={story} onFrameChange={onFrameChange} />
    </>
  );
}

const label = (container: HTMLElement) =>
  container.querySelector('[data-hs-stage]')?.getAttribute('aria-label');

describe('controlled and uncontrolled state', () => {
  it('starts on defaultFrameIndex and reports every change', () => {
    const onFrameChange = vi.fn();
    const view = renderStories({ defaultFrameIndex: 1, onFrameChange });
    expect(view.frameLabel()).toBe('Frame 2 of 3');
    view.advance(1050);
    expect(onFrameChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ from: 1, to: 2, cause: 'auto' }),
    );
  });

  it('is moved by its parent through the ref, like a video through currentTime', () => {
    const onFrameChange = vi.fn();
    const { container } = render(<Parent onFrameChange={onFrameChange} />);
    act(() => void vi.advanceTimersByTime(1050));
    expect(label(container)).toBe('Frame 2 of 3');
    act(() => screen.getByRole('button', { name: 'last' }).click());
    expect(label(container)).toBe('Frame 3 of 3');
    expect(onFrameChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ from: 1, to: 2, cause: 'api' }),
    );
  });

  it('moves once and says it once: a frame change renders and fires a single time', () => {
    const onFrameChange = vi.fn();
    const commits = vi.fn();
    render(
      <Profiler id="story" onRender={commits}>
        <Stories story={story} onFrameChange={onFrameChange} />
      </Profiler>,
    );
    onFrameChange.mockClear();
    commits.mockClear();
    act(() => screen.getByRole('button', { name: 'Next frame' }).click());
    expect(onFrameChange).toHaveBeenCalledTimes(1);
    expect(commits).toHaveBeenCalledTimes(1);
  });

  it('starts at the nearest frame, with a development warning, for a defaultFrameIndex out of range', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const view = renderStories({ defaultFrameIndex: 7 });
    expect(view.frameLabel()).toBe('Frame 3 of 3');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('defaultFrameIndex: expected a whole number from 0 to 2, got 7'),
    );
    warn.mockRestore();
  });

  it('warns in development when a prop switches between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<Stories story={story} paused={false} />);
    rerender(<Stories story={story} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('paused switched from controlled to uncontrolled'),
    );
    warn.mockRestore();
  });

  it('leaves the viewer pause to a controlled paused prop', () => {
    const onPausedChange = vi.fn();
    const { container, rerender } = render(
      <Stories story={story} paused={false} onPausedChange={onPausedChange} />,
    );
    const root = container.querySelector('[data-hs-root]');
    act(() => screen.getByRole('button', { name: 'Pause' }).click());
    expect(onPausedChange).toHaveBeenCalledWith(true);
    expect(root).toHaveAttribute('data-state', 'playing');
    rerender(<Stories story={story} paused onPausedChange={onPausedChange} />);
    expect(root).toHaveAttribute('data-state', 'paused');
    act(() => void vi.advanceTimersByTime(3000));
    expect(label(container)).toBe('Frame 1 of 3');
  });

  it('starts paused with defaultPaused and plays on request', () => {
    const onPausedChange = vi.fn();
    const view = renderStories({ defaultPaused: true, onPausedChange });
    view.advance(3000);
    expect(view.status()).toBe('paused');
    act(() => view.ref.current?.play());
    expect(view.status()).toBe('playing');
    expect(onPausedChange).toHaveBeenCalledWith(false);
  });

  it('drives the story from the imperative ref', () => {
    const view = renderStories();
    act(() => view.ref.current?.goTo(2));
    expect(view.frameLabel()).toBe('Frame 3 of 3');
    act(() => view.ref.current?.prev());
    expect(view.frameLabel()).toBe('Frame 2 of 3');
    act(() => view.ref.current?.hold());
    expect(view.status()).toBe('held');
    act(() => view.ref.current?.release());
    expect(view.status()).toBe('playing');
  });

  it('keeps the frame when the story changes while playing', () => {
    const view = renderStories({ defaultFrameIndex: 1 });
    const longer = {
      ...story,
      frames: [
        { ...story.frames[2], id: 'intro' } as (typeof story.frames)[number],
        ...story.frames,
      ],
    };
    view.rerender(<Stories story={longer} />);
    expect(view.frameLabel()).toBe('Frame 3 of 4');
    expect(screen.getByText('A school corridor')).toBeInTheDocument();
  });

  it('changes speed without moving the frame', () => {
    const view = renderStories();
    view.advance(500);
    view.rerender(<Stories story={story} playbackRate={10} />);
    view.advance(60);
    expect(view.frameLabel()).toBe('Frame 2 of 3');
  });
});
