// The anchors benchmark page: zuck.js or stories-react, one per page load,
// `?lib=zuck|storiesReact&rate=8&loop=1&set=svg|raster` (the query of page/main.tsx), full screen
// on a phone. Only the asked player's module is loaded (a dynamic import): zuck.js pays for no
// React. What happened is kept in `window.__bench` (record.ts), which compare/'s measures read.
import { DURATIONS } from '../page/frames';
import type { AnchorLibrary, AnchorRecord, MountAnchor } from './record';

const ENTRIES: Record<AnchorLibrary, () => Promise<MountAnchor>> = {
  zuck: async () => (await import('./zuck')).mountZuck,
  storiesReact: async () => (await import('./storiesReact')).mountStoriesReact,
};

function readQuery(): Pick<AnchorRecord, 'lib' | 'rate' | 'loop' | 'set'> {
  const query = new URLSearchParams(window.location.search);
  const lib = query.get('lib');
  if (lib !== 'zuck' && lib !== 'storiesReact') {
    throw new Error(`?lib: expected 'zuck' or 'storiesReact', got ${JSON.stringify(lib)}`);
  }
  const rate = Number(query.get('rate') ?? 1);
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new Error(`?rate: expected a positive number, got ${JSON.stringify(query.get('rate'))}`);
  }
  const set = query.get('set') ?? 'svg';
  if (set !== 'svg' && set !== 'raster') {
    throw new Error(`?set: expected 'svg' or 'raster', got ${JSON.stringify(set)}`);
  }
  return { lib, rate, loop: query.get('loop') === '1', set };
}

const unmounted = () => {
  throw new Error('the benchmark player has not mounted yet');
};

const record: AnchorRecord = {
  ...readQuery(),
  durations: DURATIONS,
  changes: [],
  endedAt: -1,
  commits: [],
  next: unmounted,
  progress: unmounted,
  shownIndex: unmounted,
};
// page/record.ts types `window.__bench` with its own library names; the shape is the same.
Object.assign(window, { __bench: record });

const root = document.getElementById('root');
if (!root) throw new Error('test/bench/anchors/index.html has no #root');
void ENTRIES[record.lib]().then((mount) => mount(record, root));
