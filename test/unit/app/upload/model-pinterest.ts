import type { OutcomeLike } from '../../../../electron/core/upload/classify-outcome';
import { appError } from '../../../../electron/shared/app-error';
import type { EventSender, UploadItem } from '../../../../electron/app/upload/engine-types';

// A tiny in-memory model of Pinterest for the engine's crash/resume property test: it records
// events by id, fails "bad" ids per event, refuses requests holding "poison" ids with a 400, and
// follows a script per request number. After `crash()` it freezes: requests hang, nothing is
// recorded (a killed process sends nothing more).

/** What the model does with request number k (1-based, over the whole model's life). */
export type Step = 'ok' | '429' | '500' | 'lost-after-processing' | 'crash-before' | 'crash-after';

/** The model's state. */
export interface ModelPinterest {
  received: Map<string, number>;
  requests: number;
  sender(onCrash: () => void, beforeSend?: (events: unknown[]) => void): EventSender;
}

/** Creates a model with a script (missing steps are 'ok'). */
export function modelPinterest(script: Map<number, Step>, bad: Set<string>, poison: Set<string>): ModelPinterest {
  const model: ModelPinterest = {
    received: new Map(),
    requests: 0,
    sender(onCrash, beforeSend) {
      let crashed = false;
      const record = (events: unknown[]) => {
        for (const e of events) {
          const id = (e as { event_id: string }).event_id;
          if (!bad.has(id)) model.received.set(id, (model.received.get(id) ?? 0) + 1);
        }
      };
      return {
        async sendEvents(_acct, events): Promise<OutcomeLike> {
          await Promise.resolve();
          if (crashed) return new Promise(() => {});
          beforeSend?.(events);
          const k = ++model.requests;
          const step = script.get(k) ?? 'ok';
          if (events.some((e) => poison.has((e as { event_id: string }).event_id))) {
            return { kind: 'error', error: appError('remote', 'Invalid request: poison', { status: 400 }), ambiguous: false };
          }
          if (step === '429') return { kind: 'error', error: appError('rate-limited', 'slow down', { status: 429 }), ambiguous: false };
          if (step === '500') return { kind: 'error', error: appError('remote', 'oops', { status: 500 }), ambiguous: false };
          if (step === 'crash-before' || step === 'crash-after') {
            if (step === 'crash-after') record(events);
            crashed = true;
            onCrash();
            return new Promise(() => {});
          }
          record(events);
          if (step === 'lost-after-processing') return { kind: 'error', error: appError('network', 'reset'), ambiguous: true };
          const verdicts = events.map((e) => {
            const failed = bad.has((e as { event_id: string }).event_id);
            return { status: failed ? ('failed' as const) : ('processed' as const), error_message: failed ? 'bad event' : '', warning_message: '' };
          });
          return { kind: 'verdicts', httpStatus: 200, events: verdicts };
        },
      };
    },
  };
  return model;
}

/** Items e0..e(n-1): some invalid, some duplicates of earlier ones. */
export function makeItems(n: number, invalid: Set<number>, duplicates: Set<number>): UploadItem[] {
  return Array.from({ length: n }, (_, i) => {
    const line = i + 2;
    if (invalid.has(i)) return { rows: [line], eventId: `e${i}`, issues: [{ row: line, severity: 'error' as const, code: 'email-invalid', column: 'Email', message: `Row ${line}: 'x' is not an email.` }], status: 'invalid' as const };
    const id = duplicates.has(i) && i > 0 ? `e${i - 1}` : `e${i}`;
    const status = duplicates.has(i) && i > 0 ? ('duplicate' as const) : ('valid' as const);
    return { rows: [line], eventId: id, issues: [], status, event: { event_id: id, event_name: 'checkout', action_source: 'offline', event_time: 1, user_data: { em: ['x'] } } };
  });
}
