// The shared state of one running sandbox, handed to every endpoint.
import type { SandboxConfig } from './sandbox-options';
import type { OauthStore } from './oauth-store';
import { createOauthStore } from './oauth-store';
import type { FaultMatcher } from './faults';
import { createFaults } from './faults';
import { SlidingWindowLimiter } from './rate-limiter';
import type { ReceivedLogWriter } from './received-log';
import { createReceivedLog } from './received-log';
import type { TokenRegistry } from './token-registry';
import { createTokenRegistry } from './token-registry';
import type { AdAccount } from './ad-accounts';

/** Everything an endpoint may read or change. */
export interface SandboxContext {
  config: SandboxConfig;
  tokens: TokenRegistry;
  oauth: OauthStore;
  faults: FaultMatcher;
  received: ReceivedLogWriter;
  liveLimiter: SlidingWindowLimiter;
  testLimiter: SlidingWindowLimiter;
  account(id: string): AdAccount | undefined;
}

/** Builds the state of a fresh sandbox; the conversion token is registered for every account. */
export function createContext(config: SandboxConfig): SandboxContext {
  const tokens = createTokenRegistry(config.clock);
  tokens.add({ token: config.conversionToken, kind: 'conversion' });
  const byId = new Map(config.accounts.map((a) => [a.id, a]));
  return {
    config,
    tokens,
    oauth: createOauthStore(config, tokens),
    faults: createFaults(),
    received: createReceivedLog(config.recordEvents),
    liveLimiter: new SlidingWindowLimiter(config.rateLimitPerMinute, 60_000, config.clock),
    testLimiter: new SlidingWindowLimiter(config.testRatePerSecond, 1_000, config.clock),
    account: (id) => byId.get(id),
  };
}
