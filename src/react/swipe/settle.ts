import { animate } from 'framer-motion';

/** A drag's way home or away: quick, without overshoot (the finger has just let go). */
const SETTLE = { type: 'tween', ease: [0.22, 1, 0.36, 1], duration: 0.28 } as const;

/**
 * Animates a number from `from` to `to`, calling `apply` on every display frame and `done` at the
 * end. Instant for viewers who prefer reduced motion, unless the motion is `gentle` (a
 * cross-fade, which moves nothing). Returns a stop function.
 */
export function settle(
  from: number,
  to: number,
  apply: (value: number) => void,
  done: () => void,
  gentle = false,
): () => void {
  if (from === to || (!gentle && prefersReducedMotion())) {
    apply(to);
    done();
    return () => {};
  }
  const controls = animate(from, to, { ...SETTLE, onUpdate: apply, onComplete: done });
  return () => controls.stop();
}

export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  );
}
