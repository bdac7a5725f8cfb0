// Python's repr() of JSON values, because Pinterest's validation messages are written by a
// Python jsonschema validator ("'category_name' was unexpected", "None is not of type ...").

const maxReprLength = 200;

function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

function reprNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return String(value);
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  const text = String(value);
  return text.includes('e') ? text.replace(/e([+-])(\d)$/, 'e$10$2') : text;
}

function reprAny(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return reprString(value);
  if (typeof value === 'number') return reprNumber(value);
  if (Array.isArray(value)) return `[${value.map(reprAny).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${reprString(k)}: ${reprAny(v)}`);
    return `{${entries.join(', ')}}`;
  }
  return reprString(String(value));
}

/**
 * Python repr() of a JSON value, shortened past 200 characters (Pinterest would echo a whole
 * 1,001-event array; we cut it so an error body stays small and carries little user data).
 */
export function pyRepr(value: unknown): string {
  const text = reprAny(value);
  return text.length > maxReprLength ? `${text.slice(0, maxReprLength - 3)}...` : text;
}
