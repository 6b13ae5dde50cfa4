// What the anchors page exposes as `window.__bench`: the side-by-side page's record
// (page/record.ts) with its own library names, so compare/'s measures read it unchanged.
import type { BenchRecord } from '../page/record';

/** The players the anchors page can mount (`?lib=zuck|storiesReact`). */
export type AnchorLibrary = 'zuck' | 'storiesReact';

export type AnchorRecord = Omit<BenchRecord, 'lib'> & { lib: AnchorLibrary };

/** Mounts one player full screen into `root` and fills `record` from its own callbacks. */
export type MountAnchor = (record: AnchorRecord, root: HTMLElement) => void;
