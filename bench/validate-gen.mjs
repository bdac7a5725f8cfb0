// Deterministic generator of a realistic offline-conversions CSV for the validate benchmark:
// UTF-8 BOM, CRLF, RFC 4180 quoting, unicode names, blank and malformed cells, mixed time
// formats, phones in national and international forms (mostly real numbers, some bad: see
// makePhone), thousands separators in amounts.
// Usage: node bench/validate-gen.mjs <rows> <out.csv> [--seed N] [--ref-ms MS]
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const FIRST = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David',
  'Barbara', 'Emily', 'Ashley', 'José', 'Zoë', 'Chloé', 'Łukasz', 'Søren', 'Björn', 'François', 'Renée', 'Jürgen', 'Ana María',
  'Mary-Jane', 'Siobhán', 'Nguyễn Văn', 'Анна', '伟', 'さくら', 'Ahmed', 'Priya', 'Raúl', 'Oğuz'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Lopez', 'Wilson',
  'Anderson', 'Taylor', 'Moore', "O'Brien", 'García Márquez', 'Müller', 'Schröder', 'Nuñez', 'Kowalski-Nowak', 'Ødegård',
  'De La Cruz', 'van der Berg', 'Smith, Jr.', '王', '佐藤', 'Иванов', 'Çelik'];
const CITY = [['San Francisco', 'CA', 'US', '941'], ['New York', 'NY', 'US', '100'], ['Chicago', 'IL', 'US', '606'],
  ['Boston', 'MA', 'US', '021'], ['Washington, D.C.', 'DC', 'US', '200'], ["Coeur d'Alene", 'ID', 'US', '838'],
  ['Austin', 'Texas', 'US', '787'], ['Seattle', 'WA', 'US', '981'], ['London', '', 'GB', 'SW1A 1AA'], ['München', 'BY', 'DE', '80331'],
  ['Zürich', 'ZH', 'CH', '8001'], ['São Paulo', 'SP', 'BR', '01310-100'], ['Montréal', 'QC', 'CA', 'H2X 1Y4'], ['Paris', '', 'FR', '75001'],
  ['Kraków', '', 'PL', '30-001'], ['Tōkyō', '', 'JP', '100-0001']];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'example.com', 'company.co.uk', 'mail.de'];
const EVENTS = ['checkout', 'checkout', 'checkout', 'checkout', 'checkout', 'checkout', 'add_to_cart', 'lead', 'signup', 'page_visit'];
const CURRENCY = { US: 'USD', GB: 'GBP', DE: 'EUR', CH: 'CHF', BR: 'BRL', CA: 'CAD', FR: 'EUR', PL: 'PLN', JP: 'JPY' };
const CC = { US: '1', GB: '44', DE: '49', CH: '41', BR: '55', CA: '1', FR: '33', PL: '48', JP: '81' };

/** Header of the generated file. */
export const header = ['order_id', 'email', 'phone', 'first_name', 'last_name', 'city', 'state', 'zip', 'country',
  'event_time', 'value', 'currency', 'event_name', 'content_ids', 'quantity', 'external_id'];

function random(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Phones as real exports hold them: mostly numbers that exist (real area codes and mobile
// ranges with random subscriber digits), written nationally or internationally, and a share of
// bad ones. Until v2 every digit was random, which made about 55% of all phones impossible
// numbers: no shop's customer list looks like that, and it made the bench mostly measure the
// rejection path. Now, of all rows: 8% blank, ~9% bad (random digits as before, or a digit
// dropped or added), the rest valid.
const AREA = {
  US: ['212', '213', '305', '312', '404', '415', '503', '512', '617', '646', '702', '713', '718', '206', '214', '303', '602', '773', '917', '202'],
  CA: ['416', '514', '604', '403', '613', '780', '905', '647'],
};
const MOBILE = { // [trunk-less national prefix, digits after it], per country (examples of libphonenumber's mobile ranges)
  GB: [['74', 8], ['75', 8], ['77', 8], ['78', 8], ['79', 8]], DE: [['151', 8], ['152', 8], ['157', 8], ['160', 7], ['170', 7], ['171', 7], ['176', 8]],
  CH: [['76', 7], ['77', 7], ['78', 7], ['79', 7]], BR: [['119', 8], ['219', 8], ['319', 8]], FR: [['61', 7], ['62', 7], ['65', 7], ['75', 7], ['78', 7]],
  PL: [['50', 7], ['51', 7], ['60', 7], ['69', 7], ['72', 7], ['88', 7]], JP: [['903', 7], ['906', 7], ['808', 7], ['805', 7]],
};

function makePhone(rnd, country) {
  const int = (lo, hi) => lo + ((rnd() * (hi - lo + 1)) | 0);
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  const pr = rnd();
  if (pr < 0.08) return '';
  const nanp = country === 'US' || country === 'CA';
  if (pr > 0.9) { // bad: random digits (the v1 generator's numbers), or a real number with a digit dropped or added
    if (rnd() < 0.5) return nanp ? `(${int(201, 989)}) ${int(200, 999)}-${digits(4)}` : `+${CC[country]} ${int(10, 99)} ${int(1000, 9999)} ${int(1000, 9999)}`;
    const good = makeValid(rnd, country, nanp, int, digits);
    return rnd() < 0.5 ? good.slice(0, -1) : `${good}${int(0, 9)}`;
  }
  return makeValid(rnd, country, nanp, int, digits);
}

function makeValid(rnd, country, nanp, int, digits) {
  const fr = rnd();
  if (nanp) {
    const area = AREA[country][(rnd() * AREA[country].length) | 0], b = int(200, 999), c = digits(4);
    return fr < 0.4 ? `(${area}) ${b}-${c}` : fr < 0.6 ? `+1 ${area}-${b}-${c}` : `${area}.${b}.${c}`;
  }
  const ranges = MOBILE[country];
  const [prefix, rest] = ranges[(rnd() * ranges.length) | 0];
  const national = `${prefix}${digits(rest)}`;
  const grouped = `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
  return fr < 0.6 ? `+${CC[country]} ${grouped}` : `${country === 'PL' ? '' : '0'}${grouped}`; // Poland has no trunk 0
}

function makeRow(rnd, refMs, i) {
  const pick = (a) => a[(rnd() * a.length) | 0];
  const int = (lo, hi) => lo + ((rnd() * (hi - lo + 1)) | 0);
  const pad = (n, w) => String(n).padStart(w, '0');
  const [city, st, country, zipBase] = pick(CITY);
  const fn = pick(FIRST), ln = pick(LAST);
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  let email = `${fold(fn) || 'user'}.${fold(ln) || 'x'}${int(1, 9999)}@${pick(DOMAINS)}`;
  const er = rnd();
  if (er < 0.1) email = email[0].toUpperCase() + email.slice(1);
  else if (er < 0.14) email = ` ${email} `;
  else if (er < 0.17) email = '';
  else if (er < 0.18) email = email.replace('@', ' at ');
  const phone = makePhone(rnd, country);
  const t = new Date(refMs - int(3600, 6 * 86400) * 1000);
  const tr = rnd();
  const time = tr < 0.4 ? t.toISOString().replace('.000Z', 'Z') : tr < 0.6 ? t.toISOString()
    : `${pad(t.getUTCMonth() + 1, 2)}/${pad(t.getUTCDate(), 2)}/${t.getUTCFullYear()} ${pad(t.getUTCHours(), 2)}:${pad(t.getUTCMinutes(), 2)}`;
  const qty = int(1, 5);
  let value = ((int(500, 50000) / 100) * qty).toFixed(2);
  if (rnd() < 0.05 && Number(value) >= 1000) value = Number(value).toLocaleString('en-US', { minimumFractionDigits: 2 });
  const ids = Array.from({ length: int(0, 3) }, () => `SKU-${int(10000, 99999)}`).join(',');
  const zip = zipBase.length === 3 ? zipBase + pad(int(0, 99), 2) : zipBase;
  return [`ORD-${pad(1000000 + i, 9)}`, email, phone, fn, ln, city, st, zip, rnd() < 0.1 ? country.toLowerCase() : country, time,
    value, CURRENCY[country], pick(EVENTS), ids, String(qty), rnd() < 0.05 ? '' : `CUST-${pad(int(1, 99999999), 8)}`];
}

const quote = (v) => (/[",\r\n]/.test(v) || v.startsWith(' ') || v.endsWith(' ') ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes `rows` rows to `out`; the same rows, seed and refMs always give the same bytes. */
export function generateConversionsCsv(rows, out, { seed = 12345, refMs = Date.UTC(2025, 0, 20, 12) } = {}) {
  const rnd = random(seed);
  const fd = openSync(out, 'w');
  try {
    writeSync(fd, `\ufeff${header.join(',')}\r\n`);
    for (let i = 0; i < rows; i += 20_000) {
      const lines = [];
      for (let j = i; j < Math.min(rows, i + 20_000); j++) lines.push(makeRow(rnd, refMs, j).map(quote).join(','));
      writeSync(fd, `${lines.join('\r\n')}\r\n`);
    }
  } finally {
    closeSync(fd);
  }
  return { out, rows, bytes: statSync(out).size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [rows = '100000', out = 'conversions.csv'] = process.argv.slice(2);
  const seedAt = process.argv.indexOf('--seed');
  const refAt = process.argv.indexOf('--ref-ms');
  const opts = {};
  if (seedAt > 0) opts.seed = Number(process.argv[seedAt + 1]);
  if (refAt > 0) opts.refMs = Number(process.argv[refAt + 1]);
  process.stdout.write(`${JSON.stringify(generateConversionsCsv(Number(rows), out, opts))}\n`);
}
