// The anchors benchmark page: zuck.js or stories-react, one per page load,
// `?lib=zuck|storiesReact&rate=8&loop=1&set=svg|raster` (the query of page/main.tsx), full screen
// on a phone. Only the asked player's module is loaded (a dynamic import): zuck.js pays for no
// React. What happened is kept in `window.__bench` (record.ts), which compare/'s measures read.
import { startRecord } from '../page/startRecord';
import type { AnchorLibrary, AnchorRecord, MountAnchor } from './record';

const ENTRIES: Record<AnchorLibrary, () => Promise<MountAnchor>> = {
  zuck: async () => (await import('./zuck')).mountZuck,
  storiesReact: async () => (await import('./storiesReact')).mountStoriesReact,
};

const record: AnchorRecord = startRecord<AnchorLibrary>(['zuck', 'storiesReact']);
// page/record.ts types `window.__bench` with its own library names; the shape is the same.
Object.assign(window, { __bench: record });

const root = document.getElementById('root');
if (!root) throw new Error('test/bench/anchors/index.html has no #root');
void ENTRIES[record.lib]().then((mount) => mount(record, root));
