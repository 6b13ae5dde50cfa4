import { useCallback, useState } from 'react';
import { useLatest } from './useLatest';

/**
 * One piece of state a parent may own (Radix's pattern): with `value` defined the component is
 * controlled and only asks through `onChange`; otherwise it keeps its own, starting at
 * `defaultValue`, and still reports changes.
 */
export function useControllableState<T>(options: {
  value: T | undefined;
  defaultValue: T;
  onChange?: (value: T) => void;
}): [T, (next: T) => void] {
  const [own, setOwn] = useState(options.defaultValue);
  const controlled = options.value !== undefined;
  const current = controlled ? (options.value as T) : own;
  const latest = useLatest({ current, controlled, onChange: options.onChange });
  const set = useCallback(
    (next: T) => {
      const { current: now, controlled: isControlled, onChange } = latest.current;
      if (Object.is(next, now)) return;
      if (!isControlled) setOwn(next);
      onChange?.(next);
    },
    [latest],
  );
  return [current, set];
}
