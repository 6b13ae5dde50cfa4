import { type Checker, OPTIONAL, REQUIRED, type Rules } from './createChecker';
import { isRecord, TEXT } from './fields';
import { grouped } from './issues';
import { LIMITS } from './limits';
import { BOOLEAN_RULE, backgroundRule, textRule } from './rules';

/** A choice's option. */
export const OPTION_RULES = {
  label: textRule(TEXT, LIMITS.label),
  correct: BOOLEAN_RULE,
  feedback: textRule(TEXT, LIMITS.text, OPTIONAL),
} satisfies Rules;

const OPTION_OBJECT = 'an option object ({ label, correct?, feedback? })';
/** A quiz has one right answer: a second `correct: true` is the rule this names. */
const ONE_RIGHT = 'at most one correct option (a quiz has one right answer)';

/**
 * 2 to 4 options (a count outside it is the list's only issue: no item is read), each checked,
 * then at most one of them `correct`: the second marked one is named.
 */
function checkOptions(list: unknown[], at: string, checker: Checker<unknown>) {
  const { minOptions, maxOptions } = LIMITS;
  if (list.length < minOptions || list.length > maxOptions) {
    return checker.add(
      at,
      `expected ${minOptions} to ${maxOptions} options, got ${grouped(list.length)}`,
    );
  }
  checker.items(list, at, (option, where) =>
    checker.object(option, OPTION_RULES, where, OPTION_OBJECT),
  );
  let right = 0;
  list.forEach((option, index) => {
    if (isRecord(option) && option.correct === true && ++right === 2) {
      checker.fail(`${at}[${index}].correct`, ONE_RIGHT, true);
    }
  });
}

/** A `choice` frame's own fields (the base fields come with every kind). */
export const CHOICE_RULES = {
  question: textRule(TEXT, LIMITS.text),
  options: [
    Array.isArray,
    `an array of ${LIMITS.minOptions} to ${LIMITS.maxOptions} options`,
    REQUIRED,
    checkOptions,
  ],
  background: backgroundRule(OPTIONAL),
} satisfies Rules;
