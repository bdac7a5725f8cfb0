import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

// Encoding detection per ING-03: BOM first, then strict UTF-8 on a prefix, then Windows-1252
// (Excel "CSV" in Western locales) with a visible warning. Decoding is always fatal, so a byte
// that does not fit the encoding stops the read instead of becoming a silent U+FFFD.

/** The encoding chosen for a text file. */
export interface EncodingChoice {
  /** Canonical WHATWG name: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'... */
  encoding: string;
  /** Bytes of byte-order mark to skip at the start of the file. */
  bomLength: number;
  /** True when UTF-8 failed and we fell back to Windows-1252 (the user must be warned). */
  fallback: boolean;
}

const boms: Array<[string, number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** Encoding named by a byte-order mark at the start of `prefix`, if any. */
export function bomEncoding(prefix: Uint8Array): { encoding: string; bomLength: number } | undefined {
  for (const [encoding, bytes] of boms) {
    if (bytes.every((b, i) => prefix[i] === b)) return { encoding, bomLength: bytes.length };
  }
  return undefined;
}

/** Canonical name of an encoding label, or undefined when Node cannot decode it. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** UTF-16 without a BOM shows up as every other byte being zero (ASCII text). */
function sniffBomlessUtf16(prefix: Uint8Array): string | undefined {
  const n = Math.min(prefix.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (prefix[i] === 0) evenZero++;
    if (prefix[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.4 && oddZero < half * 0.05) return 'utf-16be';
  return undefined;
}

/** True when `bytes` decode as UTF-8 (an incomplete last character is allowed unless `complete`). */
export function isValidUtf8(bytes: Uint8Array, complete: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** Detects the encoding from the first bytes (or honours `override`, already canonical). */
export function detectEncoding(prefix: Uint8Array, complete: boolean, override?: string): EncodingChoice {
  const bom = bomEncoding(prefix);
  if (override) {
    return { encoding: override, bomLength: bom?.encoding === override ? bom.bomLength : 0, fallback: false };
  }
  if (bom) return { ...bom, fallback: false };
  const utf16 = sniffBomlessUtf16(prefix);
  if (utf16) return { encoding: utf16, bomLength: 0, fallback: false };
  if (isValidUtf8(prefix, complete)) return { encoding: 'utf-8', bomLength: 0, fallback: false };
  return { encoding: 'windows-1252', bomLength: 0, fallback: true };
}

/** A strict streaming decoder (BOM bytes are skipped by the caller, never decoded). */
export function strictDecoder(encoding: string): TextDecoder {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

/** Decodes a file chunk by chunk; throws (code ERR_ENCODING_INVALID_ENCODED_DATA) on bad bytes. */
export interface ChunkDecoder {
  decode(bytes: Uint8Array, final: boolean): string;
  /** Valid non-ASCII text was decoded so far (a later bad byte then means mixed encodings). */
  readonly nonAscii: boolean;
}

/** Length of `bytes` without a UTF-8 character cut at its end. */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const b = bytes[i] as number;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0x80) return n;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return n - i >= need ? n : i;
  }
  return n;
}

function invalidData(encoding: string): Error {
  return Object.assign(new TypeError(`The encoded data was not valid for encoding ${encoding}`), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
}

// UTF-8, by far the most common case, is validated with Buffer's SIMD isUtf8 and decoded with
// toString: about twice as fast as a fatal TextDecoder, with the same strictness.
function utf8Decoder(): ChunkDecoder {
  let tail: Buffer | undefined;
  let nonAscii = false;
  return {
    get nonAscii() {
      return nonAscii;
    },
    decode(bytes, final) {
      let buffer = tail ? Buffer.concat([tail, bytes]) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      tail = undefined;
      const cut = final ? buffer.length : completeUtf8Length(buffer);
      if (cut < buffer.length) {
        tail = Buffer.from(buffer.subarray(cut));
        buffer = buffer.subarray(0, cut);
      }
      if (!isUtf8(buffer)) throw invalidData('utf-8');
      const text = buffer.toString('utf8');
      if (text.length !== buffer.length) nonAscii = true;
      return text;
    },
  };
}

/** The strict chunk decoder for an encoding. */
export function chunkDecoder(encoding: string): ChunkDecoder {
  if (encoding === 'utf-8') return utf8Decoder();
  const decoder = strictDecoder(encoding);
  return { nonAscii: true, decode: (bytes, final) => decoder.decode(bytes, { stream: !final }) };
}

const singleByte = new Set(['windows-1252', 'iso-8859-2', 'iso-8859-15', 'windows-1250', 'windows-1251', 'windows-1257', 'koi8-r', 'macintosh']);

/** Byte length of decoded text in the file's encoding (to keep byte offsets for seeking). */
export function byteLengthIn(encoding: string): (text: string) => number {
  if (encoding === 'utf-8') return (text) => Buffer.byteLength(text, 'utf8');
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return (text) => text.length * 2;
  if (singleByte.has(encoding) || encoding.startsWith('iso-8859-') || encoding.startsWith('windows-125')) {
    return (text) => text.length;
  }
  return (text) => iconv.encode(text, encoding).length;
}
