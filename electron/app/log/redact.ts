import type { LogFields } from '../../core/ports';

// The last line of defence of PRIV-03: callers are meant to log only ids, counts and codes, but
// anything that slips through is masked here before a byte reaches the disk.
// Decisions (see README "Design"):
// - Pinterest tokens (pina_/pinr_/pinc_...), Bearer/Basic credentials, JWTs, `token=`/`secret=`
//   style query parameters and long random-looking strings are secrets: masked everywhere.
// - Emails and phone-like digit runs (7+ digits, separators allowed) are personal data.
// - 64-hex strings are masked too: a SHA-256 of an email is still personal data (PRIV-05).
//   File fingerprints are not personal, so the `fingerprint` field keeps them.
// - Digit runs are legitimate in a few id fields (ad account ids, request ids): those keys keep
//   digits but still get every other rule.
// Names and street addresses cannot be recognised by pattern: they must never be logged.

const rules: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '[credential]'],
  [/\bpin[a-z]_[A-Za-z0-9._~+/=-]+/gi, '[token]'],
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[token]'],
  [/\b((?:access_|refresh_)?token|client_secret|secret|password|code|state|key|k)=[^&\s"']+/gi, '$1=[redacted]'],
  // Local part: every RFC 5322 atext character, so unusual but valid addresses are caught too.
  [/[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  [/\b[0-9a-fA-F]{64}\b/g, '[sha256]'],
];

const secretLike = /[A-Za-z0-9_\-+/=~.]{40,}/g;
const phoneLike = /\+?\d[\d\s().\-/]{5,}\d/g;

/** Field names whose value is always a secret, whatever it looks like. */
const secretKeys = /token|secret|password|authorization|cookie|credential|apikey|api_key/i;

/** Field names that legitimately hold long digit runs (never personal data). */
const digitKeys = new Set(['adAccountId', 'requestId', 'rid', 'jobId', 'datasetId', 'errorId', 'eventCount', 'bytes']);

/** Field names that legitimately hold a SHA-256 that is not personal data. */
const hashKeys = new Set(['fingerprint', 'payloadHash']);

function maskSecretLike(text: string): string {
  // A long run mixing upper case, lower case and digits looks like a key; UUIDs and hex do not.
  return text.replace(secretLike, (run) => (/[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run) ? '[secret]' : run));
}

function maskPhones(text: string): string {
  return text.replace(phoneLike, (run) => (run.replace(/\D/g, '').length >= 7 ? '[number]' : run));
}

/** Keys whose numbers are times, sizes or ids by name (a phone number never hides there). */
const numericKeys = /(At|Ms|Time|Bytes|Id|Count)$/;

function redactNumber(key: string, value: number): number | string {
  if (!Number.isFinite(value)) return String(value);
  // A 10+ digit integer outside a time/size/id field may be a phone number typed as a number.
  const looksLikePhone = Number.isInteger(value) && Math.abs(value) >= 1e9;
  return looksLikePhone && !digitKeys.has(key) && !numericKeys.test(key) ? '[number]' : value;
}

/** Masks tokens, emails, hashes and phone-like numbers in a string. */
export function redactText(text: string, options: { keepDigits?: boolean; keepHashes?: boolean } = {}): string {
  let out = text;
  for (const [pattern, replacement] of rules) {
    if (options.keepHashes && replacement === '[sha256]') continue;
    out = out.replace(pattern, replacement);
  }
  out = maskSecretLike(out);
  return options.keepDigits ? out : maskPhones(out);
}

/** Redacts every string field; secret-named fields are replaced outright. Numbers pass unchanged. */
export function redactFields(fields: LogFields): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = Object.create(null) as Record<string, string | number | boolean>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const safeKey = redactText(key);
    if (typeof value === 'number') {
      out[safeKey] = redactNumber(key, value);
    } else if (typeof value === 'boolean') {
      out[safeKey] = value;
    } else if (secretKeys.test(key)) {
      out[safeKey] = '[redacted]';
    } else {
      out[safeKey] = redactText(value, { keepDigits: digitKeys.has(key), keepHashes: hashKeys.has(key) });
    }
  }
  return out;
}
