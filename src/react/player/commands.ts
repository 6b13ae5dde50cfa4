import type { Player } from '../../engine';

/** The player's commands a story hands out (a ref, `usePlayerCommands`): the one list of them. */
export const COMMANDS = [
  'play',
  'pause',
  'next',
  'prev',
  'goTo',
  'hold',
  'release',
  'reveal',
  'conceal',
  'answer',
] as const satisfies readonly (keyof Player)[];

/**
 * What a ref on `<Stories>` (or `usePlayerCommands()`) gives: the player's own commands. `play`
 * and `pause` are the viewer's pause: with a controlled `paused` they ask through
 * `onPausedChange` and wait for the prop.
 */
export type StoriesHandle = Pick<Player, (typeof COMMANDS)[number]>;

/**
 * The commands as a story hands them out: the player's own, each bound to `target()` (the
 * player, or a collection's current story) when called.
 */
export function bindCommands(target: () => StoriesHandle | null | undefined): StoriesHandle {
  const commands: Record<string, (...args: never[]) => void> = {};
  for (const name of COMMANDS) {
    commands[name] = (...args: never[]) => (target()?.[name] as (...a: never[]) => void)?.(...args);
  }
  return commands as unknown as StoriesHandle;
}
