import { bridgeSecretFragmentKey, bridgeSecretHeader } from '../../electron/shared/bridge-protocol';

// The per-run secret arrives in the URL fragment (browsers never send a fragment to the
// server, so it stays out of request logs) and then travels in a header on every call.

/** Reads the per-run secret from a `#k=...` fragment; null when the page was opened without it. */
export function secretFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const secret = params.get(bridgeSecretFragmentKey);
  return secret && secret.length > 0 ? secret : null;
}

/** Absolute URL of a bridge path on the page's own origin. */
export function bridgeUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

/** Headers every bridge request carries. */
export function bridgeHeaders(secret: string): Record<string, string> {
  return { [bridgeSecretHeader]: secret };
}
