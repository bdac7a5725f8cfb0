import type { WebPreferences } from 'electron';

/**
 * The ONE set of webPreferences every window uses (SECURITY §1 items 2-4, 6, 8-11): isolated,
 * sandboxed, no Node, web security on, no experimental or Blink features, no <webview>.
 * A unit test snapshots exactly this object.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    disableDialogs: false,
    autoplayPolicy: 'user-gesture-required',
  };
}
