import type { Decorator } from '@storybook/react-vite';
import './phone.css';

/** The box every story renders in: a 390 × 693 phone screen (9:16). */
export const PHONE = { width: 390, height: 693 } as const;

/**
 * Puts the story in a phone-sized box on a dark page (a dark band on docs pages, where a story
 * is one block among others). Opt out with `parameters: { phone: false }`.
 */
export const withPhone: Decorator = (Story, { parameters, viewMode }) =>
  parameters.phone === false ? (
    <Story />
  ) : (
    <div className={viewMode === 'docs' ? 'sb-phone-page sb-phone-page-docs' : 'sb-phone-page'}>
      <div className="sb-phone">
        <Story />
      </div>
    </div>
  );
