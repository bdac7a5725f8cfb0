import { describe, expect, it } from 'vitest';
import { eventMessages } from '../../../electron/sandbox/event-messages';
import { checkEvent } from '../../../electron/sandbox/event-rules';

const hash = '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f';
const now = 1_790_000_000;
const settings = { nowSec: now, maxEventAgeDays: 7, futureSkewSec: 60, messages: eventMessages() };

function event(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { event_name: 'checkout', action_source: 'offline', event_time: now - 3600, event_id: 'e1', user_data: { em: [hash] }, ...extra };
}

describe('per-event rules', () => {
  it('passes a well-formed event with no messages', () => {
    expect(checkEvent(event(), settings)).toEqual({ error: '', warning: '' });
  });

  it('fails a raw (unhashed) email without echoing it', () => {
    const verdict = checkEvent(event({ user_data: { em: ['John.Smith@example.com'] } }), settings);
    expect(verdict.error).toMatch(/user_data\.em\[0\].*not hashed/);
    expect(verdict.error).not.toContain('example.com');
  });

  it('fails uppercase hex digests, naming the field and index', () => {
    const verdict = checkEvent(event({ user_data: { em: [hash], ph: [hash, hash.toUpperCase()] } }), settings);
    expect(verdict.error).toMatch(/user_data\.ph\[1\].*uppercase/);
  });

  it('checks every hashed field, including country and external_id', () => {
    expect(checkEvent(event({ user_data: { em: [hash], country: ['us'] } }), settings).error).toMatch(/country\[0\]/);
    expect(checkEvent(event({ user_data: { em: [hash], external_id: ['abc'] } }), settings).error).toMatch(/external_id\[0\]/);
    expect(checkEvent(event({ user_data: { hashed_maids: ['x'.repeat(64)] } }), settings).error).toMatch(/hashed_maids\[0\]/);
  });

  it('requires em, or hashed_maids, or both client_ip_address and client_user_agent', () => {
    const missing = /at least one of em, hashed_maids/;
    expect(checkEvent(event({ user_data: { ph: [hash] } }), settings).error).toMatch(missing);
    expect(checkEvent(event({ user_data: { em: [] } }), settings).error).toMatch(missing);
    expect(checkEvent(event({ user_data: { client_ip_address: '203.0.113.9' } }), settings).error).toMatch(missing);
    expect(checkEvent(event({ user_data: { hashed_maids: [hash] } }), settings).error).toBe('');
    const ipUa = { client_ip_address: '203.0.113.9', client_user_agent: 'Mozilla/5.0' };
    expect(checkEvent(event({ user_data: ipUa }), settings).error).toBe('');
  });

  it('flags millisecond timestamps', () => {
    expect(checkEvent(event({ event_time: (now - 60) * 1000 }), settings).error).toMatch(/milliseconds/);
  });

  it('fails future times beyond the skew and accepts within it', () => {
    expect(checkEvent(event({ event_time: now + 61 }), settings).error).toBe(
      `Invalid event_timestamp parameter. Given timestamp is in the future. Current timestamp: ${now}, Given event_timestamp: ${now + 61}`,
    );
    expect(checkEvent(event({ event_time: now + 60 }), settings).error).toBe('');
  });

  it('fails times older than maxEventAgeDays with the observed Pinterest wording', () => {
    const old = now - 7 * 86_400 - 1;
    expect(checkEvent(event({ event_time: old }), settings).error).toBe(
      `Invalid event_timestamp parameter. Given timestamp is in the past. Current timestamp: ${now}, Given event_timestamp: ${old}`,
    );
    expect(checkEvent(event({ event_time: now - 7 * 86_400 }), settings).error).toBe('');
    expect(checkEvent(event({ event_time: old }), { ...settings, maxEventAgeDays: 30 }).error).toBe('');
  });

  it('accepts an unknown event_name with a warning, and rejects an unknown action_source', () => {
    expect(checkEvent(event({ event_name: 'my_event' }), settings)).toEqual({ error: '', warning: expect.stringContaining("'my_event'") });
    expect(checkEvent(event({ action_source: 'email' }), settings).error).toMatch(/action_source 'email'/);
  });

  it('warns about unknown user_data keys without failing', () => {
    expect(checkEvent(event({ user_data: { em: [hash], nickname: 'x' } }), settings).warning).toMatch(/'nickname'/);
  });

  it('uses replaced message texts', () => {
    const custom = { ...settings, messages: eventMessages({ notHashed: (f) => `hash ${f} please`, unknownEventName: () => '' }) };
    expect(checkEvent(event({ user_data: { em: ['a@b.c'] } }), custom).error).toBe('hash em please');
    expect(checkEvent(event({ event_name: 'mine' }), custom).warning).toBe('');
  });
});
