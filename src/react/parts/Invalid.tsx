import type { ReactNode } from 'react';
import { formatIssue, type StoryIssue } from '../../story/issues';
import type { StoryOptions } from '../types';

/**
 * What shows in place of stories that cannot play: the `fallback` prop; else, in development,
 * the first problem as an alert for the developer, and in production nothing a visitor would
 * have to read.
 */
export function Invalid(props: {
  issues: readonly StoryIssue[];
  fallback: StoryOptions['fallback'];
  className?: string;
  dir?: 'ltr' | 'rtl';
  /** The element it replaces: a story's `section`, or a collection's `div`. */
  as?: 'section' | 'div';
}): ReactNode {
  const { issues, fallback, as: Element = 'section' } = props;
  const [first] = issues;
  let content: ReactNode = null;
  if (typeof fallback === 'function') content = fallback(issues);
  else if (fallback !== undefined) content = fallback;
  else if (process.env.NODE_ENV !== 'production' && first) {
    content = <p role="alert">{formatIssue(first)}</p>;
  }
  return (
    <Element
      className={props.className}
      dir={props.dir}
      data-hs-root={Element === 'section' ? '' : undefined}
      data-hs-error
    >
      {content}
    </Element>
  );
}
