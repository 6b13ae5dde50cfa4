// The side-by-side benchmark page: one library per page load,
// `?lib=ours|theirs&rate=8&loop=1&set=svg|raster`,
// full screen on a phone, inside a React <Profiler> that stamps every commit. Only the asked
// library's module is loaded (a dynamic import), so neither pays for the other's code or heap.
// What happened is kept in `window.__bench` (see record.ts); test/bench/compare reads it.
import { type ComponentType, Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { DURATIONS } from './frames';
import type { BenchEntryProps, BenchLibrary, BenchRecord } from './record';

const ENTRIES: Record<BenchLibrary, () => Promise<ComponentType<BenchEntryProps>>> = {
  ours: async () => (await import('./ours')).OursBench,
  theirs: async () => (await import('./theirs')).TheirsBench,
};

function readQuery(): Pick<BenchRecord, 'lib' | 'rate' | 'loop' | 'set'> {
  const query = new URLSearchParams(window.location.search);
  const lib = query.get('lib');
  if (lib !== 'ours' && lib !== 'theirs') {
    throw new Error(`?lib: expected 'ours' or 'theirs', got ${JSON.stringify(lib)}`);
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

const record: BenchRecord = {
  ...readQuery(),
  durations: DURATIONS,
  changes: [],
  endedAt: -1,
  commits: [],
  next: unmounted,
  progress: unmounted,
  shownIndex: unmounted,
};
window.__bench = record;

function mount(Entry: ComponentType<BenchEntryProps>) {
  const root = document.getElementById('root');
  if (!root) throw new Error('test/bench/page/index.html has no #root');
  createRoot(root).render(
    <Profiler id={record.lib} onRender={() => record.commits.push(performance.now())}>
      <Entry record={record} />
    </Profiler>,
  );
}

void ENTRIES[record.lib]().then(mount);
