// State and province names → codes, folded (lowercase, no accents, spaces or punctuation).
// US states, DC and territories; Canadian provinces (English and French); Australian
// states; German Länder (ISO 3166-2:DE). Other countries' regions pass as codes only.

const US = 'al alabama|ak alaska|az arizona|ar arkansas|ca california|co colorado|ct connecticut|de delaware|' +
  'dc districtofcolumbia,washingtondc|fl florida|ga georgia|hi hawaii|id idaho|il illinois|in indiana|ia iowa|' +
  'ks kansas|ky kentucky|la louisiana|me maine|md maryland|ma massachusetts|mi michigan|mn minnesota|ms mississippi|' +
  'mo missouri|mt montana|ne nebraska|nv nevada|nh newhampshire|nj newjersey|nm newmexico|ny newyork,newyorkstate|' +
  'nc northcarolina|nd northdakota|oh ohio|ok oklahoma|or oregon|pa pennsylvania|ri rhodeisland|sc southcarolina|' +
  'sd southdakota|tn tennessee|tx texas|ut utah|vt vermont|va virginia|wa washington,washingtonstate|wv westvirginia|' +
  'wi wisconsin|wy wyoming|pr puertorico|gu guam|vi usvirginislands,virginislands|as americansamoa|mp northernmarianaislands';
const CA = 'ab alberta|bc britishcolumbia,colombiebritannique|mb manitoba|nb newbrunswick,nouveaubrunswick|' +
  'nl newfoundlandandlabrador,newfoundland,terreneuveetlabrador|ns novascotia,nouvelleecosse|on ontario|' +
  'pe princeedwardisland,ileduprinceedouard|qc quebec|sk saskatchewan|nt northwestterritories,territoiresdunordouest|' +
  'nu nunavut|yt yukon';
const AU = 'nsw newsouthwales|vic victoria|qld queensland|wa westernaustralia|sa southaustralia|tas tasmania|' +
  'act australiancapitalterritory|nt northernterritory';
const DE = 'bw badenwurttemberg,badenwuerttemberg|by bayern,bavaria|be berlin|bb brandenburg|hb bremen|hh hamburg|' +
  'he hessen,hesse|mv mecklenburgvorpommern|ni niedersachsen,lowersaxony|nw nordrheinwestfalen,northrhinewestphalia|' +
  'rp rheinlandpfalz,rhinelandpalatinate|sl saarland|sn sachsen,saxony|st sachsenanhalt,saxonyanhalt|' +
  'sh schleswigholstein|th thuringen,thueringen,thuringia';

function table(spec: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const entry of spec.split('|')) {
    const [code, names] = entry.split(' ') as [string, string];
    for (const n of names.split(',')) m.set(n, code);
  }
  return m;
}

/** Folded state name → code, per country (upper-case ISO alpha-2 keys). */
export const STATE_NAMES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['US', table(US)], ['CA', table(CA)], ['AU', table(AU)], ['DE', table(DE)],
]);

/** The codes each table knows, to warn about a code that does not exist there. */
export const STATE_CODES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...STATE_NAMES].map(([c, m]) => [c, new Set(m.values())]),
);
