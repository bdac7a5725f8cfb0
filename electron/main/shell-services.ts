import type { BrowserWindow, WebContents } from 'electron';
import { Menu, nativeTheme, Notification } from 'electron';
import type { Backend } from '../app/backend/create-backend';
import { buildMenuTemplate } from './app-menu';
import { showOpenSpreadsheet, showSaveReport } from './dialogs';
import type { ShellHandlers } from './ipc-handlers';
import { openExternalSafe } from './open-external';
import { createUploadFeedback } from './upload-feedback';

// The Electron-only services around the window: native dialogs, taskbar progress,
// notifications and the application menu.

/** Finds the window showing a webContents (the dialog's parent). */
export type WindowOf = (contents: WebContents) => BrowserWindow | undefined;

/** Shows a system notification when the OS supports it. */
export function notify(title: string, body: string): void {
  if (Notification.isSupported()) new Notification({ title, body, silent: false }).show();
}

/** The shell functions behind window.api's ShellApi. */
export function createShellHandlers(windowOf: WindowOf): ShellHandlers {
  return {
    openFileDialog: (sender) => showOpenSpreadsheet(windowOf(sender)),
    saveFileDialog: (sender, defaultName) => showSaveReport(windowOf(sender), defaultName),
    setProgress: (sender, fraction) => windowOf(sender)?.setProgressBar(fraction < 0 ? -1 : fraction),
    notify,
  };
}

/** Drives taskbar progress and the "upload finished" notification from backend events. */
export function watchUploads(backend: Pick<Backend, 'on'>, mainWindow: () => BrowserWindow | undefined): () => void {
  const feedback = createUploadFeedback({
    setProgress(fraction, mode) {
      const window = mainWindow();
      if (window && !window.isDestroyed()) window.setProgressBar(fraction, { mode });
    },
    notify,
    isFocused: () => mainWindow()?.isFocused() ?? false,
  });
  return backend.on((name, payload) => {
    if (name === 'upload:progress') feedback(payload as Parameters<typeof feedback>[0]);
  });
}

/** Installs the application menu; menu commands become `app:menu` events for the renderer. */
export function installMenu(backend: Pick<Backend, 'emit'>, options: { isMac: boolean; dev: boolean; appName: string }): void {
  const render = () => {
    const template = buildMenuTemplate(
      { ...options, theme: nativeTheme.themeSource },
      {
        command: (command) => backend.emit('app:menu', { command }),
        openHelp: (url) => void openExternalSafe(url),
        setTheme: (theme) => {
          nativeTheme.themeSource = theme;
          render();
        },
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  render();
}
