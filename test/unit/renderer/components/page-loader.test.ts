import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../electron/shared/result';
import { ok } from '../../../../electron/shared/result';
import type { LoaderSnapshot } from '../../../../renderer/components/virtual/page-loader';
import { PageLoader } from '../../../../renderer/components/virtual/page-loader';

type Page = Result<{ total: number; rows: number[] }>;

/** A fetch whose answers the test releases one by one, in any order. */
function controlledFetch(total: number) {
  const calls: Array<{ offset: number; resolve: () => void }> = [];
  const fetchPage = (offset: number, limit: number) =>
    new Promise<Page>((resolve) => {
      const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
      calls.push({ offset, resolve: () => resolve(ok({ total, rows })) });
    });
  return { calls, fetchPage };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('PageLoader', () => {
  it('fetches only what is on screen, two at a time, and forgets ranges scrolled past', async () => {
    const { calls, fetchPage } = controlledFetch(1_000_000);
    const snapshots: LoaderSnapshot[] = [];
    const loader = new PageLoader<number>(fetchPage, (s) => snapshots.push(s), 2, 100, 0);
    loader.reset(fetchPage, 'all');
    expect(calls.map((c) => c.offset)).toEqual([0]);
    loader.want(5000, 5250); // pages 50, 51, 52
    expect(calls.map((c) => c.offset)).toEqual([0, 5000]);
    loader.want(900_000, 900_050); // the user dragged the scrollbar far away
    calls[1]?.resolve();
    await flush();
    // Page 51 and 52 are no longer wanted: the next request is for what is on screen now.
    expect(calls.map((c) => c.offset)).toEqual([0, 5000, 900_000]);
    calls[2]?.resolve();
    await flush();
    expect(loader.row(900_010)).toBe(900_010);
    expect(snapshots.at(-1)?.total).toBe(1_000_000);
  });

  it('drops answers that arrive after a reset (another filter)', async () => {
    const { calls, fetchPage } = controlledFetch(500);
    const snapshots: LoaderSnapshot[] = [];
    const loader = new PageLoader<number>(fetchPage, (s) => snapshots.push(s), 2, 100, 0);
    loader.reset(fetchPage, 'all');
    loader.reset(fetchPage, 'errors');
    calls[0]?.resolve();
    await flush();
    expect(snapshots.at(-1)).toMatchObject({ tag: 'errors', total: null });
    calls[1]?.resolve();
    await flush();
    expect(snapshots.at(-1)).toMatchObject({ tag: 'errors', total: 500 });
  });
});

describe('PageLoader while scrolling fast', () => {
  it('asks only for where the scrolling settles', async () => {
    const { calls, fetchPage } = controlledFetch(1_000_000);
    const loader = new PageLoader<number>(fetchPage, () => undefined, 2, 100, 20);
    loader.reset(fetchPage, 'all');
    calls[0]?.resolve();
    await flush();
    for (let at = 1000; at < 500_000; at += 25_000) loader.want(at, at + 20);
    loader.want(700_000, 700_020);
    await new Promise((r) => setTimeout(r, 60));
    expect(calls.map((c) => c.offset)).toEqual([0, 700_000]);
  });
});
