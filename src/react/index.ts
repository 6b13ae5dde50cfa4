export {
  Collection as StoriesCollection,
  type CollectionEvents,
  type CollectionOptions,
  type StoriesCollectionHandle,
  type StoriesCollectionProps,
  type StoryChangeEvent,
  type StoryPosition,
} from './collection/Collection';
export type { StoryTransition } from './collection/placePanes';
export {
  createLocalStorageSeenStorage,
  createMemorySeenStorage,
  type LocalStorageSeenOptions,
  type SeenRecord,
  type SeenStorage,
} from './collection/seenStorage';
export type { StoryChangeCause } from './collection/useStoryTrack';
export { createPlayerHandle, type PlayerHandle } from './createPlayerHandle';
export { DEFAULT_HOLD_DELAY } from './createPress';
export { type FrameTone, toneFromData } from './frameTone';
export { useFrameProgress, usePlayerCommands, usePlayerState } from './hooks';
export {
  type BuiltInLanguage,
  builtInLabels,
  englishLabels,
  frenchLabels,
  type LabelsOption,
  type StoriesLabels,
} from './labels';
export { VIDEO_MAX_RATE, VIDEO_MIN_RATE } from './media/videoRate';
export { Chrome as StoriesChrome } from './parts/Chrome';
export { Controls as StoriesControls } from './parts/Controls';
export { Frame as StoriesFrame } from './parts/Frame';
export { Progress as StoriesProgress } from './parts/Progress';
export { RevealLayer as StoriesRevealLayer } from './parts/RevealLayer';
export { Root as StoriesRoot, type StoriesHandle, type StoriesRootProps } from './parts/Root';
export { Stage as StoriesStage } from './parts/Stage';
export { StoryNav as StoriesStoryNav } from './parts/StoryNav';
export { Stories, type StoriesProps } from './Stories';
export type {
  CardFrame,
  Frame,
  FrameContext,
  FrameKind,
  ImageFrame,
  RenderFrame,
  RevealMessage,
  Story,
  VideoFrame,
} from './types';
export { PRELOAD_AHEAD } from './useImagePreload';
export {
  type StoryPlayer,
  type StoryPlayerEvents,
  type StoryPlayerOptions,
  useStoryPlayer,
} from './useStoryPlayer';
export { validateStory } from './validateStory';
