/**
 * sixtyfourth — a blind benchmark roster: names read off Khmer ID cards by the phone's camera.
 *
 * THE MODEL
 * The inspector photographs each worker's national ID card and the app's OCR fills in the row
 * (source 'id-card': 34-42 % of the true rows, drawn per seed, and 85 % of the hidden
 * ones, so ~37-46 % of on-site rows). What the OCR makes of a card:
 *  - name (one of three readings):
 *    · ~50 % the raw machine-readable zone: SOK<<DARA, SOK<<SREY<MOM (family name first, '<' for
 *      spaces), 40 % of them with the '<<<<' filler up to 30 characters kept; letters OCR turns
 *      into digits (O→0, I→1, S→5, B→8, Z→2): one on ~33 %, two on ~12 % of MRZ names;
 *    · ~27 % the printed Latin line ("SOK DARA"), in the card's own romanization (drawn
 *      independently of the register's), with OCR letter slips (O→Q/D, E→F, M→N, C→G ...);
 *    · ~23 % the printed Khmer line, with OCR slips: a vowel sign or subscript dropped or
 *      doubled, a look-alike letter or sign (ដ/ឌ, ក/ភ, ឃ/ឈ, ិ/ី, ុ/ូ, ៉/៊).
 *    Slips on printed lines: none on ~68 %, one on ~25 %, two on ~7 % (sometimes in one word).
 *  - card number: the person's national ID, read with letter look-alikes (0I2345678 for
 *    012345678, 0→O/D, 1→I/l, 2→Z, 5→S, 6→G, 8→B) or a digit dropped at either edge: one slip on
 *    ~10 %, two on ~5 % of card rows; never an NSSF number (the card has none).
 *  - date of birth from the card (already ISO), one digit misread on ~7 % (0↔8, 1↔7, 5↔6 ...),
 *    always a valid date; sex from the card (missing on 3 %).
 * The other rows are typed from the employer's sheet (source 'csv' ~75 % with the sheet row,
 * 'manual' ~25 %): one name field, Latin 55 % / Khmer 45 %; Latin: register-independent
 * romanization, given name first 10 %, Title/UPPER/lower case, one typo 6 %; Khmer: ZWSP or no
 * separator instead of a space, keyboard code-point orders (marks swapped, vowel typed before the
 * subscript), ោ/ើ typed as two signs, ្ដ for ្ត, given name first 4 %, one typo 3 %; national
 * ID on 35 % (one slip on 5 % of those), NSSF number on 30 % (one slip 5 %), DOB on 94 % (day and
 * month swapped on 8 % of the dates that allow it, ~3 % of all), sex on 85 %.
 * Registered (size): 64 % women, skewed family names (many namesakes: same Khmer name), Latin
 * name missing 12 %, national ID missing 7 %, NSSF missing 3 %, DOB and sex always. Absent 4-6 %.
 * Hidden workers: 6-9 % of on-site rows, 85 % of them photographed from their own card, 45 %
 * deliberately namesakes of a registered worker (the rest draw names from the same lists).
 *
 * FAIRNESS (audited by the self-check: `npx tsx test/bench/sixtyfourth.ts 10000 1`)
 *  1. A true row carries only plausible variants of its registered worker: a listed
 *     romanization or the Khmer name (in any equivalent encoding), either order, any case, at
 *     most one typo in one word of 4+ letters (typed rows; in Khmer 4+ characters counting
 *     consonants, subscripts and signs); IDs exact or one slip; DOB exact or
 *     day/month swapped; sex right or missing. Extra variation of this theme, each still
 *     recognisable: (a) OCR name slips on card rows, at most one per name part (family / given)
 *     unless the card number (≤ 1 slip, the registered ID present) and an exact DOB tie the row;
 *     MRZ digit-for-letter slips (S0K) are read back by any human (0 is O in a name);
 *     (b) card numbers with up to two OCR slips that normalise to ≤ 1 edit (letters read as the
 *     digits they look like); a row with two slips has an exact DOB and a name with ≤ 1 slip per
 *     part, so it is tied by name and date; (c) one misread digit in a card DOB, only when the
 *     card number (≤ 1 slip) and the name (≤ 1 slip per part) are clean.
 *  2. Registered namesakes (same Khmer name, hence the same name in any spelling) never share a
 *     DOB and are more than a day/month swap or one digit apart. National IDs and NSSF numbers
 *     are pairwise at least two edits apart.
 *  3. A hidden row is ruled out from every registered worker it could pass for by name (here:
 *     within TWO edits of any spelling, stricter than one) by a field present on both sides:
 *     sex differs, DOB more than a swap/one digit apart, or ID numbers 2+ edits apart.
 *  4. Nothing leaks the truth: rows shuffled, ids are v4 UUIDs from the seeded PRNG, recordedAt
 *     increases in row order, registered workerIds assigned after shuffling, sheet rows
 *     numbered by an independent shuffle.
 *  5. Undecidable true rows (another registered worker at least as good on name and on every
 *     field, none conflicting; an OCR name with 2+ slips in a part not tied by number and date;
 *     a 2-slip card number not tied by name and date) stay under 4 %.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import {
  DATE_DIGIT_CONFUSION,
  FAMILY,
  GIVEN,
  ID_DIGIT_TO_LETTER,
  KHMER_LOOKALIKE,
  LATIN_OCR_CONFUSION,
  MRZ_LETTER_TO_DIGIT,
  type NameToken,
} from './sixtyfourth-names';

export const SIXTYFOURTH_LABEL =
  'ID cards read by the camera: ~37-46 % of rows OCR-filled (raw MRZ SOK<<DARA with 0/O 1/I 5/S 8/B 2/Z, printed Latin or Khmer line with slips, card numbers with letter/edge slips, DOB misreads), the rest typed from the sheet; 6-9 % hidden card-carrying namesakes';

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

const NG = GIVEN.length;
const VISIT_ID = 'visit-sixtyfourth';

// ─────────────────────────────────────────────────────────────── string distance

/** Optimal string alignment distance (Damerau: an adjacent transposition is one edit). */
function osa(a: string, b: string, cap = 99): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > cap) return cap + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  let pp = new Array<number>(lb + 1).fill(0);
  let p = new Array<number>(lb + 1);
  let c = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) p[j] = j;
  for (let i = 1; i <= la; i++) {
    c[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, pp[j - 2] + 1);
      }
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    const t = pp;
    pp = p;
    p = c;
    c = t;
  }
  return p[lb];
}

// ─────────────────────────────────────────────────────────────── Khmer text

const SEP_RE = /[\s\u200B\u200C\u200D\u2060\uFEFF]+/;
interface KhCluster {
  base: string;
  subs: string[]; // each '្' + consonant
  marks: string[];
}

const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

/** Splits a Khmer word into clusters; subscripts and marks keep their typed order in each list. */
function khClusters(word: string): KhCluster[] {
  const out: KhCluster[] = [];
  const cps = Array.from(word.normalize('NFC'));
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x17d2 && i + 1 < cps.length) {
      if (out.length === 0) out.push({ base: '', subs: [], marks: [] });
      out[out.length - 1].subs.push(ch + cps[i + 1]);
      i++;
    } else if ((cp >= 0x17b6 && cp <= 0x17d1) || cp === 0x17d3 || cp === 0x17dd) {
      if (out.length === 0) out.push({ base: '', subs: [], marks: [] });
      out[out.length - 1].marks.push(ch);
    } else if (SEP_RE.test(ch)) {
      continue;
    } else {
      out.push({ base: ch, subs: [], marks: [] });
    }
  }
  return out;
}

const renderCluster = (c: KhCluster) => c.base + c.subs.join('') + c.marks.join('');
const renderClusters = (cs: KhCluster[]) => cs.map(renderCluster).join('');

/** One cluster as comparison units: base, subscripts (one unit each), then marks folded and sorted. */
function canonCluster(c: KhCluster): string {
  let s = c.base;
  for (const sub of c.subs) {
    let cons = sub.codePointAt(1) ?? 0;
    if (cons === 0x178a) cons = 0x178f; // subscript ដ is written and read as subscript ត
    s += String.fromCharCode(0xe000 + (cons - 0x1780));
  }
  const marks = [...c.marks];
  const fold = (a: string, b: string, to: string) => {
    for (;;) {
      const ia = marks.indexOf(a);
      const ib = marks.indexOf(b);
      if (ia < 0 || ib < 0) return;
      marks.splice(Math.max(ia, ib), 1);
      marks.splice(Math.min(ia, ib), 1);
      marks.push(to);
    }
  };
  fold('\u17C1', '\u17B6', '\u17C4'); // េ + ា → ោ
  fold('\u17C1', '\u17B8', '\u17BE'); // េ + ី → ើ
  marks.sort();
  return s + marks.join('');
}

const khCanonClusters = (word: string) => khClusters(word).map(canonCluster);
const khCanon = (word: string) => khCanonClusters(word).join('');

// ─────────────────────────────────────────────────────────────── Latin text

const DIGIT_TO_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '2': 'Z', '5': 'S', '8': 'B', '6': 'G' };

function latinWords(name: string, norm: boolean): string[] {
  let s = name.toUpperCase().replace(/</g, ' ');
  if (norm) s = s.replace(/[0-9]/g, (d) => DIGIT_TO_LETTER[d] ?? d);
  return s
    .replace(/[^A-Z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

// ─────────────────────────────────────────────────────────────── the reader (gen + audit)

type Pair = [string, string];
const MAXC = 4;

/** How a careful human reads a row's name against the register: splits, spellings, distances. */
class NameReader {
  private famL = FAMILY.map((t) => uniq(t.latin.map(compact)));
  private givL = GIVEN.map((t) => uniq(t.latin.map(compact)));
  private famK = FAMILY.map((t) => khCanon(t.kh));
  private givK = GIVEN.map((t) => khCanon(t.kh));
  private memo = new Map<string, [number, number][]>();
  private splitMemo = new Map<string, { k: boolean; pairs: Pair[] }>();

  splits(name: string, norm: boolean): { k: boolean; pairs: Pair[] } {
    const mk = (norm ? '1' : '0') + name;
    const hit = this.splitMemo.get(mk);
    if (hit) return hit;
    const pairs: Pair[] = [];
    const k = isKhmer(name);
    if (k) {
      const words = name.split(SEP_RE).filter(Boolean).map(khCanon).filter(Boolean);
      if (words.length >= 2) {
        for (let i = 1; i < words.length; i++) pairs.push([words.slice(0, i).join(''), words.slice(i).join('')]);
      } else if (words.length === 1) {
        const cl = khCanonClusters(name.replace(new RegExp(SEP_RE.source, 'g'), ''));
        for (let i = 1; i < cl.length; i++) pairs.push([cl.slice(0, i).join(''), cl.slice(i).join('')]);
      }
    } else {
      const words = latinWords(name, norm);
      for (let i = 1; i < words.length; i++) pairs.push([words.slice(0, i).join(''), words.slice(i).join('')]);
    }
    const res = { k, pairs };
    this.splitMemo.set(mk, res);
    return res;
  }

  private dist(part: string, role: 'f' | 'g', k: boolean, tok: number): number {
    return this.distLen(part, role, k, tok)[0];
  }

  /** Distance to the nearest spelling of a token, and that spelling's length. */
  private distLen(part: string, role: 'f' | 'g', k: boolean, tok: number): [number, number] {
    if (k) {
      const ref = (role === 'f' ? this.famK : this.givK)[tok];
      return [osa(part, ref, MAXC), ref.length];
    }
    let best: [number, number] = [MAXC + 1, 0];
    for (const s of (role === 'f' ? this.famL : this.givL)[tok]) {
      const d = osa(part, s, MAXC);
      if (d < best[0] || (d === best[0] && s.length > best[1])) best = [d, s.length];
    }
    return best;
  }

  /** Tokens of one role within MAXC edits of a part. */
  private partMatches(part: string, role: 'f' | 'g', k: boolean): [number, number][] {
    const mk = `${role}${k ? 'k' : 'l'}|${part}`;
    const hit = this.memo.get(mk);
    if (hit) return hit;
    const out: [number, number][] = [];
    const n = role === 'f' ? FAMILY.length : NG;
    for (let t = 0; t < n; t++) {
      const d = this.dist(part, role, k, t);
      if (d <= MAXC) out.push([t, d]);
    }
    this.memo.set(mk, out);
    return out;
  }

  /** The least edits from the row's name to the name (fam, giv), either order; and the worst part. */
  costTo(name: string, fam: number, giv: number, norm: boolean): { total: number; maxPart: number; editedLen: number } {
    const { k, pairs } = this.splits(name, norm);
    let best = { total: 99, maxPart: 99, editedLen: 0 };
    for (const [a, b] of pairs) {
      for (const [fp, gp] of [[a, b], [b, a]] as Pair[]) {
        const [df, lf] = this.distLen(fp, 'f', k, fam);
        const [dg, lg] = this.distLen(gp, 'g', k, giv);
        const total = df + dg;
        const maxPart = Math.max(df, dg);
        // the length of the (registered) word the edits fall in, the longest if both have some
        const editedLen = Math.max(df ? lf : 0, dg ? lg : 0);
        if (total < best.total || (total === best.total && (maxPart < best.maxPart || (maxPart === best.maxPart && editedLen > best.editedLen)))) {
          best = { total, maxPart, editedLen };
        }
      }
    }
    return best;
  }

  /** Every name key (fam * NG + giv) within `budget` edits of the row's name, with its cost. */
  match(name: string, norm: boolean, budget: number): Map<number, number> {
    const out = new Map<number, number>();
    const b = Math.min(budget, MAXC);
    const { k, pairs } = this.splits(name, norm);
    for (const [a, c] of pairs) {
      for (const [fp, gp] of [[a, c], [c, a]] as Pair[]) {
        const fm = this.partMatches(fp, 'f', k);
        const gm = this.partMatches(gp, 'g', k);
        for (const [ft, fd] of fm) {
          if (fd > b) continue;
          for (const [gt, gd] of gm) {
            const d = fd + gd;
            if (d > b) continue;
            const key = ft * NG + gt;
            const prev = out.get(key);
            if (prev === undefined || d < prev) out.set(key, d);
          }
        }
      }
    }
    return out;
  }
}

function compact(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}
function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

// ─────────────────────────────────────────────────────────────── fields

const ID_LETTER_TO_DIGIT: Record<string, string> = { O: '0', D: '0', Q: '0', I: '1', L: '1', Z: '2', S: '5', G: '6', B: '8', T: '7' };
const normId = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/[A-Z]/g, (c) => ID_LETTER_TO_DIGIT[c] ?? c);

/** 2 exact, 1 one edit (after reading look-alike letters as digits), 0 a side missing, -1 conflict. */
function idLevel(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const d = osa(normId(a), normId(b), 2);
  return d === 0 ? 2 : d === 1 ? 1 : -1;
}

function dobSwap(d: string): string {
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
}
function dobDigitDiff(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}
/** Day/month swap or one digit apart. */
function dobNear(a: string, b: string): boolean {
  return dobSwap(a) === b || dobDigitDiff(a, b) === 1;
}
function dobLevel(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  if (a === b) return 2;
  return dobNear(a, b) ? 1 : -1;
}
function sexLevel(a: Sex | null, b: Sex | null): number {
  if (!a || !b) return 0;
  return a === b ? 1 : -1;
}

interface RowLike {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
}
interface RegLike {
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
}

/** [nationalId, nssf, dob, sex] levels; null if any field conflicts. */
function levels(row: RowLike, w: RegLike): number[] | null {
  const l = [idLevel(row.nationalId, w.nationalId), idLevel(row.nssfNumber, w.nssfNumber), dobLevel(row.dateOfBirth, w.dateOfBirth), sexLevel(row.sex, w.sex)];
  return l.some((x) => x < 0) ? null : l;
}

/** Registered workers the row could pass for by name (within budget) that no field rules out. */
function candidates(reader: NameReader, byKey: Map<number, number[]>, reg: readonly RegLike[], row: RowLike, budget: number): { idx: number; cost: number; lv: number[] }[] {
  const out: { idx: number; cost: number; lv: number[] }[] = [];
  for (const [key, cost] of reader.match(row.name, true, budget)) {
    for (const i of byKey.get(key) ?? []) {
      const lv = levels(row, reg[i]);
      if (lv) out.push({ idx: i, cost, lv });
    }
  }
  return out;
}

// ─────────────────────────────────────────────────────────────── dates, ids

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function randDate(r: Rng, from: string, to: string): string {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return isoDay(a + r.int(0, Math.round((b - a) / DAY)) * DAY);
}
function validIso(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && isoDay(t) === s;
}
const deletions = (s: string) => Array.from({ length: s.length }, (_, i) => s.slice(0, i) + s.slice(i + 1));

/** A fresh number at least two edits from every number already handed out from `taken`. */
function freshNumber(r: Rng, taken: Set<string>, len: number, leads: readonly string[]): string {
  for (;;) {
    let s = r.pick(leads);
    while (s.length < len) s += String(r.int(0, 9));
    const dels = deletions(s);
    if (dels.some((d) => taken.has(d))) continue;
    for (const d of dels) taken.add(d);
    return s;
  }
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ─────────────────────────────────────────────────────────────── generator

interface Person {
  fam: number;
  giv: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string;
  hasNid: boolean;
  hasNssf: boolean;
  latin: string | null;
  hire: string;
  wage: number | null;
}

interface Draft extends RowLike {
  source: Source;
  truth: number | null; // index into registered
}

interface Meta {
  stats: Map<string, number>;
}

function build(size: number, seed: number): { roster: Roster; meta: Meta } {
  const r = rng(seed * 2654435761 + 64);
  const stats = new Map<string, number>();
  /** While a hidden row is being tried, its counts wait here and are kept only if it is accepted. */
  let pending: string[] | null = null;
  const bump = (k: string) => {
    if (pending) pending.push(k);
    else stats.set(k, (stats.get(k) ?? 0) + 1);
  };
  const reader = new NameReader();

  const famIdx = FAMILY.map((_, i) => i);
  const givM = GIVEN.map((g, i) => (g.sex === 'M' ? i : -1)).filter((i) => i >= 0);
  const givF = GIVEN.map((g, i) => (g.sex === 'F' ? i : -1)).filter((i) => i >= 0);
  const drawName = (sex: Sex) => ({ fam: r.pickSkewed(famIdx, 2.2), giv: r.pickSkewed(sex === 'F' ? givF : givM, 1.5) });
  const spell = (toks: readonly NameToken[], t: number, pPrimary: number) => (r.chance(pPrimary) ? toks[t].latin[0] : r.pick(toks[t].latin));

  // ── the register
  const nidTaken = new Set<string>();
  const nssfTaken = new Set<string>();
  const dobsByKey = new Map<number, string[]>();
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(0.64) ? 'F' : 'M';
    let { fam, giv } = drawName(sex);
    let dob = '';
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0 && attempt % 40 === 0) ({ fam, giv } = drawName(sex));
      dob = randDate(r, '1968-01-01', '2006-12-31');
      const same = dobsByKey.get(fam * NG + giv) ?? [];
      if (!same.some((d) => d === dob || dobNear(d, dob))) break;
    }
    const key = fam * NG + giv;
    dobsByKey.set(key, [...(dobsByKey.get(key) ?? []), dob]);
    const adult = isoDay(Date.parse(dob) + Math.round(18.2 * 365.25) * DAY);
    const hireFrom = adult > '2010-01-01' ? adult : '2010-01-01';
    people.push({
      fam,
      giv,
      sex,
      dob,
      nid: freshNumber(r, nidTaken, 9, ['0', '1', '2']),
      nssf: freshNumber(r, nssfTaken, 10, ['1', '2']),
      hasNid: !r.chance(0.07),
      hasNssf: !r.chance(0.03),
      latin: r.chance(0.12) ? null : `${spell(FAMILY, fam, 0.65)} ${spell(GIVEN, giv, 0.65)}`,
      hire: randDate(r, hireFrom, '2025-01-31'),
      wage: r.chance(0.06) ? null : r.int(850, 1700) * 1000,
    });
  }
  r.shuffle(people);
  const registered: RegisteredWorker[] = people.map((p, i) => ({
    workerId: `W${String(i + 1).padStart(6, '0')}`,
    nssfNumber: p.hasNssf ? p.nssf : null,
    nationalId: p.hasNid ? p.nid : null,
    nameKh: `${FAMILY[p.fam].kh} ${GIVEN[p.giv].kh}`,
    nameLatin: p.latin,
    sex: p.sex,
    dateOfBirth: p.dob,
    hireDate: p.hire,
    wageRiel: p.wage,
  }));
  const byKey = new Map<number, number[]>();
  people.forEach((p, i) => {
    const k = p.fam * NG + p.giv;
    const l = byKey.get(k);
    if (l) l.push(i);
    else byKey.set(k, [i]);
  });

  // ── name readings
  const mrzSlip = (w: string): string => {
    const pos = [...w].map((c, i) => (MRZ_LETTER_TO_DIGIT[c] ? i : -1)).filter((i) => i >= 0);
    if (!pos.length) return w;
    const i = r.pick(pos);
    return w.slice(0, i) + MRZ_LETTER_TO_DIGIT[w[i]] + w.slice(i + 1);
  };
  const latinOcrSlip = (w: string): string => {
    const pos = [...w].map((c, i) => (LATIN_OCR_CONFUSION[c] ? i : -1)).filter((i) => i >= 0);
    if (!pos.length) return w;
    const i = r.pick(pos);
    return w.slice(0, i) + r.pick(LATIN_OCR_CONFUSION[w[i]]) + w.slice(i + 1);
  };
  /** One Khmer slip: a sign or subscript dropped or doubled, or a look-alike (bases only for OCR). */
  const khSlip = (word: string, ocr: boolean): string => {
    const cl = khClusters(word);
    for (let attempt = 0; attempt < 12; attempt++) {
      const c = cl.map((x) => ({ base: x.base, subs: [...x.subs], marks: [...x.marks] }));
      const ci = r.int(0, c.length - 1);
      const x = c[ci];
      const op = r.int(0, ocr ? 5 : 3);
      if (op === 0 && x.marks.length) x.marks.splice(r.int(0, x.marks.length - 1), 1);
      else if (op === 1 && x.marks.length) {
        const m = r.int(0, x.marks.length - 1);
        x.marks.splice(m, 0, x.marks[m]);
      } else if (op === 2 && x.marks.some((m) => KHMER_LOOKALIKE[m])) {
        const ms = x.marks.map((m, i) => (KHMER_LOOKALIKE[m] ? i : -1)).filter((i) => i >= 0);
        const m = r.pick(ms);
        x.marks[m] = KHMER_LOOKALIKE[x.marks[m]];
      } else if (op === 3 && x.subs.length) x.subs.splice(r.int(0, x.subs.length - 1), 1);
      else if (op === 4 && x.subs.length) x.subs.push(x.subs[x.subs.length - 1]);
      else if (op === 5 && KHMER_LOOKALIKE[x.base]) x.base = KHMER_LOOKALIKE[x.base];
      else continue;
      const out = renderClusters(c);
      if (osa(khCanon(out), khCanon(word)) === 1) return out;
    }
    return word;
  };
  const slipCount = (p1: number, p2: number) => {
    const u = r.next();
    return u < p2 ? 2 : u < p2 + p1 ? 1 : 0;
  };

  const cardName = (fam: number, giv: number): { name: string; form: string } => {
    const u = r.next();
    if (u < 0.5) {
      const parts = [spell(FAMILY, fam, 0.5), spell(GIVEN, giv, 0.5)];
      const k = slipCount(0.33, 0.12);
      for (let s = 0; s < k; s++) {
        const p = r.int(0, 1);
        parts[p] = mrzSlip(parts[p]);
      }
      let name = `${parts[0]}<<${parts[1].replace(/ /g, '<')}`;
      if (r.chance(0.4)) {
        name += '<'.repeat(Math.max(2, 30 - name.length));
        bump('mrzFiller');
      }
      bump(`mrzSlips${k}`);
      return { name, form: 'mrz' };
    }
    if (u < 0.77) {
      const parts = [spell(FAMILY, fam, 0.5), spell(GIVEN, giv, 0.5)];
      const k = slipCount(0.25, 0.07);
      for (let s = 0; s < k; s++) {
        const p = r.int(0, 1);
        parts[p] = latinOcrSlip(parts[p]);
      }
      bump(`latinSlips${k}`);
      return { name: `${parts[0]} ${parts[1]}`, form: 'latin' };
    }
    const parts = [FAMILY[fam].kh, GIVEN[giv].kh];
    const k = slipCount(0.25, 0.07);
    for (let s = 0; s < k; s++) {
      const p = r.int(0, 1);
      parts[p] = khSlip(parts[p], true);
    }
    bump(`khmerSlips${k}`);
    return { name: `${parts[0]} ${parts[1]}`, form: 'khmer' };
  };

  const latinTypo = (w: string): string => {
    const letters = 'AEIOUHKNRSTMLYPBCDGV';
    for (;;) {
      const i = r.int(1, w.length - 1);
      const op = r.int(0, 3);
      let out = w;
      if (op === 0) out = w.slice(0, i) + r.pick([...letters]) + w.slice(i + 1);
      else if (op === 1) out = w.slice(0, i) + w.slice(i + 1);
      else if (op === 2) out = w.slice(0, i) + w[i] + w.slice(i);
      else if (i < w.length - 1) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
      if (out !== w) return out;
    }
  };

  const sheetName = (fam: number, giv: number): string => {
    if (r.chance(0.55)) {
      bump('sheetLatin');
      let words = [spell(FAMILY, fam, 0.55), spell(GIVEN, giv, 0.55)];
      if (r.chance(0.1)) {
        words = [words[1], words[0]];
        bump('orderSwap');
      }
      let flat = words.join(' ').split(' ');
      if (r.chance(0.06)) {
        const long = flat.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
        if (long.length) {
          const i = r.pick(long);
          flat[i] = latinTypo(flat[i]);
          bump('latinTypo');
        }
      }
      const u = r.next();
      if (u < 0.45) flat = flat.map((w) => w[0] + w.slice(1).toLowerCase());
      else if (u < 0.55) {
        flat = flat.map((w) => w.toLowerCase());
        bump('lowerCase');
      } else bump('upperCase');
      return flat.join(' ');
    }
    bump('sheetKhmer');
    let words = [FAMILY[fam].kh, GIVEN[giv].kh];
    if (r.chance(0.03)) {
      const long = words.map((w, i) => (khCanonClusters(w).join('').length >= 4 ? i : -1)).filter((i) => i >= 0);
      if (long.length) {
        const i = r.pick(long);
        const typo = khSlip(words[i], false);
        if (typo !== words[i]) {
          words[i] = typo;
          bump('khmerTypo');
        }
      }
    }
    // encoding variants
    if (words.some((w) => w.includes('\u17D2\u178F')) && r.chance(0.3)) {
      words = words.map((w) => w.replace(/\u17D2\u178F/g, '\u17D2\u178A'));
      bump('khSubDa');
    }
    if (words.some((w) => /[\u17C4\u17BE]/.test(w)) && r.chance(0.3)) {
      words = words.map((w) => w.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8'));
      bump('khSplitVowel');
    }
    if (r.chance(0.2)) {
      const wi = r.int(0, 1);
      const cl = khClusters(words[wi]);
      const eligible = cl.map((c, i) => (c.marks.length >= 2 || (c.subs.length >= 1 && c.marks.length >= 1) ? i : -1)).filter((i) => i >= 0);
      if (eligible.length) {
        const c = cl[r.pick(eligible)];
        // a keyboard that takes the vowel before the subscript, or the signs in the other order
        const vowelFirst = c.subs.length > 0 && (c.marks.length < 2 || r.chance(0.5));
        const typed = vowelFirst ? c.base + c.marks.join('') + c.subs.join('') : c.base + c.subs.join('') + [...c.marks].reverse().join('');
        words[wi] = cl.map((x) => (x === c ? typed : renderCluster(x))).join('');
        bump('khReorder');
      }
    }
    if (r.chance(0.04)) {
      words = [words[1], words[0]];
      bump('orderSwap');
    }
    const u = r.next();
    if (u < 0.15) {
      bump('khZwsp');
      return words.join('\u200B');
    }
    if (u < 0.22) {
      bump('khNoSep');
      return words.join('');
    }
    return words.join(' ');
  };

  // ── fields
  const cardIdRead = (id: string, k: number): string => {
    let s = id;
    const drop = k === 1 ? r.chance(0.25) : k === 2 ? r.chance(0.4) : false;
    if (drop) s = r.chance(0.5) ? s.slice(1) : s.slice(0, -1);
    const confs = k - (drop ? 1 : 0);
    for (let c = 0; c < confs; c++) {
      const pos = [...s].map((ch, i) => (ID_DIGIT_TO_LETTER[ch] ? i : -1)).filter((i) => i >= 0);
      if (!pos.length) break;
      const i = r.pick(pos);
      s = s.slice(0, i) + r.pick(ID_DIGIT_TO_LETTER[s[i]]) + s.slice(i + 1);
    }
    return s;
  };
  const idTypo = (id: string): string => {
    for (;;) {
      const i = r.int(0, id.length - 2);
      if (r.chance(0.5)) {
        if (id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      } else {
        const d = String(r.int(0, 9));
        if (d !== id[i]) return id.slice(0, i) + d + id.slice(i + 1);
      }
    }
  };
  const dobMisread = (d: string): string | null => {
    const pos = r.shuffle([0, 1, 2, 3, 5, 6, 8, 9]);
    for (const i of pos) {
      const opts = DATE_DIGIT_CONFUSION[d[i]];
      if (!opts) continue;
      const out = d.slice(0, i) + r.pick(opts) + d.slice(i + 1);
      const y = Number(out.slice(0, 4));
      if (validIso(out) && y >= 1940 && y <= 2010) return out;
    }
    return null;
  };
  const swappable = (d: string) => Number(d.slice(8, 10)) <= 12 && d.slice(8, 10) !== d.slice(5, 7);

  const cardRow = (p: Person, truth: number | null): Draft => {
    let name = '';
    let heavy = false;
    for (let attempt = 0; attempt < 8; attempt++) {
      const c = cardName(p.fam, p.giv);
      name = c.name;
      heavy = reader.costTo(name, p.fam, p.giv, false).maxPart >= 2;
      // a name beyond one slip per part must be tied by the number: only if the register has it
      if (!heavy || (truth !== null && p.hasNid) || truth === null) {
        bump(`card_${c.form}`);
        break;
      }
    }
    if (heavy) bump('cardHeavyName');
    let k = r.chance(0.15) ? (r.chance(1 / 3) ? 2 : 1) : 0;
    if (heavy && k === 2) k = 1;
    const nid = cardIdRead(p.nid, k);
    bump(`cardIdSlips${osa(nid, p.nid)}`);
    let dob = p.dob;
    if (!heavy && k <= 1 && r.chance(0.07)) {
      const m = dobMisread(p.dob);
      if (m) {
        dob = m;
        bump('cardDobMisread');
      }
    }
    return { name, nationalId: nid, nssfNumber: null, sex: r.chance(0.03) ? null : p.sex, dateOfBirth: dob, source: 'id-card', truth };
  };

  const sheetRow = (p: Person, truth: number | null, dobP: number): Draft => {
    const name = sheetName(p.fam, p.giv);
    let nid: string | null = null;
    if (r.chance(0.35)) {
      nid = p.nid;
      if (r.chance(0.05)) {
        nid = idTypo(nid);
        bump('sheetIdSlip');
      }
    }
    let nssf: string | null = null;
    if (p.hasNssf && r.chance(0.3)) {
      nssf = p.nssf;
      if (r.chance(0.05)) {
        nssf = idTypo(nssf);
        bump('sheetNssfSlip');
      }
    }
    let dob: string | null = null;
    if (r.chance(dobP)) {
      dob = p.dob;
      if (swappable(dob) && r.chance(0.08)) {
        dob = dobSwap(dob);
        bump('dobSwap');
      }
    }
    return { name, nationalId: nid, nssfNumber: nssf, sex: r.chance(0.15) ? null : p.sex, dateOfBirth: dob, source: r.chance(0.75) ? 'csv' : 'manual', truth };
  };

  // ── who is on site
  const absentRate = 0.04 + 0.02 * r.next();
  const cardRate = 0.34 + 0.08 * r.next();
  const hiddenRate = 0.062 + 0.025 * r.next();
  const order = r.shuffle(people.map((_, i) => i));
  const present = order.slice(0, Math.round(size * (1 - absentRate)));
  const drafts: Draft[] = [];
  for (const i of present) {
    const p = people[i];
    drafts.push(r.chance(cardRate) ? cardRow(p, i) : sheetRow(p, i, 0.94));
  }

  // ── hidden workers
  const nHidden = Math.round((present.length * hiddenRate) / (1 - hiddenRate));
  for (let h = 0; h < nHidden; h++) {
    let namesake = r.chance(0.45) && size > 0;
    const card = r.chance(0.85);
    let done: Draft | null = null;
    for (let round = 0; !done; round++) {
      let sex: Sex;
      let fam: number;
      let giv: number;
      if (namesake && round < 3) {
        const w = people[r.int(0, size - 1)];
        ({ sex, fam, giv } = w);
      } else {
        namesake = false;
        sex = r.chance(0.64) ? 'F' : 'M';
        ({ fam, giv } = drawName(sex));
      }
      for (let attempt = 0; attempt < 25 && !done; attempt++) {
        const dob = randDate(r, '1966-01-01', '2007-06-30');
        const p: Person = { fam, giv, sex, dob, nid: '', nssf: '', hasNid: true, hasNssf: false, latin: null, hire: '', wage: null };
        const nidProbe = (() => {
          for (;;) {
            let s = r.pick(['0', '1', '2']);
            while (s.length < 9) s += String(r.int(0, 9));
            if (!deletions(s).some((d) => nidTaken.has(d))) return s;
          }
        })();
        p.nid = nidProbe;
        pending = [];
        const d = card ? cardRow(p, null) : sheetRow(p, null, 0.96);
        const kept: string[] = pending;
        pending = null;
        if (candidates(reader, byKey, registered, d, 2).length === 0) {
          for (const x of deletions(nidProbe)) nidTaken.add(x);
          done = d;
          for (const k of kept) bump(k);
          if (namesake) bump('hiddenNamesake');
        }
      }
    }
    drafts.push(done as Draft);
  }

  // ── shuffle, stamp
  r.shuffle(drafts);
  const nCsv = drafts.filter((d) => d.source === 'csv').length;
  const sheetOrder = r.shuffle(Array.from({ length: nCsv }, (_, i) => i + 1));
  let csvSeen = 0;
  let t = Date.UTC(2025, 2, 11, 1, 30, 0);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const d of drafts) {
    t += r.int(400, 5000);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? sheetOrder[csvSeen++] : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.truth === null ? null : registered[d.truth].workerId);
  }
  stats.set('absentRatePct', Math.round(absentRate * 1000) / 10);
  return { roster: { registered, onsite, truth }, meta: { stats } };
}

export function generateSixtyfourth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ─────────────────────────────────────────────────────────────── self-check

function selfCheck(size: number, seed: number): boolean {
  const fails: string[] = [];
  const check = (label: string, ok: boolean, detail = '') => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ` — ${detail}` : ''}`);
    if (!ok) fails.push(label);
  };
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(2)} %` : '-');

  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const S = (k: string) => meta.stats.get(k) ?? 0;

  // the audit reads the register as a human would: the Khmer name gives the name key
  const famByKh = new Map(FAMILY.map((t, i) => [t.kh, i]));
  const givByKh = new Map(GIVEN.map((t, i) => [t.kh, i]));
  const regKey = registered.map((w) => {
    const [f, g] = w.nameKh.split(' ');
    const fi = famByKh.get(f);
    const gi = givByKh.get(g);
    if (fi === undefined || gi === undefined) throw new Error(`unknown registered name ${w.nameKh}`);
    return fi * NG + gi;
  });
  const byKey = new Map<number, number[]>();
  regKey.forEach((k, i) => byKey.set(k, [...(byKey.get(k) ?? []), i]));
  const regIdx = new Map(registered.map((w, i) => [w.workerId, i]));
  const reader = new NameReader();
  // national IDs by deletion neighbourhood, to find every registered ID within one edit of a row's
  const nidNeighbours = new Map<string, number[]>();
  registered.forEach((w, i) => {
    if (!w.nationalId) return;
    const n = normId(w.nationalId);
    for (const k of [n, ...deletions(n)]) nidNeighbours.set(k, [...(nidNeighbours.get(k) ?? []), i]);
  });
  const regWithin1 = (id: string): number[] => {
    const n = normId(id);
    const hits = new Set<number>();
    for (const k of [n, ...deletions(n)]) for (const i of nidNeighbours.get(k) ?? []) hits.add(i);
    return [...hits].filter((i) => idLevel(id, registered[i].nationalId) >= 1);
  };

  const rows = onsite.map((o, i) => ({ o, i, t: truth.get(o.id) }));
  const trueRows = rows.filter((x) => typeof x.t === 'string');
  const hiddenRows = rows.filter((x) => x.t === null);
  const bySource = (s: Source) => onsite.filter((o) => o.source === s).length;
  const cards = onsite.filter((o) => o.source === 'id-card');
  const sheets = onsite.filter((o) => o.source !== 'id-card');
  const groupSizes = [...byKey.values()].map((l) => l.length);
  const withNamesake = trueRows.filter((x) => (byKey.get(regKey[regIdx.get(x.t as string) ?? 0])?.length ?? 0) > 1).length;

  console.log(`\nsixtyfourth roster, size ${size}, seed ${seed}: ${SIXTYFOURTH_LABEL}`);
  console.log('shape:');
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${registered.length - trueRows.length} = ${pct(registered.length - trueRows.length, registered.length)}`);
  console.log(`  sources: id-card ${pct(bySource('id-card'), onsite.length)}, csv ${pct(bySource('csv'), onsite.length)}, manual ${pct(bySource('manual'), onsite.length)}; hidden from a card ${pct(hiddenRows.filter((x) => x.o.source === 'id-card').length, hiddenRows.length)}`);
  console.log(`  register: Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, NSSF missing ${pct(registered.filter((w) => !w.nssfNumber).length, registered.length)}; ${byKey.size} distinct names, largest namesake group ${Math.max(...groupSizes)}, true rows with a registered namesake ${pct(withNamesake, trueRows.length)}`);
  const nCardNames = S('card_mrz') + S('card_latin') + S('card_khmer');
  console.log(`  card names: MRZ ${pct(S('card_mrz'), nCardNames)} (filler kept ${pct(S('mrzFiller'), S('card_mrz'))}; digit slips 1: ${pct(S('mrzSlips1'), S('mrzSlips0') + S('mrzSlips1') + S('mrzSlips2'))}, 2: ${pct(S('mrzSlips2'), S('mrzSlips0') + S('mrzSlips1') + S('mrzSlips2'))}), printed Latin ${pct(S('card_latin'), nCardNames)} (slips 1: ${pct(S('latinSlips1'), S('latinSlips0') + S('latinSlips1') + S('latinSlips2'))}, 2: ${pct(S('latinSlips2'), S('latinSlips0') + S('latinSlips1') + S('latinSlips2'))}), printed Khmer ${pct(S('card_khmer'), nCardNames)} (slips 1: ${pct(S('khmerSlips1'), S('khmerSlips0') + S('khmerSlips1') + S('khmerSlips2'))}, 2: ${pct(S('khmerSlips2'), S('khmerSlips0') + S('khmerSlips1') + S('khmerSlips2'))}); names with 2+ slips in a part ${pct(S('cardHeavyName'), cards.length)}`);
  console.log(`  card numbers: one slip ${pct(S('cardIdSlips1'), cards.length)}, two ${pct(S('cardIdSlips2'), cards.length)}; card DOB misread ${pct(S('cardDobMisread'), cards.length)}; card sex missing ${pct(cards.filter((o) => !o.sex).length, cards.length)}`);
  console.log(`  sheet rows: Latin ${pct(S('sheetLatin'), sheets.length)} (UPPER ${pct(S('upperCase'), S('sheetLatin'))}, lower ${pct(S('lowerCase'), S('sheetLatin'))}, typo ${pct(S('latinTypo'), S('sheetLatin'))}), Khmer ${pct(S('sheetKhmer'), sheets.length)} (ZWSP ${pct(S('khZwsp'), S('sheetKhmer'))}, no separator ${pct(S('khNoSep'), S('sheetKhmer'))}, code-point order ${pct(S('khReorder'), S('sheetKhmer'))}, split vowel ${pct(S('khSplitVowel'), S('sheetKhmer'))}, ្ដ for ្ត ${pct(S('khSubDa'), S('sheetKhmer'))}, typo ${pct(S('khmerTypo'), S('sheetKhmer'))}); order swapped ${pct(S('orderSwap'), sheets.length)}`);
  console.log(`  sheet fields: national ID ${pct(sheets.filter((o) => o.nationalId).length, sheets.length)} (slip ${pct(S('sheetIdSlip'), sheets.filter((o) => o.nationalId).length)}), NSSF ${pct(sheets.filter((o) => o.nssfNumber).length, sheets.length)} (slip ${pct(S('sheetNssfSlip'), sheets.filter((o) => o.nssfNumber).length)}), DOB missing ${pct(sheets.filter((o) => !o.dateOfBirth).length, sheets.length)}, DOB swapped ${pct(S('dobSwap'), sheets.filter((o) => o.dateOfBirth).length)}, sex missing ${pct(sheets.filter((o) => !o.sex).length, sheets.length)}`);

  console.log('audit:');
  // names: no two tokens of a role share a spelling
  const spellOwners = new Map<string, Set<string>>();
  for (const [role, list] of [['f', FAMILY], ['g', GIVEN]] as const) {
    list.forEach((t, i) => t.latin.forEach((l) => {
      const k = `${role}|${compact(l)}`;
      spellOwners.set(k, (spellOwners.get(k) ?? new Set()).add(`${i}`));
    }));
  }
  check('name lists: no spelling shared by two names', [...spellOwners.values()].every((s) => s.size === 1));

  // rule 1
  let r1bad = 0;
  const r1ex: string[] = [];
  for (const { o, t } of trueRows) {
    const wi = regIdx.get(t as string);
    if (wi === undefined) {
      r1bad++;
      continue;
    }
    const w = registered[wi];
    const fam = Math.floor(regKey[wi] / NG);
    const giv = regKey[wi] % NG;
    const probs: string[] = [];
    const norm = reader.costTo(o.name, fam, giv, true);
    const raw = reader.costTo(o.name, fam, giv, false);
    if (o.sex && o.sex !== w.sex) probs.push('sex');
    if (o.nssfNumber && w.nssfNumber && osa(o.nssfNumber, w.nssfNumber) > 1) probs.push('nssf');
    if (o.source === 'id-card') {
      const idRaw = o.nationalId && w.nationalId ? osa(o.nationalId, w.nationalId) : 0;
      const idTie = idLevel(o.nationalId, w.nationalId) >= 1;
      if (w.nationalId && (idRaw > 2 || !idTie)) probs.push('card number');
      const dobL = dobLevel(o.dateOfBirth, w.dateOfBirth);
      if (dobL < 1) probs.push('card dob');
      if (raw.maxPart >= 2 && !(idTie && idRaw <= 1 && dobL === 2)) probs.push('heavy OCR name not tied by number+date');
      if (idRaw === 2 && !(raw.maxPart <= 1 && dobL === 2)) probs.push('2-slip number not tied by name+date');
      if (dobL === 1 && o.dateOfBirth !== dobSwap(w.dateOfBirth ?? '') && !(idRaw <= 1 && raw.maxPart <= 1)) probs.push('misread dob without clean number/name');
      if (raw.maxPart > 3) probs.push('OCR name unreadable');
    } else {
      if (norm.total > 1) probs.push(`name cost ${norm.total}`);
      if (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId) > 1) probs.push('national id');
      if (o.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && o.dateOfBirth !== dobSwap(w.dateOfBirth ?? '')) probs.push('dob');
      if (norm.total === 1 && norm.editedLen < 4) probs.push('typo in a short word');
    }
    if (probs.length) {
      r1bad++;
      if (r1ex.length < 5) r1ex.push(`${o.name} vs ${w.nameKh}/${w.nameLatin}: ${probs.join(', ')}`);
    }
  }
  check('rule 1: true rows carry only plausible variants', r1bad === 0, `${r1bad} violations${r1ex.length ? `; e.g. ${r1ex.join(' | ')}` : ''}`);

  // rule 2
  let r2bad = 0;
  for (const l of byKey.values()) {
    for (let a = 0; a < l.length; a++) {
      for (let b = a + 1; b < l.length; b++) {
        const x = registered[l[a]].dateOfBirth;
        const y = registered[l[b]].dateOfBirth;
        if (!x || !y || x === y || dobNear(x, y)) r2bad++;
      }
    }
  }
  const closePairs = (ids: (string | null)[]) => {
    const seen = new Map<string, number>();
    let n = 0;
    ids.forEach((id, i) => {
      if (!id) return;
      for (const d of new Set(deletions(id))) {
        const j = seen.get(d);
        if (j !== undefined && j !== i) n++;
        else seen.set(d, i);
      }
    });
    return n;
  };
  const nidClose = closePairs(registered.map((w) => w.nationalId));
  const nssfClose = closePairs(registered.map((w) => w.nssfNumber));
  check('rule 2: namesakes never share a DOB nor are a swap/one digit apart', r2bad === 0, `${r2bad} pairs`);
  check('rule 2: registered national IDs and NSSF numbers pairwise 2+ edits apart', nidClose === 0 && nssfClose === 0, `${nidClose} / ${nssfClose} close pairs`);

  // rule 3
  let r3bad = 0;
  let hiddenNamesakes = 0;
  for (const { o } of hiddenRows) {
    const c = candidates(reader, byKey, registered, o, 2);
    if (c.length) r3bad++;
    const byName = [...reader.match(o.name, true, 1).keys()].some((k) => byKey.has(k));
    if (byName) hiddenNamesakes++;
  }
  check('rule 3: every hidden row ruled out from all it could pass for (name within 2 edits)', r3bad === 0, `${r3bad} hidden rows with a candidate; hidden rows that pass by name for a registered worker (≤1 edit) ${pct(hiddenNamesakes, hiddenRows.length)}`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check('rule 4: ids are unique v4 UUIDs', onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length);
  check('rule 4: recordedAt strictly increasing', onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)));
  check('rule 4: truth covers every row with a registered id or null', truth.size === onsite.length && onsite.every((o) => truth.has(o.id) && (truth.get(o.id) === null || regIdx.has(truth.get(o.id) as string))));
  const corr = (xs: number[], ys: number[]) => {
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
      syy += (ys[i] - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy || 1);
  };
  const rho = corr(trueRows.map((x) => x.i), trueRows.map((x) => regIdx.get(x.t as string) ?? 0));
  const lim = 4.5 / Math.sqrt(trueRows.length);
  check('rule 4: row order unrelated to register order', Math.abs(rho) < lim, `r = ${rho.toFixed(4)} (limit ${lim.toFixed(4)})`);
  const quarters = [0, 0, 0, 0];
  for (const { i } of hiddenRows) quarters[Math.min(3, Math.floor((4 * i) / onsite.length))]++;
  const qMean = hiddenRows.length / 4;
  check('rule 4: hidden rows spread through the roster', quarters.every((q) => Math.abs(q - qMean) <= 4.5 * Math.sqrt(qMean) + 2), `per quarter ${quarters.join('/')}`);
  const rhoReg = corr(registered.map((_, i) => i), registered.map((w) => Date.parse(w.dateOfBirth ?? '2000-01-01')));
  check('rule 4: registered ids assigned after shuffling', registered.every((w, i) => i === 0 || w.workerId > registered[i - 1].workerId) && Math.abs(rhoReg) < 4.5 / Math.sqrt(registered.length), `r(id, dob) = ${rhoReg.toFixed(4)}`);
  const csvRows = rows.filter((x) => x.o.source === 'csv');
  const rhoCsv = corr(csvRows.map((x) => x.o.sourceRow ?? 0), csvRows.map((x) => (x.t === null ? 1 : 0)));
  check('rule 4: sheet row numbers say nothing of hidden', Math.abs(rhoCsv) < 4.5 / Math.sqrt(Math.max(1, csvRows.length)), `r = ${rhoCsv.toFixed(4)}`);

  // rule 5
  let undecidable = 0;
  let undHeavy = 0;
  let und2slip = 0;
  let undDominated = 0;
  for (const { o, t } of trueRows) {
    const wi = regIdx.get(t as string) as number;
    const w = registered[wi];
    const fam = Math.floor(regKey[wi] / NG);
    const giv = regKey[wi] % NG;
    const ct = reader.costTo(o.name, fam, giv, true).total;
    const lt = levels(o, w);
    let und = false;
    if (!lt) und = true;
    if (o.source === 'id-card') {
      const raw = reader.costTo(o.name, fam, giv, false);
      if (raw.maxPart >= 2) {
        const near = o.nationalId ? regWithin1(o.nationalId) : [];
        const tied = near.length === 1 && near[0] === wi && dobLevel(o.dateOfBirth, w.dateOfBirth) === 2;
        if (!tied) {
          und = true;
          undHeavy++;
        }
      }
      if (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId) >= 2) {
        const others = candidates(reader, byKey, registered, o, Math.max(1, ct)).filter((c) => c.idx !== wi && c.lv[2] >= 1);
        if (others.length || dobLevel(o.dateOfBirth, w.dateOfBirth) !== 2) {
          und = true;
          und2slip++;
        }
      }
    }
    if (!und && lt) {
      for (const c of candidates(reader, byKey, registered, o, Math.max(1, ct))) {
        if (c.idx === wi) continue;
        const trueBetter = ct <= c.cost && lt.every((v, k) => v >= c.lv[k]) && (ct < c.cost || lt.some((v, k) => v > c.lv[k]));
        if (!trueBetter) {
          und = true;
          undDominated++;
          break;
        }
      }
    }
    if (und) undecidable++;
  }
  check('rule 5: undecidable true rows under 4 %', undecidable < 0.04 * trueRows.length, `${pct(undecidable, trueRows.length)} (${undDominated} with an equal or better other candidate, ${undHeavy} heavy OCR names untied, ${und2slip} 2-slip numbers untied)`);

  // theme rates
  check('theme: id-card rows are a third to a half of on-site rows', bySource('id-card') >= onsite.length / 3 && bySource('id-card') <= onsite.length / 2, pct(bySource('id-card'), onsite.length));
  check('theme: hidden workers 6-9 % of rows', hiddenRows.length >= 0.06 * onsite.length && hiddenRows.length <= 0.09 * onsite.length, pct(hiddenRows.length, onsite.length));
  const cardSlipRate = (S('cardIdSlips1') + S('cardIdSlips2')) / Math.max(1, cards.length);
  check('theme: ~15 % of card numbers with slips', cardSlipRate > 0.1 && cardSlipRate < 0.2, pct(S('cardIdSlips1') + S('cardIdSlips2'), cards.length));

  // schemas
  const regBad = registered.filter((w) => !RegisteredWorker.safeParse(w).success).length;
  const onBad = onsite.filter((o) => !OnsiteWorker.safeParse(o).success).length;
  const extra = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check('schemas: RegisteredWorker / OnsiteWorker safeParse', regBad === 0 && onBad === 0 && extra === 0, `${regBad} registered, ${onBad} on-site invalid, ${extra} with hidden-only fields`);

  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = ser(roster);
  check('determinism: same seed gives the same roster', a === ser(generateSixtyfourth(size, seed)));
  check('determinism: another seed gives another roster', a !== ser(generateSixtyfourth(size, seed + 1)));

  // timing
  let ms10k = genMs;
  if (size !== 10_000) {
    const t1 = performance.now();
    generateSixtyfourth(10_000, seed);
    ms10k = performance.now() - t1;
  }
  check('timing: 10,000 registered generate in under 2 s', ms10k < 2000, `${ms10k.toFixed(0)} ms (this size: ${genMs.toFixed(0)} ms)`);

  console.log(fails.length ? `FAIL (${fails.length}: ${fails.join('; ')})` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('sixtyfourth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  const ok = selfCheck(size, seed);
  process.exit(ok ? 0 : 1);
}
