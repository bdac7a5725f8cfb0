import type { AppError } from '../../../electron/shared/app-error';
import type { Result } from '../../../electron/shared/result';
import { PageCache, pageSize, pagesFor } from './page-cache';

/** Loads one page of rows. */
export type FetchPage<T> = (offset: number, limit: number) => Promise<Result<{ total: number; rows: T[] }>>;

/** What the list shows right now. */
export interface LoaderSnapshot {
  total: number | null;
  error: AppError | null;
  /** Bumped whenever a page arrives. */
  version: number;
  /** The tag given to the latest reset (which source these rows belong to). */
  tag: string | null;
}

/**
 * Fetches pages for what is on screen: at most `maxInFlight` requests at a time, always for the
 * range wanted NOW (a fast scroll through a million rows queues no stale requests), into a small
 * LRU cache. Plain class, no React: the hook wraps it and unit tests drive it directly.
 */
export class PageLoader<T> {
  private cache = new PageCache<T>();
  private wanted: number[] = [0];
  private inFlight = new Set<number>();
  private generation = 0;
  private snapshot: LoaderSnapshot = { total: null, error: null, version: 0, tag: null };
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `settleMs`: wait this long after the last change of the visible range before fetching, so a
   * fling or a scrollbar drag across the file asks only for where it stops (0 fetches at once).
   */
  constructor(
    private fetchPage: FetchPage<T>,
    private readonly onChange: (snapshot: LoaderSnapshot) => void,
    private readonly maxInFlight = 2,
    private readonly size = pageSize,
    private readonly settleMs = 40,
  ) {}

  /** Starts over with another source (a new filter, another job). */
  reset(fetchPage: FetchPage<T>, tag: string): void {
    this.fetchPage = fetchPage;
    clearTimeout(this.timer);
    this.generation += 1;
    this.cache = new PageCache<T>();
    this.inFlight = new Set();
    this.wanted = [0];
    this.update({ total: null, error: null, tag });
    this.pump();
  }

  /** The list shows rows start..end: fetch what is missing. */
  want(start: number, end: number): void {
    this.wanted = end < start ? [0] : pagesFor(start, end, this.size);
    if (this.settleMs === 0 || this.wanted.every((p) => this.cache.has(p))) return this.pump();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pump(), this.settleMs);
  }

  /** A row, if its page is loaded. */
  row(index: number): T | undefined {
    return this.cache.row(index, this.size);
  }

  /** Tries again after an error. */
  retry(): void {
    this.inFlight = new Set();
    this.update({ error: null });
    this.pump();
  }

  /** Number of requests running (for tests). */
  get pending(): number {
    return this.inFlight.size;
  }

  private update(patch: Partial<LoaderSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.onChange(this.snapshot);
  }

  private pump(): void {
    const gen = this.generation;
    for (const page of this.wanted) {
      if (this.inFlight.size >= this.maxInFlight) return;
      if (this.cache.has(page) || this.inFlight.has(page)) continue;
      this.inFlight.add(page);
      void this.fetchPage(page * this.size, this.size).then((result) => {
        if (gen !== this.generation) return;
        this.inFlight.delete(page);
        if (!result.ok) return this.update({ error: result.error });
        this.cache.set(page, result.value.rows);
        this.update({ total: result.value.total, error: null, version: this.snapshot.version + 1 });
        this.pump();
      });
    }
  }
}
