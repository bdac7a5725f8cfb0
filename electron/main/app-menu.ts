import type { MenuItemConstructorOptions } from 'electron';

// The application menu as a plain template (built into a Menu by main.ts), so a unit test can
// check items and shortcuts without Electron.

/** What the menu's items do; main.ts supplies the real actions. */
export interface MenuActions {
  /** Asks the renderer to run a command (open a file, export the report). */
  command(name: 'open-file' | 'export-report'): void;
  /** Opens an allowlisted help link in the system browser. */
  openHelp(url: string): void;
  /** Follows the OS, or forces light or dark. */
  setTheme(theme: 'system' | 'light' | 'dark'): void;
}

/** Help links (all on the external allowlist). */
export const helpLinks = [
  { label: 'Conversions API guide', url: 'https://help.pinterest.com/en/business/article/the-pinterest-api-for-conversions' },
  { label: 'Pinterest developer documentation', url: 'https://developers.pinterest.com/docs/conversions/conversions/' },
  { label: 'Pinterest Ads Manager', url: 'https://ads.pinterest.com/' },
] as const;

function themeMenu(actions: MenuActions, current: 'system' | 'light' | 'dark'): MenuItemConstructorOptions {
  const item = (theme: 'system' | 'light' | 'dark', label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: current === theme,
    click: () => actions.setTheme(theme),
  });
  return { label: 'Appearance', submenu: [item('system', 'Follow System'), item('light', 'Light'), item('dark', 'Dark')] };
}

/** Builds the template. `dev` adds reload and developer tools, which a release never shows. */
export function buildMenuTemplate(options: { isMac: boolean; dev: boolean; appName: string; theme: 'system' | 'light' | 'dark' }, actions: MenuActions): MenuItemConstructorOptions[] {
  const { isMac, dev, appName } = options;
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Spreadsheet…', accelerator: 'CmdOrCtrl+O', click: () => actions.command('open-file') },
      { label: 'Export Report…', accelerator: 'CmdOrCtrl+E', click: () => actions.command('export-report') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(dev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      themeMenu(actions, options.theme),
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: helpLinks.map((link) => ({ label: link.label, click: () => actions.openHelp(link.url) })),
  };
  return [
    ...(isMac ? ([{ label: appName, role: 'appMenu' }] as MenuItemConstructorOptions[]) : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help,
  ];
}
