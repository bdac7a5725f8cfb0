// Remembers every event id of a file with its first row, in typed arrays (about 24 bytes per id
// instead of a Map of strings), so duplicate detection over a million rows stays small.
// Ids are reduced to a 64-bit fingerprint: two different ids share one with a probability of
// about n²/2⁶⁵ (3e-8 for a million ids); such a pair would be reported as a duplicate.

const hexValue = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) hexValue['0123456789abcdef'.charCodeAt(i)] = i;

/** 8 lowercase hex digits from `at` as an unsigned 32-bit number, or -1. */
function hexWord(id: string, at: number): number {
  let word = 0;
  for (let i = at; i < at + 8; i++) {
    const c = id.charCodeAt(i);
    const v = c < 128 ? (hexValue[c] as number) : -1;
    if (v < 0) return -1;
    word = (word << 4) | v;
  }
  return word >>> 0;
}

// Derived ids ("cu1o-"/"cu1c-" + 32 hex digits of SHA-256) already carry 128 random bits: they
// are folded into the fingerprint directly, 8 digits at a time, instead of mixed character by
// character (that loop was ~0.4 µs of every row's bookkeeping). Any other id takes the general path.
function derivedFingerprint(id: string): [number, number] | undefined {
  if (id.length !== 37 || id.charCodeAt(4) !== 45 || !id.startsWith('cu1')) return undefined;
  const w0 = hexWord(id, 5), w1 = hexWord(id, 13), w2 = hexWord(id, 21), w3 = hexWord(id, 29);
  if (w0 < 0 || w1 < 0 || w2 < 0 || w3 < 0) return undefined;
  let h1 = w0 ^ Math.imul(w2, 0x9e3779b1) ^ id.charCodeAt(3);
  let h2 = w1 ^ Math.imul(w3, 0x85ebca77);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

function fingerprint(id: string): [number, number] {
  const derived = derivedFingerprint(id);
  if (derived) return derived;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/** A set of event ids that answers "which row used this id first?". */
export class EventIdSet {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private first = new Int32Array(1024).fill(-1);
  private count = 0;

  /** Number of distinct ids. */
  get size(): number {
    return this.count;
  }

  /** Adds an id with the row that carries it; returns the earlier row when the id was already there. */
  addOrGet(id: string, row: number): number | undefined {
    if ((this.count + 1) * 2 > this.first.length) this.grow();
    const [a, b] = fingerprint(id);
    const slot = this.find(a, b);
    const existing = this.first[slot] ?? -1;
    if (existing >= 0) return existing;
    this.hi[slot] = a;
    this.lo[slot] = b;
    this.first[slot] = row;
    this.count += 1;
    return undefined;
  }

  private find(a: number, b: number): number {
    const mask = this.first.length - 1;
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while ((this.first[slot] ?? -1) >= 0 && (this.hi[slot] !== a || this.lo[slot] !== b)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { hi, lo, first } = this;
    this.hi = new Uint32Array(first.length * 2);
    this.lo = new Uint32Array(first.length * 2);
    this.first = new Int32Array(first.length * 2).fill(-1);
    for (let i = 0; i < first.length; i++) {
      const row = first[i] ?? -1;
      if (row < 0) continue;
      const slot = this.find(hi[i] ?? 0, lo[i] ?? 0);
      this.hi[slot] = hi[i] ?? 0;
      this.lo[slot] = lo[i] ?? 0;
      this.first[slot] = row;
    }
  }
}
