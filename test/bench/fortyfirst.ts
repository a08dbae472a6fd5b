/**
 * Blind benchmark roster `fortyfirst`: family-book numbers in the national-ID column.
 *
 * THE THEME. Young workers (18-21) often have no national ID card yet. The employer's sheet then
 * gives, in its national_id column, their household's family-book number: a location code and a
 * household number ("140305/07", "140305-07" or the 8 digits "14030507"), never the 9 digits of a
 * national ID. Siblings from one household who work at the factory share that number on the sheet
 * (same family name, different given names, births 14+ months apart); some of them are registered,
 * some are hidden. About a quarter of the sheet's rows carry such a number. On the register these
 * young workers were mostly registered with the national ID they got later (the sheet's number then
 * matches nothing) or with no national ID at all; about 10 % were registered with the family-book
 * number itself (as typed on the sheet or digits only), so registered siblings may share it there
 * too. Rows that show a family-book number always give a date of birth (the employer keeps it to
 * prove the worker's age). Family-book numbers of households from one commune share their first
 * six digits, so two households' numbers can be one digit apart.
 *
 * THE REST is an ordinary roster: ~80 % sheet rows (csv), ~14 % typed by the inspector (manual),
 * ~6 % read from ID cards; names in Latin or Khmer script; ~5 % of registered workers absent;
 * hidden workers ~8 % of on-site rows, many of them namesakes of registered workers or younger
 * siblings of registered ones.
 *
 * FAIRNESS RULES (audited by the self-check; "one edit" = optimal-string-alignment distance 1):
 *  1. A true on-site row carries only plausible variants of its registered worker: a listed
 *     romanization of each word, either order, any case, at most one typo (substitution, deletion,
 *     doubled letter, adjacent swap) in one Latin word of 4+ letters; Khmer encoding variants (ZWSP
 *     or no space instead of a space, ZWSP after the ស្រី prefix, shifter or subscript typed after the
 *     vowel, ុំ typed as ំុ, ោ/ើ typed as two code points េ+ា/េ+ី, NFD); a national ID or NSSF
 *     number exact or with one slip (one digit mistyped or two adjacent digits swapped); DOB exact
 *     or day/month swapped; sex right or missing.
 *     (NFD is a no-op on Khmer, which has no canonical decompositions; it is applied anyway.) The
 *     register's own Khmer name has a ZWSP instead of its space in ~5 % of entries.
 *     EXTRA VARIATION (the theme): the national-ID field may hold the household's family-book
 *     number instead of a personal ID. It is recognisable by its form (a slash or dash, or 8
 *     digits; national IDs are always 9 digits) and is not evidence either way: it matches nothing,
 *     or the register entry of the worker or of a sibling registered with it. A row with a personal
 *     national ID whose register entry has none, or has a family-book number, is not a mismatch.
 *     Every true row is recognisable by name plus DOB (exact or swapped) or plus a personal ID
 *     (national ID or NSSF number, exact or one slip). A family-book number never counts as one.
 *  2. Registered namesakes (same full name in any listed spelling, either order) never share a DOB
 *     and are more than a day/month swap or one digit (or two adjacent digits swapped) apart.
 *  3. A hidden row either could not pass for any registered worker by name (not within one edit of
 *     any spelling/order variant), or is ruled out from every one it could pass for by a field
 *     present on BOTH sides: sex differs, DOB more than a swap or one digit apart, or personal
 *     national IDs two or more edits apart. A family-book number never rules anyone out: a hidden
 *     sibling is ruled out by name (siblings' given names are never within one edit of each other),
 *     DOB or sex.
 *  4. Nothing leaks the truth: rows are shuffled, ids are version-4 UUIDs from the seeded PRNG,
 *     recordedAt increases in row order, sourceRow counts sheet rows in row order, registered
 *     worker ids are assigned after shuffling the register.
 *  5. Undecidable true rows stay under 4 %: rows with another registered worker they could equally
 *     be (name within one edit of its forms) where no field present on both sides rules the other
 *     out and no field (DOB exact or swapped, personal ID exact or one slip) confirms the true worker
 *     while the other lacks it (e.g. the other's register entry has no DOB).
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_BOOK_PROVINCES, FAMILY_NAMES, GIVEN_NAMES } from './fortyfirst-names';

export const FORTYFIRST_LABEL =
  'family-book numbers in the ID column: young workers (18-21) and their siblings share a household number; registered with a later ID, none, or the book number; some siblings hidden';

// ---------------------------------------------------------------------------------------------
// Rates
// ---------------------------------------------------------------------------------------------
const P_HOUSEHOLD_UNIT = 0.21; // a generated unit is a young household rather than one older worker
const HOUSEHOLD_SIZES: readonly number[] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3];
const P_FEMALE = 0.78; // garment workforce
const P_HIDDEN_OLDER = 0.05;
const P_HIDDEN_YOUNG_SINGLE = 0.1;
const P_HIDDEN_YOUNGEST_SIBLING = 0.3;
const P_HIDDEN_OTHER_SIBLING = 0.08;
const P_HIDDEN_NAMESAKE = 0.45; // an older hidden worker carries the name of a registered one
const P_HOUSEHOLD_FB_REGISTERED = 0.1; // household registered its young workers with the book number
const P_ABSENT = 0.05;
const P_SHEET_SHOWS_FB = 0.88;
const P_FB_ALT_SEPARATOR = 0.1;
const P_ID_SLIP = 0.03;
const P_DOB_SWAP = 0.04;
const P_TYPO = 0.04;
const P_LATIN_SWAP = 0.12;
const P_KHMER_SWAP = 0.08;
const P_FIX_UNDECIDABLE = 0.85;
const FAM_SKEW = 1.7;
const GIVEN_SKEW = 1.15;
const SIBLING_GAP_DAYS = 425; // 14 months

const VISIT_ID = 'visit-fortyfirst';
const DAY_MS = 86_400_000;
const VISIT_DAY = Date.UTC(2025, 2, 14) / DAY_MS;
const START_MS = Date.UTC(2025, 2, 14, 1, 0, 0); // 08:00 in Phnom Penh

type Sex = 'M' | 'F';
type Source = 'csv' | 'manual' | 'id-card';

// ---------------------------------------------------------------------------------------------
// Names: forms, distances, Khmer canonical order
// ---------------------------------------------------------------------------------------------
const G = GIVEN_NAMES.length;
const IGNORED = /[\s\u200B-\u200D\u2060\uFEFF.'\u2019-]/g;

/** Khmer typed in another order or with split vowels, brought back to one order. */
export function khmerCanon(s: string): string {
  let t = s.replace(/\u17C1\u17B6/g, '\u17C4').replace(/\u17C1\u17B8/g, '\u17BE');
  let prev = '';
  while (t !== prev) {
    prev = t;
    t = t
      .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
      .replace(/([\u17B6-\u17C6])(\u17D2[\u1780-\u17B3])/g, '$2$1')
      .replace(/\u17C6([\u17BB\u17BC])/g, '$1\u17C6');
  }
  return t;
}

/** A name as compared: no spaces or zero-width characters, lower case, Khmer in canonical order. */
export function compactName(s: string): string {
  return khmerCanon(s.normalize('NFC').toLowerCase().replace(IGNORED, ''));
}

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (la - lb !== 1 && lb - la !== 1) return false;
  const s = la < lb ? a : b;
  const l = la < lb ? b : a;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

function deletions(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}

/** Words of one kind (family or given names) by compact form, with a one-deletion index for near look-ups. */
class WordIndex {
  private exactMap = new Map<string, number[]>();
  private dels = new Map<string, number[]>();
  constructor(readonly forms: string[][]) {
    forms.forEach((fs, i) => {
      for (const f of fs) {
        push(this.exactMap, f, i);
        for (const d of deletions(f)) push(this.dels, d, i);
      }
    });
  }
  exact(x: string): number[] | undefined {
    return this.exactMap.get(x);
  }
  private nearCache = new Map<string, number[]>();
  /** words with a form within one edit of x */
  near(x: string): number[] {
    const hit = this.nearCache.get(x);
    if (hit) return hit;
    const ids = new Set<number>();
    const add = (ks: number[] | undefined) => {
      if (ks) for (const k of ks) ids.add(k);
    };
    add(this.exactMap.get(x));
    add(this.dels.get(x));
    for (const d of deletions(x)) {
      add(this.exactMap.get(d));
      add(this.dels.get(d));
    }
    const out: number[] = [];
    for (const i of ids) if (this.forms[i].some((f) => within1(x, f))) out.push(i);
    this.nearCache.set(x, out);
    return out;
  }
}

interface NameTables {
  /** compact forms of each family / given name: its romanizations and its Khmer spelling */
  famForms: string[][];
  givForms: string[][];
  fams: WordIndex;
  givs: WordIndex;
  /** compact forms of key f*G+g (every spelling pair, both orders, and Khmer both orders) */
  forms: (k: number) => string[];
  /** keys sharing any exact form are one cluster: namesakes for rule 2 */
  cluster: Int32Array;
  /** Khmer "family given" compact form -> key */
  khmerKey: Map<string, number>;
  /** given names within one edit of each other in any form (siblings never share such) */
  nearGiven: boolean[][];
  /** every form of every key (a typo must not land exactly on another name) */
  allForms: Set<string>;
  /** every listed Latin word, lower case */
  latinWords: Set<string>;
  givenBySex: { F: number[]; M: number[] };
  problems: string[];
}

let TABLES: NameTables | null = null;

function tables(): NameTables {
  if (TABLES) return TABLES;
  const problems: string[] = [];
  const F = FAMILY_NAMES.length;
  const wordForms = (w: { kh: string; latin: readonly string[] }) => [...new Set([...w.latin.map(compactName), compactName(w.kh)])];
  const famForms = FAMILY_NAMES.map(wordForms);
  const givForms = GIVEN_NAMES.map(wordForms);
  const formCache: string[][] = [];
  const forms = (k: number): string[] => {
    const hit = formCache[k];
    if (hit) return hit;
    const set = new Set<string>();
    for (const a of famForms[Math.floor(k / G)]) for (const b of givForms[k % G]) {
      set.add(a + b);
      set.add(b + a);
    }
    return (formCache[k] = [...set]);
  };
  const formKeys = new Map<string, number>();
  const khmerKey = new Map<string, number>();
  const parent = new Int32Array(F * G).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (let k = 0; k < F * G; k++) {
    for (const x of forms(k)) {
      const other = formKeys.get(x);
      if (other === undefined) formKeys.set(x, k);
      else parent[find(k)] = find(other);
    }
    const kf = compactName(FAMILY_NAMES[Math.floor(k / G)].kh + GIVEN_NAMES[k % G].kh);
    if (khmerKey.has(kf)) problems.push(`two keys share the Khmer form ${kf}`);
    khmerKey.set(kf, k);
  }
  const cluster = new Int32Array(F * G);
  for (let k = 0; k < F * G; k++) cluster[k] = find(k);

  const nearGiven = GIVEN_NAMES.map((_, a) =>
    GIVEN_NAMES.map((__, b) => a === b || givForms[a].some((x) => givForms[b].some((y) => within1(x, y)))),
  );
  const latinWords = new Set<string>();
  const owner = new Map<string, string>();
  for (const w of [...FAMILY_NAMES, ...GIVEN_NAMES]) {
    if (khmerCanon(w.kh) !== w.kh || /[\u200B\s]/.test(w.kh)) problems.push(`Khmer word not canonical: ${w.kh}`);
    for (const l of w.latin) {
      const c = compactName(l);
      const o = owner.get(c);
      if (o !== undefined && o !== w.kh) problems.push(`romanization ${l} used by ${o} and ${w.kh}`);
      owner.set(c, w.kh);
      for (const part of l.toLowerCase().split(' ')) latinWords.add(part);
      latinWords.add(c);
    }
  }
  const idx = GIVEN_NAMES.map((_, i) => i);
  const givenBySex = {
    F: [...idx.filter((i) => GIVEN_NAMES[i].sex === 'F'), ...idx.filter((i) => GIVEN_NAMES[i].sex === 'U')],
    M: [...idx.filter((i) => GIVEN_NAMES[i].sex === 'M'), ...idx.filter((i) => GIVEN_NAMES[i].sex === 'U')],
  };
  TABLES = {
    famForms, givForms, fams: new WordIndex(famForms), givs: new WordIndex(givForms), forms, cluster, khmerKey,
    nearGiven, allForms: new Set(formKeys.keys()), latinWords, givenBySex, problems,
  };
  return TABLES;
}

/**
 * Registered workers by name: which could a row's name pass for (within one edit of any form)?
 * A name form is family+given or given+family; one edit of A+B lies inside A (then the rest is B
 * exactly), inside B (then the start is A exactly), or swaps A's last letter with B's first.
 */
class NameIndex {
  private workers = new Map<number, number[]>();
  private cache = new Map<string, number[]>();
  constructor(private T: NameTables, keysOfWorkers: readonly number[]) {
    keysOfWorkers.forEach((k, w) => push(this.workers, k, w));
  }
  /** keys (f*G+g) with a form within one edit of compact name q */
  keysNear(q: string): Set<number> {
    const { fams, givs } = this.T;
    const keys = new Set<number>();
    const pairs = (fs: number[] | undefined, gs: number[] | undefined) => {
      if (fs && gs) for (const f of fs) for (const g of gs) keys.add(f * G + g);
    };
    for (let i = 1; i < q.length; i++) {
      const P = q.slice(0, i);
      const S = q.slice(i);
      // family first
      const fe = fams.exact(P);
      if (fe) pairs(fe, givs.near(S));
      const ge = givs.exact(S);
      if (ge) pairs(fams.near(P), ge);
      // given first
      const ge2 = givs.exact(P);
      if (ge2) pairs(fams.near(S), ge2);
      const fe2 = fams.exact(S);
      if (fe2) pairs(fe2, givs.near(P));
      // the letters either side of the boundary swapped
      if (i >= 1 && i < q.length && q[i - 1] !== q[i]) {
        const t = q.slice(0, i - 1) + q[i] + q[i - 1] + q.slice(i + 1);
        const P2 = t.slice(0, i);
        const S2 = t.slice(i);
        pairs(fams.exact(P2), givs.exact(S2));
        pairs(fams.exact(S2), givs.exact(P2));
      }
    }
    return keys;
  }
  /** indices (into the list given to the constructor) of workers whose name is within one edit */
  candidates(name: string): number[] {
    const q = compactName(name);
    const hit = this.cache.get(q);
    if (hit) return hit;
    const out: number[] = [];
    for (const k of this.keysNear(q)) {
      const ws = this.workers.get(k);
      if (ws) out.push(...ws);
    }
    this.cache.set(q, out);
    return out;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (!a) m.set(k, [v]);
  else if (a[a.length - 1] !== v) a.push(v);
}

// ---------------------------------------------------------------------------------------------
// Dates and IDs
// ---------------------------------------------------------------------------------------------
const DAY_CACHE = new Map<number, string>();
const isoDay = (day: number): string => {
  let s = DAY_CACHE.get(day);
  if (s === undefined) DAY_CACHE.set(day, (s = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  return s;
};

/** Day and month swapped, when that is another valid date. */
export function swapDob(d: string): string | null {
  const m = d.slice(5, 7);
  const dd = d.slice(8, 10);
  if (dd > '12' || dd === m || dd === '00') return null;
  return `${d.slice(0, 4)}-${dd}-${m}`;
}

/** Dates a row could show for one another: equal, one digit (or adjacent swap) apart, or day/month swapped. */
export function dobNear(a: string, b: string): boolean {
  if (within1(a, b)) return true;
  const sa = swapDob(a);
  if (sa && within1(sa, b)) return true;
  const sb = swapDob(b);
  return !!sb && within1(a, sb);
}

/** A family-book number (slash, dash, or 8 digits), never a personal ID. */
export function isFamilyBook(id: string): boolean {
  return /[/-]/.test(id) || /^\d{8}$/.test(id);
}
const personalId = (id: string | null | undefined): string | null => (id && !isFamilyBook(id) ? id : null);

/** All strings one slip from a digit string: one digit changed or two adjacent digits swapped. */
function slips(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let d = 0; d <= 9; d++) if (String(d) !== id[i]) out.push(id.slice(0, i) + d + id.slice(i + 1));
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

function uuid(r: Rng): string {
  const hex = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) {
    let v = Math.floor(r.next() * 16);
    if (i === 12) v = 4;
    if (i === 16) v = 8 + (v & 3);
    s += hex[v];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Rule helpers shared by the generator and the audit
// ---------------------------------------------------------------------------------------------
/** Rule 3: a field present on both sides that says "not this registered worker" (never a family-book number). */
export function ruledOut(row: OnsiteWorker, c: RegisteredWorker, withNssf = false): 'sex' | 'dob' | 'nid' | 'nssf' | null {
  if (row.sex && c.sex && row.sex !== c.sex) return 'sex';
  if (row.dateOfBirth && c.dateOfBirth && !dobNear(row.dateOfBirth, c.dateOfBirth)) return 'dob';
  const a = personalId(row.nationalId);
  const b = personalId(c.nationalId);
  if (a && b && !within1(a, b)) return 'nid';
  if (withNssf && row.nssfNumber && c.nssfNumber && !within1(row.nssfNumber, c.nssfNumber)) return 'nssf';
  return null;
}

/** A personal ID on the row that confirms w (exact or one slip). */
function confirmsById(row: OnsiteWorker, w: RegisteredWorker): 'nid' | 'nssf' | null {
  const a = personalId(row.nationalId);
  const b = personalId(w.nationalId);
  if (a && b && within1(a, b)) return 'nid';
  if (row.nssfNumber && w.nssfNumber && within1(row.nssfNumber, w.nssfNumber)) return 'nssf';
  return null;
}

/** Fields of the row that positively confirm w: DOB exact or day/month swapped, personal IDs exact or one slip. */
function confirmations(row: OnsiteWorker, w: RegisteredWorker): string[] {
  const out: string[] = [];
  if (row.dateOfBirth && w.dateOfBirth && (row.dateOfBirth === w.dateOfBirth || swapDob(w.dateOfBirth) === row.dateOfBirth)) out.push('dob');
  const a = personalId(row.nationalId);
  const b = personalId(w.nationalId);
  if (a && b && within1(a, b)) out.push('nid');
  if (row.nssfNumber && w.nssfNumber && within1(row.nssfNumber, w.nssfNumber)) out.push('nssf');
  return out;
}

/**
 * Rule 5: can a careful reader tell true worker w from other candidate c on this row? Yes if a
 * field present on both sides rules c out, or if a field confirms w and does not fit c (c lacks it).
 */
function tellsApart(row: OnsiteWorker, w: RegisteredWorker, c: RegisteredWorker): boolean {
  if (ruledOut(row, c, true)) return true;
  const forC = confirmations(row, c);
  return confirmations(row, w).some((f) => !forC.includes(f));
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------
interface Household {
  fam: number;
  /** as the employer typed it */
  fb: string;
  fbDigits: string;
  fbRegistered: boolean;
  members: Person[];
}

interface Person {
  fam: number;
  giv: number;
  sex: Sex;
  day: number;
  dob: string;
  young: boolean;
  hh: Household | null;
  ownNid: string | null;
  registered: boolean;
  regKind: 'older' | 'own' | 'none' | 'fb';
  namesake: boolean;
  reg: RegisteredWorker | null;
  spell: [number, number] | null;
}

export interface FortyfirstStats {
  [k: string]: number;
}
/** Counters from the last generation, for the self-check's shape report. */
export let fortyfirstStats: FortyfirstStats = {};

export function generateFortyfirst(size: number, seed: number): Roster {
  const T = tables();
  const r = rng((seed * 2654435761 + 0x41) >>> 0);
  const st: FortyfirstStats = {};
  const inc = (k: string, n = 1) => {
    st[k] = (st[k] ?? 0) + n;
  };

  const usedNid = new Set<string>();
  const usedFb = new Set<string>();
  const newNid = (): string => {
    for (;;) {
      let s = String(r.int(0, 2));
      for (let i = 0; i < 8; i++) s += String(r.int(0, 9));
      if (!usedNid.has(s)) {
        usedNid.add(s);
        return s;
      }
    }
  };
  const drawGiven = (sex: Sex): number => r.pickSkewed(T.givenBySex[sex], GIVEN_SKEW);
  const drawFamily = (): number => r.pickSkewed(FAMILY_NAMES.map((_, i) => i), FAM_SKEW);
  const olderDay = (): number => VISIT_DAY - Math.floor((22 + 28 * r.next() ** 1.6) * 365.25);
  const youngDay = (): number => VISIT_DAY - 6577 - Math.floor(r.next() * (4 * 365.25 - 6));

  const regs: Person[] = [];
  const hidden: Person[] = [];
  const byCluster = new Map<number, Person[]>();
  const clusterOf = (p: Person) => T.cluster[p.fam * G + p.giv];
  const clashes = (p: Person): boolean => (byCluster.get(clusterOf(p)) ?? []).some((q) => dobNear(q.dob, p.dob));
  const register = (p: Person) => {
    p.registered = true;
    regs.push(p);
    push(byCluster, clusterOf(p), p);
  };
  const setDay = (p: Person, day: number) => {
    p.day = day;
    p.dob = isoDay(day);
  };
  const siblingOk = (p: Person, day: number) =>
    !p.hh || p.hh.members.every((q) => q === p || Math.abs(q.day - day) >= SIBLING_GAP_DAYS);
  const givenOk = (p: Person, g: number) => !p.hh || p.hh.members.every((q) => q === p || !T.nearGiven[q.giv][g]);

  const person = (fam: number, giv: number, sex: Sex, day: number, young: boolean, hh: Household | null): Person => ({
    fam, giv, sex, day, dob: isoDay(day), young, hh, ownNid: null, registered: false,
    regKind: 'older', namesake: false, reg: null, spell: null,
  });

  const makeHousehold = () => {
    const fam = drawFamily();
    let fb = '';
    let fbDigits = '';
    do {
      const code = r.pick(FAMILY_BOOK_PROVINCES) + String(r.int(1, 12)).padStart(2, '0') + String(r.int(1, 14)).padStart(2, '0');
      const hn = String(r.int(1, 60)).padStart(2, '0');
      fbDigits = code + hn;
      const u = r.next();
      fb = u < 0.5 ? `${code}/${hn}` : u < 0.7 ? `${code}-${hn}` : fbDigits;
    } while (usedFb.has(fbDigits));
    usedFb.add(fbDigits);
    const hh: Household = { fam, fb, fbDigits, fbRegistered: r.chance(P_HOUSEHOLD_FB_REGISTERED), members: [] };
    let k = r.pick(HOUSEHOLD_SIZES);
    let days: number[] = [];
    for (let t = 0; ; t++) {
      days = Array.from({ length: k }, youngDay).sort((a, b) => a - b);
      if (days.every((d, i) => i === 0 || d - days[i - 1] >= SIBLING_GAP_DAYS)) break;
      if (t > 60) {
        k--;
        t = 0;
      }
    }
    for (const day of days) {
      const sex: Sex = r.chance(P_FEMALE) ? 'F' : 'M';
      const p = person(fam, 0, sex, day, true, hh);
      let g = drawGiven(sex);
      for (let t = 0; t < 50 && !givenOk(p, g); t++) g = drawGiven(sex);
      if (!givenOk(p, g)) continue;
      p.giv = g;
      hh.members.push(p);
    }
    const youngest = hh.members[hh.members.length - 1];
    for (const p of [...hh.members]) {
      const pHidden =
        hh.members.length === 1 ? P_HIDDEN_YOUNG_SINGLE : p === youngest ? P_HIDDEN_YOUNGEST_SIBLING : P_HIDDEN_OTHER_SIBLING;
      if (r.chance(pHidden)) {
        p.ownNid = r.chance(0.45) ? newNid() : null;
        hidden.push(p);
        continue;
      }
      if (regs.length >= size) {
        hh.members.splice(hh.members.indexOf(p), 1);
        continue;
      }
      // rule 2: a registered namesake's DOB must be far; try other given names before giving up
      for (let t = 0; t < 40 && clashes(p); t++) {
        const g = drawGiven(p.sex);
        if (givenOk(p, g)) p.giv = g;
      }
      if (clashes(p)) {
        hh.members.splice(hh.members.indexOf(p), 1);
        inc('droppedRegisteredYoung');
        continue;
      }
      if (hh.fbRegistered && r.chance(0.8)) p.regKind = 'fb';
      else p.regKind = r.chance(0.56) ? 'own' : 'none';
      p.ownNid = p.regKind === 'own' ? newNid() : r.chance(p.regKind === 'none' ? 0.3 : 0.15) ? newNid() : null;
      register(p);
    }
  };

  const makeOlder = () => {
    const sex: Sex = r.chance(P_FEMALE) ? 'F' : 'M';
    const p = person(drawFamily(), drawGiven(sex), sex, olderDay(), false, null);
    p.ownNid = newNid();
    if (r.chance(P_HIDDEN_OLDER)) {
      if (regs.length > 0 && r.chance(P_HIDDEN_NAMESAKE)) {
        for (let t = 0; t < 12; t++) {
          const q = r.pick(regs);
          if (q.sex === sex) {
            p.fam = q.fam;
            p.giv = q.giv;
            p.namesake = true;
            break;
          }
        }
      }
      hidden.push(p);
      return;
    }
    for (let t = 0; t < 60 && clashes(p); t++) {
      setDay(p, olderDay());
      if (t % 10 === 9) p.giv = drawGiven(sex);
    }
    if (clashes(p)) {
      inc('droppedRegisteredOlder');
      return;
    }
    register(p);
  };

  while (regs.length < size) {
    if (r.chance(P_HOUSEHOLD_UNIT)) makeHousehold();
    else makeOlder();
  }

  // ---- the register, shuffled before ids are given
  r.shuffle(regs);
  const usedNssf = new Set<string>();
  const newNssf = (): string => {
    for (;;) {
      let s = String(r.int(1, 9));
      for (let i = 0; i < 9; i++) s += String(r.int(0, 9));
      if (!usedNssf.has(s)) {
        usedNssf.add(s);
        return s;
      }
    }
  };
  const registered: RegisteredWorker[] = regs.map((p, i) => {
    const fam = FAMILY_NAMES[p.fam];
    const giv = GIVEN_NAMES[p.giv];
    let nationalId: string | null;
    if (p.regKind === 'older') nationalId = r.chance(0.95) ? p.ownNid : null;
    else if (p.regKind === 'own') nationalId = p.ownNid;
    else if (p.regKind === 'none') nationalId = null;
    else nationalId = r.chance(0.5) ? p.hh!.fb : p.hh!.fbDigits;
    let nameLatin: string | null = null;
    if (r.chance(0.85)) {
      p.spell = [r.int(0, fam.latin.length - 1), r.int(0, giv.latin.length - 1)];
      nameLatin = `${fam.latin[p.spell[0]]} ${giv.latin[p.spell[1]]}`;
      nameLatin = r.chance(0.7) ? nameLatin.toUpperCase() : nameLatin;
    }
    const adultDay = p.day + Math.ceil(18 * 365.25) + 1;
    const firstHire = Math.max(adultDay, VISIT_DAY - 12 * 365);
    const hireDay = firstHire + Math.floor(r.next() * Math.max(1, VISIT_DAY - 14 - firstHire));
    const w: RegisteredWorker = {
      workerId: `W${String(i + 1).padStart(6, '0')}`,
      nssfNumber: r.chance(0.98) ? newNssf() : null,
      nationalId,
      nameKh: `${fam.kh}${r.chance(0.05) ? '\u200B' : ' '}${giv.kh}`,
      nameLatin,
      sex: r.chance(0.99) ? p.sex : null,
      dateOfBirth: r.chance(0.99) ? p.dob : null,
      hireDate: isoDay(hireDay),
      wageRiel: r.chance(0.96) ? r.int(830, 1500) * 1000 : null,
    };
    // every registered worker can be recognised: a DOB, or else an NSSF number
    if (!w.dateOfBirth && !w.nssfNumber) w.nssfNumber = newNssf();
    p.reg = w;
    return w;
  });
  const regPersonalNid = new Set(registered.map((w) => personalId(w.nationalId)).filter((x): x is string => !!x));
  const regNssf = new Set(registered.map((w) => w.nssfNumber).filter((x): x is string => !!x));
  const index = new NameIndex(T, regs.map((p) => p.fam * G + p.giv));
  const nearRegistered = (id: string, set: Set<string>, own: string | null) =>
    slips(id).some((s) => s !== own && set.has(s)) || (id !== own && set.has(id));

  // hidden workers' own IDs must not pass for a registered worker's
  for (const p of hidden) if (p.ownNid && nearRegistered(p.ownNid, regPersonalNid, null)) p.ownNid = newNid();

  // ---- who is on site
  const present: Person[] = regs.filter(() => !r.chance(P_ABSENT));
  const people = r.shuffle([...present, ...hidden]);

  const slip = (id: string, set: Set<string>): string => {
    for (let t = 0; t < 20; t++) {
      const i = r.int(0, id.length - 1);
      const s =
        r.chance(0.7) || i + 1 >= id.length || id[i] === id[i + 1]
          ? id.slice(0, i) + String((+id[i] + r.int(1, 9)) % 10) + id.slice(i + 1)
          : id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      if (!nearRegistered(s, set, id)) return s;
    }
    return id;
  };

  const renderLatin = (p: Person, source: Source, forTrue: boolean): string => {
    const fam = FAMILY_NAMES[p.fam].latin;
    const giv = GIVEN_NAMES[p.giv].latin;
    const fi = p.spell && r.chance(0.45) ? p.spell[0] : r.int(0, fam.length - 1);
    const gi = p.spell && r.chance(0.45) ? p.spell[1] : r.int(0, giv.length - 1);
    if (forTrue && p.spell) inc(fi !== p.spell[0] || gi !== p.spell[1] ? 'latinSpellingDiffers' : 'latinSpellingSame');
    if (forTrue && !p.reg?.nameLatin) inc('crossScript');
    let words = [fam[fi].toLowerCase(), ...giv[gi].toLowerCase().split(' ')];
    if (r.chance(P_LATIN_SWAP)) {
      words = [...words.slice(1), words[0]];
      inc('latinSwapped');
    }
    if (r.chance(P_TYPO)) {
      for (let t = 0; t < 8; t++) {
        const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
        if (long.length === 0) break;
        const wi = r.pick(long);
        const w = words[wi];
        const i = r.int(1, w.length - 1);
        const u = r.next();
        const near = 'aeiouyhnmrstkl';
        const typo =
          u < 0.35
            ? w.slice(0, i) + r.pick([...near].filter((c) => c !== w[i])) + w.slice(i + 1)
            : u < 0.6
              ? w.slice(0, i) + w.slice(i + 1)
              : u < 0.8
                ? w.slice(0, i) + w[i] + w.slice(i)
                : i + 1 < w.length && w[i] !== w[i + 1]
                  ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
                  : w.slice(0, i) + w.slice(i + 1);
        const next = words.map((x, j) => (j === wi ? typo : x));
        if (T.latinWords.has(typo) || T.allForms.has(compactName(next.join('')))) continue;
        words = next;
        inc('typo');
        break;
      }
    }
    const u = r.next();
    const style = source === 'id-card' ? 'upper' : source === 'csv' ? (u < 0.45 ? 'upper' : u < 0.5 ? 'lower' : 'title') : u < 0.25 ? 'upper' : 'title';
    inc(`latinCase_${style}`);
    const cased = words.map((w) => (style === 'upper' ? w.toUpperCase() : style === 'lower' ? w : w[0].toUpperCase() + w.slice(1)));
    return cased.join(' ');
  };

  const khmerVariant = (w: string): string => {
    const options: ((s: string) => string)[] = [];
    if (/[\u17C9\u17CA][\u17B7-\u17C5]/.test(w)) options.push((s) => s.replace(/([\u17C9\u17CA])([\u17B7-\u17C5])/, '$2$1'));
    if (/\u17D2[\u1780-\u17B3][\u17B6-\u17C6]/.test(w)) options.push((s) => s.replace(/(\u17D2[\u1780-\u17B3])([\u17B6-\u17C6])/, '$2$1'));
    if (/\u17BB\u17C6/.test(w)) options.push((s) => s.replace('\u17BB\u17C6', '\u17C6\u17BB'));
    return options.length ? r.pick(options)(w) : w;
  };

  const renderKhmer = (p: Person): string => {
    let fam = FAMILY_NAMES[p.fam].kh;
    let giv = GIVEN_NAMES[p.giv].kh;
    if (r.chance(0.15)) {
      const a = khmerVariant(fam);
      const b = khmerVariant(giv);
      if (a !== fam || b !== giv) inc('khmerReordered');
      fam = a;
      giv = b;
    }
    if (/[\u17C4\u17BE]/.test(fam + giv) && r.chance(0.35)) {
      fam = fam.replace('\u17C4', '\u17C1\u17B6').replace('\u17BE', '\u17C1\u17B8');
      giv = giv.replace('\u17C4', '\u17C1\u17B6').replace('\u17BE', '\u17C1\u17B8');
      inc('khmerSplitVowel');
    }
    if (giv.startsWith('ស្រី') && r.chance(0.12)) {
      giv = 'ស្រី\u200B' + giv.slice(4);
      inc('khmerZwspInGiven');
    }
    const swapped = r.chance(P_KHMER_SWAP);
    if (swapped) inc('khmerSwapped');
    const u = r.next();
    const sep = u < 0.2 ? '\u200B' : u < 0.26 ? '' : ' ';
    if (sep === '\u200B') inc('khmerZwspSeparator');
    if (sep === '') inc('khmerNoSpace');
    let s = swapped ? giv + sep + fam : fam + sep + giv;
    if (r.chance(0.1)) {
      s = s.normalize('NFD');
      inc('khmerNfd');
    }
    return s;
  };

  const buildRow = (p: Person, source: Source, id: string): OnsiteWorker => {
    const w = p.reg;
    const forTrue = !!w;
    const latin = r.chance(source === 'csv' ? 0.6 : source === 'manual' ? 0.5 : 0.3);
    const name = latin ? renderLatin(p, source, forTrue) : renderKhmer(p);
    inc(latin ? 'scriptLatin' : 'scriptKhmer');

    let nationalId: string | null = null;
    let showsFb = false;
    if (source === 'csv' && p.young && p.hh && r.chance(P_SHEET_SHOWS_FB)) {
      showsFb = true;
      nationalId = p.hh.fb;
      if (r.chance(P_FB_ALT_SEPARATOR)) {
        const code = p.hh.fbDigits.slice(0, 6);
        const hn = p.hh.fbDigits.slice(6);
        const alts = [`${code}/${hn}`, `${code}-${hn}`, p.hh.fbDigits].filter((x) => x !== p.hh!.fb);
        nationalId = r.pick(alts);
        inc('fbAltFormat');
      }
    } else if (p.ownNid && r.chance(source === 'csv' ? 0.6 : source === 'manual' ? 0.3 : 1)) {
      nationalId = p.ownNid;
      if (source !== 'id-card' && forTrue && r.chance(P_ID_SLIP)) {
        nationalId = slip(p.ownNid, regPersonalNid);
        inc('nidSlip');
      }
    }
    let nssfNumber: string | null = null;
    if (forTrue && w!.nssfNumber && r.chance(source === 'csv' ? 0.35 : source === 'manual' ? 0.1 : 0)) {
      nssfNumber = w!.nssfNumber;
      if (r.chance(P_ID_SLIP)) {
        nssfNumber = slip(nssfNumber, regNssf);
        inc('nssfSlip');
      }
    } else if (!forTrue && source !== 'id-card' && r.chance(0.06)) {
      // an NSSF number from a former employer
      do nssfNumber = newNssf();
      while (nearRegistered(nssfNumber, regNssf, null));
      inc('hiddenPriorNssf');
    }
    const sexP = source === 'csv' ? 0.8 : source === 'manual' ? 0.92 : 1;
    const sex: Sex | null = r.chance(sexP) ? p.sex : null;
    const dobP = showsFb || source === 'id-card' ? 1 : source === 'csv' ? 0.85 : 0.6;
    let dateOfBirth: string | null = null;
    if (r.chance(dobP)) {
      dateOfBirth = p.dob;
      const s = swapDob(p.dob);
      if (s && source !== 'id-card' && r.chance(P_DOB_SWAP)) {
        dateOfBirth = s;
        inc('dobSwapped');
      }
    }
    return {
      id, visitId: VISIT_ID, name, nationalId, nssfNumber, sex, dateOfBirth, source,
      sourceRow: null, recordedAt: '',
    };
  };

  const candidates = (row: OnsiteWorker) => index.candidates(row.name).map((i) => registered[i]);
  const undecidable = (row: OnsiteWorker, w: RegisteredWorker) =>
    candidates(row).some((c) => c !== w && !tellsApart(row, w, c));
  const hiddenOk = (row: OnsiteWorker) => candidates(row).every((c) => ruledOut(row, c) !== null);

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = START_MS;
  let sheetRow = 0;
  for (const p of people) {
    const id = uuid(r);
    const u = r.next();
    const source: Source = u < 0.8 ? 'csv' : u < 0.94 || !p.ownNid ? 'manual' : 'id-card';
    let row: OnsiteWorker | null = null;
    if (p.reg) {
      const w = p.reg;
      row = buildRow(p, source, id);
      const dobOk = !!(row.dateOfBirth && w.dateOfBirth && dobNear(row.dateOfBirth, w.dateOfBirth));
      if (!dobOk && !confirmsById(row, w)) {
        inc('trueAddedEvidence');
        if (w.dateOfBirth) row.dateOfBirth = w.dateOfBirth;
        else row.nssfNumber = w.nssfNumber;
      }
      if (undecidable(row, w) && r.chance(P_FIX_UNDECIDABLE)) {
        inc('trueAddedDob');
        row.dateOfBirth = w.dateOfBirth ?? row.dateOfBirth;
        row.sex = p.sex;
      }
    } else {
      for (let attempt = 0; attempt < 40; attempt++) {
        const cand = buildRow(p, source, id);
        if (hiddenOk(cand)) {
          row = cand;
          break;
        }
        cand.dateOfBirth = p.dob;
        cand.sex = p.sex;
        if (hiddenOk(cand)) {
          inc('hiddenAddedDob');
          row = cand;
          break;
        }
        // this person cannot be told from a registered namesake: another birth date, then another name
        if (attempt < 25) {
          for (let k = 0; k < 30; k++) {
            const day = p.young ? youngDay() : olderDay();
            if (siblingOk(p, day)) {
              setDay(p, day);
              break;
            }
          }
        } else {
          const g = drawGiven(p.sex);
          if (givenOk(p, g)) p.giv = g;
          p.namesake = false;
        }
        inc('hiddenRedrawn');
      }
      if (!row) {
        inc('hiddenDropped');
        continue;
      }
    }
    t += r.int(800, 4200);
    row.recordedAt = new Date(t).toISOString();
    if (source === 'csv') row.sourceRow = ++sheetRow;
    onsite.push(row);
    truth.set(row.id, p.reg ? p.reg.workerId : null);
  }
  fortyfirstStats = st;
  return { registered, onsite, truth };
}

// ---------------------------------------------------------------------------------------------
// Self-check: `npx tsx test/bench/fortyfirst.ts 10000 1`
// ---------------------------------------------------------------------------------------------
async function selfCheck(size: number, seed: number): Promise<boolean> {
  const proto = await import('../../src/protocol');
  const T = tables();
  const checks: [string, boolean, string][] = [];
  const check = (name: string, ok: boolean, detail = '') => checks.push([name, ok, detail]);
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) + ' %' : 'n/a');

  // first call in the process (name tables built cold); CPU time, since other jobs may share the machine
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  generateFortyfirst(10_000, seed);
  const ms10k = performance.now() - t0;
  const c10k = process.cpuUsage(c0);
  const cpu10k = (c10k.user + c10k.system) / 1000;

  const t1 = performance.now();
  const roster = generateFortyfirst(size, seed);
  const msSize = performance.now() - t1;
  const st = { ...fortyfirstStats };
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const matchedIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const csvRows = onsite.filter((o) => o.source === 'csv');
  const fbRows = onsite.filter((o) => o.nationalId && isFamilyBook(o.nationalId));
  const s = (k: string) => st[k] ?? 0;

  // ---- the audit's own view of names: the register's Khmer name, read against the name lists
  const keyOf = (w: RegisteredWorker): number => {
    const k = T.khmerKey.get(compactName(w.nameKh));
    if (k === undefined) throw new Error(`unknown Khmer name ${w.nameKh}`);
    return k;
  };
  const regKeys = registered.map(keyOf);
  const index = new NameIndex(T, regKeys);
  const cands = (o: OnsiteWorker) => index.candidates(o.name).map((i) => registered[i]);

  // ---- shape
  console.log(`fortyfirst roster: size=${size} seed=${seed}`);
  console.log(`  label: ${FORTYFIRST_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${registered.length - matchedIds.size} = ${pct(registered.length - matchedIds.size, registered.length)}`);
  const bySource = (src: string) => onsite.filter((o) => o.source === src).length;
  console.log(`  sources: csv ${bySource('csv')}, manual ${bySource('manual')}, id-card ${bySource('id-card')}`);
  const fbCsv = csvRows.filter((o) => o.nationalId && isFamilyBook(o.nationalId)).length;
  console.log(`  THEME: sheet rows with a family-book number ${fbCsv}/${csvRows.length} = ${pct(fbCsv, csvRows.length)} (true ${fbRows.filter((o) => truth.get(o.id)).length}, hidden ${fbRows.filter((o) => truth.get(o.id) === null).length}); written in another form than the sibling's ${s('fbAltFormat')}`);
  const fbGroups = new Map<string, OnsiteWorker[]>();
  for (const o of fbRows) push(fbGroups, o.nationalId!.replace(/\D/g, ''), o);
  const shared = [...fbGroups.values()].filter((g) => g.length > 1);
  const mixed = shared.filter((g) => g.some((o) => truth.get(o.id)) && g.some((o) => truth.get(o.id) === null));
  console.log(`  THEME: family-book numbers shown by 2+ rows: ${shared.length} (rows ${shared.reduce((a, g) => a + g.length, 0)}); with both a registered and a hidden sibling: ${mixed.length}`);
  let fbRegOwn = 0;
  let fbRegNull = 0;
  let fbRegFb = 0;
  let fbRegFbSame = 0;
  for (const o of fbRows) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    const w = regById.get(wid)!;
    if (!w.nationalId) fbRegNull++;
    else if (isFamilyBook(w.nationalId)) {
      fbRegFb++;
      if (w.nationalId === o.nationalId) fbRegFbSame++;
    } else fbRegOwn++;
  }
  const nFbTrue = fbRegOwn + fbRegNull + fbRegFb;
  console.log(`  THEME: true family-book rows registered with own national ID ${pct(fbRegOwn, nFbTrue)}, with none ${pct(fbRegNull, nFbTrue)}, with the book number ${pct(fbRegFb, nFbTrue)} (written as on the sheet ${fbRegFbSame})`);
  const regNidCount = new Map<string, number>();
  for (const w of registered) if (w.nationalId) regNidCount.set(w.nationalId, (regNidCount.get(w.nationalId) ?? 0) + 1);
  const sharedOnReg = [...regNidCount.values()].filter((n) => n > 1).length;
  console.log(`  THEME: register entries holding a family-book number ${registered.filter((w) => w.nationalId && isFamilyBook(w.nationalId)).length}; numbers held by 2+ registered siblings ${sharedOnReg}`);
  const fbHitsOther = fbRows.filter((o) => {
    const d = o.nationalId!.replace(/\D/g, '');
    return registered.some((w) => w.nationalId && w.nationalId.replace(/\D/g, '') === d && w.workerId !== truth.get(o.id));
  }).length;
  console.log(`  THEME: family-book rows whose number is on another (sibling's) register entry ${fbHitsOther}`);
  const latinRows = s('scriptLatin');
  console.log(`  names: Latin ${s('scriptLatin')}, Khmer ${s('scriptKhmer')}; Latin vs register without Latin ${s('crossScript')}; spelling differs from register ${pct(s('latinSpellingDiffers'), s('latinSpellingDiffers') + s('latinSpellingSame'))}; order swapped ${pct(s('latinSwapped'), latinRows)}; upper case ${pct(s('latinCase_upper'), latinRows)}; typo ${pct(s('typo'), latinRows)}`);
  const kh = s('scriptKhmer');
  console.log(`  Khmer: ZWSP separator ${pct(s('khmerZwspSeparator'), kh)}, no space ${pct(s('khmerNoSpace'), kh)}, ZWSP after ស្រី ${s('khmerZwspInGiven')}, reordered marks ${pct(s('khmerReordered'), kh)}, split vowel ${s('khmerSplitVowel')}, NFD ${pct(s('khmerNfd'), kh)} (a no-op on Khmer), order swapped ${pct(s('khmerSwapped'), kh)}`);
  const withNid = onsite.filter((o) => personalId(o.nationalId)).length;
  const withNssf = onsite.filter((o) => o.nssfNumber).length;
  const withDob = onsite.filter((o) => o.dateOfBirth).length;
  const withSex = onsite.filter((o) => o.sex).length;
  console.log(`  fields: personal national ID ${pct(withNid, onsite.length)} (slips ${s('nidSlip')}), NSSF ${pct(withNssf, onsite.length)} (slips ${s('nssfSlip')}, hidden with a former employer's ${s('hiddenPriorNssf')}), DOB ${pct(withDob, onsite.length)} (day/month swapped ${s('dobSwapped')}), sex ${pct(withSex, onsite.length)}`);
  console.log(`  DOB present: true rows ${pct(trueRows.filter((o) => o.dateOfBirth).length, trueRows.length)}, hidden rows ${pct(hiddenRows.filter((o) => o.dateOfBirth).length, hiddenRows.length)}`);
  console.log(`  register: Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, DOB missing ${registered.filter((w) => !w.dateOfBirth).length}, sex missing ${registered.filter((w) => !w.sex).length}`);
  console.log(`  generator fix-ups: true rows given evidence ${s('trueAddedEvidence')}, true rows given DOB to decide ${s('trueAddedDob')}, hidden rows given DOB ${s('hiddenAddedDob')}, hidden redrawn ${s('hiddenRedrawn')}, hidden dropped ${s('hiddenDropped')}, registered dropped (rule 2) ${s('droppedRegisteredYoung') + s('droppedRegisteredOlder')}`);

  check('name lists consistent', T.problems.length === 0, T.problems.slice(0, 3).join('; '));
  check('sheet rows with a family-book number 18-32 %', fbCsv / csvRows.length >= 0.18 && fbCsv / csvRows.length <= 0.32, pct(fbCsv, csvRows.length));
  check('hidden 4-12 % of on-site rows', hiddenRows.length / onsite.length >= 0.04 && hiddenRows.length / onsite.length <= 0.12, pct(hiddenRows.length, onsite.length));
  check('registered count = size', registered.length === size, String(registered.length));

  // ---- rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!)!;
    const q = compactName(o.name);
    const forms = T.forms(keyOf(w));
    const problems: string[] = [];
    const isKhmer = /[\u1780-\u17FF]/.test(o.name);
    if (!(isKhmer ? forms.includes(q) : forms.some((f) => within1(q, f)))) problems.push('name');
    if (o.sex && w.sex && o.sex !== w.sex) problems.push('sex');
    if (o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDob(w.dateOfBirth) !== o.dateOfBirth) problems.push('dob');
    const pn = personalId(o.nationalId);
    const wn = personalId(w.nationalId);
    if (pn && wn && !within1(pn, wn)) problems.push('nid');
    if (o.nssfNumber && !(w.nssfNumber && within1(o.nssfNumber, w.nssfNumber))) problems.push('nssf');
    const dobOk = !!(o.dateOfBirth && w.dateOfBirth && dobNear(o.dateOfBirth, w.dateOfBirth));
    if (!dobOk && !confirmsById(o, w)) problems.push('not recognisable by DOB or a personal ID');
    if (problems.length) {
      r1++;
      if (r1ex.length < 3) r1ex.push(`${o.name} vs ${w.nameLatin ?? w.nameKh}: ${problems.join(',')}`);
    }
  }
  check('rule 1: true rows carry plausible variants only', r1 === 0, `${r1} bad ${r1ex.join(' | ')}`);

  // ---- rule 2
  const byCluster = new Map<number, RegisteredWorker[]>();
  registered.forEach((w, i) => push(byCluster, T.cluster[regKeys[i]], w));
  let r2 = 0;
  let withNamesake = 0;
  let largest = 0;
  for (const g of byCluster.values()) {
    if (g.length > 1) withNamesake += g.length;
    largest = Math.max(largest, g.length);
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) {
      const a = g[i].dateOfBirth;
      const b = g[j].dateOfBirth;
      if (a && b && dobNear(a, b)) r2++;
    }
  }
  console.log(`  namesakes: registered workers sharing a full name ${pct(withNamesake, registered.length)}, largest group ${largest}`);
  check('rule 2: registered namesakes far apart in DOB', r2 === 0, `${r2} close pairs`);

  // ---- rule 3
  let r3 = 0;
  let hiddenNamesakes = 0;
  const how: Record<string, number> = {};
  const r3ex: string[] = [];
  for (const o of hiddenRows) {
    const cs = cands(o);
    if (cs.length) hiddenNamesakes++;
    for (const c of cs) {
      const why = ruledOut(o, c);
      if (!why) {
        r3++;
        if (r3ex.length < 3) r3ex.push(`${o.name} ~ ${c.workerId}`);
      } else how[why] = (how[why] ?? 0) + 1;
    }
  }
  console.log(`  hidden rows that could pass for a registered worker by name ${hiddenNamesakes} (${pct(hiddenNamesakes, hiddenRows.length)}); ruled out by ${Object.entries(how).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const hiddenSiblingRows = hiddenRows.filter((o) => o.nationalId && isFamilyBook(o.nationalId) && (fbGroups.get(o.nationalId.replace(/\D/g, ''))?.some((x) => truth.get(x.id)) ?? false)).length;
  console.log(`  THEME: hidden rows sharing their family-book number with a registered sibling's row ${hiddenSiblingRows}`);
  let siblingCand = 0;
  for (const o of hiddenRows) {
    if (!o.nationalId || !isFamilyBook(o.nationalId)) continue;
    const sibs = new Set((fbGroups.get(o.nationalId.replace(/\D/g, '')) ?? []).map((x) => truth.get(x.id)).filter((x): x is string => !!x));
    for (const w of registered) if (w.nationalId && isFamilyBook(w.nationalId) && w.nationalId.replace(/\D/g, '') === o.nationalId.replace(/\D/g, '')) sibs.add(w.workerId);
    if (cands(o).some((c) => sibs.has(c.workerId))) siblingCand++;
  }
  check('theme: no hidden sibling could pass by name for a registered sibling (the shared number is never the rule-out)', siblingCand === 0, `${siblingCand}`);
  check('rule 3: every hidden row ruled out by name, or by sex/DOB/personal ID on both sides', r3 === 0, `${r3} not ruled out ${r3ex.join(' | ')}`);

  // the index against brute force over every registered name, on a sample of rows
  const distinctKeys = [...new Set(regKeys)];
  let idxBad = 0;
  let sampled = 0;
  const step = Math.max(1, Math.floor(onsite.length / 300));
  for (let i = 0; i < onsite.length; i += step) {
    const o = onsite[i];
    const q = compactName(o.name);
    const near = new Set(distinctKeys.filter((k) => T.forms(k).some((f) => within1(q, f))));
    const brute = registered.filter((_, j) => near.has(regKeys[j])).map((w) => w.workerId).sort();
    const viaIdx = cands(o).map((w) => w.workerId).sort();
    sampled++;
    if (brute.join() !== viaIdx.join()) idxBad++;
  }
  check('name index agrees with brute force', idxBad === 0, `${idxBad} of ${sampled} sampled rows differ`);

  // ---- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  const timeOk = onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt));
  let expectRow = 0;
  const rowsOk = onsite.every((o) => (o.source === 'csv' ? o.sourceRow === ++expectRow : o.sourceRow === null));
  const truthOk = truth.size === onsite.length && onsite.every((o) => truth.has(o.id)) && matchedIds.size === trueRows.length && [...matchedIds].every((id) => regById.has(id));
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const xs = trueRows.map((o) => onsite.indexOf(o));
  const ys = trueRows.map((o) => regPos.get(truth.get(o.id)!)!);
  const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const corr = sxy / Math.sqrt(sxx * syy);
  let adjFb = 0;
  for (let i = 1; i < onsite.length; i++) {
    const a = onsite[i - 1].nationalId;
    const b = onsite[i].nationalId;
    if (a && b && isFamilyBook(a) && isFamilyBook(b) && a.replace(/\D/g, '') === b.replace(/\D/g, '')) adjFb++;
  }
  console.log(`  order: hidden share first half ${(100 * h1).toFixed(2)} %, second half ${(100 * h2).toFixed(2)} %; row/register order correlation ${corr.toFixed(4)}; adjacent rows sharing a family-book number ${adjFb}`);
  const tol = 3 / Math.sqrt(onsite.length);
  check('rule 4: ids are v4 UUIDs, unique; recordedAt increasing; sourceRow counts sheet rows; truth complete and one-to-one', idsOk && timeOk && rowsOk && truthOk, `ids ${idsOk} time ${timeOk} rows ${rowsOk} truth ${truthOk}`);
  check('rule 4: order tells nothing (hidden spread, no register-order correlation)', Math.abs(h1 - h2) < tol && Math.abs(corr) < tol, `Δhidden ${(h1 - h2).toFixed(4)} corr ${corr.toFixed(4)} tol ${tol.toFixed(4)}`);

  // ---- rule 5
  let r5 = 0;
  let ambiguousName = 0;
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!)!;
    const others = cands(o).filter((c) => c !== w);
    if (others.length) ambiguousName++;
    if (others.some((c) => !tellsApart(o, w, c))) r5++;
  }
  console.log(`  true rows whose name fits another registered worker ${pct(ambiguousName, trueRows.length)}; undecidable ${r5} = ${pct(r5, trueRows.length)}`);
  check('rule 5: undecidable true rows < 4 %', r5 / trueRows.length < 0.04, pct(r5, trueRows.length));

  // ---- schemas
  const badOnsite = onsite.filter((o) => !proto.OnsiteWorker.safeParse(o).success).length;
  const badReg = registered.filter((w) => !proto.RegisteredWorker.safeParse(w).success).length;
  const extra = onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o);
  check('schemas: every on-site and registered record parses', badOnsite === 0 && badReg === 0 && !extra, `on-site bad ${badOnsite}, registered bad ${badReg}`);

  // ---- determinism
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateFortyfirst(size, seed);
  const other = generateFortyfirst(size, seed + 1);
  check('determinism: same seed identical, another seed differs', dump(again) === dump(roster) && dump(other) !== dump(roster));

  // ---- time
  console.log(`  time: 10k (first call) ${cpu10k.toFixed(0)} ms CPU, ${ms10k.toFixed(0)} ms wall; size ${size} ${msSize.toFixed(0)} ms wall`);
  check('10k generates in under 2 s (CPU time of the first, cold call)', cpu10k < 2000, `${cpu10k.toFixed(0)} ms CPU, ${ms10k.toFixed(0)} ms wall`);

  let ok = true;
  for (const [name, pass, detail] of checks) {
    ok &&= pass;
    console.log(`  [${pass ? 'ok' : 'FAIL'}] ${name}${detail ? ` (${detail})` : ''}`);
  }
  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('fortyfirst.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
