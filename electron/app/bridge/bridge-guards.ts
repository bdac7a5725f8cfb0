import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { bridgeSecretHeader } from '../../shared/bridge-protocol';

// Who may talk to the loopback bridge. The secret is the real lock (another local user or a
// web page cannot know it); Host and Origin checks add defence against DNS rebinding and
// cross-site requests, so even a leaked secret is useless from a foreign page.

/** The Host header values this bridge answers to. */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** True when the Host header names this bridge (a rebinding attack carries the attacker's name). */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/** True when the request has no Origin (not a browser page) or comes from this bridge's own origin. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time check of the per-run secret header (hashing first evens out the lengths). */
export function secretMatches(req: IncomingMessage, secret: string): boolean {
  const given = req.headers[bridgeSecretHeader];
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(given), digest(secret));
}
