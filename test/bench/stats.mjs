// @ts-check
/** Medians and spreads: every browser figure is a median over runs, printed with its range. */

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * @typedef {{ median: number, min: number, max: number, runs: number[] }} Summary
 */

/**
 * @param {number[]} values one per run
 * @returns {Summary}
 */
export function summary(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values,
  };
}

/**
 * @template T
 * @param {number} runs
 * @param {(run: number) => Promise<T>} measure
 * @returns {Promise<T[]>}
 */
export async function repeat(runs, measure) {
  /** @type {T[]} */
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await measure(run));
  return results;
}
