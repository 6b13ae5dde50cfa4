import { prefersReducedMotion } from '../util/reducedMotion';

/** How long a drag takes to finish its way home or away once the finger has let go. */
const SETTLE_MS = 280;

/** Quick out, no overshoot: the finger has just let go. (≈ cubic-bezier(0.22, 1, 0.36, 1)) */
const easeOut = (t: number) => 1 - (1 - t) ** 5;

/**
 * Animates a number from `from` to `to` on the display's frames, calling `apply` on each and
 * `done` at the end. Instant for viewers who prefer reduced motion, unless the motion is
 * `gentle` (a cross-fade, which moves nothing). Returns a stop function. A few lines of its own
 * rather than framer-motion's `animate`, which would add about 6.5 kB gzipped to every app.
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
  let frame = 0;
  let start: number | undefined;
  const step = (now: number) => {
    start ??= now;
    const t = Math.min((now - start) / SETTLE_MS, 1);
    apply(from + (to - from) * easeOut(t));
    if (t < 1) frame = requestAnimationFrame(step);
    else done();
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}
