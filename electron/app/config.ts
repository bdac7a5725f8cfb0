import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

// The ONE place configuration is read and validated (environment, command line, Electron).
// Every shell calls loadConfig() at start-up and hands the frozen result down; nothing else
// reads process.env for settings.

/** Folder name under the per-user configuration directory. */
export const appFolderName = 'conversions-uploader';

/** Log levels, most verbose first. */
export const logLevels = ['debug', 'info', 'warn', 'error'] as const;

/** A configured log level. */
export type LogLevel = (typeof logLevels)[number];

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https anywhere, plain http only to this machine (the embedded sandbox). */
const serviceUrl = z
  .string()
  .trim()
  .url()
  .refine((raw) => {
    if (!URL.canParse(raw)) return false;
    const url = new URL(raw);
    if (url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
  }, 'must be an https URL (plain http is allowed only for 127.0.0.1 / localhost)')
  .transform((raw) => raw.replace(/\/+$/, ''));

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

/** Schema of the validated configuration. */
export const appConfigSchema = z.object({
  /** Folder for settings, logs, history, journals, templates; created with mode 0700. */
  dataDir: z.string().min(1),
  /** Pinterest API v5 base URL (the sandbox's in tests). */
  apiBaseUrl: serviceUrl,
  /** Pinterest's OAuth consent page, opened in the system browser. */
  oauthAuthorizeUrl: serviceUrl,
  /** OAuth client id and secret of the user's own Pinterest app (Settings may override). */
  oauthClientId: optionalText,
  oauthClientSecret: optionalText,
  /** Where the authorization code is exchanged: Pinterest's token endpoint or an org's broker. */
  tokenExchangeUrl: serviceUrl,
  logLevel: z.enum(logLevels),
  /** Validate every handler's output against the contract (development and tests). */
  checkOutputs: z.boolean(),
});

/** The validated configuration every service receives. */
export type AppConfig = Readonly<z.infer<typeof appConfigSchema>>;

/** Where the configuration comes from; every field is optional so tests can pass just what they need. */
export interface ConfigSources {
  env?: NodeJS.ProcessEnv;
  /** `--data-dir` from the command line (wins over the environment). */
  dataDirArg?: string;
  /** Electron's app.getPath('userData'): the default data folder inside the Electron shell. */
  electronUserData?: string;
  platform?: NodeJS.Platform;
  home?: string;
}

/** Thrown at start-up when the configuration is unusable; the message names the setting. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The per-user default data folder, following each platform's convention. */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), appFolderName);
  const xdg = env.XDG_CONFIG_HOME;
  // XDG says relative paths in XDG_CONFIG_HOME are invalid and must be ignored.
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.config'), appFolderName);
}

function describeIssues(error: z.ZodError, envNames: Record<string, string>): string {
  return error.issues
    .map((issue) => {
      const key = String(issue.path[0] ?? '');
      return `${envNames[key] ?? key}: ${issue.message}`;
    })
    .join('; ');
}

const envNames: Record<string, string> = {
  dataDir: 'CU_DATA_DIR / --data-dir',
  apiBaseUrl: 'PINTEREST_API_BASE',
  oauthAuthorizeUrl: 'PINTEREST_OAUTH_AUTHORIZE_URL',
  oauthClientId: 'PINTEREST_CLIENT_ID',
  oauthClientSecret: 'PINTEREST_CLIENT_SECRET',
  tokenExchangeUrl: 'PINTEREST_TOKEN_EXCHANGE_URL',
  logLevel: 'CU_LOG_LEVEL',
};

/** Reads and validates the configuration (pure: no folder is created here). */
export function loadConfig(sources: ConfigSources = {}): AppConfig {
  const env = sources.env ?? process.env;
  const platform = sources.platform ?? process.platform;
  const home = sources.home ?? homedir();
  const apiBaseUrl = env.PINTEREST_API_BASE || 'https://api.pinterest.com/v5';
  const raw = {
    dataDir: sources.dataDirArg || env.CU_DATA_DIR || sources.electronUserData || defaultDataDir(platform, env, home),
    apiBaseUrl,
    oauthAuthorizeUrl: env.PINTEREST_OAUTH_AUTHORIZE_URL || 'https://www.pinterest.com/oauth/',
    oauthClientId: env.PINTEREST_CLIENT_ID,
    oauthClientSecret: env.PINTEREST_CLIENT_SECRET,
    tokenExchangeUrl: env.PINTEREST_TOKEN_EXCHANGE_URL || `${apiBaseUrl.replace(/\/+$/, '')}/oauth/token`,
    logLevel: (env.CU_LOG_LEVEL || 'info').toLowerCase(),
    checkOutputs: env.CU_CHECK_OUTPUTS ? env.CU_CHECK_OUTPUTS === '1' : env.NODE_ENV !== 'production',
  };
  const parsed = appConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`Invalid configuration: ${describeIssues(parsed.error, envNames)}`);
  return Object.freeze(parsed.data);
}

/** Creates the data folder (mode 0700) and tightens it when it is ours and too open. */
export function ensureDataDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = statSync(dir);
  if (!stat.isDirectory()) throw new ConfigError(`The data folder ${dir} is not a folder.`);
  const ours = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  if (ours && (stat.mode & 0o077) !== 0 && process.platform !== 'win32') chmodSync(dir, 0o700);
  return dir;
}

/** Creates a private sub-folder of the data folder (logs, staging...). */
export function ensurePrivateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
