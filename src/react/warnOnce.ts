const warned = new Set<string>();

/**
 * A development warning for a bad prop, said once per distinct message: a prop re-rendered with
 * the same bad value does not flood the console.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`react-hold-stories: ${message}`);
}
