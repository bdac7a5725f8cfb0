import type { AppError } from '../../electron/shared/app-error';
import { assertNever } from '../../electron/shared/app-error';

/** A title a marketer recognises for each kind of failure, plus the backend's own message. */
export function describeError(error: AppError): { title: string; message: string } {
  const support = error.requestId ? ` (Pinterest request id ${error.requestId}, for support)` : '';
  const where = [error.row ? `row ${error.row}` : '', error.column ? `column ${error.column}` : ''].filter(Boolean).join(', ');
  const message = `${error.message}${where && !error.message.includes(where) ? ` (${where})` : ''}${support}`;
  return { title: titleOf(error), message };
}

function titleOf(error: AppError): string {
  switch (error.kind) {
    case 'validation':
      return 'Please check this';
    case 'auth':
      return 'Pinterest did not accept this sign-in';
    case 'forbidden':
      return 'Not allowed for this ad account';
    case 'rate-limited':
      return 'Pinterest asks us to slow down';
    case 'network':
      return 'Connection problem';
    case 'remote':
      return 'Pinterest reported a problem';
    case 'unavailable':
      return 'Pinterest is temporarily unavailable';
    case 'file':
      return 'This file could not be read';
    case 'not-found':
      return 'Not found';
    case 'cancelled':
      return 'Cancelled';
    case 'internal':
      return 'Something went wrong in the app';
    default:
      return assertNever(error.kind, 'error kind');
  }
}
