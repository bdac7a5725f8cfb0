import { describe, expect, it } from 'vitest';
import { PageCache, pagesFor } from '../../../../renderer/components/virtual/page-cache';

describe('page cache', () => {
  it('lists the pages that cover a row range', () => {
    expect(pagesFor(0, 199, 200)).toEqual([0]);
    expect(pagesFor(150, 450, 200)).toEqual([0, 1, 2]);
    expect(pagesFor(5, 4, 200)).toEqual([]);
  });

  it('evicts the least recently used page beyond capacity', () => {
    const cache = new PageCache<number>(2);
    cache.set(0, [0]);
    cache.set(1, [1]);
    cache.get(0);
    cache.set(2, [2]);
    expect(cache.has(0)).toBe(true);
    expect(cache.has(1)).toBe(false);
    expect(cache.size).toBe(2);
  });

  it('finds a row by its global index', () => {
    const cache = new PageCache<string>(4);
    cache.set(1, ['a', 'b']);
    expect(cache.row(3, 2)).toBe('b');
    expect(cache.row(0, 2)).toBeUndefined();
  });
});
