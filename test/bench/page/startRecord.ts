// The record a benchmark page starts with, read from its query — the side-by-side page's and the
// anchors page's alike: `?lib=…&rate=8&loop=1&set=svg|raster`.
import { DURATIONS } from './frames';
import type { BenchRecord } from './record';

const unmounted = () => {
  throw new Error('the benchmark player has not mounted yet');
};

/** A fresh record for the library the query asks for, one of `libraries`; a bad query throws. */
export function startRecord<Library extends string>(
  libraries: readonly Library[],
): Omit<BenchRecord, 'lib'> & { lib: Library } {
  const query = new URLSearchParams(window.location.search);
  const lib = query.get('lib') as Library;
  if (!libraries.includes(lib)) {
    const expected = libraries.map((name) => `'${name}'`).join(' or ');
    throw new Error(`?lib: expected ${expected}, got ${JSON.stringify(lib)}`);
  }
  const rate = Number(query.get('rate') ?? 1);
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new Error(`?rate: expected a positive number, got ${JSON.stringify(query.get('rate'))}`);
  }
  const set = query.get('set') ?? 'svg';
  if (set !== 'svg' && set !== 'raster') {
    throw new Error(`?set: expected 'svg' or 'raster', got ${JSON.stringify(set)}`);
  }
  return {
    lib,
    rate,
    loop: query.get('loop') === '1',
    set,
    durations: DURATIONS,
    changes: [],
    endedAt: -1,
    commits: [],
    next: unmounted,
    progress: unmounted,
    shownIndex: unmounted,
  };
}
