/**
 * `eightyfifth`: a grader's roster, with the emphasis on the SHAPE OF NAMES.
 *
 * Written blind (from the product text only) by someone who will score reconciliation engines
 * against the targets (hidden recall >= 0.98, hidden precision >= 0.95, wrongful-hidden <= 0.5 %,
 * wrong auto-matches <= 0.2 %, review <= 5 %). Only the variations the product text lists appear.
 * Names are where this roster pushes hardest: family/given swapped, upper case, names run together
 * or split differently (Sok Dara / Sokdara / SokDara, Srey Mom / Sreymom, a compound given name
 * split in two), in both scripts (Khmer with a space, a zero-width space or nothing between and
 * within names), on both lists (the register's Latin name is often upper case, sometimes run
 * together, sometimes missing). Everything else runs at everyday rates.
 *
 * ── Population ──────────────────────────────────────────────────────────────────────────────────
 *  registered = size; absent = 5 % of them (exact count); present = 95 %, one on-site row each.
 *  hidden = 7 % of on-site rows; 55 % of hidden are namesakes of a registered worker (same name
 *  tokens, drawn 40 % from the absent and 60 % from the present), the rest draw a name like anybody.
 *  Sex 62 % F. Family names drawn Zipf-like (Sok ~12 %), given names mildly skewed, so full names
 *  collide a lot (the text: "many workers share a full name"): at 10,000 about 85 % of registered
 *  workers share a full name (in some spelling or order) with another, about 28 % at 1,000.
 *
 * ── Register (the fund's list) ──────────────────────────────────────────────────────────────────
 *  nameKh always: between family and given: space 70 % / ZWSP 15 % / none 15 %; inside a compound
 *  given name: none 70 % / space 20 % / ZWSP 10 %; keyboard code-point order variant 8 %.
 *  nameLatin: missing 8 %; always family first; UPPER 60 % (else Title); run together 10 %
 *  (Sokdara); compound given joined 60 % (Sreymom) else split (Srey Mom); romanization drawn
 *  skewed from the listed ones. IDs, sex and DOB always present; wage null 4 %.
 *
 * ── On-site rows (true and hidden alike) ────────────────────────────────────────────────────────
 *  source: manual 50 % / csv 35 % / id-card 15 %.
 *  script: Khmer 40 % (manual) / 45 % (csv) / 60 % (id-card), else Latin.  Overall ~44 % Khmer.
 *  Latin (manual/csv): family/given swapped 30 %; UPPER 35 %, lower 4 %, else Title;
 *    family+given run together 18 % (a third of those keep inner capitals: SokDara);
 *    compound given joined 50 % / split 50 % (independently of the register);
 *    romanization drawn skewed from the listed ones (independently of the register);
 *    one typo (substitute a neighbouring key, drop or double a letter, never the first letter)
 *    in one word of 4+ letters, 5 %.
 *  Latin (id-card): UPPER, family first, not run together, no typo (the card is copied).
 *  Khmer: swapped 25 %; between family and given space 45 % / ZWSP 20 % / none 35 %; inside a
 *    compound none 55 % / space 30 % / ZWSP 15 %; keyboard code-point order variant 15 %
 *    (vowel typed before a subscript, register shifter after the vowel, nikahit before u);
 *    NFD 15 % (note: Khmer has no canonical decompositions, so NFD leaves it unchanged).
 *  national ID present 45 % (id-card 100 %), one slip (transposed or mistyped digit) 4 % of
 *    present non-card ones; NSSF number present 30 % (never for hidden workers), slip 4 %;
 *    DOB present 92 % (id-card 100 %), day/month swapped in 8 % of rows whose day <= 12
 *    (about 3 % of dated rows); sex present 95 % (id-card 100 %), never wrong.
 *
 * ── Fairness rules (audited by the self-check) ──────────────────────────────────────────────────
 *  Name "keys": lower-case letters with spaces removed, for every combination of listed
 *  romanizations, family-first and given-first; for Khmer, the text without spaces/ZWSP with the
 *  marks of each cluster in canonical order, both name orders. A row "could pass for" a worker when
 *  its key equals one of the worker's keys or is one edit (Levenshtein) from one, in the row's script.
 *  1. A true row carries only plausible variants of its registered worker: listed romanizations,
 *     either order, any case, joined/split as above (extra, from the theme: run-together names and
 *     compound given names split or joined, which a human reads through), at most one typo in one
 *     word of 4+ letters, Khmer encoding/spacing variants; IDs exact or one slip; DOB exact or
 *     day/month swapped; sex right or missing.
 *  2. Registered namesakes (sharing any key) never share a DOB and their DOBs are more than a
 *     swap or one digit apart; ALL registered national IDs and NSSF numbers (and hidden workers'
 *     national IDs) are pairwise more than one slip apart.
 *  3. A hidden row that could pass for any registered worker always carries a DOB more than a
 *     swap / one digit from every such worker's DOB (so it is ruled out by a field present on both
 *     sides); the audit checks sex / DOB / national ID for every such candidate.
 *  4. Nothing leaks: on-site rows shuffled, ids are v4 UUIDs from the seeded PRNG, recordedAt
 *     increases in row order, csv sourceRow numbered in row order, registered list shuffled before
 *     workerIds are assigned.
 *  5. Undecidable true rows (another registered worker whose name fits at least as well and whom
 *     no field present on both sides rules out) stay under 4 %.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY, GIVEN, type GivenName, type NameToken } from './eightyfifth-names';

export const EIGHTYFIFTH_LABEL =
  'eightyfifth: name shapes (swapped, UPPER, run together / split, Khmer spacing & ZWSP) on both lists, everyday slips elsewhere';

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

const VISIT_ID = 'visit-eightyfifth';
const FAMILY_SKEW = 1.8;
const GIVEN_SKEW = 1.3;
const ZWSP = '\u200B';

// ───────────────────────────── rates ─────────────────────────────
const R = {
  absent: 0.05,
  hiddenShare: 0.07,
  hiddenNamesake: 0.55,
  namesakeOfAbsent: 0.4,
  female: 0.62,
  src: { manual: 0.5, csv: 0.35 }, // id-card: rest
  khmer: { manual: 0.4, csv: 0.45, 'id-card': 0.6 } as Record<Source, number>,
  lat: { swap: 0.3, upper: 0.35, lower: 0.04, runTogether: 0.18, camel: 0.33, joinCompound: 0.5, typo: 0.05, romanSkew: 1.8 },
  kh: { swap: 0.25, sepFG: [0.45, 0.2], sepIn: [0.3, 0.15], reorder: 0.15, nfd: 0.15 },
  reg: { latinMissing: 0.08, upper: 0.6, runTogether: 0.1, joinCompound: 0.6, romanSkew: 2.5, sepFG: [0.7, 0.15], sepIn: [0.2, 0.1], reorder: 0.08, wageNull: 0.04 },
  nid: 0.45,
  nssf: 0.3,
  idSlip: 0.04,
  dob: 0.92,
  dobSwap: 0.08,
  sex: 0.95,
};

// ───────────────────────────── Khmer text ─────────────────────────────
const COENG = 0x17d2;
const isKhmerBase = (c: number) => c >= 0x1780 && c <= 0x17b3;
function markRank(c: number): number {
  if (c === 0x17c9 || c === 0x17ca) return 2; // register shifters
  if (c >= 0x17b4 && c <= 0x17c5) return 3; // dependent vowels
  if (c >= 0x17c6 && c <= 0x17c8) return 4; // nikahit, reahmuk, yuukaleapintu
  if ((c >= 0x17cb && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd) return 5;
  return -1;
}
interface Unit { rank: number; text: string }
interface Cluster { base: string; units: Unit[] }
/** Splits Khmer text into clusters (a base and its marks, a coeng+consonant as one unit); other characters become their own cluster. */
function clusters(s: string): Cluster[] {
  const out: Cluster[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const last = out[out.length - 1];
    if (c === COENG && i + 1 < s.length && last) {
      last.units.push({ rank: 1, text: s[i] + s[i + 1] });
      i++;
    } else if (markRank(c) > 0 && last) {
      last.units.push({ rank: markRank(c), text: s[i] });
    } else {
      out.push({ base: s[i], units: [] });
    }
  }
  return out;
}
/** Canonical Khmer key: no spaces or ZWSP, the marks of each cluster in canonical order. */
export function canonKh(s: string): string {
  const t = s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]/g, '');
  let out = '';
  for (const cl of clusters(t)) {
    out += cl.base;
    const u = cl.units.slice().sort((a, b) => a.rank - b.rank);
    for (const x of u) out += x.text;
  }
  return out;
}
/** One keyboard code-point order variant, or null when the text has nowhere to apply one. */
function khReorder(r: Rng, s: string): string | null {
  const cls = clusters(s);
  const sites: [number, number][] = [];
  cls.forEach((cl, ci) => {
    for (let k = 0; k + 1 < cl.units.length; k++) {
      const a = cl.units[k];
      const b = cl.units[k + 1];
      if ((a.rank === 1 || a.rank === 2) && b.rank === 3) sites.push([ci, k]);
      else if (a.text === '\u17BB' && b.text === '\u17C6') sites.push([ci, k]);
    }
  });
  if (sites.length === 0) return null;
  const [ci, k] = r.pick(sites);
  const u = cls[ci].units;
  [u[k], u[k + 1]] = [u[k + 1], u[k]];
  return cls.map((cl) => cl.base + cl.units.map((x) => x.text).join('')).join('');
}
const hasKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

// ───────────────────────────── name model ─────────────────────────────
interface Person {
  fam: NameToken;
  given: GivenName;
  sex: Sex;
  latKeys: string[];
  khKeys: string[];
}
interface RegPerson extends Person {
  idx: number;
  dob: string;
  nid: string;
  nssf: string;
  absent: boolean;
  workerId: string;
  nameKh: string;
  nameLatin: string | null;
  regLat: LatinShape | null;
  regKhSepFG: number;
  hireDate: string;
  wageRiel: number | null;
}
const tokensOf = (p: { fam: NameToken; given: GivenName }): NameToken[] => [p.fam, ...p.given.parts];

function latKeysOf(tokens: NameToken[]): string[] {
  let combos: string[][] = [[]];
  for (const t of tokens) combos = combos.flatMap((c) => t.lat.map((l) => [...c, l.toLowerCase()]));
  const keys = new Set<string>();
  for (const c of combos) {
    keys.add(c.join(''));
    keys.add([...c.slice(1), c[0]].join(''));
  }
  return [...keys];
}
function khKeysOf(tokens: NameToken[]): string[] {
  const k = tokens.map((t) => t.kh);
  return [...new Set([canonKh(k.join('')), canonKh([...k.slice(1), k[0]].join(''))])];
}
const latKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

interface LatinShape {
  picks: string[];
  swap: boolean;
  runTogether: boolean;
  camel: boolean;
  joinCompound: boolean;
  caseMode: 'title' | 'upper' | 'lower';
}
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
function renderLatin(sh: LatinShape): string {
  const fam = cap(sh.picks[0]);
  const parts = sh.picks.slice(1).map(cap);
  const given = sh.joinCompound && parts.length > 1 ? [cap(parts.join(''))] : parts;
  let words = sh.swap ? [...given, fam] : [fam, ...given];
  if (sh.runTogether) words = [sh.camel ? words.join('') : cap(words.join(''))];
  const s = words.join(' ');
  return sh.caseMode === 'upper' ? s.toUpperCase() : sh.caseMode === 'lower' ? s.toLowerCase() : s;
}
function renderKh(tokens: NameToken[], swap: boolean, sepFG: string, sepIn: string): string {
  const fam = tokens[0].kh;
  const given = tokens.slice(1).map((t) => t.kh).join(sepIn);
  return swap ? given + sepFG + fam : fam + sepFG + given;
}
function pickSep(r: Rng, [space, zwsp]: number[]): string {
  const x = r.next();
  return x < space ? ' ' : x < space + zwsp ? ZWSP : '';
}

const KB = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function kbNeighbours(c: string): string[] {
  const out: string[] = [];
  KB.forEach((row, ri) => {
    const i = row.indexOf(c);
    if (i < 0) return;
    if (i > 0) out.push(row[i - 1]);
    if (i + 1 < row.length) out.push(row[i + 1]);
    for (const rj of [ri - 1, ri + 1]) if (KB[rj]?.[i]) out.push(KB[rj][i]);
  });
  return out;
}
/** One typo in one word of 4+ letters, never on the first letter; null when no word qualifies. */
function typo(r: Rng, s: string): string | null {
  const words = s.split(' ');
  const ok = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (ok.length === 0) return null;
  const wi = r.pick(ok);
  const w = words[wi];
  const pos = r.int(1, w.length - 1);
  const ch = w[pos];
  const upper = ch !== ch.toLowerCase();
  const op = r.int(0, 2);
  let nw: string;
  if (op === 0) {
    const n = r.pick(kbNeighbours(ch.toLowerCase()));
    nw = w.slice(0, pos) + (upper ? n.toUpperCase() : n) + w.slice(pos + 1);
  } else if (op === 1) nw = w.slice(0, pos) + w.slice(pos + 1);
  else nw = w.slice(0, pos) + ch + w.slice(pos);
  words[wi] = nw;
  return words.join(' ');
}

// ───────────────────────────── ids and dates ─────────────────────────────
/** Same length and equal, one digit different, or two adjacent digits swapped. */
export function idClose(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { diff.push(i); if (diff.length > 2) return false; }
  if (diff.length <= 1) return true;
  const [i, j] = diff;
  return j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
function idNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d < 10; d++) if (String(d) !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}
/** A number more than one slip from every number already in `used`; added to `used`. */
function freshId(r: Rng, used: Set<string>, make: () => string): string {
  for (;;) {
    const s = make();
    if (used.has(s)) continue;
    if (idNeighbours(s).some((n) => used.has(n))) continue;
    used.add(s);
    return s;
  }
}
/** One slip (mistyped or transposed digit) that lands on no other known number. */
function slipId(r: Rng, s: string, used: Set<string>): string | null {
  for (let t = 0; t < 20; t++) {
    const i = r.int(0, s.length - 1);
    let v: string;
    if (r.chance(0.5) && i + 1 < s.length && s[i] !== s[i + 1]) v = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    else {
      let d = String(r.int(0, 9));
      while (d === s[i]) d = String(r.int(0, 9));
      v = s.slice(0, i) + d + s.slice(i + 1);
    }
    if (used.has(v)) continue;
    if (idNeighbours(v).some((n) => n !== s && used.has(n))) continue;
    return v;
  }
  return null;
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function randDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}
const swapDM = (d: string) => `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
/** Equal, day/month swapped, or one digit apart. */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b || swapDM(b) === a) return true;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n <= 1;
}
function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ───────────────────────────── name index ─────────────────────────────
const LAT_ALPHA = 'abcdefghijklmnopqrstuvwxyz'.split('');
class NameIndex {
  lat = new Map<string, number[]>();
  kh = new Map<string, number[]>();
  khAlpha: string[] = [];
  add(p: Person, i: number) {
    for (const k of p.latKeys) push(this.lat, k, i);
    for (const k of p.khKeys) push(this.kh, k, i);
  }
  finish() {
    const a = new Set<string>();
    for (const k of this.kh.keys()) for (const c of k) a.add(c);
    this.khAlpha = [...a];
  }
  /** Registered indices whose keys equal (0) or are one edit from (1) the name's key, in its script. */
  candidates(name: string, fuzzy: boolean): Map<number, 0 | 1> {
    const kh = hasKhmer(name);
    const q = kh ? canonKh(name) : latKey(name);
    const map = kh ? this.kh : this.lat;
    const out = new Map<number, 0 | 1>();
    for (const i of map.get(q) ?? []) out.set(i, 0);
    if (!fuzzy) return out;
    const alpha = kh ? this.khAlpha : LAT_ALPHA;
    const see = (v: string) => {
      const hit = map.get(v);
      if (hit) for (const i of hit) if (!out.has(i)) out.set(i, 1);
    };
    for (let i = 0; i <= q.length; i++) {
      if (i < q.length) see(q.slice(0, i) + q.slice(i + 1));
      for (const c of alpha) {
        see(q.slice(0, i) + c + q.slice(i));
        if (i < q.length && c !== q[i]) see(q.slice(0, i) + c + q.slice(i + 1));
      }
    }
    return out;
  }
}
function push(m: Map<string, number[]>, k: string, i: number) {
  const a = m.get(k);
  if (!a) m.set(k, [i]);
  else if (a[a.length - 1] !== i) a.push(i);
}
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let n = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++n > 1) return false;
    return true;
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

// ───────────────────────────── on-site rows ─────────────────────────────
export interface RowMeta {
  hidden: boolean;
  namesakeOf: 'present' | 'absent' | null;
  source: Source;
  script: 'kh' | 'lat';
  compound: boolean;
  lat?: LatinShape & { typo: boolean };
  kh?: { swap: boolean; sepFG: string; sepIn: string; reorder: boolean; nfd: boolean };
  nidPresent: boolean;
  nidSlip: boolean;
  nssfPresent: boolean;
  nssfSlip: boolean;
  dobPresent: boolean;
  dobSwap: boolean;
  sexPresent: boolean;
}
interface Draft {
  person: RegPerson | null;
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
  source: Source;
  meta: RowMeta;
}

function pickSource(r: Rng): Source {
  const x = r.next();
  return x < R.src.manual ? 'manual' : x < R.src.manual + R.src.csv ? 'csv' : 'id-card';
}
function pickGiven(r: Rng, sex: Sex, bySex: Record<Sex, GivenName[]>): GivenName {
  return r.pickSkewed(bySex[sex], GIVEN_SKEW);
}
/** The on-site name of a person, in either script, with this roster's name-shape variations. */
function renderOnsiteName(r: Rng, p: Person, source: Source): { name: string; meta: Pick<RowMeta, 'script' | 'lat' | 'kh'> } {
  const tokens = tokensOf(p);
  if (r.chance(R.khmer[source])) {
    const swap = r.chance(R.kh.swap);
    const sepFG = pickSep(r, R.kh.sepFG);
    const sepIn = pickSep(r, R.kh.sepIn);
    let name = renderKh(tokens, swap, sepFG, sepIn);
    let reorder = false;
    if (r.chance(R.kh.reorder)) {
      const v = khReorder(r, name);
      if (v) { name = v; reorder = true; }
    }
    const nfd = r.chance(R.kh.nfd);
    if (nfd) name = name.normalize('NFD');
    return { name, meta: { script: 'kh', kh: { swap, sepFG, sepIn, reorder, nfd } } };
  }
  const card = source === 'id-card';
  const sh: LatinShape = {
    picks: tokens.map((t) => r.pickSkewed(t.lat, R.lat.romanSkew)),
    swap: !card && r.chance(R.lat.swap),
    runTogether: !card && r.chance(R.lat.runTogether),
    camel: false,
    joinCompound: r.chance(R.lat.joinCompound),
    caseMode: 'title',
  };
  sh.camel = sh.runTogether && r.chance(R.lat.camel);
  const c = r.next();
  sh.caseMode = card || c < R.lat.upper ? 'upper' : c < R.lat.upper + R.lat.lower ? 'lower' : 'title';
  let name = renderLatin(sh);
  let typoed = false;
  if (!card && r.chance(R.lat.typo)) {
    const t = typo(r, name);
    if (t) { name = t; typoed = true; }
  }
  return { name, meta: { script: 'lat', lat: { ...sh, typo: typoed } } };
}

interface Internal {
  roster: Roster;
  persons: Map<string, RegPerson>;
  meta: Map<string, RowMeta>;
  index: NameIndex;
  regIdx: Map<string, number>;
}

function generateInternal(size: number, seed: number): Internal {
  const r = rng(seed * 7919 + 85);
  const bySex: Record<Sex, GivenName[]> = {
    F: GIVEN.filter((g) => g.sex !== 'M'),
    M: GIVEN.filter((g) => g.sex !== 'F'),
  };
  const index = new NameIndex();
  const nidUsed = new Set<string>();
  const nssfUsed = new Set<string>();
  const makeNid = () => pad(r.int(1, 25)) + pad(r.int(0, 9_999_999), 7);
  const makeNssf = () => String(r.int(1, 9)) + pad(r.int(0, 999_999_999), 9);

  // ── registered workers ──
  const persons: RegPerson[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(R.female) ? 'F' : 'M';
    const fam = r.pickSkewed(FAMILY, FAMILY_SKEW);
    const given = pickGiven(r, sex, bySex);
    const tokens = tokensOf({ fam, given });
    const latKeys = latKeysOf(tokens);
    const khKeys = khKeysOf(tokens);
    const namesakes = new Set<number>();
    for (const k of latKeys) for (const j of index.lat.get(k) ?? []) namesakes.add(j);
    for (const k of khKeys) for (const j of index.kh.get(k) ?? []) namesakes.add(j);
    let dob = randDate(r, 1968, 2006);
    for (let t = 0; t < 1000 && [...namesakes].some((j) => dobClose(persons[j].dob, dob)); t++) dob = randDate(r, 1968, 2006);
    const nid = freshId(r, nidUsed, makeNid);
    const nssf = freshId(r, nssfUsed, makeNssf);
    // register names
    const regKhSepFG = r.next();
    const nameKhRaw = renderKh(tokens, false, regKhSepFG < R.reg.sepFG[0] ? ' ' : regKhSepFG < R.reg.sepFG[0] + R.reg.sepFG[1] ? ZWSP : '', pickSep(r, R.reg.sepIn));
    const reo = r.chance(R.reg.reorder) ? khReorder(r, nameKhRaw) : null;
    let regLat: LatinShape | null = null;
    if (!r.chance(R.reg.latinMissing)) {
      regLat = {
        picks: tokens.map((t) => r.pickSkewed(t.lat, R.reg.romanSkew)),
        swap: false,
        runTogether: r.chance(R.reg.runTogether),
        camel: false,
        joinCompound: r.chance(R.reg.joinCompound),
        caseMode: r.chance(R.reg.upper) ? 'upper' : 'title',
      };
    }
    const dobY = Number(dob.slice(0, 4));
    const p: RegPerson = {
      idx: i, fam, given, sex, latKeys, khKeys, dob, nid, nssf, absent: false, workerId: '',
      nameKh: reo ?? nameKhRaw,
      nameLatin: regLat ? renderLatin(regLat) : null,
      regLat,
      regKhSepFG,
      hireDate: randDate(r, Math.max(2010, dobY + 18), 2024),
      wageRiel: r.chance(R.reg.wageNull) ? null : r.int(820, 1650) * 1000,
    };
    persons.push(p);
    index.add(p, i);
  }
  index.finish();
  const order = r.shuffle(persons.map((_, i) => i));
  const nAbsent = Math.round(size * R.absent);
  for (let k = 0; k < nAbsent; k++) persons[order[k]].absent = true;
  const present = persons.filter((p) => !p.absent);
  const absent = persons.filter((p) => p.absent);

  const drafts: Draft[] = [];
  // ── true rows ──
  for (const p of present) {
    const source = pickSource(r);
    const card = source === 'id-card';
    const { name, meta } = renderOnsiteName(r, p, source);
    let nationalId: string | null = null;
    let nidSlip = false;
    if (card || r.chance(R.nid)) {
      nationalId = p.nid;
      if (!card && r.chance(R.idSlip)) {
        const v = slipId(r, p.nid, nidUsed);
        if (v) { nationalId = v; nidSlip = true; }
      }
    }
    let nssfNumber: string | null = null;
    let nssfSlip = false;
    if (r.chance(R.nssf)) {
      nssfNumber = p.nssf;
      if (!card && r.chance(R.idSlip)) {
        const v = slipId(r, p.nssf, nssfUsed);
        if (v) { nssfNumber = v; nssfSlip = true; }
      }
    }
    let dateOfBirth: string | null = null;
    let dobSwap = false;
    if (card || r.chance(R.dob)) {
      dateOfBirth = p.dob;
      const d = Number(p.dob.slice(8, 10));
      const m = Number(p.dob.slice(5, 7));
      if (!card && d <= 12 && d !== m && r.chance(R.dobSwap)) { dateOfBirth = swapDM(p.dob); dobSwap = true; }
    }
    const sexPresent = card || r.chance(R.sex);
    drafts.push({
      person: p, name, nationalId, nssfNumber, sex: sexPresent ? p.sex : null, dateOfBirth, source,
      meta: {
        hidden: false, namesakeOf: null, source, compound: p.given.parts.length > 1, ...meta,
        nidPresent: nationalId !== null, nidSlip, nssfPresent: nssfNumber !== null, nssfSlip,
        dobPresent: dateOfBirth !== null, dobSwap, sexPresent,
      },
    });
  }
  // ── hidden rows ──
  const nHidden = Math.round((present.length * R.hiddenShare) / (1 - R.hiddenShare));
  for (let h = 0; h < nHidden; h++) {
    let fam: NameToken, given: GivenName, sex: Sex;
    let namesakeOf: 'present' | 'absent' | null = null;
    if (r.chance(R.hiddenNamesake)) {
      const fromAbsent = absent.length > 0 && r.chance(R.namesakeOfAbsent);
      const src = fromAbsent ? r.pick(absent) : r.pick(present);
      namesakeOf = fromAbsent ? 'absent' : 'present';
      fam = src.fam;
      given = src.given;
      sex = given.sex === 'U' && r.chance(0.3) ? (src.sex === 'F' ? 'M' : 'F') : src.sex;
    } else {
      sex = r.chance(R.female) ? 'F' : 'M';
      fam = r.pickSkewed(FAMILY, FAMILY_SKEW);
      given = pickGiven(r, sex, bySex);
    }
    const tokens = tokensOf({ fam, given });
    const hp: Person = { fam, given, sex, latKeys: latKeysOf(tokens), khKeys: khKeysOf(tokens) };
    const source = pickSource(r);
    const card = source === 'id-card';
    const { name, meta } = renderOnsiteName(r, hp, source);
    const cands = [...index.candidates(name, true).keys()];
    const dobPresent = card || cands.length > 0 || r.chance(R.dob);
    let dateOfBirth: string | null = null;
    if (dobPresent) {
      let d = randDate(r, 1968, 2006);
      for (let t = 0; t < 1000 && cands.some((j) => dobClose(persons[j].dob, d)); t++) d = randDate(r, 1968, 2006);
      dateOfBirth = d;
    }
    const nationalId = card || r.chance(R.nid) ? freshId(r, nidUsed, makeNid) : null;
    const sexPresent = card || r.chance(R.sex);
    drafts.push({
      person: null, name, nationalId, nssfNumber: null, sex: sexPresent ? sex : null, dateOfBirth, source,
      meta: {
        hidden: true, namesakeOf, source, compound: given.parts.length > 1, ...meta,
        nidPresent: nationalId !== null, nidSlip: false, nssfPresent: false, nssfSlip: false,
        dobPresent, dobSwap: false, sexPresent,
      },
    });
  }

  // ── register: shuffle, then assign worker ids ──
  const regOrder = r.shuffle(persons.slice());
  const registered: RegisteredWorker[] = regOrder.map((p, i) => {
    p.workerId = `W${pad(i + 1, 6)}`;
    return {
      workerId: p.workerId, nssfNumber: p.nssf, nationalId: p.nid, nameKh: p.nameKh, nameLatin: p.nameLatin,
      sex: p.sex, dateOfBirth: p.dob, hireDate: p.hireDate, wageRiel: p.wageRiel,
    };
  });
  // ── on-site: shuffle, then ids, times, sheet rows ──
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = Date.UTC(2025, 2, 12, 1, 30, 0);
  let csvRow = 0;
  for (const d of drafts) {
    const id = uuid(r);
    t += r.int(8, 75) * 1000;
    onsite.push({
      id, visitId: VISIT_ID, name: d.name, nationalId: d.nationalId, nssfNumber: d.nssfNumber, sex: d.sex,
      dateOfBirth: d.dateOfBirth, source: d.source, sourceRow: d.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.person ? d.person.workerId : null);
    meta.set(id, d.meta);
  }
  const byWorker = new Map(persons.map((p) => [p.workerId, p]));
  const regIdx = new Map(persons.map((p) => [p.workerId, p.idx]));
  return { roster: { registered, onsite, truth }, persons: byWorker, meta, index, regIdx };
}

export function generateEightyFifth(size: number, seed: number): Roster {
  return generateInternal(size, seed).roster;
}

// ───────────────────────────── self-check ─────────────────────────────
async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsiteSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const g = generateInternal(size, seed);
  const genMs = performance.now() - t0;
  const { roster, persons, meta, index } = g;
  const { registered, onsite, truth } = roster;
  const fails: string[] = [];
  const pct = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1)}%`);
  const line = (label: string, n: number, d: number) => console.log(`  ${label.padEnd(52)} ${String(n).padStart(6)} / ${String(d).padEnd(6)} ${pct(n, d)}`);
  const byId = new Map(registered.map((w) => [w.workerId, w]));

  // ── shape ──
  const rows = onsite.map((o) => ({ o, m: meta.get(o.id)!, w: truth.get(o.id) ? byId.get(truth.get(o.id)!)! : null, p: truth.get(o.id) ? persons.get(truth.get(o.id)!)! : null }));
  const trueRows = rows.filter((x) => x.w);
  const hidden = rows.filter((x) => !x.w);
  const matchedIds = new Set(trueRows.map((x) => x.w!.workerId));
  console.log(`eightyfifth  size=${size} seed=${seed}  (${EIGHTYFIFTH_LABEL})`);
  console.log(`registered ${registered.length}, on-site ${onsite.length} (true ${trueRows.length}, hidden ${hidden.length}), absent ${registered.length - matchedIds.size}; generated in ${genMs.toFixed(0)} ms`);
  line('hidden share of on-site rows', hidden.length, onsite.length);
  line('absent share of registered', registered.length - matchedIds.size, registered.length);
  line('hidden namesakes of a present worker', hidden.filter((x) => x.m.namesakeOf === 'present').length, hidden.length);
  line('hidden namesakes of an absent worker', hidden.filter((x) => x.m.namesakeOf === 'absent').length, hidden.length);
  console.log('register:');
  line('nameLatin missing', registered.filter((w) => !w.nameLatin).length, registered.length);
  const regLat = [...persons.values()].filter((p) => p.regLat);
  line('nameLatin UPPER', regLat.filter((p) => p.regLat!.caseMode === 'upper').length, regLat.length);
  line('nameLatin run together', regLat.filter((p) => p.regLat!.runTogether).length, regLat.length);
  const regComp = regLat.filter((p) => p.given.parts.length > 1);
  line('nameLatin compound given joined (of compound)', regComp.filter((p) => p.regLat!.joinCompound).length, regComp.length);
  line('nameKh with ZWSP', registered.filter((w) => w.nameKh.includes(ZWSP)).length, registered.length);
  line('nameKh with no separator at all', registered.filter((w) => !/[ \u200B]/.test(w.nameKh)).length, registered.length);
  line('nameKh in a non-canonical code-point order', registered.filter((w) => canonKh(w.nameKh) !== w.nameKh.replace(/[ \u200B]/g, '')).length, registered.length);
  line('full name shared with another registered worker', [...persons.values()].filter((p) => {
    const s = new Set<number>();
    for (const k of p.latKeys) for (const j of index.lat.get(k) ?? []) s.add(j);
    return s.size > 1;
  }).length, registered.length);
  console.log('on-site rows (all):');
  for (const s of ['manual', 'csv', 'id-card'] as const) line(`source ${s}`, rows.filter((x) => x.o.source === s).length, rows.length);
  const lat = rows.filter((x) => x.m.script === 'lat');
  const kh = rows.filter((x) => x.m.script === 'kh');
  line('name in Khmer', kh.length, rows.length);
  line('name in Latin', lat.length, rows.length);
  line('Latin row vs register without nameLatin (Khmer only)', lat.filter((x) => x.w && !x.w.nameLatin).length, lat.filter((x) => x.w).length);
  console.log(' Latin names:');
  line('family/given swapped', lat.filter((x) => x.m.lat!.swap).length, lat.length);
  line('UPPER case', lat.filter((x) => x.m.lat!.caseMode === 'upper').length, lat.length);
  line('lower case', lat.filter((x) => x.m.lat!.caseMode === 'lower').length, lat.length);
  line('family+given run together', lat.filter((x) => x.m.lat!.runTogether).length, lat.length);
  const latComp = lat.filter((x) => x.m.compound);
  line('compound given name (of Latin rows)', latComp.length, lat.length);
  line('compound given joined (of compound)', latComp.filter((x) => x.m.lat!.joinCompound).length, latComp.length);
  const latReg = lat.filter((x) => x.p?.regLat);
  line('compound joined/split unlike the register', latReg.filter((x) => x.m.compound && x.m.lat!.joinCompound !== x.p!.regLat!.joinCompound).length, latReg.filter((x) => x.m.compound).length);
  line('romanization differs from the register', latReg.filter((x) => x.m.lat!.picks.some((s, i) => s !== x.p!.regLat!.picks[i])).length, latReg.length);
  line('word shape differs from register (swap/run/split)', latReg.filter((x) => {
    const a = x.m.lat!, b = x.p!.regLat!;
    return a.swap || a.runTogether !== b.runTogether || (x.m.compound && a.joinCompound !== b.joinCompound);
  }).length, latReg.length);
  line('one typo', lat.filter((x) => x.m.lat!.typo).length, lat.length);
  line('name identical to register nameLatin (exact)', latReg.filter((x) => x.o.name === x.w!.nameLatin).length, latReg.length);
  line('name identical ignoring case and spaces', latReg.filter((x) => latKey(x.o.name) === latKey(x.w!.nameLatin!)).length, latReg.length);
  console.log(' Khmer names:');
  line('family/given swapped', kh.filter((x) => x.m.kh!.swap).length, kh.length);
  line('space between family and given', kh.filter((x) => x.m.kh!.sepFG === ' ').length, kh.length);
  line('ZWSP between family and given', kh.filter((x) => x.m.kh!.sepFG === ZWSP).length, kh.length);
  line('nothing between family and given', kh.filter((x) => x.m.kh!.sepFG === '').length, kh.length);
  const khComp = kh.filter((x) => x.m.compound);
  line('compound given split by space/ZWSP (of compound)', khComp.filter((x) => x.m.kh!.sepIn !== '').length, khComp.length);
  line('keyboard code-point order variant', kh.filter((x) => x.m.kh!.reorder).length, kh.length);
  line('NFD (no-op for Khmer)', kh.filter((x) => x.m.kh!.nfd).length, kh.length);
  line('name identical to register nameKh (exact)', kh.filter((x) => x.w && x.o.name === x.w.nameKh).length, kh.filter((x) => x.w).length);
  console.log(' other fields:');
  line('national ID present', rows.filter((x) => x.o.nationalId).length, rows.length);
  line('national ID slip (of present, true rows)', trueRows.filter((x) => x.m.nidSlip).length, trueRows.filter((x) => x.o.nationalId).length);
  line('NSSF number present', rows.filter((x) => x.o.nssfNumber).length, rows.length);
  line('NSSF number slip (of present)', trueRows.filter((x) => x.m.nssfSlip).length, trueRows.filter((x) => x.o.nssfNumber).length);
  line('DOB present', rows.filter((x) => x.o.dateOfBirth).length, rows.length);
  line('DOB day/month swapped (of present, true rows)', trueRows.filter((x) => x.m.dobSwap).length, trueRows.filter((x) => x.o.dateOfBirth).length);
  line('sex missing', rows.filter((x) => !x.o.sex).length, rows.length);
  line('hidden rows with DOB', hidden.filter((x) => x.o.dateOfBirth).length, hidden.length);
  line('hidden rows with national ID', hidden.filter((x) => x.o.nationalId).length, hidden.length);

  // ── rule 1 ──
  let r1 = 0;
  const r1ex: string[] = [];
  for (const x of trueRows) {
    const p = x.p!, w = x.w!, o = x.o;
    const nameOk = hasKhmer(o.name) ? p.khKeys.includes(canonKh(o.name)) : p.latKeys.some((k) => within1(latKey(o.name), k));
    const ok = nameOk
      && (o.nationalId === null || idClose(o.nationalId, w.nationalId!))
      && (o.nssfNumber === null || idClose(o.nssfNumber, w.nssfNumber!))
      && (o.dateOfBirth === null || o.dateOfBirth === w.dateOfBirth || o.dateOfBirth === swapDM(w.dateOfBirth!))
      && (o.sex === null || o.sex === w.sex);
    if (!ok) { r1++; if (r1ex.length < 3) r1ex.push(`${o.name} ~ ${w.nameKh}/${w.nameLatin}`); }
  }
  // ── rule 2 ──
  let r2 = 0, r2pairs = 0;
  const regByIdx = new Map([...persons.values()].map((p) => [p.idx, byId.get(p.workerId)!]));
  const seenPair = new Set<string>();
  for (const m of [index.lat, index.kh]) for (const ids of m.values()) {
    for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) {
      const key = ids[a] < ids[b] ? `${ids[a]}:${ids[b]}` : `${ids[b]}:${ids[a]}`;
      if (seenPair.has(key)) continue;
      seenPair.add(key);
      r2pairs++;
      const A = regByIdx.get(ids[a])!, B = regByIdx.get(ids[b])!;
      if (dobClose(A.dateOfBirth!, B.dateOfBirth!) || idClose(A.nationalId!, B.nationalId!) || idClose(A.nssfNumber!, B.nssfNumber!)) r2++;
    }
  }
  const allNid = registered.map((w) => w.nationalId!);
  const nidSet = new Set(allNid);
  const nidClash = allNid.filter((n) => idNeighbours(n).some((v) => nidSet.has(v))).length + (allNid.length - nidSet.size);
  // ── rule 3 ──
  const ruledOut = (o: OnsiteWorker, w: RegisteredWorker) =>
    (o.sex !== null && w.sex !== null && o.sex !== w.sex)
    || (o.dateOfBirth !== null && w.dateOfBirth !== null && !dobClose(o.dateOfBirth, w.dateOfBirth))
    || (o.nationalId !== null && w.nationalId !== null && !idClose(o.nationalId, w.nationalId));
  let r3 = 0, hiddenPassable = 0;
  for (const x of hidden) {
    const c = index.candidates(x.o.name, true);
    if (c.size > 0) hiddenPassable++;
    for (const i of c.keys()) if (!ruledOut(x.o, regByIdx.get(i)!)) { r3++; break; }
  }
  // ── rule 5 ──
  let undecidable = 0, nameShared = 0;
  for (const x of trueRows) {
    const self = x.p!.idx;
    let c = index.candidates(x.o.name, false);
    if (!c.has(self)) c = index.candidates(x.o.name, true);
    const level = c.get(self);
    if (level === undefined) continue; // counted by rule 1
    let eq = false, shared = false;
    for (const [i, l] of c) {
      if (i === self || l > level) continue;
      shared = true;
      const w = regByIdx.get(i)!;
      const nssfOut = x.o.nssfNumber !== null && !idClose(x.o.nssfNumber, w.nssfNumber!);
      if (!ruledOut(x.o, w) && !nssfOut) eq = true;
    }
    if (eq) undecidable++;
    if (shared) nameShared++;
  }
  // ── rule 4 ──
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  const r4why: string[] = [];
  if (!onsite.every((o) => uuidRe.test(o.id)) || new Set(onsite.map((o) => o.id)).size !== onsite.length) { r4++; r4why.push('ids'); }
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) { r4++; r4why.push('recordedAt'); break; }
  const csv = onsite.filter((o) => o.source === 'csv');
  if (!csv.every((o, i) => o.sourceRow === i + 1) || !onsite.every((o) => o.source === 'csv' || o.sourceRow === null)) { r4++; r4why.push('sourceRow'); }
  if (new Set(registered.map((w) => w.workerId)).size !== registered.length) { r4++; r4why.push('workerIds'); }
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const rowPos = new Map(onsite.map((o, i) => [o.id, i]));
  const pairs = trueRows.map((x) => [rowPos.get(x.o.id)!, regPos.get(x.w!.workerId)!] as [number, number]);
  const corr = pearson(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
  if (Math.abs(corr) > 4 / Math.sqrt(pairs.length)) { r4++; r4why.push(`row order vs register order r=${corr.toFixed(3)}`); }
  const hidPos = hidden.map((x) => rowPos.get(x.o.id)! / onsite.length);
  const hidMean = hidPos.reduce((a, b) => a + b, 0) / Math.max(1, hidPos.length);
  if (Math.abs(hidMean - 0.5) > 4 * 0.2887 / Math.sqrt(Math.max(1, hidPos.length))) { r4++; r4why.push(`hidden mean position ${hidMean.toFixed(3)}`); }
  const absPos = registered.map((w, i) => [w, i] as const).filter(([w]) => !matchedIds.has(w.workerId)).map(([, i]) => i / registered.length);
  const absMean = absPos.reduce((a, b) => a + b, 0) / Math.max(1, absPos.length);
  if (Math.abs(absMean - 0.5) > 4 * 0.2887 / Math.sqrt(Math.max(1, absPos.length))) { r4++; r4why.push(`absent mean position ${absMean.toFixed(3)}`); }
  // ── schemas ──
  let bad = 0;
  for (const w of registered) if (!RegSchema.safeParse(w).success) bad++;
  for (const o of onsite) {
    if (!OnsiteSchema.safeParse(o).success) bad++;
    if ('statedStartDate' in o || 'wageRiel' in o) bad++;
  }
  // ── determinism and time ──
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = ser(generateEightyFifth(size, seed)) === ser(roster);
  const differs = ser(generateEightyFifth(size, seed + 1)) !== ser(roster);
  const t1 = performance.now();
  generateEightyFifth(10_000, seed);
  const ms10k = performance.now() - t1;

  console.log('audit:');
  const check = (label: string, ok: boolean, detail: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(40)} ${detail}`);
    if (!ok) fails.push(label);
  };
  check('rule 1: true rows plausible variants', r1 === 0, `${r1} violations${r1ex.length ? ' e.g. ' + r1ex.join('; ') : ''}`);
  check('rule 2: namesakes apart', r2 === 0 && nidClash === 0, `${r2} of ${r2pairs} namesake pairs too close; ${nidClash} national IDs within a slip`);
  check('rule 3: hidden rows ruled out', r3 === 0, `${r3} violations; ${hiddenPassable} of ${hidden.length} hidden rows could pass by name`);
  check('rule 4: no leaks', r4 === 0, r4why.length ? r4why.join(', ') : `ids v4 unique, times increasing, order corr ${corr.toFixed(3)}, hidden mean pos ${hidMean.toFixed(3)}`);
  check('rule 5: undecidable true rows < 4 %', undecidable / trueRows.length < 0.04, `${undecidable} (${pct(undecidable, trueRows.length)}); rows whose name fits another worker as well: ${nameShared} (${pct(nameShared, trueRows.length)})`);
  check('schemas (zod, every record)', bad === 0, `${bad} invalid of ${registered.length + onsite.length}`);
  check('determinism', same && differs, `same seed identical: ${same}; seed+1 differs: ${differs}`);
  check('10k generation < 2 s', ms10k < 2000, `${ms10k.toFixed(0)} ms`);
  console.log(fails.length === 0 ? 'PASS' : `FAIL (${fails.join('; ')})`);
  return fails.length === 0;
}
function pearson(a: number[], b: number[]): number {
  const n = a.length;
  if (n < 2) return 0;
  const ma = a.reduce((s, x) => s + x, 0) / n, mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) { sab += (a[i] - ma) * (b[i] - mb); saa += (a[i] - ma) ** 2; sbb += (b[i] - mb) ** 2; }
  return sab / Math.sqrt(saa * sbb || 1);
}

if (process.argv[1]?.endsWith('eightyfifth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => { console.error(e); process.exit(1); },
  );
}
