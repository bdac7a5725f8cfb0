import { describe, expect, it } from 'vitest';
import { interpretEventsAnswer } from '../../../../electron/app/pinterest/send-outcome';

const answer = (status: number, json: unknown) => ({ kind: 'answer' as const, status, json, requestId: 'rid-9' });

describe('interpretEventsAnswer (REL-02)', () => {
  it('reads a 200 and normalises null and absent messages to ""', () => {
    const outcome = interpretEventsAnswer(
      answer(200, {
        num_events_received: 3,
        num_events_processed: 1,
        events: [
          { status: 'processed', error_message: '', warning_message: null },
          { status: 'failed', error_message: 'Invalid event_timestamp' },
          { status: 'failed', error_message: null, warning_message: 'odd field' },
        ],
      }),
      3,
    );
    expect(outcome).toEqual({
      kind: 'verdicts',
      httpStatus: 200,
      received: 3,
      processed: 1,
      requestId: 'rid-9',
      events: [
        { status: 'processed', error_message: '', warning_message: '' },
        { status: 'failed', error_message: 'Invalid event_timestamp', warning_message: '' },
        { status: 'failed', error_message: '', warning_message: 'odd field' },
      ],
    });
  });

  it('reads verdicts from a 422 details (observed Segment body)', () => {
    const outcome = interpretEventsAnswer(
      answer(422, {
        code: 953,
        message: 'The action could not be processed properly due to some or all data provided being invalid.',
        details: {
          num_events_processed: 0,
          num_events_received: 1,
          events: [{ status: 'failed', error_message: 'Invalid event_timestamp parameter.', warning_message: '' }],
        },
      }),
      1,
    );
    expect(outcome.kind).toBe('verdicts');
    if (outcome.kind === 'verdicts') {
      expect(outcome.httpStatus).toBe(422);
      expect(outcome.events[0]?.error_message).toBe('Invalid event_timestamp parameter.');
    }
  });

  const malformed: [string, number, unknown, number][] = [
    ['non-JSON', 200, undefined, 1],
    ['missing events', 200, { num_events_received: 1, num_events_processed: 1 }, 1],
    ['events.length ≠ sent', 200, { num_events_received: 2, num_events_processed: 2, events: [{ status: 'processed' }] }, 2],
    ['unknown status', 200, { num_events_received: 1, num_events_processed: 1, events: [{ status: 'ok' }] }, 1],
    ['422 without details', 422, { code: 953, message: 'x' }, 1],
    ['422 with empty details', 422, { code: 953, message: 'x', details: {} }, 1],
  ];
  it.each(malformed)('%s → ambiguous remote error', (_name, status, json, sent) => {
    const outcome = interpretEventsAnswer(answer(status, json), sent);
    expect(outcome.kind).toBe('error');
    if (outcome.kind === 'error') {
      expect(outcome.error.kind).toBe('remote');
      expect(outcome.ambiguous).toBe(true);
      expect(outcome.requestId).toBe('rid-9');
    }
  });
});
