import type { AppError } from '../../shared/app-error';
import { appError } from '../../shared/app-error';
import { conversionApiResponseSchema, describeMismatch, detailedErrorSchema } from './api-schemas';
import type { ApiAnswer } from './api-request';

/** Pinterest's verdict for one event (messages normalised: absent or null → ""). */
export interface EventVerdict {
  status: 'processed' | 'failed';
  error_message: string;
  warning_message: string;
}

/** What happened to one events/create request. */
export type SendOutcome =
  | {
      kind: 'verdicts';
      /** 200, or 422 whose `details` carried per-event verdicts. */
      httpStatus: 200 | 422;
      received: number;
      processed: number;
      /** verdict i belongs to event i of the request. */
      events: EventVerdict[];
      requestId?: string;
    }
  | {
      kind: 'error';
      error: AppError;
      /** The request may have reached Pinterest: its events may have been recorded. */
      ambiguous: boolean;
      retryAfterMs?: number;
      requestId?: string;
    };

function malformed(answer: ApiAnswer, why: string): SendOutcome {
  const error = appError('remote', `Pinterest's answer could not be read (${why}); the events may or may not have been recorded.`, {
    status: answer.status,
    requestId: answer.requestId,
  });
  return { kind: 'error', error, ambiguous: true, requestId: answer.requestId };
}

/** Turns a 2xx/422 answer to events/create into verdicts, or an ambiguous 'remote' error when it is not usable. */
export function interpretEventsAnswer(answer: ApiAnswer, sent: number): SendOutcome {
  if (answer.json === undefined) return malformed(answer, 'not JSON');
  let body: unknown = answer.json;
  if (answer.status === 422) {
    const detailed = detailedErrorSchema.safeParse(answer.json);
    if (!detailed.success) return malformed(answer, `422 without details: ${describeMismatch(detailed.error)}`);
    body = detailed.data.details;
  }
  const parsed = conversionApiResponseSchema.safeParse(body);
  if (!parsed.success) return malformed(answer, describeMismatch(parsed.error));
  const { events, num_events_received: received, num_events_processed: processed } = parsed.data;
  if (events.length !== sent) return malformed(answer, `${events.length} verdicts for ${sent} events`);
  return {
    kind: 'verdicts',
    httpStatus: answer.status === 422 ? 422 : 200,
    received,
    processed,
    events: events.map((e) => ({ status: e.status, error_message: e.error_message, warning_message: e.warning_message })),
    requestId: answer.requestId,
  };
}
