import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../electron/app/backend/dispatch';
import type { HandlerMap } from '../../../electron/app/backend/handler-types';
import type { LogFields, Logger } from '../../../electron/core/ports';
import { appError } from '../../../electron/shared/app-error';
import { err, ok } from '../../../electron/shared/result';

function memoryLogger() {
  const lines: Array<{ level: string; message: string; fields?: LogFields }> = [];
  const at = (level: string) => (message: string, fields?: LogFields) => void lines.push({ level, message, fields });
  const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { log, lines };
}

const info = { version: '1.0.0', shell: 'browser' as const, platform: 'linux' };

describe('createDispatch', () => {
  it('passes the parsed input to the handler and returns its Result', async () => {
    const handler = vi.fn(async () => ok({ adAccountId: '123' }));
    const dispatch = createDispatch({ 'accounts:choose': handler }, { log: memoryLogger().log, checkOutputs: true });
    expect(await dispatch('accounts:choose', { adAccountId: '123' })).toEqual(ok({ adAccountId: '123' }));
    expect(handler).toHaveBeenCalledWith({ adAccountId: '123' });
  });

  it('answers invalid input with a validation error listing the fields, without calling the handler', async () => {
    const handler = vi.fn(async () => ok({ adAccountId: '1' }));
    const dispatch = createDispatch({ 'accounts:choose': handler }, { log: memoryLogger().log, checkOutputs: true });
    for (const bad of [{ adAccountId: 'abc' }, { adAccountId: '1', extra: true }, 'text', [1], null]) {
      const result = await dispatch('accounts:choose', bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('validation');
    }
    const result = await dispatch('accounts:choose', { adAccountId: 'abc' });
    expect(!result.ok && result.error.fields?.[0]?.path).toBe('adAccountId');
    expect(handler).not.toHaveBeenCalled();
  });

  it.each(['nope', '__proto__', 'constructor', 'toString', ''])('refuses the unknown channel %j', async (channel) => {
    const dispatch = createDispatch({}, { log: memoryLogger().log, checkOutputs: true });
    const result = await dispatch(channel, {});
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('answers a channel no service serves yet with "not available yet"', async () => {
    const dispatch = createDispatch({}, { log: memoryLogger().log, checkOutputs: true });
    expect(await dispatch('history:list', {})).toMatchObject({ ok: false, error: { kind: 'internal', message: expect.stringMatching(/not available yet/) } });
  });

  it('turns a throw into an internal error whose id is logged, without the thrown message', async () => {
    const { log, lines } = memoryLogger();
    const handler = async () => {
      throw new Error('row 5 has canary@example.test');
    };
    const dispatch = createDispatch({ 'app:info': handler }, { log, checkOutputs: true });
    const result = await dispatch('app:info', {});
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
    const id = !result.ok ? result.error.requestId : undefined;
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.fields).toMatchObject({ channel: 'app:info', errorId: id, errorName: 'Error' });
    expect(JSON.stringify(lines)).not.toContain('canary');
    expect(result.ok ? '' : result.error.message).not.toContain('canary');
  });

  it('also survives a throw of a non-Error and a synchronous throw', async () => {
    const dispatch = createDispatch(
      {
        'app:info': (() => {
          throw 'plain string';
        }) as never,
        'history:list': async () => Promise.reject(42),
      },
      { log: memoryLogger().log, checkOutputs: false },
    );
    expect(await dispatch('app:info', {})).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(await dispatch('history:list', {})).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });

  it('checks outputs against the contract when asked, and passes them through otherwise', async () => {
    const bad = async () => ok({ version: 1 } as never);
    const checked = createDispatch({ 'app:info': bad }, { log: memoryLogger().log, checkOutputs: true });
    expect(await checked('app:info', {})).toMatchObject({ ok: false, error: { kind: 'internal' } });
    const unchecked = createDispatch({ 'app:info': bad }, { log: memoryLogger().log, checkOutputs: false });
    expect(await unchecked('app:info', {})).toEqual(ok({ version: 1 }));
    const good = createDispatch({ 'app:info': async () => ok(info) }, { log: memoryLogger().log, checkOutputs: true });
    expect(await good('app:info', {})).toEqual(ok(info));
  });

  it('passes failed Results through and rejects answers that are not Results at all', async () => {
    const handlers: Partial<HandlerMap> = {
      'app:info': async () => err(appError('auth', 'Sign in again.')),
      'history:list': async () => ({ entries: [] }) as never,
    };
    const dispatch = createDispatch(handlers, { log: memoryLogger().log, checkOutputs: true });
    expect(await dispatch('app:info', {})).toEqual(err(appError('auth', 'Sign in again.')));
    expect(await dispatch('history:list', {})).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});
