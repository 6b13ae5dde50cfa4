// The record a benchmark page starts with, read from its query — the side-by-side page's and the
// anchors page's alike: `?lib=…&rate=8&loop=1&set=svg|raster`, and for a longer story
// `&frames=500&ms=40` (500 frames, each 40 ms on screen at the rate).
import { durationAt, FRAME_COUNT } from './frames';
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
  const frames = Number(query.get('frames') ?? FRAME_COUNT);
  if (!Number.isInteger(frames) || frames < 1 || frames > 2000) {
    throw new Error(`?frames: expected a whole number from 1 to 2000, got ${frames}`);
  }
  const ms = query.get('ms');
  if (ms !== null && !(Number(ms) > 0)) {
    throw new Error(`?ms: expected a positive number, got ${JSON.stringify(ms)}`);
  }
  const durations = Array.from({ length: frames }, (_, index) =>
    ms === null ? durationAt(index) : Number(ms) * rate,
  );
  return {
    lib,
    rate,
    loop: query.get('loop') === '1',
    set,
    durations,
    changes: [],
    endedAt: -1,
    commits: [],
    next: unmounted,
    progress: unmounted,
    shownIndex: unmounted,
  };
}
