import { useCallback, useEffect, useRef, useState } from 'react';
import { warnOnce } from '../util/dev';
import { useLatest } from '../util/useLatest';

/**
 * One piece of state a parent may own (Radix's pattern): with `prop` defined the component is
 * controlled and only asks through `onChange`, waiting for the prop; otherwise it keeps its own,
 * starting at `defaultProp`, and still reports changes. A prop that switches between the two is
 * a mistake, said in development (`name` names it).
 */
export function useControllableState<T>(
  name: string,
  prop: T | undefined,
  defaultProp: T,
  onChange?: (value: T) => void,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : own;
  const latest = useLatest({ value, controlled, onChange });
  const wasControlled = useRef(controlled);
  useEffect(() => {
    if (process.env.NODE_ENV === 'production' || wasControlled.current === controlled) return;
    const [from, to] = controlled ? ['uncontrolled', 'controlled'] : ['controlled', 'uncontrolled'];
    warnOnce(`${name} switched from ${from} to ${to}: give it a value always, or never`);
    wasControlled.current = controlled;
  }, [name, controlled]);
  const set = useCallback(
    (next: T) => {
      const { value: now, controlled: isControlled, onChange: report } = latest.current;
      if (Object.is(next, now)) return;
      if (!isControlled) setOwn(next);
      report?.(next);
    },
    [latest],
  );
  return [value, set];
}
