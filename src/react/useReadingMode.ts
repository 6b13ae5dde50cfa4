import { useEffect, useRef } from 'react';
import type { PlayerHandle } from './createPlayerHandle';
import { useControllableState } from './useControllableState';

export interface ReadingModeOptions {
  /**
   * Controlled reading mode: no fast-forward (the story waits on each frame, the viewer steps),
   * and every frame's messages show without holding. Pair it with `onReadingModeChange`.
   */
  readingMode?: boolean;
  /** Uncontrolled start. Default: on when the viewer prefers reduced motion, else off. */
  defaultReadingMode?: boolean;
  /** Called when reading mode is switched (the chrome's toggle), asked first when controlled. */
  onReadingModeChange?: (readingMode: boolean) => void;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Reading-mode state as the options ask: controlled, or owned and started for reduced motion. */
export function useReadingModeState(options: ReadingModeOptions): [boolean, (on: boolean) => void] {
  const [reading, setReading] = useControllableState({
    value: options.readingMode,
    defaultValue: options.defaultReadingMode ?? false,
    onChange: options.onReadingModeChange,
  });
  useReducedMotionStart(options, setReading);
  return [reading, setReading];
}

/**
 * Read after mount (there is no media query on the server): an uncontrolled story without a
 * default starts in reading mode for viewers who ask the system for less motion.
 */
function useReducedMotionStart(options: ReadingModeOptions, setReading: (on: boolean) => void) {
  const asked = options.readingMode !== undefined || options.defaultReadingMode !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at mount
  useEffect(() => {
    if (!asked && window.matchMedia?.(REDUCED_MOTION).matches) setReading(true);
  }, []);
}

/**
 * Reading mode: a way around the fast-forward's time limit (WCAG 2.2.1 / 2.2.2). While on,
 * the story is paused on each frame with its messages shown; leaving it hides them and plays.
 */
export function useReadingMode(
  handle: PlayerHandle,
  frameIndex: number,
  options: ReadingModeOptions,
): [boolean, (on: boolean) => void] {
  const [reading, setReading] = useReadingModeState(options);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new frame is revealed in turn
  useEffect(() => {
    if (!reading) return;
    handle.pause();
    handle.reveal();
  }, [handle, reading, frameIndex]);

  const wasReading = useRef(reading);
  useEffect(() => {
    if (wasReading.current && !reading) {
      handle.conceal();
      handle.play();
    }
    wasReading.current = reading;
  }, [handle, reading]);

  return [reading, setReading];
}
