// Names used only between the Electron main process and the preload (besides the contract's
// channel names, which are their own IPC channels). Plain strings: the preload bundles no zod.

/** IPC channel on which main pushes every backend event as `{ name, payload }`. */
export const ipcEventChannel = 'app:event';

/** IPC channels of the shell functions (native dialogs, taskbar progress, notifications). */
export const shellChannels = {
  openFileDialog: 'shell:open-file-dialog',
  saveFileDialog: 'shell:save-file-dialog',
  setProgress: 'shell:set-progress',
  notify: 'shell:notify',
} as const;

/** The custom scheme and host the Electron renderer is served from (`app://bundle/index.html`). */
export const appScheme = 'app';
/** Host part of the renderer's app:// URLs. */
export const appHost = 'bundle';
/** Entry URL of the renderer in the Electron shell. */
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;
