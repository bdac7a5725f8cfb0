import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Canary personal data and the byte search that must never find it (PRIV-02). Every canary is
// random per run, so a hit can only come from this run: no false positive from other tests.

/** The personal data of one run, raw as typed in the spreadsheet. */
export interface Canaries {
  email: string;
  phone: string;
  /** The phone's digits with the country code, as normalized before hashing. */
  phoneDigits: string;
  firstName: string;
  lastName: string;
  city: string;
  /** Unmapped column: must never leave the file (PRIV-04). */
  ssn: string;
  /** A broken email of an invalid row (the preview quotes it; nothing else may). */
  badEmail: string;
  /** The email the user typed when fixing that row (sent by the re-send). */
  fixedEmail: string;
}

/** Fresh canaries. */
export function makeCanaries(): Canaries {
  const hex = () => randomBytes(4).toString('hex');
  const suffix = String(1000 + Math.floor(Math.random() * 8999)).padStart(4, '0');
  return {
    email: `canary-${randomUUID()}@example.test`,
    phone: `+1 202 555 ${suffix}`,
    phoneDigits: `1202555${suffix}`,
    firstName: `Canaryfn${hex()}`,
    lastName: `Canaryln${hex()}`,
    city: `Canary City ${hex()}`,
    ssn: randomUUID(),
    badEmail: `canary-${randomUUID()}-at-example.test`,
    fixedEmail: `canary-${randomUUID()}@example.test`,
  };
}

/** Columns of the spreadsheet (ssn deliberately unmapped). */
export const sheetColumns = ['order_id', 'email', 'phone', 'first_name', 'last_name', 'city', 'event_time', 'value', 'currency', 'event_name', 'ssn'];

/**
 * A small conversions CSV: row 2 (Excel line) carries the canaries, row 3 is invalid (its email is
 * the broken canary, or the fixed one when `fixed`), the other rows are ordinary customers.
 */
export function canarySheet(c: Canaries, rows: number, salt: string, fixed = false): string {
  const now = Math.floor(Date.now() / 1000);
  const lines = [sheetColumns.join(',')];
  for (let i = 0; i < rows; i++) {
    const time = new Date((now - 3600 - i * 60) * 1000).toISOString();
    const email = i === 0 ? c.email : i === 1 ? (fixed ? c.fixedEmail : c.badEmail) : `person${i}@example.com`;
    const phone = i === 0 ? c.phone : `+1 415 555 ${String(2000 + i)}`;
    const first = i === 0 ? c.firstName : `Ann${i}`;
    const last = i === 0 ? c.lastName : `Lee${i}`;
    const city = i === 0 ? `"${c.city}"` : 'Springfield';
    lines.push([`${salt}-${i}`, email, phone, first, last, city, time, `${10 + i}.50`, 'USD', 'checkout', i === 0 ? c.ssn : `ssn-${i}`].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** SHA-256 hex of a string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The raw canaries, as typed (the search is case-insensitive). */
export function rawNeedles(c: Canaries): string[] {
  return [c.email, c.phone, c.phoneDigits, c.firstName, c.lastName, c.city, c.city.replace(/\s+/g, ''), c.ssn, c.badEmail, c.fixedEmail];
}

/** SHA-256 of every canary in the forms the normalizers produce (lowercase, letters and digits only, digits). */
export function hashNeedles(c: Canaries, extra: readonly string[] = []): string[] {
  const forms = new Set<string>(extra);
  for (const raw of rawNeedles(c)) {
    for (const form of [raw, raw.toLowerCase(), raw.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''), raw.replace(/\D/g, '')]) {
      if (form.length >= 6) forms.add(sha256(form));
    }
  }
  return [...forms];
}

/** Every regular file under `dir` (hidden ones and symlinks' targets excluded: symlinks are listed, not followed). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      continue; // removed meanwhile (another test's temp folder)
    }
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** One hit of the search: the file and which needle (truncated, so the report leaks nothing either). */
export interface Hit {
  path: string;
  needle: string;
}

/** Byte search of `files` for every needle, raw and lowercased; also tokens shaped like Pinterest's. */
export function scanFiles(files: readonly string[], needles: readonly string[], tokenShapes = true): Hit[] {
  const hits: Hit[] = [];
  const lowered = needles.map((n) => n.toLowerCase());
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path).toString('latin1').toLowerCase();
    } catch {
      continue;
    }
    lowered.forEach((needle, i) => {
      if (text.includes(needle)) hits.push({ path, needle: `${needles[i]!.slice(0, 10)}…` });
    });
    // Any Pinterest-shaped access or refresh token (pina_/pinr_...), whoever issued it.
    if (tokenShapes && /\bpin[a-z]_[a-z0-9._~+/=-]{16,}/.test(text)) hits.push({ path, needle: 'pin?_ token' });
  }
  return hits;
}

/** A minimal renderer build for the bridge (it serves only files listed in the folder). */
export function fakeRendererBuild(root: string): string {
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>CU</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), '');
  return dir;
}
