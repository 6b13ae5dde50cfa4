import { type KeyboardEvent, useRef } from 'react';
import type { PlayerHandle } from './createPlayerHandle';
import type { Press } from './createPress';
import { useSwipeContext } from './swipe/SwipeContext';

/**
 * Keyboard parity with touch: Space held is a hold; a quick Space press latches the frame
 * frozen with its messages shown until the next press (no timing needed). ← / → step through
 * the frames, Shift+← / Shift+→ through the stories of a collection (mirrored in RTL); Esc
 * closes.
 */
export function useStoryKeyboard(
  press: Press,
  handle: PlayerHandle,
  dir: 'ltr' | 'rtl',
  onClose: (() => void) | undefined,
) {
  const swipe = useSwipeContext();
  const unlatchOnKeyUp = useRef(false);
  const latched = () => !press.active && handle.getState().status === 'held';

  const step = (forward: boolean) => {
    const keepReading = latched() || (press.active && press.revealed);
    if (forward) handle.next('key');
    else handle.prev('key');
    // Stepping while reading (latched, or Space held past the delay) reads the next frame too.
    if (keepReading) handle.reveal();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys inside the transcript (Esc closes it, arrows scroll it) are not the story's.
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    if (event.key === ' ') {
      // Space on a button is the button's.
      if (isInteractive(event.target, event.currentTarget)) return;
      event.preventDefault();
      if (event.repeat) return;
      if (latched()) unlatchOnKeyUp.current = true;
      else press.start();
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const forward = (event.key === 'ArrowRight') === (dir === 'ltr');
      if (event.shiftKey) swipe?.stepStory?.(forward ? 1 : -1, 'key');
      else step(forward);
    } else if (event.key === 'Tab' && latched()) {
      // Tabbing away ends the latch, so the controls come back and take the focus.
      handle.release();
    } else if (event.key === 'Escape' && onClose) {
      event.preventDefault();
      onClose();
    }
  };

  const onKeyUp = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== ' ') return;
    if (unlatchOnKeyUp.current) {
      unlatchOnKeyUp.current = false;
      handle.release();
    } else if (press.active) {
      if (press.revealed) press.end();
      else press.latch();
    }
  };

  return { onKeyDown, onKeyUp };
}

function isInteractive(target: EventTarget, root: EventTarget): boolean {
  if (target === root || !(target instanceof Element)) return false;
  return (
    target.closest('button, a[href], input, select, textarea, [contenteditable="true"]') !== null
  );
}
