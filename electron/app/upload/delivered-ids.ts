import { readFileSync } from 'node:fs';
import { ledgerState, PrefixSet, prefixBytes } from '../../core/upload/prefix-set';
import { DurableAppender } from './durable-file';
import { ledgerKey } from './ledger';

// The event ids a TEST job got "processed" for, kept with the job (16-byte SHA-256 prefixes) so
// that "re-send only the failed rows" works for test runs too, which never touch the ledger.

/** Appends delivered ids of one job. */
export class DeliveredIdsWriter {
  private constructor(private readonly file: DurableAppender) {}

  /** Opens (creating) the file. */
  static async open(path: string): Promise<DeliveredIdsWriter> {
    return new DeliveredIdsWriter(await DurableAppender.open(path));
  }

  /** Records one id. */
  add(eventId: string): void {
    this.file.append(Buffer.from(ledgerKey(eventId)));
  }

  /** Flushes and closes. */
  close(): Promise<void> {
    return this.file.close();
  }
}

/** Reads a job's delivered ids; an empty set when there is no file. */
export function readDeliveredIds(path: string): { has(eventId: string): boolean } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    bytes = Buffer.alloc(0);
  }
  const count = Math.floor(bytes.length / prefixBytes);
  const set = new PrefixSet(count + 16);
  for (let i = 0; i < count; i++) set.add(bytes, ledgerState.sent, i * prefixBytes);
  return { has: (eventId) => set.get(ledgerKey(eventId)) !== ledgerState.absent };
}
