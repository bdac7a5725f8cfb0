import type { Api, ShellApi } from '../../electron/shared/api';
import type { Result } from '../../electron/shared/result';
import type { BridgeClient } from './bridge-api';
import { createBridgeApi } from './bridge-api';
import { secretFromHash } from './bridge-protocol';

/** The backend and shell functions the renderer uses, whatever the transport. */
export type AppApi = Api &
  ShellApi & {
    /** Browser shell only: fetches a file the bridge offers (report exports) and saves it. */
    downloadFile?: (url: string, fileName: string) => Promise<Result<null>>;
  };

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in a browser. */
    api?: Api & Partial<ShellApi>;
    /** Exposed by the Electron preload next to `api`, if it keeps shell functions apart. */
    shellApi?: ShellApi;
  }
}

const noShell: Omit<ShellApi, 'shell' | 'pathForFile'> = {
  openFileDialog: null,
  saveFileDialog: null,
  setProgress: null,
  notify: null,
};

function fromPreload(api: Api & Partial<ShellApi>, shellApi: ShellApi | undefined): AppApi {
  const shell: ShellApi = shellApi ?? {
    ...noShell,
    ...api,
    shell: 'electron',
    pathForFile: api.pathForFile ?? (() => Promise.reject(new Error('pathForFile is missing from the preload'))),
  };
  // The preload's object is frozen: build a new one instead of mutating it.
  return { ...api, ...shell, on: api.on };
}

let cached: AppApi | BridgeClient | null = null;
const secretKey = 'bridge-secret';

/** Picks the transport: the preload's `window.api` in Electron, the HTTP bridge in a browser. */
export function getApi(): AppApi | null {
  if (cached) return cached;
  if (window.api) {
    cached = fromPreload(window.api, window.shellApi);
    return cached;
  }
  const secret = secretFromHash(window.location.hash) ?? window.sessionStorage.getItem(secretKey);
  if (!secret) return null;
  // Drop the secret from the address bar (screenshots, screen sharing, history); this tab keeps
  // it so a reload still works. It only unlocks this run's local server and dies with it.
  window.sessionStorage.setItem(secretKey, secret);
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  cached = createBridgeApi(secret);
  return cached;
}
