import { forwardRef, type Ref } from 'react';
import {
  Collection,
  type CollectionOptions,
  type StoriesCollectionHandle,
  type StoryPosition,
} from './collection/Collection';
import { Chrome } from './parts/Chrome';
import { Controls } from './parts/Controls';
import { Frame } from './parts/Frame';
import { Progress } from './parts/Progress';
import { RevealLayer } from './parts/RevealLayer';
import { Root, type StoriesHandle, type StoriesRootProps } from './parts/Root';
import { Stage } from './parts/Stage';
import { StoryNav } from './parts/StoryNav';
import type { Story } from './types';
import type { StoryPlayerEvents } from './useStoryPlayer';

/** A story's events, each also saying which story of a collection it comes from. */
type EventsWithPosition = {
  [Name in keyof StoryPlayerEvents]?: (
    event: Parameters<NonNullable<StoryPlayerEvents[Name]>>[0] & Partial<StoryPosition>,
  ) => void;
};

/**
 * One story (`story`) or a collection the viewer swipes through (`stories`, which wins when both
 * are given). In a collection every event also carries `storyId` and `storyIndex`, and the frame
 * props (`frameIndex`…) are ignored: each story resumes where `seenStorage` says.
 */
export type StoriesProps = Omit<StoriesRootProps, 'children' | 'story' | keyof StoryPlayerEvents> &
  EventsWithPosition &
  Partial<CollectionOptions> & {
    /** The story to play (when there is no `stories`). */
    story?: Story;
  };

/** The ready-made layout of each story: the stage, then the chrome over it. */
const LAYOUT = (
  <>
    <Stage />
    <Chrome>
      <Progress />
      <Controls />
      <StoryNav />
    </Chrome>
  </>
);

const StoriesComponent = forwardRef<StoriesHandle, StoriesProps>(function Stories(props, ref) {
  const { stories, story, frameIndex, defaultFrameIndex, onFrameIndexChange, ...shared } = props;
  if (stories !== undefined) {
    return (
      // A collection's handle is a StoriesHandle with story moves: type your ref with
      // `StoriesCollectionHandle` to call them.
      <Collection ref={ref as Ref<StoriesCollectionHandle>} {...shared} stories={stories}>
        {LAYOUT}
      </Collection>
    );
  }
  return (
    // Without a story, the Root says what is missing (`story: expected …`).
    <Root
      ref={ref}
      {...shared}
      story={story as Story}
      frameIndex={frameIndex}
      defaultFrameIndex={defaultFrameIndex}
      onFrameIndexChange={onFrameIndexChange}
    >
      {LAYOUT}
    </Root>
  );
});

/**
 * A story that plays fast-forwarded and reveals each frame's hidden messages while the viewer
 * presses and holds; with `stories`, several of them, one swipe apart. Ready to use; its parts
 * (`Stories.Root`, `Stories.Stage`, …) compose custom layouts.
 * @example
 * <Stories story={story} playbackRate={6} labels="fr" onReveal={track} />
 * <Stories stories={[lea, sami, noa]} playbackRate={6} onStoryChange={trackStory} />
 */
export const Stories = Object.assign(StoriesComponent, {
  Root,
  Collection,
  Stage,
  Frame,
  RevealLayer,
  Chrome,
  Progress,
  Controls,
  StoryNav,
});
