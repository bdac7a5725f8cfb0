import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Batcher } from '../../../../electron/core/upload/batcher';
import { crc32Hex, utf8Length } from '../../../../electron/core/upload/crc32';

describe('Batcher', () => {
  test.prop([fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 3000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 200, max: 5000 })], { numRuns: 300 })(
    'covers every item once, in order, within the limits',
    (sizes, maxEvents, maxBytes) => {
      const batcher = new Batcher<number>({ maxEvents, maxBytes });
      const batches: number[][] = [];
      sizes.forEach((size, i) => batches.push(...batcher.push(i, size)));
      const last = batcher.flush();
      if (last.length) batches.push(last);
      expect(batches.flat()).toEqual(sizes.map((_, i) => i));
      for (const batch of batches) {
        expect(batch.length).toBeGreaterThan(0);
        expect(batch.length).toBeLessThanOrEqual(maxEvents);
        const bytes = 11 + batch.reduce((n, i) => n + (sizes[i] as number), 0) + batch.length - 1;
        // A single item larger than the cap travels alone (the server decides about it).
        if (batch.length > 1) expect(bytes).toBeLessThanOrEqual(maxBytes);
      }
    },
  );

  test('closes a batch at exactly 1,000 events', () => {
    const batcher = new Batcher<number>();
    const done: number[][] = [];
    for (let i = 0; i < 2500; i++) done.push(...batcher.push(i, 500));
    expect(done.map((b) => b.length)).toEqual([1000, 1000]);
    expect(batcher.flush()).toHaveLength(500);
  });

  test('refuses more than 1,000 events per batch', () => {
    expect(() => new Batcher({ maxEvents: 1001, maxBytes: 1e6 })).toThrow();
  });
});

describe('utf8Length and crc32Hex', () => {
  test.prop([fc.string({ unit: 'binary' })])('utf8Length equals Buffer.byteLength', (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  test.prop([fc.string({ unit: 'binary' })])('crc32Hex equals zlib.crc32 of the UTF-8 bytes', async (text) => {
    const { crc32 } = await import('node:zlib');
    expect(crc32Hex(text)).toBe(crc32(Buffer.from(text, 'utf8')).toString(16).padStart(8, '0'));
  });
});
