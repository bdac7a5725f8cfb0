// Pages of preview rows, fetched on demand and kept in a small least-recently-used cache, so a
// million-row file never lives in the renderer: only what is on (or near) the screen.

/** Rows per preview:page request (the contract allows at most 500). */
export const pageSize = 200;

/** Pages kept in memory (× pageSize rows). */
export const cachedPages = 30;

/** Page numbers covering rows `start..end` (inclusive). */
export function pagesFor(start: number, end: number, size = pageSize): number[] {
  if (end < start) return [];
  const pages: number[] = [];
  for (let p = Math.floor(start / size); p <= Math.floor(end / size); p += 1) pages.push(p);
  return pages;
}

/** A least-recently-used cache of pages. */
export class PageCache<T> {
  private readonly pages = new Map<number, T[]>();

  constructor(private readonly capacity = cachedPages) {}

  /** The page, marking it recently used. */
  get(page: number): T[] | undefined {
    const rows = this.pages.get(page);
    if (rows) {
      this.pages.delete(page);
      this.pages.set(page, rows);
    }
    return rows;
  }

  /** Stores a page, evicting the least recently used beyond capacity. */
  set(page: number, rows: T[]): void {
    this.pages.delete(page);
    this.pages.set(page, rows);
    while (this.pages.size > this.capacity) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.pages.delete(oldest);
    }
  }

  /** Whether the page is cached (without touching its recency). */
  has(page: number): boolean {
    return this.pages.has(page);
  }

  /** Number of cached pages. */
  get size(): number {
    return this.pages.size;
  }

  /** The row at a global index, if its page is cached. */
  row(index: number, size = pageSize): T | undefined {
    return this.pages.get(Math.floor(index / size))?.[index % size];
  }
}
