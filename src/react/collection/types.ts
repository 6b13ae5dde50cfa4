import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { ChangeCause } from '../../engine';
import type { Story } from '../../story/types';
import type { StoriesHandle, StoryEvents, StoryOptions } from '../types';
import type { StoryTransition } from './placePanes';
import type { SeenStorage } from './seenStorage';

/** Which story of a collection an event comes from. */
export interface StoryPosition {
  storyId: string;
  storyIndex: number;
}

/** A collection moved to another story. */
export interface StoryChangeEvent {
  from: number;
  to: number;
  storyId: string;
  cause: ChangeCause;
}

type WithPosition<Handler> = Handler extends (event: infer Event) => void
  ? (event: Event & StoryPosition) => void
  : never;

/** A story's events in a collection: the same, each saying which story it comes from. */
export type CollectionEvents = {
  [Name in keyof StoryEvents]?: WithPosition<NonNullable<StoryEvents[Name]>>;
};

interface OwnProps extends StoryOptions, CollectionEvents {
  /** The stories, in order; the viewer moves between them sideways. Ids must be unique. */
  stories: Story[];
  /** Controlled current story; pair it with `onStoryIndexChange`. */
  storyIndex?: number;
  /** Uncontrolled first story. Default 0. */
  defaultStoryIndex?: number;
  /** Called with the new index on every story change (asked first when controlled). */
  onStoryIndexChange?: (storyIndex: number) => void;
  /** A move to another story: `cause` is swipe, tap, key, auto (a story ended) or api. */
  onStoryChange?: (event: StoryChangeEvent) => void;
  /**
   * Which frames each story has shown and where it resumes. Default: in memory for the life of
   * the component; `createLocalStorageSeenStorage()` keeps it across visits. Read when the
   * collection mounts.
   */
  seenStorage?: SeenStorage;
  /** The move between stories: `'cube'` (default) or `'slide'`; a cross-fade under reduced motion. */
  transition?: Exclude<StoryTransition, 'fade'>;
  /** After the last story, start again from the first. Default false. */
  loop?: boolean;
  /** Shows each story's header (title, and its `avatar` and `subtitle` when it has them). */
  header?: boolean;
  /** The layout of each story (parts of `Stories`); default: the ready-made one, with story buttons. */
  children?: ReactNode;
}

/** Props of `<StoriesCollection>`: the stories, their shared options, and the element's props. */
export interface StoriesCollectionProps
  extends OwnProps,
    Omit<ComponentPropsWithoutRef<'div'>, keyof OwnProps> {}

/** A ref on a collection: the current story's commands, and moves between stories. */
export interface StoriesCollectionHandle extends StoriesHandle {
  nextStory(): void;
  prevStory(): void;
  /** Cuts to story `index` (adjacent stories move with the transition). */
  goToStory(index: number): void;
}
