import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

// A small hand-written stand-in for the parts of the `electron` module our main-process code
// touches. Tests install it with `vi.mock('electron', () => fakeElectron())`.

/** A fake webContents: an EventEmitter with the few methods the guards and IPC use. */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: Array<[string, unknown]> = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return this.destroyed;
  }
  send(channel: string, message: unknown) {
    this.sent.push([channel, message]);
  }
}

/** A navigation-style event: url + preventDefault spy. */
export function navEvent(url: string) {
  return { url, preventDefault: vi.fn(), defaultPrevented: false };
}

/** The fake module (fresh spies per call). */
export function fakeElectron() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const rendererListeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    shell: { openExternal: vi.fn(async () => undefined) },
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, fn);
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
    ipcRenderer: {
      listeners: rendererListeners,
      invoke: vi.fn(async (channel: string, input: unknown): Promise<unknown> => ({ ok: true, value: { channel, input } })),
      on: vi.fn((channel: string, fn: (...args: unknown[]) => void) => {
        if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
        rendererListeners.get(channel)!.add(fn);
      }),
      removeListener: vi.fn((channel: string, fn: (...args: unknown[]) => void) => rendererListeners.get(channel)?.delete(fn)),
    },
    contextBridge: { exposed: new Map<string, unknown>(), exposeInMainWorld: vi.fn() },
    webUtils: { getPathForFile: vi.fn((file: { path?: string }) => file.path ?? '') },
  };
}
