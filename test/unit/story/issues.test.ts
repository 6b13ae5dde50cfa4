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
