import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Encryptor } from '../../../electron/app/session/secret-store';

/** A fresh private data folder for one test. */
export function tempDataDir(prefix = 'cu-auth-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** An OAuth bearer token the sandbox accepts (ads:read, ads:write, user_accounts:read by default). */
export function addOauthToken(sandbox: Sandbox, extra: { adAccountIds?: string[]; scopes?: string[] } = {}): string {
  const token = `pina_test_${randomBytes(16).toString('hex')}`;
  sandbox.tokens.add({ token, kind: 'oauth', ...extra });
  return token;
}

/** A conversion token limited to some ad accounts. */
export function addConversionToken(sandbox: Sandbox, adAccountIds: string[]): string {
  const token = `pina_conv_${randomBytes(16).toString('hex')}`;
  sandbox.tokens.add({ token, kind: 'conversion', adAccountIds });
  return token;
}

/** A valid offline event with a current time (hashed email only). */
export function validEvent(id: string, now = Date.now()): Record<string, unknown> {
  return {
    event_name: 'checkout',
    action_source: 'offline',
    event_time: Math.floor(now / 1000) - 60,
    event_id: id,
    user_data: { em: [createHash('sha256').update(`${id}@example.test`).digest('hex')] },
  };
}

/**
 * A stand-in for Electron safeStorage: AES-256-GCM with a key held in memory (real ciphertext,
 * so the canary scan can prove no token reaches the disk in clear). `failDecrypt` simulates an
 * OS key change; `rotate` makes every decrypt ask for re-encryption.
 */
export function testEncryptor(options: { failDecrypt?: () => boolean; rotate?: () => boolean } = {}): Encryptor & { decrypts: number } {
  const key = randomBytes(32);
  const state = {
    decrypts: 0,
    async encrypt(text: string) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(data: Buffer) {
      state.decrypts++;
      if (options.failDecrypt?.()) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      const text = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
      return { text, shouldReEncrypt: options.rotate?.() ?? false };
    },
  };
  return state;
}

/** Every file under a folder (recursively) with its bytes. */
export function filesUnder(dir: string): { path: string; bytes: Buffer; mode: number }[] {
  const out: { path: string; bytes: Buffer; mode: number }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else out.push({ path, bytes: readFileSync(path), mode: stat.mode & 0o777 });
  }
  return out;
}

/** Canary scan: which files under `dir` contain any of `needles` (raw bytes, case-insensitive too). */
export function canaryHits(dir: string, needles: string[]): string[] {
  const hits: string[] = [];
  for (const file of filesUnder(dir)) {
    const text = file.bytes.toString('latin1');
    const lower = text.toLowerCase();
    for (const needle of needles) {
      if (needle.length < 6) throw new Error('canary too short to be meaningful');
      if (text.includes(needle) || lower.includes(needle.toLowerCase())) hits.push(`${file.path}: ${needle.slice(0, 8)}…`);
    }
  }
  return hits;
}

/** Plays the system browser: follows the sandbox's consent redirect to the loopback callback. */
export async function approveInBrowser(authorizeUrl: string, tamper?: (callback: URL) => URL): Promise<{ status: number; body: string }> {
  const consent = await fetch(authorizeUrl, { redirect: 'manual' });
  const location = consent.headers.get('location');
  if (consent.status !== 302 || !location) throw new Error(`consent page answered ${consent.status}`);
  const callback = tamper ? tamper(new URL(location)) : new URL(location);
  const res = await fetch(callback, { redirect: 'manual' });
  return { status: res.status, body: await res.text() };
}

/** Number of requests the sandbox received on a path (e.g. '/v5/oauth/token'). */
export function requestsTo(sandbox: Sandbox, path: string): number {
  return sandbox.received.requests.filter((r) => r.path === path).length;
}
