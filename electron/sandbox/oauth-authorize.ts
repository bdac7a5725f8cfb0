// GET /oauth/ : the authorization page (mirrors https://www.pinterest.com/oauth/). The sandbox
// consents at once and redirects to the loopback redirect_uri with ?code=&state= (RFC 6749 §4.1.2);
// request errors are redirected with ?error= unless client or redirect_uri are bad (§4.1.2.1).
import spec from '../../vendor/pinterest-openapi/capi-subset.json';
import type { SandboxRequest, SandboxResponse } from './http-io';
import type { SandboxContext } from './sandbox-context';

const knownScopes = new Set(Object.keys(spec.securitySchemes.pinterest_oauth2.flows.authorizationCode.scopes));

/** Whether a redirect URI is a plain-http loopback address (what a desktop app can listen on). */
export function isLoopbackRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && url.hash === '';
  } catch {
    return false;
  }
}

function page(status: number, title: string, text: string): SandboxResponse {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return {
    status,
    body: `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1><p>${escape(text)}</p></body></html>`,
  };
}

function redirect(redirectUri: string, params: Record<string, string | null>): SandboxResponse {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== null) url.searchParams.set(key, value);
  return { status: 302, headers: { location: url.toString(), 'cache-control': 'no-store' } };
}

/** Parses the comma-separated scope list (spaces tolerated). */
export function parseScopes(raw: string | null): string[] {
  return (raw ?? '').split(/[,\s]+/).filter(Boolean);
}

/** GET /oauth/?client_id|consumer_id=&redirect_uri=&response_type=code&scope=&state= */
export function authorizePage(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
  const q = req.query;
  const clientId = q.get('client_id') ?? q.get('consumer_id');
  if (clientId !== ctx.config.oauth.clientId) return page(400, 'Invalid client', 'The client_id is missing or unknown.');
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri || !isLoopbackRedirect(redirectUri)) {
    return page(400, 'Invalid redirect_uri', 'redirect_uri must be http://127.0.0.1:<port>/... or http://localhost:<port>/...');
  }
  const state = q.get('state');
  if (q.get('response_type') !== 'code') return redirect(redirectUri, { error: 'unsupported_response_type', state });
  const scopes = parseScopes(q.get('scope'));
  if (scopes.length === 0 || scopes.some((s) => !knownScopes.has(s))) {
    return redirect(redirectUri, { error: 'invalid_scope', error_description: 'Unknown or missing scope.', state });
  }
  const code = ctx.oauth.issueCode(clientId, redirectUri, [...new Set(scopes)]);
  return redirect(redirectUri, { code, state });
}
