import { appHost, appScheme } from '../shared/ipc-protocol';

// Which URLs the Electron shell treats as its own, and which it may hand to the system browser.
// Always parsed with URL and compared by exact protocol and host: never startsWith, so
// `https://pinterest.com.attacker.com`, `https://user@evil/`, or IDN look-alikes (which the URL
// parser turns into xn-- punycode) never match.

/** Pinterest hosts whose pages may open in the system browser (help links, consent page). */
export const externalHosts: ReadonlySet<string> = new Set([
  'pinterest.com',
  'www.pinterest.com',
  'help.pinterest.com',
  'developers.pinterest.com',
  'ads.pinterest.com',
  'business.pinterest.com',
  'policy.pinterest.com',
]);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for the renderer's own pages (`app://bundle/...`). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost && !parsed.username && !parsed.password;
}

/** Origin string of an http(s) URL used as an extra allowed origin, or null when not acceptable. */
export function acceptableExtraOrigin(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return null;
  if (parsed.protocol === 'https:') return parsed.origin;
  // The standalone sandbox's consent page during development: loopback only.
  return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1' ? parsed.origin : null;
}

/**
 * True when `url` may be opened in the system browser: https, no credentials, default port, an
 * allowlisted Pinterest host, or exactly one of the `extraOrigins` (the configured OAuth page).
 */
export function isAllowedExternalUrl(url: string, extraOrigins: ReadonlySet<string> = new Set()): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (extraOrigins.has(parsed.origin) && (parsed.protocol === 'https:' || parsed.protocol === 'http:')) return true;
  return parsed.protocol === 'https:' && parsed.port === '' && externalHosts.has(parsed.hostname);
}
