// @ts-check
/**
 * `npm run bench`: every benchmark, in turn: the engine in Node, <Stories> on the e2e fixture,
 * then side by side with react-insta-stories (compare/), then zuck.js and stories-react on the
 * same measures (anchors/, printed, never judged). Writes the numbers to
 * test/artifacts/bench.json, the tables as Markdown to test/artifacts/bench.md (for the README),
 * and exits non-zero when one of our budgets from DESIGN.md is broken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchAnchors, markdownAnchors } from './anchors/index.mjs';
import { markdownFigures } from './compare/figures.mjs';
import { benchCompare } from './compare/index.mjs';
import { benchEngine } from './engine.mjs';
import { benchStories } from './stories.mjs';

/** One display frame at 60 Hz: DESIGN.md's unit for frame timing. */
const DISPLAY_FRAME_MS = 1000 / 60;

const engine = await benchEngine();
const stories = await benchStories();
const compare = await benchCompare();
const anchors = await benchAnchors();

/** @type {{ name: string, value: number, limit: number, unit: string, ok: boolean }[]} */
const budgets = [
  ...Object.entries(engine.drift)
    .flatMap(([clock, run]) => [
      { name: `engine (${clock}): drift at the end`, value: run.drift },
      { name: `engine (${clock}): worst frame boundary error`, value: run.worstBoundary },
    ])
    .map((check) => ({
      ...check,
      limit: DISPLAY_FRAME_MS,
      unit: 'ms',
      ok: check.value <= DISPLAY_FRAME_MS,
    })),
  ...stories.budgets,
  ...compare.budgets,
];

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });
const report = `${artifacts}bench.json`;
const date = new Date().toISOString();
const { machine } = compare;
writeFileSync(
  report,
  `${JSON.stringify({ date, machine, engine, stories, compare, anchors, budgets }, null, 2)}\n`,
);
/** @param {{ value: number, limit: number, unit: string }} check */
const measured = ({ value, limit, unit }) => [
  `${value.toFixed(value >= 100 ? 0 : 2)} ${unit}`.trim(),
  `≤ ${+limit.toFixed(1)} ${unit}`.trim(),
];
writeFileSync(
  `${artifacts}bench.md`,
  [
    `${date.slice(0, 10)} — ${machine.cpus} × ${machine.cpu}, ${machine.os}, Node ${machine.node}, ` +
      `Chromium ${machine.chromium} (headless)`,
    '',
    markdownFigures(compare.figures),
    '',
    'The other anchors, zuck.js and stories-react (printed, never judged):',
    '',
    markdownAnchors(anchors.rows),
    '',
    ...anchors.notes.map((note) => `- ${note}`),
    '',
    '| our budget | measured | limit | |',
    '| --- | --- | --- | --- |',
    ...budgets.map(
      (check) =>
        `| ${check.name} | ${measured(check).join(' | ')} | ${check.ok ? 'ok' : '**broken**'} |`,
    ),
    '',
  ].join('\n'),
);

console.log('\nBudgets');
console.table(
  Object.fromEntries(
    budgets.map(({ name, value, limit, unit, ok }) => [
      name,
      {
        value: `${value.toFixed(3)} ${unit}`.trim(),
        limit: `≤ ${limit.toFixed(1)} ${unit}`.trim(),
        ok: ok ? 'ok' : 'BROKEN',
      },
    ]),
  ),
);
console.log(`Results written to ${report} and bench.md beside it`);
const broken = budgets.filter((check) => !check.ok);
if (broken.length > 0) {
  console.error(
    `${broken.length} budget(s) broken: ${broken.map((check) => check.name).join('; ')}`,
  );
  process.exit(1);
}
