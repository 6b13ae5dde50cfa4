/**
 * `dist/hold-stories.js`: a classic script for any page — React and the peers inside — that
 * defines `<hold-stories>` as it loads.
 * @example <script src="https://unpkg.com/react-hold-stories"></script>
 */
import { defineHoldStories } from './element/defineHoldStories';

defineHoldStories();
