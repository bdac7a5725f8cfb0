// Country reference data. ISO 3166-1 alpha-2: the 248 codes of Pinterest's AdAccount
// country enum (OpenAPI 5.23.0) plus KP, which Pinterest omits but ISO lists.
/** Every ISO 3166-1 alpha-2 code, lowercase. */
export const ISO_ALPHA2: ReadonlySet<string> = new Set(
  ('ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ' +
    'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo ' +
    'fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je ' +
    'jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo ' +
    'mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw ' +
    'py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm ' +
    'tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw').split(' '),
);

/**
 * Names and codes that ICU's display names do not produce, folded (no accents, spaces or
 * punctuation): common alpha-3 codes, short forms, former and colloquial names.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'us', us: 'us', unitedstatesofamerica: 'us', america: 'us', vereinigtestaaten: 'us', etatsunis: 'us', estadosunidos: 'us', statiuniti: 'us',
  uk: 'gb', gbr: 'gb', greatbritain: 'gb', britain: 'gb', england: 'gb', scotland: 'gb', wales: 'gb', northernireland: 'gb', grossbritannien: 'gb', unitedkingdomofgreatbritainandnorthernireland: 'gb',
  deu: 'de', ger: 'de', brd: 'de', bundesrepublikdeutschland: 'de', germania: 'de',
  fra: 'fr', esp: 'es', ita: 'it', nld: 'nl', holland: 'nl', thenetherlands: 'nl', bel: 'be', aut: 'at', che: 'ch', schweiz: 'ch', suisse: 'ch', svizzera: 'ch',
  pol: 'pl', swe: 'se', nor: 'no', dnk: 'dk', fin: 'fi', irl: 'ie', prt: 'pt', grc: 'gr', el: 'gr', lux: 'lu', cze: 'cz', czechrepublic: 'cz', svk: 'sk',
  hun: 'hu', rou: 'ro', bgr: 'bg', hrv: 'hr', svn: 'si', est: 'ee', lva: 'lv', ltu: 'lt', isl: 'is', mlt: 'mt', cyp: 'cy', tur: 'tr', turkey: 'tr', turkiye: 'tr',
  can: 'ca', aus: 'au', nzl: 'nz', mex: 'mx', bra: 'br', arg: 'ar', chl: 'cl', col: 'co', per: 'pe', jpn: 'jp', chn: 'cn', prc: 'cn', ind: 'in', kor: 'kr',
  southkorea: 'kr', korea: 'kr', republicofkorea: 'kr', northkorea: 'kp', rus: 'ru', russia: 'ru', russianfederation: 'ru', ukr: 'ua', isr: 'il', zaf: 'za',
  sgp: 'sg', hkg: 'hk', twn: 'tw', are: 'ae', uae: 'ae', sau: 'sa', egy: 'eg', tha: 'th', vnm: 'vn', vietnam: 'vn', idn: 'id', mys: 'my', phl: 'ph',
  ivorycoast: 'ci', vatican: 'va', vaticancity: 'va', holysee: 'va', macedonia: 'mk', burma: 'mm', swaziland: 'sz', capeverde: 'cv', easttimor: 'tl',
  laos: 'la', syria: 'sy', iran: 'ir', bolivia: 'bo', venezuela: 've', tanzania: 'tz', moldova: 'md', palestine: 'ps',
  drc: 'cd', drcongo: 'cd', democraticrepublicofthecongo: 'cd', republicofthecongo: 'cg', micronesia: 'fm', brunei: 'bn', stkitts: 'kn', stlucia: 'lc',
};
