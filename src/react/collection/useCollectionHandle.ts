import { type ForwardedRef, type RefObject, useImperativeHandle } from 'react';
import { describeValue } from '../../story/issues';
import { bindCommands } from '../player/commands';
import type { StoriesHandle } from '../types';
import { warnOnce } from '../util/dev';
import type { StoriesCollectionHandle } from './types';
import type { useStoryTrack } from './useStoryTrack';

/** A ref on a collection: the current story's commands, and the moves between stories. */
export function useCollectionHandle(
  ref: ForwardedRef<StoriesCollectionHandle>,
  current: RefObject<StoriesHandle | null>,
  track: ReturnType<typeof useStoryTrack>,
  index: number,
  count: number,
): void {
  useImperativeHandle(
    ref,
    () => ({
      ...bindCommands(() => current.current),
      nextStory: () => track.step(1, 'api'),
      prevStory: () => track.step(-1, 'api'),
      goToStory(to) {
        if (!(Number.isInteger(to) && to >= 0 && to < count)) {
          if (process.env.NODE_ENV !== 'production') {
            warnOnce(
              `goToStory: expected a whole number from 0 to ${count - 1}, got ${describeValue(to)}`,
            );
          }
        } else if (Math.abs(to - index) === 1) track.step(to > index ? 1 : -1, 'api');
        else if (to !== index) track.commitNow(to, 'api');
      },
    }),
    [current, track, count, index],
  );
}
