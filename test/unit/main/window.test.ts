import type { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/core/ports';
import { secureWebPreferences } from '../../../electron/main/web-preferences';

// A fake BrowserWindow recording what createWindow does with it.
const electron = vi.hoisted(() => {
  const windows: unknown[] = [];
  return { windows };
});
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeBrowserWindow extends Emitter {
    webContents = Object.assign(new Emitter(), { reload: vi.fn() });
    loadURL = vi.fn(async () => undefined);
    maximize = vi.fn();
    show = vi.fn();
    isDestroyed = () => false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      electron.windows.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] } };
});

const { createWindow } = await import('../../../electron/main/window');
const dir = mkdtempSync(join(tmpdir(), 'cu-window-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type FakeWindow = EventEmitter & { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; webContents: EventEmitter & { reload: ReturnType<typeof vi.fn> } };

function open(): FakeWindow {
  createWindow({ preloadPath: '/out/preload/preload.js', stateFile: join(dir, 'window-state.json'), title: 'CU', log: silentLogger });
  return electron.windows.at(-1) as FakeWindow;
}

describe('createWindow', () => {
  it('uses the one secure preference set and loads the app:// entry, never a file', () => {
    const window = open();
    expect(window.options.webPreferences).toStrictEqual(secureWebPreferences('/out/preload/preload.js'));
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
  });

  it('reloads after a renderer crash (the backend and uploads live on in main), but not after a clean exit or in a crash loop', () => {
    const window = open();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(window.webContents.reload).not.toHaveBeenCalled();
    for (let i = 0; i < 5; i++) window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(window.webContents.reload).toHaveBeenCalledTimes(3);
  });
});
