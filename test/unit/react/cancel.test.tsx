import { act, fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderStories } from './harness';

/** After any cancel: the state from before the press, the same frame, nothing revealed. */
function expectCleanCancel(view: ReturnType<typeof renderStories>) {
  expect(view.status()).toBe('playing');
  expect(view.frameLabel()).toBe('Frame 1 of 3');
  expect(view.root).not.toHaveAttribute('data-revealing');
}

describe('a press ended by something else', () => {
  it('ends cleanly on pointercancel, even after the messages showed', () => {
    const view = renderStories();
    view.press();
    view.advance(400);
    view.cancelPointer();
    expectCleanCancel(view);
  });

  it('ends cleanly on a quick pointercancel, without navigating', () => {
    const view = renderStories();
    view.press();
    view.advance(50);
    view.cancelPointer();
    expectCleanCancel(view);
  });

  it('ends cleanly when a second finger comes down', () => {
    const view = renderStories();
    view.press(300, 400, 1);
    view.press(100, 400, 2);
    expectCleanCancel(view);
    view.lift(300, 400, 1);
    expectCleanCancel(view);
  });

  it('ends cleanly when the finger leaves the stage', () => {
    const view = renderStories();
    view.press(300, 400);
    view.advance(100);
    view.move(300, 900);
    expectCleanCancel(view);
    view.lift(300, 900);
    expectCleanCancel(view);
  });

  it('ends cleanly when the window loses focus', () => {
    const view = renderStories();
    view.press();
    view.advance(400);
    act(() => void fireEvent.blur(window));
    expectCleanCancel(view);
    view.lift();
    expectCleanCancel(view);
  });

  it('ends cleanly when the page is hidden, and pauses until it shows again', () => {
    const view = renderStories();
    view.press();
    view.advance(400);
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(view.status()).toBe('paused');
    expect(view.root).not.toHaveAttribute('data-revealing');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    view.lift();
    expectCleanCancel(view);
    if (visibility) Object.defineProperty(document, 'visibilityState', visibility);
  });

  it('does not navigate after a drag that moved too far to be a tap', () => {
    const view = renderStories();
    view.press(300, 400);
    view.move(340, 400);
    view.lift(340, 400);
    expectCleanCancel(view);
  });

  it('ignores a secondary mouse button', () => {
    const view = renderStories();
    act(
      () =>
        void fireEvent.pointerDown(view.stage, {
          pointerId: 1,
          buttons: 2,
          clientX: 300,
          clientY: 400,
        }),
    );
    expect(view.status()).toBe('playing');
  });
});
