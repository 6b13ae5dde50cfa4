import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { Stories } from 'react-hold-stories';
import { describe, expect, it, vi } from 'vitest';
import { renderStories, story } from './harness';

function Parent() {
  const [index, setIndex] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setIndex(2)}>
        last
      </button>
      <Stories story={story} frameIndex={index} onFrameIndexChange={setIndex} />
    </>
  );
}

const label = (container: HTMLElement) =>
  container.querySelector('[data-hs-stage]')?.getAttribute('aria-label');

describe('controlled and uncontrolled state', () => {
  it('starts on defaultFrameIndex and reports every change', () => {
    const onFrameIndexChange = vi.fn();
    const view = renderStories({ defaultFrameIndex: 1, onFrameIndexChange });
    expect(view.frameLabel()).toBe('Frame 2 of 3');
    view.advance(1050);
    expect(onFrameIndexChange).toHaveBeenCalledWith(2);
  });

  it('follows a controlled frameIndex that the parent updates', () => {
    const { container } = render(<Parent />);
    act(() => void vi.advanceTimersByTime(1050));
    expect(label(container)).toBe('Frame 2 of 3');
    act(() => screen.getByRole('button', { name: 'last' }).click());
    expect(label(container)).toBe('Frame 3 of 3');
  });

  it('asks and waits: a change the parent refuses is undone', () => {
    const onFrameIndexChange = vi.fn();
    const { container } = render(
      <Stories story={story} frameIndex={0} onFrameIndexChange={onFrameIndexChange} />,
    );
    act(() => screen.getByRole('button', { name: 'Next frame' }).click());
    expect(onFrameIndexChange).toHaveBeenCalledWith(1);
    expect(label(container)).toBe('Frame 1 of 3');
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
