// @ts-check
/**
 * `npm run bench`: every benchmark, in turn. Writes the numbers to test/artifacts/bench.json and
 * exits non-zero when a budget from DESIGN.md is broken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchEngine } from './engine.mjs';
import { benchStories } from './stories.mjs';

/** One display frame at 60 Hz: DESIGN.md's unit for frame timing. */
const DISPLAY_FRAME_MS = 1000 / 60;

const engine = await benchEngine();
const stories = await benchStories();

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
];

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });
const report = `${artifacts}bench.json`;
writeFileSync(
  report,
  `${JSON.stringify({ date: new Date().toISOString(), engine, stories, budgets }, null, 2)}\n`,
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
console.log(`Results written to ${report}`);
const broken = budgets.filter((check) => !check.ok);
if (broken.length > 0) {
  console.error(
    `${broken.length} budget(s) broken: ${broken.map((check) => check.name).join('; ')}`,
  );
  process.exit(1);
}
