import { shell } from 'electron';
import { acceptableExtraOrigin, isAllowedExternalUrl } from './url-policy';

// The ONE place the app calls shell.openExternal (SECURITY §1 item 15). A security test fails
// when another call site appears.

const extraOrigins = new Set<string>();

/** Allows the origin of the configured OAuth consent page (https, or the loopback sandbox). */
export function allowExternalOrigin(url: string): void {
  const origin = acceptableExtraOrigin(url);
  if (origin) extraOrigins.add(origin);
}

/** Opens an allowlisted https URL in the system browser; anything else is refused (false). */
export async function openExternalSafe(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url, extraOrigins)) return false;
  const normalized = new URL(url).toString();
  await shell.openExternal(normalized); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  return true;
}
