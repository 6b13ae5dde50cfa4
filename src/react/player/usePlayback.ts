import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ChangeCause, Player } from '../../engine';
import type { Frame } from '../../story/types';
import type { StoriesHandle, StoryOptions } from '../types';
import { useLatest } from '../util/useLatest';
import { bindCommands } from './commands';
import { readAt, readingStops, stepStop } from './readingStops';
import { useReadingMode } from './useReadingMode';
import { usePaused } from './viewerChoices';

export interface Playback {
  /** The viewer's wish (the trio's value): paused or not. A hold or the end is not a pause. */
  paused: boolean;
  /** The viewer asks to pause or play (Pause button, ref): asked first when controlled. */
  requestPaused(paused: boolean): void;
  /** Reading mode: no fast-forward, each frame waits with its messages shown. */
  reading: boolean;
  setReading(on: boolean): void;
  /** The ref's commands: the player's own, with play and pause as the viewer's. */
  commands: StoriesHandle;
  /**
   * The viewer steps forward or back (a tap, an arrow, a button): a frame, or in reading mode
   * the next stop of a frame with timed messages first.
   */
  step(forward: boolean, cause: ChangeCause): void;
}

/**
 * The viewer's pause and reading mode, as controlled / uncontrolled trios, applied to the player:
 * while reading, the story waits on each frame with its messages shown; otherwise it plays or
 * stays paused as the viewer wishes. Only the wish is React state: the player's status also
 * says held, ended or hidden, which are not pauses.
 */
export function usePlayback(
  player: Player,
  options: StoryOptions,
  frameIndex: number,
  frames: readonly Frame[],
): Playback {
  const [paused, setPaused] = usePaused(options);
  const [reading, setReading] = useReadingMode(options);

  const wasReading = useRef(false);
  useEffect(() => {
    if (reading) {
      wasReading.current = true;
      return;
    }
    // Leaving reading mode hides its messages (a child's reveal at mount is left alone).
    if (wasReading.current) player.conceal();
    wasReading.current = false;
    if (paused) player.pause();
    else player.play();
  }, [player, paused, reading]);

  // Stepping back into a frame reads its last stop; every other way in, its first.
  const landOnLast = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new frame is revealed in turn
  useEffect(() => {
    if (!reading) return;
    player.pause();
    const frame = frames[frameIndex];
    const stops = readingStops(frame);
    const stop = (landOnLast.current ? stops.at(-1) : stops[0]) ?? 0;
    landOnLast.current = false;
    if (frame && stop > 0) readAt(player, frameIndex, frame, stop);
    else player.reveal();
  }, [player, reading, frameIndex]);

  const latest = useLatest({ paused, reading, setPaused, frames });
  const step = useCallback(
    (forward: boolean, cause: ChangeCause) => {
      const now = latest.current;
      if (now.reading && stepStop(player, now.frames, forward, cause)) return;
      const first = player.getState().frameIndex === 0;
      // Reading, the first stop of the first frame has nothing before it.
      if (now.reading && !forward && first) return;
      landOnLast.current = now.reading && !forward;
      if (forward) player.next(cause);
      else player.prev(cause);
    },
    [player, latest],
  );
  const requestPaused = useCallback(
    (next: boolean) => {
      const now = latest.current;
      if (now.reading) return;
      // Already the wish (a story that ended, the page that paused it): carry it out again,
      // so Play after the end plays again.
      if (next === now.paused) next ? player.pause() : player.play();
      else now.setPaused(next);
    },
    [player, latest],
  );
  const commands = useMemo<StoriesHandle>(() => {
    const viewer = {
      ...player,
      play: () => requestPaused(false),
      pause: () => requestPaused(true),
    };
    return bindCommands(() => viewer);
  }, [player, requestPaused]);
  return useMemo(
    () => ({ paused, requestPaused, reading, setReading, commands, step }),
    [paused, requestPaused, reading, setReading, commands, step],
  );
}
