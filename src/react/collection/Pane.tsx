import { type ReactNode, useMemo, useRef } from 'react';
import type { Story } from '../../story/types';
import { CollectionContext, type CollectionContextValue } from '../collectionContext';
import { setInert } from '../util/dom';
import { useBrowserLayoutEffect } from '../util/useLatest';

type Moves = Omit<CollectionContextValue, 'storyId' | 'storyIndex'>;

/**
 * One story's place in the track, telling the story where it is. Only the current one is in the
 * accessibility tree and the tab order.
 */
export function Pane(props: {
  story: Story;
  storyIndex: number;
  current: boolean;
  moves: Moves;
  paneRef: (element: HTMLElement | null) => void;
  children: ReactNode;
}) {
  const { story, storyIndex, current, moves, paneRef } = props;
  const element = useRef<HTMLDivElement | null>(null);
  useBrowserLayoutEffect(() => setInert(element.current, !current), [current]);
  const value = useMemo(
    () => ({ ...moves, storyId: story.id, storyIndex }),
    [moves, story.id, storyIndex],
  );
  return (
    <div
      ref={(node) => {
        element.current = node;
        paneRef(node);
      }}
      className="hs-pane"
      data-current={current ? '' : undefined}
      aria-hidden={current ? undefined : true}
    >
      <CollectionContext.Provider value={value}>{props.children}</CollectionContext.Provider>
    </div>
  );
}
