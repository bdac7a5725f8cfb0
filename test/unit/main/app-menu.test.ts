import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, helpLinks } from '../../../electron/main/app-menu';
import { isAllowedExternalUrl } from '../../../electron/main/url-policy';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(isMac: boolean, dev: boolean) {
  const actions = { command: vi.fn(), openHelp: vi.fn(), setTheme: vi.fn() };
  const items = flatten(buildMenuTemplate({ isMac, dev, appName: 'Conversions Uploader', theme: 'system' }, actions));
  return { items, actions };
}

describe('application menu', () => {
  it('has the usual top-level menus', () => {
    const linux = buildMenuTemplate({ isMac: false, dev: false, appName: 'CU', theme: 'system' }, { command: vi.fn(), openHelp: vi.fn(), setTheme: vi.fn() });
    expect(linux.map((m) => m.label ?? m.role)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
    const mac = buildMenuTemplate({ isMac: true, dev: false, appName: 'CU', theme: 'system' }, { command: vi.fn(), openHelp: vi.fn(), setTheme: vi.fn() });
    expect(mac[0]).toMatchObject({ role: 'appMenu' });
  });

  it('opens and exports with the standard shortcuts, through app:menu commands', () => {
    const { items, actions } = build(false, false);
    const open = items.find((i) => i.accelerator === 'CmdOrCtrl+O');
    const exportItem = items.find((i) => i.accelerator === 'CmdOrCtrl+E');
    (open!.click as () => void)();
    (exportItem!.click as () => void)();
    expect(actions.command.mock.calls).toEqual([['open-file'], ['export-report']]);
    expect(items.some((i) => i.role === 'quit')).toBe(true);
  });

  it('offers reload and developer tools only in development', () => {
    expect(build(false, false).items.some((i) => i.role === 'reload' || i.role === 'toggleDevTools')).toBe(false);
    expect(build(false, true).items.some((i) => i.role === 'reload')).toBe(true);
  });

  it('has zoom and appearance items, and help links that are all on the external allowlist', () => {
    const { items, actions } = build(false, false);
    for (const role of ['zoomIn', 'zoomOut', 'resetZoom']) expect(items.some((i) => i.role === role)).toBe(true);
    (items.find((i) => i.label === 'Dark')!.click as () => void)();
    expect(actions.setTheme).toHaveBeenCalledWith('dark');
    for (const link of helpLinks) expect(isAllowedExternalUrl(link.url)).toBe(true);
  });
});
