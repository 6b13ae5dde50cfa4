import { useEffect, useLayoutEffect, useRef } from 'react';

// useLayoutEffect warns during server rendering in React 18; both run only in the browser.
export const useBrowserLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** A ref that always holds the latest value: handlers read props without re-subscribing. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useBrowserLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
