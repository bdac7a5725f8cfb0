// Pinterest's error bodies, in one table so every path of the sandbox answers alike.
// Sources: the OpenAPI examples (401, 403, 429, 503, 404 for ad accounts) and observed
// bodies quoted in PINTEREST-NOTES §3 (code 3 for a missing scope, code 12 for a 500).

/** Pinterest's `Error` schema: `{code, message}`. */
export interface PinterestError {
  code: number;
  message: string;
}

/** Exact rate-limit text of the spec (a newline included, as published). */
export const rateLimitMessage =
  'This request exceeded a rate limit. This can happen if the client exceeds one\nof the published rate limits within a short time window.';

/** The error bodies the sandbox uses, by situation. */
export const pinterestErrors = {
  invalidRequest: (detail: string): PinterestError => ({ code: 4196, message: `Invalid request: ${detail}` }),
  invalidParameter: (detail: string): PinterestError => ({ code: 1, message: `Invalid request: ${detail}` }),
  authenticationFailed: { code: 2, message: 'Authentication failed.' },
  insufficientScope: {
    code: 3,
    message:
      'Your token does not have sufficient permissions to perform this operation. Please ensure your token is authorized with the correct set of scopes.',
  },
  notPermitted: { code: 29, message: 'You are not permitted to access that resource.' },
  adAccountNotFound: { code: 2, message: 'AdAccount not found.' },
  notFound: { code: 404, message: 'Resource not found.' },
  methodNotAllowed: { code: 405, message: 'Method not allowed.' },
  rateLimited: { code: 8, message: rateLimitMessage },
  serverError: { code: 12, message: 'Something went wrong on our end. Sorry about that.' },
  rampedDown: { code: 4197, message: 'The endpoint has been ramped down and is currently not accepting any traffic.' },
  partialFailure: {
    code: 953,
    message: 'The action could not be processed properly due to some or all data provided being invalid.',
  },
  payloadTooLarge: { code: 413, message: 'Request entity too large.' },
} as const;

/** The default Pinterest body for an HTTP status (used by faults that only name a status). */
export function errorForStatus(status: number): PinterestError {
  switch (status) {
    case 400:
      return { code: 4196, message: 'The request was invalid.' };
    case 401:
      return pinterestErrors.authenticationFailed;
    case 403:
      return pinterestErrors.notPermitted;
    case 404:
      return pinterestErrors.notFound;
    case 429:
      return pinterestErrors.rateLimited;
    case 503:
      return pinterestErrors.rampedDown;
    default:
      return status >= 500 ? pinterestErrors.serverError : { code: status, message: 'The request failed.' };
  }
}
