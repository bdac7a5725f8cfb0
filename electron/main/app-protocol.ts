import { readFile } from 'node:fs/promises';
import type { StaticManifest } from '../app/bridge/static-assets';
import { contentTypeFor, hardeningHeaders, rendererCsp, resolveStaticPath } from '../app/bridge/static-assets';
import { appHost, appScheme } from '../shared/ipc-protocol';

// The renderer is served from app://bundle/ (SECURITY §1 item 18), never file://: only files in
// the build-time manifest exist, every answer carries the CSP, anything else is a 404.

/**
 * Privileges of the app:// scheme (registered before `ready`). `standard` gives it an origin
 * and relative URLs, `secure` a secure context; Vite's module scripts load in CORS mode, which
 * Chromium allows only on CORS-enabled, fetch-capable schemes (cross-origin reads stay refused,
 * and the CSP's connect-src 'none' still blocks fetch from the page).
 */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: false },
} as const;

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', ...hardeningHeaders } });
}

/** Builds the protocol.handle('app', ...) handler over a renderer build. */
export function createAppProtocolHandler(manifest: StaticManifest): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${appScheme}:` || url.host !== appHost || url.username || request.method !== 'GET') return notFound();
    // Chromium normalises dot segments before we see the URL; the raw-path check still refuses
    // every encoded trick (%2e%2e, %2f, %5c, %00) because only manifest keys are served.
    const file = resolveStaticPath(manifest, url.pathname);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...hardeningHeaders, 'content-type': contentTypeFor(file), 'content-security-policy': rendererCsp('ipc') },
      });
    } catch {
      return notFound();
    }
  };
}
