import type { Checker } from '../story/createChecker';
import { grouped, keyPath } from '../story/issues';
import { LIMITS } from '../story/limits';

/**
 * Keys that reach a prototype when a component copies or merges its props (`__proto__` is an own
 * key in what JSON.parse makes): refused at any depth.
 */
const RESERVED: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const RESERVED_KEY = 'reserved key';

const TOO_BIG = `expected at most ${grouped(LIMITS.props)} values, ${LIMITS.propsDepth} levels deep, got more`;

/**
 * A JSON render frame's props, which go to an app's component: at most 1,000 values in all and
 * 20 levels deep (`frames[0].props: expected at most 1,000 values, 20 levels deep, got more`), and
 * no reserved key (`frames[0].props.user.__proto__: reserved key`). Walked with a stack, not
 * recursion, and stopped at the first value past a limit: a deep object costs nothing.
 */
export function checkProps(props: object, at: string, checker: Checker<unknown>) {
  const stack: [key: string, value: unknown, at: string, depth: number][] = [['', props, at, 1]];
  let values = 0;
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [key, value, where, depth] = next;
    if (RESERVED.includes(key)) checker.add(where, RESERVED_KEY);
    if (typeof value !== 'object' || value === null) continue;
    const list = Array.isArray(value);
    // A list counts by its length, and a long one is not read: a sparse one costs as much.
    const keys = list && value.length > LIMITS.props ? [] : Object.keys(value);
    values += list ? value.length : keys.length;
    if (depth > LIMITS.propsDepth || values > LIMITS.props) return checker.add(at, TOO_BIG);
    // Pushed last first: values are visited, and reported, in the order they are written.
    for (let index = keys.length - 1; index >= 0; index--) {
      const child = keys[index] as string;
      const path = list ? `${where}[${child}]` : keyPath(where, child);
      stack.push([child, (value as Record<string, unknown>)[child], path, depth + 1]);
    }
  }
}
