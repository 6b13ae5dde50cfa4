import { useEffect, useRef } from 'react';
import type { StoriesHandle } from 'react-hold-stories';

/**
 * A ref for `<Stories>` / `<Stories.Root>` that freezes frame `frameIndex` at `progress` with
 * its hidden messages shown, through the public commands: `goTo`, `hold`, `reveal`. Give the
 * player `key={playerKey}`, a key that changes with everything the freeze depends on, so each
 * freeze starts from a fresh player. A parent's effect runs after the player's, so the commands
 * reach a mounted engine.
 */
export function useFreeze(frameIndex: number, progress: number, playerKey = '') {
  const ref = useRef<StoriesHandle>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new key is a new player to freeze
  useEffect(() => {
    ref.current?.goTo(frameIndex, progress);
    ref.current?.hold();
    ref.current?.reveal();
  }, [frameIndex, progress, playerKey]);
  return ref;
}
