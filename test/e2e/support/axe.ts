// axe-core over a page as the viewer sees it, with a screenshot kept as an artifact.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { repoRoot } from '../../support/aliases.mjs';

const artifacts = join(repoRoot, 'test/artifacts');

/** WCAG 2.x A and AA, and axe's best practices. */
const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** Every violation in full: rule, impact, help, and each node's target, HTML and summary. */
function describeViolations(violations: Violations) {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  ${node.target.join(' ')}\n    ${node.html}\n    ${node.failureSummary}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

/** axe on the page as it is, a screenshot of it (`a11y-<state>.png`), and a one-line summary. */
export async function audit(page: Page, state: string) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `a11y-${state}.png`) });
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  console.log(
    `axe ${state}: ${results.violations.length} violations, ${results.passes.length} passes`,
  );
  if (results.violations.length > 0) console.log(describeViolations(results.violations));
  expect(results.violations, describeViolations(results.violations)).toEqual([]);
}
