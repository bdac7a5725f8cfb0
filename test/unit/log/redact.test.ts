import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { redactFields, redactText } from '../../../electron/app/log/redact';

// Canaries: values that must never survive redaction, whatever sentence they hide in.
const canaries = {
  email: 'canary-3f2a9c1e@example.test',
  accessToken: 'pina_AMA2VQYXAAMBAAAAGAAUACWmTnIzUA1xKVQmBQBACwTuebNT3dl7kPM8Tqux',
  refreshToken: 'pinr_AEALCQYXAAMBAAAAGAAUACWmTnIzUA1xKVQmBQBACwTuebNT3dl7kPM8Tqux',
  bearer: 'Bearer abc.DEF-ghi_123',
  basic: 'Basic Y2xpZW50OnNlY3JldA==',
  phone: '+49 171 2345678',
  phoneUs: '(415) 555-0199',
  hash: 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig_nature-1',
  apiKey: 'sk9ZxQ2mLp0RtYvB7nC4dF6gH8jK1lM3oP5qR7sT',
};

describe('redactText', () => {
  it.each(Object.entries(canaries))('masks a %s wherever it appears', (_kind, value) => {
    for (const sentence of [value, `x ${value} y`, `"${value}"`, `(${value}),`, `value=${value}`]) {
      expect(redactText(sentence)).not.toContain(value);
    }
  });

  it('masks secrets in query strings', () => {
    const out = redactText('GET /oauth/token?code=abc123&state=xyz&grant_type=authorization_code&client_secret=s3cr3t');
    expect(out).not.toMatch(/abc123|xyz|s3cr3t/);
    expect(out).toContain('grant_type=authorization_code');
  });

  it('keeps ordinary log text, counts and short numbers intact', () => {
    const text = 'batch 12 of 40 sent: 1000 events, 3 rejected (HTTP 422, code 4196) in 350 ms';
    expect(redactText(text)).toBe(text);
    expect(redactText('job 2c1d2f4e-8a3b-4c5d-9e6f-7a8b9c0d1e2f done')).toContain('2c1d2f4e-8a3b-4c5d-9e6f-7a8b9c0d1e2f');
  });

  test.prop([fc.emailAddress(), fc.string(), fc.string()])('never lets an email through', (email, before, after) => {
    expect(redactText(`${before} ${email} ${after}`)).not.toContain(email);
  });

  test.prop([fc.stringMatching(/^[A-Za-z0-9_-]{20,60}$/)])('never lets a Pinterest token through', (body) => {
    expect(redactText(`token pina_${body}.`)).not.toContain(`pina_${body}`);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 15 })])('masks phone-like digit runs', (digits) => {
    const phone = `+${digits.join('')}`;
    expect(redactText(`call ${phone} now`)).not.toContain(digits.join(''));
  });
});

describe('redactFields', () => {
  it('replaces secret-named fields outright and redacts the others', () => {
    const out = redactFields({ accessToken: 'anything', authorization: 'x', note: `for ${canaries.email}`, rows: 57, ok: true });
    expect(out).toEqual({ accessToken: '[redacted]', authorization: '[redacted]', note: 'for [email]', rows: 57, ok: true });
  });

  it('keeps digits in id fields and hashes in fingerprint fields, but not elsewhere', () => {
    const out = redactFields({ adAccountId: '549755885175', fingerprint: canaries.hash, other: canaries.hash, where: '549755885175' });
    expect(out.adAccountId).toBe('549755885175');
    expect(out.fingerprint).toBe(canaries.hash);
    expect(out.other).toBe('[sha256]');
    expect(out.where).toBe('[number]');
  });

  it('masks a phone number passed as a number, but not times, sizes and counts', () => {
    const out = redactFields({ value: 4915112345678, startedAt: 1733340000000, sizeBytes: 15_000_000_000, rows: 1_000_000 });
    expect(out).toEqual({ value: '[number]', startedAt: 1733340000000, sizeBytes: 15_000_000_000, rows: 1_000_000 });
  });

  it('ignores undefined and redacts keys too', () => {
    const out = redactFields({ gone: undefined, [canaries.email]: 'x' });
    expect(Object.keys(out)).toEqual(['[email]']);
  });
});
