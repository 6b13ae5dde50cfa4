// @ts-check
/**
 * `npm run bench:bytes`: only the bytes and exports of `npm run bench` (compare/bytes.mjs),
 * in a few seconds and without a browser. Prints the figures beside react-insta-stories, each
 * entry's size and exports, and our budgets; exits 1 when one of them is broken.
 */
import { bytesBudgets, bytesFigures, measureBytes, printEntries } from './compare/bytes.mjs';
import { printFigures } from './compare/figures.mjs';
import { printStandalone } from './compare/standalone.mjs';

const bytes = await measureBytes();
console.log(
  '\nBytes (esbuild, minified, ES2020, gzip -9; 1 kB = 1,000 B), beside react-insta-stories',
);
printFigures(bytesFigures(bytes));
console.log('\nEach entry alone (peers external) and what it exports');
printEntries(bytes);
console.log('\nThe standalone script (dist/hold-stories.js), part by part');
printStandalone(bytes.ours.standalone);

const budgets = bytesBudgets(bytes);
console.log('\nBudgets');
console.table(
  Object.fromEntries(
    budgets.map(({ name, value, limit, unit, ok }) => [
      name,
      {
        value: `${+value.toFixed(2)} ${unit}`,
        limit: `≤ ${limit} ${unit}`,
        ok: ok ? 'ok' : 'BROKEN',
      },
    ]),
  ),
);
const broken = budgets.filter((check) => !check.ok);
if (broken.length > 0) {
  console.error(
    `${broken.length} budget(s) broken: ${broken.map((check) => check.name).join('; ')}`,
  );
  process.exit(1);
}
