/**
 * react-hold-stories: a story that plays fast-forwarded and reveals its hidden messages while
 * the viewer presses and holds. This entry is one story: `Stories`, its parts, the hooks, the
 * types and the labels. Several stories: `react-hold-stories/collection`; JSON stories:
 * `react-hold-stories/schema`; the framework-free player: `react-hold-stories/engine`.
 */
export type {
  ChangeCause,
  FlashGuard,
  PlaybackReason,
  PlayerState,
  PlayerStatus,
} from './engine';
export { useFrameProgress, usePlayerCommands, usePlayerState } from './react/hooks';
export { englishLabels, frenchLabels, type LabelsOption, type StoriesLabels } from './react/labels';
export { Stories } from './react/Stories';
export type {
  StoriesHandle,
  StoriesProps,
  StoriesRootProps,
  StoryEventMap,
  StoryEvents,
  StoryOptions,
} from './react/types';
export type {
  CallToAction,
  CardFrame,
  ChoiceFrame,
  ChoiceOption,
  Frame,
  FrameContext,
  ImageFrame,
  RenderFrame,
  RevealMessage,
  Story,
  VideoFrame,
} from './story/types';
