import { beforeAll, describe, expect, it, vi } from 'vitest';
import { methodName } from '../../../electron/shared/api';
import { channels, events } from '../../../electron/shared/contract';
import type { fakeElectron } from '../main/fake-electron';

const electron = vi.hoisted(() => ({ module: undefined as unknown as ReturnType<typeof fakeElectron> }));
vi.mock('electron', async () => {
  const { fakeElectron: make } = await import('../main/fake-electron');
  electron.module = make();
  return electron.module;
});

let api: Record<string, unknown>;
beforeAll(async () => {
  await import('../../../electron/preload/preload');
  const calls = electron.module.contextBridge.exposeInMainWorld.mock.calls;
  expect(calls).toHaveLength(1);
  expect(calls[0]![0]).toBe('api');
  api = calls[0]![1] as Record<string, unknown>;
});

const shellNames = ['shell', 'pathForFile', 'openFileDialog', 'saveFileDialog', 'setProgress', 'notify'];

describe('preload window.api', () => {
  it('exposes exactly one function per channel, on(), and the shell functions', () => {
    const expected = [...Object.keys(channels).map((c) => methodName(c as keyof typeof channels)), 'on', ...shellNames];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
    expect(api.shell).toBe('electron');
    for (const [key, value] of Object.entries(api)) if (key !== 'shell') expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or any of its methods', () => {
    const values = Object.values(api);
    const ipc = electron.module.ipcRenderer;
    for (const forbidden of [ipc, ipc.invoke, ipc.on, ipc.removeListener]) expect(values).not.toContain(forbidden);
  });

  it('invokes the channel with the given input (an empty object when none)', async () => {
    const result = await (api.authSignInToken as (i: unknown) => Promise<unknown>)({ token: 't', adAccountId: '1' });
    expect(result).toEqual({ ok: true, value: { channel: 'auth:sign-in-token', input: { token: 't', adAccountId: '1' } } });
    await (api.authStatus as () => Promise<unknown>)();
    expect(electron.module.ipcRenderer.invoke).toHaveBeenLastCalledWith('auth:status', {});
  });

  it('turns a rejected invoke into a failed Result instead of throwing', async () => {
    electron.module.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    expect(await (api.historyList as () => Promise<unknown>)()).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });

  it('on() delivers only the payload of the named event and unsubscribes', () => {
    const on = api.on as (e: string, cb: (p: unknown) => void) => () => void;
    const cb = vi.fn();
    const off = on('upload:progress', cb);
    const [listener] = electron.module.ipcRenderer.listeners.get('app:event')!;
    const ipcEvent = { sender: 'ipcRenderer itself', senderFrame: {} };
    listener!(ipcEvent, { name: 'dataset:progress', payload: 1 });
    listener!(ipcEvent, { name: 'upload:progress', payload: { jobId: 'j' } });
    expect(cb.mock.calls).toEqual([[{ jobId: 'j' }]]);
    off();
    expect(electron.module.ipcRenderer.listeners.get('app:event')!.size).toBe(0);
    expect(() => on('not:an-event', cb)).toThrow();
    expect(Object.keys(events)).toContain('app:menu');
  });

  it('pathForFile uses webUtils and reports non-files as a validation failure', async () => {
    const pathForFile = api.pathForFile as (f: unknown) => Promise<unknown>;
    expect(await pathForFile({ path: '/home/ann/orders.csv' })).toEqual({ ok: true, value: { path: '/home/ann/orders.csv' } });
    expect(await pathForFile({})).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('dialog functions unwrap their Result', async () => {
    electron.module.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: '/a.csv' });
    expect(await (api.openFileDialog as () => Promise<unknown>)()).toBe('/a.csv');
    electron.module.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { kind: 'forbidden', message: '' } });
    expect(await (api.saveFileDialog as (n: string) => Promise<unknown>)('r.csv')).toBeNull();
  });
});
