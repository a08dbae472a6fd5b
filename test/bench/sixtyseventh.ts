/**
 * Benchmark roster `sixtyseventh`: ditto marks for repeated family names.
 *
 * Written blind (from the product text and the record schemas only) and fair (every rule below is
 * audited by the self-check at the bottom: `npx tsx test/bench/sixtyseventh.ts 10000 1`).
 *
 * THE STORY. The employer's sheet (source 'csv', sourceRow = its row) was typed from a handwritten
 * ledger kept by production line and, within a line, grouped by family. In the ledger the family
 * name is written once at the top of a run of workers sharing it; the rows below carry a ditto
 * mark instead of the family name: '"', '〃', '″', '-do-', 'do', '”', 'ដដែល', '-', or nothing at
 * all (the cell holds the given name alone), e.g. "SOK DARA" then '" SOPHEA', '〃 VANNA',
 * '-do- CHENDA', 'ដដែល ស្រីមុំ', 'SREYPOV'. Runs are 2-8 rows long (head included) and cover
 * about a third of the sheet. A ditto row's family name is that of the nearest row above it that
 * has no mark, except in broken runs (about 10 % of runs): the typist sorted or filtered a block
 * and the run's head row landed elsewhere, so its ditto rows now follow an unrelated row of
 * another family. A run's head is always written family name first; ditto rows are in the run's
 * script most of the time (mixed Khmer / Latin runs happen).
 *
 * ORDER. The on-site order IS the ledger order (NOT shuffled), because here the order carries
 * information a human uses. Everything else is random and leaks nothing: the order of the lines
 * and of the families within a line is shuffled, workers within a family are in random order,
 * hidden workers are placed into lines, families and runs exactly like registered ones (they can
 * head a run or be a ditto row), on-site ids are random v4 UUIDs from the seeded PRNG, recordedAt
 * increases with the row, and registered worker ids are assigned after shuffling the register.
 *
 * OTHER VARIATIONS (as in the product text): Khmer or Latin name field (~45 % / 55 %); several
 * romanizations per Khmer word (lists in sixtyseventh-names.ts); upper / title / lower case;
 * family and given name swapped on ~8 % of the rows that are not in a run; at most one typo in
 * one word of 4+ letters (~4 % of Latin, ~1.5 % of Khmer rows; a Khmer typo drops one dependent
 * vowel or sign); Khmer encoding variants on either side (zero-width space for the space,
 * keyboard orders: shifter after the vowel, nikahit before u, coeng ro before the other coeng);
 * national ID / NSSF number often missing on site, one digit slip in ~5 % of those present;
 * date of birth missing on ~8 % of rows, day/month swapped on ~3 % of those present (only where
 * the swap is still a date); sex missing on ~10 %; hidden workers 6.5-8.5 % of on-site rows (over
 * half drawn as namesakes of a registered worker, the rest fresh names, most of which a
 * registered worker also holds); ~5 % of the register absent. Registered Latin name missing on
 * ~10 %; registered Khmer names also carry keyboard orders (~10 %) and zero-width spaces (~5 %).
 * Where a hidden row could pass for someone by name, the generator makes sure the field that
 * rules it out is there (it fills in sex or date of birth, or draws another date of birth), so
 * hidden rows show a date of birth slightly more often than true ones (~96 % vs ~92 %).
 *
 * FAIRNESS RULES (audited):
 *  1. A true row carries only plausible variants of its registered worker: a listed spelling of
 *     each word, either order, any case, at most one typo in one word of 4+ letters, Khmer
 *     encoding variants; IDs exact or one slip (one digit changed or two adjacent swapped); date
 *     of birth exact or day/month swapped; sex right or missing. EXTRA VARIATION modelled here:
 *     on a ditto row the family name is replaced by the mark (or left out); the family name
 *     is recoverable from the nearest unmarked row above, except in a broken run.
 *  2. Registered namesakes (same family and given word, any spelling) never share a date of birth
 *     and are more than a day/month swap or one digit apart; registered national IDs and NSSF
 *     numbers are all 2+ edits apart.
 *  3. A hidden row either could not pass for any registered worker by name, or is ruled out
 *     from every one it could pass for by a field present on both sides (sex differs, date of
 *     birth more than a swap / one digit apart, ID 2+ edits apart). For a ditto row "could pass
 *     by name" means ANY registered worker with that given name (within one edit, any family),
 *     since a reader cannot exclude that its run was broken.
 *  4. Nothing leaks the truth (see ORDER).
 *  5. Undecidable true rows stay under 4 %. The audit reads each row as a careful human would:
 *     the registered workers it could be (name within one edit of a spelling; for a ditto row,
 *     the given name within one edit, any family; fields compatible) are scored by evidence
 *     (exact spelling +2; for a ditto row, the family of the nearest unmarked row above +2;
 *     date of birth exact +3, swapped +1; each ID exact +5, one slip +2). A row is undecidable
 *     unless its worker scores strictly highest. So a ditto row of a broken run whose given name,
 *     date of birth, sex and IDs do not settle it among the workers with that given name is
 *     undecidable, and so is one the wrong family above would mislead.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { SIXTYSEVENTH_DITTO_MARKS, SIXTYSEVENTH_FAMILIES, SIXTYSEVENTH_GIVENS } from './sixtyseventh-names';

export const SIXTYSEVENTH_LABEL =
  'ditto marks: sheet in ledger order, family name written once per run, rows below carry " 〃 -do- ដដែល or nothing (10 % of runs broken)';

const FAM = SIXTYSEVENTH_FAMILIES;
const GIV = SIXTYSEVENTH_GIVENS;
const ZWSP = '\u200b';
const VISIT_ID = 'visit-sixtyseventh';

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Undo the keyboard orders this roster produces, so equivalent Khmer compares equal. */
function khCanon(s: string): string {
  return s
    .replace(/([\u17b6-\u17c5])([\u17c9\u17ca])/g, '$2$1')
    .replace(/\u17c6\u17bb/g, '\u17bb\u17c6')
    .replace(/\u17d2\u179a\u17d2([\u1780-\u17a2])/g, '\u17d2$1\u17d2\u179a');
}

/** Comparison form: NFC, canonical Khmer order, no spaces / zero-width / punctuation, upper case. */
function norm(s: string): string {
  return khCanon(s.normalize('NFC'))
    .replace(/[\s\u200b\u200c\u200d\ufeff\-'.]/g, '')
    .toUpperCase();
}

/** Optimal-string-alignment distance, capped at 2 (0, 1 or 2 = "more"). */
function dist(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return 2;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
    return 2;
  }
  if (la > lb) return a.slice(i + 1) === b.slice(i) ? 1 : 2;
  return a.slice(i) === b.slice(i + 1) ? 1 : 2;
}

/** Symmetric-delete index: which values have a form within one edit of a query. */
class FormIndex {
  private forms: string[] = [];
  private vals: number[] = [];
  private exact = new Map<string, number | number[]>();
  private del = new Map<string, number | number[]>();

  private static put(m: Map<string, number | number[]>, k: string, id: number): void {
    const a = m.get(k);
    if (a === undefined) m.set(k, id);
    else if (typeof a === 'number') {
      if (a !== id) m.set(k, [a, id]);
    } else if (a[a.length - 1] !== id) a.push(id);
  }

  private static each(m: Map<string, number | number[]>, k: string, f: (id: number) => void): void {
    const a = m.get(k);
    if (a === undefined) return;
    if (typeof a === 'number') f(a);
    else for (const id of a) f(id);
  }

  add(form: string, v: number): void {
    const id = this.forms.length;
    this.forms.push(form);
    this.vals.push(v);
    FormIndex.put(this.exact, form, id);
    for (let i = 0; i < form.length; i++) FormIndex.put(this.del, form.slice(0, i) + form.slice(i + 1), id);
  }

  /** value → smallest distance (0 or 1). */
  lookup(q: string): Map<number, 0 | 1> {
    const out = new Map<number, 0 | 1>();
    const hit = (id: number, d: 0 | 1) => {
      const v = this.vals[id];
      const old = out.get(v);
      if (old === undefined || d < old) out.set(v, d);
    };
    FormIndex.each(this.exact, q, (id) => hit(id, 0));
    FormIndex.each(this.del, q, (id) => hit(id, 1));
    for (let i = 0; i < q.length; i++) {
      const dq = q.slice(0, i) + q.slice(i + 1);
      FormIndex.each(this.exact, dq, (id) => hit(id, 1));
      FormIndex.each(this.del, dq, (id) => {
        if (dist(q, this.forms[id]) <= 1) hit(id, 1);
      });
    }
    return out;
  }
}

const keyOf = (fam: number, giv: number) => fam * 1000 + giv;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

const WORD_FORMS = new Set<string>();
for (const f of FAM) {
  WORD_FORMS.add(norm(f.kh));
  for (const l of f.latin) WORD_FORMS.add(norm(l));
}
for (const g of GIV) {
  WORD_FORMS.add(norm(g.kh));
  for (const l of g.latin) {
    WORD_FORMS.add(norm(l));
    for (const t of l.split(' ')) WORD_FORMS.add(norm(t));
  }
}

const FAMILY_INDEX = new FormIndex();
FAM.forEach((f, i) => {
  FAMILY_INDEX.add(norm(f.kh), i);
  for (const l of f.latin) FAMILY_INDEX.add(norm(l), i);
});
const GIVEN_INDEX = new FormIndex();
GIV.forEach((g, i) => {
  GIVEN_INDEX.add(norm(g.kh), i);
  for (const l of g.latin) GIVEN_INDEX.add(norm(l), i);
});
const FAM_EXACT = new Map<string, number[]>();
FAM.forEach((f, i) => new Set([f.kh, ...f.latin].map(norm)).forEach((k) => push(FAM_EXACT, k, i)));
const GIV_EXACT = new Map<string, number[]>();
GIV.forEach((g, i) => new Set([g.kh, ...g.latin].map(norm)).forEach((k) => push(GIV_EXACT, k, i)));

/**
 * The (family, given) pairs a normalized full name is within one edit of, in either order: every
 * split of the name into a family part and a given part, one part exact and the other within one
 * edit, plus a transposition straddling the split.
 */
function fullNamePairs(q: string): Map<number, 0 | 1> {
  const out = new Map<number, 0 | 1>();
  const add = (f: number, g: number, d: 0 | 1) => {
    const k = keyOf(f, g);
    const o = out.get(k);
    if (o === undefined || d < o) out.set(k, d);
  };
  const pair = (famPart: string, givPart: string, exactOnly: boolean) => {
    const fe = FAM_EXACT.get(famPart);
    const ge = GIV_EXACT.get(givPart);
    if (fe && ge) for (const f of fe) for (const g of ge) add(f, g, exactOnly ? 1 : 0);
    if (exactOnly) return;
    if (fe) for (const [g, d] of GIVEN_INDEX.lookup(givPart)) if (d === 1) for (const f of fe) add(f, g, 1);
    if (ge) for (const [f, d] of FAMILY_INDEX.lookup(famPart)) if (d === 1) for (const g of ge) add(f, g, 1);
  };
  for (let k = 1; k < q.length; k++) {
    const a = q.slice(0, k);
    const b = q.slice(k);
    pair(a, b, false);
    pair(b, a, false);
    if (q[k - 1] !== q[k]) {
      const a2 = q.slice(0, k - 1) + q[k];
      const b2 = q[k - 1] + q.slice(k + 1);
      pair(a2, b2, true);
      pair(b2, a2, true);
    }
  }
  return out;
}
const KH_FAM = new Map(FAM.map((f, i) => [norm(f.kh), i] as const));
const KH_GIV = new Map(GIV.map((g, i) => [norm(g.kh), i] as const));

const MARKS = new Set(SIXTYSEVENTH_DITTO_MARKS.map((m) => m.mark).filter((m) => m !== ''));
const MARK_WEIGHT_TOTAL = SIXTYSEVENTH_DITTO_MARKS.reduce((s, m) => s + m.weight, 0);

type Parsed = { kind: 'full'; q: string; tokens: string[] } | { kind: 'ditto'; mark: string; given: string };

/** How a reader splits a cell: a leading ditto mark, or a lone word (the given name alone). */
function parseName(name: string): Parsed {
  const tokens = name.split(/[\s\u200b]+/).filter((t) => t.length > 0);
  if (tokens.length >= 2 && MARKS.has(tokens[0].toLowerCase())) return { kind: 'ditto', mark: tokens[0], given: tokens.slice(1).join(' ') };
  if (tokens.length === 1) return { kind: 'ditto', mark: '', given: tokens[0] };
  return { kind: 'full', q: norm(name), tokens };
}

/** Family a reader takes from an unmarked row: its first word if that is a family name, else its last. */
function familyOf(parsed: Parsed): Set<number> {
  if (parsed.kind !== 'full') return new Set();
  for (const t of [parsed.tokens[0], parsed.tokens[parsed.tokens.length - 1]]) {
    const hits = FAMILY_INDEX.lookup(norm(t));
    const exact = [...hits].filter(([, d]) => d === 0).map(([v]) => v);
    if (exact.length) return new Set(exact);
    if (hits.size) return new Set(hits.keys());
  }
  return new Set();
}

// ---------------------------------------------------------------------------------------------
// Dates and IDs

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function randDob(r: Rng): string {
  const y = 2006 - Math.floor(34 * r.next() ** 1.4);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

function swapDayMonth(d: string): string | null {
  const [y, m, dd] = d.split('-');
  return Number(dd) <= 12 && dd !== m ? `${y}-${dd}-${m}` : null;
}

/** 0 exact, 1 day/month swapped, 2 one digit apart (changed, or two adjacent swapped), 3 further. */
function dobRel(a: string, b: string): 0 | 1 | 2 | 3 {
  if (a === b) return 0;
  if (a.slice(0, 5) === b.slice(0, 5) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7)) return 1;
  let diff = 0;
  for (let i = 0; i < a.length && diff < 3; i++) if (a[i] !== b[i]) diff++;
  if (diff >= 3) return 3;
  return dist(a.replace(/-/g, ''), b.replace(/-/g, '')) <= 1 ? 2 : 3;
}

/**
 * Keys two digit strings of one length share exactly when they are equal, one digit apart or two
 * adjacent digits apart (swapped): the string with one digit wildcarded, or with one adjacent pair
 * sorted, as numbers (base 11, the wildcard is 10) tagged with the position and the kind.
 */
function idKeys(id: string): number[] {
  const n = id.length;
  const d: number[] = [];
  for (let i = 0; i < n; i++) d.push(id.charCodeAt(i) - 48);
  const p: number[] = new Array(n);
  let base = 0;
  for (let i = 0, m = 1; i < n; i++) {
    base = base * 11 + d[i];
    p[n - 1 - i] = m;
    m *= 11;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(((base + (10 - d[i]) * p[i]) * 16 + i) * 2);
  for (let i = 0; i + 1 < n; i++) {
    const lo = Math.min(d[i], d[i + 1]);
    const hi = Math.max(d[i], d[i + 1]);
    out.push(((base + (lo - d[i]) * p[i] + (hi - d[i + 1]) * p[i + 1]) * 16 + i) * 2 + 1);
  }
  return out;
}

class IdSpace {
  private keys = new Set<number>();
  near(id: string): boolean {
    for (const k of idKeys(id)) if (this.keys.has(k)) return true;
    return false;
  }
  add(id: string): void {
    for (const k of idKeys(id)) this.keys.add(k);
  }
}

function freshId(r: Rng, space: IdSpace, make: () => string): string {
  for (;;) {
    const id = make();
    if (!space.near(id)) {
      space.add(id);
      return id;
    }
  }
}

function slipId(id: string, r: Rng): string {
  if (r.chance(0.3)) {
    const spots: number[] = [];
    for (let i = 0; i + 1 < id.length; i++) if (id[i] !== id[i + 1]) spots.push(i);
    if (spots.length) {
      const i = r.pick(spots);
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
  }
  const i = r.int(0, id.length - 1);
  let d = id[i];
  while (d === id[i]) d = String(r.int(0, 9));
  return id.slice(0, i) + d + id.slice(i + 1);
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Reading the lists as a careful human would (shared by the generator and the audit)

interface RegView {
  workerId: string;
  fam: number;
  giv: number;
  sex: 'F' | 'M' | null;
  dob: string | null;
  nid: string | null;
  nssf: string | null;
}

interface RowView {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'F' | 'M' | null;
  dateOfBirth: string | null;
}


/** Evidence a row's fields give for a registered worker; -1 when a field on both sides rules it out. */
function fieldScore(row: RowView, reg: RegView): number {
  let s = 0;
  if (row.sex && reg.sex && row.sex !== reg.sex) return -1;
  if (row.dateOfBirth && reg.dob) {
    const rel = dobRel(reg.dob, row.dateOfBirth);
    if (rel === 3) return -1;
    s += rel === 0 ? 3 : rel === 1 ? 1 : 0;
  }
  for (const [a, b] of [
    [row.nationalId, reg.nid],
    [row.nssfNumber, reg.nssf],
  ] as const) {
    if (a && b) {
      const d = dist(a, b);
      if (d === 2) return -1;
      s += d === 0 ? 5 : 2;
    }
  }
  return s;
}

interface Candidate {
  reg: RegView;
  score: number;
}

class Reader {
  private byKey = new Map<number, RegView[]>();
  private byGiv = new Map<number, RegView[]>();

  constructor(regs: readonly RegView[]) {
    for (const r of regs) {
      push(this.byKey, keyOf(r.fam, r.giv), r);
      push(this.byGiv, r.giv, r);
    }
  }

  /** The registered workers a row could be, with their evidence. `above`: family of the nearest unmarked row above. */
  candidates(row: RowView, parsed: Parsed, above: Set<number>): Candidate[] {
    const out: Candidate[] = [];
    if (parsed.kind === 'full') {
      for (const [k, d] of fullNamePairs(parsed.q)) {
        for (const reg of this.byKey.get(k) ?? []) {
          const s = fieldScore(row, reg);
          if (s >= 0) out.push({ reg, score: s + (d === 0 ? 2 : 0) });
        }
      }
    } else {
      for (const [g, d] of GIVEN_INDEX.lookup(norm(parsed.given))) {
        for (const reg of this.byGiv.get(g) ?? []) {
          const s = fieldScore(row, reg);
          if (s >= 0) out.push({ reg, score: s + (d === 0 ? 2 : 0) + (above.has(reg.fam) ? 2 : 0) });
        }
      }
    }
    return out;
  }
}

/** For each row, the family a reader takes for it from the nearest unmarked row above (ditto rows only). */
function familiesAbove(parsed: readonly Parsed[]): Set<number>[] {
  const out: Set<number>[] = [];
  let last = new Set<number>();
  for (const p of parsed) {
    if (p.kind === 'full') {
      last = familyOf(p);
      out.push(new Set());
    } else out.push(last);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The generator

interface Reg extends RegView {
  latinFam: number;
  latinGiv: number;
  hasLatin: boolean;
}

interface Person {
  reg: Reg | null;
  fam: number;
  giv: number;
  sex: 'F' | 'M';
  dob: string;
  nid: string | null;
  nssf: string | null;
}

type Script = 'kh' | 'lat';
type Case = 'U' | 'T' | 'L';

interface Run {
  id: number;
  script: Script;
  caseStyle: Case;
  mark: string;
  head: Row;
  broken: boolean;
}

interface Row {
  p: Person;
  kind: 'full' | 'head' | 'ditto';
  run: Run | null;
  script: Script;
  caseStyle: Case;
  mark: string;
  swapped: boolean;
}

interface SixtyseventhStats {
  [k: string]: number;
}

function skewIdx(r: Rng, n: number, s: number): number {
  return Math.min(n - 1, Math.floor(n * r.next() ** s));
}

const GIV_F = GIV.map((g, i) => ({ g, i })).filter((x) => x.g.sex === 'F').map((x) => x.i);
const GIV_M = GIV.map((g, i) => ({ g, i })).filter((x) => x.g.sex === 'M').map((x) => x.i);
const GIV_U = GIV.map((g, i) => ({ g, i })).filter((x) => x.g.sex === 'U').map((x) => x.i);
const GIV_BY_SEX = { F: [...GIV_F, ...GIV_U], M: [...GIV_M, ...GIV_U] };

function pickGiven(r: Rng, sex: 'F' | 'M', s = 1.35): number {
  const list = GIV_BY_SEX[sex];
  return list[skewIdx(r, list.length, s)];
}

function pickSpelling(r: Rng, n: number): number {
  return n === 1 || r.chance(0.6) ? 0 : r.int(0, n - 1);
}

function applyCase(s: string, c: Case): string {
  const low = s.toLowerCase();
  if (c === 'L') return low;
  if (c === 'U') return s.toUpperCase();
  return low.replace(/(^|[\s-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

function pickCase(r: Rng): Case {
  const x = r.next();
  return x < 0.65 ? 'U' : x < 0.95 ? 'T' : 'L';
}

function pickMark(r: Rng): string {
  let x = r.next() * MARK_WEIGHT_TOTAL;
  for (const m of SIXTYSEVENTH_DITTO_MARKS) {
    x -= m.weight;
    if (x < 0) return m.mark;
  }
  return '"';
}

/** One typo in a Latin word of 4+ letters (first letter kept); null when it would land on another listed word. */
function typoLatin(w: string, r: Rng): string | null {
  const low = w.toLowerCase();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let t = 0; t < 6; t++) {
    const op = r.int(0, 3);
    let out = low;
    if (op === 0) {
      const i = r.int(1, low.length - 1);
      let c = low[i];
      while (c === low[i]) c = r.pick(letters.split(''));
      out = low.slice(0, i) + c + low.slice(i + 1);
    } else if (op === 1) {
      const i = r.int(1, low.length - 1);
      out = low.slice(0, i) + low.slice(i + 1);
    } else if (op === 2) {
      const i = r.int(1, low.length);
      out = low.slice(0, i) + r.pick(letters.split('')) + low.slice(i);
    } else {
      const i = r.int(1, low.length - 2);
      if (low[i] === low[i + 1]) continue;
      out = low.slice(0, i) + low[i + 1] + low[i] + low.slice(i + 2);
    }
    if (out !== low && !WORD_FORMS.has(norm(out))) return out;
  }
  return null;
}

/** One Khmer typo: a dependent vowel or sign dropped, in a word of 4+ code points. */
function typoKhmer(w: string, r: Rng): string | null {
  if (w.length < 4) return null;
  const spots: number[] = [];
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x17b6 && c <= 0x17d1) spots.push(i);
  }
  if (!spots.length) return null;
  const i = r.pick(spots);
  const out = w.slice(0, i) + w.slice(i + 1);
  return WORD_FORMS.has(norm(out)) ? null : out;
}

/** One keyboard-order variant of a Khmer word, when it has a spot for one. */
function khReorder(s: string, r: Rng): string {
  const opts: ((x: string) => string)[] = [];
  if (/[\u17c9\u17ca][\u17b6-\u17c5]/.test(s)) opts.push((x) => x.replace(/([\u17c9\u17ca])([\u17b6-\u17c5])/g, '$2$1'));
  if (/\u17bb\u17c6/.test(s)) opts.push((x) => x.replace(/\u17bb\u17c6/g, '\u17c6\u17bb'));
  if (/\u17d2[\u1780-\u17a2]\u17d2\u179a/.test(s)) opts.push((x) => x.replace(/\u17d2([\u1780-\u17a2])\u17d2\u179a/g, '\u17d2\u179a\u17d2$1'));
  return opts.length ? r.pick(opts)(s) : s;
}

function hasReorderSpot(s: string): boolean {
  return /[\u17c9\u17ca][\u17b6-\u17c5]|\u17bb\u17c6|\u17d2[\u1780-\u17a2]\u17d2\u179a/.test(s);
}

const P_RUN_START = 0.2;
const P_BROKEN = 0.1;

function build(size: number, seed: number): { roster: Roster; stats: SixtyseventhStats } {
  const r = rng(seed * 7919 + 67);
  const stats: SixtyseventhStats = {};
  const bump = (k: string, n = 1) => {
    stats[k] = (stats[k] ?? 0) + n;
  };

  // --- the register -------------------------------------------------------------------------
  const nidSpace = new IdSpace();
  const nssfSpace = new IdSpace();
  const makeNid = () => pad(r.int(1, 25)) + pad(r.int(0, 9999999), 7);
  const makeNssf = () => String(r.int(1, 9)) + pad(r.int(0, 999999999), 9);
  const regs: Reg[] = [];
  const byKey = new Map<number, Reg[]>();
  for (let i = 0; i < size; i++) {
    const sex: 'F' | 'M' = r.chance(0.68) ? 'F' : 'M';
    const fam = skewIdx(r, FAM.length, 1.7);
    let giv = pickGiven(r, sex);
    let dob = randDob(r);
    for (let t = 0; (byKey.get(keyOf(fam, giv)) ?? []).some((o) => dobRel(o.dob!, dob) < 3); t++) {
      dob = randDob(r);
      if (t > 40) {
        giv = pickGiven(r, sex, 1);
        t = 0;
      }
    }
    const reg: Reg = {
      workerId: '',
      fam,
      giv,
      sex,
      dob,
      nid: r.chance(0.92) ? freshId(r, nidSpace, makeNid) : null,
      nssf: r.chance(0.97) ? freshId(r, nssfSpace, makeNssf) : null,
      latinFam: pickSpelling(r, FAM[fam].latin.length),
      latinGiv: pickSpelling(r, GIV[giv].latin.length),
      hasLatin: r.chance(0.9),
    };
    regs.push(reg);
    push(byKey, keyOf(fam, giv), reg);
  }
  r.shuffle(regs);
  regs.forEach((reg, i) => {
    reg.workerId = `W67-${pad(i + 1, 5)}`;
  });
  const registered: RegisteredWorker[] = regs.map((reg) => {
    const by = Number(reg.dob!.slice(0, 4));
    const hy = r.int(Math.max(2012, by + 18), 2024);
    const hm = r.int(1, 12);
    let kh = `${FAM[reg.fam].kh} ${GIV[reg.giv].kh}`;
    if (r.chance(0.1)) {
      kh = `${khReorder(FAM[reg.fam].kh, r)} ${khReorder(GIV[reg.giv].kh, r)}`;
      bump('reg.khReorder');
    }
    if (r.chance(0.05)) {
      kh = kh.replace(' ', ZWSP);
      bump('reg.khZwsp');
    }
    const lat = `${FAM[reg.fam].latin[reg.latinFam]} ${GIV[reg.giv].latin[reg.latinGiv]}`;
    if (!reg.hasLatin) bump('reg.latinMissing');
    return {
      workerId: reg.workerId,
      nssfNumber: reg.nssf,
      nationalId: reg.nid,
      nameKh: kh,
      nameLatin: reg.hasLatin ? (r.chance(0.85) ? lat.toUpperCase() : lat) : null,
      sex: reg.sex,
      dateOfBirth: reg.dob,
      hireDate: `${hy}-${pad(hm)}-${pad(r.int(1, daysIn(hy, hm)))}`,
      wageRiel: r.chance(0.04) ? null : 820_000 + 1000 * r.int(0, 600),
    };
  });

  // --- who is on site -----------------------------------------------------------------------
  const present = regs.filter(() => !r.chance(0.05));
  const hRate = 0.065 + 0.02 * r.next();
  const nHidden = Math.round((present.length * hRate) / (1 - hRate));
  const people: Person[] = present.map((reg) => ({ reg, fam: reg.fam, giv: reg.giv, sex: reg.sex!, dob: reg.dob!, nid: reg.nid, nssf: reg.nssf }));
  for (let i = 0; i < nHidden; i++) {
    let fam: number;
    let giv: number;
    let sex: 'F' | 'M';
    if (r.chance(0.55)) {
      const base = r.pick(regs);
      fam = base.fam;
      giv = base.giv;
      sex = GIV[giv].sex === 'U' && r.chance(0.3) ? (base.sex === 'F' ? 'M' : 'F') : base.sex!;
      bump('hidden.namesakeDrawn');
    } else {
      sex = r.chance(0.68) ? 'F' : 'M';
      fam = skewIdx(r, FAM.length, 1.4);
      giv = pickGiven(r, sex, 1.1);
    }
    people.push({
      reg: null,
      fam,
      giv,
      sex,
      dob: randDob(r),
      nid: r.chance(0.92) ? freshId(r, nidSpace, makeNid) : null,
      nssf: r.chance(0.97) ? freshId(r, nssfSpace, makeNssf) : null,
    });
  }
  r.shuffle(people);

  // --- the ledger: lines, families, runs ---------------------------------------------------
  const nLines = Math.max(2, Math.round(people.length / 230));
  const lines: Person[][] = Array.from({ length: nLines }, () => []);
  for (const p of people) lines[r.int(0, nLines - 1)].push(p);
  let rows: Row[] = [];
  const runs: Run[] = [];
  for (const line of lines) {
    const groups = new Map<number, Person[]>();
    for (const p of line) push(groups, p.fam, p);
    const fams = r.shuffle([...groups.keys()]);
    for (const f of fams) {
      const g = groups.get(f)!;
      let i = 0;
      while (i < g.length) {
        const rem = g.length - i;
        if (rem >= 2 && r.chance(P_RUN_START)) {
          const len = Math.min(rem, 2 + Math.floor(7 * r.next() ** 2));
          const script: Script = r.chance(0.45) ? 'kh' : 'lat';
          const caseStyle = pickCase(r);
          let mark = pickMark(r);
          if (mark === 'ដដែល' && script === 'lat') mark = '"';
          const head: Row = { p: g[i], kind: 'head', run: null, script, caseStyle, mark: '', swapped: false };
          const run: Run = { id: runs.length, script, caseStyle, mark, head, broken: false };
          head.run = run;
          runs.push(run);
          rows.push(head);
          for (let j = 1; j < len; j++) {
            const rowScript: Script = r.chance(0.85) ? script : script === 'kh' ? 'lat' : 'kh';
            let m = r.chance(0.9) ? mark : pickMark(r);
            if (m === 'ដដែល' && rowScript === 'lat' && r.chance(0.8)) m = '"';
            rows.push({ p: g[i + j], kind: 'ditto', run, script: rowScript, caseStyle, mark: m, swapped: false });
          }
          i += len;
        } else {
          const script: Script = r.chance(0.45) ? 'kh' : 'lat';
          rows.push({ p: g[i], kind: 'full', run: null, script, caseStyle: pickCase(r), mark: '', swapped: r.chance(0.08) });
          i++;
        }
      }
    }
  }

  // --- broken runs: the head of a run lands elsewhere, its ditto rows follow another family ---
  const at0 = new Map(rows.map((row, i) => [row, i]));
  const eligible = runs.filter((run) => {
    const at = at0.get(run.head)!;
    return at > 0 && rows[at - 1].kind === 'full' && rows[at - 1].p.fam !== run.head.p.fam;
  });
  const toBreak = r.shuffle(eligible).slice(0, Math.round(P_BROKEN * runs.length));
  for (const run of toBreak) {
    const at = rows.indexOf(run.head);
    if (at <= 0 || rows[at - 1].kind !== 'full' || rows[at - 1].p.fam === run.head.p.fam || rows[at + 1]?.run !== run) continue;
    rows.splice(at, 1);
    let j = at;
    for (let t = 0; t < 200 && (j === at || (j < rows.length && rows[j].kind === 'ditto')); t++) j = r.int(0, rows.length);
    if (j === at || (j < rows.length && rows[j].kind === 'ditto')) {
      rows.splice(at, 0, run.head);
      continue;
    }
    run.head.kind = 'full';
    rows.splice(j, 0, run.head);
    run.broken = true;
  }
  rows = rows.slice();

  // --- the cells ----------------------------------------------------------------------------
  const names: string[] = [];
  let lastFullFam = -1;
  for (const row of rows) {
    const p = row.p;
    const f = FAM[p.fam];
    const g = GIV[p.giv];
    if (row.kind === 'ditto') {
      bump('row.ditto');
      bump(`mark.${row.mark === '' ? '(none)' : row.mark}`);
      if (lastFullFam !== p.fam) bump('row.dittoBroken');
      if (row.script === 'kh') {
        let w = g.kh;
        if (r.chance(0.015)) {
          const t = typoKhmer(w, r);
          if (t) {
            w = t;
            bump('row.typo');
          }
        }
        if (hasReorderSpot(w) && r.chance(0.3)) {
          w = khReorder(w, r);
          bump('row.khReorder');
        }
        bump('row.khmer');
        names.push(row.mark === '' ? w : `${row.mark} ${w}`);
      } else {
        let w = g.latin[p.reg && p.reg.hasLatin && r.chance(0.5) ? p.reg.latinGiv : pickSpelling(r, g.latin.length)];
        if (r.chance(0.04)) {
          const parts = w.split(' ');
          const long = parts.map((x, i) => i).filter((i) => parts[i].length >= 4);
          if (long.length) {
            const i = r.pick(long);
            const t = typoLatin(parts[i], r);
            if (t) {
              parts[i] = t;
              w = parts.join(' ');
              bump('row.typo');
            }
          }
        }
        if (row.mark === '') w = w.replace(/ /g, '');
        w = applyCase(w, row.caseStyle);
        names.push(row.mark === '' ? w : `${row.mark} ${w}`);
      }
      continue;
    }
    lastFullFam = p.fam;
    if (row.kind === 'head') bump('row.head');
    else bump('row.full');
    if (row.swapped) bump('row.swapped');
    let famW: string;
    let givW: string;
    if (row.script === 'kh') {
      bump('row.khmer');
      famW = f.kh;
      givW = g.kh;
      if (r.chance(0.015)) {
        const onGiven = r.chance(0.7);
        const t = typoKhmer(onGiven ? givW : famW, r);
        if (t) {
          if (onGiven) givW = t;
          else famW = t;
          bump('row.typo');
        }
      }
      if ((hasReorderSpot(famW) || hasReorderSpot(givW)) && r.chance(0.3)) {
        famW = khReorder(famW, r);
        givW = khReorder(givW, r);
        bump('row.khReorder');
      }
      const sep = r.chance(0.25) ? ZWSP : ' ';
      if (sep === ZWSP) bump('row.khZwsp');
      names.push(row.swapped ? givW + sep + famW : famW + sep + givW);
    } else {
      const copy = p.reg && p.reg.hasLatin && r.chance(0.5);
      famW = f.latin[copy ? p.reg!.latinFam : pickSpelling(r, f.latin.length)];
      givW = g.latin[copy ? p.reg!.latinGiv : pickSpelling(r, g.latin.length)];
      if (famW !== f.latin[0] || givW !== g.latin[0]) bump('row.altSpelling');
      if (r.chance(0.04)) {
        const words = [...famW.split(' ').map((w) => ({ w, fam: true })), ...givW.split(' ').map((w) => ({ w, fam: false }))];
        const long = words.filter((x) => x.w.length >= 4);
        if (long.length) {
          const x = r.pick(long);
          const t = typoLatin(x.w, r);
          if (t) {
            if (x.fam) famW = famW.replace(x.w, t);
            else givW = givW.split(' ').map((w) => (w === x.w ? t : w)).join(' ');
            bump('row.typo');
          }
        }
      }
      names.push(applyCase(row.swapped ? `${givW} ${famW}` : `${famW} ${givW}`, row.caseStyle));
    }
  }

  // --- the other fields ---------------------------------------------------------------------
  const views: RowView[] = rows.map((row) => {
    const p = row.p;
    const sex = r.chance(0.9) ? p.sex : null;
    let dob: string | null = r.chance(0.92) ? p.dob : null;
    if (dob && r.chance(0.07)) {
      const s = swapDayMonth(dob);
      if (s) {
        dob = s;
        bump('row.dobSwap');
      }
    }
    const nidP = dob ? 0.4 : 0.65;
    let nid = p.nid && r.chance(nidP) ? p.nid : null;
    if (nid && r.chance(0.05)) {
      nid = slipId(nid, r);
      bump('row.nidSlip');
    }
    let nssf = p.nssf && r.chance(0.2) ? p.nssf : null;
    if (nssf && r.chance(0.05)) {
      nssf = slipId(nssf, r);
      bump('row.nssfSlip');
    }
    return { name: '', nationalId: nid, nssfNumber: nssf, sex, dateOfBirth: dob };
  });
  rows.forEach((_row, i) => {
    views[i].name = names[i];
  });

  // --- rule 3: every hidden row is ruled out from everyone it could pass for -----------------
  const reader = new Reader(regs);
  const parsed = names.map(parseName);
  const above = familiesAbove(parsed);
  rows.forEach((row, i) => {
    if (row.p.reg) return;
    const v = views[i];
    let c = reader.candidates(v, parsed[i], above[i]);
    if (c.length) bump('hidden.fieldsAdjusted');
    for (let t = 0; c.length && t < 500; t++) {
      if (t === 0 && v.sex === null) v.sex = row.p.sex;
      else if (v.dateOfBirth === null) v.dateOfBirth = row.p.dob;
      else {
        row.p.dob = randDob(r);
        v.dateOfBirth = row.p.dob;
      }
      c = reader.candidates(v, parsed[i], above[i]);
    }
    if (c.length) bump('hidden.unfixable');
  });

  // --- out ----------------------------------------------------------------------------------
  const t0 = Date.UTC(2025, 2, 11, 1, 30, 0);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  rows.forEach((row, i) => {
    const id = uuid(r);
    const v = views[i];
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: v.name,
      nationalId: v.nationalId,
      nssfNumber: v.nssfNumber,
      sex: v.sex,
      dateOfBirth: v.dateOfBirth,
      source: 'csv',
      sourceRow: i + 1,
      recordedAt: new Date(t0 + i * 6000 + Math.floor(r.next() * 4000)).toISOString(),
    });
    truth.set(id, row.p.reg ? row.p.reg.workerId : null);
  });
  stats.runs = runs.length;
  stats.runsBroken = runs.filter((x) => x.broken).length;
  stats.runRows = rows.filter((x) => x.kind === 'ditto').length + runs.filter((x) => !x.broken).length;
  stats.hiddenInRuns = rows.filter((x) => !x.p.reg && x.kind !== 'full').length;
  stats.lines = nLines;
  return { roster: { registered, onsite, truth }, stats };
}

export function generateSixtyseventh(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check

async function selfCheck(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const P = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)} %`;

  const t0 = performance.now();
  const { roster, stats } = build(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const n = onsite.length;
  const hidden = onsite.filter((o) => truth.get(o.id) === null);
  const presentIds = new Set([...truth.values()].filter((x): x is string => !!x));
  console.log(`sixtyseventh ${size}/${seed}: ${SIXTYSEVENTH_LABEL}`);
  console.log(`registered ${registered.length}, on site ${n}, true ${n - hidden.length}, hidden ${hidden.length} (${pct(hidden.length, n)}), absent ${registered.length - presentIds.size} (${pct(registered.length - presentIds.size, registered.length)}), lines ${stats.lines}, generated in ${ms.toFixed(0)} ms`);

  // the register, as a reader sees it
  const regViews: RegView[] = [];
  let regParseFail = 0;
  for (const w of registered) {
    const parts = w.nameKh.split(/[ \u200b]+/);
    const fam = KH_FAM.get(norm(parts[0]));
    const giv = KH_GIV.get(norm(parts.slice(1).join('')));
    if (fam === undefined || giv === undefined) {
      regParseFail++;
      continue;
    }
    regViews.push({ workerId: w.workerId, fam, giv, sex: w.sex, dob: w.dateOfBirth, nid: w.nationalId, nssf: w.nssfNumber });
  }
  const regById = new Map(regViews.map((x) => [x.workerId, x]));
  const reader = new Reader(regViews);
  const parsed = onsite.map((o) => parseName(o.name));
  const above = familiesAbove(parsed);

  // shape
  const nKh = onsite.filter((o) => /[\u1780-\u17ff]/.test(o.name.replace(/ដដែល/g, ''))).length;
  const dittoRows = parsed.filter((x) => x.kind === 'ditto').length;
  console.log('shape:');
  console.log(`  Khmer cells ${pct(nKh, n)}, Latin ${pct(n - nKh, n)}; alt romanization (Latin full rows) ${stats['row.altSpelling'] ?? 0}; swapped ${pct(stats['row.swapped'] ?? 0, n)}; typo ${pct(stats['row.typo'] ?? 0, n)}`);
  console.log(`  Khmer zero-width space ${pct(stats['row.khZwsp'] ?? 0, nKh)} of Khmer cells, keyboard order ${pct(stats['row.khReorder'] ?? 0, nKh)}; register: reorder ${stats['reg.khReorder'] ?? 0}, zwsp ${stats['reg.khZwsp'] ?? 0}, Latin missing ${pct(stats['reg.latinMissing'] ?? 0, registered.length)}`);
  const withNid = onsite.filter((o) => o.nationalId).length;
  const withNssf = onsite.filter((o) => o.nssfNumber).length;
  const withDob = onsite.filter((o) => o.dateOfBirth).length;
  const withSex = onsite.filter((o) => o.sex).length;
  console.log(`  national ID on ${pct(withNid, n)} (slip ${pct(stats['row.nidSlip'] ?? 0, withNid)}), NSSF no. on ${pct(withNssf, n)} (slip ${pct(stats['row.nssfSlip'] ?? 0, withNssf)}), DOB on ${pct(withDob, n)} (day/month swap ${pct(stats['row.dobSwap'] ?? 0, withDob)}), sex on ${pct(withSex, n)}`);
  console.log(`  runs ${stats.runs} (broken ${stats.runsBroken} = ${pct(stats.runsBroken, stats.runs)}), rows in runs ${pct(stats.runRows, n)}, ditto rows ${pct(dittoRows, n)} (following another family ${stats['row.dittoBroken'] ?? 0} = ${pct(stats['row.dittoBroken'] ?? 0, n)})`);
  console.log(`  marks: ${Object.keys(stats).filter((k) => k.startsWith('mark.')).map((k) => `${k.slice(5)} ${stats[k]}`).join(', ')}`);
  console.log(`  hidden: in runs ${stats.hiddenInRuns}, drawn as namesakes of a registered worker ${stats['hidden.namesakeDrawn'] ?? 0}, fields adjusted to rule them out ${stats['hidden.fieldsAdjusted'] ?? 0}`);

  console.log('theme:');
  check(stats.runRows / n > 0.27 && stats.runRows / n < 0.4, `runs cover about a third of the sheet (${pct(stats.runRows, n)})`);
  check(stats.runsBroken / stats.runs > 0.06 && stats.runsBroken / stats.runs < 0.14, `about 10 % of runs broken (${pct(stats.runsBroken, stats.runs)})`);
  check(hidden.length / n >= 0.06 && hidden.length / n <= 0.09, `hidden 6-9 % of rows (${pct(hidden.length, n)})`);
  let runLenOk = true;
  {
    // run lengths as written: head (unmarked) + following ditto rows
    let len = 0;
    for (let i = 0; i <= parsed.length; i++) {
      if (i < parsed.length && parsed[i].kind === 'ditto') len++;
      else {
        if (len > 7) runLenOk = false;
        len = 0;
      }
    }
  }
  check(runLenOk, 'no run longer than 8 rows');
  check(regParseFail === 0, `every registered Khmer name reads as a listed family + given name (${regParseFail} not)`);

  // rule 1
  console.log('rule 1 (true rows carry plausible variants only):');
  let bad1 = 0;
  const bad1Ex: string[] = [];
  onsite.forEach((o, i) => {
    const wid = truth.get(o.id);
    if (!wid) return;
    const reg = regById.get(wid)!;
    const p = parsed[i];
    let nameOk: boolean;
    if (p.kind === 'full') nameOk = reader.candidates({ ...o, nationalId: null, nssfNumber: null, sex: null, dateOfBirth: null }, p, new Set()).some((c) => c.reg === reg);
    else nameOk = (p.mark === '' || MARKS.has(p.mark.toLowerCase())) && GIVEN_INDEX.lookup(norm(p.given)).has(reg.giv);
    const nidOk = !o.nationalId || (!!reg.nid && dist(o.nationalId, reg.nid) <= 1);
    const nssfOk = !o.nssfNumber || (!!reg.nssf && dist(o.nssfNumber, reg.nssf) <= 1);
    const dobOk = !o.dateOfBirth || (!!reg.dob && dobRel(reg.dob, o.dateOfBirth) <= 1);
    const sexOk = !o.sex || o.sex === reg.sex;
    if (!(nameOk && nidOk && nssfOk && dobOk && sexOk)) {
      bad1++;
      if (bad1Ex.length < 5) bad1Ex.push(`${o.name} → ${FAM[reg.fam].latin[0]} ${GIV[reg.giv].latin[0]} (${[nameOk, nidOk, nssfOk, dobOk, sexOk].join(',')})`);
    }
  });
  check(bad1 === 0, `every true row within the listed variations of its worker (${bad1} not)${bad1Ex.length ? ': ' + bad1Ex.join('; ') : ''}`);

  // rule 2
  console.log('rule 2 (registered namesakes apart):');
  const groups = new Map<number, RegView[]>();
  for (const v of regViews) push(groups, keyOf(v.fam, v.giv), v);
  let bad2 = 0;
  let namesakeGroups = 0;
  for (const g of groups.values()) {
    if (g.length > 1) namesakeGroups++;
    for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) if (!g[a].dob || !g[b].dob || dobRel(g[a].dob!, g[b].dob!) < 3) bad2++;
  }
  const nidS = new IdSpace();
  const nssfS = new IdSpace();
  let badIds = 0;
  for (const v of regViews) {
    if (v.nid) {
      if (nidS.near(v.nid)) badIds++;
      nidS.add(v.nid);
    }
    if (v.nssf) {
      if (nssfS.near(v.nssf)) badIds++;
      nssfS.add(v.nssf);
    }
  }
  const lexicon = new Map<string, string>();
  let lexClash = 0;
  FAM.forEach((f, i) => [f.kh, ...f.latin].forEach((s) => { const k = norm(s); if (lexicon.has(k) && lexicon.get(k) !== `f${i}`) lexClash++; lexicon.set(k, `f${i}`); }));
  GIV.forEach((g, i) => [g.kh, ...g.latin].forEach((s) => { const k = norm(s); if (lexicon.has(k) && lexicon.get(k) !== `g${i}`) lexClash++; lexicon.set(k, `g${i}`); }));
  check(bad2 === 0, `namesakes (${namesakeGroups} names held by 2+ workers) never share or nearly share a date of birth (${bad2} pairs do)`);
  check(badIds === 0, `registered national IDs and NSSF numbers 2+ edits apart (${badIds} not)`);
  check(lexClash === 0, `no spelling belongs to two different names in the lists (${lexClash} do)`);

  // rule 3
  console.log('rule 3 (hidden rows ruled out):');
  let bad3 = 0;
  let hiddenNamesakes = 0;
  onsite.forEach((o, i) => {
    if (truth.get(o.id) !== null) return;
    const byName = reader.candidates({ ...o, nationalId: null, nssfNumber: null, sex: null, dateOfBirth: null }, parsed[i], above[i]);
    if (byName.length) hiddenNamesakes++;
    if (reader.candidates(o, parsed[i], above[i]).length) bad3++;
  });
  check(bad3 === 0, `every hidden row is ruled out from everyone it could pass for (${hiddenNamesakes} of ${hidden.length} could pass by name; ${bad3} not ruled out)`);

  // rule 4
  console.log('rule 4 (nothing leaks):');
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === n, 'on-site ids are distinct v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt) && onsite.every((o, i) => o.sourceRow === i + 1), 'recordedAt increases and sourceRow follows the row order');
  const trueRows = onsite.map((o, i) => ({ i, w: truth.get(o.id) })).filter((x): x is { i: number; w: string } => !!x.w);
  const ranks = trueRows.map((x) => Number(x.w.slice(4)));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const pos = trueRows.map((x) => x.i);
  const mp = mean(pos);
  const mr = mean(ranks);
  let cov = 0;
  let vp = 0;
  let vr = 0;
  for (let k = 0; k < pos.length; k++) {
    cov += (pos[k] - mp) * (ranks[k] - mr);
    vp += (pos[k] - mp) ** 2;
    vr += (ranks[k] - mr) ** 2;
  }
  const corr = cov / Math.sqrt(vp * vr);
  const lim = 4 / Math.sqrt(pos.length);
  check(Math.abs(corr) < lim, `registered ids unrelated to the sheet order (corr ${corr.toFixed(3)}, limit ${lim.toFixed(3)})`);
  const hRate = hidden.length / n;
  const inRuns = onsite.map((o, i) => ({ o, i })).filter((x) => parsed[x.i].kind === 'ditto' || (x.i + 1 < n && parsed[x.i + 1].kind === 'ditto'));
  const hInRuns = inRuns.filter((x) => truth.get(x.o.id) === null).length / Math.max(1, inRuns.length);
  const sdRuns = Math.sqrt((hRate * (1 - hRate)) / Math.max(1, inRuns.length));
  check(Math.abs(hInRuns - hRate) < 4 * sdRuns + 0.005, `hidden share in runs ${pct(hInRuns, 1)} vs overall ${pct(hRate, 1)}`);
  const regOrder = registered.map((w) => w.workerId);
  check(regOrder.every((w, i) => i === 0 || w > regOrder[i - 1]), 'register listed by worker id (ids given after the shuffle)');
  const rate = (xs: OnsiteWorker[], f: (o: OnsiteWorker) => boolean) => xs.filter(f).length / Math.max(1, xs.length);
  const trueOs = onsite.filter((o) => truth.get(o.id));
  console.log(`  field presence true / hidden: DOB ${pct(rate(trueOs, (o) => !!o.dateOfBirth), 1)} / ${pct(rate(hidden, (o) => !!o.dateOfBirth), 1)}, sex ${pct(rate(trueOs, (o) => !!o.sex), 1)} / ${pct(rate(hidden, (o) => !!o.sex), 1)}, national ID ${pct(rate(trueOs, (o) => !!o.nationalId), 1)} / ${pct(rate(hidden, (o) => !!o.nationalId), 1)}, NSSF ${pct(rate(trueOs, (o) => !!o.nssfNumber), 1)} / ${pct(rate(hidden, (o) => !!o.nssfNumber), 1)}`);

  // rule 5
  console.log('rule 5 (undecidable true rows):');
  let undecided = 0;
  let undecidedDitto = 0;
  let undecidedBroken = 0;
  let brokenRows = 0;
  let dittoTrue = 0;
  onsite.forEach((o, i) => {
    const wid = truth.get(o.id);
    if (!wid) return;
    const reg = regById.get(wid)!;
    const c = reader.candidates(o, parsed[i], above[i]);
    const mine = c.find((x) => x.reg === reg);
    const ok = !!mine && c.every((x) => x.reg === reg || x.score < mine.score);
    const isDitto = parsed[i].kind === 'ditto';
    const broken = isDitto && !above[i].has(reg.fam);
    if (isDitto) dittoTrue++;
    if (broken) brokenRows++;
    if (!ok) {
      undecided++;
      if (isDitto) undecidedDitto++;
      if (broken) undecidedBroken++;
    }
  });
  const nTrue = n - hidden.length;
  check(undecided / nTrue < 0.04, `undecidable true rows ${undecided} = ${pct(undecided, nTrue)} (< 4 %); of them ditto rows ${undecidedDitto} (of ${dittoTrue}), broken-run ditto rows ${undecidedBroken} (of ${brokenRows}) = ${pct(undecidedBroken, nTrue)}`);

  // schemas
  console.log('schemas:');
  const badReg = registered.filter((w) => !P.RegisteredWorker.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !P.OnsiteWorker.safeParse(o).success || o.name !== o.name.trim()).length;
  check(badReg === 0 && badOn === 0, `zod: ${badReg} registered and ${badOn} on-site records invalid`);
  check(truth.size === n && [...truth.values()].every((w) => w === null || regById.has(w)), 'truth covers every on-site row and names registered workers');

  // determinism and time
  console.log('determinism and time:');
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = build(size, seed).roster;
  check(ser(again) === ser(roster), 'same seed → identical roster');
  const other = build(size, seed + 1).roster;
  check(ser(other) !== ser(roster), 'another seed → a different roster');
  let ms10k = ms;
  if (size !== 10000) {
    const t1 = performance.now();
    generateSixtyseventh(10000, seed);
    ms10k = performance.now() - t1;
  }
  check(ms10k < 2000, `10,000 registered generated in ${ms10k.toFixed(0)} ms (< 2 s)`);

  console.log(fails.length ? `FAIL (${fails.length}): ${fails.join(' | ')}` : 'PASS');
  if (fails.length) process.exitCode = 1;
}

if (process.argv[1]?.endsWith('sixtyseventh.ts')) {
  selfCheck().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
