/**
 * A second, independently written blind roster: the on-site list is mostly the employer's own
 * payroll export from a Phnom Penh garment factory, not the inspector's typing.
 *
 * The model, in short:
 * - Each person has an ID card: Khmer name, Latin spelling (one of the romanizations really seen),
 *   national ID (2-digit province prefix + 7 digits), date of birth. The fund's register copies the
 *   card, with its own clerks' typos and gaps; NSSF numbers are 10-digit zero-padded sequence numbers.
 * - The payroll is kept per department (Cutting, Sewing A ...). Each department's sheet has its own
 *   clerk: a fixed romanization (the clerk always spells a given Khmer name the same way, plus 0-2
 *   spelling habits such as -ea → -ear, -y → -i), a fixed name order (family first or given first),
 *   a case style, a compound-name style (Sreymom / Srey Mom), and ID columns that went through
 *   Excel as numbers (leading zeros lost) or as text. Dates of birth on the payroll are the worker's
 *   own declaration (sometimes year only, as 1 January; sometimes another date than the card).
 * - Workers appear under a nickname or another given name on the payroll now and then.
 * - A minority of rows are typed by the inspector in Khmer from ID cards (appended after the payroll).
 * - Hidden workers: relatives of registered workers (same family name, same province prefix on the
 *   ID, close ages, same department, often a sibling-like given name), exact namesakes of
 *   registered workers, and unrelated hires; some carry an NSSF number from a previous employer.
 * - Register duplicates: a person who left and came back was registered again under a new NSSF
 *   number; both rows are on the register. The truth points to the MOST RECENT row (latest
 *   hireDate, new NSSF number); the older row counts as absent. The payroll's NSSF column often
 *   still carries the old number.
 * - The payroll may list one worker twice (moved line mid-month): both rows point to the same worker.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { OnsiteWorker as OnsiteSchema, RegisteredWorker as RegSchema } from '../../src/protocol';
import { rng, type Rng } from './prng';
import { ALL_GIVEN_NAMES, DEPARTMENTS, FAMILY_NAMES, NICKNAMES, PROVINCE_PREFIXES, type GivenName, type KhName } from './payroll-names';

export const PAYROLL_LABEL = 'payroll (second blind roster)';

export const RATES = {
  // --- population ---
  onsitePerRegistered: 0.95, // on-site rows per register row (10,000 registered → about 9,500 on site)
  registerDuplicate: 0.015, // persons on the register twice (left, came back, re-registered under a new NSSF number)
  presentRegistered: 0.885, // registered persons really on site; the rest left, on leave or ghosts
  female: 0.8, // share of women in a garment factory
  hiddenRelative: 0.45, // hidden workers who are a sibling or cousin of a registered worker
  hiddenNamesake: 0.25, // hidden workers with exactly a registered worker's Khmer name (unrelated); the rest are unrelated hires
  relativeSameFamilyName: 0.85, // relatives who share the family name (the rest are cousins on the mother's side)
  hiddenPriorNssf: 0.12, // hidden workers holding an NSSF number from a previous employer
  payrollDoubleLine: 0.003, // workers listed twice on the payroll (moved line mid-month)
  noNationalId: 0.03, // persons without a national ID number anywhere (lost card, never issued)
  cardKhmerAlt: 0.25, // where a name has two Khmer spellings, persons whose card uses the other one
  // --- channel and department style ---
  inspectorTyped: 0.12, // on-site rows typed by the inspector in Khmer from ID cards
  payrollKhmer: 0.05, // payroll rows the clerk typed in Khmer script
  factoryGivenFirst: 0.4, // factory HR system writes given name before family name
  deptDeviatesOrder: 0.2, // a department's sheet uses the other order than the factory
  deptOffOrder: 0.03, // rows breaking their own department's name order
  deptNumericIds: 0.5, // department sheets whose ID columns went through Excel as numbers (leading zeros lost)
  cardSpelling: 0.3, // payroll rows spelled as on the ID card rather than in the clerk's romanization
  // --- payroll name ---
  nickname: 0.035, // payroll shows a nickname (or the short form of the given name) instead of the given name
  otherGivenName: 0.015, // payroll shows a different given name altogether (renamed, married, uses a sibling's name)
  givenOnly: 0.008, // payroll shows the given name or nickname only, no family name
  latinTypo: 0.04, // payroll Latin name with one typo
  khmerVariant: 0.6, // Khmer on-site names written in an equivalent but different encoding (ZWSP, code point order, NFD ...)
  khmerTypo: 0.02, // Khmer on-site names with a real misspelling (ន/ណ, ុ/ូ, lost ៉/៊ ...)
  // --- payroll IDs, sex, date of birth ---
  payrollNationalId: 0.82, // payroll rows with the national ID column filled
  payrollNssf: 0.7, // payroll rows with the NSSF number column filled (registered workers)
  payrollOldNssf: 0.3, // re-registered workers whose payroll still shows the old NSSF number
  idTypo: 0.025, // on-site ID with one transposed or mistyped digit
  idColumnSwap: 0.005, // payroll rows with national ID and NSSF number in each other's column
  staffCodeInNssf: 0.01, // payroll rows with the factory's own staff code in the NSSF column
  payrollSex: 0.94, // payroll rows with sex filled
  sexWrong: 0.003, // rows with the wrong sex
  payrollDob: 0.86, // payroll rows with a date of birth
  dobYearOnly: 0.1, // of those: the worker declared a year only, written as 1 January
  dobOtherDate: 0.05, // of those: a different date than the ID card (same year ±2)
  dobSwapped: 0.03, // of those: day and month swapped (where that makes a real date)
  // --- inspector rows ---
  inspectorNationalId: 0.95, // inspector rows with the national ID read from the card
  inspectorNssf: 0.15, // inspector rows where the worker showed an NSSF card
  inspectorDob: 0.97, // inspector rows with the date of birth from the card
  // --- register (the fund's clerks) ---
  regLatinMissing: 0.12, // register rows without a Latin name
  regLatinTitle: 0.15, // register Latin names in Title case rather than upper case
  regLatinTypo: 0.03, // register Latin names with a typo
  regKhmerOddSeparator: 0.15, // register Khmer names with a ZWSP or no separator between family and given name
  regKhmerTypo: 0.02, // register Khmer names misspelt by the fund's clerk
  regNationalIdMissing: 0.03, // register rows without national ID although the person has one
  regIdTypo: 0.01, // register national IDs with one digit wrong or transposed
  regSexMissing: 0.01, // register rows without sex
  regDobMissing: 0.02, // register rows without date of birth
  regDobYearOnly: 0.04, // register dates of birth recorded as 1 January of the year
  regDobSwapped: 0.01, // register dates of birth with day and month swapped
  regHireMissing: 0.01, // register rows without hire date
  regWageMissing: 0.03, // register rows without wage
  dupSameNationalId: 0.85, // re-registrations that repeat the national ID (else left blank)
  dupOtherLatin: 0.5, // re-registrations whose Latin name was re-typed from another spelling
} as const;

type Sex = 'F' | 'M';
const VISIT_ID = 'payroll';
const VISIT_DAY = '2025-03-11';
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------- small helpers

const dayNum = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const ymd = (day: number) => {
  const d = new Date(day * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const VISIT = dayNum(2025, 3, 11);

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const unit = (s: string) => fnv(s) / 4294967296;
const hex = (n: number, len: number) => (n >>> 0).toString(16).padStart(len, '0').slice(-len);

/** UUID-shaped (version 4, RFC variant) id from the seed and the row number. */
function rowUuid(seed: number, row: number): string {
  const a = fnv(`payroll:${seed}`);
  const b = fnv(`payroll:${seed}:${row}`);
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b, 3)}-${hex(8 + (row % 4), 1)}${hex(b >>> 8, 3)}-${hex(Math.floor(row / 0x100000000), 4)}${hex(row, 8)}`;
}

/** Draws from a list ordered most common first, with weight 1/(rank+1)^s. */
function zipf<T>(items: readonly T[], s: number): (r: Rng) => T {
  const cum: number[] = [];
  let total = 0;
  items.forEach((_, i) => cum.push((total += 1 / (i + 1) ** s)));
  return (r) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

function weighted<T>(items: readonly T[], weight: (t: T) => number): (x: number) => T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  return (x) => {
    let acc = x * total;
    for (const t of items) {
      acc -= weight(t);
      if (acc < 0) return t;
    }
    return items[items.length - 1];
  };
}

/** Index of the romanization a person or a clerk uses: the first is the most usual. */
const VARIANT_WEIGHTS = [0.6, 0.25, 0.1, 0.05];
function variantIndex(x: number, n: number): number {
  const w = VARIANT_WEIGHTS.slice(0, n);
  let acc = x * w.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) if ((acc -= w[i]) < 0) return i;
  return n - 1;
}

const title = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());

// ---------------------------------------------------------------- digits

function digitTypo(s: string, r: Rng): string {
  if (s.length < 2) return s;
  const d = s.split('');
  if (r.chance(0.5)) {
    for (let tries = 0; tries < 6; tries++) {
      const i = r.int(0, d.length - 2);
      if (d[i] !== d[i + 1]) {
        [d[i], d[i + 1]] = [d[i + 1], d[i]];
        return d.join('');
      }
    }
  }
  const i = r.int(0, d.length - 1);
  d[i] = String((Number(d[i]) + r.int(1, 9)) % 10);
  return d.join('');
}
/** What Excel does to a numeric column: leading zeros gone (never empty). */
const dropZeros = (s: string) => s.replace(/^0+(?=\d)/, '');

// ---------------------------------------------------------------- Latin spelling

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'sq', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'wa', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};
const SOUND_ALIKE: Record<string, string> = { o: 'u', u: 'o', e: 'a', a: 'e', i: 'y', y: 'i', k: 'c', c: 'k' };

function latinTypo(s: string, r: Rng): string {
  const letters = [...s].map((c, i) => (/\p{L}/u.test(c) ? i : -1)).filter((i) => i >= 0);
  if (letters.length < 3) return s;
  const chars = [...s];
  const i = letters[r.int(1, letters.length - 1)];
  const c = chars[i];
  const lower = c.toLowerCase();
  const keepCase = (x: string) => (c === lower ? x : x.toUpperCase());
  switch (r.int(0, 4)) {
    case 0: // dropped letter
      chars.splice(i, 1);
      break;
    case 1: // doubled letter
      chars.splice(i, 0, c);
      break;
    case 2: // swapped with the next letter
      if (i + 1 < chars.length && /\p{L}/u.test(chars[i + 1])) {
        // Swap the letters but keep each position's case (SOPHEA → SOHPEA, Sophea → Sohpea).
        const up = (x: string) => x !== x.toLowerCase();
        const [a, b] = [chars[i], chars[i + 1]];
        chars[i] = up(a) ? b.toUpperCase() : b.toLowerCase();
        chars[i + 1] = up(b) ? a.toUpperCase() : a.toLowerCase();
      }
      else chars.splice(i, 1);
      break;
    case 3: {
      const n = KEY_NEIGHBOURS[lower];
      if (n) chars[i] = keepCase(n[r.int(0, n.length - 1)]);
      else chars.splice(i, 1);
      break;
    }
    default: {
      const n = SOUND_ALIKE[lower];
      if (n) chars[i] = keepCase(n);
      else chars.splice(i, 0, c === lower ? 'h' : 'H');
    }
  }
  const out = chars.join('').replace(/\s+/g, ' ').trim();
  return out.length ? out : s;
}

/** Spelling habits an HR clerk applies to every word (Sophea → Sophear, Ly → Li ...). */
const CLERK_HABITS: readonly [RegExp, string][] = [
  [/ea$/, 'ear'],
  [/ey$/, 'ei'],
  [/y$/, 'i'],
  [/oeu/, 'eu'],
  [/ou/, 'u'],
  [/k$/, 'kh'],
  [/([aeiou])n$/, '$1nn'],
  [/th$/, 't'],
  [/eu/, 'oeu'],
  [/ie/, 'ea'],
];

// ---------------------------------------------------------------- Khmer spelling

const ZWSP = '\u200B';
const ZWNJ = '\u200C';

/** An equivalent Khmer spelling: what another keyboard, font habit or normalizer produces. */
function khmerVariant(s: string, r: Rng): string {
  let out = s;
  const ops = r.int(1, 2);
  for (let k = 0; k < ops; k++) {
    switch (r.int(0, 7)) {
      case 0: // register shifter typed after the vowel
        out = out.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
        break;
      case 1: // nikahit before vowel u (ុំ typed as ំ + ុ)
        out = out.replace(/\u17BB\u17C6/g, '\u17C6\u17BB');
        break;
      case 2: // split vowels: ោ as េ + ា, ើ as េ + ី
        out = out.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8');
        break;
      case 3: // subscript ta and subscript da look the same
        out = out.includes('\u17D2\u178F') ? out.replace(/\u17D2\u178F/g, '\u17D2\u178A') : out.replace(/\u17D2\u178A/g, '\u17D2\u178F');
        break;
      case 4: // subscript ro typed before the other subscript
        out = out.replace(/(\u17D2[\u1780-\u17A2])(\u17D2\u179A)/g, '$2$1');
        break;
      case 5: // zero-width space between words instead of a space, or inside a compound
        out = out.includes(' ') ? out.replace(/ /g, r.chance(0.7) ? ZWSP : '') : out.replace(/ស្រី(?=[\u1780-\u17A2])/, `ស្រី${ZWSP}`);
        break;
      case 6: // decomposed / composed form, and a stray zero-width non-joiner
        out = r.chance(0.5) ? out.normalize('NFD') : out.replace(/ /, ` ${ZWNJ}`);
        break;
      default: // two spaces, or space followed by a zero-width space
        out = out.replace(/ /, r.chance(0.5) ? '  ' : ` ${ZWSP}`);
    }
  }
  return out;
}

const KHMER_TYPOS: readonly [string, string][] = [
  ['\u1793', '\u178E'], // ន → ណ
  ['\u178E', '\u1793'], // ណ → ន
  ['\u179B', '\u17A1'], // ល → ឡ
  ['\u17A1', '\u179B'], // ឡ → ល
  ['\u17BB', '\u17BC'], // ុ → ូ
  ['\u17BC', '\u17BB'], // ូ → ុ
  ['\u17B7', '\u17B8'], // ិ → ី
  ['\u17B8', '\u17B7'], // ី → ិ
  ['\u17C9', ''], // lost ៉
  ['\u17CA', ''], // lost ៊
  ['\u17CB', ''], // lost ់
  ['\u1796', '\u1797'], // ព → ភ
  ['\u1791', '\u1792'], // ទ → ធ
  ['\u1785', '\u1787'], // ច → ជ
];
function khmerTypo(s: string, r: Rng): string {
  const options = KHMER_TYPOS.filter(([a]) => s.includes(a));
  if (!options.length) return s;
  const [a, b] = r.pick(options);
  const at = [...s.matchAll(new RegExp(a, 'g'))].map((m) => m.index ?? 0);
  const i = r.pick(at);
  return s.slice(0, i) + b + s.slice(i + a.length);
}
const hasKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

// ---------------------------------------------------------------- people

interface Person {
  fam: KhName;
  given: GivenName;
  /** ID-card Khmer (may be an alternative spelling) and Latin spelling. */
  khFam: string;
  khGiven: string;
  latFam: string;
  latGiven: string;
  sex: Sex;
  dob: number;
  province: string;
  nationalId: string | null;
  nssf: string | null;
  hire: number;
  wage: number;
  dept: number;
  /** For re-registered persons. */
  oldNssf?: string;
  oldHire?: number;
  /** The workerId the truth points to; null for hidden workers. */
  truth: string | null;
  /** What the worker goes by on the payroll, decided once. */
  alias?: { kh: string; lat: string; givenOnly: boolean } | null;
}

interface Dept {
  name: string;
  givenFirst: boolean;
  caseStyle: 'upper' | 'title' | 'familyUpper';
  compound: 'join' | 'space' | 'asis';
  numericIds: boolean;
  salt: string;
  habits: (readonly [RegExp, string])[];
}

function stem(g: GivenName): string {
  const l = g.lat[0].toLowerCase();
  return l.startsWith('srey') ? 'srey' : l.slice(0, 3);
}

/** Counts from the last call of generatePayroll, for the self-check and for reports. */
export const payrollStats = { registerDuplicates: 0, hiddenRelatives: 0, hiddenNamesakes: 0, hiddenUnrelated: 0, doubleLines: 0, nicknames: 0 };

export function generatePayroll(registeredCount: number, seed: number): { registered: RegisteredWorker[]; onsite: OnsiteWorker[]; truth: Map<string, string | null> } {
  const r = rng(seed);
  Object.assign(payrollStats, { registerDuplicates: 0, hiddenRelatives: 0, hiddenNamesakes: 0, hiddenUnrelated: 0, doubleLines: 0, nicknames: 0 });
  const famDraw = zipf(FAMILY_NAMES, 0.75);
  const givenF = ALL_GIVEN_NAMES.filter((g) => g.sex !== 'M');
  const givenM = ALL_GIVEN_NAMES.filter((g) => g.sex !== 'F');
  const givenDrawF = zipf(givenF, 0.6);
  const givenDrawM = zipf(givenM, 0.6);
  const givenDraw = (sex: Sex) => (sex === 'F' ? givenDrawF(r) : givenDrawM(r));
  const provinceDraw = weighted(PROVINCE_PREFIXES, (p) => p.weight);
  const deptDraw = weighted(
    DEPARTMENTS.map((d, i) => ({ i, w: d.weight })),
    (d) => d.w,
  );

  // Departments, each with its own clerk.
  const factoryGivenFirst = r.chance(RATES.factoryGivenFirst);
  const depts: Dept[] = DEPARTMENTS.map((d, i) => ({
    name: d.name,
    givenFirst: r.chance(RATES.deptDeviatesOrder) ? !factoryGivenFirst : factoryGivenFirst,
    caseStyle: r.pick(['upper', 'upper', 'title', 'familyUpper'] as const),
    compound: r.pick(['join', 'space', 'asis', 'asis'] as const),
    numericIds: r.chance(RATES.deptNumericIds),
    salt: `${seed}:${i}:${r.int(0, 1e9)}`,
    habits: r.shuffle([...CLERK_HABITS]).slice(0, r.int(0, 2)),
  }));

  const usedNationalIds = new Set<string>();
  const usedNssf = new Set<string>();
  const newNationalId = (province: string): string => {
    for (;;) {
      const id = province + String(r.int(0, 9_999_999)).padStart(7, '0');
      if (!usedNationalIds.has(id)) return usedNationalIds.add(id), id;
    }
  };
  /** NSSF member numbers: a sequence that grows with the registration year, zero-padded to 10 digits. */
  const newNssf = (year: number): string => {
    for (;;) {
      const n = 150_000 + Math.max(0, year - 2008) * 160_000 + r.int(0, 159_999);
      const id = String(n).padStart(10, '0');
      if (!usedNssf.has(id)) return usedNssf.add(id), id;
    }
  };

  const drawDob = (): number => {
    // Ages 18-52 at the visit, most workers in their twenties and early thirties.
    const age = 18 + Math.floor(34 * ((r.next() + r.next()) / 2) ** 1.6);
    return VISIT - Math.round(age * 365.25) - r.int(0, 364);
  };
  const drawHire = (dob: number, recentOnly = false): number => {
    const earliest = Math.max(dayNum(2012, 1, 1), dob + Math.round(18 * 365.25));
    const latest = dayNum(2025, 2, 28);
    if (earliest >= latest) return latest - r.int(0, 30);
    const from = recentOnly ? Math.max(earliest, latest - 5 * 365) : earliest;
    // Skewed to recent years: turnover in garment factories is high.
    return Math.round(latest - (latest - from) * r.next() ** 1.6);
  };

  const cardKh = (n: KhName) => (n.khAlt && r.chance(RATES.cardKhmerAlt) ? r.pick(n.khAlt) : n.kh);
  const cardLat = (n: KhName) => n.lat[variantIndex(r.next(), n.lat.length)];

  const makePerson = (over: Partial<Person> = {}): Person => {
    const sex: Sex = over.sex ?? (r.chance(RATES.female) ? 'F' : 'M');
    const fam = over.fam ?? famDraw(r);
    const given = over.given ?? givenDraw(sex);
    const dob = over.dob ?? drawDob();
    const province = over.province ?? provinceDraw(r.next()).code;
    const hire = over.hire ?? drawHire(dob);
    return {
      fam,
      given,
      khFam: over.khFam ?? cardKh(fam),
      khGiven: over.khGiven ?? cardKh(given),
      latFam: over.latFam ?? cardLat(fam),
      latGiven: over.latGiven ?? cardLat(given),
      sex,
      dob,
      province,
      nationalId: r.chance(RATES.noNationalId) ? null : newNationalId(province),
      nssf: null,
      hire,
      wage: 850_000 + Math.round((r.next() ** 2 * 500_000) / 1000) * 1000,
      dept: over.dept ?? deptDraw(r.next()).i,
      truth: null,
    };
  };

  // ---------------- the register
  const registeredPersons: Person[] = [];
  interface RegRow {
    person: Person;
    nssf: string;
    hire: number;
    old: boolean;
    row?: RegisteredWorker;
  }
  const regRows: RegRow[] = [];
  while (regRows.length < registeredCount) {
    const p = makePerson();
    const dup = regRows.length + 2 <= registeredCount && r.chance(RATES.registerDuplicate);
    if (dup) {
      // First employment, left, came back: the new hire date is recent, the old one years before.
      const newHire = drawHire(p.dob, true);
      const oldHire = Math.max(p.dob + Math.round(16 * 365.25), newHire - r.int(365, 6 * 365));
      p.hire = newHire;
      p.oldHire = oldHire;
      p.oldNssf = newNssf(ymd(oldHire).y);
      payrollStats.registerDuplicates++;
      regRows.push({ person: p, nssf: p.oldNssf, hire: oldHire, old: true });
    }
    p.nssf = newNssf(ymd(p.hire).y);
    regRows.push({ person: p, nssf: p.nssf, hire: p.hire, old: false });
    registeredPersons.push(p);
  }
  regRows.sort((a, b) => (a.nssf < b.nssf ? -1 : 1));

  const regDob = (p: Person): string | null => {
    if (r.chance(RATES.regDobMissing)) return null;
    const { y, m, d } = ymd(p.dob);
    if (r.chance(RATES.regDobYearOnly)) return `${y}-01-01`;
    if (r.chance(RATES.regDobSwapped) && d <= 12 && d !== m) return isoOf(dayNum(y, d, m));
    return isoOf(p.dob);
  };
  const registered: RegisteredWorker[] = regRows.map((rr, i) => {
    const p = rr.person;
    const workerId = `W${String(100_000 + i * 7 + (fnv(`${seed}:${i}`) % 7)).padStart(7, '0')}`;
    if (!rr.old) p.truth = workerId;
    const sep = r.chance(RATES.regKhmerOddSeparator) ? (r.chance(0.6) ? ZWSP : '') : ' ';
    let nameKh = p.khFam + sep + p.khGiven;
    if (rr.old && r.chance(0.3)) nameKh = khmerVariant(nameKh, r);
    if (r.chance(RATES.regKhmerTypo)) nameKh = khmerTypo(nameKh, r);
    let nameLatin: string | null = null;
    if (!r.chance(RATES.regLatinMissing)) {
      const lf = rr.old && r.chance(RATES.dupOtherLatin) ? cardLat(p.fam) : p.latFam;
      const lg = rr.old && r.chance(RATES.dupOtherLatin) ? cardLat(p.given) : p.latGiven;
      nameLatin = `${lf} ${lg}`;
      nameLatin = r.chance(RATES.regLatinTitle) ? title(nameLatin) : nameLatin.toUpperCase();
      if (r.chance(RATES.regLatinTypo)) nameLatin = latinTypo(nameLatin, r);
    }
    let nationalId = p.nationalId;
    if (nationalId && r.chance(RATES.regNationalIdMissing)) nationalId = null;
    if (rr.old && !r.chance(RATES.dupSameNationalId)) nationalId = null;
    if (nationalId && r.chance(RATES.regIdTypo)) nationalId = digitTypo(nationalId, r);
    const row: RegisteredWorker = {
      workerId,
      nssfNumber: rr.nssf,
      nationalId,
      nameKh,
      nameLatin,
      sex: r.chance(RATES.regSexMissing) ? null : p.sex,
      dateOfBirth: regDob(p),
      hireDate: r.chance(RATES.regHireMissing) ? null : isoOf(rr.hire),
      wageRiel: r.chance(RATES.regWageMissing) ? null : rr.old ? Math.max(0, p.wage - r.int(5, 20) * 10_000) : p.wage,
    };
    rr.row = row;
    return row;
  });

  // ---------------- who is on site
  const present = registeredPersons.filter(() => r.chance(RATES.presentRegistered));
  const onsiteTarget = Math.round(registeredCount * RATES.onsitePerRegistered);
  const hiddenCount = Math.max(0, onsiteTarget - present.length);

  const hidden: Person[] = [];
  const givenByStem = new Map<string, GivenName[]>();
  for (const g of ALL_GIVEN_NAMES) {
    const k = stem(g);
    givenByStem.set(k, [...(givenByStem.get(k) ?? []), g]);
  }
  for (let h = 0; h < hiddenCount; h++) {
    const u = r.next();
    if (u < RATES.hiddenRelative && registeredPersons.length) {
      // A sibling or cousin, hired through the family: same department, same province on the ID card.
      const rel = r.pick(registeredPersons);
      payrollStats.hiddenRelatives++;
      const sex: Sex = r.chance(RATES.female) ? 'F' : 'M';
      const sameFamily = r.chance(RATES.relativeSameFamilyName);
      let given: GivenName | undefined;
      if (r.chance(0.5)) {
        const alike = (givenByStem.get(stem(rel.given)) ?? []).filter((g) => g !== rel.given && (g.sex === 'U' || g.sex === sex));
        if (alike.length) given = r.pick(alike);
      }
      while (!given || given === rel.given) given = givenDraw(sex);
      const gap = r.int(1, sameFamily ? 8 : 12) * (r.chance(0.5) ? 1 : -1);
      let dob = rel.dob + gap * 365 + r.int(-150, 150);
      dob = Math.min(dob, VISIT - Math.round(17 * 365.25));
      hidden.push(
        makePerson({
          sex,
          given,
          dob,
          province: rel.province,
          dept: r.chance(0.7) ? rel.dept : undefined,
          ...(sameFamily ? { fam: rel.fam, khFam: rel.khFam, latFam: r.chance(0.8) ? rel.latFam : undefined } : {}),
        }),
      );
    } else if (u < RATES.hiddenRelative + RATES.hiddenNamesake && registeredPersons.length) {
      // Same Khmer full name as a registered worker, unrelated; a third born within a year of them.
      const twin = r.pick(registeredPersons);
      payrollStats.hiddenNamesakes++;
      hidden.push(
        makePerson({
          sex: twin.sex,
          fam: twin.fam,
          given: twin.given,
          khFam: twin.khFam,
          khGiven: twin.khGiven,
          dob: r.chance(0.33) ? twin.dob + r.int(-365, 365) : undefined,
        }),
      );
    } else {
      hidden.push(makePerson());
      payrollStats.hiddenUnrelated++;
    }
  }
  for (const p of hidden) {
    p.hire = drawHire(p.dob, true);
    if (r.chance(RATES.hiddenPriorNssf)) p.nssf = newNssf(ymd(p.hire).y - r.int(1, 4));
  }

  // ---------------- the on-site rows
  interface Draft {
    person: Person;
    dept: number;
    inspector: boolean;
    order: number;
    row: Omit<OnsiteWorker, 'id' | 'sourceRow' | 'recordedAt'>;
  }

  const clerkLatin = (n: KhName, d: Dept): string => {
    const idx = variantIndex(unit(`${d.salt}:${n.kh}`), n.lat.length);
    return n.lat[idx]
      .split(' ')
      .map((w) => {
        let x = w.toLowerCase();
        for (const [re, to] of d.habits) x = x.replace(re, to);
        return x.charAt(0).toUpperCase() + x.slice(1);
      })
      .join(' ');
  };
  const compound = (given: string, d: Dept) => {
    if (d.compound === 'join') return given.replace(/[\s-]+/g, '');
    if (d.compound === 'space') return given.replace(/^(srey|srei)(?=[a-z])/i, (m) => `${m} `);
    return given;
  };

  const aliasOf = (p: Person) => {
    if (p.alias !== undefined) return p.alias;
    const givenOnly = r.chance(RATES.givenOnly);
    if (r.chance(RATES.nickname) && ++payrollStats.nicknames) {
      const srey = p.khGiven.startsWith('ស្រី') && p.khGiven.length > 4;
      if (srey && r.chance(0.4)) {
        const lat = p.latGiven.replace(/^srey\s*/i, '');
        p.alias = { kh: p.khGiven.slice(4), lat: title(lat || p.latGiven), givenOnly };
      } else if (p.given.short && r.chance(0.5)) {
        p.alias = { kh: p.given.short.kh, lat: r.pick(p.given.short.lat), givenOnly };
      } else {
        const n = r.pick(NICKNAMES.filter((k) => k.sex === 'U' || k.sex === p.sex));
        p.alias = { kh: n.kh, lat: r.pick(n.lat), givenOnly };
      }
    } else if (r.chance(RATES.otherGivenName) && ++payrollStats.nicknames) {
      let g = givenDraw(p.sex);
      while (g === p.given) g = givenDraw(p.sex);
      p.alias = { kh: g.kh, lat: cardLat(g), givenOnly };
    } else {
      p.alias = givenOnly ? { kh: p.khGiven, lat: p.latGiven, givenOnly } : null;
    }
    return p.alias;
  };

  const declaredDob = (p: Person): string | null => {
    const { y, m, d } = ymd(p.dob);
    const u = r.next();
    if (u < RATES.dobYearOnly) return `${r.chance(0.2) ? y + (r.chance(0.5) ? 1 : -1) : y}-01-01`;
    if (u < RATES.dobYearOnly + RATES.dobOtherDate) return isoOf(p.dob + r.int(-730, 730));
    if (u < RATES.dobYearOnly + RATES.dobOtherDate + RATES.dobSwapped && d <= 12 && d !== m) return isoOf(dayNum(y, d, m));
    return isoOf(p.dob);
  };
  const sexOn = (p: Person) => (r.chance(RATES.sexWrong) ? (p.sex === 'F' ? 'M' : 'F') : p.sex);

  const payrollRow = (p: Person, deptIndex: number): Draft => {
    const d = depts[deptIndex];
    const alias = aliasOf(p);
    let name: string;
    if (r.chance(RATES.payrollKhmer)) {
      const kg = alias ? alias.kh : p.given.kh; // the clerk writes the name the usual way
      name = alias?.givenOnly ? kg : `${p.fam.kh} ${kg}`;
      if (r.chance(RATES.khmerVariant)) name = khmerVariant(name, r);
      if (r.chance(RATES.khmerTypo)) name = khmerTypo(name, r);
    } else {
      const fromCard = r.chance(RATES.cardSpelling);
      const lf = fromCard ? p.latFam : clerkLatin(p.fam, d);
      let lg = alias ? alias.lat : fromCard ? p.latGiven : clerkLatin(p.given, d);
      lg = title(compound(lg, d));
      const famStr = title(lf);
      const givenFirst = r.chance(RATES.deptOffOrder) ? !d.givenFirst : d.givenFirst;
      const famCased = d.caseStyle === 'title' ? famStr : famStr.toUpperCase();
      const givenCased = d.caseStyle === 'upper' ? lg.toUpperCase() : lg;
      name = alias?.givenOnly ? givenCased : givenFirst ? `${givenCased} ${famCased}` : `${famCased} ${givenCased}`;
      if (r.chance(RATES.latinTypo)) name = latinTypo(name, r);
    }

    const exportId = (s: string) => {
      let x = r.chance(RATES.idTypo) ? digitTypo(s, r) : s;
      if (d.numericIds) x = dropZeros(x);
      return x;
    };
    let nationalId = p.nationalId && r.chance(RATES.payrollNationalId) ? exportId(p.nationalId) : null;
    let nssfSrc: string | null = null;
    if (p.nssf && r.chance(RATES.payrollNssf)) nssfSrc = p.oldNssf && r.chance(RATES.payrollOldNssf) ? p.oldNssf : p.nssf;
    let nssfNumber = nssfSrc ? exportId(nssfSrc) : null;
    if (r.chance(RATES.staffCodeInNssf)) nssfNumber = String(r.int(1000, 29999));
    if (r.chance(RATES.idColumnSwap)) [nationalId, nssfNumber] = [nssfNumber, nationalId];

    return {
      person: p,
      dept: deptIndex,
      inspector: false,
      order: p.hire + r.int(-20, 20),
      row: {
        visitId: VISIT_ID,
        name,
        nationalId,
        nssfNumber,
        sex: r.chance(RATES.payrollSex) ? sexOn(p) : null,
        dateOfBirth: r.chance(RATES.payrollDob) ? declaredDob(p) : null,
        source: 'csv',
      },
    };
  };

  const inspectorRow = (p: Person): Draft => {
    let name = `${p.khFam} ${p.khGiven}`;
    if (r.chance(RATES.khmerVariant)) name = khmerVariant(name, r);
    if (r.chance(RATES.khmerTypo)) name = khmerTypo(name, r);
    const id = p.nationalId && r.chance(RATES.inspectorNationalId) ? p.nationalId : null;
    const nssf = p.nssf && r.chance(RATES.inspectorNssf) ? p.nssf : null;
    let dob: string | null = r.chance(RATES.inspectorDob) ? isoOf(p.dob) : null;
    if (dob && r.chance(0.01)) {
      const { y, m, d } = ymd(p.dob);
      if (d <= 12 && d !== m) dob = isoOf(dayNum(y, d, m));
    }
    return {
      person: p,
      dept: DEPARTMENTS.length,
      inspector: true,
      order: r.next(),
      row: {
        visitId: VISIT_ID,
        name,
        nationalId: id && r.chance(RATES.idTypo) ? digitTypo(id, r) : id,
        nssfNumber: nssf && r.chance(RATES.idTypo) ? digitTypo(nssf, r) : nssf,
        sex: r.chance(0.003) ? sexOn(p) : p.sex,
        dateOfBirth: dob,
        source: 'csv',
      },
    };
  };

  const drafts: Draft[] = [];
  for (const p of [...present, ...hidden]) {
    if (r.chance(RATES.inspectorTyped)) drafts.push(inspectorRow(p));
    else {
      drafts.push(payrollRow(p, p.dept));
      if (r.chance(RATES.payrollDoubleLine)) {
        drafts.push(payrollRow(p, deptDraw(r.next()).i));
        payrollStats.doubleLines++;
      }
    }
  }
  drafts.sort((a, b) => a.dept - b.dept || a.order - b.order);

  // Payroll imported at 09:30; the inspector's ID-card rows typed through the day.
  const inspectorRows = drafts.filter((d) => d.inspector).length;
  let k = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  drafts.forEach((d, i) => {
    const id = rowUuid(seed, i + 1);
    let recordedAt = `${VISIT_DAY}T09:30:00+07:00`;
    if (d.inspector) {
      const minutes = 9 * 60 + 45 + Math.floor((k++ * 400) / Math.max(1, inspectorRows));
      recordedAt = `${VISIT_DAY}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:${String((i * 37) % 60).padStart(2, '0')}+07:00`;
    }
    onsite.push({ id, ...d.row, sourceRow: i + 1, recordedAt });
    truth.set(id, d.person.truth);
  });
  return { registered, onsite, truth };
}

// ---------------------------------------------------------------- self-check

if (import.meta.url === `file://${process.argv[1]}`) {
  const seed = Number(process.argv[2] ?? 1);
  const n = Number(process.argv[3] ?? 10_000);
  const t0 = performance.now();
  const { registered, onsite, truth } = generatePayroll(n, seed);
  const ms = performance.now() - t0;

  const t1 = performance.now();
  const again = generatePayroll(n, seed);
  const msWarm = performance.now() - t1;
  const deterministic = JSON.stringify(again.onsite) === JSON.stringify(onsite) && JSON.stringify(again.registered) === JSON.stringify(registered);

  const ids = new Set(registered.map((w) => w.workerId));
  const targets = [...truth.values()].filter((v): v is string => v !== null);
  const hiddenRows = [...truth.values()].filter((v) => v === null).length;
  const matchedTargets = new Set(targets);
  const absent = registered.filter((w) => !matchedTargets.has(w.workerId)).length;
  const byNid = new Map<string, number>();
  for (const w of registered) if (w.nationalId) byNid.set(w.nationalId, (byNid.get(w.nationalId) ?? 0) + 1);
  const dupRows = [...byNid.values()].filter((c) => c > 1).length;
  const share = (f: (o: OnsiteWorker) => boolean) => `${((100 * onsite.filter(f).length) / onsite.length).toFixed(1)}%`;
  const realDate = (s: string | null) => {
    if (s === null) return true;
    const [y, m, d] = s.split('-').map(Number);
    return /^\d{4}-\d{2}-\d{2}$/.test(s) && isoOf(dayNum(y, m, d)) === s;
  };

  const regBad = registered.filter((w) => !RegSchema.safeParse(w).success).length;
  const onsiteBad = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  const badDates = onsite.filter((o) => !realDate(o.dateOfBirth)).length + registered.filter((w) => !realDate(w.dateOfBirth) || !realDate(w.hireDate)).length;
  const uniqueOnsite = new Set(onsite.map((o) => o.id)).size === onsite.length;
  const truthOk = truth.size === onsite.length && targets.every((t) => ids.has(t));
  const doubleLines = targets.length - matchedTargets.size;

  const regNames = new Map<string, number>();
  const normKh = (s: string) => s.normalize('NFC').replace(/[\s\u200B\u200C]+/g, '');
  for (const w of registered) regNames.set(normKh(w.nameKh), (regNames.get(normKh(w.nameKh)) ?? 0) + 1);
  const sharedNames = [...regNames.values()].filter((c) => c > 1).reduce((a, b) => a + b, 0);

  console.log(`${PAYROLL_LABEL} — seed ${seed}, generated in ${ms.toFixed(0)} ms cold, ${msWarm.toFixed(0)} ms warm (deterministic: ${deterministic})`);
  console.log(`registered ${registered.length}, on site ${onsite.length}, hidden ${hiddenRows}, matched ${targets.length} (${doubleLines} double payroll lines), absent register rows ${absent}`);
  console.log(`hidden: ${payrollStats.hiddenRelatives} relatives, ${payrollStats.hiddenNamesakes} namesakes, ${payrollStats.hiddenUnrelated} unrelated; payroll aliases (nickname / other given name) ${payrollStats.nicknames}`);
  console.log(`register duplicates: ${payrollStats.registerDuplicates} persons registered twice (${dupRows} share a national ID on both rows); register rows sharing their Khmer full name with another: ${sharedNames}`);
  console.log(`on-site filled: nationalId ${share((o) => !!o.nationalId)}, nssfNumber ${share((o) => !!o.nssfNumber)}, sex ${share((o) => !!o.sex)}, dateOfBirth ${share((o) => !!o.dateOfBirth)}; Khmer names ${share((o) => hasKhmer(o.name))}`);
  console.log(`register filled: nameLatin ${((100 * registered.filter((w) => w.nameLatin).length) / registered.length).toFixed(1)}%, nationalId ${((100 * registered.filter((w) => w.nationalId).length) / registered.length).toFixed(1)}%`);
  console.log(`schema failures: registered ${regBad}, on site ${onsiteBad}; unreal dates ${badDates}; on-site ids unique ${uniqueOnsite}; truth ids exist ${truthOk}`);
  console.log('sample on-site rows:');
  for (const o of onsite.filter((_, i) => i % Math.floor(onsite.length / 8) === 0)) {
    const t = truth.get(o.id);
    const w = t ? registered.find((x) => x.workerId === t) : null;
    console.log(`  #${o.sourceRow} ${JSON.stringify(o.name)} nid=${o.nationalId} nssf=${o.nssfNumber} ${o.sex} ${o.dateOfBirth} → ${w ? `${w.workerId} ${w.nameKh} / ${w.nameLatin} ${w.nationalId} ${w.dateOfBirth}` : 'hidden'}`);
  }
  if (!(regBad === 0 && onsiteBad === 0 && badDates === 0 && uniqueOnsite && truthOk && deterministic)) process.exit(1);
}
