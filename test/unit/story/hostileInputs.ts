/**
 * Stories as an attacker (or a careless CMS) would write them, for hostile.test.ts: each row is
 * one bad input and the exact first issue every check reports for it.
 */

/** `both`: JavaScript and JSON stories report it; `json`: only JSON (unknown keys, props). */
export type Mode = 'both' | 'json';
export type Row = [what: string, input: unknown, issue: string, mode: Mode];

export const card = (overrides: Record<string, unknown> = {}) => ({
  id: 'bus',
  kind: 'card',
  duration: 3000,
  background: '#223',
  alt: 'A crowded school bus.',
  ...overrides,
});
export const image = (overrides: Record<string, unknown> = {}) => ({
  id: 'hall',
  kind: 'image',
  duration: 2000,
  alt: 'A school corridor.',
  src: '/hall.jpg',
  ...overrides,
});
export const video = (overrides: Record<string, unknown> = {}) => ({
  id: 'yard',
  kind: 'video',
  duration: 4000,
  alt: 'The school yard at break.',
  src: '/yard.mp4',
  ...overrides,
});
/** A JSON render frame naming the `bus` component. */
export const render = (overrides: Record<string, unknown> = {}) => ({
  id: 'chat',
  kind: 'render',
  duration: 3000,
  alt: 'A chat on a phone.',
  component: 'bus',
  ...overrides,
});
export const story = (overrides: Record<string, unknown> = {}, frames: unknown[] = [card()]) => ({
  id: 'monday',
  title: 'Monday',
  frames,
  ...overrides,
});
export const onFrame = (frame: unknown) => story({}, [frame]);
export const message = (fields: Record<string, unknown>) =>
  onFrame(card({ reveal: [{ text: 'Hi', ...fields }] }));

/**
 * `object` as JSON.parse makes it with one more key first: `__proto__` becomes an own key, as
 * in a JSON file, instead of the prototype an object literal would set.
 */
export function withKey(object: object, key: string, value: unknown): Record<string, unknown> {
  const text = JSON.stringify(object);
  return JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)},${text.slice(1)}`);
}

/** `depth` objects nested in one another: `{ a: { a: … } }`. */
export function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 1; level < depth; level++) value = { a: value };
  return value;
}

export const a = (length: number) => 'a'.repeat(length);
export const ZWSP = '\u200b';
