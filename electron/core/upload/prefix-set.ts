// The in-memory side of the sent-events ledger: an open-addressing hash set of 16-byte keys
// (the first 16 bytes of SHA-256(event_id)) with one state byte each. A million entries cost
// about 24 MB (16 B key + 1 B state + 2 slots of 4 B), against ~100 MB for a Set of hex strings.
// 128-bit keys make an accidental match (a new event wrongly taken as sent) negligible:
// p < n^2 / 2^129, about 1e-27 for 10 million events.

/** Ledger state of an event id. */
export const ledgerState = { absent: 0, sent: 1, possiblySent: 2 } as const;

/** Bytes per key. */
export const prefixBytes = 16;

/** A hash set of 16-byte keys, each with a state byte; the latest add wins. */
export class PrefixSet {
  private keys: Uint32Array;
  private states: Uint8Array;
  private slots: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    const size = Math.max(16, capacity);
    this.keys = new Uint32Array(size * 4);
    this.states = new Uint8Array(size);
    this.slots = new Int32Array(nextPow2(size * 2));
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.count;
  }

  /** State of `key` (ledgerState.absent when unknown). */
  get(key: Uint8Array, offset = 0): number {
    const slot = this.find(key, offset);
    const entry = this.slots[slot] as number;
    return entry === 0 ? ledgerState.absent : (this.states[entry - 1] as number);
  }

  /** Records `key` with `state` (sent wins over possibly-sent: a later possibly-sent never downgrades it). */
  add(key: Uint8Array, state: number, offset = 0): void {
    const slot = this.find(key, offset);
    const entry = this.slots[slot] as number;
    if (entry !== 0) {
      if (this.states[entry - 1] !== ledgerState.sent) this.states[entry - 1] = state;
      return;
    }
    if (this.count === this.states.length) this.growEntries();
    const index = this.count++;
    for (let w = 0; w < 4; w++) this.keys[index * 4 + w] = word(key, offset + w * 4);
    this.states[index] = state;
    this.slots[slot] = index + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private find(key: Uint8Array, offset: number): number {
    const mask = this.slots.length - 1;
    const w0 = word(key, offset);
    let slot = w0 & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0 || this.matches(entry - 1, key, offset)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private matches(index: number, key: Uint8Array, offset: number): boolean {
    for (let w = 0; w < 4; w++) if (this.keys[index * 4 + w] !== word(key, offset + w * 4)) return false;
    return true;
  }

  private growEntries(): void {
    const keys = new Uint32Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const states = new Uint8Array(this.states.length * 2);
    states.set(this.states);
    this.states = states;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.count; index++) {
      let slot = (this.keys[index * 4] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }
}

function word(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16) | ((bytes[at + 3] as number) << 24)) >>> 0;
}

function nextPow2(n: number): number {
  let p = 16;
  while (p < n) p *= 2;
  return p;
}
