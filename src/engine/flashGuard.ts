import { describeValue } from '../story/issues';
import { devWarning } from './logger';
import type { FlashGuard, Logger } from './types';

const GUARDS: readonly unknown[] = ['slow', 'warn', 'off'];

/**
 * The flash guard asked for; a value it does not know (a typo, `'slowed'`) keeps the safe
 * default, `'slow'`, with a development warning naming what it got: a typo must never turn the
 * protection off.
 */
export function checkFlashGuard(guard: FlashGuard | undefined, logger: Logger): FlashGuard {
  if (guard === undefined || GUARDS.includes(guard)) return guard ?? 'slow';
  devWarning(
    logger,
    `flashGuard: expected "slow", "warn" or "off", got ${describeValue(guard)}; using "slow"`,
  );
  return 'slow';
}
