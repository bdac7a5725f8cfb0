import { describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../../../electron/app/backend/event-bus';
import { silentLogger } from '../../../electron/core/ports';

const payload = { datasetId: 'd1', bytesRead: 10, totalBytes: 100, rows: 3 };

describe('createEventBus', () => {
  it('fans events out to every listener until it unsubscribes', () => {
    const bus = createEventBus(silentLogger, true);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bus.on(a);
    bus.on(b);
    bus.emit('dataset:progress', payload);
    offA();
    bus.emit('dataset:progress', payload);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledWith('dataset:progress', payload);
  });

  it('keeps delivering when one listener throws', () => {
    const error = vi.fn();
    const bus = createEventBus({ ...silentLogger, error }, true);
    const good = vi.fn();
    bus.on(() => {
      throw new Error('broken transport');
    });
    bus.on(good);
    bus.emit('dataset:progress', payload);
    expect(good).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledOnce();
  });

  it('drops (and logs) a payload that breaks the contract when checking', () => {
    const error = vi.fn();
    const bus = createEventBus({ ...silentLogger, error }, true);
    const listener = vi.fn();
    bus.on(listener);
    bus.emit('dataset:progress', { datasetId: 1 } as never);
    expect(listener).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledOnce();
  });
});
