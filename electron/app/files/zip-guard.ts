import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { fileError, unsafeFileError } from './file-error';
import type { ReadLimits } from './table-types';

// ING-09: an XLSX is a ZIP of XML parts, and both layers can be bombs. We read the central
// directory first (entry count, declared sizes, compression ratio), then count the bytes that
// really come out of every inflate stream (declared sizes lie; yauzl also checks they match),
// and refuse any DTD or entity declaration in the XML.

/** A ZIP opened for reading with the caps of ReadLimits enforced. */
export interface SafeZip {
  has(name: string): boolean;
  /** Declared inflated size of a part (0 when absent). */
  size(name: string): number;
  /**
   * An inflating, counting, DTD-refusing stream of one part; `maxBytes` caps it further and
   * `counter.bytes` follows the inflated bytes read (for progress).
   */
  open(name: string, maxBytes?: number, counter?: { bytes: number }): Promise<Readable>;
  close(): void;
}

const mib = 1024 * 1024;

function checkEntry(path: string, entry: Entry, limits: ReadLimits): void {
  if (entry.isEncrypted()) throw fileError(path, 'This workbook is password-protected. Remove the password in Excel and save it again.');
  const size = entry.uncompressedSize;
  if (size > limits.maxEntryBytes) throw unsafeFileError(path, `one of its parts would expand to ${Math.round(size / mib)} MB.`);
  const ratio = size / Math.max(1, entry.compressedSize);
  if (size > mib && ratio > limits.maxCompressionRatio) {
    throw unsafeFileError(path, `one of its parts is compressed ${Math.round(ratio)} times, a sign of a "zip bomb".`);
  }
}

async function readDirectory(path: string, zip: ZipFile, limits: ReadLimits): Promise<Map<string, Entry>> {
  if (zip.entryCount > limits.maxZipEntries) throw unsafeFileError(path, `it has ${zip.entryCount} parts.`);
  const entries = new Map<string, Entry>();
  const lowerNames = new Set<string>();
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    checkEntry(path, entry, limits);
    declared += entry.uncompressedSize;
    if (declared > limits.maxTotalInflatedBytes) throw unsafeFileError(path, `it would expand to more than ${Math.round(limits.maxTotalInflatedBytes / mib)} MB.`);
    const lower = entry.fileName.toLowerCase();
    if (lowerNames.has(lower)) throw unsafeFileError(path, `it contains the part "${entry.fileName}" twice.`);
    lowerNames.add(lower);
    entries.set(entry.fileName, entry);
  }
  return entries;
}

const forbidden = ['<!DOCTYPE', '<!ENTITY'];
const declaresEntities = (bytes: Buffer) => forbidden.some((f) => bytes.includes(f, 0, 'latin1'));

/** Counts inflated bytes against the caps and refuses DTDs (checked across chunk borders). */
function guardStream(path: string, part: string, maxBytes: number, total: { bytes: number; max: number }, counter: { bytes: number }): Transform {
  let seen = 0;
  let tail = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      counter.bytes += chunk.length;
      total.bytes += chunk.length;
      if (seen > maxBytes || total.bytes > total.max) {
        done(unsafeFileError(path, `its part "${part}" expands to more than ${Math.round(Math.min(maxBytes, total.max) / mib)} MB.`));
        return;
      }
      if (declaresEntities(chunk) || declaresEntities(Buffer.concat([tail, chunk.subarray(0, 16)]))) {
        done(unsafeFileError(path, `its part "${part}" declares XML entities (a DTD), which workbooks never need.`));
        return;
      }
      tail = Buffer.from(chunk.subarray(-16));
      done(null, chunk);
    },
  });
}

/** Opens a ZIP after checking its central directory against the limits. */
export async function openSafeZip(path: string, limits: ReadLimits): Promise<SafeZip> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw fileError(path, 'This is not a valid Excel workbook: it may be damaged or only renamed to .xlsx.');
  }
  let entries: Map<string, Entry>;
  try {
    entries = await readDirectory(path, zip, limits);
  } catch (error) {
    zip.close();
    throw error;
  }
  const total = { bytes: 0, max: limits.maxTotalInflatedBytes };
  return {
    has: (name) => entries.has(name),
    size: (name) => entries.get(name)?.uncompressedSize ?? 0,
    async open(name, maxBytes = limits.maxEntryBytes, counter = { bytes: 0 }) {
      const entry = entries.get(name);
      if (!entry) throw fileError(path, `This workbook has no part "${name}"; it may be damaged.`);
      const source = await zip.openReadStreamPromise(entry);
      const guard = guardStream(path, name, Math.min(maxBytes, limits.maxEntryBytes), total, counter);
      // yauzl fails a part whose inflated size differs from what the directory declares.
      source.on('error', (error) => guard.destroy(/bytes in the stream|size mismatch|invalid/i.test(error.message)
        ? unsafeFileError(path, `its part "${name}" is not the size it declares.`)
        : error));
      guard.on('close', () => source.destroy());
      return source.pipe(guard);
    },
    close: () => zip.close(),
  };
}
