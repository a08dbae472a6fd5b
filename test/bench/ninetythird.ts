/**
 * `ninetythird`: a grader's roster where the date of birth does the work.
 *
 * Written blind (from the product text and the record schemas only). The roster uses the product
 * text's variations and nothing else, each at a rate meant to separate a good engine from a
 * mediocre one. ID numbers are rare on the sheet, so dates of birth and names carry the matching;
 * common names collide heavily on the register, and most hidden workers are namesakes of registered
 * workers (present or absent), told apart only by a date of birth that is neither the namesake's
 * nor a day/month swap of it nor one digit away from it.
 *
 * CHOSEN RATES (per row unless said otherwise; measured values are printed by the self-check)
 *   Register
 *     absent registered workers ............ 6 % (not on site)
 *     sex F / M ............................ 65 % / 35 % (garment-style workforce), always present
 *     names: 53 family and 79 given names drawn Zipf-like, so a worker shares the full name
 *       (same Khmer words) with another registered worker: ~1/3 of workers at 1,000 registered,
 *       ~90 % at 10,000 (groups up to ~70); namesakes are told apart by their dates of birth
 *     nameLatin missing .................... 15 % (then a Latin row is Khmer-vs-Latin)
 *     nameLatin spelling ................... each word 70 % most common romanization, else another
 *     nameLatin case ....................... 85 % UPPER, 15 % Title; always family-given
 *     nameKh encoding ...................... 10 % zero-width space for the space, 5 % keyboard order
 *     dateOfBirth missing .................. 2 %
 *     nationalId missing ................... 5 %; nssfNumber missing 1 %
 *     hireDate always, wageRiel missing 5 %
 *   On-site rows
 *     hidden workers ....................... 6.5 % of on-site rows (≈ 650 at 10,000 registered,
 *       ≈ 10,050 rows; the text's "~9,500 on site" and "absent ~5 %" cannot both hold with 5-10 %
 *       hidden, so we keep the rates)
 *     hidden kinds ......................... 65 % drawn as namesakes of a registered worker (30 % of
 *       those of an ABSENT one), 35 % drawn at random from the same name lists (which often
 *       collide with a registered name anyway)
 *     hidden namesake DOB .................. 35 % same birth year as the namesake, 15 % same day and
 *       month but a year 2+ digits away, 50 % any date; never equal, swapped or one digit away
 *     source ............................... csv 55 %, manual 39 %, id-card 6 %
 *     script ............................... Khmer 40 % (id-card 70 %), Latin otherwise
 *     Latin spelling ....................... each word 55 % most common romanization, 45 % another
 *       (joined/spaced compounds such as Srey Mom/Sreymom are romanizations)
 *     Latin order swap (given first) ....... 15 %;  UPPER case 45 %, Title 55 %
 *     Latin typo ........................... 5 % of Latin rows: one edit (substitution, deletion,
 *       insertion, adjacent transposition) in one word of 4+ letters, never landing on a real spelling
 *     Khmer order swap ..................... 15 %;  zero-width space instead of space 35 %
 *     Khmer keyboard code point order ...... 20 % (vowel typed before the register shifter ៉/៊ or
 *       before the subscript ្+consonant), where the name has such a cluster
 *     Khmer NFD ............................ 25 % (Khmer has no canonical decompositions: a no-op)
 *     dateOfBirth missing .................. 4 % of csv/manual rows (id-card rows always dated)
 *     day/month swap ....................... 28 % of csv/manual dated rows where a swap is a valid
 *       different date (≈ 9-10 % of dated rows)
 *     sex missing .......................... 8 % of csv/manual rows
 *     nationalId present ................... id-card rows 100 %, csv/manual 4 % (≈ 10 % overall)
 *     nssfNumber present ................... csv 7 %, manual 3 % (≈ 5 % overall)
 *     ID slip (one adjacent transposition or one mistyped digit), csv/manual ids ... 10 %
 *
 * FAIRNESS RULES (audited by the self-check)
 *   1. A true row carries only plausible variants of its registered worker: listed romanizations,
 *      either order, UPPER or Title case, at most one typo in one word of 4+ letters, Khmer
 *      encoding variants (ZWSP, keyboard order, NFD); IDs exact or one slip; DOB exact or
 *      day/month swapped; sex right or missing. Extra variations modelled: none (missing
 *      nameLatin / DOB / national ID on the register are "missing fields", not variants).
 *   2. Registered namesakes (same Khmer family and given words, hence the same name in any
 *      spelling) never share a DOB, and their DOBs are more than a swap, one digit or one adjacent
 *      digit transposition apart. A registered worker with no DOB on the register still has a real
 *      DOB (used on the sheet) that obeys the same rule.
 *   3. A hidden row either passes for no registered worker by name (its normalized name is not
 *      within one edit, Damerau/OSA, of any spelling of any registered name in either order), or is
 *      ruled out from every registered worker it could pass for by a field present on both sides:
 *      sex differs, DOB not close (as in rule 2), or national ID / NSSF number 2+ edits apart.
 *   4. Nothing leaks the truth: rows shuffled; on-site ids are v4 UUIDs from the seeded PRNG;
 *      recordedAt increases in row order; csv sourceRow numbers follow row order; registered
 *      workers are shuffled before their ids are assigned; hidden rows draw source, script,
 *      spelling, case and ID presence from the same rates as true rows.
 *   5. Undecidable true rows (another registered worker the row passes for, consistent on every
 *      field, with at least as much evidence as the true one) stay under 4 %.
 *
 * Run `npx tsx test/bench/ninetythird.ts 10000 1` for the shape and the audit.
 */
import { OnsiteWorker as OnsiteSchema, RegisteredWorker as RegisteredSchema } from '../../src/protocol';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { NT_FAMILY, NT_GIVEN } from './ninetythird-names';

export const NINETYTHIRD_LABEL =
  'ninetythird: DOB does the work — rare IDs, heavy namesake collisions, hidden namesakes told apart only by DOB, day/month swaps';

// ───────────────────────────── rates ─────────────────────────────

const R = {
  absent: 0.06,
  hiddenShare: 0.065,
  female: 0.65,
  skewFamily: 1.8,
  skewGiven: 1.5,
  regLatinMissing: 0.15,
  regCanonicalRom: 0.7,
  regUpper: 0.85,
  regKhZwsp: 0.1,
  regKhKeyboard: 0.05,
  regDobMissing: 0.02,
  regNidMissing: 0.05,
  regNssfMissing: 0.01,
  regWageMissing: 0.05,
  hiddenNamesake: 0.65,
  hiddenOfAbsent: 0.3,
  hiddenSameYear: 0.35,
  hiddenSameDayMonth: 0.15,
  srcCsv: 0.55,
  srcManual: 0.39, // id-card: the rest
  khmerScript: 0.4,
  khmerScriptIdCard: 0.7,
  canonicalRom: 0.55,
  latinOrderSwap: 0.15,
  latinUpper: 0.45,
  latinTypo: 0.05,
  khOrderSwap: 0.15,
  khZwsp: 0.35,
  khKeyboard: 0.2,
  khNfd: 0.25,
  dobMissing: 0.04,
  dobSwapEligible: 0.28,
  sexMissing: 0.08,
  nidCsvManual: 0.04,
  nssfCsv: 0.07,
  nssfManual: 0.03,
  idSlip: 0.1,
} as const;

const VISIT_ID = 'bench-ninetythird';
const TODAY_YEAR = 2025;

// ───────────────────────────── small helpers ─────────────────────────────

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const fmtDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function randomDob(r: Rng): string {
  const age = 19 + Math.floor(40 * r.next() ** 1.8);
  const y = TODAY_YEAR - age;
  const m = r.int(1, 12);
  return fmtDate(y, m, r.int(1, daysIn(y, m)));
}

/** The date with day and month swapped, when that is a valid, different date. */
export function swapDob(d: string): string | null {
  const y = +d.slice(0, 4), m = +d.slice(5, 7), day = +d.slice(8, 10);
  if (day > 12 || day === m) return null;
  if (m > daysIn(y, day)) return null;
  return fmtDate(y, day, m);
}

/** Equal, a day/month swap, one digit apart, or two adjacent digits transposed. */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDob(a) === b) return true;
  const x = a.replace(/-/g, ''), y = b.replace(/-/g, '');
  const diffs: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diffs.push(i);
  if (diffs.length <= 1) return true;
  return diffs.length === 2 && diffs[1] === diffs[0] + 1 && x[diffs[0]] === y[diffs[1]] && x[diffs[1]] === y[diffs[0]];
}

/** Optimal string alignment distance (Damerau with adjacent transpositions). */
export function osa(a: string, b: string): number {
  const n = a.length, m = b.length;
  if (Math.abs(n - m) > 2) return 3;
  const d: number[][] = [];
  for (let i = 0; i <= n; i++) {
    d.push(new Array(m + 1).fill(0));
    d[i][0] = i;
  }
  for (let j = 0; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const c = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[n][m];
}

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}

/** Same-length ids one substitution or one adjacent transposition away. */
function idNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let c = 0; c <= 9; c++) {
      const ch = String(c);
      if (ch !== id[i]) out.push(id.slice(0, i) + ch + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/** A fresh id 2+ edits from every id in `taken` (which it joins). */
function farId(r: Rng, make: () => string, taken: Set<string>): string {
  for (;;) {
    const id = make();
    if (taken.has(id) || idNeighbours(id).some((x) => taken.has(x))) continue;
    taken.add(id);
    return id;
  }
}

const makeNid = (r: Rng) => () => String(r.int(0, 2)) + digits(r, 8);
const makeNssf = (r: Rng) => () => String(r.int(1, 9)) + digits(r, 9);

function slipId(r: Rng, id: string): string {
  for (;;) {
    if (r.chance(0.5)) {
      const i = r.int(0, id.length - 2);
      if (id[i] === id[i + 1]) continue;
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
    const i = r.int(0, id.length - 1);
    const c = String(r.int(0, 9));
    if (c === id[i]) continue;
    return id.slice(0, i) + c + id.slice(i + 1);
  }
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ───────────────────────────── Khmer encoding ─────────────────────────────

const COENG = '\u17D2';
const ZWSP = '\u200B';
const isShifter = (c: string | undefined) => c === '\u17C9' || c === '\u17CA';
const isVowel = (c: string | undefined) => !!c && c >= '\u17B6' && c <= '\u17C5';
const isCons = (c: string | undefined) => !!c && c >= '\u1780' && c <= '\u17A2';

/** How some keyboards order a cluster: the vowel before the shifter or before the subscript. */
export function keyboardOrder(word: string): string {
  const c = [...word];
  const out: string[] = [];
  for (let i = 0; i < c.length; ) {
    if (isShifter(c[i]) && isVowel(c[i + 1])) {
      out.push(c[i + 1], c[i]);
      i += 2;
    } else if (c[i] === COENG && isCons(c[i + 1]) && isVowel(c[i + 2])) {
      out.push(c[i + 2], c[i], c[i + 1]);
      i += 3;
    } else out.push(c[i++]);
  }
  return out.join('');
}

/** Khmer key for comparison: NFC, no separators, canonical cluster order. */
export function normKh(s: string): string {
  const c = [...s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]/g, '')];
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < c.length; i++) {
      if (isVowel(c[i]) && isShifter(c[i + 1])) {
        [c[i], c[i + 1]] = [c[i + 1], c[i]];
        changed = true;
      } else if (isVowel(c[i]) && c[i + 1] === COENG && isCons(c[i + 2])) {
        const v = c[i];
        c[i] = c[i + 1];
        c[i + 1] = c[i + 2];
        c[i + 2] = v;
        changed = true;
      }
    }
  }
  return c.join('');
}

export const normLatin = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

// ───────────────────────────── names ─────────────────────────────

const idKey = (fam: number, giv: number) => fam * 1000 + giv;
const FAM_IDX = NT_FAMILY.map((_, i) => i);
const GIV_F = NT_GIVEN.map((g, i) => (g.sex !== 'M' ? i : -1)).filter((i) => i >= 0);
const GIV_M = NT_GIVEN.map((g, i) => (g.sex !== 'F' ? i : -1)).filter((i) => i >= 0);
/** Every word of every spelling, lower case: typos must not land on one. */
const LEXICON = new Set<string>(
  [...NT_FAMILY, ...NT_GIVEN].flatMap((w) => w.latin.flatMap((l) => [l.toLowerCase(), ...l.toLowerCase().split(' '), normLatin(l)])),
);

/** All spellings of an identity as word lists, both orders. */
function latinVariants(fam: number, giv: number): string[][] {
  const out: string[][] = [];
  for (const f of NT_FAMILY[fam].latin)
    for (const g of NT_GIVEN[giv].latin) {
      out.push(`${f} ${g}`.toLowerCase().split(' '));
      out.push(`${g} ${f}`.toLowerCase().split(' '));
    }
  return out;
}

function khVariants(fam: number, giv: number): string[] {
  return [normKh(NT_FAMILY[fam].kh + NT_GIVEN[giv].kh), normKh(NT_GIVEN[giv].kh + NT_FAMILY[fam].kh)];
}

function pickRom(r: Rng, latin: readonly string[], pCanon: number): string {
  if (latin.length === 1 || r.chance(pCanon)) return latin[0];
  return latin[r.int(1, latin.length - 1)];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function typo(r: Rng, word: string): string | null {
  const lower = word.toLowerCase();
  for (let tries = 0; tries < 20; tries++) {
    const op = r.int(0, 3);
    const i = r.int(0, lower.length - 1);
    let t = lower;
    if (op === 0) {
      const c = LETTERS[r.int(0, 25)];
      if (c === lower[i]) continue;
      t = lower.slice(0, i) + c + lower.slice(i + 1);
    } else if (op === 1) t = lower.slice(0, i) + lower.slice(i + 1);
    else if (op === 2) t = lower.slice(0, i + 1) + (r.chance(0.5) ? lower[i] : LETTERS[r.int(0, 25)]) + lower.slice(i + 1);
    else {
      if (i + 1 >= lower.length || lower[i] === lower[i + 1]) continue;
      t = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
    }
    if (t === lower || LEXICON.has(t)) continue;
    return word[0] === word[0].toUpperCase() ? t[0].toUpperCase() + t.slice(1) : t;
  }
  return null;
}

interface NameFlags {
  script: 'kh' | 'latin';
  nonCanonical: boolean;
  orderSwap: boolean;
  upper: boolean;
  typo: boolean;
  zwsp: boolean;
  keyboard: boolean;
  nfd: boolean;
}

function renderOnsiteName(r: Rng, fam: number, giv: number, khmer: boolean): { name: string; flags: NameFlags } {
  const flags: NameFlags = { script: khmer ? 'kh' : 'latin', nonCanonical: false, orderSwap: false, upper: false, typo: false, zwsp: false, keyboard: false, nfd: false };
  if (khmer) {
    let f = NT_FAMILY[fam].kh, g = NT_GIVEN[giv].kh;
    if (r.chance(R.khKeyboard)) {
      const f2 = keyboardOrder(f), g2 = keyboardOrder(g);
      flags.keyboard = f2 !== f || g2 !== g;
      f = f2;
      g = g2;
    }
    flags.orderSwap = r.chance(R.khOrderSwap);
    flags.zwsp = r.chance(R.khZwsp);
    let name = (flags.orderSwap ? [g, f] : [f, g]).join(flags.zwsp ? ZWSP : ' ');
    if (r.chance(R.khNfd)) {
      flags.nfd = true;
      name = name.normalize('NFD');
    }
    return { name, flags };
  }
  const fr = pickRom(r, NT_FAMILY[fam].latin, R.canonicalRom);
  const gr = pickRom(r, NT_GIVEN[giv].latin, R.canonicalRom);
  flags.nonCanonical = fr !== NT_FAMILY[fam].latin[0] || gr !== NT_GIVEN[giv].latin[0];
  flags.orderSwap = r.chance(R.latinOrderSwap);
  const words = (flags.orderSwap ? `${gr} ${fr}` : `${fr} ${gr}`).split(' ');
  if (r.chance(R.latinTypo)) {
    const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
    if (long.length) {
      const i = r.pick(long);
      const t = typo(r, words[i]);
      if (t) {
        words[i] = t;
        flags.typo = true;
      }
    }
  }
  flags.upper = r.chance(R.latinUpper);
  const name = words.join(' ');
  return { name: flags.upper ? name.toUpperCase() : name, flags };
}

// ───────────────────────────── name index ─────────────────────────────

/** Finds the identities whose spellings (either order, either script) are within one edit of a name. */
class NameIndex {
  private exact = new Map<string, Set<number>>();
  private dels = new Map<string, string[]>();

  private added = new Set<number>();

  add(fam: number, giv: number): void {
    const key = idKey(fam, giv);
    if (this.added.has(key)) return;
    this.added.add(key);
    const strings = new Set<string>([...latinVariants(fam, giv).map((w) => w.join('')), ...khVariants(fam, giv)]);
    for (const s of strings) {
      let set = this.exact.get(s);
      if (!set) {
        set = new Set();
        this.exact.set(s, set);
        for (let i = 0; i < s.length; i++) {
          const d = s.slice(0, i) + s.slice(i + 1);
          const list = this.dels.get(d);
          if (list) {
            if (list[list.length - 1] !== s) list.push(s);
          } else this.dels.set(d, [s]);
        }
      }
      set.add(key);
    }
  }

  /** identity key → 0 when a spelling matches exactly (after normalization), 1 when one edit away. */
  query(name: string): Map<number, number> {
    const q = isKhmer(name) ? normKh(name) : normLatin(name);
    const out = new Map<number, number>();
    const hit = (s: string, dist: number) => {
      const ids = this.exact.get(s);
      if (!ids) return;
      for (const k of ids) {
        const prev = out.get(k);
        if (prev === undefined || dist < prev) out.set(k, dist);
      }
    };
    hit(q, 0);
    for (const s of this.dels.get(q) ?? []) hit(s, 1);
    const seen = new Set<string>();
    for (let i = 0; i < q.length; i++) {
      const d = q.slice(0, i) + q.slice(i + 1);
      if (seen.has(d)) continue;
      seen.add(d);
      hit(d, 1);
      for (const s of this.dels.get(d) ?? []) if (s !== q && osa(q, s) <= 1) hit(s, 1);
    }
    return out;
  }
}

// ───────────────────────────── the generator ─────────────────────────────

interface Person {
  fam: number;
  giv: number;
  sex: Sex;
  /** The real DOB; the register may not carry it. */
  realDob: string;
  reg: RegisteredWorker;
}

interface RowMeta {
  kind: 'true' | 'hidden';
  hiddenKind?: 'namesake' | 'near' | 'stranger';
  hiddenOfAbsent?: boolean;
  hiddenDobMode?: 'sameYear' | 'sameDayMonth' | 'any';
  flags: NameFlags;
  crossScript: boolean;
  dobSwapped: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  fam: number;
  giv: number;
}

interface Built {
  roster: Roster;
  meta: Map<string, RowMeta>;
  persons: Map<string, Person>;
  index: NameIndex;
  absent: Set<string>;
}

function pickSource(r: Rng): Source {
  const u = r.next();
  return u < R.srcCsv ? 'csv' : u < R.srcCsv + R.srcManual ? 'manual' : 'id-card';
}

function build(size: number, seed: number): Built {
  const r = rng((Math.imul(seed, 2654435761) + 0x93) >>> 0);
  const nidTaken = new Set<string>();
  const nssfTaken = new Set<string>();
  const groups = new Map<number, Person[]>();

  // Register.
  const persons: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(R.female) ? 'F' : 'M';
    const fam = r.pickSkewed(FAM_IDX, R.skewFamily);
    const giv = r.pickSkewed(sex === 'F' ? GIV_F : GIV_M, R.skewGiven);
    const key = idKey(fam, giv);
    const group = groups.get(key) ?? [];
    let realDob = randomDob(r);
    for (let t = 0; t < 200 && group.some((p) => dobClose(p.realDob, realDob)); t++) realDob = randomDob(r);
    const fr = pickRom(r, NT_FAMILY[fam].latin, R.regCanonicalRom);
    const gr = pickRom(r, NT_GIVEN[giv].latin, R.regCanonicalRom);
    const latin = `${fr} ${gr}`;
    let fk = NT_FAMILY[fam].kh, gk = NT_GIVEN[giv].kh;
    if (r.chance(R.regKhKeyboard)) {
      fk = keyboardOrder(fk);
      gk = keyboardOrder(gk);
    }
    const nameKh = fk + (r.chance(R.regKhZwsp) ? ZWSP : ' ') + gk;
    const birthYear = +realDob.slice(0, 4);
    const hy = Math.min(TODAY_YEAR, Math.max(2008, birthYear + 18) + r.int(0, 8));
    const hm = r.int(1, hy === TODAY_YEAR ? 6 : 12);
    const reg: RegisteredWorker = {
      workerId: '',
      nssfNumber: r.chance(R.regNssfMissing) ? null : farId(r, makeNssf(r), nssfTaken),
      nationalId: r.chance(R.regNidMissing) ? null : farId(r, makeNid(r), nidTaken),
      nameKh,
      nameLatin: r.chance(R.regLatinMissing) ? null : r.chance(R.regUpper) ? latin.toUpperCase() : latin,
      sex,
      dateOfBirth: r.chance(R.regDobMissing) ? null : realDob,
      hireDate: fmtDate(hy, hm, r.int(1, daysIn(hy, hm))),
      wageRiel: r.chance(R.regWageMissing) ? null : r.int(800, 1800) * 1000,
    };
    const p: Person = { fam, giv, sex, realDob, reg };
    group.push(p);
    groups.set(key, group);
    persons.push(p);
  }
  r.shuffle(persons);
  persons.forEach((p, i) => (p.reg.workerId = `NT93-${pad(i + 1, 6)}`));
  const byId = new Map(persons.map((p) => [p.reg.workerId, p]));

  const order = r.shuffle(persons.map((_, i) => i));
  const nAbsent = Math.round(size * R.absent);
  const absentIdx = new Set(order.slice(0, nAbsent));
  const present = persons.filter((_, i) => !absentIdx.has(i));
  const absentList = persons.filter((_, i) => absentIdx.has(i));
  const absentIds = new Set(absentList.map((p) => p.reg.workerId));

  const index = new NameIndex();
  for (const p of persons) index.add(p.fam, p.giv);
  const registeredFor = (name: string): Array<{ p: Person; dist: number }> => {
    const out: Array<{ p: Person; dist: number }> = [];
    for (const [k, dist] of index.query(name)) for (const p of groups.get(k) ?? []) out.push({ p, dist });
    return out;
  };

  interface Draft {
    row: Omit<OnsiteWorker, 'id' | 'recordedAt'>;
    truth: string | null;
    meta: RowMeta;
  }
  const drafts: Draft[] = [];

  // True rows.
  for (const p of present) {
    const source = pickSource(r);
    const idCard = source === 'id-card';
    const khmer = r.chance(idCard ? R.khmerScriptIdCard : R.khmerScript);
    const { name, flags } = renderOnsiteName(r, p.fam, p.giv, khmer);
    const sex = idCard || !r.chance(R.sexMissing) ? p.sex : null;
    let dob: string | null = p.realDob;
    let dobSwapped = false;
    if (!idCard) {
      if (r.chance(R.dobMissing)) dob = null;
      else {
        const s = swapDob(p.realDob);
        if (s && r.chance(R.dobSwapEligible)) {
          dob = s;
          dobSwapped = true;
        }
      }
    }
    let nid: string | null = null, nssf: string | null = null, nidSlip = false, nssfSlip = false;
    if (idCard) nid = p.reg.nationalId ?? farId(r, makeNid(r), nidTaken);
    else if (r.chance(R.nidCsvManual) && p.reg.nationalId) {
      nid = p.reg.nationalId;
      if (r.chance(R.idSlip)) {
        nid = slipId(r, nid);
        nidSlip = true;
      }
    }
    if (!idCard && r.chance(source === 'csv' ? R.nssfCsv : R.nssfManual) && p.reg.nssfNumber) {
      nssf = p.reg.nssfNumber;
      if (r.chance(R.idSlip)) {
        nssf = slipId(r, nssf);
        nssfSlip = true;
      }
    }
    drafts.push({
      row: { visitId: VISIT_ID, name, nationalId: nid, nssfNumber: nssf, sex, dateOfBirth: dob, source, sourceRow: null },
      truth: p.reg.workerId,
      meta: { kind: 'true', flags, crossScript: !khmer && p.reg.nameLatin === null, dobSwapped, nidSlip, nssfSlip, fam: p.fam, giv: p.giv },
    });
  }

  // Hidden rows.
  const nHidden = Math.round((present.length * R.hiddenShare) / (1 - R.hiddenShare));
  for (let h = 0; h < nHidden; ) {
    const namesake = r.chance(R.hiddenNamesake);
    let fam: number, giv: number, sex: Sex, target: Person | null = null, ofAbsent = false;
    if (namesake) {
      ofAbsent = absentList.length > 0 && r.chance(R.hiddenOfAbsent);
      target = r.pick(ofAbsent ? absentList : present);
      ({ fam, giv, sex } = target);
    } else {
      sex = r.chance(R.female) ? 'F' : 'M';
      fam = r.pickSkewed(FAM_IDX, R.skewFamily);
      giv = r.pickSkewed(sex === 'F' ? GIV_F : GIV_M, R.skewGiven);
    }
    const source = pickSource(r);
    const idCard = source === 'id-card';
    const khmer = r.chance(idCard ? R.khmerScriptIdCard : R.khmerScript);
    const { name, flags } = renderOnsiteName(r, fam, giv, khmer);
    const rowSex = idCard || !r.chance(R.sexMissing) ? sex : null;
    const nid = idCard || r.chance(R.nidCsvManual) ? farId(r, makeNid(r), nidTaken) : null;
    const nssf = !idCard && r.chance(source === 'csv' ? R.nssfCsv : R.nssfManual) ? farId(r, makeNssf(r), nssfTaken) : null;
    const passFor = registeredFor(name);
    let dob: string | null;
    let dobMode: RowMeta['hiddenDobMode'] = 'any';
    if (passFor.length === 0) dob = idCard || !r.chance(R.dobMissing) ? randomDob(r) : null;
    else {
      // Those with no DOB on the register must be ruled out some other way, or we draw again.
      const undated = passFor.filter(({ p }) => !p.reg.dateOfBirth);
      const otherwise = undated.every(({ p }) => (rowSex && p.reg.sex && rowSex !== p.reg.sex) || (nid && p.reg.nationalId) || (nssf && p.reg.nssfNumber));
      if (!otherwise) continue;
      const dated = passFor.map(({ p }) => p.reg.dateOfBirth).filter((d): d is string => !!d);
      const anchor = target?.reg.dateOfBirth ?? null;
      const u = r.next();
      dobMode = anchor && u < R.hiddenSameYear ? 'sameYear' : anchor && u < R.hiddenSameYear + R.hiddenSameDayMonth ? 'sameDayMonth' : 'any';
      dob = null;
      for (let t = 0; t < 200 && dob === null; t++) {
        let c: string;
        if (dobMode === 'sameYear' && anchor) {
          const y = +anchor.slice(0, 4), m = r.int(1, 12);
          c = fmtDate(y, m, r.int(1, daysIn(y, m)));
        } else if (dobMode === 'sameDayMonth' && anchor) {
          const y = +anchor.slice(0, 4) + r.pick([-12, -11, -10, -9, -8, -7, -6, 6, 7, 8, 9, 10, 11, 12]);
          const m = +anchor.slice(5, 7), d = Math.min(+anchor.slice(8, 10), daysIn(y, +anchor.slice(5, 7)));
          c = fmtDate(y, m, d);
        } else c = randomDob(r);
        if (!dated.some((d) => dobClose(c, d))) dob = c;
      }
      if (dob === null) continue;
    }
    const exactName = passFor.some(({ dist }) => dist === 0);
    drafts.push({
      row: { visitId: VISIT_ID, name, nationalId: nid, nssfNumber: nssf, sex: rowSex, dateOfBirth: dob, source, sourceRow: null },
      truth: null,
      meta: {
        kind: 'hidden',
        hiddenKind: passFor.length === 0 ? 'stranger' : exactName ? 'namesake' : 'near',
        hiddenOfAbsent: passFor.some(({ p }) => absentIds.has(p.reg.workerId)),
        hiddenDobMode: passFor.length ? dobMode : undefined,
        flags,
        crossScript: false,
        dobSwapped: false,
        nidSlip: false,
        nssfSlip: false,
        fam,
        giv,
      },
    });
    h++;
  }

  // Shuffle and stamp.
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = Date.UTC(2025, 2, 12, 1, 0, 0);
  let csvRow = 0;
  for (const d of drafts) {
    t += d.row.source === 'csv' ? r.int(150, 400) : r.int(20_000, 120_000);
    const id = uuid(r);
    onsite.push({ id, ...d.row, sourceRow: d.row.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString() });
    truth.set(id, d.truth);
    meta.set(id, d.meta);
  }
  return { roster: { registered: persons.map((p) => p.reg), onsite, truth }, meta, persons: byId, index, absent: absentIds };
}

export function ninetythirdRoster(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ───────────────────────────── self-check ─────────────────────────────

function latinNameOk(name: string, fam: number, giv: number): boolean {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  for (const v of latinVariants(fam, giv)) {
    if (v.length !== words.length) continue;
    let bad = 0, ok = true;
    for (let i = 0; i < v.length; i++) {
      if (v[i] === words[i]) continue;
      bad++;
      if (v[i].length < 4 || osa(v[i], words[i]) > 1) ok = false;
    }
    if (ok && bad <= 1) return true;
  }
  return false;
}

function idRel(row: string | null, reg: string | null): number | null {
  if (!row || !reg) return 0;
  if (row === reg) return 2;
  return osa(row, reg) <= 1 ? 1 : null;
}

function selfCheck(size: number, seed: number): boolean {
  const t0 = performance.now();
  const b = build(size, seed);
  const genMs = performance.now() - t0;
  const { roster, meta, persons, index, absent } = b;
  const fails: string[] = [];
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '0.0') + ' %';
  const onsite = roster.onsite;
  const trueRows = onsite.filter((o) => roster.truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => roster.truth.get(o.id) === null);
  const M = (o: OnsiteWorker) => meta.get(o.id)!;

  // Shape.
  const groups = new Map<number, Person[]>();
  for (const p of persons.values()) {
    const k = idKey(p.fam, p.giv);
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const shared = [...groups.values()].filter((g) => g.length > 1).reduce((a, g) => a + g.length, 0);
  const biggest = Math.max(...[...groups.values()].map((g) => g.length));
  const reg = roster.registered;
  const lat = onsite.filter((o) => M(o).flags.script === 'latin');
  const kh = onsite.filter((o) => M(o).flags.script === 'kh');
  const dated = trueRows.filter((o) => o.dateOfBirth);
  const csvManual = trueRows.filter((o) => o.source !== 'id-card');
  const count = (xs: OnsiteWorker[], f: (o: OnsiteWorker) => boolean) => xs.filter(f).length;
  console.log(`ninetythird roster, size ${size}, seed ${seed}  (${NINETYTHIRD_LABEL})`);
  console.log(`  registered ${reg.length}, absent ${absent.size} (${pct(absent.size, reg.length)}), on site ${onsite.length}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)})`);
  console.log(`  register: share a full name ${pct(shared, reg.length)} (${[...groups.values()].filter((g) => g.length > 1).length} groups, largest ${biggest}); nameLatin missing ${pct(reg.filter((w) => !w.nameLatin).length, reg.length)}; DOB missing ${pct(reg.filter((w) => !w.dateOfBirth).length, reg.length)}; national ID missing ${pct(reg.filter((w) => !w.nationalId).length, reg.length)}; female ${pct(reg.filter((w) => w.sex === 'F').length, reg.length)}`);
  const hk = (k: string) => count(hiddenRows, (o) => M(o).hiddenKind === k);
  console.log(`  hidden: namesake (exact name) ${hk('namesake')}, near-namesake (one edit) ${hk('near')}, stranger ${hk('stranger')}; passing for an absent worker ${count(hiddenRows, (o) => !!M(o).hiddenOfAbsent)}; DOB same year ${count(hiddenRows, (o) => M(o).hiddenDobMode === 'sameYear')}, same day+month ${count(hiddenRows, (o) => M(o).hiddenDobMode === 'sameDayMonth')}`);
  console.log(`  source: csv ${pct(count(onsite, (o) => o.source === 'csv'), onsite.length)}, manual ${pct(count(onsite, (o) => o.source === 'manual'), onsite.length)}, id-card ${pct(count(onsite, (o) => o.source === 'id-card'), onsite.length)}; script Khmer ${pct(kh.length, onsite.length)}, Latin ${pct(lat.length, onsite.length)}; Khmer-vs-Latin (true rows) ${pct(count(trueRows, (o) => M(o).crossScript), trueRows.length)}`);
  console.log(`  Latin rows: other romanization ${pct(count(lat, (o) => M(o).flags.nonCanonical), lat.length)}, order swap ${pct(count(lat, (o) => M(o).flags.orderSwap), lat.length)}, UPPER ${pct(count(lat, (o) => M(o).flags.upper), lat.length)}, typo ${pct(count(lat, (o) => M(o).flags.typo), lat.length)}`);
  console.log(`  Khmer rows: ZWSP ${pct(count(kh, (o) => M(o).flags.zwsp), kh.length)}, keyboard order ${pct(count(kh, (o) => M(o).flags.keyboard), kh.length)}, order swap ${pct(count(kh, (o) => M(o).flags.orderSwap), kh.length)}, NFD (no-op) ${pct(count(kh, (o) => M(o).flags.nfd), kh.length)}`);
  console.log(`  true rows: DOB missing ${pct(trueRows.length - dated.length, trueRows.length)}, day/month swapped ${pct(count(dated, (o) => M(o).dobSwapped), dated.length)} of dated; sex missing ${pct(count(trueRows, (o) => !o.sex), trueRows.length)} (csv/manual ${pct(count(csvManual, (o) => !o.sex), csvManual.length)})`);
  const withNid = onsite.filter((o) => o.nationalId), withNssf = onsite.filter((o) => o.nssfNumber);
  console.log(`  IDs on sheet: national ID ${pct(withNid.length, onsite.length)}, NSSF ${pct(withNssf.length, onsite.length)}; slips ${count(trueRows, (o) => M(o).nidSlip)} national / ${count(trueRows, (o) => M(o).nssfSlip)} NSSF`);

  // Rule 1.
  let r1 = 0;
  for (const o of trueRows) {
    const p = persons.get(roster.truth.get(o.id)!)!;
    const nameOk = isKhmer(o.name) ? khVariants(p.fam, p.giv).includes(normKh(o.name)) : latinNameOk(o.name, p.fam, p.giv);
    const dobOk = !o.dateOfBirth || !p.reg.dateOfBirth || o.dateOfBirth === p.reg.dateOfBirth || swapDob(p.reg.dateOfBirth) === o.dateOfBirth;
    const sexOk = !o.sex || o.sex === p.reg.sex;
    const idOk = idRel(o.nationalId, p.reg.nationalId) !== null && idRel(o.nssfNumber, p.reg.nssfNumber) !== null;
    if (!(nameOk && dobOk && sexOk && idOk)) {
      if (r1++ < 5) console.log(`    rule 1 violation: ${o.name} vs ${p.reg.nameKh}/${p.reg.nameLatin} ${nameOk} ${dobOk} ${sexOk} ${idOk}`);
    }
  }
  if (r1) fails.push(`rule 1: ${r1} true rows carry an implausible variant`);

  // Rule 2.
  let r2 = 0;
  for (const g of groups.values())
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        const a = g[i].reg.dateOfBirth ?? g[i].realDob, c = g[j].reg.dateOfBirth ?? g[j].realDob;
        if (dobClose(a, c)) r2++;
      }
  if (r2) fails.push(`rule 2: ${r2} namesake pairs with close dates of birth`);

  const passFor = (name: string) => {
    const out: Array<{ p: Person; dist: number }> = [];
    for (const [k, dist] of index.query(name)) for (const p of groups.get(k) ?? []) out.push({ p, dist });
    return out;
  };

  // Rule 3.
  let r3 = 0, hiddenPassing = 0;
  for (const o of hiddenRows) {
    const cands = passFor(o.name);
    if (cands.length) hiddenPassing++;
    for (const { p } of cands) {
      const w = p.reg;
      const bySex = !!o.sex && !!w.sex && o.sex !== w.sex;
      const byDob = !!o.dateOfBirth && !!w.dateOfBirth && !dobClose(o.dateOfBirth, w.dateOfBirth);
      const byNid = !!o.nationalId && !!w.nationalId && osa(o.nationalId, w.nationalId) >= 2;
      const byNssf = !!o.nssfNumber && !!w.nssfNumber && osa(o.nssfNumber, w.nssfNumber) >= 2;
      if (!(bySex || byDob || byNid || byNssf)) {
        if (r3++ < 5) console.log(`    rule 3 violation: hidden ${o.name} ${o.dateOfBirth} passes for ${w.workerId} ${w.nameLatin} ${w.dateOfBirth}`);
      }
    }
  }
  console.log(`  hidden rows that pass by name for a registered worker: ${hiddenPassing} (${pct(hiddenPassing, hiddenRows.length)}), all told apart only by fields on both sides`);
  if (r3) fails.push(`rule 3: ${r3} hidden rows not ruled out from a registered worker they pass for`);

  // Rule 4.
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (!onsite.every((o) => uuidRe.test(o.id)) || new Set(onsite.map((o) => o.id)).size !== onsite.length) fails.push('rule 4: ids are not distinct v4 UUIDs');
  for (let i = 1; i < onsite.length; i++)
    if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) {
      fails.push('rule 4: recordedAt not increasing');
      break;
    }
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  if (!csvRows.every((n, i) => n === i + 1)) fails.push('rule 4: csv sourceRow not in row order');
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => roster.truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => roster.truth.get(o.id) === null).length / (onsite.length - half);
  const regPos = new Map(reg.map((w, i) => [w.workerId, i]));
  const pairs = trueRows.map((o) => [onsite.indexOf(o), regPos.get(roster.truth.get(o.id)!)!]);
  const corr = (xs: number[][]) => {
    const n = xs.length, mx = xs.reduce((a, x) => a + x[0], 0) / n, my = xs.reduce((a, x) => a + x[1], 0) / n;
    let sxy = 0, sxx = 0, syy = 0;
    for (const [x, y] of xs) {
      sxy += (x - mx) * (y - my);
      sxx += (x - mx) ** 2;
      syy += (y - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy);
  };
  const rho = corr(pairs);
  const regHalf = Math.floor(reg.length / 2);
  const a1 = reg.slice(0, regHalf).filter((w) => absent.has(w.workerId)).length / regHalf;
  const a2 = reg.slice(regHalf).filter((w) => absent.has(w.workerId)).length / (reg.length - regHalf);
  const tol = size >= 5000 ? 0.02 : 0.05;
  console.log(`  order: hidden share first/second half ${(100 * h1).toFixed(1)} / ${(100 * h2).toFixed(1)} %, absent share ${(100 * a1).toFixed(1)} / ${(100 * a2).toFixed(1)} %, row↔register position correlation ${rho.toFixed(3)}`);
  if (Math.abs(h1 - h2) > tol || Math.abs(a1 - a2) > tol || Math.abs(rho) > 0.1) fails.push('rule 4: order leaks the truth');

  // Rule 5.
  let undecidable = 0;
  for (const o of trueRows) {
    const tId = roster.truth.get(o.id)!;
    const score = (w: RegisteredWorker, dist: number): number | null => {
      if (o.sex && w.sex && o.sex !== w.sex) return null;
      let s = dist === 0 ? 2 : 1;
      if (o.dateOfBirth && w.dateOfBirth) {
        if (o.dateOfBirth === w.dateOfBirth) s += 2;
        else if (swapDob(w.dateOfBirth) === o.dateOfBirth) s += 1;
        else return null;
      }
      const a = idRel(o.nationalId, w.nationalId), c = idRel(o.nssfNumber, w.nssfNumber);
      if (a === null || c === null) return null;
      return s + a + c;
    };
    const cands = passFor(o.name);
    const mine = cands.find(({ p }) => p.reg.workerId === tId);
    const myScore = mine ? score(mine.p.reg, mine.dist) : null;
    if (myScore === null) {
      undecidable++;
      continue;
    }
    if (cands.some(({ p, dist }) => p.reg.workerId !== tId && (score(p.reg, dist) ?? -1) >= myScore)) undecidable++;
  }
  console.log(`  undecidable true rows (rule 5): ${undecidable} (${pct(undecidable, trueRows.length)})`);
  if (undecidable / trueRows.length >= 0.04) fails.push('rule 5: too many undecidable true rows');

  // Lexicon: no spelling belongs to two Khmer words.
  const owner = new Map<string, string>();
  for (const w of [...NT_FAMILY, ...NT_GIVEN]) {
    if (normKh(w.kh) !== w.kh || normKh(keyboardOrder(w.kh)) !== w.kh) fails.push(`names: ${w.kh} is not in canonical order or does not round-trip`);
    if ([...owner.values()].includes(w.kh) && !w.latin.every((l) => owner.get(normLatin(l)) === w.kh)) fails.push(`names: Khmer word ${w.kh} listed twice`);
    for (const l of w.latin) {
      const k = normLatin(l);
      if (owner.has(k) && owner.get(k) !== w.kh) fails.push(`names: spelling ${l} belongs to two words`);
      owner.set(k, w.kh);
    }
  }

  // Schemas.
  const badOn = onsite.filter((o) => !OnsiteSchema.safeParse(o).success);
  const badReg = reg.filter((w) => !RegisteredSchema.safeParse(w).success);
  if (badOn.length || badReg.length) {
    fails.push(`schema: ${badOn.length} on-site and ${badReg.length} registered records fail`);
    if (badOn[0]) console.log(OnsiteSchema.safeParse(badOn[0]).error?.issues);
    if (badReg[0]) console.log(RegisteredSchema.safeParse(badReg[0]).error?.issues);
  }
  if (onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o)) fails.push('schema: on-site rows carry statedStartDate/wageRiel');
  if ([...roster.truth.values()].some((v) => v !== null && !persons.has(v)) || roster.truth.size !== onsite.length) fails.push('truth map incomplete');

  // Determinism.
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = ninetythirdRoster(size, seed);
  if (dump(again) !== dump(roster)) fails.push('determinism: same seed differs');
  if (dump(ninetythirdRoster(size, seed + 1)) === dump(roster)) fails.push('determinism: another seed is identical');

  // Time at 10k.
  const t1 = performance.now();
  ninetythirdRoster(10_000, seed);
  const ms10k = performance.now() - t1;
  console.log(`  generation: ${genMs.toFixed(0)} ms for ${size} (with audit data), ${ms10k.toFixed(0)} ms for 10,000`);
  if (ms10k >= 2000) fails.push('time: 10,000 takes 2 s or more');

  for (const f of fails) console.log(`  FAIL ${f}`);
  console.log(fails.length ? 'FAIL' : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('ninetythird.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
