/**
 * hundredth — a grader's roster, written blind: the product text's variations and nothing else,
 * with the emphasis on the REVIEW BUDGET of a thin on-site sheet.
 *
 * The sheet: about a third of on-site rows give no date of birth, and four in five of those give
 * no ID number either, so roughly a quarter of all rows carry a name and a sex alone. A careful
 * person can still decide such a row when its name is unique on the register (or its sex rules
 * the namesakes out); the engine must decide those without sending them all to review.
 *
 * ── Chosen rates (per on-site row unless stated) ────────────────────────────────────────────────
 *  Register: 10,000 (or `size`) workers; 56 % women. Namesake copies 5 % of draws (≈ 10 % of the
 *    register shares a full name with another registered worker, common names most often).
 *    Latin name missing 12 % (registered Latin in upper case 80 %); national ID missing 4 %;
 *    NSSF number missing 2 %; hire date missing 3 %; wage missing 5 %; sex and DOB always given.
 *  Absent registered workers: 5 % of the register. Hidden workers: 7.5 % of the true rows
 *    (≈ 7 % of on-site rows); ≈ 50 % of them namesakes of a registered worker (about a third of
 *    those namesakes of an ABSENT worker), ruled out by DOB, national ID or sex on both lists; the
 *    rest carry names more than one edit from every registered name.
 *    A safeguard gives DOB to thin namesake rows beyond 3.5 % ties (rule 5); it has not triggered
 *    on the seeds checked.
 *  Names: 96 family names and 141 given names (88 usable for women, 70 for men; two-syllable
 *    ones like Sreymom, Kimheng, Bunthoeun), drawn skewed so Sok, Chan, Chea ... come first; a name already
 *    on the register is redrawn except for the deliberate namesake copies, so at 10,000 the
 *    commonest family names flatten to ≈ 1.5-2 % each while namesakes stay at the rate above.
 *  Source: employer sheet (csv) 55 %, typed by the inspector (manual) 35 %, ID card 10 %.
 *  Date of birth missing: 37 % of sheet/typed rows → ≈ 33 % overall (ID-card rows always have it).
 *    Of rows without DOB, 80 % carry no ID at all (name + sex alone ≈ 27 % of rows).
 *    Rows with DOB: national ID 50 % (csv) / 45 % (manual), NSSF number 35 %.
 *    Rows without DOB but with an ID: national ID 70 %, NSSF number 45 %, at least one.
 *  Sex missing: 5 % of sheet/typed rows.
 *  Script: Latin 65 % of csv, 45 % of manual, 20 % of ID-card rows (≈ 54 % overall); the rest Khmer.
 *    Latin rows are a name in the other script from the register's Khmer; 12 % of them meet a
 *    register row with no Latin name at all (Khmer on one side, Latin on the other only).
 *  Khmer rows: family/given swapped 6 %; separator zero-width space 18 %, none 8 %, else a space;
 *    keyboard code-point order "legacy" 22 % (register shifter typed after the vowel, nikahit
 *    before the vowel, vowel before the subscript — every place the name allows), "mixed" 10 %
 *    (each place 50 %); NFD-normalised 15 % (byte-identical: Khmer has no canonical decompositions).
 *  Latin rows: each word re-drawn from its listed romanizations 35 % of the time (≈ 26 % of true
 *    Latin rows end up spelled otherwise than the register's Latin name); family and
 *    given swapped 15 %; case UPPER / Title / lower 50/45/5 % (csv), 30/60/10 % (manual), ID-card
 *    upper; compound given names spaced or joined (Srey Mom / Sreymom) as listed; one typo in one
 *    word of 4+ letters 4 % (csv) / 7 % (manual).
 *  ID slips: 3 % of national IDs and 3 % of NSSF numbers given on sheet/typed rows (60 % adjacent
 *    transposition, 40 % one mistyped digit). DOB day/month swap: 4 % of sheet/typed DOBs that can
 *    be swapped (day ≤ 12, day ≠ month).
 *
 * ── Fairness rules (audited by the self-check) ─────────────────────────────────────────────────
 *  1. A true row carries only plausible variants of its registered worker: a listed romanization
 *     of each word (either order, any case, compound spaced or joined), at most one typo in one
 *     word of 4+ letters (Latin only), Khmer encoding variants (ZWSP/no separator, code-point order,
 *     NFD); IDs exact or one slip; DOB exact or day/month swapped; sex right or missing. No other
 *     variation is modelled.
 *  2. Registered namesakes (any key in common: same Khmer, or any spelling of the Latin, either
 *     order) never share a DOB and are more than a swap or one digit apart (also after a swap);
 *     their national IDs are 2+ edits apart.
 *  3. A hidden row either passes for no registered worker by name (its name is more than one edit
 *     from every spelling of every registered name, both orders, after Khmer canonicalisation) or
 *     is ruled out from every one it could pass for by a field present on BOTH lists: sex differs,
 *     DOB not exact/swapped/one digit off, or national ID 2+ edits apart.
 *  4. Nothing leaks: rows are shuffled, ids are v4 UUIDs from the seeded PRNG, recordedAt
 *     increases in row order, CSV sourceRow follows row order, registered worker ids are assigned
 *     after the register is shuffled.
 *  5. Undecidable true rows (another registered worker not ruled out whose evidence is not
 *     strictly weaker — name exact vs one edit, DOB exact vs near, ID exact vs slip) stay under 4 %.
 *     They come only from namesakes on thin rows (name + sex alone); a typo, a DOB swap or an ID
 *     slip is never allowed to create one. Safeguard: if ties would pass 3.5 % of true rows (only
 *     likely on a small register), the excess thin namesake rows are given their DOB.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN, KEY_NEIGHBOURS } from './hundredth-names';

export const HUNDREDTH_LABEL =
  'grader, thin sheet: 1/3 of rows without DOB, most of those name+sex only; namesakes, hidden namesakes, both scripts';

// ───────────────────────────────── rates ─────────────────────────────────
const RATE = {
  absent: 0.05,
  hiddenPerTrue: 0.075,
  female: 0.56,
  namesakeCopy: 0.05,
  tieCap: 0.035,
  regLatinMissing: 0.12,
  regLatinUpper: 0.8,
  regNidMissing: 0.04,
  regNssfMissing: 0.02,
  regHireMissing: 0.03,
  regWageMissing: 0.05,
  srcCsv: 0.55,
  srcManual: 0.35,
  dobPresent: 0.63,
  noIdsWithoutDob: 0.8,
  nidWithDob: { csv: 0.5, manual: 0.45 },
  nssfWithDob: 0.35,
  nidWithoutDob: 0.7,
  nssfWithoutDob: 0.45,
  sexMissing: 0.05,
  latin: { csv: 0.65, manual: 0.45, card: 0.2 },
  khSwap: 0.06,
  khZwsp: 0.18,
  khNoSep: 0.08,
  kbLegacy: 0.22,
  kbMixed: 0.1,
  nfd: 0.15,
  altRom: 0.35,
  laSwap: 0.15,
  typo: { csv: 0.04, manual: 0.07 },
  idSlip: 0.03,
  dobSwap: 0.04,
  hiddenNamesakeDob: 0.6,
  hiddenNamesakeNid: 0.5,
  hiddenNamesakeSex: 0.35,
  hiddenOfAbsent: 0.25,
};

type Sex = 'F' | 'M';
type Source = 'csv' | 'manual' | 'id-card';

// ───────────────────────────── Khmer text ─────────────────────────────
const COENG = '\u17D2';
const ZWSP = '\u200B';
const isShifter = (c: string) => c === '\u17C9' || c === '\u17CA';
const isVowel = (c: string) => c >= '\u17B6' && c <= '\u17C5';
const isSign = (c: string) => (c >= '\u17C6' && c <= '\u17D1' && c !== '\u17C9' && c !== '\u17CA' && c !== '\u17CC' && c !== COENG) || c === '\u17D3' || c === '\u17DD';
const isRobat = (c: string) => c === '\u17CC';
const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

/** Canonical Khmer: no spaces or zero-width characters; marks of each cluster in the order consonant, subscripts, shifter, robat, vowel, signs. */
export function canonKhmer(s: string): string {
  const chars = s.replace(/[\s\u200B\u200C\u200D\u2060\uFEFF]/g, '');
  let out = '';
  let units: { r: number; t: string }[] = [];
  const flush = () => {
    units.sort((a, b) => a.r - b.r); // stable
    for (const u of units) out += u.t;
    units = [];
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === COENG && i + 1 < chars.length) {
      units.push({ r: 1, t: c + chars[i + 1] });
      i++;
    } else if (isShifter(c)) units.push({ r: 2, t: c });
    else if (isRobat(c)) units.push({ r: 3, t: c });
    else if (isVowel(c)) units.push({ r: 4, t: c });
    else if (isSign(c)) units.push({ r: 5, t: c });
    else {
      flush();
      out += c;
    }
  }
  flush();
  return out;
}

/** Code-point orders some keyboards produce; `all` applies every place, otherwise each place half the time. */
function keyboardOrder(s: string, all: boolean, r: Rng): string {
  const c = [...s];
  // vowel typed before the subscript: base, (coeng X)+, vowel → base, vowel, (coeng X)+
  for (let i = 0; i < c.length; i++) {
    if (c[i] === COENG || isVowel(c[i]) || isShifter(c[i]) || isSign(c[i])) continue;
    let j = i + 1;
    while (c[j] === COENG && j + 1 < c.length) j += 2;
    if (j > i + 1 && j < c.length && isVowel(c[j]) && (all || r.chance(0.5))) {
      const v = c[j];
      c.splice(j, 1);
      c.splice(i + 1, 0, v);
    }
  }
  for (let i = 0; i + 1 < c.length; i++) {
    // register shifter typed after the vowel
    if (isShifter(c[i]) && isVowel(c[i + 1]) && (all || r.chance(0.5))) {
      [c[i], c[i + 1]] = [c[i + 1], c[i]];
      i++;
    }
  }
  for (let i = 0; i + 1 < c.length; i++) {
    // nikahit typed before the vowel (ុំ / ាំ)
    if (isVowel(c[i]) && c[i + 1] === '\u17C6' && (all || r.chance(0.5))) {
      [c[i], c[i + 1]] = [c[i + 1], c[i]];
      i++;
    }
  }
  return c.join('');
}

// ───────────────────────────── Latin text ─────────────────────────────
export function normLatin(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

/** The key a name is looked up by: canonical Khmer, or Latin letters only in lower case. */
export function nameKey(name: string): string {
  return isKhmer(name) ? canonKhmer(name) : normLatin(name);
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];
const FAM_NORM = FAMILY.map((t) => uniq(t.latin.map(normLatin)));
const GIV_NORM = GIVEN.map((t) => uniq(t.latin.map(normLatin)));
const FAM_BY_KH = new Map(FAMILY.map((t, i) => [t.kh, i] as const));
const GIV_BY_KH = new Map(GIVEN.map((t, i) => [t.kh, i] as const));
const FAM_IDX = FAMILY.map((_, i) => i);
const GIV_F = GIVEN.map((g, i) => ({ g, i })).filter((x) => x.g.sex !== 'M').map((x) => x.i);
const GIV_M = GIVEN.map((g, i) => ({ g, i })).filter((x) => x.g.sex !== 'F').map((x) => x.i);

const keyCache = new Map<number, string[]>();
/** Every key a registered name can be written as: Khmer both orders; each Latin spelling both orders. */
function classKeys(fi: number, gi: number): string[] {
  const id = fi * 4096 + gi;
  let k = keyCache.get(id);
  if (!k) {
    const set = new Set<string>();
    set.add(canonKhmer(FAMILY[fi].kh + GIVEN[gi].kh));
    set.add(canonKhmer(GIVEN[gi].kh + FAMILY[fi].kh));
    for (const f of FAM_NORM[fi]) for (const g of GIV_NORM[gi]) { set.add(f + g); set.add(g + f); }
    k = [...set];
    keyCache.set(id, k);
  }
  return k;
}

/** Optimal-string-alignment distance ≤ 1 (one substitution, insertion, deletion or adjacent transposition). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  const m = la < lb ? la : lb;
  let i = 0;
  while (i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let ja = la - 1, jb = lb - 1;
  while (ja >= i && jb >= i && a.charCodeAt(ja) === b.charCodeAt(jb)) { ja--; jb--; }
  const ra = ja - i + 1, rb = jb - i + 1; // the differing middle of each
  if (ra <= 1 && rb <= 1) return true;
  return ra === 2 && rb === 2 && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
}

// ───────────────────────────── dates and ids ─────────────────────────────
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function swapDate(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (+dd > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}
const digits = (d: string) => d.replace(/-/g, '');
/** One digit changed, or two adjacent digits transposed. */
function oneDigit(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  return within1(a, b);
}
/** A row's DOB could be the registered one: exact, day/month swapped, or one digit off. */
export function dobCompatible(row: string, reg: string): boolean {
  return row === reg || swapDate(row) === reg || oneDigit(digits(row), digits(reg));
}
/** Two DOBs too close for namesakes: compatible either way, or after a swap of either. */
function dobNear(a: string, b: string): boolean {
  if (dobCompatible(a, b) || dobCompatible(b, a)) return true;
  const sa = swapDate(a), sb = swapDate(b);
  return (sa !== null && dobCompatible(sa, b)) || (sb !== null && dobCompatible(sb, a));
}
const randDigits = (r: Rng, n: number) => { let s = ''; for (let i = 0; i < n; i++) s += String(r.int(0, 9)); return s; };
function slipId(r: Rng, id: string): string {
  const c = [...id];
  if (r.chance(0.6)) {
    for (let t = 0; t < 20; t++) {
      const i = r.int(0, c.length - 2);
      if (c[i] !== c[i + 1]) { [c[i], c[i + 1]] = [c[i + 1], c[i]]; return c.join(''); }
    }
  }
  const i = r.int(0, c.length - 1);
  let d = c[i];
  while (d === c[i]) d = String(r.int(0, 9));
  c[i] = d;
  return c.join('');
}
function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ───────────────────────────── name index and judge ─────────────────────────────
interface NameIndex {
  exact: Map<string, number[]>;
  /**
   * A key of length L is cut at g1 = ⌊L/3⌋ and g2 = ⌊2L/3⌋ into s1 = k[0,g1), s2 = k(g1,g2), s3 = k(g2,L).
   * One edit (even a transposition) touches at most one segment, so two of them survive intact:
   * the pairs (s1,s2), (s1,s3), (s2,s3) are indexed, with the shift an insertion/deletion causes.
   */
  seg: Map<string, string[]>;
}
const cuts = (L: number) => [Math.floor(L / 3), Math.floor((2 * L) / 3)] as const;
function buildIndex(keysOf: string[][]): NameIndex {
  const exact = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const l = exact.get(k);
      if (l) l.push(i); else exact.set(k, [i]);
    }
  });
  const seg = new Map<string, string[]>();
  const add = (d: string, k: string) => {
    const l = seg.get(d);
    if (l) l.push(k); else seg.set(d, [k]);
  };
  for (const k of exact.keys()) {
    const L = k.length;
    const [g1, g2] = cuts(L);
    const s1 = k.slice(0, g1), s2 = k.slice(g1 + 1, g2), s3 = k.slice(g2 + 1);
    add(`${L}\u00011${s1}\u0001${s2}`, k);
    add(`${L}\u00012${s1}\u0001${s3}`, k);
    add(`${L}\u00013${s2}\u0001${s3}`, k);
  }
  return { exact, seg };
}
/** Registered workers a name could pass for: tier 0 an exact key, tier 1 one edit from a key. */
function nameCandidates(idx: NameIndex, q: string): Map<number, 0 | 1> {
  const out = new Map<number, 0 | 1>();
  for (const i of idx.exact.get(q) ?? []) out.set(i, 0);
  const n = q.length;
  const visit = (list: string[] | undefined) => {
    if (!list) return;
    for (const k of list) {
      if (k === q || !within1(q, k)) continue;
      for (const i of idx.exact.get(k)!) if (!out.has(i)) out.set(i, 1);
    }
  };
  for (let L = Math.max(1, n - 1); L <= n + 1; L++) {
    const [g1, g2] = cuts(L);
    const d = n - L;
    const s1 = q.slice(0, g1), s3 = q.slice(g2 + 1 + d);
    visit(idx.seg.get(`${L}\u00011${s1}\u0001${q.slice(g1 + 1, g2)}`));
    visit(idx.seg.get(`${L}\u00012${s1}\u0001${s3}`));
    visit(idx.seg.get(`${L}\u00013${q.slice(g1 + 1 + d, g2 + d)}\u0001${s3}`));
  }
  return out;
}

interface RowFields {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
}
interface Cand { i: number; s: number[] }
/** Candidates the row could pass for, with evidence scores [name, dob, nid, nssf, sex]; null when ruled out. */
function judge(idx: NameIndex, reg: RegisteredWorker[], row: RowFields): Cand[] {
  const out: Cand[] = [];
  for (const [i, tier] of nameCandidates(idx, nameKey(row.name))) {
    const w = reg[i];
    const s = [tier === 0 ? 2 : 1, 0, 0, 0, 0];
    if (row.sex && w.sex) { if (row.sex !== w.sex) continue; s[4] = 1; }
    if (row.dateOfBirth && w.dateOfBirth) {
      if (row.dateOfBirth === w.dateOfBirth) s[1] = 2;
      else if (dobCompatible(row.dateOfBirth, w.dateOfBirth)) s[1] = 1;
      else continue;
    }
    if (row.nationalId && w.nationalId) {
      if (row.nationalId === w.nationalId) s[2] = 2;
      else if (within1(row.nationalId, w.nationalId)) s[2] = 1;
      else continue;
    }
    if (row.nssfNumber && w.nssfNumber) {
      if (row.nssfNumber === w.nssfNumber) s[3] = 2;
      else if (within1(row.nssfNumber, w.nssfNumber)) s[3] = 1;
      else continue;
    }
    out.push({ i, s });
  }
  return out;
}
type Verdict = 'clear' | 'tie' | 'misled' | 'lost';
function verdict(cands: Cand[], truth: number): Verdict {
  const x = cands.find((c) => c.i === truth);
  if (!x) return 'lost';
  let v: Verdict = 'clear';
  for (const y of cands) {
    if (y === x) continue;
    const xGe = x.s.every((a, k) => a >= y.s[k]);
    const yGe = y.s.every((a, k) => a >= x.s[k]);
    if (xGe && !yGe) continue; // x strictly better
    if (yGe && !xGe) return 'misled';
    v = 'tie';
  }
  return v;
}

// ───────────────────────────── generation ─────────────────────────────
interface Person {
  fi: number;
  gi: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string;
  regFv: number | null;
  regGv: number | null;
  rec: RegisteredWorker;
  absent: boolean;
}
interface Meta {
  script: 'kh' | 'la';
  swapOrder: boolean;
  sep: 'space' | 'zwsp' | 'none' | null;
  keyboard: 'standard' | 'legacy' | 'mixed' | null;
  keyboardChanged: boolean;
  nfd: boolean;
  altRom: boolean;
  caseStyle: 'upper' | 'title' | 'lower' | null;
  typo: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  hiddenKind: 'fresh' | 'namesake-dob' | 'namesake-nid' | 'namesake-sex' | null;
  ofAbsent: boolean;
  dobAdded: boolean;
}
interface Draft { f: RowFields; source: Source; truth: number | null; meta: Meta }

function pickSkewedIdx(r: Rng, xs: number[], s: number): number {
  return r.pickSkewed(xs, s);
}

function applyTypo(r: Rng, word: string): string {
  const upper = word === word.toUpperCase();
  const lw = word.toLowerCase();
  const c = [...lw];
  const kind = r.next();
  const i = r.int(1, c.length - 1);
  if (kind < 0.4) {
    const nb = KEY_NEIGHBOURS[c[i]] ?? 'aeiou';
    c[i] = nb[r.int(0, nb.length - 1)];
  } else if (kind < 0.65) {
    c.splice(i, 1);
  } else if (kind < 0.8) {
    c.splice(i, 0, c[i]);
  } else {
    const j = Math.min(i, c.length - 2);
    if (c[j] === c[j + 1]) c.splice(j, 1); else [c[j], c[j + 1]] = [c[j + 1], c[j]];
  }
  let out = c.join('');
  if (upper) out = out.toUpperCase();
  else if (word[0] === word[0].toUpperCase()) out = out[0].toUpperCase() + out.slice(1);
  return out;
}

interface NameOpts { source: Source; noTypo: boolean }
function renderName(r: Rng, fi: number, gi: number, regFv: number | null, regGv: number | null, o: NameOpts, m: Meta): string {
  const latinP = o.source === 'csv' ? RATE.latin.csv : o.source === 'manual' ? RATE.latin.manual : RATE.latin.card;
  const card = o.source === 'id-card';
  if (r.chance(latinP)) {
    m.script = 'la';
    const pickV = (list: string[], reg: number | null) => {
      if (list.length === 1) return 0;
      if (reg !== null) return r.chance(1 - RATE.altRom) ? reg : r.int(0, list.length - 1);
      return r.chance(0.6) ? 0 : r.int(0, list.length - 1);
    };
    const fv = pickV(FAMILY[fi].latin, regFv);
    const gv = pickV(GIVEN[gi].latin, regGv);
    const fs = FAMILY[fi].latin[fv], gs = GIVEN[gi].latin[gv];
    if (regFv !== null && regGv !== null) {
      m.altRom = normLatin(fs) !== normLatin(FAMILY[fi].latin[regFv]) || normLatin(gs) !== normLatin(GIVEN[gi].latin[regGv]);
    }
    m.swapOrder = !card && r.chance(RATE.laSwap);
    let words = (m.swapOrder ? `${gs} ${fs}` : `${fs} ${gs}`).split(' ');
    const cs = r.next();
    m.caseStyle = card ? 'upper'
      : o.source === 'csv' ? (cs < 0.5 ? 'upper' : cs < 0.95 ? 'title' : 'lower')
      : (cs < 0.3 ? 'upper' : cs < 0.9 ? 'title' : 'lower');
    if (m.caseStyle === 'upper') words = words.map((w) => w.toUpperCase());
    else if (m.caseStyle === 'lower') words = words.map((w) => w.toLowerCase());
    const typoP = card ? 0 : o.source === 'csv' ? RATE.typo.csv : RATE.typo.manual;
    if (!o.noTypo && r.chance(typoP)) {
      const long = words.map((w, i) => ({ w, i })).filter((x) => x.w.length >= 4);
      if (long.length) {
        const t = r.pick(long);
        words[t.i] = applyTypo(r, t.w);
        m.typo = true;
      }
    }
    return words.join(' ');
  }
  m.script = 'kh';
  m.swapOrder = !card && r.chance(RATE.khSwap);
  const sp = r.next();
  m.sep = card ? 'space' : sp < RATE.khZwsp ? 'zwsp' : sp < RATE.khZwsp + RATE.khNoSep ? 'none' : 'space';
  const kb = r.next();
  m.keyboard = card ? 'standard' : kb < RATE.kbLegacy ? 'legacy' : kb < RATE.kbLegacy + RATE.kbMixed ? 'mixed' : 'standard';
  let f = FAMILY[fi].kh, g = GIVEN[gi].kh;
  if (m.keyboard !== 'standard') {
    const f2 = keyboardOrder(f, m.keyboard === 'legacy', r);
    const g2 = keyboardOrder(g, m.keyboard === 'legacy', r);
    m.keyboardChanged = f2 !== f || g2 !== g;
    f = f2; g = g2;
  }
  const sep = m.sep === 'zwsp' ? ZWSP : m.sep === 'none' ? '' : ' ';
  let s = m.swapOrder ? g + sep + f : f + sep + g;
  m.nfd = r.chance(RATE.nfd);
  if (m.nfd) s = s.normalize('NFD');
  return s;
}

function freshMeta(): Meta {
  return {
    script: 'kh', swapOrder: false, sep: null, keyboard: null, keyboardChanged: false, nfd: false, altRom: false,
    caseStyle: null, typo: false, nidSlip: false, nssfSlip: false, dobSwap: false, hiddenKind: null, ofAbsent: false, dobAdded: false,
  };
}

function drawSource(r: Rng): Source {
  const x = r.next();
  return x < RATE.srcCsv ? 'csv' : x < RATE.srcCsv + RATE.srcManual ? 'manual' : 'id-card';
}
interface Presence { dob: boolean; nid: boolean; nssf: boolean; sex: boolean }
function drawPresence(r: Rng, source: Source): Presence {
  if (source === 'id-card') return { dob: true, nid: true, nssf: false, sex: true };
  const sex = !r.chance(RATE.sexMissing);
  if (r.chance(RATE.dobPresent)) {
    return { dob: true, nid: r.chance(source === 'csv' ? RATE.nidWithDob.csv : RATE.nidWithDob.manual), nssf: r.chance(RATE.nssfWithDob), sex };
  }
  if (r.chance(RATE.noIdsWithoutDob)) return { dob: false, nid: false, nssf: false, sex };
  let nid = r.chance(RATE.nidWithoutDob);
  const nssf = r.chance(RATE.nssfWithoutDob);
  if (!nid && !nssf) nid = true;
  return { dob: false, nid, nssf, sex };
}

interface Built { roster: Roster; meta: Map<string, Meta>; sources: Map<string, Source> }

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 100);
  const persons: Person[] = [];
  const keyOwners = new Map<string, number[]>();
  const owners = (fi: number, gi: number): number[] => {
    const s = new Set<number>();
    for (const k of classKeys(fi, gi)) for (const p of keyOwners.get(k) ?? []) s.add(p);
    return [...s];
  };
  const taken = (fi: number, gi: number) => classKeys(fi, gi).some((k) => keyOwners.has(k));
  const usedNid = new Set<string>();
  const usedNssf = new Set<string>();
  const newNid = () => { let x = randDigits(r, 9); while (usedNid.has(x)) x = randDigits(r, 9); usedNid.add(x); return x; };
  const newNssf = () => { let x = randDigits(r, 10); while (usedNssf.has(x)) x = randDigits(r, 10); usedNssf.add(x); return x; };
  const dobLo = Date.UTC(1968, 0, 1), dobHi = Date.UTC(2006, 11, 31);
  const randDob = () => isoDay(dobLo + r.int(0, Math.floor((dobHi - dobLo) / DAY)) * DAY);

  // ── the register ──
  for (let n = 0; n < size; n++) {
    const sex: Sex = r.chance(RATE.female) ? 'F' : 'M';
    const pool = sex === 'F' ? GIV_F : GIV_M;
    let fi = 0, gi = 0;
    let done = false;
    if (n > 0 && r.chance(RATE.namesakeCopy)) {
      for (let t = 0; t < 60 && !done; t++) {
        fi = pickSkewedIdx(r, FAM_IDX, 1.6);
        gi = pickSkewedIdx(r, pool, 1.4);
        if (owners(fi, gi).some((p) => persons[p].sex === sex)) done = true;
      }
      if (!done) {
        const same = persons.filter((p) => p.sex === sex);
        if (same.length) { const p = r.pick(same); fi = p.fi; gi = p.gi; done = true; }
      }
    }
    if (!done) {
      for (let t = 0; t < 400; t++) {
        fi = pickSkewedIdx(r, FAM_IDX, 1.6);
        gi = pickSkewedIdx(r, pool, 1.4);
        if (!taken(fi, gi)) break;
      }
    }
    const mates = owners(fi, gi).map((p) => persons[p]);
    let dob = randDob();
    for (let t = 0; t < 200 && mates.some((q) => dobNear(q.dob, dob)); t++) dob = randDob();
    let nid = newNid();
    for (let t = 0; t < 50 && mates.some((q) => within1(q.nid, nid)); t++) nid = newNid();
    const nssf = newNssf();
    const latinMissing = r.chance(RATE.regLatinMissing);
    const chooseReg = (list: string[]) => {
      if (list.length === 1) return 0;
      // the usual spelling; for a compound, spaced or joined alike (SREY MOM / SREYMOM)
      if (r.chance(0.75)) return normLatin(list[1]) === normLatin(list[0]) ? r.int(0, 1) : 0;
      return r.int(0, list.length - 1);
    };
    const regFv = latinMissing ? null : chooseReg(FAMILY[fi].latin);
    const regGv = latinMissing ? null : chooseReg(GIVEN[gi].latin);
    let nameLatin: string | null = null;
    if (regFv !== null && regGv !== null) {
      nameLatin = `${FAMILY[fi].latin[regFv]} ${GIVEN[gi].latin[regGv]}`;
      if (r.chance(RATE.regLatinUpper)) nameLatin = nameLatin.toUpperCase();
    }
    const birthMs = Date.parse(`${dob}T00:00:00Z`);
    const hireLo = Math.max(Date.UTC(2010, 0, 1), birthMs + 18 * 365 * DAY);
    const hireHi = Date.UTC(2025, 1, 28);
    const hireDate = r.chance(RATE.regHireMissing) ? null : isoDay(hireLo + r.int(0, Math.max(0, Math.floor((hireHi - hireLo) / DAY))) * DAY);
    const rec: RegisteredWorker = {
      workerId: '',
      nssfNumber: r.chance(RATE.regNssfMissing) ? null : nssf,
      nationalId: r.chance(RATE.regNidMissing) ? null : nid,
      nameKh: `${FAMILY[fi].kh} ${GIVEN[gi].kh}`,
      nameLatin,
      sex,
      dateOfBirth: dob,
      hireDate,
      wageRiel: r.chance(RATE.regWageMissing) ? null : r.int(830, 1600) * 1000,
    };
    const idx = persons.length;
    persons.push({ fi, gi, sex, dob, nid, nssf, regFv, regGv, rec, absent: false });
    for (const k of classKeys(fi, gi)) {
      const l = keyOwners.get(k);
      if (l) l.push(idx); else keyOwners.set(k, [idx]);
    }
  }
  // absent workers
  const order = r.shuffle(persons.map((_, i) => i));
  const absentCount = Math.round(size * RATE.absent);
  for (let k = 0; k < absentCount; k++) persons[order[k]].absent = true;

  // shuffle the register, then assign worker ids
  const registered = r.shuffle(persons.map((p) => p.rec));
  registered.forEach((w, i) => { w.workerId = `W${String(i + 1).padStart(6, '0')}`; });
  const recIndex = new Map<RegisteredWorker, number>(registered.map((w, i) => [w, i]));
  const personOf = new Map<number, Person>(persons.map((p) => [recIndex.get(p.rec)!, p]));
  const idx = buildIndex(registered.map((w) => {
    const p = personOf.get(recIndex.get(w)!)!;
    return classKeys(p.fi, p.gi);
  }));

  const drafts: Draft[] = [];

  // ── true rows ──
  const makeTrue = (p: Person, safe: boolean): Draft => {
    const m = freshMeta();
    const source = drawSource(r);
    const pr = drawPresence(r, source);
    const name = renderName(r, p.fi, p.gi, p.regFv, p.regGv, { source, noTypo: safe }, m);
    const card = source === 'id-card';
    let nationalId: string | null = null, nssfNumber: string | null = null, dateOfBirth: string | null = null;
    if (pr.nid) {
      nationalId = p.nid;
      if (!safe && !card && r.chance(RATE.idSlip)) { nationalId = slipId(r, p.nid); m.nidSlip = true; }
    }
    if (pr.nssf) {
      nssfNumber = p.nssf;
      if (!safe && !card && r.chance(RATE.idSlip)) { nssfNumber = slipId(r, p.nssf); m.nssfSlip = true; }
    }
    if (pr.dob) {
      dateOfBirth = p.dob;
      const sw = swapDate(p.dob);
      if (!safe && !card && sw && r.chance(RATE.dobSwap)) { dateOfBirth = sw; m.dobSwap = true; }
    }
    return { f: { name, nationalId, nssfNumber, sex: pr.sex ? p.sex : null, dateOfBirth }, source, truth: recIndex.get(p.rec)!, meta: m };
  };
  for (const p of persons) {
    if (p.absent) continue;
    let d = makeTrue(p, false);
    // Without a typo, swap or slip the row is exact on every field it gives, so nobody can beat
    // its worker; with one, it must not create a tie or point at someone else.
    if (d.meta.typo || d.meta.dobSwap || d.meta.nidSlip || d.meta.nssfSlip) {
      if (verdict(judge(idx, registered, d.f), d.truth!) !== 'clear') d = makeTrue(p, true);
    }
    drafts.push(d);
  }

  // Safeguard for small registers: ties (thin rows of namesakes) above the cap get the worker's
  // DOB, as a sheet sometimes has it. At 10,000 it seldom triggers; the self-check reports it.
  const trueRows = drafts.length;
  const ties = drafts.filter((d) => !d.f.dateOfBirth && verdict(judge(idx, registered, d.f), d.truth!) === 'tie');
  const cap = Math.floor(RATE.tieCap * trueRows);
  if (ties.length > cap) {
    r.shuffle(ties);
    for (const d of ties.slice(cap)) { d.f.dateOfBirth = registered[d.truth!].dateOfBirth; d.meta.dobAdded = true; }
  }

  // ── hidden rows ──
  const hiddenCount = Math.round(trueRows * RATE.hiddenPerTrue);
  const absentPersons = persons.filter((p) => p.absent);
  const newHiddenNid = () => newNid();
  for (let h = 0; h < hiddenCount; h++) {
    const source = drawSource(r);
    const pr = drawPresence(r, source);
    if (pr.nssf && !pr.nid && !pr.dob) pr.nid = true; // a hidden worker has no NSSF number
    pr.nssf = false;
    let kind: Meta['hiddenKind'] = 'fresh';
    if (pr.dob) { if (r.chance(RATE.hiddenNamesakeDob)) kind = 'namesake-dob'; }
    else if (pr.nid) { if (r.chance(RATE.hiddenNamesakeNid)) kind = 'namesake-nid'; }
    else if (pr.sex && r.chance(RATE.hiddenNamesakeSex)) kind = 'namesake-sex';
    let draft: Draft | null = null;
    if (kind !== 'fresh') {
      for (let t = 0; t < 30 && !draft; t++) {
        const ofAbsent = absentPersons.length > 0 && r.chance(RATE.hiddenOfAbsent);
        const x = ofAbsent ? r.pick(absentPersons) : r.pick(persons);
        if (kind === 'namesake-sex' && GIVEN[x.gi].sex !== 'U') continue;
        const m = freshMeta();
        m.hiddenKind = kind;
        m.ofAbsent = x.absent;
        const name = renderName(r, x.fi, x.gi, x.regFv, x.regGv, { source, noTypo: false }, m);
        const cands = [...nameCandidates(idx, nameKey(name)).keys()].map((i) => registered[i]);
        const sex: Sex | null = !pr.sex ? null : kind === 'namesake-sex' ? (x.sex === 'F' ? 'M' : 'F') : x.sex;
        let dob: string | null = null;
        if (pr.dob) {
          dob = randDob();
          for (let u = 0; u < 200 && cands.some((w) => w.dateOfBirth && dobNear(dob!, w.dateOfBirth)); u++) dob = randDob();
        }
        let nid: string | null = null;
        if (pr.nid) {
          nid = newHiddenNid();
          for (let u = 0; u < 20 && cands.some((w) => w.nationalId && within1(nid!, w.nationalId)); u++) nid = newHiddenNid();
        }
        const f: RowFields = { name, nationalId: nid, nssfNumber: null, sex, dateOfBirth: dob };
        if (judge(idx, registered, f).length === 0) draft = { f, source, truth: null, meta: m };
      }
    }
    if (!draft) {
      const sex: Sex = r.chance(RATE.female) ? 'F' : 'M';
      const pool = sex === 'F' ? GIV_F : GIV_M;
      for (let t = 0; t < 400 && !draft; t++) {
        const fi = pickSkewedIdx(r, FAM_IDX, 1.6);
        const gi = pickSkewedIdx(r, pool, 1.4);
        if (taken(fi, gi)) continue;
        const m = freshMeta();
        m.hiddenKind = 'fresh';
        const regFv = r.chance(0.7) ? 0 : r.int(0, FAMILY[fi].latin.length - 1);
        const regGv = r.chance(0.7) ? 0 : r.int(0, GIVEN[gi].latin.length - 1);
        const name = renderName(r, fi, gi, regFv, regGv, { source, noTypo: false }, m);
        m.altRom = false;
        if (nameCandidates(idx, nameKey(name)).size > 0) continue;
        draft = {
          f: { name, nationalId: pr.nid ? newHiddenNid() : null, nssfNumber: null, sex: pr.sex ? sex : null, dateOfBirth: pr.dob ? randDob() : null },
          source, truth: null, meta: m,
        };
      }
    }
    if (draft) drafts.push(draft);
  }

  // ── shuffle the sheet, then number it ──
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, Meta>();
  const sources = new Map<string, Source>();
  let t = Date.UTC(2025, 2, 11, 1, 30, 0);
  let csvRow = 0;
  for (const d of drafts) {
    const id = uuid(r);
    t += r.int(3, 90) * 1000;
    onsite.push({
      id,
      visitId: 'visit-hundredth',
      name: d.f.name,
      nationalId: d.f.nationalId,
      nssfNumber: d.f.nssfNumber,
      sex: d.f.sex,
      dateOfBirth: d.f.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.truth === null ? null : registered[d.truth].workerId);
    meta.set(id, d.meta);
    sources.set(id, d.source);
  }
  return { roster: { registered, onsite, truth }, meta, sources };
}

/** For tests of the index: every key, and the candidate lookup. */
export const __index = { buildIndex, nameCandidates, classKeys, within1 };

export function hundredthRoster(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ───────────────────────────── self-check ─────────────────────────────
function parseRegistered(w: RegisteredWorker): { fi: number; gi: number } | null {
  const parts = w.nameKh.split(' ');
  if (parts.length !== 2) return null;
  const fi = FAM_BY_KH.get(parts[0]), gi = GIV_BY_KH.get(parts[1]);
  return fi === undefined || gi === undefined ? null : { fi, gi };
}

/** Word-level renderings of a registered name (every listed spelling, both orders), lower case. */
function latinRenderings(fi: number, gi: number): string[][] {
  const out: string[][] = [];
  for (const f of FAMILY[fi].latin) for (const g of GIVEN[gi].latin) {
    const fw = f.toLowerCase().split(' '), gw = g.toLowerCase().split(' ');
    out.push([...fw, ...gw], [...gw, ...fw]);
  }
  return out;
}

function rule1Name(name: string, fi: number, gi: number): boolean {
  if (isKhmer(name)) {
    if (/[^\u1780-\u17FF \u200B]/.test(name)) return false;
    const k = canonKhmer(name);
    return k === canonKhmer(FAMILY[fi].kh + GIVEN[gi].kh) || k === canonKhmer(GIVEN[gi].kh + FAMILY[fi].kh);
  }
  const words = name.trim().toLowerCase().split(/\s+/);
  for (const rw of latinRenderings(fi, gi)) {
    if (rw.length !== words.length) continue;
    let diff = 0, ok = true;
    for (let k = 0; k < rw.length && ok; k++) {
      if (rw[k] === words[k]) continue;
      diff++;
      if (diff > 1 || rw[k].length < 4 || !within1(rw[k], words[k])) ok = false;
    }
    if (ok) return true;
  }
  return false;
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 3) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n, my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) { const dx = xs[i] - mx, dy = ys[i] - my; sxy += dx * dy; sxx += dx * dx; syy += dy * dy; }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const proto = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => { if (!ok) fails.push(what); return ok; };
  const pct = (a: number, b: number) => (b === 0 ? '0.0' : ((100 * a) / b).toFixed(1)) + ' %';

  // names sanity: canonical spellings, keyboard variants reversible
  const nr = rng(1);
  for (const t of [...FAMILY, ...GIVEN]) {
    check(canonKhmer(t.kh) === t.kh, `name list: ${t.kh} not in canonical order`);
    check(canonKhmer(keyboardOrder(t.kh, true, nr)) === t.kh, `name list: keyboard variant of ${t.kh} not reversible`);
  }
  check(new Set(FAMILY.map((t) => t.kh)).size === FAMILY.length, 'name list: duplicate family name');
  check(new Set(GIVEN.map((t) => t.kh)).size === GIVEN.length, 'name list: duplicate given name');

  const t0 = performance.now();
  const { roster, meta, sources } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w, i) => [w.workerId, i]));
  const parsed = registered.map(parseRegistered);
  check(parsed.every((p) => p !== null), 'registered name not from the lists');
  const auditIdx = buildIndex(parsed.map((p) => (p ? classKeys(p.fi, p.gi) : [])));

  const rows = onsite.map((o) => ({ o, t: truth.get(o.id), m: meta.get(o.id)! }));
  const trueRows = rows.filter((x) => x.t !== null && x.t !== undefined);
  const hiddenRows = rows.filter((x) => x.t === null);
  check(rows.every((x) => x.t !== undefined), 'truth missing for an on-site row');
  check(truth.size === onsite.length, 'truth size differs from on-site count');
  const present = new Set(trueRows.map((x) => x.t!));
  check(present.size === trueRows.length, 'a registered worker appears twice on site');
  const absent = registered.length - present.size;

  // ── shape ──
  const L: string[] = [];
  L.push(`hundredth roster — size ${size}, seed ${seed}`);
  L.push(`  registered ${registered.length}, on-site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)} of on-site), absent ${absent} = ${pct(absent, registered.length)} of register`);
  // namesakes on the register
  const inGroup = new Set<number>();
  let largest = 1;
  for (const [, l] of auditIdx.exact) if (l.length > 1) { for (const i of l) inGroup.add(i); largest = Math.max(largest, new Set(l).size); }
  L.push(`  register: namesakes (share a full name in some spelling) ${pct(inGroup.size, registered.length)}, largest group ${largest}; Latin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, NSSF missing ${pct(registered.filter((w) => !w.nssfNumber).length, registered.length)}`);
  const srcCount = (s: Source) => rows.filter((x) => sources.get(x.o.id) === s).length;
  L.push(`  source: csv ${pct(srcCount('csv'), rows.length)}, manual ${pct(srcCount('manual'), rows.length)}, id-card ${pct(srcCount('id-card'), rows.length)}`);
  const noDob = rows.filter((x) => !x.o.dateOfBirth);
  const nameAlone = rows.filter((x) => !x.o.dateOfBirth && !x.o.nationalId && !x.o.nssfNumber);
  L.push(`  fields: DOB missing ${pct(noDob.length, rows.length)}; of those no ID either ${pct(nameAlone.length, noDob.length)}; name(+sex) alone ${pct(nameAlone.length, rows.length)} (no sex either ${pct(nameAlone.filter((x) => !x.o.sex).length, rows.length)}); national ID given ${pct(rows.filter((x) => x.o.nationalId).length, rows.length)}, NSSF given ${pct(rows.filter((x) => x.o.nssfNumber).length, rows.length)}, sex missing ${pct(rows.filter((x) => !x.o.sex).length, rows.length)}`);
  const kh = rows.filter((x) => x.m.script === 'kh');
  const la = rows.filter((x) => x.m.script === 'la');
  const laCross = la.filter((x) => x.t && !registered[regById.get(x.t)!].nameLatin);
  L.push(`  script: Khmer ${pct(kh.length, rows.length)}, Latin ${pct(la.length, rows.length)} (true Latin rows whose register row has no Latin name: ${pct(laCross.length, la.filter((x) => x.t).length)})`);
  L.push(`  Khmer rows: ZWSP separator ${pct(kh.filter((x) => x.m.sep === 'zwsp').length, kh.length)}, no separator ${pct(kh.filter((x) => x.m.sep === 'none').length, kh.length)}, code-point order changed ${pct(kh.filter((x) => x.m.keyboardChanged).length, kh.length)}, NFD ${pct(kh.filter((x) => x.m.nfd).length, kh.length)}, order swapped ${pct(kh.filter((x) => x.m.swapOrder).length, kh.length)}, byte-different from the register ${pct(kh.filter((x) => x.t && x.o.name !== registered[regById.get(x.t)!].nameKh).length, kh.filter((x) => x.t).length)}`);
  const laTrue = la.filter((x) => x.t);
  const laDiff = laTrue.filter((x) => { const w = registered[regById.get(x.t!)!]; return w.nameLatin !== null && normLatin(x.o.name) !== normLatin(w.nameLatin); });
  L.push(`  Latin rows: other romanization than register ${pct(la.filter((x) => x.m.altRom).length, laTrue.filter((x) => registered[regById.get(x.t!)!].nameLatin).length)}, order swapped ${pct(la.filter((x) => x.m.swapOrder).length, la.length)}, UPPER ${pct(la.filter((x) => x.m.caseStyle === 'upper').length, la.length)}, lower ${pct(la.filter((x) => x.m.caseStyle === 'lower').length, la.length)}, typo ${pct(la.filter((x) => x.m.typo).length, la.length)}; letters differ from register Latin ${pct(laDiff.length, laTrue.length)}`);
  const nidGiven = trueRows.filter((x) => x.o.nationalId).length, nssfGiven = trueRows.filter((x) => x.o.nssfNumber).length;
  const dobGiven = trueRows.filter((x) => x.o.dateOfBirth).length;
  L.push(`  tie safeguard: DOB given to ${trueRows.filter((x) => x.m.dobAdded).length} thin namesake rows to keep ties under ${(RATE.tieCap * 100).toFixed(1)} %`);
  L.push(`  slips (true rows): national ID ${pct(trueRows.filter((x) => x.m.nidSlip).length, nidGiven)}, NSSF ${pct(trueRows.filter((x) => x.m.nssfSlip).length, nssfGiven)}, DOB day/month swapped ${pct(trueRows.filter((x) => x.m.dobSwap).length, dobGiven)}`);
  const hk = (k: Meta['hiddenKind']) => hiddenRows.filter((x) => x.m.hiddenKind === k).length;
  L.push(`  hidden: namesake ruled out by DOB ${hk('namesake-dob')}, by national ID ${hk('namesake-nid')}, by sex ${hk('namesake-sex')} (namesakes ${pct(hiddenRows.length - hk('fresh'), hiddenRows.length)}; of an absent worker ${hiddenRows.filter((x) => x.m.ofAbsent).length}), fresh name ${hk('fresh')}; name alone ${hiddenRows.filter((x) => !x.o.dateOfBirth && !x.o.nationalId).length}`);

  // ── schemas ──
  const sampleStep = Math.max(1, Math.floor(onsite.length / 500));
  let schemaBad = 0;
  for (let i = 0; i < onsite.length; i += sampleStep) if (!proto.OnsiteWorker.safeParse(onsite[i]).success) schemaBad++;
  for (let i = 0; i < registered.length; i += sampleStep) if (!proto.RegisteredWorker.safeParse(registered[i]).success) schemaBad++;
  check(schemaBad === 0, `schema: ${schemaBad} sampled records fail zod`);
  check(onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o)), 'schema: on-site row carries statedStartDate/wageRiel');

  // ── rule 1 ──
  let r1 = 0;
  const r1Examples: string[] = [];
  for (const x of trueRows) {
    const w = registered[regById.get(x.t!)!];
    const p = parsed[regById.get(x.t!)!]!;
    const o = x.o;
    const bad: string[] = [];
    if (!rule1Name(o.name, p.fi, p.gi)) bad.push('name');
    if (o.nationalId && w.nationalId && o.nationalId !== w.nationalId && !oneDigit(o.nationalId, w.nationalId)) bad.push('nid');
    if (o.nssfNumber && w.nssfNumber && o.nssfNumber !== w.nssfNumber && !oneDigit(o.nssfNumber, w.nssfNumber)) bad.push('nssf');
    if (o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDate(w.dateOfBirth) !== o.dateOfBirth) bad.push('dob');
    if (o.sex && o.sex !== w.sex) bad.push('sex');
    if (bad.length) { r1++; if (r1Examples.length < 3) r1Examples.push(`${JSON.stringify(o.name)} vs ${w.nameKh}/${w.nameLatin}: ${bad.join(',')}`); }
  }
  check(r1 === 0, `rule 1: ${r1} true rows carry an implausible variant ${r1Examples.join(' | ')}`);

  // ── rule 2 ──
  let r2 = 0;
  const seenPair = new Set<string>();
  for (const [, l] of auditIdx.exact) {
    if (l.length < 2) continue;
    for (let a = 0; a < l.length; a++) for (let b = a + 1; b < l.length; b++) {
      const i = Math.min(l[a], l[b]), j = Math.max(l[a], l[b]);
      if (i === j) continue;
      const key = `${i}:${j}`;
      if (seenPair.has(key)) continue;
      seenPair.add(key);
      const wi = registered[i], wj = registered[j];
      if (wi.dateOfBirth && wj.dateOfBirth && dobNear(wi.dateOfBirth, wj.dateOfBirth)) r2++;
      else if (wi.nationalId && wj.nationalId && within1(wi.nationalId, wj.nationalId)) r2++;
    }
  }
  check(r2 === 0, `rule 2: ${r2} registered namesake pairs too close in DOB or national ID`);

  // ── rule 3 ──
  let r3 = 0;
  let hiddenCouldPass = 0;
  for (const x of hiddenRows) {
    const f: RowFields = { name: x.o.name, nationalId: x.o.nationalId, nssfNumber: x.o.nssfNumber, sex: x.o.sex, dateOfBirth: x.o.dateOfBirth };
    if (nameCandidates(auditIdx, nameKey(f.name)).size > 0) hiddenCouldPass++;
    if (judge(auditIdx, registered, f).length > 0) r3++;
  }
  check(r3 === 0, `rule 3: ${r3} hidden rows could pass for a registered worker not ruled out by a field on both lists`);

  // ── rule 5 (and decidability of the thin rows) ──
  const tally: Record<Verdict, number> = { clear: 0, tie: 0, misled: 0, lost: 0 };
  let aloneTrue = 0, aloneClear = 0, riskyTie = 0;
  for (const x of trueRows) {
    const f: RowFields = { name: x.o.name, nationalId: x.o.nationalId, nssfNumber: x.o.nssfNumber, sex: x.o.sex, dateOfBirth: x.o.dateOfBirth };
    const v = verdict(judge(auditIdx, registered, f), regById.get(x.t!)!);
    tally[v]++;
    if (v === 'tie' && (x.m.typo || x.m.dobSwap || x.m.nidSlip || x.m.nssfSlip)) riskyTie++;
    if (!x.o.dateOfBirth && !x.o.nationalId && !x.o.nssfNumber) { aloneTrue++; if (v === 'clear') aloneClear++; }
  }
  const undecidable = tally.tie + tally.misled + tally.lost;
  L.push(`  decidability: true rows clear ${pct(tally.clear, trueRows.length)}, undecidable ${tally.tie} = ${pct(tally.tie, trueRows.length)} of true rows (${pct(tally.tie, onsite.length)} of on-site), misleading ${tally.misled}, truth ruled out ${tally.lost}`);
  L.push(`  thin rows: true name(+sex)-alone rows ${aloneTrue}, decidable ${pct(aloneClear, aloneTrue)}; hidden rows whose name passes for a registered one ${pct(hiddenCouldPass, hiddenRows.length)} (all ruled out by a field on both lists)`);
  check(undecidable / Math.max(1, trueRows.length) < 0.04, `rule 5: undecidable true rows ${pct(undecidable, trueRows.length)} ≥ 4 %`);
  check(tally.misled === 0 && tally.lost === 0, `rule 5: ${tally.misled} misleading rows, ${tally.lost} rows whose truth is ruled out`);
  check(riskyTie === 0, `rule 5: ${riskyTie} ties created by a typo, swap or slip`);

  // ── rule 4 ──
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidV4.test(o.id)), 'rule 4: an id is not a v4 UUID');
  check(new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: duplicate on-site id');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'rule 4: recordedAt not increasing');
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  check(csvRows.every((v, i) => v === i + 1), 'rule 4: CSV sourceRow not in row order');
  check(new Set(registered.map((w) => w.workerId)).size === registered.length, 'rule 4: duplicate workerId');
  const posT = trueRows.map((x) => onsite.indexOf(x.o));
  const regPos = trueRows.map((x) => regById.get(x.t!)!);
  const cTrue = pearson(posT, regPos);
  const cHidden = pearson(onsite.map((_, i) => i), rows.map((x) => (x.t === null ? 1 : 0)));
  const cThin = pearson(onsite.map((_, i) => i), rows.map((x) => (!x.o.dateOfBirth ? 1 : 0)));
  L.push(`  leak checks: corr(row order, register order) ${cTrue.toFixed(3)}, corr(row order, hidden) ${cHidden.toFixed(3)}, corr(row order, DOB missing) ${cThin.toFixed(3)}`);
  check(Math.abs(cTrue) < 0.1 && Math.abs(cHidden) < 0.1 && Math.abs(cThin) < 0.1, 'rule 4: row order correlates with the truth');

  // ── determinism and time ──
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = hundredthRoster(size, seed);
  check(ser(again) === ser(roster), 'determinism: same seed gives a different roster');
  check(ser(hundredthRoster(size, seed + 1)) !== ser(roster), 'determinism: another seed gives the same roster');
  let t10k = genMs;
  if (size !== 10000) { const s = performance.now(); hundredthRoster(10000, seed); t10k = performance.now() - s; }
  else { const s = performance.now(); hundredthRoster(10000, seed); t10k = Math.min(genMs, performance.now() - s); }
  L.push(`  time: size ${size} ${genMs.toFixed(0)} ms; 10,000 ${t10k.toFixed(0)} ms`);
  check(t10k < 2000, `time: 10,000 took ${t10k.toFixed(0)} ms`);

  L.push(`  audit: rule1 ${r1 === 0 ? 'ok' : 'FAIL'}, rule2 ${r2 === 0 ? 'ok' : 'FAIL'}, rule3 ${r3 === 0 ? 'ok' : 'FAIL'}, rule4 ${fails.some((f) => f.startsWith('rule 4')) ? 'FAIL' : 'ok'}, rule5 ${fails.some((f) => f.startsWith('rule 5')) ? 'FAIL' : 'ok'}, schema ${schemaBad === 0 ? 'ok' : 'FAIL'}, determinism ${fails.some((f) => f.startsWith('determinism')) ? 'FAIL' : 'ok'}`);
  for (const f of fails) L.push(`  ✗ ${f}`);
  L.push(fails.length === 0 ? 'PASS' : 'FAIL');
  console.log(L.join('\n'));
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('hundredth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => { if (!ok) process.exit(1); }, (e) => { console.error(e); process.exit(1); });
}
