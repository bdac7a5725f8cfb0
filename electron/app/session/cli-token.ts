import { readFile, stat } from 'node:fs/promises';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import { checkTokenShape } from './conversion-token-check';

/**
 * Reads the CLI's token (CRED-06): from `--token-file` (which must not be readable by group or
 * others) or from PINTEREST_TOKEN. Errors name where the token was looked for, never its value.
 */
export async function readCliToken(tokenFile: string | undefined, env: NodeJS.ProcessEnv): Promise<Result<string>> {
  let raw: string | undefined;
  if (tokenFile !== undefined) {
    let mode: number;
    try {
      mode = (await stat(tokenFile)).mode;
    } catch {
      return err(appError('validation', `The token file ${tokenFile} cannot be read.`));
    }
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      return err(appError('validation', `The token file ${tokenFile} can be read by other users. Run: chmod 600 "${tokenFile}"`));
    }
    raw = await readFile(tokenFile, 'utf8').catch(() => undefined);
    if (raw === undefined) return err(appError('validation', `The token file ${tokenFile} cannot be read.`));
  } else {
    raw = env.PINTEREST_TOKEN;
  }
  if (raw === undefined || raw.trim() === '') {
    return err(appError('auth', 'No token: set PINTEREST_TOKEN or pass --token-file FILE (mode 600).'));
  }
  const shape = checkTokenShape(raw);
  if (!shape.ok) return err(appError('validation', tokenFile ? `The token in ${tokenFile} is not a single word.` : 'PINTEREST_TOKEN is not a single word.'));
  return ok(shape.value.token);
}

/** Checks a service URL (--api-base, token exchange): https anywhere, plain http only on this machine (the sandbox). */
export function checkServiceUrl(raw: string, label = '--api-base'): Result<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return err(appError('validation', `${label} "${raw}" is not a URL.`));
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.username || url.password || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
    return err(appError('validation', `${label} must be an https URL (plain http only for 127.0.0.1/localhost).`));
  }
  return ok(url.toString().replace(/\/+$/, ''));
}

/** Former name of checkServiceUrl (kept: the send command imports it). */
export const checkApiBase = checkServiceUrl;
