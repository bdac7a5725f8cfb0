import { useCallback, useEffect, useState } from 'react';
import type { FetchPage, LoaderSnapshot } from '../components/virtual/page-loader';
import { PageLoader } from '../components/virtual/page-loader';

/** Rows on demand for a virtual list; a new `key` (another filter, another job) starts over. */
export function usePagedRows<T>(fetchPage: FetchPage<T>, key: string) {
  const [snapshot, setSnapshot] = useState<LoaderSnapshot>({ total: null, error: null, version: 0, tag: null });
  const [loader] = useState(() => new PageLoader<T>(fetchPage, setSnapshot));
  useEffect(() => {
    loader.reset(fetchPage, key);
    // Only a new key restarts; a new fetchPage identity for the same key does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loader, key]);
  const onRange = useCallback((start: number, end: number) => loader.want(start, end), [loader]);
  const rowAt = useCallback((index: number) => loader.row(index), [loader]);
  const retry = useCallback(() => loader.retry(), [loader]);
  const fresh = snapshot.tag === key;
  return { total: fresh ? snapshot.total : null, error: fresh ? snapshot.error : null, version: snapshot.version, rowAt, onRange, retry };
}
