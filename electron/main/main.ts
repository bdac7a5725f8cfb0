import type { BrowserWindow } from 'electron';
import { app, dialog, protocol, safeStorage, session } from 'electron';
import { join } from 'node:path';
import type { Backend } from '../app/backend/create-backend';
import { createBackend } from '../app/backend/create-backend';
import { loadStaticManifest } from '../app/bridge/static-assets';
import { loadConfig } from '../app/config';
import { appScheme } from '../shared/ipc-protocol';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { forwardEvents, registerIpcHandlers } from './ipc-handlers';
import { allowExternalOrigin, openExternalSafe } from './open-external';
import { createSafeStorageAdapter } from './safe-storage-encryptor';
import { createShellHandlers, installMenu, watchUploads } from './shell-services';
import { blockForeignRequests, denyAllPermissions, guardWebContents } from './web-contents-guards';
import { createWindow } from './window';
import { installCrashGuard } from '../app/log/crash-report';

// Electron main: a thin shell around the backend (ARCHITECTURE "shells are thin"). Order
// matters: the sandbox, the app:// scheme and the webContents guards are set up before `ready`,
// so no renderer ever exists without them. No crashReporter is started (PRIV-07).

app.enableSandbox();
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternalSafe));

let mainWindow: BrowserWindow | undefined;
let backend: Backend | undefined;

function dataDirFromArgv(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--data-dir');
  const inline = argv.find((a) => a.startsWith('--data-dir='));
  return inline ? inline.slice('--data-dir='.length) : index >= 0 ? argv[index + 1] : undefined;
}

function openMainWindow(): BrowserWindow {
  const window = createWindow({
    preloadPath: join(__dirname, '../preload/preload.js'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    title: 'Conversions Uploader',
    log: backend!.log,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
  return window;
}

async function start(): Promise<void> {
  const config = loadConfig({ electronUserData: app.getPath('userData'), dataDirArg: dataDirFromArgv(process.argv) });
  allowExternalOrigin(config.oauthAuthorizeUrl);
  denyAllPermissions(session.defaultSession);
  blockForeignRequests(session.defaultSession);
  const storage = await createSafeStorageAdapter(safeStorage, process.platform);
  backend = await createBackend({ config, shell: 'electron', ...storage, openExternal: openExternalSafe });
  // Electron's default for an uncaught exception is a dialog with the message and stack, which
  // could quote a cell or a token: log it value-free instead and quit (uploads resume from their journals).
  installCrashGuard({ stderr: process.stderr, log: backend.log, exit: (code) => app.exit(code) });
  protocol.handle(appScheme, createAppProtocolHandler(loadStaticManifest(join(__dirname, '../renderer'))));
  const trusted = () => (mainWindow && !mainWindow.isDestroyed() ? [mainWindow.webContents] : []);
  const windowOf = (contents: Electron.WebContents) => (mainWindow?.webContents === contents ? mainWindow : undefined);
  registerIpcHandlers({ backend, trusted, shell: createShellHandlers(windowOf), log: backend.log });
  forwardEvents(backend, trusted);
  watchUploads(backend, () => mainWindow);
  installMenu(backend, { isMac: process.platform === 'darwin', dev: !app.isPackaged, appName: app.name });
  openMainWindow();
}

function fail(error: unknown): void {
  // Before the logger exists there is nowhere else to say it; the message holds no user data
  // (configuration errors name the setting, e.g. "PINTEREST_API_BASE: must be an https URL").
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Conversions Uploader could not start: ${message}\n`);
  dialog.showErrorBox('Conversions Uploader could not start', message);
  app.exit(2);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (backend && !mainWindow) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Close the backend before quitting so a running upload pauses at a batch boundary and its
  // journal is complete; the next start resumes from it.
  app.on('before-quit', (event) => {
    if (!backend) return;
    event.preventDefault();
    const closing = backend;
    backend = undefined;
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start).catch(fail);
}
