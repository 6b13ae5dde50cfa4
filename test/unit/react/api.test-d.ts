// Type tests: checked by `tsc` in the typecheck step of `npm test`, never run.
import type {
  StoriesHandle,
  StoriesProps,
  Story,
  StoryEvents,
  StoryOptions,
} from 'react-hold-stories';
import type {
  StoriesCollectionHandle,
  StoriesCollectionProps,
} from 'react-hold-stories/collection';
import type { Player } from 'react-hold-stories/engine';
import { expectTypeOf } from 'vitest';
import type { EVENT_PROPS } from '../../../src/react/player/forwardEvents';
import type { STORY_OPTIONS } from '../../../src/react/splitProps';

declare const story: Story;

// One story needs a story, and takes no collection props.
// @ts-expect-error `story` is required
const noStory: StoriesProps = {};
// @ts-expect-error `stories` belongs to a collection
const mixed: StoriesProps = { story, stories: [story] };
// A collection needs its stories, and takes no single `story`.
// @ts-expect-error `stories` is required
const noStories: StoriesCollectionProps = {};
// @ts-expect-error `story` belongs to one story
const mixedCollection: StoriesCollectionProps = { stories: [story], story };

// A collection's events always say which story they come from.
type RevealInCollection = Parameters<NonNullable<StoriesCollectionProps['onReveal']>>[0];
expectTypeOf<RevealInCollection['storyId']>().toEqualTypeOf<string>();
expectTypeOf<RevealInCollection['storyIndex']>().toEqualTypeOf<number>();
type FrameChangeInCollection = Parameters<NonNullable<StoriesCollectionProps['onFrameChange']>>[0];
expectTypeOf<FrameChangeInCollection['storyId']>().toEqualTypeOf<string>();
// One story's events have no story position.
type Reveal = Parameters<NonNullable<StoriesProps['onReveal']>>[0];
expectTypeOf<Reveal>().not.toHaveProperty('storyId');

// The handle is the player's own commands; a collection's adds the moves between stories.
expectTypeOf<StoriesHandle>().toEqualTypeOf<
  Pick<
    Player,
    | 'play'
    | 'pause'
    | 'next'
    | 'prev'
    | 'goTo'
    | 'hold'
    | 'release'
    | 'reveal'
    | 'conceal'
    | 'answer'
  >
>();
expectTypeOf<StoriesCollectionHandle>().toExtend<StoriesHandle>();

// Every event prop is forwarded from the engine: the map covers them all, and nothing else.
expectTypeOf<(typeof EVENT_PROPS)[keyof typeof EVENT_PROPS]>().toEqualTypeOf<keyof StoryEvents>();

export { mixed, mixedCollection, noStories, noStory };

// The props a story routes to itself are exactly its options (the rest go to its element).
expectTypeOf<(typeof STORY_OPTIONS)[number]>().toEqualTypeOf<keyof StoryOptions>();
