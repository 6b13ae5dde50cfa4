// zuck.js ships its types (dist/index.d.ts) where its "exports" map does not lead; its own
// `zuck.js/types` entry does, so the one export used here is typed from it. Its stylesheets are
// plain CSS for Vite.
declare module 'zuck.js' {
  import type { Zuck as ZuckFunction } from 'zuck.js/types';
  export const Zuck: ZuckFunction;
}
declare module 'zuck.js/css';
declare module 'zuck.js/skins/snapgram';
