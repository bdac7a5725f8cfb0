import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

// A tiny AST scanner over the project's TypeScript sources for the security tests: finds
// constructor calls, method calls, property assignments, string literals and imports, with the
// file (relative, forward slashes) and line of each.

/** Project root. */
export const root = join(__dirname, '..', '..', '..');

/** One finding. */
export interface Hit {
  file: string;
  line: number;
  text: string;
}

/** Every .ts/.tsx file under the given project folders. */
export function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return out;
}

/** Path relative to the project root with forward slashes. */
export function rel(file: string): string {
  return relative(root, file).split(sep).join('/');
}

const parsed = new Map<string, ts.SourceFile>();

/** Parses a file (once per test file run). */
export function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    parsed.set(file, source);
  }
  return source;
}

/** Visits every node of every file and collects the nodes `match` accepts. */
export function findNodes(files: string[], match: (node: ts.Node) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const file of files) {
    const source = parse(file);
    const visit = (node: ts.Node) => {
      if (match(node)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        hits.push({ file: rel(file), line, text: node.getText(source).slice(0, 120) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return hits;
}

/** `new Name(...)`. */
export const isNew = (name: string) => (node: ts.Node) =>
  ts.isNewExpression(node) && (ts.isIdentifier(node.expression) ? node.expression.text : node.expression.getText()) === name;

/** `object.method(...)` (any object expression ending in `object`, e.g. `electron.shell.openExternal`). */
export const isCall = (object: string, method: string) => (node: ts.Node) =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  node.expression.name.text === method &&
  (object === '*' || node.expression.expression.getText().split('.').pop() === object);

/** `{ key: value }` with a literal value (true/false/string). */
export const isProperty = (key: string, value: string) => (node: ts.Node) =>
  ts.isPropertyAssignment(node) &&
  (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
  node.name.text === key &&
  node.initializer.getText() === value;

/** A string literal containing `text`. */
export const hasString = (text: string) => (node: ts.Node) =>
  (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.includes(text);

/** `import ... from 'module'` (type-only too), `require('module')` and `import('module')`. */
export const importsModule = (module: string) => (node: ts.Node) =>
  (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === module) ||
  (ts.isCallExpression(node) &&
    ((ts.isIdentifier(node.expression) && node.expression.text === 'require') || node.expression.kind === ts.SyntaxKind.ImportKeyword) &&
    node.arguments.length === 1 &&
    ts.isStringLiteral(node.arguments[0]!) &&
    node.arguments[0].text === module);
