// Text for a thrown error that is safe to show, log or store. A message may quote what the
// failing code held (a cell, a token), so only system error codes and our own names are used.

const systemHints: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
  ENOENT: 'a file or folder is missing',
  EROFS: 'the disk is read-only',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/** A value-free description of a thrown value: "ENOSPC: the disk is full", our own file error, or "an unexpected TypeError". */
export function safeErrorText(thrown: unknown): string {
  // Our own readers throw errors carrying a user-facing AppError that names file, row and column only.
  const own = thrown && typeof thrown === 'object' && 'appError' in thrown ? (thrown as { appError: { message?: unknown } }).appError : undefined;
  if (own && typeof own.message === 'string') return own.message;
  const code = thrown && typeof thrown === 'object' && 'code' in thrown ? (thrown as { code: unknown }).code : undefined;
  if (typeof code === 'string' && /^E[A-Z0-9]{2,15}$/.test(code)) return `${code}: ${systemHints[code] ?? 'a system error occurred'}`;
  const name = thrown instanceof Error && /^[A-Za-z_$][\w$]{0,60}$/.test(thrown.name) ? thrown.name : 'error';
  return `an unexpected ${name}`;
}
