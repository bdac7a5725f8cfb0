import { describe, expect, it } from 'vitest';
import { isRetryable, mapHttpError, maxRetryAfterMs, parseRetryAfter, readErrorBody } from '../../../../electron/app/pinterest/error-mapping';

const now = Date.parse('2025-06-01T12:00:00Z');

describe('mapHttpError (REL-06)', () => {
  const table: [number, unknown, string, boolean][] = [
    [401, { code: 2, message: 'Authentication failed.', status: 'failure' }, 'auth', false],
    [403, { code: 29, message: 'You are not permitted to access that resource.' }, 'forbidden', false],
    [429, { code: 8, message: 'This request exceeded a rate limit.' }, 'rate-limited', true],
    [400, { code: 4196, message: 'The request was invalid.' }, 'remote', false],
    [404, { code: 2, message: 'AdAccount not found.' }, 'not-found', false],
    [503, { code: 4197, message: 'The endpoint has been ramped down.' }, 'unavailable', true],
    [503, { code: 1, message: 'Overloaded' }, 'remote', true],
    [500, undefined, 'remote', true],
    [502, 'not json', 'remote', true],
    [418, { code: 7, message: 'teapot' }, 'remote', false],
  ];
  it.each(table)('HTTP %i %j → %s (retryable %s)', (status, body, kind, retryable) => {
    const error = mapHttpError(status, body, { now, requestId: 'rid-1', adAccountId: '123' });
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe('rid-1');
    expect(isRetryable(error)).toBe(retryable);
  });

  it('names the ad account on 403 and keeps Pinterest code', () => {
    const error = mapHttpError(403, { code: 29, message: 'x' }, { now, adAccountId: '549755885175' });
    expect(error.message).toContain('may not send conversions for ad account 549755885175');
    expect(error.code).toBe(29);
  });

  it("quotes Pinterest's message on 400", () => {
    const message = "Invalid request: Additional properties are not allowed ('category_name' was unexpected)";
    const error = mapHttpError(400, { code: 1, message }, { now });
    expect(error.message).toContain(message);
  });

  it('reads Retry-After into retryAfterMs on 429', () => {
    expect(mapHttpError(429, { code: 8, message: 'x' }, { now, retryAfterHeader: '7' }).retryAfterMs).toBe(7000);
    expect(mapHttpError(429, { code: 8, message: 'x' }, { now }).retryAfterMs).toBeUndefined();
  });

  it('treats a spam block as a stop, not a rate limit', () => {
    const error = mapHttpError(429, { code: 8, message: 'x', message_detail: 'Blocked as spam' }, { now });
    expect(error.kind).toBe('remote');
    expect(isRetryable(error)).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => expect(parseRetryAfter('120', now)).toBe(120_000));
  it('reads an HTTP-date', () => expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:30 GMT', now)).toBe(30_000));
  it('clamps a past date to 0', () => expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0));
  it('clamps huge values', () => expect(parseRetryAfter('999999999', now)).toBe(maxRetryAfterMs));
  it.each([null, undefined, '', 'soon', '-5', '1.5', 'Mon, 99 Foo'])('ignores %j', (v) => expect(parseRetryAfter(v, now)).toBeUndefined());
});

describe('readErrorBody', () => {
  it('accepts extra keys', () => expect(readErrorBody({ code: 2, message: 'a', status: 'failure' })).toEqual({ code: 2, message: 'a' }));
  it('accepts a partial body', () => expect(readErrorBody({ message: 'only text' })).toEqual({ code: 0, message: 'only text' }));
  it('rejects non-objects', () => {
    expect(readErrorBody('<html>')).toBeUndefined();
    expect(readErrorBody(null)).toBeUndefined();
  });
});

describe('401 for missing scopes', () => {
  it('explains that a conversion token cannot list accounts', () => {
    const error = mapHttpError(401, { code: 3, message: 'Your token does not have sufficient permissions' }, { now });
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('conversion token can only send events');
  });
});
