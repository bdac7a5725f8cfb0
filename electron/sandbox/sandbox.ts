// The embedded Pinterest sandbox: a faithful local Pinterest API v5 (events, ad accounts,
// user account, OAuth) on 127.0.0.1, used in-process by tests, by the app's "Sandbox"
// sign-in, and standalone through `conversions-uploader sandbox`.
import type { AdAccount } from './ad-accounts';
import type { FaultController } from './faults';
import type { ReceivedLog } from './received-log';
import { createContext } from './sandbox-context';
import type { SandboxOptions } from './sandbox-options';
import { resolveOptions } from './sandbox-options';
import { startServer } from './server';
import type { TokenRegistry } from './token-registry';

export type { AdAccount, AdAccountSeed } from './ad-accounts';
export type { EventMessages } from './event-messages';
export type { ActiveFault, FaultAction, FaultController, FaultResponse, FaultRule } from './faults';
export type { ReceivedEvent, ReceivedLog, ReceivedRequest, RecordMode } from './received-log';
export type { SandboxOptions } from './sandbox-options';
export type { TokenGrant, TokenInfo, TokenKind, TokenRegistry, TokenState } from './token-registry';

/** A running sandbox. */
export interface Sandbox {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** http://127.0.0.1:PORT/v5: what clients use as API base. */
  baseUrl: string;
  /** Accepted for the events endpoint of every seeded ad account. */
  conversionToken: string;
  adAccountIds: string[];
  /** The seeded AdAccount objects, as GET /v5/ad_accounts returns them. */
  adAccounts: AdAccount[];
  /** OAuth app credentials for /v5/oauth/token (HTTP Basic). */
  oauthClient: { clientId: string; clientSecret: string };
  /** ${origin}/oauth/ (Pinterest's is https://www.pinterest.com/oauth/). */
  authorizeUrl: string;
  tokens: TokenRegistry;
  faults: FaultController;
  received: ReceivedLog;
  /** Stops listening and drops every open connection (hanging ones too). */
  close(): Promise<void>;
}

/** Starts a sandbox; resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const config = resolveOptions(options);
  const ctx = createContext(config);
  const server = await startServer(ctx, config.port);
  const origin = `http://127.0.0.1:${server.port}`;
  let closed: Promise<void> | undefined;
  return {
    origin,
    baseUrl: `${origin}/v5`,
    conversionToken: config.conversionToken,
    adAccountIds: config.accounts.map((a) => a.id),
    adAccounts: structuredClone(config.accounts),
    oauthClient: { clientId: config.oauth.clientId, clientSecret: config.oauth.clientSecret },
    authorizeUrl: `${origin}/oauth/`,
    tokens: ctx.tokens,
    faults: ctx.faults,
    received: ctx.received,
    close: () => (closed ??= server.close()),
  };
}
