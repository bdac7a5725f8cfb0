import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { methodName } from '../shared/api';
import { channelNames, eventNames } from '../shared/channel-names';
import { ipcEventChannel, shellChannels } from '../shared/ipc-protocol';

// The sandboxed preload (one CJS file that can require only 'electron'). It builds `window.api`:
// one named function per contract channel, `on(event, cb) → unsubscribe`, and the shell
// functions of ShellApi. Nothing else: never ipcRenderer itself, never an IpcRendererEvent.
// It imports no zod (contract.ts); channel names come from channel-names.ts, type-checked
// against the contract. Results are plain objects built here for the same reason.

type Failure = { ok: false; error: { kind: 'internal' | 'validation'; message: string } };

const failure = (kind: Failure['error']['kind'], message: string): Failure => ({ ok: false, error: { kind, message } });

/** invoke that always resolves to a Result, even if main is gone or the handler is missing. */
function call(channel: string, input: unknown): Promise<unknown> {
  return ipcRenderer.invoke(channel, input ?? {}).catch(() => failure('internal', 'The app did not answer. Please try again.'));
}

async function unwrap<T>(channel: string, input: unknown, fallback: T): Promise<T> {
  const result = (await call(channel, input)) as { ok: boolean; value?: T };
  return result.ok ? (result.value as T) : fallback;
}

const knownEvents: ReadonlySet<string> = new Set(eventNames);

function on(event: string, cb: (payload: unknown) => void): () => void {
  if (!knownEvents.has(event)) throw new Error(`Unknown event ${event}`);
  if (typeof cb !== 'function') throw new TypeError('on() needs a callback.');
  // The renderer's callback only ever sees the payload, never the IpcRendererEvent (sender etc.).
  const listener = (_event: IpcRendererEvent, message: { name?: unknown; payload?: unknown }) => {
    if (message && message.name === event) cb(message.payload);
  };
  ipcRenderer.on(ipcEventChannel, listener);
  return () => void ipcRenderer.removeListener(ipcEventChannel, listener);
}

function pathForFile(file: unknown): Promise<unknown> {
  try {
    const path = webUtils.getPathForFile(file as File);
    return Promise.resolve(path ? { ok: true, value: { path } } : failure('validation', 'This item is not a file on this computer.'));
  } catch {
    return Promise.resolve(failure('validation', 'This item is not a file on this computer.'));
  }
}

const api: Record<string, unknown> = {};
for (const channel of channelNames) api[methodName(channel)] = (input?: unknown) => call(channel, input);

Object.assign(api, {
  on,
  shell: 'electron',
  pathForFile,
  openFileDialog: () => unwrap<string | null>(shellChannels.openFileDialog, {}, null),
  saveFileDialog: (defaultName: string) => unwrap<string | null>(shellChannels.saveFileDialog, { defaultName }, null),
  setProgress: (fraction: number) => void call(shellChannels.setProgress, { fraction }),
  notify: (title: string, body: string) => void call(shellChannels.notify, { title, body }),
});

contextBridge.exposeInMainWorld('api', api);
