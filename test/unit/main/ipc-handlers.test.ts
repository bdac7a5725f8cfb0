import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../electron/app/backend/dispatch';
import { createEventBus } from '../../../electron/app/backend/event-bus';
import { silentLogger } from '../../../electron/core/ports';
import { channelNames } from '../../../electron/shared/channel-names';
import { ok } from '../../../electron/shared/result';
import type { fakeElectron } from './fake-electron';
import { FakeWebContents } from './fake-electron';

const electron = vi.hoisted(() => ({ module: undefined as unknown as ReturnType<typeof fakeElectron> }));
vi.mock('electron', async () => {
  const { fakeElectron: make } = await import('./fake-electron');
  electron.module = make();
  return electron.module;
});

const { forwardEvents, isTrustedSender, registerIpcHandlers } = await import('../../../electron/main/ipc-handlers');

const choose = vi.fn(async (input: { adAccountId: string }) => ok(input));
const shell = { openFileDialog: vi.fn(async () => '/tmp/a.csv'), saveFileDialog: vi.fn(async () => null), setProgress: vi.fn(), notify: vi.fn() };
let window: FakeWebContents;
let unregister: () => void;

function frame(url: string, parent: unknown = null) {
  return { url, parent };
}
function event(sender: FakeWebContents, senderFrame: unknown) {
  return { sender, senderFrame };
}
function invoke(channel: string, e: unknown, input: unknown) {
  const handler = electron.module.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(e, input) as Promise<{ ok: boolean; error?: { kind: string } }>;
}

beforeEach(() => {
  choose.mockClear();
  window = new FakeWebContents();
  const bus = createEventBus(silentLogger, true);
  const backend = { dispatch: createDispatch({ 'accounts:choose': choose }, { log: silentLogger, checkOutputs: true }), on: bus.on };
  unregister?.();
  unregister = registerIpcHandlers({ backend, trusted: () => [window as unknown as WebContents], shell, log: silentLogger });
});

describe('registerIpcHandlers', () => {
  it('registers every contract channel and the shell channels, and removes them again', () => {
    const registered = [...electron.module.ipcMain.handlers.keys()];
    expect(registered).toEqual(expect.arrayContaining([...channelNames]));
    expect(registered.filter((c) => c.startsWith('shell:'))).toHaveLength(4);
    unregister();
    expect(electron.module.ipcMain.handlers.size).toBe(0);
    unregister = () => {};
  });

  it('calls the backend for a trusted sender with a valid payload', async () => {
    const result = await invoke('accounts:choose', event(window, frame('app://bundle/index.html')), { adAccountId: '42' });
    expect(result).toEqual(ok({ adAccountId: '42' }));
    expect(choose).toHaveBeenCalledOnce();
  });

  it.each([
    ['a foreign origin', () => event(window, frame('https://attacker.example/'))],
    ['a look-alike app origin', () => event(window, frame('app://bundle.attacker/index.html'))],
    ['a file:// page', () => event(window, frame('file:///tmp/x.html'))],
    ['a null senderFrame', () => event(window, null)],
    ['a sub-frame', () => event(window, frame('app://bundle/index.html', frame('app://bundle/index.html')))],
    ['an untrusted webContents', () => event(new FakeWebContents(), frame('app://bundle/index.html'))],
  ])('refuses %s without calling the backend', async (_why, makeEvent) => {
    const result = await invoke('accounts:choose', makeEvent(), { adAccountId: '42' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(choose).not.toHaveBeenCalled();
  });

  it.each([[{ adAccountId: 'x' }], [{ adAccountId: '1', more: 1 }], ['{}'], [null], [{ adAccountId: '1'.repeat(5_000_000) }]])(
    'refuses an invalid payload %#, handler never called',
    async (payload) => {
      const result = await invoke('accounts:choose', event(window, frame('app://bundle/index.html')), payload);
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
      expect(choose).not.toHaveBeenCalled();
    },
  );

  it('checks shell-channel payloads and senders too', async () => {
    const trustedEvent = event(window, frame('app://bundle/index.html'));
    expect(await invoke('shell:open-file-dialog', trustedEvent, {})).toEqual(ok('/tmp/a.csv'));
    expect(await invoke('shell:set-progress', trustedEvent, { fraction: 2 })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await invoke('shell:notify', trustedEvent, { title: 'x', body: 'y', extra: 1 })).toMatchObject({ ok: false });
    expect(await invoke('shell:notify', event(window, null), { title: 'x', body: 'y' })).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(shell.notify).not.toHaveBeenCalled();
    expect(await invoke('shell:set-progress', trustedEvent, { fraction: 0.5 })).toEqual(ok(null));
    expect(shell.setProgress).toHaveBeenCalledWith(window, 0.5);
  });
});

describe('isTrustedSender', () => {
  it('needs all three: trusted id, top frame, app origin', () => {
    const trusted = [window as unknown as WebContents];
    expect(isTrustedSender(event(window, frame('app://bundle/x')) as never, trusted)).toBe(true);
    expect(isTrustedSender(event(window, frame('app://bundle/x')) as never, [])).toBe(false);
  });
});

describe('forwardEvents', () => {
  it('sends events to live trusted windows only', () => {
    const bus = createEventBus(silentLogger, true);
    const gone = new FakeWebContents();
    gone.destroyed = true;
    forwardEvents({ on: bus.on }, () => [window, gone] as unknown as WebContents[]);
    bus.emit('app:menu', { command: 'open-file' });
    expect(window.sent).toEqual([['app:event', { name: 'app:menu', payload: { command: 'open-file' } }]]);
    expect(gone.sent).toEqual([]);
  });
});
