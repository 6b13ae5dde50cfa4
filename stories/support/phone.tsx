import type { Decorator } from '@storybook/react-vite';
import './phone.css';

/** The box every story renders in: a 390 × 693 phone screen (9:16). */
export const PHONE = { width: 390, height: 693 } as const;

/**
 * Puts the story in a phone-sized box on a dark page. Opt out with `parameters: { phone: false }`.
 */
export const withPhone: Decorator = (Story, { parameters }) =>
  parameters.phone === false ? (
    <Story />
  ) : (
    <div className="sb-phone-page">
      <div className="sb-phone">
        <Story />
      </div>
    </div>
  );
