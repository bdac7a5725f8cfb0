// Groups events into events/create requests. Pinterest allows at most 1,000 events per request
// (spec maxItems). It documents no body-size limit; integrations cap at about 2 MB (Tealium,
// PINTEREST-NOTES §16 q7), so we cap the serialized body at 2 MiB. A typical offline event is
// 300-700 bytes, so the event count is what normally closes a batch; the byte cap only matters
// for events with long content lists. Order is kept: batches are contiguous runs of the input.

/** Limits of one request. */
export interface BatchLimits {
  maxEvents: number;
  /** Largest serialized `{"data":[...]}` body in bytes. */
  maxBytes: number;
}

/** Pinterest's 1,000-event maximum and our 2 MiB body cap. */
export const defaultBatchLimits: BatchLimits = { maxEvents: 1000, maxBytes: 2 * 1024 * 1024 };

/** Bytes of `{"data":[` + `]}` around the events. */
const envelopeBytes = 11;

/** Accumulates items (with their serialized size) and hands out full batches in input order. */
export class Batcher<T> {
  private items: T[] = [];
  private bytes = envelopeBytes;

  constructor(private readonly limits: BatchLimits = defaultBatchLimits) {
    if (limits.maxEvents < 1 || limits.maxEvents > 1000) throw new RangeError('maxEvents must be 1..1000');
  }

  /** Adds one item of `size` serialized bytes; returns the batches completed by it (0, 1 or 2). */
  push(item: T, size: number): T[][] {
    const done: T[][] = [];
    const extra = size + (this.items.length > 0 ? 1 : 0);
    if (this.items.length > 0 && this.bytes + extra > this.limits.maxBytes) done.push(this.take());
    this.bytes += size + (this.items.length > 0 ? 1 : 0);
    this.items.push(item);
    if (this.items.length >= this.limits.maxEvents || this.bytes >= this.limits.maxBytes) done.push(this.take());
    return done;
  }

  /** The last, partial batch (empty array when nothing is pending). */
  flush(): T[] {
    return this.items.length > 0 ? this.take() : [];
  }

  /** Items waiting for a batch. */
  get pending(): number {
    return this.items.length;
  }

  private take(): T[] {
    const batch = this.items;
    this.items = [];
    this.bytes = envelopeBytes;
    return batch;
  }
}
