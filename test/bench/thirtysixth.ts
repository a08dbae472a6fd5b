/**
 * `thirtysixth`: a blind, labelled roster where dates of birth are not quite dates.
 *
 * THEME
 * - Register: workers registered from old paper records have a date of birth known only by year,
 *   stored as 1 January of that year (about 20 % of the register, far more among older workers:
 *   ~55 % of those born before 1975, ~8 % of those born after 1995). On site those workers carry
 *   their real birth date (from the ID card, or the employer's sheet copied from it).
 * - Sheet (csv 60 % / manual 28 % of rows; ID-card rows, 12 %, carry the real date exactly):
 *   ~9-10 % of rows default an unknown day to 1 January or to the 1st of the month; ~3 % have the
 *   hire date typed in the DOB column; ~2.5 % have the year off by one (age counted the Khmer
 *   way, same day and month); ~1.7 % day/month swapped; ~3.5 % missing.
 * - Hidden workers (7.5 % of on-site rows): ~60 % are drawn as namesakes of a registered worker
 *   (half of those born the same year), the rest with any name, which at 10,000 registered
 *   nearly always has a registered namesake too. Because dates are unreliable in the ways above,
 *   they are ruled out only by something a human would trust (rule 3 below); their fields are
 *   redrawn (~17 % of them) until that holds, so they carry slightly more IDs and DOBs than
 *   true rows (national ID ~56 % vs ~54 %, DOB ~99 % vs ~96 %).
 * - Also, at realistic rates: registered workers absent (~5 %), Khmer encoding variants
 *   (zero-width space or no space between names, register-shifter/vowel order swapped, vowel
 *   typed before a coeng subscript; NFC/NFD is a no-op for Khmer), name order swaps, Latin
 *   romanizations differing from the register's, case, typos, ID slips, register Latin missing.
 *
 * FAIRNESS RULES (audited by the self-check at the bottom; run `npx tsx test/bench/thirtysixth.ts 10000 1`)
 * 1. A true on-site row carries only plausible variants of its registered worker: name in
 *    either script; Latin = listed romanizations of each word (thirtysixth-names.ts), either
 *    order, any case, at most one typo (substitution, deletion, doubling or adjacent swap) in one
 *    word of 4+ letters; Khmer = the registered words with encoding variants, either order.
 *    National ID / NSSF number exact or one slip (one digit mistyped or two adjacent swapped), or
 *    missing. Sex right or missing. Date of birth (DOB) O against the registered DOB R, one of:
 *      a. exact; b. day and month swapped;
 *      c. (extra) R is 1 January of year Y (year-only registration) and O is any date in year Y;
 *      d. (extra) O is 1 January of R's year, or the 1st of R's month in R's year (sheet default);
 *      e. (extra) O is R with the year one off, same day and month (age-counted year);
 *      f. (extra) O is the registered hire date typed in the DOB column: a date in 2008 or later,
 *         which would make the worker a child at the visit (2025) and at hire, and which equals
 *         the registered hire date; a human reads it as "no DOB";
 *      g. missing (on either side).
 * 2. Registered namesakes (sharing a full name in any listed spelling) never share a DOB, and
 *    their registered DOBs are never a day/month swap, one digit, or one year (same day/month)
 *    apart.
 * 3. A hidden row either cannot pass for any registered worker by name (not within one edit,
 *    spaces ignored, of any spelling of any registered worker's name in the row's script), or is
 *    ruled out from every registered worker it could pass for by a field present on BOTH sides:
 *    sex differs; national IDs (or NSSF numbers) 2+ edits apart; or both DOBs usable (before
 *    2008) and NOT compatible, where compatible = equal, day/month swap, one digit apart, one
 *    year apart with the same day/month, or either side a placeholder (1 January, or the 1st of
 *    the other side's month) in the same year or one year off. So a year-only registered DOB never
 *    rules out a hidden namesake born that year: an ID or sex must.
 * 4. Nothing leaks the truth: rows shuffled; on-site ids are v4 UUIDs from the seeded PRNG;
 *    recordedAt increases in row order; sourceRow numbers csv rows in row order; registered rows
 *    shuffled before their worker ids are assigned.
 * 5. Undecidable true rows stay under 4 %: a true row is undecidable when another registered
 *    worker it could pass for by name (rule 3's sense) is not ruled out and fits at least as well
 *    (scored by exact / one-slip IDs, exact full DOB > swap > placeholder-level DOB, sex, exact name).
 *    Measured ~3-3.5 % at 10,000 registered (mostly rows with no usable DOB and no ID whose name is
 *    shared), ~1 % at 1,000.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_36, GIVEN_36 } from './thirtysixth-names';

export const THIRTYSIXTH_LABEL = 'thirtysixth: year-only (1 Jan) register DOBs, defaulted / hire-date / age-counted sheet DOBs, same-year hidden namesakes';

const VISIT_ID = 'visit-thirtysixth';
const VISIT_START_MS = Date.UTC(2025, 2, 12, 1, 0, 0); // 08:00 in Phnom Penh
const USABLE_DOB_BEFORE = 2008; // a DOB in 2008 or later makes the worker a child at the visit

// ---------------------------------------------------------------------------------------------
// Dates

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const fmt = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;
const yOf = (s: string) => +s.slice(0, 4);
const mOf = (s: string) => +s.slice(5, 7);
const dOf = (s: string) => +s.slice(8, 10);
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isJan1 = (s: string) => s.slice(5) === '01-01';

function swapDM(s: string): string | null {
  const d = dOf(s), m = mOf(s);
  if (d > 12 || d === m) return null;
  return fmt(yOf(s), d, m);
}

function digitDiff(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

const usableDob = (s: string | null): s is string => s !== null && yOf(s) < USABLE_DOB_BEFORE;

/** Rule 2: two registered DOBs too close for namesakes. */
function rule2Close(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b || digitDiff(a, b) === 1) return true;
  return a.slice(5) === b.slice(5) && Math.abs(yOf(a) - yOf(b)) === 1;
}

/** Rule 3: could a registered DOB r and an on-site DOB o (both usable) be the same person's? */
function dobCompatible(r: string, o: string): boolean {
  if (r === o || swapDM(o) === r || digitDiff(r, o) === 1) return true;
  const dy = Math.abs(yOf(r) - yOf(o));
  if (dy > 1) return false;
  if (r.slice(5) === o.slice(5)) return true;
  if (isJan1(r) || isJan1(o)) return true;
  if (dOf(o) === 1 && mOf(o) === mOf(r)) return true;
  if (dOf(r) === 1 && mOf(o) === mOf(r)) return true;
  return false;
}

/** Rule 1: which listed DOB variation explains on-site o against registered r (null: none). */
function dobVariation(r: string | null, o: string | null, hire: string | null): string | null {
  if (o === null) return 'missing';
  if (!usableDob(o)) return hire !== null && o === hire ? 'hire-date-typed' : yOf(o) >= USABLE_DOB_BEFORE ? 'child-date' : null;
  if (r === null) return 'register-missing';
  if (o === r) return 'exact';
  if (isJan1(r) && yOf(o) === yOf(r)) return 'year-only-register';
  if (swapDM(o) === r) return 'day-month-swap';
  if (isJan1(o) && yOf(o) === yOf(r)) return 'default-1-jan';
  if (dOf(o) === 1 && yOf(o) === yOf(r) && mOf(o) === mOf(r)) return 'default-1st-of-month';
  if (o.slice(5) === r.slice(5) && Math.abs(yOf(o) - yOf(r)) === 1) return 'year-off-by-one';
  return null;
}

function randomDateInYear(r: Rng, y: number): string {
  const m = r.int(1, 12);
  return fmt(y, m, r.int(1, daysIn(y, m)));
}

function randomDateBetween(r: Rng, fromMs: number, toMs: number): string {
  const ms = fromMs + Math.floor(r.next() * (toMs - fromMs + 1));
  return new Date(ms).toISOString().slice(0, 10);
}

/** Birth years 1965-2006, skewed young as factory workforces are. */
const birthYear = (r: Rng) => 2006 - Math.floor(42 * r.next() ** 1.7);
/** Registered from paper records with only the year known: far more common among older workers. */
const yearOnlyChance = (y: number) => (y < 1975 ? 0.55 : y < 1985 ? 0.38 : y < 1995 ? 0.17 : 0.08);

// ---------------------------------------------------------------------------------------------
// Edit distance and names

/** Optimal-string-alignment distance (adjacent swap = 1), capped: returns cap+1 when above. */
function osa(a: string, b: string, cap = 2): number {
  if (a === b) return 0;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > cap) return cap + 1;
  let p2 = new Array<number>(lb + 1).fill(0);
  let p1 = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) p1[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, p2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    [p2, p1, cur] = [p1, cur, p2];
  }
  return Math.min(p1[lb], cap + 1);
}

const KH_RE = /[\u1780-\u17ff]/;
const latNorm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

function khRank(u: string): number {
  const c = u.charCodeAt(0);
  if (c === 0x17d2) return 0; // coeng + subscript
  if (c === 0x17c9 || c === 0x17ca) return 1; // register shifters
  if (c >= 0x17b6 && c <= 0x17c5) return 2; // dependent vowels
  return 3; // signs
}
const isKhMark = (c: number) => (c >= 0x17b6 && c <= 0x17d3) || c === 0x17dd;

/** Khmer without separators, each cluster's marks in one canonical order. */
function khCanon(s: string): string {
  const t = s.normalize('NFC').replace(/[\s\u200b\u200c\u200d\u2060\ufeff]/g, '');
  let out = '';
  let units: string[] = [];
  const flush = () => {
    if (units.length > 1) units = units.map((u, i) => [u, i] as const).sort((a, b) => khRank(a[0]) - khRank(b[0]) || a[1] - b[1]).map((x) => x[0]);
    out += units.join('');
    units = [];
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x17d2 && i + 1 < t.length) {
      units.push(t[i] + t[i + 1]);
      i++;
    } else if (isKhMark(c)) units.push(t[i]);
    else {
      flush();
      out += t[i];
    }
  }
  flush();
  return out;
}

/** Identity of a full name = family index * 1000 + given index. */
const ident = (fi: number, gi: number) => fi * 1000 + gi;
const famOf = (id: number) => Math.floor(id / 1000);
const givOf = (id: number) => id % 1000;

function latinKeys(id: number): string[] {
  const out: string[] = [];
  for (const f of FAMILY_36[famOf(id)].latin) for (const g of GIVEN_36[givOf(id)].latin) out.push(latNorm(f + g), latNorm(g + f));
  return out;
}
function khmerKeys(id: number): string[] {
  const f = FAMILY_36[famOf(id)].kh, g = GIVEN_36[givOf(id)].kh;
  return [khCanon(f + g), khCanon(g + f)];
}

const HB = 0x01000193;

const PRE = new Uint32Array(256), SUF = new Uint32Array(257), POW = new Uint32Array(257);

/** Polynomial hashes of every one-character deletion of s (each equal to hashOf(the deleted string)). */
function forDeletionHashes(s: string, f: (h: number) => void): void {
  const n = Math.min(s.length, 255);
  PRE[0] = 0;
  POW[0] = 1;
  for (let i = 0; i < n; i++) {
    PRE[i + 1] = Math.imul(PRE[i], HB) + s.charCodeAt(i);
    POW[i + 1] = Math.imul(POW[i], HB);
  }
  SUF[n] = 0;
  for (let i = n - 1; i >= 0; i--) SUF[i] = Math.imul(s.charCodeAt(i), POW[n - 1 - i]) + SUF[i + 1];
  for (let i = 0; i < n; i++) f(mixLen((Math.imul(PRE[i], POW[n - 1 - i]) + SUF[i + 1]) >>> 0, n - 1));
}
function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HB) + s.charCodeAt(i)) >>> 0;
  return mixLen(h, s.length);
}
const mixLen = (h: number, n: number) => (Math.imul(h ^ (n * 0x85ebca6b), 0x9e3779b1) ^ (h >>> 15)) >>> 0;

/**
 * Finds the identities whose spellings (one script) are within one edit of a query: a
 * symmetric-deletion index, the deletions kept as hashes in an open-addressing table (hash
 * collisions are harmless: every candidate is verified by edit distance).
 */
class NameIndex {
  private exact = new Map<string, number>();
  private keys: string[] = [];
  private ids: number[][] = [];
  private hs = new Uint32Array(1 << 17);
  private vs = new Int32Array(1 << 17).fill(-1);
  private used = 0;
  add(key: string, id: number): void {
    const k = this.exact.get(key);
    if (k !== undefined) {
      if (!this.ids[k].includes(id)) this.ids[k].push(id);
      return;
    }
    const idx = this.keys.length;
    this.exact.set(key, idx);
    this.keys.push(key);
    this.ids.push([id]);
    forDeletionHashes(key, (h) => this.put(h, idx));
  }
  private put(h: number, v: number): void {
    if ((this.used + 1) * 2 > this.hs.length) this.grow();
    const mask = this.hs.length - 1;
    let i = h & mask;
    while (this.vs[i] !== -1) i = (i + 1) & mask;
    this.hs[i] = h;
    this.vs[i] = v;
    this.used++;
  }
  private grow(): void {
    const oh = this.hs, ov = this.vs;
    this.hs = new Uint32Array(oh.length * 2);
    this.vs = new Int32Array(oh.length * 2).fill(-1);
    this.used = 0;
    for (let i = 0; i < oh.length; i++) if (ov[i] !== -1) this.put(oh[i], ov[i]);
  }
  private collect(h: number, into: Set<number>): void {
    const mask = this.hs.length - 1;
    for (let i = h & mask; this.vs[i] !== -1; i = (i + 1) & mask) if (this.hs[i] === h) into.add(this.vs[i]);
  }
  lookup(q: string): Set<number> {
    const cand = new Set<number>();
    const e = this.exact.get(q);
    if (e !== undefined) cand.add(e);
    this.collect(hashOf(q), cand); // q is a key with one character deleted
    for (let i = 0; i < q.length; i++) {
      const d = q.slice(0, i) + q.slice(i + 1);
      const k = this.exact.get(d); // q is a key with one character added
      if (k !== undefined) cand.add(k);
    }
    forDeletionHashes(q, (h) => this.collect(h, cand)); // substitution or adjacent swap
    const out = new Set<number>();
    for (const k of cand) if (osa(q, this.keys[k], 1) <= 1) for (const id of this.ids[k]) out.add(id);
    return out;
  }
  exactIds(q: string): number[] {
    const k = this.exact.get(q);
    return k === undefined ? [] : this.ids[k];
  }
}

/** Registered workers by name, for "could this row pass for them by name". */
class RegisterNames {
  lat = new NameIndex();
  kh = new NameIndex();
  members = new Map<number, number[]>();
  constructor(ids: readonly number[]) {
    ids.forEach((id, i) => {
      const m = this.members.get(id);
      if (m) {
        m.push(i);
        return;
      }
      this.members.set(id, [i]);
      for (const k of latinKeys(id)) this.lat.add(k, id);
      for (const k of khmerKeys(id)) this.kh.add(k, id);
    });
  }
  /** Indexes of registered workers the name could pass for; `exactIds` those spelt exactly. */
  candidates(name: string): { regs: number[]; exactIds: Set<number> } {
    const kh = KH_RE.test(name);
    const q = kh ? khCanon(name) : latNorm(name);
    const idx = kh ? this.kh : this.lat;
    const regs: number[] = [];
    for (const id of idx.lookup(q)) regs.push(...this.members.get(id)!);
    return { regs, exactIds: new Set(idx.exactIds(q)) };
  }
}

// ---------------------------------------------------------------------------------------------
// Field comparisons a human would make

interface Fields {
  sex: 'M' | 'F' | null;
  nationalId: string | null;
  nssfNumber: string | null;
  dateOfBirth: string | null;
}

/** Rule 3: a field present on both sides tells the row and the registered worker apart. */
function ruledOut(o: Fields, r: RegisteredWorker): string | null {
  if (o.sex && r.sex && o.sex !== r.sex) return 'sex';
  if (o.nationalId && r.nationalId && osa(o.nationalId, r.nationalId, 1) > 1) return 'national-id';
  if (o.nssfNumber && r.nssfNumber && osa(o.nssfNumber, r.nssfNumber, 1) > 1) return 'nssf';
  if (usableDob(o.dateOfBirth) && usableDob(r.dateOfBirth) && !dobCompatible(r.dateOfBirth, o.dateOfBirth)) return 'dob';
  return null;
}

/** Rule 5: how well a row fits a registered worker it is not ruled out from. */
function fitScore(o: Fields, r: RegisteredWorker, exactName: boolean): number {
  let s = exactName ? 2 : 0;
  if (o.sex && r.sex) s += 1;
  if (o.nationalId && r.nationalId) s += o.nationalId === r.nationalId ? 100 : 50;
  if (o.nssfNumber && r.nssfNumber) s += o.nssfNumber === r.nssfNumber ? 100 : 50;
  if (usableDob(o.dateOfBirth) && usableDob(r.dateOfBirth)) {
    if (o.dateOfBirth === r.dateOfBirth && !isJan1(r.dateOfBirth)) s += 20;
    else if (swapDM(o.dateOfBirth) === r.dateOfBirth) s += 10;
    else s += 5;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Rendering names

interface Stats {
  [k: string]: number;
}
const bump = (st: Stats, k: string, n = 1) => {
  st[k] = (st[k] ?? 0) + n;
};

function shifterSwap(s: string): string {
  return s.replace(/([\u17c9\u17ca])([\u17b6-\u17c5])/g, '$2$1');
}
function vowelBeforeCoeng(s: string): string {
  return s.replace(/(\u17d2[\u1780-\u17a2])([\u17b6-\u17c5])/g, '$2$1');
}

function renderKhmer(r: Rng, fi: number, gi: number, st: Stats): string {
  let f = FAMILY_36[fi].kh, g = GIVEN_36[gi].kh;
  if (r.chance(0.35)) {
    const f2 = shifterSwap(f), g2 = shifterSwap(g);
    if (f2 !== f || g2 !== g) bump(st, 'kh: shifter/vowel order swapped');
    f = f2;
    g = g2;
  }
  if (r.chance(0.2)) {
    const f2 = vowelBeforeCoeng(f), g2 = vowelBeforeCoeng(g);
    if (f2 !== f || g2 !== g) bump(st, 'kh: vowel typed before coeng');
    f = f2;
    g = g2;
  }
  const u = r.next();
  const sep = u < 0.18 ? '\u200b' : u < 0.3 ? '' : ' ';
  if (sep === '\u200b') bump(st, 'kh: zero-width space');
  if (sep === '') bump(st, 'kh: no separator');
  let name: string;
  if (r.chance(0.06)) {
    bump(st, 'kh: given name first');
    name = g + sep + f;
  } else name = f + sep + g;
  return r.chance(0.1) ? name.normalize('NFD') : name;
}

function typo(r: Rng, w: string): string {
  const a = w.split('');
  const k = r.int(0, 3);
  const i = r.int(0, a.length - 1);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  if (k === 0) {
    let c = a[i];
    while (c === a[i]) c = letters[r.int(0, 25)];
    a[i] = c;
  } else if (k === 1) a.splice(i, 1);
  else if (k === 2) a.splice(i, 0, a[i]);
  else {
    for (let t = 0; t < 8; t++) {
      const j = r.int(0, a.length - 2);
      if (a[j] !== a[j + 1]) {
        [a[j], a[j + 1]] = [a[j + 1], a[j]];
        return a.join('');
      }
    }
    a.splice(i, 0, a[i]);
  }
  return a.join('');
}

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function renderLatin(r: Rng, fi: number, gi: number, reg: [number, number] | null, st: Stats): string {
  const fl = FAMILY_36[fi].latin, gl = GIVEN_36[gi].latin;
  const fIdx = reg && r.chance(0.55) ? reg[0] : fl.indexOf(r.pickSkewed(fl, 1.5));
  const gIdx = reg && r.chance(0.55) ? reg[1] : gl.indexOf(r.pickSkewed(gl, 1.5));
  if (reg && (fIdx !== reg[0] || gIdx !== reg[1])) bump(st, 'lat: romanization differs from register');
  if (!reg) bump(st, 'lat: register has no Latin name');
  const fam = [fl[fIdx].toLowerCase()];
  const giv = gl[gIdx].toLowerCase().split(' ');
  const givenFirst = r.chance(0.12);
  if (givenFirst) bump(st, 'lat: given name first');
  const toks = givenFirst ? [...giv, ...fam] : [...fam, ...giv];
  const famPos = givenFirst ? toks.length - 1 : 0;
  if (r.chance(0.04)) {
    const elig = toks.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
    if (elig.length) {
      const i = r.pick(elig);
      toks[i] = typo(r, toks[i]);
      bump(st, 'lat: typo');
    }
  }
  const u = r.next();
  if (u < 0.4) return toks.join(' ').toUpperCase();
  if (u < 0.8) return toks.map(title).join(' ');
  if (u < 0.88) return toks.join(' ');
  return toks.map((t, i) => (i === famPos ? t.toUpperCase() : title(t))).join(' ');
}

// ---------------------------------------------------------------------------------------------
// IDs

function slip(r: Rng, id: string): string {
  const a = id.split('');
  if (r.chance(0.5)) {
    for (let t = 0; t < 10; t++) {
      const i = r.int(0, a.length - 2);
      if (a[i] !== a[i + 1]) {
        [a[i], a[i + 1]] = [a[i + 1], a[i]];
        return a.join('');
      }
    }
  }
  const i = r.int(0, a.length - 1);
  let d = a[i];
  while (d === a[i]) d = String(r.int(0, 9));
  a[i] = d;
  return a.join('');
}

function uniqueDigits(r: Rng, used: Set<string>, make: () => string): string {
  for (;;) {
    const s = make();
    if (!used.has(s)) {
      used.add(s);
      return s;
    }
  }
}
const digits = (r: Rng, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
};

function uuid(r: Rng): string {
  const h: string[] = [];
  for (let i = 0; i < 16; i++) {
    let b = Math.floor(r.next() * 256);
    if (i === 6) b = (b & 0x0f) | 0x40;
    if (i === 8) b = (b & 0x3f) | 0x80;
    h.push(b.toString(16).padStart(2, '0'));
  }
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}

// ---------------------------------------------------------------------------------------------
// The generator

interface Person {
  id: number; // name identity
  sex: 'M' | 'F';
  realDob: string;
  nationalId: string;
}

interface Reg {
  p: Person;
  rec: RegisteredWorker;
  latin: [number, number] | null;
  absent: boolean;
}

interface Row {
  rec: Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'>;
  truth: Reg | null;
}

type Source = 'csv' | 'manual' | 'id-card';

let lastStats: Stats = {};

function pickGiven(r: Rng, sex: 'M' | 'F'): number {
  const list = GIVEN_IDX[sex];
  return r.pickSkewed(list, 1.15);
}
const GIVEN_IDX: Record<'M' | 'F', number[]> = {
  F: GIVEN_36.map((g, i) => (g.sex !== 'M' ? i : -1)).filter((i) => i >= 0),
  M: GIVEN_36.map((g, i) => (g.sex !== 'F' ? i : -1)).filter((i) => i >= 0),
};

/** The sheet's / inspector's DOB for a person, with the theme's variations. */
function sheetDob(r: Rng, src: Source, realDob: string, regDob: string | null, hire: string | null, st: Stats, hidden: boolean): string | null {
  if (src === 'id-card') return realDob;
  const u = r.next();
  const yearOnlyReg = regDob !== null && isJan1(regDob);
  const cut = src === 'csv'
    ? { missing: 0.03, hire: 0.08, jan1: 0.145, first: 0.21, yearOff: 0.24, swap: 0.3 }
    : { missing: 0.07, hire: 0.07, jan1: 0.12, first: 0.17, yearOff: 0.23, swap: 0.29 };
  const tag = hidden ? 'hidden dob: ' : 'dob made: ';
  if (u < cut.missing) {
    bump(st, tag + 'missing');
    return null;
  }
  if (u < cut.hire) {
    const typed = hidden ? randomDateBetween(r, Date.UTC(2012, 0, 1), Date.UTC(2025, 1, 28)) : hire;
    if (typed) {
      bump(st, tag + 'hire date typed');
      return typed;
    }
    return realDob;
  }
  if (u < cut.jan1) {
    bump(st, tag + 'default 1 Jan');
    return fmt(yOf(realDob), 1, 1);
  }
  if (u < cut.first) {
    bump(st, tag + 'default 1st of month');
    return fmt(yOf(realDob), mOf(realDob), 1);
  }
  if (u < cut.yearOff) {
    if (yearOnlyReg || realDob.endsWith('-02-29')) return realDob;
    const y = yOf(realDob) + (r.chance(0.7) ? 1 : -1);
    const m = mOf(realDob), d = dOf(realDob);
    bump(st, tag + 'year off by one');
    return fmt(y, m, d);
  }
  if (u < cut.swap) {
    const s = swapDM(realDob);
    if (s) bump(st, tag + 'day/month swap');
    return s ?? realDob;
  }
  return realDob;
}

function pickSource(r: Rng): Source {
  const u = r.next();
  return u < 0.6 ? 'csv' : u < 0.88 ? 'manual' : 'id-card';
}

function onsiteFields(r: Rng, p: Person, reg: Reg | null, st: Stats, force = 0): Row['rec'] {
  const src: Source = force >= 2 ? 'id-card' : pickSource(r);
  const regRec = reg?.rec ?? null;
  const hidden = reg === null;
  const khChance = src === 'id-card' ? 0.7 : src === 'csv' ? 0.4 : 0.35;
  const fi = famOf(p.id), gi = givOf(p.id);
  const kh = r.chance(khChance);
  const name = kh ? renderKhmer(r, fi, gi, st) : renderLatin(r, fi, gi, reg ? reg.latin : null, st);
  const sexP = src === 'id-card' ? 1 : src === 'csv' ? 0.8 : 0.9;
  const sex = r.chance(sexP) ? p.sex : null;
  let nationalId: string | null = null;
  const idP = src === 'id-card' || force >= 1 ? 1 : (src === 'csv' ? 0.55 : 0.3) * (hidden ? 0.75 : 1);
  if (r.chance(idP)) {
    nationalId = p.nationalId;
    if (src !== 'id-card' && r.chance(src === 'csv' ? 0.03 : 0.05)) {
      nationalId = slip(r, nationalId);
      bump(st, hidden ? 'hidden: national ID slip' : 'id: national ID slip');
    }
  }
  let nssfNumber: string | null = null;
  if (regRec?.nssfNumber && src !== 'id-card' && r.chance(src === 'csv' ? 0.35 : 0.1)) {
    nssfNumber = regRec.nssfNumber;
    if (r.chance(0.03)) {
      nssfNumber = slip(r, nssfNumber);
      bump(st, 'id: NSSF number slip');
    }
  }
  const dateOfBirth = sheetDob(r, src, p.realDob, regRec?.dateOfBirth ?? null, regRec?.hireDate ?? null, st, hidden);
  return { visitId: VISIT_ID, name, nationalId, nssfNumber, sex, dateOfBirth, source: src };
}

export function generateThirtysixth(size: number, seed: number): Roster {
  const r = rng((seed * 2654435761 + 36) >>> 0);
  const st: Stats = {};
  const usedNat = new Set<string>();
  const usedNssf = new Set<string>();
  const newNat = () => uniqueDigits(r, usedNat, () => String(r.int(0, 2)) + digits(r, 8));

  // --- register
  const regs: Reg[] = [];
  const groups = new Map<number, string[]>(); // identity -> registered DOBs
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.68) ? 'F' : 'M';
    let id = 0, realDob = '', regDob: string | null = null, yearOnly = false;
    for (let t = 0; ; t++) {
      if (t % 40 === 0) id = ident(FAMILY_36.indexOf(r.pickSkewed(FAMILY_36, 1.3)), pickGiven(r, sex));
      const y = birthYear(r);
      realDob = randomDateInYear(r, y);
      yearOnly = r.chance(yearOnlyChance(y));
      regDob = yearOnly ? fmt(y, 1, 1) : realDob;
      const g = groups.get(id);
      if (!g || !g.some((d) => rule2Close(d, regDob!))) break;
    }
    const dobMissing = r.chance(0.01);
    if (dobMissing) regDob = null;
    else {
      const g = groups.get(id);
      if (g) g.push(regDob!);
      else groups.set(id, [regDob!]);
    }
    const p: Person = { id, sex, realDob, nationalId: newNat() };
    const fl = FAMILY_36[famOf(id)].latin, gl = GIVEN_36[givOf(id)].latin;
    const latin: [number, number] | null = r.chance(0.85) ? [fl.indexOf(r.pickSkewed(fl, 1.5)), gl.indexOf(r.pickSkewed(gl, 1.5))] : null;
    const earliest = Math.max(Date.UTC(2008, 0, 1), Date.UTC(yOf(realDob) + 18, mOf(realDob) - 1, dOf(realDob)));
    const hireDate = r.chance(0.97) ? randomDateBetween(r, earliest, Date.UTC(2025, 1, 28)) : null;
    const fam = FAMILY_36[famOf(id)], giv = GIVEN_36[givOf(id)];
    const upper = r.chance(0.7);
    const nameLatin = latin ? [fl[latin[0]], gl[latin[1]]].map((w) => (upper ? w.toUpperCase() : w)).join(' ') : null;
    const rec: RegisteredWorker = {
      workerId: '',
      nssfNumber: r.chance(0.97) ? uniqueDigits(r, usedNssf, () => '1' + digits(r, 9)) : null,
      nationalId: r.chance(0.9) ? p.nationalId : null,
      nameKh: fam.kh + (r.chance(0.05) ? '\u200b' : ' ') + giv.kh,
      nameLatin,
      sex: r.chance(0.99) ? sex : null,
      dateOfBirth: regDob,
      hireDate,
      wageRiel: r.chance(0.95) ? r.int(200, 420) * 4000 : null,
    };
    regs.push({ p, rec, latin, absent: r.chance(0.05) });
  }
  r.shuffle(regs);
  regs.forEach((g, i) => {
    g.rec.workerId = `NSSF-W${String(i + 1).padStart(6, '0')}`;
  });
  const names = new RegisterNames(regs.map((g) => g.p.id));

  // --- true rows
  const rows: Row[] = [];
  for (const g of regs) if (!g.absent) rows.push({ rec: onsiteFields(r, g.p, g, st), truth: g });

  // --- hidden rows
  const present = rows.length;
  const hiddenTarget = Math.round((present * 0.075) / 0.925);
  let hiddenMade = 0;
  while (hiddenMade < hiddenTarget) {
    const namesake = r.chance(0.6);
    let p: Person;
    if (namesake) {
      const t = r.pick(regs);
      const sameYear = r.chance(0.5);
      const sex = GIVEN_36[givOf(t.p.id)].sex === 'U' ? (r.chance(0.5) ? 'F' : 'M') : t.p.sex;
      const y = sameYear ? yOf(t.p.realDob) : birthYear(r);
      p = { id: t.p.id, sex, realDob: randomDateInYear(r, y), nationalId: '' };
      bump(st, sameYear ? 'hidden drawn: namesake, same year' : 'hidden drawn: namesake, any year');
    } else {
      const sex: 'M' | 'F' = r.chance(0.68) ? 'F' : 'M';
      const list = GIVEN_IDX[sex];
      p = { id: ident(r.int(0, FAMILY_36.length - 1), list[r.int(0, list.length - 1)]), sex, realDob: randomDateInYear(r, birthYear(r)), nationalId: '' };
      bump(st, 'hidden drawn: free name');
    }
    p.nationalId = newNat();
    let ok = false;
    for (let attempt = 0; attempt < 24 && !ok; attempt++) {
      const tryStats: Stats = {};
      const force = attempt < 8 ? 0 : attempt < 16 ? 1 : 2;
      const rec = onsiteFields(r, p, null, tryStats, force);
      const { regs: cands } = names.candidates(rec.name);
      if (cands.every((i) => ruledOut(rec, regs[i].rec) !== null)) {
        ok = true;
        for (const [k, v] of Object.entries(tryStats)) bump(st, k, v);
        if (attempt > 0) bump(st, 'hidden: fields redrawn to rule out namesakes');
        if (force > 0) bump(st, 'hidden: forced national ID' + (force > 1 ? ' + ID card' : ''));
        rows.push({ rec, truth: null });
        hiddenMade++;
      }
    }
    if (!ok) bump(st, 'hidden: person abandoned (could not be ruled out)');
  }

  // --- shuffle and stamp
  r.shuffle(rows);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = VISIT_START_MS;
  let csvRow = 0;
  for (const row of rows) {
    t += r.int(4, 45) * 1000;
    const id = uuid(r);
    const rec: OnsiteWorker = {
      id,
      visitId: row.rec.visitId,
      name: row.rec.name,
      nationalId: row.rec.nationalId,
      nssfNumber: row.rec.nssfNumber,
      sex: row.rec.sex,
      dateOfBirth: row.rec.dateOfBirth,
      source: row.rec.source,
      sourceRow: row.rec.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    };
    onsite.push(rec);
    truth.set(id, row.truth ? row.truth.rec.workerId : null);
  }
  lastStats = st;
  return { registered: regs.map((g) => g.rec), onsite, truth };
}

// ---------------------------------------------------------------------------------------------
// Self-check

/** Identity of a registered worker from its Khmer name (family first), independent of the generator. */
function regIdentity(khKeyToId: Map<string, number>, nameKh: string): number | undefined {
  return khKeyToId.get(khCanon(nameKh));
}

function latinPlausible(name: string, id: number): 'exact' | 'typo' | null {
  const toks = name.toLowerCase().trim().split(/\s+/);
  let best: 'exact' | 'typo' | null = null;
  for (const f of FAMILY_36[famOf(id)].latin)
    for (const g of GIVEN_36[givOf(id)].latin) {
      const ft = [f.toLowerCase()], gt = g.toLowerCase().split(' ');
      for (const v of [[...ft, ...gt], [...gt, ...ft]]) {
        if (v.length !== toks.length) continue;
        let diffs = 0, okTypo = true;
        for (let i = 0; i < v.length; i++) {
          if (v[i] === toks[i]) continue;
          diffs++;
          if (v[i].length < 4 || osa(v[i], toks[i], 1) > 1) okTypo = false;
        }
        if (diffs === 0) return 'exact';
        if (diffs === 1 && okTypo) best = 'typo';
      }
    }
  return best;
}

function spearman(xs: number[], ys: number[]): number {
  const rank = (a: number[]) => {
    const idx = a.map((v, i) => [v, i] as const).sort((p, q) => p[0] - q[0]);
    const rk = new Array<number>(a.length);
    idx.forEach(([, i], k) => (rk[i] = k));
    return rk;
  };
  const rx = rank(xs), ry = rank(ys);
  const n = xs.length, mx = (n - 1) / 2;
  let num = 0, dx = 0, dy = 0;
  for (let i = 0; i < n; i++) {
    num += (rx[i] - mx) * (ry[i] - mx);
    dx += (rx[i] - mx) ** 2;
    dy += (ry[i] - mx) ** 2;
  }
  return num / Math.sqrt(dx * dy);
}

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
    return ok;
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)} %`;

  const t0 = performance.now();
  const roster = generateThirtysixth(size, seed);
  const genMs = performance.now() - t0;
  const st = lastStats;
  const { registered, onsite, truth } = roster;

  // name table sanity: full-name keys never shared between identities
  const latOwner = new Map<string, number>(), khOwner = new Map<string, number>();
  let sharedKeys = 0;
  for (let fi = 0; fi < FAMILY_36.length; fi++)
    for (let gi = 0; gi < GIVEN_36.length; gi++) {
      const id = ident(fi, gi);
      for (const k of latinKeys(id)) {
        const o = latOwner.get(k);
        if (o !== undefined && o !== id) sharedKeys++;
        latOwner.set(k, id);
      }
      for (const k of khmerKeys(id)) {
        const o = khOwner.get(k);
        if (o !== undefined && o !== id) sharedKeys++;
        khOwner.set(k, id);
      }
    }
  check(sharedKeys === 0, `name table: ${sharedKeys} full-name spellings shared by two different names`);
  const khKeyToId = new Map<string, number>();
  for (let fi = 0; fi < FAMILY_36.length; fi++) for (let gi = 0; gi < GIVEN_36.length; gi++) khKeyToId.set(khCanon(FAMILY_36[fi].kh + GIVEN_36[gi].kh), ident(fi, gi));

  const regIds = registered.map((w) => regIdentity(khKeyToId, w.nameKh));
  check(regIds.every((x) => x !== undefined), 'every registered Khmer name is in the name table');
  const ids = regIds.map((x) => x ?? -1);
  const byWorker = new Map(registered.map((w, i) => [w.workerId, i]));
  const names = new RegisterNames(ids);

  // --- shape
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set(trueRows.map((o) => truth.get(o.id)!));
  const absent = registered.length - present.size;
  const yearOnly = registered.filter((w) => w.dateOfBirth && isJan1(w.dateOfBirth));
  console.log(`thirtysixth ${size}/${seed}: ${THIRTYSIXTH_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${absent} = ${pct(absent, registered.length)}`);
  console.log(`  register DOB 1 Jan (year-only) ${pct(yearOnly.length, registered.length)}; missing ${pct(registered.filter((w) => !w.dateOfBirth).length, registered.length)}; Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}; national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}`);
  const decades = [[1965, 1975], [1975, 1985], [1985, 1995], [1995, 2007]];
  console.log('  year-only by birth year: ' + decades.map(([a, b]) => {
    const inD = registered.filter((w) => w.dateOfBirth && yOf(w.dateOfBirth) >= a && yOf(w.dateOfBirth) < b);
    return `${a}-${b - 1} ${pct(inD.filter((w) => isJan1(w.dateOfBirth!)).length, inD.length)} of ${inD.length}`;
  }).join(', '));
  const src = (s: string) => onsite.filter((o) => o.source === s).length;
  const khRows = onsite.filter((o) => KH_RE.test(o.name)).length;
  console.log(`  sources csv ${pct(src('csv'), onsite.length)}, manual ${pct(src('manual'), onsite.length)}, id-card ${pct(src('id-card'), onsite.length)}; Khmer names ${pct(khRows, onsite.length)}`);
  const idRate = (rows: OnsiteWorker[]) => `national ID ${pct(rows.filter((o) => o.nationalId).length, rows.length)}, NSSF ${pct(rows.filter((o) => o.nssfNumber).length, rows.length)}, sex ${pct(rows.filter((o) => o.sex).length, rows.length)}, DOB ${pct(rows.filter((o) => o.dateOfBirth).length, rows.length)}`;
  console.log(`  fields present, true rows: ${idRate(trueRows)}`);
  console.log(`  fields present, hidden rows: ${idRate(hiddenRows)}`);
  console.log('  generator tallies:');
  for (const k of Object.keys(st).sort()) console.log(`    ${k.padEnd(52)} ${String(st[k]).padStart(6)}  ${pct(st[k], k.startsWith('hidden') ? hiddenRows.length : onsite.length)}`);

  // --- rule 1
  const r1 = { name: 0, id: 0, dob: 0, sex: 0, own: 0 };
  const dobKinds: Stats = {};
  let typos = 0;
  for (const o of trueRows) {
    const w = registered[byWorker.get(truth.get(o.id)!)!];
    const id = ids[byWorker.get(w.workerId)!];
    if (KH_RE.test(o.name)) {
      const k = khCanon(o.name);
      if (!khmerKeys(id).includes(k)) r1.name++;
    } else {
      const v = latinPlausible(o.name, id);
      if (!v) r1.name++;
      if (v === 'typo') typos++;
    }
    if (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId, 1) > 1) r1.id++;
    if (o.nssfNumber && (!w.nssfNumber || osa(o.nssfNumber, w.nssfNumber, 1) > 1)) r1.id++;
    if (o.sex && w.sex && o.sex !== w.sex) r1.sex++;
    const kind = dobVariation(w.dateOfBirth, o.dateOfBirth, w.hireDate);
    if (kind === null || kind === 'child-date') {
      r1.dob++;
      if (r1.dob <= 3) console.log(`  unexplained DOB: register ${w.dateOfBirth} (hire ${w.hireDate}), on site ${o.dateOfBirth} (${o.source})`);
    }
    bump(dobKinds, kind ?? 'UNEXPLAINED');
    if (ruledOut(o, w) !== null) r1.own++;
  }
  console.log('  true-row DOB vs register (rule-1 classes): ' + Object.keys(dobKinds).sort().map((k) => `${k} ${pct(dobKinds[k], trueRows.length)}`).join(', '));
  console.log(`  true-row Latin names with one typo: ${typos}`);
  check(r1.name === 0, `rule 1: ${r1.name} true rows with an implausible name`);
  check(r1.id === 0, `rule 1: ${r1.id} true rows with an ID more than one slip off`);
  check(r1.sex === 0, `rule 1: ${r1.sex} true rows with the wrong sex`);
  check(r1.dob === 0, `rule 1: ${r1.dob} true rows with an unexplained DOB`);
  check(r1.own === 0, `rule 1: ${r1.own} true rows ruled out from their own registered worker`);

  // --- rule 2
  let r2 = 0;
  const groups = new Map<number, number[]>();
  ids.forEach((id, i) => {
    const g = groups.get(id);
    if (g) g.push(i);
    else groups.set(id, [i]);
  });
  let namesakeRegs = 0, maxGroup = 0, sameYearYearOnlyPairs = 0;
  for (const g of groups.values()) {
    if (g.length > 1) namesakeRegs += g.length;
    maxGroup = Math.max(maxGroup, g.length);
    for (let a = 0; a < g.length; a++)
      for (let b = a + 1; b < g.length; b++) {
        const da = registered[g[a]].dateOfBirth, db = registered[g[b]].dateOfBirth;
        if (!da || !db) continue;
        if (rule2Close(da, db)) r2++;
        if (yOf(da) === yOf(db) && (isJan1(da) || isJan1(db))) sameYearYearOnlyPairs++;
      }
  }
  console.log(`  registered with a namesake ${pct(namesakeRegs, registered.length)}, largest namesake group ${maxGroup}, same-year pairs with a year-only DOB ${sameYearYearOnlyPairs}`);
  check(r2 === 0, `rule 2: ${r2} registered namesake pairs with DOBs too close`);

  // --- rule 3
  let r3 = 0, hiddenNamesakes = 0, hiddenSameYear = 0;
  const by: Stats = {};
  for (const o of hiddenRows) {
    const { regs } = names.candidates(o.name);
    if (regs.length) hiddenNamesakes++;
    let sameYear = false;
    for (const i of regs) {
      const why = ruledOut(o, registered[i]);
      if (!why) r3++;
      else bump(by, why);
      const d = registered[i].dateOfBirth;
      if (d && o.dateOfBirth && yOf(d) === yOf(o.dateOfBirth)) sameYear = true;
    }
    if (sameYear) hiddenSameYear++;
  }
  console.log(`  hidden rows that pass for a registered worker by name ${pct(hiddenNamesakes, hiddenRows.length)}; of them with a namesake born the same year ${pct(hiddenSameYear, hiddenNamesakes)}; (row, namesake) pairs ruled out by: ` + Object.keys(by).sort().map((k) => `${k} ${by[k]}`).join(', '));
  check(r3 === 0, `rule 3: ${r3} (hidden row, registered namesake) pairs not ruled out`);

  // --- rule 4
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => v4.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: on-site ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt increases in row order');
  let lastCsv = 0, csvOk = true;
  for (const o of onsite) {
    if (o.source === 'csv') {
      if (o.sourceRow !== lastCsv + 1) csvOk = false;
      lastCsv = o.sourceRow ?? -1;
    } else if (o.sourceRow !== null) csvOk = false;
  }
  check(csvOk, 'rule 4: sourceRow numbers csv rows in row order');
  check(new Set(registered.map((w) => w.workerId)).size === registered.length, 'rule 4: registered worker ids unique');
  const pos = trueRows.map((o) => onsite.indexOf(o));
  const rpos = trueRows.map((o) => byWorker.get(truth.get(o.id)!)!);
  const rho = spearman(pos, rpos);
  const half = onsite.length / 2;
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length, h2 = hiddenRows.length - h1;
  const rhoAge = spearman(registered.map((_, i) => i), registered.map((w) => (w.dateOfBirth ? yOf(w.dateOfBirth) : 1990)));
  console.log(`  leak checks: rank corr(on-site row, register row) ${rho.toFixed(3)}, hidden in first/second half ${h1}/${h2}, rank corr(register row, birth year) ${rhoAge.toFixed(3)}`);
  check(Math.abs(rho) < 0.06, 'rule 4: on-site order unrelated to register order');
  check(Math.abs(h1 - h2) < 4 * Math.sqrt(hiddenRows.length) + 5, 'rule 4: hidden rows spread through the roster');
  check(Math.abs(rhoAge) < 0.06, 'rule 4: register order unrelated to age');

  // --- rule 5
  let undecidable = 0;
  const undKinds: Stats = {};
  for (const o of trueRows) {
    const ti = byWorker.get(truth.get(o.id)!)!;
    const { regs, exactIds } = names.candidates(o.name);
    const tScore = fitScore(o, registered[ti], exactIds.has(ids[ti]));
    for (const i of regs) {
      if (i === ti || ruledOut(o, registered[i])) continue;
      if (fitScore(o, registered[i], exactIds.has(ids[i])) >= tScore) {
        undecidable++;
        bump(undKinds, (dobVariation(registered[ti].dateOfBirth, o.dateOfBirth, registered[ti].hireDate) ?? '?') + (o.nationalId ? '+id' : ''));
        break;
      }
    }
  }
  console.log(`  undecidable true rows ${undecidable} = ${pct(undecidable, trueRows.length)}: ` + Object.keys(undKinds).sort().map((k) => `${k} ${undKinds[k]}`).join(', '));
  check(undecidable < 0.04 * trueRows.length, `rule 5: undecidable true rows ${pct(undecidable, trueRows.length)} >= 4 %`);

  // --- schemas
  let bad = 0;
  for (const w of registered) if (!RegSchema.safeParse(w).success) bad++;
  for (const o of onsite) if (!OnsiteSchema.safeParse(o).success) bad++;
  check(bad === 0, `schemas: ${bad} records fail zod`);
  check(truth.size === onsite.length && onsite.every((o) => truth.has(o.id)), 'truth covers every on-site row');
  check(onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o)), 'no statedStartDate / wageRiel on site');

  // --- determinism and speed
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = ser(roster);
  check(a === ser(generateThirtysixth(size, seed)), 'determinism: same seed gives the same roster');
  check(a !== ser(generateThirtysixth(size, seed + 1)), 'determinism: another seed gives another roster');
  // best of two runs, wall clock (CPU time shown too: the machine may be shared)
  let ms10k = Infinity, cpu10k = Infinity;
  for (let k = 0; k < 2; k++) {
    const c = process.cpuUsage();
    const t1 = performance.now();
    generateThirtysixth(10000, seed + 7 * k);
    ms10k = Math.min(ms10k, performance.now() - t1);
    const u = process.cpuUsage(c);
    cpu10k = Math.min(cpu10k, (u.user + u.system) / 1000);
  }
  console.log(`  generation: ${size} in ${genMs.toFixed(0)} ms (first call); 10,000 in ${ms10k.toFixed(0)} ms wall, ${cpu10k.toFixed(0)} ms CPU`);
  check(ms10k < 2000, `10k generation took ${ms10k.toFixed(0)} ms`);

  for (const f of fails) console.log(`  FAIL: ${f}`);
  console.log(fails.length ? 'FAIL' : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('thirtysixth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  void selfCheck(size, seed).then(
    (ok) => {
      if (!ok) process.exitCode = 1;
    },
    (e: unknown) => {
      console.error(e);
      console.log('FAIL');
      process.exitCode = 1;
    },
  );
}
