import { describe, expect, it } from 'vitest';
import { describeValue, expectedGot, formatIssue, keyPath } from '../../../src/story/issues';

describe('issues are worded one way everywhere', () => {
  it.each([
    [-200, '-200'],
    ['abc', '"abc"'],
    ['', '""'],
    [Number.NaN, 'NaN'],
    [undefined, 'undefined'],
    [null, 'null'],
    [true, 'true'],
    [[1], 'an array'],
    [{ a: 1 }, 'an object'],
  ])('describes %o as %s', (value, words) => {
    expect(describeValue(value)).toBe(words);
  });

  it('writes `path: expected …, got …`', () => {
    const issue = { path: 'frames[3].duration', message: expectedGot('a positive number', -2) };
    expect(formatIssue(issue)).toBe('frames[3].duration: expected a positive number, got -2');
  });

  it('writes paths as JavaScript would', () => {
    expect(keyPath('', 'alt')).toBe('alt');
    expect(keyPath('frames[0]', 'alt')).toBe('frames[0].alt');
    expect(keyPath('frames[0]', 'font size')).toBe('frames[0]["font size"]');
    expect(keyPath('', '0')).toBe('["0"]');
  });
});

describe('a value is quoted, never echoed whole', () => {
  const a = (length: number) => 'a'.repeat(length);

  it('quotes at most 80 characters of a string, then says how long it is', () => {
    expect(describeValue(a(80))).toBe(`"${a(80)}"`);
    expect(describeValue(a(81))).toBe(`"${a(80)}…" (81 characters)`);
    expect(describeValue(a(10_000_000))).toBe(`"${a(80)}…" (10,000,000 characters)`);
  });

  it('cuts other values the same way', () => {
    expect(describeValue(Symbol(a(100)))).toBe(`Symbol(${a(73)}… (108 characters)`);
    expect(describeValue(10n ** 100n)).toBe(`1${'0'.repeat(79)}… (101 characters)`);
  });

  it('shows invisible characters as escapes, so a message cannot hide or reorder them', () => {
    expect(describeValue('\u200b\u202e\u00a0 \u2028\u007f\t')).toBe(
      '"\\u200b\\u202e\\u00a0 \\u2028\\u007f\\t"',
    );
    expect(describeValue('\u{e0041}')).toBe('"\\u{e0041}"');
    // A cut between the halves of a pair leaves a lone half, escaped.
    expect(describeValue(`${a(79)}😀`)).toBe(`"${a(79)}\\ud83d…" (81 characters)`);
  });

  it('never describes what is inside an object or an array', () => {
    expect(describeValue({ toString: () => 'x'.repeat(1e6) })).toBe('an object');
    expect(describeValue(new Array(1e9))).toBe('an array');
  });

  it('quotes a long key in a path the same way', () => {
    expect(keyPath('frames[0]', a(81))).toBe(`frames[0]["${a(80)}…" (81 characters)]`);
    expect(keyPath('frames[0]', a(80))).toBe(`frames[0].${a(80)}`);
  });
});
