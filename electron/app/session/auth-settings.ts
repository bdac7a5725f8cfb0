import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { OAuthEndpointConfig } from '../pinterest/oauth-api';
import type { SecretStore } from './secret-store';

/** Configuration values the auth area reads (a structural subset of the shell's AppConfig). */
export interface AuthConfig {
  apiBaseUrl: string;
  oauthAuthorizeUrl: string;
  oauthClientId?: string;
  oauthClientSecret?: string;
  /** Pinterest's `${apiBaseUrl}/oauth/token` (the default) or an organisation's exchange URL. */
  tokenExchangeUrl?: string;
}

/** Default for the oldest accepted event (PINTEREST-NOTES §11). */
export const defaultMaxEventAgeDays = 7;

const settingsSchema = z.object({
  oauthClientId: z.string().max(200).optional(),
  tokenExchangeUrl: z.string().max(2000).optional(),
  maxEventAgeDays: z.number().int().min(1).max(365).optional(),
});

/** What the user entered in Settings (the client secret lives in a SecretStore, not here). */
export type SavedSettings = z.infer<typeof settingsSchema>;

/** The secret-store key of the OAuth client secret. */
export const clientSecretKey = 'oauth-client-secret';

/**
 * `<dataDir>/settings.json` plus the OAuth client secret in a SecretStore. Settings entered by
 * the user win over configuration (environment); the effective OAuth setup is computed here.
 */
export class AuthSettings {
  private saved: SavedSettings = {};
  private secret: string | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly config: AuthConfig,
    /** Where to keep the client secret now (disk when policy allows, else memory). */
    private readonly secretStore: () => SecretStore,
  ) {}

  private get path(): string {
    return join(this.dataDir, 'settings.json');
  }

  /** Reads settings.json and the saved client secret (an unreadable secret is simply absent). */
  async load(): Promise<void> {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      this.saved = parsed.success ? parsed.data : {};
    } catch {
      this.saved = {};
    }
    this.secret = await this.secretStore().get(clientSecretKey).catch(() => undefined);
  }

  /** The saved values. */
  values(): SavedSettings & { hasClientSecret: boolean } {
    return { ...this.saved, hasClientSecret: this.clientSecret() !== undefined };
  }

  /** Applies a Settings update; "" clears a value. */
  async update(change: { oauthClientId?: string; oauthClientSecret?: string; tokenExchangeUrl?: string; maxEventAgeDays?: number }): Promise<void> {
    const next: SavedSettings = { ...this.saved };
    const text = (v: string) => (v.trim() === '' ? undefined : v.trim());
    if (change.oauthClientId !== undefined) next.oauthClientId = text(change.oauthClientId);
    if (change.tokenExchangeUrl !== undefined) next.tokenExchangeUrl = text(change.tokenExchangeUrl);
    if (change.maxEventAgeDays !== undefined) next.maxEventAgeDays = change.maxEventAgeDays;
    if (change.oauthClientSecret !== undefined) {
      const secret = text(change.oauthClientSecret);
      if (secret === undefined) await this.secretStore().delete(clientSecretKey);
      else await this.secretStore().set(clientSecretKey, secret);
      this.secret = secret;
    }
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
    this.saved = next;
  }

  /** Oldest accepted event age in days. */
  maxEventAgeDays(): number {
    return this.saved.maxEventAgeDays ?? defaultMaxEventAgeDays;
  }

  /** The client id in effect (Settings, else configuration). */
  clientId(): string | undefined {
    return this.saved.oauthClientId ?? this.config.oauthClientId;
  }

  /** The client secret in effect (Settings, else configuration). */
  clientSecret(): string | undefined {
    return this.secret ?? this.config.oauthClientSecret;
  }

  /** The organisation's exchange URL, when one replaces Pinterest's token endpoint. */
  brokerUrl(): string | undefined {
    const url = this.saved.tokenExchangeUrl ?? this.config.tokenExchangeUrl;
    const pinterest = `${this.config.apiBaseUrl.replace(/\/+$/, '')}/oauth/token`;
    return url && url.replace(/\/+$/, '') !== pinterest ? url : undefined;
  }

  /** Whether "Sign in with Pinterest" can work: a client id, and a secret or a broker. */
  oauthConfigured(): boolean {
    return this.clientId() !== undefined && (this.clientSecret() !== undefined || this.brokerUrl() !== undefined);
  }

  /** The token endpoint setup for OAuthApi. */
  endpointConfig(apiBaseUrl = this.config.apiBaseUrl): OAuthEndpointConfig {
    return { apiBaseUrl, clientId: this.clientId(), clientSecret: this.clientSecret(), brokerUrl: this.brokerUrl() };
  }
}
