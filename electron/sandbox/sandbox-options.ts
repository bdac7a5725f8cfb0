// Options of the embedded sandbox and their resolution into one validated configuration.
import { randomBytes } from 'node:crypto';
import type { AdAccount, AdAccountSeed } from './ad-accounts';
import { buildAdAccounts, generateSeeds } from './ad-accounts';
import type { EventMessages } from './event-messages';
import { eventMessages } from './event-messages';
import type { RecordMode } from './received-log';

/** How to start a sandbox; every field is optional. */
export interface SandboxOptions {
  /** Default 0 (ephemeral); the sandbox always binds 127.0.0.1 only. */
  port?: number;
  /** Accepted for events of every seeded ad account; generated (pina_...) if absent. */
  conversionToken?: string;
  /** Default 3 accounts (owned, shared admin, shared finance-view-only); a number seeds that many. */
  adAccounts?: number | AdAccountSeed[];
  /** Live events calls per ad account in any 60 s window, default 5000. */
  rateLimitPerMinute?: number;
  /** `?test=true` calls per second (whole sandbox = one app), default 10. */
  testRatePerSecond?: number;
  /** Events older than this fail per event, default 7. */
  maxEventAgeDays?: number;
  /** Tolerated clock skew for future event_time, seconds, default 60. */
  futureSkewSec?: number;
  /** Answer 200 (default) or 422 DetailedError code 953 when some events failed. */
  partialFailureStatus?: 200 | 422;
  /** Replaces per-event message texts. */
  messages?: Partial<EventMessages>;
  oauth?: { clientId?: string; clientSecret?: string; accessTokenTtlSec?: number; refreshTokenTtlSec?: number };
  /** Milliseconds; for tests. Default Date.now. */
  clock?: () => number;
  /** Fixed delay before every answer, ms. */
  latencyMs?: number;
  /** Keep whole accepted events (default) or only their ids (million-event runs). */
  recordEvents?: RecordMode;
  /** Largest accepted body, bytes; default 16 MiB. */
  maxBodyBytes?: number;
}

/** The resolved configuration every module reads. */
export interface SandboxConfig {
  port: number;
  conversionToken: string;
  accounts: AdAccount[];
  rateLimitPerMinute: number;
  testRatePerSecond: number;
  maxEventAgeDays: number;
  futureSkewSec: number;
  partialFailureStatus: 200 | 422;
  messages: EventMessages;
  oauth: { clientId: string; clientSecret: string; accessTokenTtlSec: number; refreshTokenTtlSec: number };
  clock: () => number;
  latencyMs: number;
  recordEvents: RecordMode;
  maxBodyBytes: number;
}

/** A random token with Pinterest's prefix (pina_ access, pinr_ refresh). */
export function randomToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

function positive(name: string, value: number | undefined, fallback: number, min = 1): number {
  const result = value ?? fallback;
  if (!Number.isFinite(result) || result < min) throw new Error(`Sandbox option ${name} must be a number >= ${min}.`);
  return result;
}

/** Applies defaults and checks ranges; throws on nonsense (a programming error). */
export function resolveOptions(options: SandboxOptions = {}): SandboxConfig {
  const seeds = typeof options.adAccounts === 'number' || options.adAccounts === undefined
    ? generateSeeds(positive('adAccounts', options.adAccounts, 3, 0))
    : options.adAccounts;
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error('Sandbox option port must be 0-65535.');
  return {
    port,
    conversionToken: options.conversionToken ?? randomToken('pina'),
    accounts: buildAdAccounts(seeds),
    rateLimitPerMinute: positive('rateLimitPerMinute', options.rateLimitPerMinute, 5000),
    testRatePerSecond: positive('testRatePerSecond', options.testRatePerSecond, 10),
    maxEventAgeDays: positive('maxEventAgeDays', options.maxEventAgeDays, 7, 0),
    futureSkewSec: positive('futureSkewSec', options.futureSkewSec, 60, 0),
    partialFailureStatus: options.partialFailureStatus ?? 200,
    messages: eventMessages(options.messages),
    oauth: {
      clientId: options.oauth?.clientId ?? '1500001',
      clientSecret: options.oauth?.clientSecret ?? randomBytes(20).toString('hex'),
      accessTokenTtlSec: positive('oauth.accessTokenTtlSec', options.oauth?.accessTokenTtlSec, 30 * 86_400),
      refreshTokenTtlSec: positive('oauth.refreshTokenTtlSec', options.oauth?.refreshTokenTtlSec, 60 * 86_400),
    },
    clock: options.clock ?? Date.now,
    latencyMs: positive('latencyMs', options.latencyMs, 0, 0),
    recordEvents: options.recordEvents ?? 'full',
    maxBodyBytes: positive('maxBodyBytes', options.maxBodyBytes, 16 * 1024 * 1024),
  };
}
