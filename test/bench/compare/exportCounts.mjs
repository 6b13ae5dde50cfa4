// @ts-check
/**
 * What each entry exports, read by the TypeScript compiler from `src/`: the names that exist
 * at run time (functions, components, constants) apart from the names that are only types.
 * A name that is both (a value with a type of the same name) counts as a runtime name; a value
 * re-exported with `export type` counts as a type, as it is gone at run time.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../../support/aliases.mjs';

/**
 * @typedef {{ values: string[], types: string[] }} EntryExports
 */

/** The repository's compiler options, without the ambient test types (not needed here). */
function compilerOptions() {
  const configPath = join(repoRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) {
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  }
  const { options } = ts.parseJsonConfigFileContent(
    config.config,
    ts.sys,
    repoRoot,
    undefined,
    configPath,
  );
  return { ...options, types: [], noEmit: true };
}

/** `export type { X }`, `export { type X }`, `import type …`: an alias that erases to nothing. */
function isTypeOnlyAlias(/** @type {ts.Declaration} */ declaration) {
  if (ts.isExportSpecifier(declaration) || ts.isImportSpecifier(declaration)) {
    return declaration.isTypeOnly || declaration.parent.parent.isTypeOnly;
  }
  if (ts.isImportClause(declaration) || ts.isImportEqualsDeclaration(declaration)) {
    return declaration.isTypeOnly;
  }
  if (ts.isNamespaceImport(declaration) || ts.isNamespaceExport(declaration)) {
    return declaration.parent.isTypeOnly;
  }
  return false;
}

/**
 * Follows the re-exports of `symbol` to its declaration: a runtime name unless one step of the
 * way is type-only or the declaration has no value meaning.
 * @param {ts.TypeChecker} checker @param {ts.Symbol} symbol
 */
function isRuntimeName(checker, symbol) {
  let current = symbol;
  while (current.flags & ts.SymbolFlags.Alias) {
    if (current.declarations?.some(isTypeOnlyAlias)) return false;
    const next = checker.getImmediateAliasedSymbol(current);
    if (!next || next === current) break;
    current = next;
  }
  return (current.flags & ts.SymbolFlags.Value) !== 0;
}

/**
 * The exports of each source file, runtime names and type names apart, sorted.
 * @param {string[]} files absolute paths of the entries' sources
 * @returns {EntryExports[]}
 */
export function countExports(files) {
  const program = ts.createProgram(files, compilerOptions());
  const checker = program.getTypeChecker();
  return files.map((file) => {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${file}: not a module TypeScript can read`);
    /** @type {EntryExports} */
    const exports = { values: [], types: [] };
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      (isRuntimeName(checker, symbol) ? exports.values : exports.types).push(symbol.name);
    }
    exports.values.sort();
    exports.types.sort();
    return exports;
  });
}
