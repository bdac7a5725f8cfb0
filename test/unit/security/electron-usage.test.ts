import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findNodes, hasString, importsModule, isCall, isNew, isProperty, parse, rel, root, sourceFiles } from './source-scan';

// SECURITY §1 "shared harness": dangerous Electron APIs appear only in their one allowed module,
// and the dangerous switches appear nowhere. Scans the real sources, so a new call site fails.

const product = sourceFiles('electron', 'renderer');
const files = (hits: Array<{ file: string }>) => [...new Set(hits.map((h) => h.file))];

describe('single allowed module per dangerous API', () => {
  it.each([
    ['new BrowserWindow', isNew('BrowserWindow'), ['electron/main/window.ts']],
    ['ipcMain.handle', isCall('ipcMain', 'handle'), ['electron/main/ipc-handlers.ts']],
    ['shell.openExternal', isCall('shell', 'openExternal'), ['electron/main/open-external.ts']],
    ['contextBridge.exposeInMainWorld', isCall('contextBridge', 'exposeInMainWorld'), ['electron/preload/preload.ts']],
  ] as const)('%s only in %j', (_name, match, allowed) => {
    const hits = findNodes(product, match);
    expect(files(hits)).toEqual(allowed);
  });

  it('calls shell.openExternal exactly once', () => {
    expect(findNodes(product, isCall('shell', 'openExternal'))).toHaveLength(1);
  });

  it.each([
    ['ipcMain.on', isCall('ipcMain', 'on')],
    ['ipcMain.once', isCall('ipcMain', 'once')],
    ['ipcMain.handleOnce', isCall('ipcMain', 'handleOnce')],
    ['loadFile', isCall('*', 'loadFile')],
    ['new WebContentsView', isNew('WebContentsView')],
    ['new BrowserView', isNew('BrowserView')],
    ['setCertificateVerifyProc', isCall('*', 'setCertificateVerifyProc')],
    ['app.addRecentDocument (PRIV-08)', isCall('app', 'addRecentDocument')],
    ['crashReporter.start (PRIV-07)', isCall('crashReporter', 'start')],
    ['a certificate-error handler', hasString('certificate-error')],
    ['a file:// URL', hasString('file://')],
    ['eval', (node: ts.Node) => ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'eval'],
    ['new Function', isNew('Function')],
  ] as const)('never uses %s', (_name, match) => {
    expect(findNodes(product, match)).toEqual([]);
  });
});

describe('no dangerous webPreferences anywhere', () => {
  it.each([
    ['nodeIntegration', 'true'],
    ['nodeIntegrationInWorker', 'true'],
    ['nodeIntegrationInSubFrames', 'true'],
    ['contextIsolation', 'false'],
    ['sandbox', 'false'],
    ['webSecurity', 'false'],
    ['allowRunningInsecureContent', 'true'],
    ['experimentalFeatures', 'true'],
    ['webviewTag', 'true'],
  ])('%s: %s', (key, value) => {
    expect(findNodes(product, isProperty(key, value))).toEqual([]);
  });

  it('sets no enableBlinkFeatures at all', () => {
    expect(findNodes(product, (node) => ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'enableBlinkFeatures')).toEqual([]);
  });
});

describe('Electron stays in its shells', () => {
  it('only electron/main and electron/preload import electron (lint does it too)', () => {
    const hits = findNodes(product, importsModule('electron')).filter((h) => !/^electron\/(main|preload)\//.test(h.file));
    expect(hits).toEqual([]);
  });

  it('ipcRenderer only in the preload', () => {
    const hits = findNodes(product, (node) => ts.isIdentifier(node) && node.text === 'ipcRenderer');
    expect(files(hits)).toEqual(['electron/preload/preload.ts']);
  });
});

describe('main process order of set-up', () => {
  const mainFile = join(root, 'electron/main/main.ts');
  const statements = parse(mainFile).statements.map((s) => s.getText());
  const index = (pattern: RegExp) => statements.findIndex((s) => pattern.test(s));

  it('enables the sandbox, registers app:// and guards webContents before anything waits for ready', () => {
    const sandbox = index(/^app\.enableSandbox\(\);$/);
    const ready = index(/whenReady\(\)/);
    expect(sandbox).toBeGreaterThanOrEqual(0);
    expect(ready).toBeGreaterThan(sandbox);
    expect(index(/registerSchemesAsPrivileged/)).toBeLessThan(ready);
    expect(index(/'web-contents-created'.*guardWebContents/s)).toBeLessThan(ready);
  });

  it('takes the single-instance lock', () => {
    expect(findNodes([mainFile], isCall('app', 'requestSingleInstanceLock'))).toHaveLength(1);
  });

  it('registers will-navigate, will-frame-navigate, will-redirect and the window-open handler in the guard', () => {
    const guard = join(root, 'electron/main/web-contents-guards.ts');
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(findNodes([guard], hasString(event)).length).toBeGreaterThan(0);
    }
    expect(findNodes([guard], isCall('*', 'setWindowOpenHandler'))).toHaveLength(1);
  });
});

// Follows the preload's relative value imports (type-only ones are erased by the bundler).
function valueImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const statement of parse(file).statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!specifier.startsWith('.')) {
      seen.add(specifier);
      continue;
    }
    const target = resolve(dirname(file), `${specifier}.ts`);
    if (existsSync(target)) valueImports(target, seen);
  }
  return seen;
}

describe('the sandboxed preload stays tiny', () => {
  it('imports only electron and zod-free shared modules', () => {
    const graph = [...valueImports(join(root, 'electron/preload/preload.ts'))].map((f) => (f.startsWith('/') ? rel(f) : f));
    expect(graph.filter((f) => !f.startsWith('electron/'))).toEqual(['electron']);
    for (const file of graph.filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/from ['"]zod['"]/);
    }
  });
});
