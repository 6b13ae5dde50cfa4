import { createContext, type ReactNode, useContext } from 'react';

export type HairStyle = 'short' | 'long' | 'bun' | 'curly';

/** What the pupil wears on top: each story's pupil has their own, recognisable in every scene. */
export type TopStyle = 'hoodie' | 'jacket' | 'cardigan';

/** How each story's pupil looks, and the light of their story. */
export interface HeroLook {
  skin: string;
  hair: string;
  hairStyle: HairStyle;
  top: TopStyle;
  /** The top's colour (bright: the pupil stands out of every crowd) and its shade (hood, lapels). */
  colour: string;
  shade: string;
  /** What shows under an open top (a tee-shirt), or a headband in the hair for `cardigan`. */
  detail: string;
  /**
   * The story's own light, washed over every scene of it: warm for Jade, cold for Yanis, violet
   * for Lina, so three days in the same school never look alike.
   */
  grade: string;
}

export const HEROES = {
  // Jade: long chestnut hair, an oversized mustard hoodie whose hood she keeps close.
  jade: {
    skin: '#e2b596',
    hair: '#6b3f26',
    hairStyle: 'long',
    top: 'hoodie',
    colour: '#e0b24a',
    shade: '#b8892f',
    detail: '#b8892f',
    grade: '#c9875a',
  },
  // Yanis: short black hair, a sky-blue zip jacket open on a white tee-shirt.
  yanis: {
    skin: '#9a6449',
    hair: '#1c1c24',
    hairStyle: 'short',
    top: 'jacket',
    colour: '#5fb3d9',
    shade: '#3c86a8',
    detail: '#eceaf6',
    grade: '#4f93a8',
  },
  // Lina: curly hair held by a headband, a pink cardigan.
  lina: {
    skin: '#c68c6e',
    hair: '#2a2130',
    hairStyle: 'curly',
    top: 'cardigan',
    colour: '#e98fb1',
    shade: '#b8678a',
    detail: '#f4d35e',
    grade: '#9b6bb8',
  },
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
