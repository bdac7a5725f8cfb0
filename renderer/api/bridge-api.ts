import type { Api, ShellApi } from '../../electron/shared/api';
import { methodName } from '../../electron/shared/api';
import { appError } from '../../electron/shared/app-error';
import type { Channel, EventName } from '../../electron/shared/contract';
import { channels, events } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import { err, ok } from '../../electron/shared/result';
import { downloadBlob } from '../components/download';
import { subscribeToBridgeEvents } from './bridge-events';
import { bridgeCallPath, bridgeFileNameHeader, bridgePaths } from '../../electron/shared/bridge-protocol';
import { bridgeHeaders, bridgeUrl } from './bridge-protocol';

/** What the browser shell offers: the backend plus the shell functions it can provide. */
export type BridgeClient = Api & ShellApi & { downloadFile: (url: string, fileName: string) => Promise<Result<null>> };

async function readResult<T>(response: Response): Promise<Result<T>> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Result<T>;
    if (body && typeof body === 'object' && typeof body.ok === 'boolean') return body;
  } catch {
    // Fall through: the bridge answered something that is not a Result (a proxy page, a crash).
  }
  return err(appError('internal', `The app's local server answered unexpectedly (HTTP ${response.status}).`));
}

async function post<T>(url: string, init: RequestInit): Promise<Result<T>> {
  try {
    return await readResult<T>(await fetch(url, { ...init, method: 'POST', cache: 'no-store' }));
  } catch {
    return err(appError('network', "The app's local server cannot be reached. Is it still running?"));
  }
}

/** Calls one channel over the bridge; never throws. */
export function callChannel<T>(secret: string, channel: Channel, input: unknown): Promise<Result<T>> {
  return post<T>(bridgeUrl(bridgeCallPath(channel)), {
    headers: { ...bridgeHeaders(secret), 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {}),
  });
}

/** Sends a dropped or picked File to the bridge, which stores it and answers its path. */
export function stageFile(secret: string, file: File): Promise<Result<{ path: string }>> {
  return post<{ path: string }>(bridgeUrl(bridgePaths.stageFile), {
    headers: { ...bridgeHeaders(secret), 'content-type': 'application/octet-stream', [bridgeFileNameHeader]: encodeURIComponent(file.name) },
    body: file,
  });
}

/** Fetches a bridge download (it needs the secret header, so a plain link cannot) and saves it. */
export async function downloadFromBridge(secret: string, url: string, fileName: string): Promise<Result<null>> {
  try {
    const response = await fetch(bridgeUrl(url), { headers: bridgeHeaders(secret), cache: 'no-store' });
    if (!response.ok) return readResult<null>(response);
    downloadBlob(fileName, await response.blob());
    return ok(null);
  } catch {
    return err(appError('network', "The app's local server cannot be reached. Is it still running?"));
  }
}

/** Builds the Api (+ ShellApi) on top of the loopback HTTP bridge with this run's secret. */
export function createBridgeApi(secret: string): BridgeClient {
  const api: Record<string, unknown> = {};
  for (const channel of Object.keys(channels) as Channel[]) {
    api[methodName(channel)] = (input: unknown) => callChannel(secret, channel, input);
  }
  const known = new Set(Object.keys(events));
  const on = (event: EventName, cb: (payload: never) => void) => {
    if (!known.has(event)) throw new Error(`Unknown event ${event}`);
    return subscribeToBridgeEvents(secret, event, cb as (payload: unknown) => void);
  };
  const shell: ShellApi = {
    shell: 'browser',
    pathForFile: (file) => stageFile(secret, file as File),
    openFileDialog: null,
    saveFileDialog: null,
    setProgress: null,
    notify: null,
  };
  const downloadFile = (url: string, fileName: string) => downloadFromBridge(secret, url, fileName);
  return Object.assign(api, { on, downloadFile }, shell) as unknown as BridgeClient;
}
