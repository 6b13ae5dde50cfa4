import { createManualClock, createPlayer } from 'react-hold-stories/engine';
import { describe, expect, it } from 'vitest';

/** Black and white cuts of 100 ms: 5 flashes a second at 1×, 30 at 6×. */
const strobe = Array.from({ length: 20 }, (_, index) => ({
  id: `f${index}`,
  duration: 100,
  luminance: index % 2,
}));

describe('the flashGuard option', () => {
  it('falls back to the safe default, "slow", on a value it does not know, and says so', () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string) => void warnings.push(message), error() {} };
    const player = createPlayer({
      frames: strobe,
      playbackRate: 6,
      clock: createManualClock(),
      flashGuard: 'slowed' as never,
      logger,
    });
    // Slowed: the frames between the cuts play slower than ×6.
    player.goTo(5);
    expect(player.getState().frameRate).toBeLessThan(6);
    expect(warnings[0]).toBe(
      'react-hold-stories: flashGuard: expected "slow", "warn" or "off", got "slowed"; using "slow"',
    );
  });
});
