import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl, isAppUrl } from './url-policy';

// Navigation, new windows, webviews and permissions, denied by default for EVERY webContents
// (installed from app 'web-contents-created', so no window can be created without them).

/** Opens an allowlisted URL in the system browser (openExternalSafe). */
export type ExternalOpener = (url: string) => Promise<boolean>;

/** Decides a navigation: stay only on the app's own pages; allowlisted links go to the browser. */
export function navigationVerdict(url: string): 'allow' | 'external' | 'deny' {
  if (isAppUrl(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'external' : 'deny';
}

function guardNavigation(url: string, preventDefault: () => void, openExternal: ExternalOpener): void {
  const verdict = navigationVerdict(url);
  if (verdict === 'allow') return;
  preventDefault();
  if (verdict === 'external') void openExternal(url);
}

/** Installs the navigation, window-open and webview guards on one webContents. */
export function guardWebContents(contents: WebContents, openExternal: ExternalOpener): void {
  contents.on('will-navigate', (event) => guardNavigation(event.url, () => event.preventDefault(), openExternal));
  contents.on('will-frame-navigate', (event) => guardNavigation(event.url, () => event.preventDefault(), openExternal));
  // Redirects never leave for the browser: a redirect chain is not a link the user chose.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Refuses every permission request and check: the app needs none (notifications are main's). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

/** Schemes a page of ours may load besides app:// (inline images, blobs, developer tools). */
const localSchemes: ReadonlySet<string> = new Set(['data:', 'blob:', 'devtools:', 'chrome-devtools:']);

/** True when the renderer may load this URL: its own pages and local data only (PRIV-07). */
export function rendererRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return localSchemes.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Cancels every renderer request to the network: the renderer talks to the backend over IPC
 * and never fetches anything remote (main's own requests to Pinterest do not pass here).
 * Defence in depth behind the CSP's connect-src 'none'.
 */
export function blockForeignRequests(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !rendererRequestAllowed(details.url) }));
}
