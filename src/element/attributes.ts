import type { FlashGuard } from '../engine';
import { isPlaybackRate } from '../story/fields';
import { describeValue } from '../story/issues';

/**
 * The attributes `<hold-stories>` reads; a change applies at once, but for `start`, read when the
 * stories load.
 */
export const ATTRIBUTES = [
  'src',
  'rate',
  'lang',
  'hold-delay',
  'loop',
  'reading-mode',
  'flash-guard',
  'start',
  'header',
  'closable',
  'scroll',
  'glimpse',
  'hold-prompt',
] as const;

/** What the attributes ask for, checked: a bad value is left out, with a warning naming it. */
export interface ElementOptions {
  src?: string;
  playbackRate?: number;
  labels: 'en' | 'fr';
  holdDelay?: number;
  loop: boolean;
  readingMode: boolean;
  flashGuard?: FlashGuard;
  start: number;
  header: boolean;
  closable: boolean;
  /** `scroll="vertical"`: inline in an article, a vertical pan scrolls the page. */
  scroll: 'none' | 'vertical';
  glimpse: boolean;
  holdPrompt: boolean;
}

const FLASH_GUARDS: readonly string[] = ['slow', 'warn', 'off'];

/**
 * Reads the element's attributes. A value it cannot use (`rate="fast"`) is a console warning —
 * in every build, as a page without a bundler has no development mode, once per value (`warned`
 * remembers them) — and the default applies.
 */
export function readAttributes(
  element: Element,
  tag: string,
  warned: Set<string> = new Set(),
): ElementOptions {
  const get = (name: string) => element.getAttribute(name);
  const has = (name: string) => element.hasAttribute(name);
  // Once per value: the element reads its attributes again on every change.
  const warn = (name: string, expected: string, fallback: string) => {
    const value = describeValue(get(name));
    if (warned.has(`${name}=${value}`)) return;
    warned.add(`${name}=${value}`);
    console.warn(`<${tag} ${name}>: expected ${expected}, got ${value}; ${fallback}`);
  };
  const number = (
    name: string,
    ok: (value: number) => boolean,
    expected: string,
    fallback: string,
  ) => {
    const text = get(name);
    if (text === null) return undefined;
    const value = text.trim() === '' ? Number.NaN : Number(text);
    if (ok(value)) return value;
    warn(name, expected, fallback);
    return undefined;
  };

  const lang = (get('lang') ?? 'en').toLowerCase();
  const labels = lang === 'fr' || lang.startsWith('fr-') ? 'fr' : 'en';
  if (labels === 'en' && lang !== 'en' && !lang.startsWith('en-')) {
    warn('lang', '"en" or "fr"', 'using English');
  }
  const guard = get('flash-guard');
  if (guard !== null && !FLASH_GUARDS.includes(guard)) {
    warn('flash-guard', '"slow", "warn" or "off"', 'using "slow"');
  }
  return {
    src: get('src') ?? undefined,
    playbackRate: number(
      'rate',
      isPlaybackRate,
      'a rate from 0.01 to 100',
      "using the story's own",
    ),
    labels,
    holdDelay: number(
      'hold-delay',
      (ms) => ms >= 0 && ms < Infinity,
      'milliseconds ≥ 0',
      'using 300',
    ),
    loop: has('loop'),
    readingMode: has('reading-mode'),
    flashGuard: guard !== null && FLASH_GUARDS.includes(guard) ? (guard as FlashGuard) : undefined,
    start:
      number(
        'start',
        (index) => Number.isInteger(index) && index >= 0,
        'an index (0, 1, …)',
        'starting at 0',
      ) ?? 0,
    header: has('header'),
    closable: has('closable'),
    scroll: get('scroll') === 'vertical' ? 'vertical' : 'none',
    glimpse: has('glimpse'),
    holdPrompt: has('hold-prompt'),
  };
}
