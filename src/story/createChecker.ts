import { isRecord, isText } from './fields';
import { expectedGot, keyPath, moreIssues, type StoryIssue, UNKNOWN_KEY } from './issues';
import { LIMITS } from './limits';

/**
 * How one field is checked: its test, what it expects (the words of `expected …, got …`),
 * whether it may be absent (`undefined`), and a check of its insides once the test passed (a
 * list's items). Tables of rules keyed by field name drive every check, in the table's order.
 */
export type Rule<T = unknown> = readonly [
  test: (value: unknown) => boolean,
  expected: string,
  optional?: boolean,
  inside?: (value: never, at: string, checker: Checker<T>) => void,
];

/** The rules of an object's fields, by name; in JSON, a key without a rule is an issue. */
export type Rules<T = unknown> = Readonly<Record<string, Rule<T>>>;

export const REQUIRED = false;
export const OPTIONAL = true;

/** Collects issues while rules walk an input. */
export interface Checker<T> {
  /**
   * Every issue found, in the order of the rules and then of the input's items; past 100, the
   * first 99 and, at the input, how many more (`… and 3,412 more issues`).
   */
  readonly issues: StoryIssue[];
  /** What the rules' inside checks need from the caller (the story check: frame rules by kind). */
  readonly context: T;
  /** Reports a whole message at `at` (`unknown key`, an empty list). */
  add(at: string, message: string): void;
  /** Reports `expected …, got …` at `at`. */
  fail(at: string, expected: string, value: unknown): void;
  /** One value by its rule; an optional one may be `undefined`. */
  check(value: unknown, rule: Rule<T>, at: string): void;
  /** A plain object (else `expected`), each field by its rule, then in JSON its unknown keys. */
  object(value: unknown, rules: Rules<T>, at: string, expected: string): void;
  /**
   * Each item of a list by `item`; `empty` is the message for an empty list, and `unique` what
   * an item whose text `id` an earlier item has is reported as (after every item's own issues).
   */
  items(
    list: readonly unknown[],
    at: string,
    item: (value: unknown, at: string, checker: Checker<T>) => void,
    empty?: string,
    unique?: string,
  ): void;
}

/**
 * A checker for one input. Never throws on data (getters aside), and reads each value of the
 * input a fixed number of times: linear in the input's size.
 * @param root the input's path, or its name when the path is `''` (`story`): the path of an
 *   issue at `''`, and of the count of issues past the cap.
 * @param json whether keys without a rule are issues (`frames[0].colour: unknown key`).
 */
export function createChecker<T>(root: string, json: boolean, context: T): Checker<T> {
  const issues: StoryIssue[] = [];
  let count = 0;
  const checker: Checker<T> = {
    get issues() {
      if (count <= LIMITS.issues) return issues;
      const more = { path: root, message: moreIssues(count - LIMITS.issues + 1) };
      return [...issues.slice(0, LIMITS.issues - 1), more];
    },
    context,
    add(at, message) {
      if (++count <= LIMITS.issues) issues.push({ path: at || root, message });
    },
    fail: (at, expected, value) => checker.add(at, expectedGot(expected, value)),
    check(value, [test, expected, optional, inside], at) {
      if (value === undefined && optional) return;
      if (!test(value)) checker.fail(at, expected, value);
      else inside?.(value as never, at, checker);
    },
    object(value, rules, at, expected) {
      if (!isRecord(value)) return checker.fail(at, expected, value);
      for (const key of Object.keys(rules)) {
        checker.check(value[key], rules[key] as Rule<T>, keyPath(at, key));
      }
      if (!json) return;
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(rules, key)) checker.add(keyPath(at, key), UNKNOWN_KEY);
      }
    },
    items(list, at, item, empty, unique) {
      // By index, not forEach: a hole in an array is checked as the `undefined` it reads as.
      for (let index = 0; index < list.length; index++) {
        item(list[index], `${at}[${index}]`, checker);
      }
      if (empty && list.length === 0) checker.add(at, empty);
      if (!unique) return;
      const seen = new Set<string>();
      list.forEach((value, index) => {
        const id = isRecord(value) && value.id;
        if (!isText(id)) return;
        if (seen.has(id)) checker.fail(`${at}[${index}].id`, unique, id);
        seen.add(id);
      });
    },
  };
  return checker;
}
