/**
 * Blind test-data generator for on-site ↔ register reconciliation, written only from the product's
 * task description and general knowledge of Cambodian names (not from the engine or the other
 * generators), so that it can show where the engine fails to generalize.
 *
 * Model: a garment factory's register from the fund (mostly women aged 18-45); an on-site roster
 * typed by the inspector or taken from the employer's sheet, with one name field in Khmer or Latin,
 * IDs often missing, and the noise listed in RATES. Some registered workers are absent; hidden
 * (unregistered) workers are added, many of them namesakes of registered workers.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { OnsiteWorker as OnsiteWorkerSchema, RegisteredWorker as RegisteredWorkerSchema } from '../../src/protocol';
import { rng, type Rng } from './prng';
import { FAMILY_NAMES, GIVEN_FEMALE, GIVEN_MALE, GIVEN_UNISEX, type NameEntry } from './blind-names';

export const BLIND_LABEL = 'blind (written apart from the engine)';

export const RATES = {
  // --- who is on site ---
  absent: 0.12, // share of registered workers not on site (left, on leave, night shift)
  hiddenPerRegistered: 0.075, // hidden workers added, per registered worker
  hiddenNamesake: 0.45, // hidden worker has exactly the full name and sex of some registered worker (present or absent)
  hiddenPartialNamesake: 0.2, // hidden worker shares family name or given name with some registered worker of the same sex
  hiddenPriorNssf: 0.1, // hidden worker carries an NSSF number from a previous employer (not on this register)
  // --- the people ---
  female: 0.8, // share of women in the workforce
  olderWorker: 0.08, // share aged 45-58 instead of 18-45
  dobJan1: 0.03, // birthday unknown, recorded as 1 January (same on both sides)
  cardSpellingIsFirst: 0.55, // the ID-card romanization is the most common one of each name (else another)
  // --- register (from the fund) ---
  regLatinMissing: 0.15, // register has no Latin name
  regLatinUpper: 0.6, // register Latin name in upper case (as on ID cards), else title case
  regNidMissing: 0.03, // register has no national ID
  regNssfMissing: 0.01, // register has no NSSF number
  regDobMissing: 0.02, // register has no date of birth
  regSexMissing: 0.01, // register has no sex
  regHireMissing: 0.02, // register has no hire date
  regKhAltSpelling: 0.04, // register uses another Khmer spelling of a name (where one exists)
  regKhZwsp: 0.08, // register Khmer separates family and given name with U+200B instead of a space
  regKhNoSpace: 0.07, // register Khmer has no separator at all
  regKhKeyboard: 0.12, // register Khmer typed with a non-standard keyboard order (habits below)
  // --- on-site roster: which fields are filled ---
  onKhmer: 0.45, // name written in Khmer script (else Latin)
  onNid: 0.45, // national ID filled (when the person has one)
  onNssf: 0.3, // NSSF number filled (when the person has one)
  onDob: 0.75, // date of birth filled
  onSex: 0.9, // sex filled
  onSexWrong: 0.01, // sex filled but wrong
  // --- on-site Khmer name ---
  onKhAltSpelling: 0.08, // another Khmer spelling of a name (where one exists)
  onKhZwsp: 0.2, // U+200B instead of the space
  onKhNoSpace: 0.2, // no separator
  onKhDoubleSep: 0.05, // two spaces, or space + U+200B
  onKhKeyboard: 0.35, // typed with a non-standard keyboard order; each habit then applies with its own rate:
  kbShifterAfterVowel: 0.5, //   register shifter (U+17C9/U+17CA) typed after the vowel
  kbCoengAfterVowel: 0.3, //   subscript (coeng + consonant) typed after the vowel
  kbSplitVowel: 0.5, //   U+17BE as U+17C1 U+17B8, U+17C4 as U+17C1 U+17B6
  kbCoengTaDa: 0.4, //   subscript TA and subscript DA (same glyph) swapped
  kbSignBeforeVowel: 0.3, //   nikahit / bantoc typed before the vowel
  onKhNfd: 0.5, // string passed through NFD (a no-op for Khmer, kept for completeness)
  onKhTypo: 0.05, // one Khmer typo (vowel length, consonant series, dropped sign)
  onKhSwapOrder: 0.04, // given name written before family name
  // --- on-site Latin name ---
  onLatinSameAsCard: 0.5, // uses the ID-card spelling (else each name romanized afresh)
  onLatinTranslitRule: 0.1, // a romanization habit applied to one name (h/r endings, ey/ei, ou/u, doubled final)
  onLatinCompoundJoin: 0.3, // "Srey Mom" written "Sreymom" (or the reverse when the spelling is one word)
  onLatinSwapOrder: 0.15, // given name written before family name
  onLatinComma: 0.02, // "SOK, Sophea"
  onLatinUpper: 0.45, // upper case (else title case or lower case)
  onLatinLower: 0.08, // lower case
  onLatinTypo: 0.08, // one typo: dropped / doubled / substituted / transposed letter
  onLatinTypo2: 0.015, // a second typo
  onStraySpace: 0.03, // leading/trailing or doubled spaces
  // --- on-site IDs and dates (when filled) ---
  idTranspose: 0.03, // two adjacent digits transposed
  idMistype: 0.03, // one digit mistyped
  idFormat: 0.06, // grouped with spaces or dashes
  idLeadingZeroDrop: 0.15, // national ID starting with 0 lost its leading zero (spreadsheet number)
  idKhmerDigits: 0.02, // typed with Khmer digits ០-៩
  dobDayMonthSwap: 0.05, // day and month swapped (only when both ≤ 12 and different)
  dobYearTypo: 0.02, // year off by one
  dobDayTypo: 0.015, // day off by one
} as const;

const VISIT_DATE = '2025-03-11';
const RECORDED_AT = '2025-03-11T09:30:00+07:00';
const DAY = 86_400_000;

// ---------------------------------------------------------------- weighted picks

interface Pool {
  items: readonly NameEntry[];
  cum: Float64Array;
}

/** Zipf-weighted pool: item of rank r gets weight 1 / (r + 1)^s. */
function pool(items: readonly NameEntry[], s: number): Pool {
  const cum = new Float64Array(items.length);
  let t = 0;
  for (let i = 0; i < items.length; i++) cum[i] = t += 1 / (i + 1) ** s;
  return { items, cum };
}

function draw(p: Pool, r: Rng): NameEntry {
  const x = r.next() * p.cum[p.cum.length - 1];
  let lo = 0;
  let hi = p.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.cum[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return p.items[lo];
}

/** Unisex names spliced into a sex's list every `every` places, so they take ranks across the range. */
function splice(own: readonly NameEntry[], unisex: readonly NameEntry[], every: number): NameEntry[] {
  const out: NameEntry[] = [];
  let u = 0;
  for (let i = 0; i < own.length; i++) {
    out.push(own[i]);
    if ((i + 1) % every === 0 && u < unisex.length) out.push(unisex[u++]);
  }
  while (u < unisex.length) out.push(unisex[u++]);
  return out;
}

const FAMILY_POOL = pool(FAMILY_NAMES, 0.8);
const FEMALE_POOL = pool(splice(GIVEN_FEMALE, GIVEN_UNISEX, 4), 0.75);
const MALE_POOL = pool(splice(GIVEN_MALE, GIVEN_UNISEX, 3), 0.75);

/** Province codes that start national IDs, weighted towards the garment workforce's home provinces. */
const PROVINCES: readonly [string, number][] = [
  ['14', 14], ['21', 12], ['03', 11], ['08', 10], ['12', 9], ['20', 9], ['05', 8], ['06', 5], ['02', 5],
  ['04', 4], ['01', 3], ['10', 3], ['17', 3], ['15', 2], ['25', 3], ['07', 2], ['11', 1], ['13', 1],
  ['16', 1], ['18', 1], ['19', 1], ['22', 1], ['23', 1], ['24', 1], ['09', 1],
];
const PROVINCE_TOTAL = PROVINCES.reduce((t, [, w]) => t + w, 0);

// ---------------------------------------------------------------- dates

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const VISIT_MS = ms(VISIT_DATE);

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function birthDate(r: Rng): string {
  const age = r.chance(RATES.olderWorker) ? 45 + r.next() * 13 : 18 + ((r.next() + r.next()) / 2) * 27;
  const d = iso(VISIT_MS - Math.floor(age * 365.25) * DAY - r.int(0, 30) * DAY);
  return r.chance(RATES.dobJan1) ? `${d.slice(0, 4)}-01-01` : d;
}

function hireDate(r: Rng, dob: string): string {
  const start = Math.max(ms(dob) + Math.ceil(18 * 365.25) * DAY, ms('2010-01-01'));
  const end = ms('2025-02-28');
  return iso(end - Math.floor((end - start) * r.next() ** 1.6 / DAY) * DAY);
}

// ---------------------------------------------------------------- people

interface Person {
  fam: NameEntry;
  given: NameEntry;
  sex: 'F' | 'M';
  dob: string;
  nid: string | null;
  nssf: string | null;
  /** The romanization on their ID card, one per name. */
  cardFam: string;
  cardGiven: string;
}

function romanize(entry: NameEntry, r: Rng): string {
  if (entry.lat.length === 1 || r.chance(RATES.cardSpellingIsFirst)) return entry.lat[0];
  return entry.lat[r.int(1, entry.lat.length - 1)];
}

class Ids {
  private used = new Set<string>();
  constructor(private r: Rng) {}
  nid(): string {
    for (;;) {
      let x = this.r.next() * PROVINCE_TOTAL;
      let code = PROVINCES[0][0];
      for (const [c, w] of PROVINCES) {
        if ((x -= w) < 0) {
          code = c;
          break;
        }
      }
      const id = code + pad(this.r.int(0, 9_999_999), 7);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
  nssf(): string {
    for (;;) {
      const id = String(this.r.int(1, 2)) + pad(this.r.int(0, 999_999_999), 9);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

function newPerson(r: Rng, ids: Ids, sex: 'F' | 'M', fam?: NameEntry, given?: NameEntry): Person {
  const f = fam ?? draw(FAMILY_POOL, r);
  const g = given ?? draw(sex === 'F' ? FEMALE_POOL : MALE_POOL, r);
  return {
    fam: f,
    given: g,
    sex,
    dob: birthDate(r),
    nid: ids.nid(),
    nssf: ids.nssf(),
    cardFam: romanize(f, r),
    cardGiven: romanize(g, r),
  };
}

// ---------------------------------------------------------------- Khmer rendering

const ZWSP = '\u200B';

const keyboardHabits: [keyof typeof RATES, (s: string) => string][] = [
  ['kbShifterAfterVowel', (s) => s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1')],
  ['kbCoengAfterVowel', (s) => s.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g, '$2$1')],
  ['kbSplitVowel', (s) => s.replace(/\u17BE/g, '\u17C1\u17B8').replace(/\u17C4/g, '\u17C1\u17B6')],
  ['kbCoengTaDa', (s) => s.replace(/\u17D2([\u178A\u178F])/g, (_, c: string) => '\u17D2' + (c === '\u178A' ? '\u178F' : '\u178A'))],
  ['kbSignBeforeVowel', (s) => s.replace(/([\u17B6-\u17C5])([\u17C6\u17CB])/g, '$2$1')],
];

/** One keyboard's habits, applied to a name (a habit with nothing to act on leaves it as is). */
function keyboard(s: string, r: Rng): string {
  let out = s;
  for (const [rate, f] of keyboardHabits) if (r.chance(RATES[rate] as number)) out = f(out);
  return out;
}

const KH_SWAPS: Record<string, string> = {
  '\u17B7': '\u17B8', '\u17B8': '\u17B7', // ិ ី
  '\u17BB': '\u17BC', '\u17BC': '\u17BB', // ុ ូ
  '\u17B9': '\u17BA', '\u17BA': '\u17B9', // ឹ ឺ
  '\u1780': '\u1782', '\u1782': '\u1780', // ក គ
  '\u1785': '\u1787', '\u1787': '\u1785', // ច ជ
  '\u178F': '\u1791', '\u1791': '\u178F', // ត ទ
  '\u1794': '\u1796', '\u1796': '\u1794', // ប ព
  '\u1793': '\u178E', '\u178E': '\u1793', // ន ណ
  '\u179B': '\u17A1', '\u17A1': '\u179B', // ល ឡ
  '\u178A': '\u178C', '\u178C': '\u178A', // ដ ឌ
};
const KH_DROPPABLE = /[\u17C9\u17CA\u17CB\u17C6\u17CC]/;

function khmerTypo(s: string, r: Rng): string {
  const cs = [...s];
  const spots: number[] = [];
  for (let i = 0; i < cs.length; i++) if (KH_SWAPS[cs[i]] || KH_DROPPABLE.test(cs[i])) spots.push(i);
  if (spots.length === 0) return s;
  const i = r.pick(spots);
  if (KH_SWAPS[cs[i]]) cs[i] = KH_SWAPS[cs[i]]; // vowel length or consonant series (also under a coeng)
  else cs.splice(i, 1); // a shifter, bantoc, nikahit or robat left out
  return cs.join('');
}

function khSpelling(e: NameEntry, r: Rng, altRate: number): string {
  return e.khAlt && r.chance(altRate) ? r.pick(e.khAlt) : e.kh;
}

/** Family and given name in Khmer, each in the usual or another spelling, typed with a non-standard keyboard at `keyboardRate`. */
function khmerParts(p: Person, r: Rng, altRate: number, keyboardRate: number): [string, string] {
  const fam = khSpelling(p.fam, r, altRate);
  const giv = khSpelling(p.given, r, altRate);
  return r.chance(keyboardRate) ? [keyboard(fam, r), keyboard(giv, r)] : [fam, giv];
}

function registerKhmer(p: Person, r: Rng): string {
  const [fam, giv] = khmerParts(p, r, RATES.regKhAltSpelling, RATES.regKhKeyboard);
  const x = r.next();
  const sep = x < RATES.regKhZwsp ? ZWSP : x < RATES.regKhZwsp + RATES.regKhNoSpace ? '' : ' ';
  return fam + sep + giv;
}

function onsiteKhmer(p: Person, r: Rng): string {
  let [fam, giv] = khmerParts(p, r, RATES.onKhAltSpelling, RATES.onKhKeyboard);
  if (r.chance(RATES.onKhTypo)) {
    if (r.chance(0.5)) fam = khmerTypo(fam, r);
    else giv = khmerTypo(giv, r);
  }
  const x = r.next();
  const sep =
    x < RATES.onKhZwsp ? ZWSP
    : x < RATES.onKhZwsp + RATES.onKhNoSpace ? ''
    : x < RATES.onKhZwsp + RATES.onKhNoSpace + RATES.onKhDoubleSep ? r.pick(['  ', ' ' + ZWSP, ZWSP + ' '])
    : ' ';
  let s = r.chance(RATES.onKhSwapOrder) ? giv + sep + fam : fam + sep + giv;
  if (r.chance(RATES.onKhNfd)) s = s.normalize('NFD');
  else s = s.normalize('NFC');
  return stray(s, r);
}

function stray(s: string, r: Rng): string {
  if (!r.chance(RATES.onStraySpace)) return s;
  const k = r.int(0, 2);
  if (k === 0) return ' ' + s;
  if (k === 1) return s + ' ';
  return s.replace(' ', '  ');
}

// ---------------------------------------------------------------- Latin rendering

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s,-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());

function registerLatin(p: Person, r: Rng): string | null {
  if (r.chance(RATES.regLatinMissing)) return null;
  const s = `${p.cardFam} ${p.cardGiven}`;
  return r.chance(RATES.regLatinUpper) ? s.toUpperCase() : titleCase(s);
}

/** Romanization habits: final h / r, ey ~ ei, final y ~ i, ou ~ u, doubled final consonant. */
function translitRule(tok: string, r: Rng): string {
  const rules: ((t: string) => string | null)[] = [
    (t) => (/[kct]$/i.test(t) ? t + 'h' : /[kct]h$/i.test(t) && t.length > 3 ? t.slice(0, -1) : null),
    (t) => (/[^aeiou]ea$/i.test(t) || /a$/i.test(t) ? t + 'r' : /ar$/i.test(t) ? t.slice(0, -1) : null),
    (t) => (/ey$/i.test(t) ? t.slice(0, -1) + 'i' : /ei$/i.test(t) ? t.slice(0, -1) + 'y' : null),
    (t) => (/[^e]y$/i.test(t) ? t.slice(0, -1) + 'i' : /[^e]i$/i.test(t) ? t.slice(0, -1) + 'y' : null),
    (t) => (/ou/i.test(t) ? t.replace(/ou/i, 'u') : /u/i.test(t) ? t.replace(/u/i, 'ou') : null),
    (t) => (/[^aeiou][aeiou][nlm]$/i.test(t) ? t + t.slice(-1) : /([nlm])\1$/i.test(t) ? t.slice(0, -1) : null),
  ];
  const options = rules.map((f) => f(tok)).filter((x): x is string => !!x && x !== tok);
  return options.length ? r.pick(options) : tok;
}

const NEAR: Record<string, string> = {
  a: 'seqo', b: 'vnp', c: 'xvks', d: 'sft', e: 'wrai', f: 'dgv', g: 'fhk', h: 'gjn', i: 'uoey', j: 'hk',
  k: 'jlgc', l: 'kor', m: 'nb', n: 'mbh', o: 'ipua', p: 'olb', r: 'etl', s: 'adz', t: 'rydh', u: 'yioo',
  v: 'cbw', w: 'qev', y: 'tui', x: 'zc', z: 'xs', q: 'wa',
};

function latinTypo(s: string, r: Rng): string {
  const letters: number[] = [];
  for (let i = 0; i < s.length; i++) if (/[a-z]/i.test(s[i])) letters.push(i);
  if (letters.length < 3) return s;
  const i = r.pick(letters);
  const c = s[i];
  switch (r.int(0, 3)) {
    case 0: // dropped
      return s.slice(0, i) + s.slice(i + 1);
    case 1: // doubled
      return s.slice(0, i + 1) + c + s.slice(i + 1);
    case 2: {
      // substituted by a neighbouring key or a similar vowel
      const near = NEAR[c.toLowerCase()] ?? 'e';
      let n = near[r.int(0, near.length - 1)];
      if (c === c.toUpperCase()) n = n.toUpperCase();
      return s.slice(0, i) + n + s.slice(i + 1);
    }
    default: {
      // transposed with the next letter
      if (i + 1 >= s.length || !/[a-z]/i.test(s[i + 1]) || s[i + 1] === c) return s.slice(0, i) + s.slice(i + 1);
      return s.slice(0, i) + s[i + 1] + c + s.slice(i + 2);
    }
  }
}

function onsiteLatin(p: Person, r: Rng): string {
  let fam: string;
  let giv: string;
  if (r.chance(RATES.onLatinSameAsCard)) {
    fam = p.cardFam;
    giv = p.cardGiven;
  } else {
    fam = romanize(p.fam, r);
    giv = romanize(p.given, r);
  }
  if (r.chance(RATES.onLatinTranslitRule)) {
    if (r.chance(0.5)) fam = translitRule(fam, r);
    else {
      const parts = giv.split(' ');
      const k = r.int(0, parts.length - 1);
      parts[k] = translitRule(parts[k], r);
      giv = parts.join(' ');
    }
  }
  if (r.chance(RATES.onLatinCompoundJoin)) {
    if (giv.includes(' ')) giv = giv.replace(' ', r.chance(0.9) ? '' : '-');
    else if (/^Srey./.test(giv)) giv = 'Srey ' + giv.slice(4).charAt(0).toUpperCase() + giv.slice(5);
  }
  if (r.chance(RATES.onLatinTypo)) {
    if (r.chance(0.6)) giv = latinTypo(giv, r);
    else fam = latinTypo(fam, r);
    if (r.chance(RATES.onLatinTypo2 / RATES.onLatinTypo)) giv = latinTypo(giv, r);
  }
  let s: string;
  if (r.chance(RATES.onLatinComma)) s = `${fam}, ${giv}`;
  else if (r.chance(RATES.onLatinSwapOrder)) s = `${giv} ${fam}`;
  else s = `${fam} ${giv}`;
  const x = r.next();
  if (x < RATES.onLatinUpper) s = s.toUpperCase();
  else if (x < RATES.onLatinUpper + RATES.onLatinLower) s = s.toLowerCase();
  else s = titleCase(s);
  return stray(s, r);
}

// ---------------------------------------------------------------- IDs and dates on site

const KH_DIGITS = '០១២៣៤៥៦៧៨៩';

function noisyId(id: string, r: Rng, national: boolean): string {
  let d = id.split('');
  if (r.chance(RATES.idTranspose)) {
    const cands: number[] = [];
    for (let i = 0; i + 1 < d.length; i++) if (d[i] !== d[i + 1]) cands.push(i);
    if (cands.length) {
      const i = r.pick(cands);
      [d[i], d[i + 1]] = [d[i + 1], d[i]];
    }
  }
  if (r.chance(RATES.idMistype)) {
    const i = r.int(0, d.length - 1);
    d[i] = String((Number(d[i]) + r.int(1, 9)) % 10);
  }
  let s = d.join('');
  if (national && s.startsWith('0') && r.chance(RATES.idLeadingZeroDrop)) s = s.replace(/^0+/, '');
  if (r.chance(RATES.idFormat)) {
    const sep = r.pick([' ', '-']);
    s = national ? s.replace(/(\d{3})(?=\d)/g, `$1${sep}`) : `${s.slice(0, 4)}${sep}${s.slice(4)}`;
  }
  if (r.chance(RATES.idKhmerDigits)) s = s.replace(/\d/g, (c) => KH_DIGITS[Number(c)]);
  return s;
}

function noisyDob(dob: string, r: Rng): string {
  let y = Number(dob.slice(0, 4));
  let m = Number(dob.slice(5, 7));
  let d = Number(dob.slice(8, 10));
  if (r.chance(RATES.dobDayMonthSwap) && d <= 12 && d !== m) [d, m] = [m, d];
  if (r.chance(RATES.dobYearTypo)) y += r.chance(0.5) ? 1 : -1;
  if (r.chance(RATES.dobDayTypo)) {
    const nd = d + (r.chance(0.5) ? 1 : -1);
    if (isValidDate(y, m, nd)) d = nd;
  }
  if (!isValidDate(y, m, d)) d = new Date(Date.UTC(y, m, 0)).getUTCDate(); // 29 Feb in a common year
  return `${y}-${pad(m)}-${pad(d)}`;
}

// ---------------------------------------------------------------- the generator

interface Row {
  person: Person;
  truth: string | null;
}

export function generateBlind(
  registeredCount: number,
  seed: number,
): { registered: RegisteredWorker[]; onsite: OnsiteWorker[]; truth: Map<string, string | null> } {
  const r = rng(seed ^ 0x5eed_b11d);
  const ids = new Ids(r);

  // The register.
  const people: Person[] = [];
  const registered: RegisteredWorker[] = [];
  for (let i = 0; i < registeredCount; i++) {
    const p = newPerson(r, ids, r.chance(RATES.female) ? 'F' : 'M');
    people.push(p);
    registered.push({
      workerId: `BW${pad(i + 1, 6)}`,
      nssfNumber: r.chance(RATES.regNssfMissing) ? null : p.nssf,
      nationalId: r.chance(RATES.regNidMissing) ? null : p.nid,
      nameKh: registerKhmer(p, r),
      nameLatin: registerLatin(p, r),
      sex: r.chance(RATES.regSexMissing) ? null : p.sex,
      dateOfBirth: r.chance(RATES.regDobMissing) ? null : p.dob,
      hireDate: r.chance(RATES.regHireMissing) ? null : hireDate(r, p.dob),
      wageRiel: 850_000 + r.int(0, 600) * 1_000,
    });
  }

  // Who is on site: all registered but the absent ones, plus hidden workers.
  const order = r.shuffle(people.map((_, i) => i));
  const absentCount = Math.round(registeredCount * RATES.absent);
  const rows: Row[] = order.slice(absentCount).map((i) => ({ person: people[i], truth: registered[i].workerId }));

  const hiddenCount = Math.round(registeredCount * RATES.hiddenPerRegistered);
  for (let h = 0; h < hiddenCount; h++) {
    const x = r.next();
    let p: Person;
    if (registeredCount > 0 && x < RATES.hiddenNamesake) {
      const twin = people[r.int(0, registeredCount - 1)];
      p = newPerson(r, ids, twin.sex, twin.fam, twin.given);
    } else if (registeredCount > 0 && x < RATES.hiddenNamesake + RATES.hiddenPartialNamesake) {
      const near = people[r.int(0, registeredCount - 1)];
      p = r.chance(0.5) ? newPerson(r, ids, near.sex, near.fam) : newPerson(r, ids, near.sex, undefined, near.given);
    } else {
      p = newPerson(r, ids, r.chance(RATES.female) ? 'F' : 'M');
    }
    if (!r.chance(RATES.hiddenPriorNssf)) p.nssf = null;
    rows.push({ person: p, truth: null });
  }
  r.shuffle(rows);

  // The roster.
  const seedTag = (seed >>> 0).toString(16).slice(-4).padStart(4, '0');
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  rows.forEach(({ person: p, truth: t }, i) => {
    const id = `b11d${seedTag}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    let sex: 'F' | 'M' | null = r.chance(RATES.onSex) ? p.sex : null;
    if (sex && r.chance(RATES.onSexWrong)) sex = sex === 'F' ? 'M' : 'F';
    onsite.push({
      id,
      visitId: 'blind',
      name: r.chance(RATES.onKhmer) ? onsiteKhmer(p, r) : onsiteLatin(p, r),
      nationalId: p.nid && r.chance(RATES.onNid) ? noisyId(p.nid, r, true) : null,
      nssfNumber: p.nssf && r.chance(RATES.onNssf) ? noisyId(p.nssf, r, false) : null,
      sex,
      dateOfBirth: r.chance(RATES.onDob) ? noisyDob(p.dob, r) : null,
      source: 'csv',
      sourceRow: i + 1,
      recordedAt: RECORDED_AT,
    });
    truth.set(id, t);
  });

  return { registered, onsite, truth };
}

// ---------------------------------------------------------------- self-check

if (import.meta.url === `file://${process.argv[1]}`) {
  const RegSchema = RegisteredWorkerSchema;
  const OnSchema = OnsiteWorkerSchema;
  const t0 = performance.now();
  const { registered, onsite, truth } = generateBlind(10_000, 1);
  const t1 = performance.now();
  const again = generateBlind(10_000, 1);
  const deterministic = JSON.stringify(again.onsite) === JSON.stringify(onsite) && JSON.stringify(again.registered) === JSON.stringify(registered);

  const share = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  const hidden = [...truth.values()].filter((v) => v === null).length;
  const matchedIds = new Set([...truth.values()].filter((v): v is string => v !== null));
  const byId = new Map(registered.map((w) => [w.workerId, w]));
  const khmer = onsite.filter((o) => /[\u1780-\u17FF]/.test(o.name.replace(/[០-៩]/g, ''))).length;
  const fill = (k: 'nationalId' | 'nssfNumber' | 'dateOfBirth' | 'sex') => share(onsite.filter((o) => o[k] !== null).length, onsite.length);
  const regFill = (k: 'nationalId' | 'nssfNumber' | 'dateOfBirth' | 'sex' | 'nameLatin' | 'hireDate') =>
    share(registered.filter((w) => w[k] !== null).length, registered.length);

  // Full-name collisions on the register, by canonical Khmer (separator and keyboard order removed).
  const canon = (s: string) => s.replace(/[\s\u200B]/g, '');
  const nameCount = new Map<string, number>();
  for (const w of registered) nameCount.set(canon(w.nameKh), (nameCount.get(canon(w.nameKh)) ?? 0) + 1);
  const shared = registered.filter((w) => nameCount.get(canon(w.nameKh))! > 1).length;
  const top = [...nameCount.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);

  // How many on-site names equal the register's exactly (for a sense of difficulty).
  let exactKh = 0;
  let exactLat = 0;
  let latRows = 0;
  let idExact = 0;
  let idFilled = 0;
  let dobDiff = 0;
  let dobBoth = 0;
  for (const o of onsite) {
    const w = byId.get(truth.get(o.id) ?? '');
    if (!w) continue;
    if (/[\u1780-\u17FF]/.test(o.name)) exactKh += +(o.name === w.nameKh);
    else {
      latRows++;
      exactLat += +(w.nameLatin !== null && o.name === w.nameLatin);
    }
    if (o.nationalId && w.nationalId) {
      idFilled++;
      idExact += +(o.nationalId === w.nationalId);
    }
    if (o.dateOfBirth && w.dateOfBirth) {
      dobBoth++;
      dobDiff += +(o.dateOfBirth !== w.dateOfBirth);
    }
  }

  const ids = onsite.map((o) => o.id);
  const regIds = registered.map((w) => w.workerId);
  const realNids = registered.map((w) => w.nationalId).filter(Boolean);
  const sample = (xs: unknown[], n: number) => xs.filter((_, i) => i % Math.ceil(xs.length / n) === 0);
  const bad = [
    ...sample(registered, 500).map((x) => RegSchema.safeParse(x)),
    ...sample(onsite, 500).map((x) => OnSchema.safeParse(x)),
  ].filter((x) => !x.success);
  const badDates = [...registered.flatMap((w) => [w.dateOfBirth, w.hireDate]), ...onsite.map((o) => o.dateOfBirth)]
    .filter((d): d is string => d !== null)
    .filter((d) => !isValidDate(+d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10))).length;

  console.log(BLIND_LABEL);
  console.log(`generated in ${(t1 - t0).toFixed(0)} ms; deterministic: ${deterministic}`);
  console.log(`registered ${registered.length}, on site ${onsite.length}, hidden ${hidden}, absent ${registered.length - matchedIds.size}`);
  console.log(`on-site filled: nationalId ${fill('nationalId')}, nssf ${fill('nssfNumber')}, dob ${fill('dateOfBirth')}, sex ${fill('sex')}; Khmer script ${share(khmer, onsite.length)}`);
  console.log(`register filled: nationalId ${regFill('nationalId')}, nssf ${regFill('nssfNumber')}, dob ${regFill('dateOfBirth')}, sex ${regFill('sex')}, nameLatin ${regFill('nameLatin')}, hire ${regFill('hireDate')}`);
  console.log(`register full names shared with another worker: ${share(shared, registered.length)}; top: ${top.map(([n, c]) => `${n}×${c}`).join(', ')}`);
  console.log(`matched rows: Khmer name identical to register ${share(exactKh, onsite.length - hidden - latRows)}, Latin identical ${share(exactLat, latRows)}, nationalId identical ${share(idExact, idFilled)}, dob differs ${share(dobDiff, dobBoth)}`);
  console.log(`unique on-site ids: ${new Set(ids).size === ids.length}, unique workerIds: ${new Set(regIds).size === regIds.length}, unique national IDs: ${new Set(realNids).size === realNids.length}`);
  console.log(`schema failures in sample of 1000: ${bad.length}${bad.length ? ' ' + JSON.stringify(bad[0].error?.issues) : ''}; invalid dates: ${badDates}`);
  console.log('examples:');
  for (const o of onsite.slice(0, 8)) {
    const w = byId.get(truth.get(o.id) ?? '');
    console.log(`  ${JSON.stringify(o.name)} nid=${o.nationalId} dob=${o.dateOfBirth} → ${w ? `${w.workerId} ${JSON.stringify(w.nameKh)} ${w.nameLatin} ${w.dateOfBirth}` : 'hidden'}`);
  }
}
