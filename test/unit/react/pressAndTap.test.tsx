import { describe, expect, it, vi } from 'vitest';
import { renderStories } from './harness';

const fill = (root: HTMLElement) =>
  (root.querySelector('[data-hs-segment][data-state="active"] .hs-segment-fill') as HTMLElement)
    .style.transform;

describe('press, tap and hold', () => {
  it('plays on its own, from frame to frame', () => {
    const view = renderStories();
    expect(view.frameLabel()).toBe('Frame 1 of 3');
    view.advance(1100);
    expect(view.frameLabel()).toBe('Frame 2 of 3');
  });

  it('goes to the next frame on a tap in the right 75 %', () => {
    const view = renderStories();
    view.press(150);
    view.advance(100);
    view.lift(150);
    expect(view.frameLabel()).toBe('Frame 2 of 3');
    expect(view.status()).toBe('playing');
  });

  it('goes back on a tap in the left 25 %', () => {
    const view = renderStories({ defaultFrameIndex: 2 });
    view.press(99);
    view.lift(99);
    expect(view.frameLabel()).toBe('Frame 2 of 3');
  });

  it('mirrors the zones in right-to-left', () => {
    const view = renderStories({ dir: 'rtl', defaultFrameIndex: 1 });
    view.press(350);
    view.lift(350);
    expect(view.frameLabel()).toBe('Frame 1 of 3');
    view.press(50);
    view.lift(50);
    expect(view.frameLabel()).toBe('Frame 2 of 3');
  });

  it('freezes on the press itself, before it is known to be a hold', () => {
    const view = renderStories();
    view.advance(400);
    view.press();
    expect(view.status()).toBe('held');
    const frozen = fill(view.root);
    view.advance(250);
    expect(fill(view.root)).toBe(frozen);
    expect(view.messages()).toEqual([]);
  });

  it('treats 299 ms as a tap: navigates, reveals nothing', () => {
    const onReveal = vi.fn();
    const view = renderStories({ onReveal });
    view.press();
    view.advance(299);
    view.lift();
    expect(view.frameLabel()).toBe('Frame 2 of 3');
    expect(onReveal).not.toHaveBeenCalled();
  });

  it('treats 301 ms as a hold: reveals the messages, hides the chrome, and never navigates', async () => {
    const onReveal = vi.fn();
    const view = renderStories({ onReveal });
    view.press();
    view.advance(301);
    expect(view.messages()).toEqual(['Nobody sits next to me.', 'Again.']);
    expect(view.root).toHaveAttribute('data-revealing');
    expect(view.root.querySelector('[data-hs-chrome]')).toHaveAttribute('aria-hidden', 'true');
    expect(onReveal).toHaveBeenCalledTimes(2);
    expect(onReveal.mock.calls[0]?.[0]).toMatchObject({
      frameId: 'bus',
      messageIndex: 0,
      message: { text: 'Nobody sits next to me.' },
    });
    view.advance(5000);
    view.lift();
    expect(view.frameLabel()).toBe('Frame 1 of 3');
    expect(view.status()).toBe('playing');
    expect(view.root).not.toHaveAttribute('data-revealing');
    await view.settle(); // the messages' exit animation
    expect(view.messages()).toEqual([]);
  });

  it('resumes from the frozen position after a hold', () => {
    const view = renderStories();
    view.advance(500);
    view.press();
    view.advance(4000);
    view.lift();
    view.advance(450);
    expect(view.frameLabel()).toBe('Frame 1 of 3');
    view.advance(100);
    expect(view.frameLabel()).toBe('Frame 2 of 3');
  });

  it('fires onReveal once per message per view, however often the frame is held', () => {
    const onReveal = vi.fn();
    const view = renderStories({ onReveal });
    for (let i = 0; i < 3; i++) {
      view.press();
      view.advance(400);
      view.lift();
    }
    expect(onReveal).toHaveBeenCalledTimes(2);
  });

  it('reports a hold, with the time held, and never a tap as a hold', () => {
    const onHoldStart = vi.fn();
    const onHoldEnd = vi.fn();
    const view = renderStories({ onHoldStart, onHoldEnd });
    view.press();
    view.advance(100);
    view.lift();
    expect(onHoldStart).not.toHaveBeenCalled();
    expect(onHoldEnd).not.toHaveBeenCalled();
    view.press();
    view.advance(700);
    view.lift();
    expect(onHoldStart).toHaveBeenCalledTimes(1);
    expect(onHoldEnd).toHaveBeenCalledTimes(1);
    expect(onHoldEnd).toHaveBeenCalledWith(expect.objectContaining({ heldMs: 700 }));
  });

  it('blocks the context menu on the stage', () => {
    const view = renderStories();
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    view.stage.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
