// @ts-check
/**
 * The anchors table: one row per figure, each player's median and spread (min – max over the
 * runs), or `n/a` where the figure does not apply to it (the reason is in the notes). Printed to
 * the console and as Markdown, in the side-by-side table's format (compare/figures.mjs).
 */
import { summary } from '../stats.mjs';

/**
 * @typedef {import('../stats.mjs').Summary} Summary
 * @typedef {'zuck' | 'storiesReact'} AnchorLibrary
 * @typedef {{ figure: string, digits: number, zuck: Summary | null, storiesReact: Summary | null }} AnchorRow
 */

/** The players' names as their packages spell them. */
export const ANCHOR_NAMES = /** @type {const} */ ({
  zuck: 'zuck.js',
  storiesReact: 'stories-react',
});

/**
 * A row from one value per run and player; `null` where the figure does not apply.
 * @param {string} figure what it is, with its unit (the side-by-side table's name where shared)
 * @param {number} digits decimals to print
 * @param {Record<AnchorLibrary, number[] | null>} values
 * @returns {AnchorRow}
 */
export function row(figure, digits, { zuck, storiesReact }) {
  return {
    figure,
    digits,
    zuck: zuck && summary(zuck),
    storiesReact: storiesReact && summary(storiesReact),
  };
}

/** @param {Summary | null} value @param {number} digits */
function format(value, digits) {
  if (value === null) return 'n/a';
  const fixed = (/** @type {number} */ number) => number.toFixed(digits);
  const { median, min, max, runs } = value;
  if (runs.length === 1 || min === max) return fixed(median);
  return `${fixed(median)} (${fixed(min)} – ${fixed(max)})`;
}

/** @param {AnchorRow[]} rows */
export function printAnchors(rows) {
  console.table(
    Object.fromEntries(
      rows.map((entry) => [
        entry.figure,
        {
          [ANCHOR_NAMES.zuck]: format(entry.zuck, entry.digits),
          [ANCHOR_NAMES.storiesReact]: format(entry.storiesReact, entry.digits),
        },
      ]),
    ),
  );
}

/** @param {AnchorRow[]} rows */
export function markdownAnchors(rows) {
  return [
    `| figure | ${ANCHOR_NAMES.zuck} | ${ANCHOR_NAMES.storiesReact} |`,
    '| --- | --- | --- |',
    ...rows.map(
      (entry) =>
        // A `|` in a name (|drift|) would end the cell.
        `| ${entry.figure.replaceAll('|', '\\|')} | ${format(entry.zuck, entry.digits)} | ` +
        `${format(entry.storiesReact, entry.digits)} |`,
    ),
  ].join('\n');
}
