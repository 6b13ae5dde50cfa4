// @ts-check
/**
 * Import circles in `src` (STYLE.md: "No import circles, type-only ones included"). Every `.ts`
 * and `.tsx` file is read with the TypeScript parser and every way a file can name another one
 * is an edge: `import` and `export … from` (`type` ones too), `import x = require()`,
 * `import('…')` calls and `import('…').Type` in type positions. Specifiers are resolved with
 * the repository's tsconfig (so `react-hold-stories/…` self-imports count as well).
 * Prints each circle, the type-only edges marked, and exits 1 when there is at least one.
 *
 * Usage: node test/imports/checkCircles.mjs [folder, default src]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** Circles listed at most, in case a large knot has thousands of them; the count says so. */
const MAX_LISTED = 100;

/**
 * @typedef {{ to: string, typeOnly: boolean }} Edge
 */

/** The `.ts` / `.tsx` files under `folder`. @param {string} folder @returns {string[]} */
function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => resolve(entry.parentPath, entry.name))
    .sort();
}

/** The repository's compiler options: `paths` and `moduleResolution` decide what a name means. */
function compilerOptions() {
  const configPath = join(repo, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) {
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  }
  return ts.parseJsonConfigFileContent(config.config, ts.sys, repo, undefined, configPath).options;
}

/** An import that names nothing at run time: `import type`, or only `type` names. */
function isTypeOnlyImport(/** @type {ts.ImportDeclaration} */ node) {
  const clause = node.importClause;
  if (!clause) return false; // `import './x'`: run for its side effects
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** @param {ts.ExportDeclaration} node */
function isTypeOnlyExport(node) {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

/**
 * Every module specifier `file` names, and whether only types come through it.
 * @param {string} file
 * @returns {{ specifier: string, typeOnly: boolean }[]}
 */
function specifiers(file) {
  const kind = extname(file) === '.tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    false,
    kind,
  );
  /** @type {{ specifier: string, typeOnly: boolean }[]} */
  const found = [];
  const add = (/** @type {ts.Node | undefined} */ node, /** @type {boolean} */ typeOnly) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ specifier: node.text, typeOnly });
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyExport(node));
    else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true); // `import('./x').T`, `typeof import('./x')`
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The import graph of `files`, edges kept inside the set. Specifiers that look like ours
 * (relative, or the package's own name) but resolve to nothing are returned apart: an edge
 * the check cannot see could hide a circle.
 * @param {string[]} files
 */
function importGraph(files) {
  const options = compilerOptions();
  const cache = ts.createModuleResolutionCache(repo, (name) => name, options);
  const inside = new Set(files);
  /** @type {Map<string, Edge[]>} */
  const graph = new Map();
  /** @type {string[]} */
  const unresolved = [];
  for (const file of files) {
    /** @type {Map<string, Edge>} */
    const edges = new Map();
    for (const { specifier, typeOnly } of specifiers(file)) {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys, cache).resolvedModule;
      const target = resolved && resolve(resolved.resolvedFileName);
      if (!target) {
        // A stylesheet read as text (`styles.css?raw`) is data, not a module of the graph.
        if (/^(\.|react-hold-stories(\/|$))/.test(specifier) && !/\.css\?raw$/.test(specifier)) {
          unresolved.push(`${relative(repo, file)}: '${specifier}'`);
        }
        continue;
      }
      if (!inside.has(target)) continue;
      // Two imports of one file: the edge is type-only only if both are.
      const known = edges.get(target);
      edges.set(target, { to: target, typeOnly: typeOnly && (known?.typeOnly ?? true) });
    }
    graph.set(file, [...edges.values()]);
  }
  return { graph, unresolved };
}

/**
 * Strongly connected components (Tarjan): a file is on a circle exactly when its component
 * has more than one file, or it imports itself.
 * @param {Map<string, Edge[]>} graph
 * @returns {string[][]}
 */
function knots(graph) {
  let counter = 0;
  /** @type {Map<string, number>} */
  const index = new Map();
  /** @type {Map<string, number>} */
  const low = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */
  const components = [];
  /** @param {string} node */
  const connect = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const { to } of graph.get(node) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(node, Math.min(Number(low.get(node)), Number(low.get(to))));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(Number(low.get(node)), Number(index.get(to))));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    /** @type {string[]} */
    const component = [];
    let member;
    do {
      member = /** @type {string} */ (stack.pop());
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfImport = graph.get(node)?.some((edge) => edge.to === node);
    if (component.length > 1 || selfImport) components.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return components;
}

/**
 * The simple circles inside one component, each starting at its first file in sort order
 * so that every circle is found once.
 * @param {Map<string, Edge[]>} graph
 * @param {string[]} component
 * @param {number} limit
 * @returns {Edge[][]} each circle as its edges, the first edge's origin being the last `to`
 */
function circlesIn(graph, component, limit) {
  const order = new Map(component.map((file, position) => [file, position]));
  /** @type {Edge[][]} */
  const circles = [];
  for (const start of component) {
    const from = Number(order.get(start));
    /** @type {Edge[]} */
    const path = [];
    const onPath = new Set([start]);
    /** @param {string} node */
    const walk = (node) => {
      for (const edge of graph.get(node) ?? []) {
        if (circles.length >= limit) return;
        const position = order.get(edge.to);
        if (position === undefined || position < from) continue;
        if (edge.to === start) circles.push([...path, edge]);
        else if (!onPath.has(edge.to)) {
          onPath.add(edge.to);
          path.push(edge);
          walk(edge.to);
          path.pop();
          onPath.delete(edge.to);
        }
      }
    };
    walk(start);
  }
  return circles;
}

const folder = resolve(repo, process.argv[2] ?? 'src');
const files = sourceFiles(folder);
const { graph, unresolved } = importGraph(files);
const components = knots(graph);
const name = (/** @type {string} */ file) => relative(folder, file);

/** @type {Edge[][]} */
const circles = [];
for (const component of components) {
  circles.push(...circlesIn(graph, component, MAX_LISTED - circles.length));
}
circles.sort((a, b) => a.length - b.length);

const edgeCount = [...graph.values()].reduce((sum, edges) => sum + edges.length, 0);
console.log(`${files.length} files, ${edgeCount} imports between them (${relative(repo, folder)})`);
for (const line of unresolved) console.error(`unresolved import, the graph is incomplete: ${line}`);
if (components.length === 0 && unresolved.length === 0) {
  console.log('no import circles');
  process.exit(0);
}
if (components.length > 0) {
  console.log(
    `\n${components.length} knot(s) of files importing each other, type imports included:`,
  );
  for (const component of components) console.log(`  • ${component.map(name).join(', ')}`);
  console.log(`\nimport circles${circles.length >= MAX_LISTED ? ` (first ${MAX_LISTED})` : ''}:`);
  for (const [position, circle] of circles.entries()) {
    const start = /** @type {Edge} */ (circle.at(-1)).to;
    const steps = circle.map((edge) => `${edge.typeOnly ? '─type→' : '──→'} ${name(edge.to)}`);
    console.log(`  ${position + 1}) ${name(start)} ${steps.join(' ')}`);
  }
  console.log('\n──→ imports a value (or runs the file); ─type→ imports types only.');
}
process.exit(1);
