// What a column's sample values look like: the share (0..1) of non-empty samples of each shape.

const patterns = {
  email: /^\s*[^@\s]+@[^@\s]+\.[a-z]{2,}\s*$/i,
  sha256: /^\s*[0-9a-f]{64}\s*$/i,
  ipv4: /^\s*\d{1,3}(\.\d{1,3}){3}\s*$/,
  ipv6: /^\s*(?=[0-9a-f:.]*::|([0-9a-f]{1,4}:){7})[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}(:\d{1,3}(\.\d{1,3}){3})?\s*$/i,
  userAgent: /(Mozilla\/\d|AppleWebKit|Dalvik\/|CFNetwork|okhttp)/,
  dateTime: /^\s*(\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}.*)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}( \d{1,2}:\d{2}.*)?|\d{10}|\d{13})\s*$/,
  money: /^\s*-?[$€£¥]?\s?-?\d{1,3}(([.,\s']\d{3})*|\d*)([.,]\d{1,2})?\s?([$€£¥]|[A-Z]{3})?\s*$/,
  integer: /^\s*\d{1,4}\s*$/,
  currency: /^\s*([A-Z]{3}|[$€£¥])\s*$/,
  country: /^\s*[A-Za-z]{2}\s*$/,
  orderNumber: /^\s*#?[A-Za-z]{0,6}[-_]?\d{3,}\s*$/,
};

/** Shape name → share of samples matching it. */
export type ValueProfile = Record<keyof typeof patterns | 'phone', number> & { count: number };

function isPhone(text: string): boolean {
  if (!/^\s*\+?[\d\s().\-/]{6,24}\s*$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** Profiles a column from its sample values. */
export function profileValues(samples: readonly string[]): ValueProfile {
  const values = samples.filter((s) => s.trim() !== '');
  const share = (test: (v: string) => boolean) => (values.length === 0 ? 0 : values.filter(test).length / values.length);
  const profile = { count: values.length, phone: share(isPhone) } as ValueProfile;
  for (const [name, pattern] of Object.entries(patterns)) profile[name as keyof typeof patterns] = share((v) => pattern.test(v));
  profile.ipv6 = share((v) => patterns.ipv6.test(v) && v.includes(':') && !patterns.dateTime.test(v));
  return profile;
}
