import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../core/ports';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import type { PinterestClient } from '../pinterest/pinterest-client';

/** A pasted token must be one printable word: a stray line break would otherwise break the header. */
export function checkTokenShape(raw: string): Result<{ token: string; notice?: string }> {
  const token = raw.trim();
  if (token === '') return err(appError('validation', 'Paste the conversion token.', { fields: [{ path: 'token', message: 'Required.' }] }));
  if (!/^[\x21-\x7e]+$/.test(token)) {
    return err(appError('validation', 'The token contains spaces, line breaks or unusual characters. Copy it again from Ads Manager.', {
      fields: [{ path: 'token', message: 'Only the token itself, without spaces.' }],
    }));
  }
  const notice = token.startsWith('pina_')
    ? undefined
    : 'This token does not look like a Pinterest conversion token (they usually start with "pina_"). Pinterest accepted it, but check that you pasted the right one.';
  return ok({ token, notice });
}

/** The one test event of the check: current time, offline, a dummy hashed email. */
export function tokenCheckEvent(now: number): Record<string, unknown> {
  return {
    event_name: 'checkout',
    action_source: 'offline',
    event_time: Math.floor(now / 1000),
    event_id: `cu-token-check-${randomBytes(8).toString('hex')}`,
    user_data: { em: [createHash('sha256').update('token-check@conversions-uploader.invalid').digest('hex')] },
  };
}

/**
 * Validates a conversion token for an ad account with ONE `?test=true` request (Pinterest records
 * nothing). Any per-event verdict means the token and the account are fine; errors are explained.
 */
export async function checkConversionToken(client: PinterestClient, adAccountId: string, clock: Clock, signal?: AbortSignal): Promise<Result<void>> {
  const outcome = await client.sendEvents(adAccountId, [tokenCheckEvent(clock())], { test: true, signal });
  if (outcome.kind === 'verdicts') return ok(undefined);
  const { error } = outcome;
  const extra = { status: error.status, code: error.code, requestId: error.requestId };
  switch (error.kind) {
    case 'auth':
      return err(appError('auth', 'Pinterest did not accept this token: it is wrong or has expired. Create a new conversion access token in Ads Manager and paste it here.', extra));
    case 'forbidden':
      return err(appError('forbidden', `This token is valid but may not send conversions for ad account ${adAccountId}. Check the ad account id, or create the token from that ad account in Ads Manager.`, extra));
    case 'not-found':
      return err(appError('validation', `Pinterest does not know ad account ${adAccountId}. Check the id (Ads Manager shows it next to the account name).`, {
        ...extra, fields: [{ path: 'adAccountId', message: 'Unknown ad account.' }],
      }));
    case 'network':
      return err(appError('network', `Could not reach Pinterest to check the token. ${error.message}`, extra));
    default:
      return err({ ...error, message: `Pinterest could not check the token. ${error.message}` });
  }
}
