import type { AppError } from '../../../electron/shared/app-error';

/** Inline problems of the conversion-token form, one per field. */
export interface TokenFormErrors {
  token?: string;
  adAccountId?: string;
  other?: AppError;
}

/** Checks the form before any call: an ad account id is 1 to 18 digits, a token is not blank. */
export function checkTokenForm(token: string, adAccountId: string): TokenFormErrors {
  const errors: TokenFormErrors = {};
  if (token.trim() === '') errors.token = 'Paste the conversion access token from Ads Manager.';
  const id = adAccountId.trim();
  if (id === '') errors.adAccountId = 'Enter the ad account id (digits only).';
  else if (!/^\d+$/.test(id)) errors.adAccountId = 'An ad account id has only digits, e.g. 549755885175.';
  else if (id.length > 18) errors.adAccountId = 'An ad account id has at most 18 digits.';
  return errors;
}

/** True when the form has nothing to complain about. */
export function isClean(errors: TokenFormErrors): boolean {
  return !errors.token && !errors.adAccountId && !errors.other;
}

/** Puts a failed sign-in where it belongs: a wrong token on the token, a 403 on the account id. */
export function placeSignInError(error: AppError, adAccountId: string): TokenFormErrors {
  switch (error.kind) {
    case 'auth':
      return { token: `Pinterest did not accept this token: it is wrong or has expired. ${error.message}`.trim() };
    case 'forbidden':
      return { adAccountId: `This token is not allowed to send for ad account ${adAccountId}. ${error.message}`.trim() };
    case 'validation': {
      const fields = error.fields ?? [];
      const token = fields.find((f) => f.path === 'token')?.message;
      const account = fields.find((f) => f.path === 'adAccountId')?.message;
      if (token || account) return { token, adAccountId: account };
      return { other: error };
    }
    default:
      return { other: error };
  }
}
