import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Time is the test's: timers, animation frames and performance.now move only with
// vi.advanceTimersByTime. Installed before framer-motion loads, because its frame loop keeps
// the requestAnimationFrame it finds at import.
vi.useFakeTimers({
  toFake: [
    'setTimeout',
    'clearTimeout',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'performance',
    'Date',
  ],
});
const { MotionGlobalConfig } = await import('framer-motion');
// Animations land at once: tests assert where things end, not how they move.
MotionGlobalConfig.skipAnimations = true;

// use-gesture captures the pointer on press; jsdom has no pointer capture.
if (typeof Element !== 'undefined' && !Element.prototype.setPointerCapture) {
  Element.prototype.setPointerCapture = () => {};
  Element.prototype.releasePointerCapture = () => {};
  Element.prototype.hasPointerCapture = () => false;
}

afterEach(() => {
  cleanup();
  vi.clearAllTimers();
});
