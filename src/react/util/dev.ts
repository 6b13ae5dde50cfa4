const said = new Set<string>();

/**
 * A development message about a bad prop or story, said once per distinct message (a prop
 * re-rendered with the same bad value does not flood the console). Silent in production builds:
 * bundlers replace `process.env.NODE_ENV` (read only when something is wrong, never at import).
 */
export function warnOnce(message: string, level: 'warn' | 'error' = 'warn'): void {
  if (process.env.NODE_ENV === 'production' || said.has(message)) return;
  said.add(message);
  console[level](`react-hold-stories: ${message}`);
}
