// @ts-check
/** The embed's files, by their path in the built folder (dist-demo/), next to embed.html. */

/** The three stories as `<hold-stories>` plays them. */
export const STORIES_FILE = 'histoires.json';

/** The scenes drawn as SVG files, one per `render` frame. */
export const IMAGE_FOLDER = 'histoires';

/** The package's standalone script, copied from dist/. */
export const SCRIPT_FILE = 'hold-stories.js';
