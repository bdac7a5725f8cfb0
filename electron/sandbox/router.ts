// Maps method + path to the endpoint handlers; unknown paths get Pinterest-style 404 bodies.
import { getAdAccount, listAdAccounts } from './ad-accounts-endpoint';
import { handleEvents } from './events-endpoint';
import type { SandboxRequest, SandboxResponse } from './http-io';
import { json } from './http-io';
import { statsEndpoint } from './inspect-endpoint';
import { authorizePage } from './oauth-authorize';
import { conversionTokenEndpoint, revokeEndpoint, tokenEndpoint } from './oauth-token';
import { pinterestErrors } from './pinterest-errors';
import type { SandboxContext } from './sandbox-context';
import { getUserAccount } from './user-account-endpoint';

type Handler = (req: SandboxRequest, ctx: SandboxContext, ...params: string[]) => SandboxResponse | Promise<SandboxResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

const routes: Route[] = [
  { method: 'POST', pattern: /^\/v5\/ad_accounts\/([^/]*)\/events$/, handler: handleEvents },
  { method: 'GET', pattern: /^\/v5\/ad_accounts$/, handler: listAdAccounts },
  { method: 'GET', pattern: /^\/v5\/ad_accounts\/([^/]+)$/, handler: getAdAccount },
  { method: 'GET', pattern: /^\/v5\/user_account$/, handler: getUserAccount },
  { method: 'POST', pattern: /^\/v5\/oauth\/token$/, handler: tokenEndpoint },
  { method: 'POST', pattern: /^\/v5\/oauth\/token\/revoke$/, handler: revokeEndpoint },
  { method: 'POST', pattern: /^\/v5\/oauth\/conversion_token$/, handler: conversionTokenEndpoint },
  { method: 'GET', pattern: /^\/oauth\/?$/, handler: authorizePage },
  { method: 'GET', pattern: /^\/_sandbox\/stats$/, handler: statsEndpoint },
];

/** The ad account id in a path like /v5/ad_accounts/{id}[/...], if any. */
export function adAccountIdOf(path: string): string | undefined {
  return /^\/v5\/ad_accounts\/([^/]+)/.exec(path)?.[1];
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Runs the handler for a request, or answers 404/405. */
export async function dispatch(req: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  let pathMatched = false;
  for (const route of routes) {
    const match = route.pattern.exec(req.path);
    if (!match) continue;
    pathMatched = true;
    if (route.method !== req.method) continue;
    return route.handler(req, ctx, ...match.slice(1).map(decode));
  }
  return pathMatched ? json(405, pinterestErrors.methodNotAllowed) : json(404, pinterestErrors.notFound);
}
