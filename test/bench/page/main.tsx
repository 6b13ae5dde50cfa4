// The side-by-side benchmark page: one library per page load,
// `?lib=ours|theirs&rate=8&loop=1&set=svg|raster`,
// full screen on a phone, inside a React <Profiler> that stamps every commit. Only the asked
// library's module is loaded (a dynamic import), so neither pays for the other's code or heap.
// What happened is kept in `window.__bench` (see record.ts); test/bench/compare reads it.
import { type ComponentType, Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import type { BenchEntryProps, BenchLibrary, BenchRecord } from './record';
import { startRecord } from './startRecord';

const ENTRIES: Record<BenchLibrary, () => Promise<ComponentType<BenchEntryProps>>> = {
  ours: async () => (await import('./ours')).OursBench,
  theirs: async () => (await import('./theirs')).TheirsBench,
};

const record: BenchRecord = startRecord<BenchLibrary>(['ours', 'theirs']);
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
