import { createHash, hash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ledgerState, PrefixSet, prefixBytes } from '../../core/upload/prefix-set';
import { DurableAppender } from './durable-file';
import { syncFolder } from './job-journal';

// Per-ad-account ledger of LIVE event ids that Pinterest processed (or may have, after a lost
// answer), so re-uploading a file sends only what is new (Pinterest cannot deduplicate offline
// events). File: magic line, then 17-byte records = first 16 bytes of SHA-256(event_id) + a
// state byte. Append-only and fsync'd; a torn last record is ignored. Loaded lazily, shared by
// every job of the account in this process. Test runs never use it.

const magic = Buffer.from('CULEDG1\n', 'latin1');
const recordBytes = prefixBytes + 1;

// crypto.hash (Node >= 20.12) avoids a Hash object per id: a million ids are hashed per upload.
const digest: (text: string) => Buffer =
  typeof hash === 'function' ? (text) => hash('sha256', text, 'buffer') : (text) => createHash('sha256').update(text, 'utf8').digest();

/** The key the ledger stores for an event id. */
export function ledgerKey(eventId: string): Buffer {
  return digest(eventId).subarray(0, prefixBytes);
}

/** One account's ledger. */
export class Ledger {
  private set: PrefixSet | undefined;
  private file: DurableAppender | undefined;
  private loading: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(readonly path: string) {}

  /** Loads the file into memory (once). */
  load(): Promise<void> {
    this.loading ??= this.doLoad();
    return this.loading;
  }

  /** State of an event id (ledgerState.*); load() first. */
  state(eventId: string): number {
    return this.stateOfKey(ledgerKey(eventId));
  }

  /** State of a key made by ledgerKey (callers that keep the key save hashing twice). */
  stateOfKey(key: Buffer): number {
    return this.loaded().get(key);
  }

  /** Records an event id; durable at the next flush (flushSoon batches them). */
  add(eventId: string, state: number): void {
    this.addKey(ledgerKey(eventId), state);
  }

  /** Records a key made by ledgerKey. */
  addKey(key: Buffer, state: number): void {
    const set = this.loaded();
    if (set.get(key) === state || set.get(key) === ledgerState.sent) return;
    set.add(key, state);
    const record = Buffer.allocUnsafe(recordBytes);
    key.copy(record, 0);
    record[prefixBytes] = state;
    this.file?.append(record);
  }

  /** Makes every add durable. */
  async flush(): Promise<void> {
    await this.file?.flush();
  }

  /** Flushes within a short delay. */
  flushSoon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(() => {});
    }, 200);
    this.timer.unref?.();
  }

  /** Event ids known (sent or possibly sent). */
  get size(): number {
    return this.set?.size ?? 0;
  }

  private loaded(): PrefixSet {
    if (!this.set) throw new Error('Ledger not loaded.');
    return this.set;
  }

  private async doLoad(): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.path);
    } catch {
      bytes = Buffer.alloc(0);
    }
    const body = bytes.subarray(0, magic.length).equals(magic) ? bytes.subarray(magic.length) : Buffer.alloc(0);
    const count = Math.floor(body.length / recordBytes);
    const set = new PrefixSet(count + 1024);
    for (let i = 0; i < count; i++) set.add(body, body[i * recordBytes + prefixBytes] as number, i * recordBytes);
    this.file = await DurableAppender.open(this.path);
    // A fresh file gets its magic (and a durable folder entry); a torn tail is padded out so
    // later records stay aligned.
    if (bytes.length === 0) {
      this.file.append(magic);
      await this.file.flush();
      syncFolder(dirname(this.path));
    }
    else if ((bytes.length - magic.length) % recordBytes !== 0) this.file.append(Buffer.alloc(recordBytes - ((bytes.length - magic.length) % recordBytes)));
    this.set = set;
  }
}

const ledgers = new Map<string, Ledger>();

/** Pinterest's production API base: its ledgers are named by the account id alone. */
const productionBase = 'https://api.pinterest.com/v5';

/** File name of an account's ledger: other API bases (a sandbox) get their own, so they never mix. */
export function ledgerFileName(adAccountId: string, apiBaseUrl = productionBase): string {
  const base = apiBaseUrl.replace(/\/+$/, '');
  if (base === productionBase) return `${adAccountId}.ledger`;
  return `${adAccountId}-${createHash('sha256').update(base).digest('hex').slice(0, 12)}.ledger`;
}

/** The process-wide ledger of an ad account (at an API base) under a data folder. */
export function ledgerFor(dataDir: string, adAccountId: string, apiBaseUrl?: string): Ledger {
  if (!/^\d{1,18}$/.test(adAccountId)) throw new Error('Not an ad account id.');
  const dir = join(dataDir, 'ledger');
  const path = join(dir, ledgerFileName(adAccountId, apiBaseUrl));
  let ledger = ledgers.get(path);
  if (!ledger) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    ledger = new Ledger(path);
    ledgers.set(path, ledger);
  }
  return ledger;
}
