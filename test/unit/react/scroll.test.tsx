import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Story } from 'react-hold-stories';
import { StoriesCollection } from 'react-hold-stories/collection';
import { describe, expect, it, vi } from 'vitest';
import { renderStories } from './harness';

/** The callbacks a scroll must never reach, and a story inline in a scrolling page. */
function renderInline(props: Parameters<typeof renderStories>[0] = {}) {
  const spies = {
    onReveal: vi.fn(),
    onHoldStart: vi.fn(),
    onHoldEnd: vi.fn(),
    onFrameChange: vi.fn(),
    onClose: vi.fn(),
  };
  const view = renderStories({ scroll: 'vertical', ...spies, ...props });
  /** The frame changes after the first frame shown (reported with `cause: 'start'`). */
  const moves = () =>
    spies.onFrameChange.mock.calls.filter(([event]) => event.cause !== 'start').map(([e]) => e);
  return { ...view, ...spies, moves };
}

/** The finger travels from (x, y) by (dx, dy) in `steps` moves, 16 ms apart. */
function swipe(
  view: ReturnType<typeof renderInline>,
  x: number,
  y: number,
  dx: number,
  dy: number,
) {
  const steps = 6;
  view.press(x, y);
  for (let step = 1; step <= steps; step++) {
    view.advance(16);
    view.move(x + (dx * step) / steps, y + (dy * step) / steps);
  }
}

/** Nothing happened to the story: same frame, same state, nothing revealed or reported. */
function expectUntouched(view: ReturnType<typeof renderInline>, status = 'playing') {
  expect(view.status()).toBe(status);
  expect(view.frameLabel()).toBe('Frame 1 of 3');
  expect(view.root).not.toHaveAttribute('data-revealing');
  expect(view.messages()).toEqual([]);
  expect(view.onReveal).not.toHaveBeenCalled();
  expect(view.onHoldStart).not.toHaveBeenCalled();
  expect(view.onHoldEnd).not.toHaveBeenCalled();
  expect(view.moves()).toEqual([]);
}

describe('scroll="vertical": a story inline in a scrolling page', () => {
  it('marks the root, so the skin lets the browser pan vertically', () => {
    const view = renderInline();
    expect(view.root).toHaveAttribute('data-scroll', 'vertical');
  });

  it('a swipe up is the page’s scroll: no reveal, no hold, no navigation, still playing', () => {
    const view = renderInline();
    swipe(view, 300, 600, 0, -300);
    // Ended as soon as it moved past the slop: the frame runs again before the hold delay.
    expect(view.status()).toBe('playing');
    view.advance(500);
    view.lift(300, 300);
    view.advance(50);
    expectUntouched(view);
  });

  it('a swipe down scrolls too: there is no drag down to close inline', () => {
    const view = renderInline();
    swipe(view, 300, 200, 0, 400);
    // Nothing follows the finger: the page does.
    expect(view.root.style.transform).toBe('');
    expect(view.status()).toBe('playing');
    view.advance(500);
    view.lift(300, 600);
    view.advance(400);
    expectUntouched(view);
    expect(view.onClose).not.toHaveBeenCalled();
    expect(view.root.style.transform).toBe('');
  });

  it('ends cleanly on the browser’s pointercancel, before the finger has left the slop', () => {
    const view = renderInline();
    view.press(300, 400);
    view.advance(16);
    view.move(300, 395);
    expect(view.status()).toBe('held');
    view.cancelPointer(300, 395);
    view.advance(500);
    expectUntouched(view);
  });

  it('leaves a paused story paused', () => {
    const view = renderInline({ defaultPaused: true });
    swipe(view, 300, 600, 0, -300);
    view.cancelPointer(300, 300);
    view.advance(500);
    expectUntouched(view, 'paused');
  });

  it('still reveals on a press that stays put past the hold delay', () => {
    const view = renderInline();
    view.press(300, 400);
    view.advance(150);
    // A tremor inside the slop is still a still finger.
    view.move(302, 396);
    view.advance(200);
    expect(view.status()).toBe('held');
    expect(view.root).toHaveAttribute('data-revealing');
    expect(view.onReveal).toHaveBeenCalled();
    expect(view.onHoldStart).toHaveBeenCalledTimes(1);
    view.lift(302, 396);
    expect(view.status()).toBe('playing');
    expect(view.frameLabel()).toBe('Frame 1 of 3');
  });

  it('still moves a frame on a tap', () => {
    const view = renderInline();
    view.press(300, 400);
    view.advance(80);
    view.lift(300, 400);
    expect(view.frameLabel()).toBe('Frame 2 of 3');
    expect(view.moves().map((event) => event.cause)).toEqual(['tap']);
    expect(view.onHoldStart).not.toHaveBeenCalled();
  });

  it('without it, the same swipe stays a press that reveals (a full-screen story owns every touch)', () => {
    const view = renderInline({ scroll: 'none' });
    expect(view.root).not.toHaveAttribute('data-scroll');
    swipe(view, 300, 600, 0, -300);
    view.advance(400);
    expect(view.root).toHaveAttribute('data-revealing');
    expect(view.onHoldStart).toHaveBeenCalledTimes(1);
  });
});

describe('scroll="vertical" in a collection', () => {
  const story = (id: string): Story => ({
    id,
    title: `Story ${id}`,
    frames: [{ id: `${id}-1`, kind: 'card', duration: 5000, background: '#223', alt: id }],
  });

  it('a sideways swipe still moves to the next story; a vertical one does not', async () => {
    const onStoryChange = vi.fn();
    const { container } = render(
      <StoriesCollection
        stories={[story('a'), story('b')]}
        scroll="vertical"
        onStoryChange={onStoryChange}
        transition="slide"
      />,
    );
    const stage = () =>
      container.querySelector<HTMLElement>('[data-current] [data-hs-stage]') as HTMLElement;
    const state = () =>
      container.querySelector<HTMLElement>('[data-current] [data-hs-root]')?.dataset.state;
    const pointer = (type: 'pointerDown' | 'pointerMove' | 'pointerUp', x: number, y: number) =>
      act(() => {
        fireEvent[type](stage(), { pointerId: 1, clientX: x, clientY: y, buttons: 1 });
        vi.advanceTimersByTime(16);
      });
    const settle = () => act(() => vi.advanceTimersByTimeAsync(600));

    pointer('pointerDown', 300, 600);
    for (const y of [560, 500, 420, 300]) pointer('pointerMove', 300, y);
    expect(state()).toBe('playing');
    pointer('pointerUp', 300, 300);
    await settle();
    expect(onStoryChange).not.toHaveBeenCalled();
    expect(screen.getByRole('region')).toHaveAttribute('aria-label', 'Story a');

    pointer('pointerDown', 300, 400);
    for (const x of [260, 200, 120, 40]) pointer('pointerMove', x, 400);
    pointer('pointerUp', 40, 400);
    await settle();
    expect(onStoryChange.mock.calls.map(([event]) => [event.to, event.cause])).toEqual([
      [1, 'swipe'],
    ]);
    expect(screen.getByRole('region')).toHaveAttribute('aria-label', 'Story b');
  });
});
