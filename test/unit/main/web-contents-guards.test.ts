import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { blockForeignRequests, denyAllPermissions, guardWebContents, rendererRequestAllowed } from '../../../electron/main/web-contents-guards';
import { FakeWebContents, navEvent } from './fake-electron';

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async () => true);
  guardWebContents(contents as unknown as WebContents, openExternal);
  return { contents, openExternal };
}

const outside = ['https://example.com.attacker.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'app://bundle.evil/', 'http://127.0.0.1:9999/', 'https://xn--pnterest-5za.com/'];

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays on app:// pages', (eventName) => {
    const { contents, openExternal } = guarded();
    const inside = navEvent('app://bundle/index.html');
    contents.emit(eventName, inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    for (const url of outside) {
      const event = navEvent(url);
      contents.emit(eventName, event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('sends an allowlisted link to the system browser instead of navigating', () => {
    const { contents, openExternal } = guarded();
    const event = navEvent('https://help.pinterest.com/en');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledWith('https://help.pinterest.com/en');
  });

  it('never follows a redirect out of the app, even to an allowlisted host', () => {
    const { contents, openExternal } = guarded();
    const event = navEvent('https://help.pinterest.com/en');
    contents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window; allowlisted https links open externally', () => {
    const { contents, openExternal } = guarded();
    for (const url of [...outside, 'app://bundle/index.html', 'https://www.pinterest.com/']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://www.pinterest.com/']]);
  });

  it('prevents every <webview> from attaching', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'app://bundle/index.html' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

// Every permission name Electron knows, read from its own type declarations so new ones are covered.
function permissionNames(): string[] {
  const dts = readFileSync(require.resolve('electron/electron.d.ts'), 'utf8');
  const match = /setPermissionRequestHandler\(handler: \(\(webContents: WebContents, permission: ([^,]+(?:, *'[^']*')*?[^)]*?), callback/.exec(dts);
  const union = match?.[1] ?? '';
  return [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setDisplayMediaRequestHandler: vi.fn(),
    };
    denyAllPermissions(session as unknown as Session);
    const names = permissionNames();
    expect(names.length).toBeGreaterThan(30);
    expect(names).toContain('notifications');
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void, d: unknown) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, p: string, origin: string, d: unknown) => boolean;
    for (const name of names) {
      const callback = vi.fn();
      request({}, name, callback, { requestingUrl: 'app://bundle/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, name, 'app://bundle', {})).toBe(false);
    }
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as (d: unknown) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
    const media = vi.fn();
    (session.setDisplayMediaRequestHandler.mock.calls[0]![0] as (r: unknown, cb: unknown) => void)({}, media);
    expect(media).toHaveBeenCalledWith(null);
  });
});

describe('blockForeignRequests (PRIV-07)', () => {
  it('lets the renderer load its own pages and local data only', () => {
    const session = { webRequest: { onBeforeRequest: vi.fn() } };
    blockForeignRequests(session as unknown as Session);
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const verdict = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]![0] as { cancel: boolean };
    };
    for (const url of ['app://bundle/index.html', 'app://bundle/assets/x.js', 'data:image/png;base64,AA', 'blob:app://bundle/1-2']) {
      expect(verdict(url)).toEqual({ cancel: false });
    }
    for (const url of ['https://api.pinterest.com/v5/ad_accounts', 'http://127.0.0.1:1/', 'https://evil.example/x.js', 'file:///etc/passwd', 'ws://x/', 'app://bundle.evil/x', 'nonsense']) {
      expect(verdict(url)).toEqual({ cancel: true });
    }
    expect(rendererRequestAllowed('app://bundle/')).toBe(true);
  });
});
