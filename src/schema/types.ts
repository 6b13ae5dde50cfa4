import type { StoryIssue } from '../story/issues';
import type {
  Frame,
  RenderFrame,
  Story,
  StoryComponent,
  StoryComponentProps,
  StoryComponents,
} from '../story/types';
import type { AllowUrl } from '../story/urls';

export type { AllowUrl, StoryComponent, StoryComponentProps, StoryIssue };

export interface ParseStoryOptions {
  /**
   * The components JSON `render` frames may name, by name. A frame
   * `{ "kind": "render", "component": "bus", "props": { "line": 42 } }` becomes a frame whose
   * `render(ctx)` calls `components.bus(ctx, { line: 42 })`. Without it, a `render` frame is an
   * issue.
   */
  components?: StoryComponents;
  /**
   * Narrows the URL policy (`https:`, `http:`, relative, `blob:`, and `data:image/…` for images;
   * `mailto:` and `tel:` for links): called with each URL the policy accepts (`src`, each `srcSet`
   * candidate, `poster`, a call to action's `href`, a story's `avatar`) and
   * its path (`frames[0].src`); a URL it does not return `true` for is an issue
   * (`frames[0].src: expected an image URL allowed by allowUrl, got "…"`). It cannot widen the
   * policy: `javascript:` stays refused whatever it says.
   * @example { allowUrl: (url) => url.startsWith('https://cdn.example.com/') }
   */
  allowUrl?: AllowUrl;
}

/** What the safe parsers return: the output, or every issue found. Never throws for bad data. */
export type StoryParseResult<T> =
  | { success: true; output: T }
  | { success: false; issues: StoryIssue[] };

/** A `render` frame as JSON writes it: a component's name and its props instead of a function. */
export interface JsonRenderFrame extends Omit<RenderFrame, 'render'> {
  component: string;
  props?: StoryComponentProps;
}

/** A story as JSON writes it, once checked. */
export interface JsonStory extends Omit<Story, 'frames'> {
  frames: (Exclude<Frame, RenderFrame> | JsonRenderFrame)[];
}
