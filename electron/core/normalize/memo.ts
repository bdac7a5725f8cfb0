/**
 * A bounded memo with two generations (a cheap LRU approximation): lookups hit the young
 * map, then the old one (promoting the entry); when the young map is full the old one is
 * dropped. Memory stays under 2 × capacity entries, with O(1) work per call and no
 * per-access reordering, which is what a million-row loop needs.
 */
export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  /** Creates a memo keeping at most about 2 × capacity entries. */
  constructor(private readonly capacity: number) {}

  /** Returns the cached value or computes, stores and returns it. */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    const value = aged !== undefined ? aged : compute(key);
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }

  /** Number of entries currently held (for tests). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
