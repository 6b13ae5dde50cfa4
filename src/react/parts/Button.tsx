import type { ReactNode } from 'react';

/**
 * A control: a real button. Round, named by its label (`aria-label`, and `title` for a pointer)
 * with its icon hidden from assistive technology; or, `worded`, an option that shows its icon
 * and its label in words (the label names it).
 */
export function Button(props: {
  name: string;
  label: string;
  pressed?: boolean;
  describedBy?: string;
  worded?: boolean;
  onClick(): void;
  children: ReactNode;
}) {
  const { worded, label } = props;
  return (
    <button
      type="button"
      className={worded ? 'hs-option' : 'hs-button'}
      data-hs-control={props.name}
      aria-label={worded ? undefined : label}
      aria-pressed={props.pressed}
      aria-describedby={props.describedBy}
      title={worded ? undefined : label}
      onClick={props.onClick}
    >
      {props.children}
      {worded && <span>{label}</span>}
    </button>
  );
}
