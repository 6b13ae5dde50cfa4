import { useEffect } from 'react';
import type { StoryOptions } from '../types';
import { prefersReducedMotion } from '../util/reducedMotion';
import { useControllableState } from './useControllableState';

/**
 * Reading mode, a way around the fast-forward's time limit (WCAG 2.2.1 / 2.2.2): the trio of
 * props, and for an uncontrolled story without a default, on for viewers who ask the system for
 * less motion — read after mount, as there is no media query on the server.
 */
export function useReadingMode(
  options: Pick<StoryOptions, 'readingMode' | 'defaultReadingMode' | 'onReadingModeChange'>,
): [boolean, (on: boolean) => void] {
  const state = useControllableState(
    'readingMode',
    options.readingMode,
    options.defaultReadingMode ?? false,
    options.onReadingModeChange,
  );
  const asked = options.readingMode !== undefined || options.defaultReadingMode !== undefined;
  const setReading = state[1];
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at mount
  useEffect(() => {
    if (!asked && prefersReducedMotion()) setReading(true);
  }, []);
  return state;
}
