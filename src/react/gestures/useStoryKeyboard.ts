import { type KeyboardEvent, useRef } from 'react';
import type { ChangeCause, Player } from '../../engine';
import { useCollection } from '../collectionContext';
import type { Press } from './createPress';
import { isInteractive } from './interactive';

/**
 * Keyboard parity with touch: Space held is a hold; a quick Space press latches the frame
 * frozen with its messages shown until the next press (no timing needed). ← / → step through
 * the frames, Shift+← / Shift+→ through the stories of a collection (mirrored in RTL); Esc
 * closes.
 */
export function useStoryKeyboard(
  press: Press,
  player: Player,
  step: (forward: boolean, cause: ChangeCause) => void,
  dir: 'ltr' | 'rtl',
  onClose: (() => void) | undefined,
) {
  const collection = useCollection();
  const unlatchOnKeyUp = useRef(false);
  const latched = () => !press.active && player.getState().status === 'held';

  const stepKey = (forward: boolean) => {
    const keepReading = latched() || (press.active && press.revealed);
    step(forward, 'key');
    // Stepping while reading (latched, or Space held past the delay) reads the next frame too.
    if (keepReading) player.reveal();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys inside the transcript (Esc closes it, arrows scroll it) or the open options (which
    // hold the story still until they close) are not the story's.
    if (event.target instanceof Element && event.target.closest('dialog, [data-open]')) return;
    const { key } = event;
    if (key === ' ') {
      // Space on a button is the button's.
      if (isInteractive(event.target, event.currentTarget)) return;
      event.preventDefault();
      if (event.repeat) return;
      if (latched()) unlatchOnKeyUp.current = true;
      else press.start();
    } else if (key === 'ArrowLeft' || key === 'ArrowRight') {
      event.preventDefault();
      const forward = (key === 'ArrowRight') === (dir === 'ltr');
      if (event.shiftKey) collection?.stepStory(forward ? 1 : -1, 'key');
      else stepKey(forward);
    } else if (key === 'Tab' && latched()) {
      // Tabbing away ends the latch, so the controls come back and take the focus.
      player.release();
    } else if (key === 'Escape' && onClose) {
      event.preventDefault();
      onClose();
    }
  };

  const onKeyUp = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== ' ') return;
    if (unlatchOnKeyUp.current) {
      unlatchOnKeyUp.current = false;
      player.release();
    } else if (press.active) {
      if (press.revealed) press.end();
      else press.latch();
    }
  };

  return { onKeyDown, onKeyUp };
}
