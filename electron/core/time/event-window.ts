/** Whether an event time can be sent now, with a message a marketer understands. */
export type EventWindowCheck =
  | { kind: 'ok'; warning?: { code: string; message: string } }
  | { kind: 'future' | 'too_old'; code: string; message: string };

const DAY_S = 86_400;
// Rows this close to the age limit may cross it while a big file is still sending.
const NEAR_LIMIT_S = 6 * 3600;

/**
 * Checks an event time (Unix seconds) against now (Unix ms, from the Clock port) and the
 * accepted age (days, a setting; PINTEREST-NOTES §11 suggests 7). Future times are errors
 * (Pinterest rejects them; usually a wrong time zone); older than the limit is an error.
 */
export function checkEventWindow(seconds: number, now: number, maxAgeDays: number, opts: { timezone?: string } = {}): EventWindowCheck {
  const nowS = Math.floor(now / 1000);
  if (seconds > nowS) {
    const zoneHint = opts.timezone ? ` Check the time zone (${opts.timezone}).` : '';
    return { kind: 'future', code: 'time_future', message: `${describe(seconds, opts.timezone)} is in the future; Pinterest only accepts events that already happened.${zoneHint}` };
  }
  const ageS = nowS - seconds;
  const limitS = maxAgeDays * DAY_S;
  if (ageS > limitS) {
    const days = Math.floor(ageS / DAY_S);
    return { kind: 'too_old', code: 'time_too_old', message: `${describe(seconds, opts.timezone)} is ${days} days old; Pinterest accepts offline events up to ${maxAgeDays} days old.` };
  }
  if (limitS - ageS < NEAR_LIMIT_S) {
    return { kind: 'ok', warning: { code: 'time_near_limit', message: `${describe(seconds, opts.timezone)} is almost ${maxAgeDays} days old; send soon or it will be too old.` } };
  }
  return { kind: 'ok' };
}

function describe(seconds: number, zone: string | undefined): string {
  const d = new Date(seconds * 1000);
  if (Number.isNaN(d.getTime())) return 'This event time';
  try {
    const text = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone ?? 'UTC', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
    }).format(d);
    return `The event time ${text}${zone ? '' : ' UTC'}`;
  } catch {
    return `The event time ${d.toISOString()}`;
  }
}
