// @ts-check
/**
 * The side-by-side table: each figure's median and spread (min – max over the runs) for ours
 * and theirs, and the ratio of the medians (ours ÷ theirs: below 1, ours is smaller, which is
 * better for every figure here). Printed to the console and as Markdown for the README.
 */
import { summary } from '../stats.mjs';

/**
 * @typedef {import('../stats.mjs').Summary} Summary
 * @typedef {{ figure: string, digits: number, ours: Summary, theirs: Summary, ratio: number }} Figure
 * @typedef {'ours' | 'theirs'} Lib
 */

/**
 * A figure from one value per run and library.
 * @param {string} name what it is, with its unit
 * @param {number} digits decimals to print
 * @param {Record<Lib, number[]>} values no value for theirs: it has nothing to compare (`—`)
 * @returns {Figure}
 */
export function figure(name, digits, values) {
  const ours = summary(values.ours);
  // NaN, not the 0 a median of nothing gives: in bench.json it reads `null`, not a measure.
  const theirs =
    values.theirs.length === 0
      ? { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: [] }
      : summary(values.theirs);
  return { figure: name, digits, ours, theirs, ratio: ours.median / theirs.median };
}

/**
 * @param {Summary} value @param {number} digits
 */
function formatSummary({ median, min, max, runs }, digits) {
  const fixed = (/** @type {number} */ number) => number.toFixed(digits);
  if (runs.length === 0) return '—';
  if (runs.length === 1 || min === max) return fixed(median);
  return `${fixed(median)} (${fixed(min)} – ${fixed(max)})`;
}

/** @param {number} ratio */
function formatRatio(ratio) {
  if (Number.isNaN(ratio)) return '—'; // 0 ÷ 0 (both did none), or nothing of theirs
  if (!Number.isFinite(ratio)) return 'theirs 0';
  // A growth against a shrink (a heap that garbage collection took back) has no ratio.
  if (ratio < 0) return '—';
  return `${ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2)}×`;
}

/** @param {Figure[]} figures */
export function printFigures(figures) {
  console.table(
    Object.fromEntries(
      figures.map((row) => [
        row.figure,
        {
          ours: formatSummary(row.ours, row.digits),
          theirs: formatSummary(row.theirs, row.digits),
          'ours ÷ theirs': formatRatio(row.ratio),
        },
      ]),
    ),
  );
}

/** @param {Figure[]} figures */
export function markdownFigures(figures) {
  return [
    '| figure | react-hold-stories | react-insta-stories | ours ÷ theirs |',
    '| --- | --- | --- | --- |',
    ...figures.map(
      (row) =>
        // A `|` in a name (|drift|) would end the cell.
        `| ${row.figure.replaceAll('|', '\\|')} | ${formatSummary(row.ours, row.digits)} | ` +
        `${formatSummary(row.theirs, row.digits)} | ${formatRatio(row.ratio)} |`,
    ),
  ].join('\n');
}
