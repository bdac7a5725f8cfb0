// Random access into a CSV for preview pages: a checkpoint at the start of every parsed chunk
// (about every 64 KiB) holds the byte offset, the line and the index of the next data row.
// Three Float64Arrays: ~24 bytes per checkpoint, about 64 KB for a 165 MB file.

/** Where to resume reading so that `index` is the first data row reached. */
export interface Checkpoint {
  byte: number;
  line: number;
  index: number;
}

/** Growable, compact list of checkpoints in file order. */
export class CheckpointIndex {
  private bytes = new Float64Array(64);
  private lines = new Float64Array(64);
  private indexes = new Float64Array(64);
  private size = 0;

  /** Number of checkpoints. */
  get count(): number {
    return this.size;
  }

  /** Memory held by the index, in bytes. */
  get memoryBytes(): number {
    return this.bytes.byteLength * 3;
  }

  /** Records a checkpoint (offsets must grow). */
  add(byte: number, line: number, index: number): void {
    if (this.size === this.bytes.length) this.grow();
    this.bytes[this.size] = byte;
    this.lines[this.size] = line;
    this.indexes[this.size] = index;
    this.size++;
  }

  /** The last checkpoint whose next data row is at or before `index`. */
  find(index: number): Checkpoint | undefined {
    let lo = 0;
    let hi = this.size - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.indexes[mid] as number) <= index) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return undefined;
    return { byte: this.bytes[found] as number, line: this.lines[found] as number, index: this.indexes[found] as number };
  }

  private grow(): void {
    const grow = (a: Float64Array) => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.bytes = grow(this.bytes);
    this.lines = grow(this.lines);
    this.indexes = grow(this.indexes);
  }
}
