/**
 * `react-hold-stories/element`: `<hold-stories>`, a custom element for pages that are not React
 * apps (React and the peers stay peers here; `dist/hold-stories.js` bundles them for a script
 * tag). Importing this defines nothing: call `defineHoldStories()`.
 */
export type { ElementOptions } from './attributes';
export { defineHoldStories } from './defineHoldStories';
export { HoldStoriesElement } from './HoldStoriesElement';
export type { SourceError } from './loadSource';
