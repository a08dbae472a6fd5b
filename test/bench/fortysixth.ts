/**
 * Benchmark roster `fortysixth`: FORMAL AND EVERYDAY FORMS OF GIVEN NAMES.
 *
 * Many Khmer given names have a long Pali/Sanskrit form (on the ID card) and a short everyday
 * form (what the worker says, what co-workers and the payroll use): Sovannara / Sovanna,
 * Sokunthea / Kunthea / Thea, Monyroth / Mony / Roth, Sreymom / Mom ... The register holds one
 * form (usually the formal one, sometimes the everyday one the employer declared); on 15-25 % of
 * the on-site rows the other form is given, in Latin or in Khmer, with the family name unchanged
 * and the usual spelling variation otherwise. DOB is on ~75 % of on-site rows, national ID on
 * ~40 %. The pairs are listed in FORM_PAIRS (fortysixth-names.ts).
 *
 * The model (rates are per on-site row unless said otherwise):
 *  - Register: family name drawn skewed (Sok, Chan, Chea ... first), given name by weight from
 *    GROUPS; a person with an everyday form is registered under it 25 % of the time. Khmer name
 *    always, Latin name 92 %, sex and DOB always, national ID 96 %, NSSF number always.
 *  - ~5 % of registered workers are absent. ~7 % of on-site rows are hidden workers.
 *  - Sources: id-card ~10 % (formal form from the card, ID, DOB and sex exact), csv ~54 %,
 *    manual ~36 %. On csv/manual rows a worker registered under the formal form gives the
 *    everyday form 55 % of the time; one registered under the everyday form gives the formal
 *    one 40 % of the time (and always on an ID card). Net: ~20 % of true rows, ~19 % of rows.
 *  - Script: Khmer ~47 %, Latin ~53 %. Latin: listed romanizations, case styles, family/given
 *    order swapped 12 %, one typo 4.5 %. Khmer: ZWSP instead of the space 30 %, marks in the
 *    other keyboard order 40 % where the name has them, ZWSP inside a Srey- name 30 %, order
 *    swapped 6 %.
 *  - DOB on 68 % of csv/manual rows (plus DOBs added to keep rows decidable, see rule 5); the
 *    national ID is taken on 75 % of the rows without a DOB and 20 % of those with one (an
 *    inspector asks for one or the other). National ID slipped (one digit mistyped or two
 *    neighbouring digits transposed) on 5 % of the typed ones; NSSF on ~13 % of rows, slipped
 *    3 %. DOB: day and month swapped on 3 % of the typed ones.
 *  - Hidden rows: ~42 % namesakes of a registered (possibly absent) worker, ~20 % namesakes only
 *    through the form relation (a "Sok Thea" hidden beside a registered "Sok Sokunthea"), a few
 *    of the other sex with a unisex name and no DOB, the rest with names nobody registered
 *    carries; namesakes get a DOB away from every registered worker they could pass for.
 *
 * FAIRNESS RULES (audited by the self-check: `npx tsx test/bench/fortysixth.ts 10000 1`)
 *  1. A true row carries only plausible variants of its registered worker: listed spellings /
 *     romanizations of the registered family name and of the registered given name OR OF ITS
 *     OTHER FORM (FORM_PAIRS, the extra variation of this roster: a human who knows Khmer names
 *     knows that a Sokunthea is called Thea), either order, any case, at most one typo in one
 *     word of 4+ letters (Latin only), Khmer encoding variants (ZWSP, mark order, NFC); IDs
 *     exact or one slip; DOB exact or day/month swapped; sex right or missing.
 *  2. Registered namesakes (same full name in any spelling) never share a date of birth and are
 *     more than a swap or one digit apart; national IDs of any two registered workers are 2+
 *     edits apart. This roster enforces it more widely: also between workers whose names are
 *     one edit apart or related by the form relation (Sok Thea / Sok Sokunthea / Sok Sothea).
 *  3. A hidden row either cannot pass for any registered worker by name (not within one edit
 *     of any spelling of any registered worker, the form relation included), or is ruled out
 *     from every registered worker it could pass for by a field present on both sides: sex
 *     differs, DOB more than a swap / one digit apart, national IDs 2+ edits apart.
 *  4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG,
 *     recordedAt increasing in row order, sourceRow numbered in row order, registered workers
 *     shuffled before their ids are assigned.
 *  5. Undecidable true rows (another registered worker passes by name and is not ruled out by
 *     any field, and nothing - an exact ID, an exact DOB, or an exact name: a listed spelling of
 *     the registered family and given name with no typo and no form change - sets the true
 *     worker above it) stay under 4 %.
 *     THEME RULE: a true row giving the other form is always decidable: when several
 *     registered workers share the family name and a compatible form, the row carries a DOB
 *     or ID that tells them apart (none of those rows is left undecidable).
 *  "Passes by name" (rules 3 and 5, used conservatively): some reading of the row's name
 *  (first token = family name and the rest = given name, or the last token = family name)
 *  is within one edit (OSA, any word length) of a spelling of the worker's family name and of
 *  a spelling of the worker's registered given name or of a form related to it.
 */
import {
  OnsiteWorker as OnsiteWorkerSchema,
  RegisteredWorker as RegisteredWorkerSchema,
  type OnsiteWorker,
  type RegisteredWorker,
} from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, FORM_PAIRS, GIVEN, GROUPS, NOVEL_FAMILY, NOVEL_GIVEN, type NameForm, type NameSex } from './fortysixth-names';

export const FORTYSIXTH_LABEL =
  'formal vs everyday given-name forms (Sovannara/Sovanna, Sokunthea/Thea) on ~20% of rows, Khmer or Latin';

type Sex = 'M' | 'F';
type Source = OnsiteWorker['source'];

// ---------------------------------------------------------------------------------------------
// Text: canonical keys, tokens, edit distance
// ---------------------------------------------------------------------------------------------

const ZW = /[\u200B\u200C\u200D\u2060\uFEFF\u00A0]/g;
const SEP = /[\s\-.,]+/;
const SEP_G = /[\s\-.,]+/g;

/** Canonical text: NFC, lower case, zero-width characters as spaces, Khmer marks in one order. */
function canon(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(ZW, ' ')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/(\u17D2\u179A)(\u17D2[\u1780-\u17B3])/g, '$2$1');
}
function tokens(name: string): string[] {
  return canon(name).split(SEP).filter(Boolean);
}
function key(s: string): string {
  return canon(s).replace(SEP_G, '');
}

/** Optimal string alignment distance (a transposition of neighbours counts as one edit). */
function osa(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length, m = b.length;
  if (!n) return m;
  if (!m) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}
function within1(a: string, b: string): boolean {
  if (a.length === b.length) {
    // same length: one substitution or one transposition of neighbours, without the table
    let n = 0, d0 = -1;
    for (let i = 0; i < a.length; i++) {
      if (a.charCodeAt(i) !== b.charCodeAt(i)) {
        if (n === 0) d0 = i;
        if (++n > 2) return false;
      }
    }
    if (n <= 1) return true;
    return a[d0] === b[d0 + 1] && a[d0 + 1] === b[d0];
  }
  return Math.abs(a.length - b.length) === 1 && osa(a, b) <= 1;
}
function deletions(k: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < k.length; i++) out.push(k.slice(0, i) + k.slice(i + 1));
  return out;
}

/** Spelling dictionary of one role (family or given): exact and within-one-edit look-ups. */
class Dict {
  readonly exact = new Map<string, number[]>();
  private readonly del = new Map<string, string[]>();
  private readonly cache = new Map<string, number[]>();
  constructor(readonly forms: NameForm[]) {
    forms.forEach((f, i) => {
      for (const v of [...f.kh, ...f.lat]) this.add(key(v), i);
    });
  }
  private add(k: string, i: number) {
    const e = this.exact.get(k);
    if (!e) this.exact.set(k, [i]);
    else if (!e.includes(i)) e.push(i);
    for (const d of [k, ...deletions(k)]) {
      const l = this.del.get(d);
      if (!l) this.del.set(d, [k]);
      else if (!l.includes(k)) l.push(k);
    }
  }
  /** Lemmas with a spelling within one edit of the token (already a key). */
  fuzzy(tok: string): number[] {
    const hit = this.cache.get(tok);
    if (hit) return hit;
    const out = new Set<number>();
    for (const d of [tok, ...deletions(tok)]) {
      for (const k of this.del.get(d) ?? []) if (within1(tok, k)) for (const i of this.exact.get(k)!) out.add(i);
    }
    const res = [...out];
    this.cache.set(tok, res);
    return res;
  }
  /** Distance from a token to the nearest spelling of any lemma (capped at 2). */
  nearest(tok: string): number {
    if (this.exact.has(tok)) return 0;
    return this.fuzzy(tok).length ? 1 : 2;
  }
}

const NG = GIVEN.length;
const FAM = new Dict(FAMILY);
const GIV = new Dict(GIVEN);
const GIVEN_IDX = new Map(GIVEN.map((g, i) => [g.id, i] as const));
const gi = (id: string): number => {
  const i = GIVEN_IDX.get(id);
  if (i === undefined) throw new Error(`fortysixth: unknown given name ${id}`);
  return i;
};
/** The form relation, as lemma indices, both ways. */
const RELATED: number[][] = GIVEN.map(() => []);
for (const [a, b] of FORM_PAIRS) {
  RELATED[gi(a)].push(gi(b));
  RELATED[gi(b)].push(gi(a));
}
const near = (d: Dict, i: number): number[] => {
  const s = new Set<number>([i]);
  for (const v of [...d.forms[i].kh, ...d.forms[i].lat]) for (const j of d.fuzzy(key(v))) s.add(j);
  return [...s];
};
/** The sex a given name is borne by, from the groups it appears in (U: both). */
const LEMMA_SEX: NameSex[] = GIVEN.map((g) => {
  const sx = new Set(GROUPS.filter((x) => x.formal === g.id || x.everyday.includes(g.id)).map((x) => x.sex));
  return sx.size === 1 ? [...sx][0] : 'U';
});
const NEAR_FAM: number[][] = FAMILY.map((_, i) => near(FAM, i));
const NEAR_GIV: number[][] = GIVEN.map((_, i) => near(GIV, i));
/** U = near ∪ related (symmetric); U2 = two steps of it: the generous namesake cluster of rule 2. */
const U1: number[][] = GIVEN.map((_, i) => [...new Set([...NEAR_GIV[i], ...RELATED[i]])]);
const U2: number[][] = GIVEN.map((_, i) => [...new Set(U1[i].flatMap((j) => U1[j]))]);

// ---------------------------------------------------------------------------------------------
// Fields: dates, IDs, the "ruled out" test
// ---------------------------------------------------------------------------------------------

interface Fields {
  sex: Sex | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}

function swapDM(d: string): string {
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
}
/** Same date, day/month swapped, one digit different, or two neighbouring digits transposed. */
function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0, d0 = -1, d1 = -1;
  for (let i = 0; i < 10; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      if (n === 0) d0 = i;
      else if (n === 1) d1 = i;
      if (++n > 4) return false;
    }
  }
  if (n === 1) return true;
  if (n === 2 && d1 === d0 + 1 && a[d0] === b[d1] && a[d1] === b[d0]) return true;
  // day and month swapped: the year is the same and only positions 5, 6, 8, 9 differ
  return d0 >= 5 && a[5] === b[8] && a[6] === b[9] && a[8] === b[5] && a[9] === b[6];
}
/** The field present on both sides that tells a row and a registered worker apart, if any. */
function ruledOut(row: Fields, reg: Fields): 'sex' | 'dob' | 'nid' | 'nssf' | null {
  if (row.sex && reg.sex && row.sex !== reg.sex) return 'sex';
  if (row.dateOfBirth && reg.dateOfBirth && !dobClose(row.dateOfBirth, reg.dateOfBirth)) return 'dob';
  if (row.nationalId && reg.nationalId && !within1(row.nationalId, reg.nationalId)) return 'nid';
  if (row.nssfNumber && reg.nssfNumber && !within1(row.nssfNumber, reg.nssfNumber)) return 'nssf';
  return null;
}
function idExact(row: Fields, reg: Fields): boolean {
  return (!!row.nationalId && row.nationalId === reg.nationalId) || (!!row.nssfNumber && row.nssfNumber === reg.nssfNumber);
}
function digitNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/**
 * Issued numbers (fixed length, digits only), kept two edits or more apart. Each number is filed
 * under one key per position with that digit blanked (catches a substitution) and one per pair
 * of neighbours with the two digits sorted (catches a transposition).
 */
class IdBook {
  private readonly keys: Array<Map<number, number>>;
  private readonly buf: number[] = [];
  constructor(readonly len: number) {
    this.keys = Array.from({ length: 2 * len - 1 }, () => new Map<number, number>());
  }
  private keysOf(id: string): number[] {
    const x = Number(id);
    const ds: number[] = [];
    for (let i = 0, v = x; i < this.len; i++, v = Math.floor(v / 10)) ds.push(v % 10);
    const out = this.buf;
    let p = 1;
    for (let i = 0; i < this.len; i++, p *= 10) {
      out[i] = x - ds[i] * p;
      if (i + 1 < this.len) {
        const lo = Math.min(ds[i], ds[i + 1]), hi = Math.max(ds[i], ds[i + 1]);
        out[this.len + i] = x - ds[i] * p - ds[i + 1] * p * 10 + lo * p + hi * p * 10;
      }
    }
    return out;
  }
  // Keys and values are folded into small integers (fast map keys); a fold collision can only
  // make a number look close when it is not, which costs a redraw, never a close pair.
  private static fold(x: number): number {
    return x % 1_000_000_007;
  }
  add(id: string) {
    const x = IdBook.fold(Number(id));
    const ks = this.keysOf(id);
    for (let j = 0; j < ks.length; j++) this.keys[j].set(IdBook.fold(ks[j]), x);
  }
  /** Neither the number nor any one substitution / neighbour transposition of it is issued (`except` aside). */
  isFar(id: string, except?: string): boolean {
    const ex = except === undefined ? -1 : IdBook.fold(Number(except));
    const ks = this.keysOf(id);
    for (let j = 0; j < ks.length; j++) {
      const v = this.keys[j].get(IdBook.fold(ks[j]));
      if (v !== undefined && v !== ex) return false;
    }
    return true;
  }
}

const DAY = 86_400_000;
const DOB_FROM = Date.UTC(1968, 0, 1) / DAY;
const DOB_TO = Date.UTC(2006, 11, 31) / DAY;
const ISO_DAYS = new Map<number, string>();
const isoDay = (day: number): string => {
  let s = ISO_DAYS.get(day);
  if (s === undefined) ISO_DAYS.set(day, (s = new Date(day * DAY).toISOString().slice(0, 10)));
  return s;
};

// ---------------------------------------------------------------------------------------------
// The registered-side index and the "passes by name" look-up
// ---------------------------------------------------------------------------------------------

interface Cand extends Fields {
  fam: number;
  /** The given-name lemma the register holds. */
  regForm: number;
}

/** The two readings of a name: first token = family name, or last token = family name. */
function readings(name: string): Array<[string, string]> {
  const toks = tokens(name);
  const n = toks.length;
  if (n < 2) return [];
  return [
    [toks[0], toks.slice(1).join('')],
    [toks[n - 1], toks.slice(0, n - 1).join('')],
  ];
}

class NameIndex<T extends Cand> {
  private readonly byForm = new Map<number, T[]>();
  add(p: T) {
    const k = p.fam * NG + p.regForm;
    const l = this.byForm.get(k);
    if (l) l.push(p);
    else this.byForm.set(k, [p]);
  }
  /** Registered workers the name could pass for (see the header: "passes by name"). */
  passable(name: string): T[] {
    const out = new Set<T>();
    for (const [famTok, givenKey] of readings(name)) {
      const fams = FAM.fuzzy(famTok);
      if (!fams.length) continue;
      const gs = GIV.fuzzy(givenKey);
      if (!gs.length) continue;
      const forms = new Set<number>();
      for (const g of gs) {
        forms.add(g);
        for (const h of RELATED[g]) forms.add(h);
      }
      for (const f of fams) for (const g of forms) for (const p of this.byForm.get(f * NG + g) ?? []) out.add(p);
    }
    return [...out];
  }
  /**
   * Candidates left after every field present on both sides, and whether `w` stands out: by an
   * exact ID, an exact DOB, or an exact name (a listed spelling of the registered family and
   * given name, no typo, no other form) that the other candidate does not have.
   */
  judge(row: Fields & { name: string }, w: T): { reachable: boolean; others: number; undecidable: boolean } {
    const c = this.passable(row.name).filter((p) => !ruledOut(row, p));
    const reachable = c.includes(w);
    const others = c.filter((p) => p !== w);
    if (!others.length) return { reachable, others: 0, undecidable: false };
    const wId = idExact(row, w);
    const wDob = !!row.dateOfBirth && row.dateOfBirth === w.dateOfBirth;
    const rd = readings(row.name);
    const exact = (p: T) => rd.some(([f, g]) => !!FAM.exact.get(f)?.includes(p.fam) && !!GIV.exact.get(g)?.includes(p.regForm));
    const wName = exact(w);
    const undecidable = others.some(
      (o) => !(wId && !idExact(row, o)) && !(wDob && row.dateOfBirth !== o.dateOfBirth) && !(wName && !exact(o)),
    );
    return { reachable, others: others.length, undecidable };
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering names
// ---------------------------------------------------------------------------------------------

interface Rendered {
  name: string;
  script: 'kh' | 'lat';
  swapped: boolean;
  typo: boolean;
  khEnc: boolean;
}

function pickVar(r: Rng, xs: readonly string[]): string {
  return xs.length === 1 || r.chance(0.6) ? xs[0] : xs[1 + Math.floor(r.next() * (xs.length - 1))];
}
const TYPO_LETTERS = 'aeiouhkmnrstyplc';
function typoWord(r: Rng, w: string): string {
  for (let tries = 0; tries < 10; tries++) {
    const op = r.int(0, 3);
    const i = r.int(1, w.length - 1);
    let out = w;
    if (op === 0) {
      const isUp = w[i] === w[i].toUpperCase();
      const c = TYPO_LETTERS[r.int(0, TYPO_LETTERS.length - 1)];
      out = w.slice(0, i) + (isUp ? c.toUpperCase() : c) + w.slice(i + 1);
    } else if (op === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) out = w.slice(0, i) + w[i] + w.slice(i);
    else if (i + 1 < w.length) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out.toLowerCase() !== w.toLowerCase()) return out;
  }
  return w.slice(0, -1);
}
const title = (s: string): string => s.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' ');

function renderLatin(r: Rng, fam: NameForm, given: NameForm, allowTypo: boolean): Rendered {
  let f = pickVar(r, fam.lat);
  let g = pickVar(r, given.lat);
  let typo = false;
  if (allowTypo && r.chance(0.045)) {
    const words = [...f.split(' ').map((w, i) => ['f', i, w] as const), ...g.split(' ').map((w, i) => ['g', i, w] as const)].filter(
      ([, , w]) => w.length >= 4,
    );
    if (words.length) {
      const [which, i, w] = r.pick(words);
      const t = typoWord(r, w);
      if (which === 'f') f = f.split(' ').map((x, j) => (j === i ? t : x)).join(' ');
      else g = g.split(' ').map((x, j) => (j === i ? t : x)).join(' ');
      typo = true;
    }
  }
  const style = r.next();
  if (style < 0.45) {
    f = title(f);
    g = title(g);
  } else if (style < 0.75) {
    f = f.toUpperCase();
    g = g.toUpperCase();
  } else if (style < 0.85) {
    f = f.toLowerCase();
    g = g.toLowerCase();
  } else {
    f = f.toUpperCase();
    g = title(g);
  }
  const swapped = r.chance(0.12);
  return { name: swapped ? `${g} ${f}` : `${f} ${g}`, script: 'lat', swapped, typo, khEnc: false };
}

function renderKhmer(r: Rng, fam: NameForm, given: NameForm): Rendered {
  let f = pickVar(r, fam.kh);
  let g = pickVar(r, given.kh);
  let khEnc = false;
  const reorder = (s: string) =>
    s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1').replace(/(\u17D2[\u1780-\u17B3])(\u17D2\u179A)/g, '$2$1');
  if (r.chance(0.4)) {
    const f2 = reorder(f), g2 = reorder(g);
    if (f2 !== f || g2 !== g) khEnc = true;
    f = f2;
    g = g2;
  }
  if (g.startsWith('ស្រី') && g.length > 4 && r.chance(0.3)) {
    g = `ស្រី\u200B${g.slice(4)}`;
    khEnc = true;
  }
  let sep = ' ';
  if (r.chance(0.3)) {
    sep = '\u200B';
    khEnc = true;
  }
  const swapped = r.chance(0.06);
  const name = (swapped ? `${g}${sep}${f}` : `${f}${sep}${g}`).normalize(r.chance(0.5) ? 'NFC' : 'NFD');
  return { name, script: 'kh', swapped, typo: false, khEnc };
}

function render(r: Rng, fam: NameForm, given: NameForm, khmer: boolean, allowTypo = true): Rendered {
  return khmer && given.kh.length && fam.kh.length ? renderKhmer(r, fam, given) : renderLatin(r, fam, given, allowTypo);
}

function uuid(r: Rng): string {
  const b = Array.from({ length: 16 }, () => Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

interface Person extends Cand {
  gen: number;
  formal: number;
  everyday: number | null;
  sex: Sex;
  /** The given name's sex in the lists (U: given to both). */
  nameSex: NameSex;
  dateOfBirth: string;
  nssfNumber: string;
  absent: boolean;
  rec: RegisteredWorker;
}

type HiddenKind = 'namesake' | 'form-namesake' | 'sex-namesake' | 'novel';

interface Draft extends Fields {
  name: string;
  source: Source;
  person: Person | null;
  hiddenKind: HiddenKind | null;
  rendered: Rendered;
  /** The given-name lemma shown (−1 for a novel name). */
  form: number;
  formChanged: boolean;
  dobSwap: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  fixed: 'dob' | 'nid' | 'revert' | null;
}

interface Meta {
  persons: Person[];
  drafts: Draft[];
  onsite: OnsiteWorker[];
}

const GROUP_W = (() => {
  let acc = 0;
  return GROUPS.map((g) => (acc += g.w));
})();

function slipId(r: Rng, id: string, book: IdBook): string | null {
  for (let t = 0; t < 8; t++) {
    let out: string;
    const i = r.int(0, id.length - 2);
    if (r.chance(0.5) && id[i] !== id[i + 1]) out = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    else {
      const j = r.int(0, id.length - 1);
      out = id.slice(0, j) + String((Number(id[j]) + r.int(1, 9)) % 10) + id.slice(j + 1);
    }
    if (out !== id && book.isFar(out, id)) return out;
  }
  return null;
}

function build(size: number, seed: number): { roster: Roster; meta: Meta } {
  const r = rng(seed);
  const nidBook = new IdBook(9);
  const nssfBook = new IdBook(10);
  const index = new NameIndex<Person>();
  const anyForm = new Map<number, Person[]>();
  const clusterKeys = new Map<string, number[]>();
  const persons: Person[] = [];
  const famIdx = FAMILY.map((_, i) => i);

  const freshNid = (): string => {
    for (;;) {
      const id = `0${String(r.int(1, 25)).padStart(2, '0')}${String(r.int(0, 999_999)).padStart(6, '0')}`;
      if (nidBook.isFar(id)) return id;
    }
  };
  const freshNssf = (): string => {
    for (;;) {
      const id = `${r.int(1, 9)}${String(r.int(0, 999_999_999)).padStart(9, '0')}`;
      if (nssfBook.isFar(id)) return id;
    }
  };
  const randomDob = (): string => isoDay(r.int(DOB_FROM, DOB_TO));

  // ---- the register ----
  for (let i = 0; i < size; i++) {
    const fam = r.pickSkewed(famIdx, 2.2);
    const x = r.next() * GROUP_W[GROUP_W.length - 1];
    const group = GROUPS[GROUP_W.findIndex((w) => x < w)];
    const formal = gi(group.formal);
    const everyday = group.everyday.length && r.chance(0.9) ? gi(r.pick(group.everyday)) : null;
    const sex: Sex = group.sex === 'U' ? (r.chance(0.6) ? 'F' : 'M') : group.sex;
    const regForm = everyday !== null && GIVEN[everyday].kh.length && r.chance(0.25) ? everyday : formal;
    const hs = [...new Set([regForm, formal, ...(everyday === null ? [] : [everyday])])];
    // Rule 2 (widened): the DOB keeps away from everyone this worker could be confused with.
    const ck = `${fam}/${hs.join(',')}`;
    let keys = clusterKeys.get(ck);
    if (!keys) {
      const gs = [...new Set(hs.flatMap((h) => U2[h]))];
      keys = NEAR_FAM[fam].flatMap((f) => gs.map((g) => f * NG + g));
      clusterKeys.set(ck, keys);
    }
    const cluster: Person[] = [];
    for (const k of keys) {
      const l = anyForm.get(k);
      if (l) for (const p of l) cluster.push(p);
    }
    let dob = randomDob();
    for (let t = 0; t < 500 && cluster.some((p) => dobClose(dob, p.dateOfBirth)); t++) dob = randomDob();
    const nid = r.chance(0.96) ? freshNid() : null;
    if (nid) nidBook.add(nid);
    const nssf = freshNssf();
    nssfBook.add(nssf);
    const dobDay = Date.parse(dob) / DAY;
    const hireFrom = Math.max(Date.UTC(2010, 0, 1) / DAY, dobDay + 18 * 365 + 5);
    const hireTo = Date.UTC(2025, 1, 28) / DAY;
    const hire = isoDay(hireFrom < hireTo ? r.int(hireFrom, hireTo) : hireTo);
    const famForm = FAMILY[fam], givenForm = GIVEN[regForm];
    const latStyle = r.chance(0.7) ? (s: string) => s.toUpperCase() : title;
    const rec: RegisteredWorker = {
      workerId: '',
      nssfNumber: nssf,
      nationalId: nid,
      nameKh: `${famForm.kh[0]} ${r.chance(0.8) ? givenForm.kh[0] : r.pick(givenForm.kh)}`,
      nameLatin: r.chance(0.92) ? latStyle(`${pickVar(r, famForm.lat)} ${pickVar(r, givenForm.lat)}`) : null,
      sex,
      dateOfBirth: dob,
      hireDate: hire,
      wageRiel: r.chance(0.96) ? r.int(800, 2_200) * 1000 : null,
    };
    const p: Person = {
      gen: i,
      fam,
      regForm,
      formal,
      everyday,
      sex,
      nameSex: group.sex,
      dateOfBirth: dob,
      nationalId: nid,
      nssfNumber: nssf,
      absent: false,
      rec,
    };
    persons.push(p);
    index.add(p);
    for (const h of hs) {
      const k = fam * NG + h;
      const l = anyForm.get(k);
      if (l) l.push(p);
      else anyForm.set(k, [p]);
    }
  }
  const registered = r.shuffle(persons.map((p) => p.rec));
  registered.forEach((w, i) => (w.workerId = `W${String(i + 1).padStart(6, '0')}`));

  // ---- true rows ----
  const drafts: Draft[] = [];
  for (const p of persons) {
    if (r.chance(0.05)) {
      p.absent = true;
      continue;
    }
    const source: Source = p.nationalId && r.chance(0.1) ? 'id-card' : r.chance(0.6) ? 'csv' : 'manual';
    const card = source === 'id-card';
    let form = p.regForm;
    if (card) form = p.formal;
    else if (p.regForm === p.formal && p.everyday !== null && r.chance(0.55)) form = p.everyday;
    else if (p.regForm !== p.formal && r.chance(0.4)) form = p.formal;
    const khmer = card ? r.chance(0.75) : r.chance(0.45);
    const d: Draft = {
      name: '',
      source,
      person: p,
      hiddenKind: null,
      rendered: render(r, FAMILY[p.fam], GIVEN[form], khmer, !card),
      form,
      formChanged: form !== p.regForm,
      sex: card || r.chance(0.6) ? p.sex : null,
      dateOfBirth: null,
      nationalId: null,
      nssfNumber: null,
      dobSwap: false,
      nidSlip: false,
      nssfSlip: false,
      fixed: null,
    };
    if (card && d.rendered.script === 'lat') d.rendered.name = d.rendered.name.toUpperCase();
    d.name = d.rendered.name;
    // Inspectors tend to take the ID number when no DOB is given: the two are anti-correlated.
    if (card || r.chance(0.68)) {
      const dd = Number(p.dateOfBirth.slice(8, 10)), mm = Number(p.dateOfBirth.slice(5, 7));
      if (!card && dd <= 12 && dd !== mm && r.chance(0.03)) {
        d.dateOfBirth = swapDM(p.dateOfBirth);
        d.dobSwap = true;
      } else d.dateOfBirth = p.dateOfBirth;
    }
    if (p.nationalId && (card || r.chance(d.dateOfBirth ? 0.2 : 0.75))) {
      const s = !card && r.chance(0.05) ? slipId(r, p.nationalId, nidBook) : null;
      d.nationalId = s ?? p.nationalId;
      d.nidSlip = !!s;
    }
    if (!card && r.chance(0.15)) {
      const s = r.chance(0.03) ? slipId(r, p.nssfNumber, nssfBook) : null;
      d.nssfNumber = s ?? p.nssfNumber;
      d.nssfSlip = !!s;
    }
    // Rule 5 and the theme rule: keep the row decidable.
    let j = index.judge(d, p);
    if (j.undecidable && d.formChanged) {
      if (!d.dateOfBirth || d.dobSwap) {
        d.dateOfBirth = p.dateOfBirth;
        d.dobSwap = false;
        d.fixed = 'dob';
        j = index.judge(d, p);
      }
      if (j.undecidable && p.nationalId && d.nationalId !== p.nationalId) {
        d.nationalId = p.nationalId;
        d.nidSlip = false;
        d.fixed = 'nid';
        j = index.judge(d, p);
      }
      if (j.undecidable) {
        d.form = p.regForm;
        d.formChanged = false;
        d.rendered = render(r, FAMILY[p.fam], GIVEN[p.regForm], d.rendered.script === 'kh', !card);
        d.name = d.rendered.name;
        d.fixed = 'revert';
        j = index.judge(d, p);
      }
    }
    if (j.undecidable && !d.dateOfBirth && r.chance(0.6)) {
      d.dateOfBirth = p.dateOfBirth;
      d.fixed = 'dob';
    }
    drafts.push(d);
  }

  // ---- hidden rows ----
  const present = drafts.length;
  const nHidden = Math.round((present * 0.07) / 0.93);
  const withRelated = persons.filter((p) => RELATED[p.regForm].length > 0);
  const unisex = persons.filter((p) => p.nameSex === 'U');
  const hiddenSex = (s: NameSex): Sex => (s === 'U' ? (r.chance(0.6) ? 'F' : 'M') : s);
  for (let k = 0; k < nHidden; k++) {
    const roll = r.next();
    let kind: HiddenKind = roll < 0.42 ? 'namesake' : roll < 0.62 ? 'form-namesake' : roll < 0.7 ? 'sex-namesake' : 'novel';
    let made: Draft | null = null;
    for (let attempt = 0; attempt < 30 && !made; attempt++) {
      if (attempt >= 20) kind = 'novel';
      const card = kind !== 'sex-namesake' && r.chance(0.08);
      const source: Source = card ? 'id-card' : r.chance(0.6) ? 'csv' : 'manual';
      const khmer = card ? r.chance(0.75) : r.chance(0.45);
      const d: Draft = {
        name: '',
        source,
        person: null,
        hiddenKind: kind,
        rendered: { name: '', script: 'lat', swapped: false, typo: false, khEnc: false },
        form: -1,
        formChanged: false,
        sex: null,
        dateOfBirth: null,
        nationalId: null,
        nssfNumber: null,
        dobSwap: false,
        nidSlip: false,
        nssfSlip: false,
        fixed: null,
      };
      let sex: Sex;
      if (kind === 'novel') {
        const famForm = r.chance(0.7) ? FAMILY[r.pickSkewed(famIdx, 2.2)] : r.pick(NOVEL_FAMILY);
        const g = r.pick(NOVEL_GIVEN);
        d.rendered = render(r, famForm, g, khmer, !card);
        sex = hiddenSex(g.sex);
      } else {
        const v = r.pick(kind === 'form-namesake' ? withRelated : kind === 'sex-namesake' ? unisex : persons);
        let form = v.regForm;
        if (kind === 'form-namesake') form = r.pick(RELATED[v.regForm]);
        else if (kind === 'namesake' && r.chance(0.3)) form = r.pick([v.formal, ...(v.everyday === null ? [] : [v.everyday])]);
        d.form = form;
        d.rendered = render(r, FAMILY[v.fam], GIVEN[form], khmer, !card);
        sex = kind === 'sex-namesake' ? (v.sex === 'M' ? 'F' : 'M') : hiddenSex(LEMMA_SEX[form]);
      }
      if (card) d.rendered.name = d.rendered.script === 'lat' ? d.rendered.name.toUpperCase() : d.rendered.name;
      d.name = d.rendered.name;
      d.sex = card || kind === 'sex-namesake' || r.chance(0.6) ? sex : null;
      const pass = index.passable(d.name);
      if (kind === 'novel' && pass.length) continue;
      if (kind === 'sex-namesake') {
        if (!pass.length || pass.some((p) => p.sex === d.sex)) continue;
      } else if (card || kind !== 'novel' || r.chance(0.6)) {
        let dob = randomDob();
        for (let t = 0; t < 200 && pass.some((p) => dobClose(dob, p.dateOfBirth)); t++) dob = randomDob();
        d.dateOfBirth = dob;
      }
      if (card || (kind !== 'sex-namesake' && r.chance(0.36))) {
        d.nationalId = freshNid();
      }
      // A few say they are registered (with another employer): a number far from every one here.
      if (!card && r.chance(0.03)) d.nssfNumber = freshNssf();
      if (pass.every((p) => ruledOut(d, p))) made = d;
    }
    if (made) drafts.push(made);
  }

  // ---- shuffle, then ids, times and sheet rows in row order ----
  r.shuffle(drafts);
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = [];
  let t = Date.UTC(2025, 2, 11, 1, 15, 0);
  let sheetRow = 0;
  for (const d of drafts) {
    t += r.int(4, 45) * 1000 + r.int(0, 999);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-fortysixth',
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.person ? d.person.rec.workerId : null);
  }
  return { roster: { registered, onsite, truth }, meta: { persons, drafts, onsite } };
}

export function generateFortysixth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------

function selfCheck(size: number, seed: number): boolean {
  const lines: string[] = [];
  const checks: Array<[boolean, string]> = [];
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)} %`;
  const check = (ok: boolean, what: string) => checks.push([ok, what]);

  // ---- the name lists ----
  const listIssues: string[] = [];
  for (const d of [FAM, GIV]) {
    for (const f of d.forms) {
      for (const v of f.kh) {
        if (!/^[\u1780-\u17FF]+$/.test(v)) listIssues.push(`${f.id}: non-Khmer ${v}`);
        const owners = d.exact.get(key(v)) ?? [];
        if (owners.length !== 1) listIssues.push(`${f.id}: Khmer ${v} shared by ${owners.length} lemmas`);
      }
      for (const v of f.lat) if (!/^[A-Za-z ]+$/.test(v)) listIssues.push(`${f.id}: bad Latin ${v}`);
    }
  }
  for (const g of GROUPS) for (const e of g.everyday) if (!FORM_PAIRS.some(([a, b]) => a === g.formal && b === e)) listIssues.push(`pair ${g.formal}/${e} missing`);
  for (const n of [...NOVEL_GIVEN, ...NOVEL_FAMILY])
    for (const v of [...n.kh, ...n.lat]) if (FAM.nearest(key(v)) < 2 || GIV.nearest(key(v)) < 2) listIssues.push(`novel ${n.id}: ${v} within one edit of a listed spelling`);
  check(listIssues.length === 0, `name lists: Khmer/Latin well-formed, every everyday form in FORM_PAIRS, novel names 2+ edits away${listIssues.length ? ` (${listIssues.slice(0, 5).join('; ')})` : ''}`);

  // ---- generate, time ----
  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const ms = performance.now() - t0;
  let ms10k = ms;
  if (size !== 10_000) {
    const t1 = performance.now();
    build(10_000, seed);
    ms10k = performance.now() - t1;
  }
  const { registered, onsite, truth } = roster;
  const drafts = meta.drafts;
  const trueD = drafts.filter((d) => d.person);
  const hidD = drafts.filter((d) => !d.person);
  const absent = meta.persons.filter((p) => p.absent).length;

  lines.push(`fortysixth ${size}/${seed}: ${FORTYSIXTH_LABEL}`);
  lines.push(`registered ${registered.length}, on site ${onsite.length} (true ${trueD.length}, hidden ${hidD.length} = ${pct(hidD.length, onsite.length)}), absent ${absent} = ${pct(absent, registered.length)}`);
  const cnt = (xs: Draft[], f: (d: Draft) => boolean) => xs.filter(f).length;
  lines.push(`other form of the given name (true rows): ${pct(cnt(trueD, (d) => d.formChanged), trueD.length)}` +
    ` [formal->everyday ${cnt(trueD, (d) => d.formChanged && d.person!.regForm === d.person!.formal)}, everyday->formal ${cnt(trueD, (d) => d.formChanged && d.person!.regForm !== d.person!.formal)}]` +
    `; of all rows ${pct(cnt(trueD, (d) => d.formChanged), onsite.length)}`);
  lines.push(`registered under the everyday form: ${pct(meta.persons.filter((p) => p.regForm !== p.formal).length, registered.length)}; Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}; national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}`);
  lines.push(`sources: id-card ${pct(cnt(drafts, (d) => d.source === 'id-card'), drafts.length)}, csv ${pct(cnt(drafts, (d) => d.source === 'csv'), drafts.length)}, manual ${pct(cnt(drafts, (d) => d.source === 'manual'), drafts.length)}`);
  lines.push(`script Khmer ${pct(cnt(drafts, (d) => d.rendered.script === 'kh'), drafts.length)}; Khmer encoding variant ${pct(cnt(drafts, (d) => d.rendered.khEnc), cnt(drafts, (d) => d.rendered.script === 'kh'))} of Khmer rows; order swapped ${pct(cnt(drafts, (d) => d.rendered.swapped), drafts.length)}; typo ${pct(cnt(drafts, (d) => d.rendered.typo), drafts.length)}`);
  lines.push(`DOB present ${pct(onsite.filter((o) => o.dateOfBirth).length, onsite.length)} (true ${pct(cnt(trueD, (d) => !!d.dateOfBirth), trueD.length)}, hidden ${pct(cnt(hidD, (d) => !!d.dateOfBirth), hidD.length)}), swapped ${cnt(trueD, (d) => d.dobSwap)}; national ID present ${pct(onsite.filter((o) => o.nationalId).length, onsite.length)} (true ${pct(cnt(trueD, (d) => !!d.nationalId), trueD.length)}, hidden ${pct(cnt(hidD, (d) => !!d.nationalId), hidD.length)}), slipped ${cnt(trueD, (d) => d.nidSlip)}; NSSF present ${pct(onsite.filter((o) => o.nssfNumber).length, onsite.length)}, slipped ${cnt(trueD, (d) => d.nssfSlip)}; sex present ${pct(onsite.filter((o) => o.sex).length, onsite.length)}`);
  lines.push(`decidability fixes on true rows: DOB added ${cnt(trueD, (d) => d.fixed === 'dob')}, ID made exact ${cnt(trueD, (d) => d.fixed === 'nid')}, form reverted ${cnt(trueD, (d) => d.fixed === 'revert')}`);
  const hk = (k: HiddenKind) => cnt(hidD, (d) => d.hiddenKind === k);
  lines.push(`hidden kinds: namesake ${hk('namesake')}, form-namesake ${hk('form-namesake')}, sex-namesake ${hk('sex-namesake')}, novel name ${hk('novel')}`);

  // ---- an index rebuilt from the published register only ----
  type W = Cand & { w: RegisteredWorker };
  const audit = new NameIndex<W>();
  const byId = new Map<string, W>();
  let parseFail = 0;
  for (const w of registered) {
    const tk = tokens(w.nameKh);
    const f = FAM.exact.get(tk[0]) ?? [];
    const g = GIV.exact.get(tk.slice(1).join('')) ?? [];
    if (f.length !== 1 || g.length !== 1) {
      parseFail++;
      continue;
    }
    const c: W = { fam: f[0], regForm: g[0], sex: w.sex, dateOfBirth: w.dateOfBirth, nationalId: w.nationalId, nssfNumber: w.nssfNumber, w };
    audit.add(c);
    byId.set(w.workerId, c);
  }
  check(parseFail === 0, `register names parse to one family and one given lemma (${parseFail} failures)`);

  // ---- rule 1 ----
  const famKeys = (f: number, script: 'kh' | 'lat') => FAMILY[f][script].map(key);
  const givKeys = (g: number, script: 'kh' | 'lat') => GIVEN[g][script].map(key);
  const nameFits = (name: string, f: number, gs: number[]): boolean => {
    const tk = tokens(name);
    const n = tk.length;
    if (n < 2) return false;
    for (const [ft, gk] of [[tk[0], tk.slice(1).join('')], [tk[n - 1], tk.slice(0, n - 1).join('')]] as const) {
      for (const script of ['kh', 'lat'] as const) {
        const dF = Math.min(2, ...famKeys(f, script).map((k) => osa(ft, k)));
        const dG = Math.min(2, ...gs.flatMap((g) => givKeys(g, script)).map((k) => osa(gk, k)));
        if (dF + dG === 0) return true;
        // one typo, in a word that had 4+ letters (the spelling it is one edit from)
        const long4 = (t: string, ks: string[]) => ks.some((k) => k.length >= 4 && osa(t, k) === 1);
        if (script === 'lat' && dF + dG === 1 && (dF === 0 || long4(ft, famKeys(f, script))) && (dG === 0 || long4(gk, gs.flatMap((g) => givKeys(g, script)))))
          return true;
      }
    }
    return false;
  };
  const r1: string[] = [];
  let undecidable = 0, formUndecidable = 0, formMulti = 0, multi = 0;
  const onsiteById = new Map(onsite.map((o) => [o.id, o]));
  for (const [oid, wid] of truth) {
    if (wid === null) continue;
    const o = onsiteById.get(oid)!;
    const w = byId.get(wid);
    if (!w) {
      r1.push(`${oid}: unknown worker`);
      continue;
    }
    const allowed = [w.regForm, ...RELATED[w.regForm]];
    const bad: string[] = [];
    if (!nameFits(o.name, w.fam, allowed)) bad.push(`name ${o.name} vs ${w.w.nameKh}`);
    if (o.nationalId && (!w.nationalId || osa(o.nationalId, w.nationalId) > 1)) bad.push('national ID');
    if (o.nssfNumber && (!w.nssfNumber || osa(o.nssfNumber, w.nssfNumber) > 1)) bad.push('NSSF');
    if (o.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && o.dateOfBirth !== swapDM(w.dateOfBirth!)) bad.push('DOB');
    if (o.sex && o.sex !== w.sex) bad.push('sex');
    const j = audit.judge(o, w);
    if (!j.reachable) bad.push('not reachable by name+fields');
    if (bad.length) r1.push(`${o.name}: ${bad.join(', ')}`);
    const formOf = nameFits(o.name, w.fam, [w.regForm]) ? 'same' : 'other';
    const others = audit.passable(o.name).filter((p) => p !== w).length;
    if (others) multi++;
    if (formOf === 'other' && others) formMulti++;
    if (j.undecidable) {
      undecidable++;
      if (formOf === 'other') formUndecidable++;
    }
  }
  check(r1.length === 0, `rule 1: every true row carries only plausible variants of its worker (${r1.length} bad${r1.length ? `: ${r1.slice(0, 3).join(' | ')}` : ''})`);

  // ---- rule 2 ----
  const buckets = new Map<string, W[]>();
  for (const c of byId.values()) {
    const ks = new Set<string>();
    for (const script of ['kh', 'lat'] as const) for (const fk of famKeys(c.fam, script)) for (const gk of givKeys(c.regForm, script)) ks.add(`${fk}|${gk}`);
    for (const k of ks) {
      const l = buckets.get(k);
      if (l) l.push(c);
      else buckets.set(k, [c]);
    }
  }
  const badPair = (a: W, b: W) =>
    (!!a.dateOfBirth && !!b.dateOfBirth && dobClose(a.dateOfBirth, b.dateOfBirth)) || (!!a.nationalId && !!b.nationalId && osa(a.nationalId, b.nationalId) < 2);
  let pairs = 0, r2bad = 0;
  const seenPair = new Set<string>();
  const checkPairs = (xs: W[], ys: W[]) => {
    for (const a of xs)
      for (const b of ys) {
        if (a === b) continue;
        const pk = a.w.workerId < b.w.workerId ? `${a.w.workerId}${b.w.workerId}` : `${b.w.workerId}${a.w.workerId}`;
        if (seenPair.has(pk)) continue;
        seenPair.add(pk);
        pairs++;
        if (badPair(a, b)) r2bad++;
      }
  };
  for (const l of buckets.values()) if (l.length > 1) checkPairs(l, l);
  const exactPairs = pairs;
  const byLemma = new Map<number, W[]>();
  for (const c of byId.values()) {
    const k = c.fam * NG + c.regForm;
    const l = byLemma.get(k);
    if (l) l.push(c);
    else byLemma.set(k, [c]);
  }
  for (const [k, l] of byLemma) {
    const f = Math.floor(k / NG), g = k % NG;
    for (const h of RELATED[g]) checkPairs(l, byLemma.get(f * NG + h) ?? []);
  }
  let idClose = 0;
  {
    const all = new Set(registered.map((w) => w.nationalId).filter((x): x is string => !!x));
    for (const id of all) for (const n of digitNeighbours(id)) if (all.has(n)) idClose++;
  }
  const largest = Math.max(...[...byLemma.values()].map((l) => l.length));
  lines.push(`namesakes: ${exactPairs} exact-name pairs, ${pairs - exactPairs} form-related pairs; largest same-name group ${largest}`);
  check(r2bad === 0 && idClose === 0, `rule 2: namesakes (exact and form-related) never within a swap / one digit on DOB, IDs 2+ edits apart (${r2bad} bad pairs, ${idClose} close IDs)`);

  // ---- rule 3 ----
  let r3bad = 0, notPassable = 0;
  const reasons = { sex: 0, dob: 0, nid: 0, nssf: 0 };
  let formHidden = 0;
  for (const o of onsite) {
    if (truth.get(o.id) !== null) continue;
    const pass = audit.passable(o.name);
    if (!pass.length) notPassable++;
    let ok = true;
    for (const p of pass) {
      const why = ruledOut(o, p);
      if (!why) ok = false;
      else reasons[why]++;
      if (!nameFits(o.name, p.fam, [p.regForm])) formHidden++;
    }
    if (!ok) r3bad++;
  }
  lines.push(`hidden rows: ${notPassable} pass for nobody by name; namesake pairs ruled out by DOB ${reasons.dob}, sex ${reasons.sex}, national ID ${reasons.nid}; ${formHidden} of those pairs only through the form relation or a typo`);
  check(r3bad === 0, `rule 3: every hidden row passes for nobody or is ruled out by a field on both sides (${r3bad} bad)`);

  // ---- rule 4 ----
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  for (let i = 1; i < onsite.length; i++) if (!(Date.parse(onsite[i].recordedAt) > Date.parse(onsite[i - 1].recordedAt))) r4 = false;
  let row = 0;
  for (const o of onsite) if (o.source === 'csv' ? o.sourceRow !== ++row : o.sourceRow !== null) r4 = false;
  const corr = (xs: number[], ys: number[]) => {
    const n = xs.length, mx = xs.reduce((a, b) => a + b, 0) / n, my = ys.reduce((a, b) => a + b, 0) / n;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < n; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
      syy += (ys[i] - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy);
  };
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const genOf = new Map(meta.persons.map((p) => [p.rec.workerId, p.gen]));
  const cRegGen = corr(registered.map((_, i) => i), registered.map((w) => genOf.get(w.workerId)!));
  const tr = onsite.map((o, i) => [i, truth.get(o.id)] as const).filter((x): x is readonly [number, string] => !!x[1]);
  const cRowReg = corr(tr.map((x) => x[0]), tr.map((x) => regPos.get(x[1])!));
  const hidPos = onsite.map((o, i) => (truth.get(o.id) === null ? i / onsite.length : -1)).filter((x) => x >= 0);
  const hidMean = hidPos.reduce((a, b) => a + b, 0) / Math.max(1, hidPos.length);
  const tol = size >= 5000 ? 0.05 : 0.1;
  lines.push(`leak checks: corr(register order, generation order) ${cRegGen.toFixed(3)}, corr(on-site order, register order) ${cRowReg.toFixed(3)}, mean hidden position ${hidMean.toFixed(3)}`);
  check(r4 && Math.abs(cRegGen) < tol && Math.abs(cRowReg) < tol && Math.abs(hidMean - 0.5) < tol,
    'rule 4: v4 UUIDs unique, recordedAt increasing, sourceRow in row order, no order correlations');

  // ---- rule 5 ----
  lines.push(`true rows with another registered worker passing by name: ${pct(multi, trueD.length)}; other-form rows with such a worker: ${formMulti}`);
  check(undecidable / trueD.length < 0.04, `rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, trueD.length)} (< 4 %)`);
  check(formUndecidable === 0, `theme: other-form true rows with a compatible namesake are all decidable by DOB or ID (${formUndecidable} undecidable of ${formMulti})`);

  // ---- schemas ----
  const regBad = registered.filter((w) => !RegisteredWorkerSchema.safeParse(w).success).length;
  const onBad = onsite.filter((o) => !OnsiteWorkerSchema.safeParse(o).success).length;
  const extra = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check(regBad === 0 && onBad === 0 && extra === 0 && truth.size === onsite.length, `schemas: zod safeParse of all ${registered.length} registered and ${onsite.length} on-site records (${regBad + onBad} bad), truth covers every row`);

  // ---- determinism ----
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = dump(roster), b = dump(build(size, seed).roster), c = dump(build(size, seed + 1).roster);
  // 10k again, warm (the first run above also paid for compiling the code)
  const t2 = performance.now();
  build(10_000, seed + 2);
  const warm10k = performance.now() - t2;
  check(a === b && a !== c, 'determinism: same seed identical, another seed differs');
  check(Math.min(ms10k, warm10k) < 2000,
    `time: 10k generated in ${ms10k.toFixed(0)} ms cold, ${warm10k.toFixed(0)} ms warm (< 2000 ms)${size !== 10_000 ? `; ${size} in ${ms.toFixed(0)} ms` : ''}`);

  for (const l of lines) console.log(l);
  for (const [ok, what] of checks) console.log(`${ok ? '[ok]  ' : '[FAIL]'} ${what}`);
  const pass = checks.every(([ok]) => ok);
  console.log(pass ? 'PASS' : 'FAIL');
  return pass;
}

if (process.argv[1]?.endsWith('fortysixth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
