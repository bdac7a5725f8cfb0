import { BrowserWindow, screen } from 'electron';
import type { Logger } from '../core/ports';
import { appEntryUrl } from '../shared/ipc-protocol';
import { secureWebPreferences } from './web-preferences';
import type { WindowState } from './window-state';
import { readWindowState, restoreBounds, writeWindowState } from './window-state';

// The ONE place a BrowserWindow is created (SECURITY §1 shared harness). Guards on navigation,
// new windows and webviews come from app 'web-contents-created' (web-contents-guards.ts).

/** What createWindow needs. */
export interface WindowOptions {
  preloadPath: string;
  /** `<userData>/window-state.json`. */
  stateFile: string;
  title: string;
  log: Logger;
}

function currentState(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, maximized: window.isMaximized() };
}

/** Reloads the window when its renderer dies; gives up after 3 crashes a minute (a crash loop). */
function reloadOnCrash(window: BrowserWindow, log: Logger): void {
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    log.warn('renderer gone', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && now - crashes[0]! > 60_000) crashes.shift();
    // The backend (and any upload) lives in main, so a reload loses nothing but the view.
    if (crashes.length <= 3) window.webContents.reload();
  });
}

/** Creates the main window with the secure preferences, remembered bounds and crash reload. */
export function createWindow(options: WindowOptions): BrowserWindow {
  const saved = readWindowState(options.stateFile);
  const bounds = restoreBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => void writeWindowState(options.stateFile, currentState(window)));
  reloadOnCrash(window, options.log);
  void window.loadURL(appEntryUrl);
  return window;
}
