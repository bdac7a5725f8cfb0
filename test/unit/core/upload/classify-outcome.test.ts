import { describe, expect, test } from 'vitest';
import type { AppErrorKind } from '../../../../electron/shared/app-error';
import { appError } from '../../../../electron/shared/app-error';
import { classifyOutcome } from '../../../../electron/core/upload/classify-outcome';

const error = (kind: AppErrorKind, status?: number, ambiguous = false, retryAfterMs?: number) =>
  classifyOutcome({ kind: 'error', error: appError(kind, 'x', { status }), ambiguous, retryAfterMs });

describe('classifyOutcome (REL-06 table)', () => {
  test('verdicts pass through', () => {
    const events = [{ status: 'processed' as const, error_message: '', warning_message: '' }];
    expect(classifyOutcome({ kind: 'verdicts', httpStatus: 200, events })).toEqual({ kind: 'verdicts', events });
  });

  test.each([
    ['rate-limited', 429, 'retry', true],
    ['network', undefined, 'retry', false],
    ['unavailable', 503, 'retry', true],
    ['remote', 500, 'retry', false],
    ['remote', 502, 'retry', false],
    ['remote', 504, 'retry', false],
    ['remote', 200, 'retry', false],
    ['remote', undefined, 'retry', false],
  ] as const)('%s %s → %s (slow down: %s)', (kind, status, decision, slowDown) => {
    const d = error(kind, status);
    expect(d.kind).toBe(decision);
    expect(d.kind === 'retry' && d.slowDown).toBe(slowDown);
  });

  test('400 and 413 bisect', () => {
    expect(error('remote', 400).kind).toBe('bisect');
    expect(error('remote', 413).kind).toBe('bisect');
  });

  test.each([
    ['auth', 401, 'paused'],
    ['internal', undefined, 'paused'],
    ['remote', 429, 'paused'],
    ['forbidden', 403, 'failed'],
    ['not-found', 404, 'failed'],
    ['validation', undefined, 'failed'],
    ['remote', 405, 'failed'],
  ] as const)('%s %s stops the run (%s)', (kind, status, state) => {
    const d = error(kind, status);
    expect(d).toMatchObject({ kind: 'stop', state });
  });

  test('ambiguity and Retry-After are carried', () => {
    expect(error('network', undefined, true)).toMatchObject({ kind: 'retry', ambiguous: true });
    expect(error('rate-limited', 429, false, 1234)).toMatchObject({ retryAfterMs: 1234 });
    expect(error('cancelled', undefined, true)).toEqual({ kind: 'cancelled', ambiguous: true });
  });
});
