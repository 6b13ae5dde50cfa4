import type { Logger } from './types';

// Declared here rather than taken from @types/node: the engine compiles with the ES library only.
declare const process: { env: Record<string, string | undefined> };
type ConsoleLike = { warn(...args: unknown[]): void; error(...args: unknown[]): void };

/** The default logger: the host's console, looked up at call time so nothing runs at import. */
export const consoleLogger: Logger = {
  warn: (message) => hostConsole()?.warn(message),
  error: (message, error) => hostConsole()?.error(message, error),
};

function hostConsole(): ConsoleLike | undefined {
  return (globalThis as { console?: ConsoleLike }).console;
}

/**
 * Calls a listener and reports what it throws: an analytics handler must never stop the frame
 * loop or the listeners after it.
 */
export function callSafely(logger: Logger, what: string, call: () => void): void {
  try {
    call();
  } catch (error) {
    logger.error(`react-hold-stories: ${what} threw`, error);
  }
}

/** A logger that says each distinct warning once: for checks that run again on every relayout. */
export function warnOnceEach(logger: Logger): Logger {
  const said = new Set<string>();
  return {
    warn(message) {
      if (said.has(message)) return;
      said.add(message);
      logger.warn(message);
    },
    error: (message, error) => logger.error(message, error),
  };
}

/**
 * Logs `message` in development builds only; production stays silent. The check is written as
 * bundlers expect it (React's own): they replace `process.env.NODE_ENV`, and it is read only when
 * a warning is due, never at import (`process` does not exist in browsers).
 */
export function devWarning(logger: Logger, message: string): void {
  if (process.env.NODE_ENV !== 'production') logger.warn(`react-hold-stories: ${message}`);
}
