/**
 * `react-hold-stories/collection`: several stories a swipe apart (a 3D cube, a slide, or a
 * cross-fade under reduced motion), with what each has shown kept in a seen storage.
 */

export type { StoryTransition } from './react/collection/placePanes';
export { StoriesCollection } from './react/collection/StoriesCollection';
export { StoryNav } from './react/collection/StoryNav';
export {
  createLocalStorageSeenStorage,
  createMemorySeenStorage,
  type LocalStorageSeenOptions,
  type SeenRecord,
  type SeenStorage,
} from './react/collection/seenStorage';
export type {
  CollectionEvents,
  StoriesCollectionHandle,
  StoriesCollectionProps,
  StoryChangeEvent,
  StoryPosition,
} from './react/collection/types';
