import type { Player } from '../../engine';

/** How long (ms) a press must last to become a hold that reveals the messages. */
export const DEFAULT_HOLD_DELAY = 300;

export interface Press {
  readonly active: boolean;
  /** True once the press has lasted `holdDelay` and the messages show. */
  readonly revealed: boolean;
  /** A finger or Space went down: freeze the frame at once, reveal after `holdDelay`. */
  start(): void;
  /** It came up: the frame runs again. Says whether it was a short press or a hold. */
  end(): 'tap' | 'hold' | null;
  /** A short Space press: keep the frame frozen and show its messages until the next press. */
  latch(): void;
  /** Ended by something else (cancel, a second finger, blur): restore, never navigate. */
  cancel(): void;
  /** The press became a drag: it stays frozen while the finger moves, but never reveals. */
  toDrag(): void;
}

/**
 * One press at a time, from any input. The freeze happens on the press itself; only the reveal
 * waits, so the frame stops on the display frame of the touch whatever the press turns out to be.
 */
export function createPress(player: Player, holdDelay: () => number): Press {
  let active = false;
  let revealed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const stop = () => {
    stopTimer();
    active = false;
  };

  return {
    get active() {
      return active;
    },
    get revealed() {
      return revealed;
    },
    start() {
      if (active) return;
      active = true;
      revealed = false;
      player.hold();
      timer = setTimeout(() => {
        revealed = true;
        player.reveal();
      }, holdDelay());
    },
    end() {
      if (!active) return null;
      stop();
      player.release();
      return revealed ? 'hold' : 'tap';
    },
    latch() {
      if (!active) return;
      stop();
      player.reveal();
    },
    cancel() {
      if (!active) return;
      stop();
      player.release();
    },
    toDrag: stopTimer,
  };
}
