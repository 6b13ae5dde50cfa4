import { createContext, type ReactNode, useContext } from 'react';
import type { HairStyle } from './Person';

/** How each story's pupil looks; all three wear the yellow hoodie that marks "the pupil". */
export interface HeroLook {
  skin: string;
  hair: string;
  hairStyle: HairStyle;
}

export const HEROES = {
  jade: { skin: '#e2b596', hair: '#4a3326', hairStyle: 'long' },
  yanis: { skin: '#9a6449', hair: '#1c1c24', hairStyle: 'short' },
  lina: { skin: '#c68c6e', hair: '#2a2130', hairStyle: 'curly' },
} as const satisfies Record<string, HeroLook>;

export type HeroName = keyof typeof HEROES;

const HeroContext = createContext<HeroLook>(HEROES.jade);

/** The look of the pupil the current scene is about (a scene's `"hero"` prop). */
export function useHeroLook(): HeroLook {
  return useContext(HeroContext);
}

/** Gives the scene inside it the look of `hero` (`"jade"`, `"yanis"`, `"lina"`). */
export function HeroProvider({ hero, children }: { hero: HeroName; children: ReactNode }) {
  return <HeroContext.Provider value={HEROES[hero]}>{children}</HeroContext.Provider>;
}

export const isHeroName = (value: unknown): value is HeroName =>
  typeof value === 'string' && Object.hasOwn(HEROES, value);
