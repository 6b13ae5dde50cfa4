import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';
const query = () => (typeof window === 'undefined' ? undefined : window.matchMedia?.(QUERY));

/** Whether the viewer asks the system for less motion, now (false on servers). */
export const prefersReducedMotion = (): boolean => !!query()?.matches;

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener?.('change', onChange);
  return () => list?.removeEventListener?.('change', onChange);
}

/** The same, following changes live (false on the server and while hydrating). */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
