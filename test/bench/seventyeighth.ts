/**
 * `seventyeighth`: a grader's roster, emphasis on COMMON NAMES COLLIDING.
 *
 * Written blind (no engine code, no other generator read). Only the product text's variations
 * are modelled; the theme is the text's "Common names collide: many workers share a full name"
 * and "Hidden workers are often namesakes of registered ones".
 *
 * THE REGISTER (size = N registered workers)
 *   - 65 % women. 55 % of registered workers share their full name with 1-11 others: namesake
 *     clusters of 2..12 (size weights 2:30 3:20 4:13 5:10 6:8 7:6 8:4 9:3 10:2.5 11:2 12:1.5,
 *     mean ~4.4), the biggest clusters on the most common names (Sok Sophea, Chan Sreymom ...).
 *     The other 45 % have a full name no other registered worker has (one edit away is allowed:
 *     Sophea / Sopheap / Sopheak all exist, as they do).
 *   - nameLatin missing 15 % (UPPER 65 %, Title 35 %; compound given names joined 60 % / spaced 40 %);
 *     nationalId missing 4 %, nssfNumber missing 1 %, DOB missing 1 %, sex missing 0.5 %, wage 3 %.
 *   - nameKh: canonical, except 4 % typed with another keyboard's code-point order and 3 % with a
 *     zero-width space between family and given name.
 *   - Absent (registered, not on site): 6 %.
 *
 * THE ON-SITE ROSTER (~0.94 N true rows + hidden rows = 6.5 % of all rows)
 *   - Source: employer's sheet (csv) 50 %, typed by the inspector (manual) 30 %, read off the
 *     ID card 20 %. Name in Khmer: id-card 75 %, csv 40 %, manual 30 % (else Latin).
 *   - Shown fields (csv / manual / id-card): DOB 90 / 85 / 100 %; national ID 45 / 30 / 100 %;
 *     NSSF number 55 / 8 / 3 %; sex 85 / 85 / 100 %.
 *   - Slips on shown fields: DOB day<->month swapped on 12 % of swappable dates (day <= 12,
 *     day != month; ~4 % of shown DOBs); national ID and NSSF number each 3 % with one mistyped
 *     digit (60 %) or two adjacent digits transposed (40 %).
 *   - Latin names: each word keeps the register's romanization 70 %, else another real one
 *     (Sok/Sokh, Sreymom/Srey Mom/Sreimom ...); when the register has no Latin name the row's
 *     romanization is drawn like the register's (that is the "Khmer on one side, Latin on the
 *     other" case, ~8 % of rows). Family/given order swapped 15 %; UPPER 45 %, lower 15 %,
 *     Title 40 %; one typo (substitution, insertion, deletion or adjacent transposition) in one
 *     word of 4+ letters on 5 % of Latin rows.
 *   - Khmer names: order swapped 10 %; zero-width space instead of the space 20 %; another
 *     keyboard's code-point order (shifter ៉/៊ typed after the vowel, nikahit ំ before ុ, vowel
 *     typed before the subscript consonant) on 15 % where the name has such a sequence; NFD on 15 % (a no-op for Khmer code points,
 *     kept so an engine that NFC/NFD-normalizes is not rewarded or punished).
 *   - Hidden rows (truth null): 80 % are meant as namesakes of a registered worker (70 % of those
 *     picked from a namesake cluster, 30 % from the unique names; present or absent alike), 20 %
 *     a fresh name no registered worker has. Source and shown fields are drawn first with the
 *     same rates as true rows; a namesake those fields cannot tell apart (no DOB and no ID, say)
 *     becomes a fresh name: at 10k ~74 % of hidden rows are exact namesakes and ~13 % more are
 *     one edit from a registered name (at 1k ~65 % exact). Hidden rows carry no
 *     NSSF number (they are not registered); a national ID on a hidden row is a new number, 2+
 *     edits from every registered one.
 *
 * FAIRNESS RULES (audited by the self-check; "careful human" = someone who reads both lists and
 * knows the romanizations above)
 *   1. A true row carries only plausible variants of its registered worker: listed
 *      romanizations, either order, any case, at most one typo in one word of 4+ letters, Khmer
 *      encoding variants (ZWSP, keyboard order, NFD); IDs exact or one slip; DOB exact or
 *      day/month swapped; sex right or missing. Nothing else is modelled.
 *   2. Registered namesakes (same full name in any spelling: same words up to shared
 *      romanizations, either order, or the same Khmer letters) never share a DOB, and their
 *      DOBs are more than a swap or one digit apart. All registered national IDs (and NSSF
 *      numbers) are 2+ edits (substitution / adjacent transposition) apart.
 *   3. A hidden row is within one edit (any word, any length, or Khmer code point) of no
 *      registered name, or every registered worker it could pass for is ruled out by a field
 *      present on BOTH sides: sex differs, DOB more than a swap/one digit apart, national IDs
 *      2+ edits apart.
 *   4. Nothing leaks the truth: rows are shuffled, on-site ids are v4 UUIDs from the seeded PRNG,
 *      recordedAt increases in row order, csv sourceRow follows row order, registered workers are
 *      shuffled before their workerIds are given.
 *   5. Undecidable true rows (another registered worker consistent with the row with as few slips
 *      and as much corroboration as the true one) stay under 4 %. They come from namesake rows
 *      with no DOB / ID to tell the cluster apart: expected ~2-3 %, and they belong in review.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN_F, GIVEN_M, type KhName } from './seventyeighth-names';

export const SEVENTYEIGHTH_LABEL = 'grader: common names colliding (55 % in namesake clusters of 2-12, ~74 % of hidden are exact namesakes)';

type Source = OnsiteWorker['source'];
type Sex = 'F' | 'M';

// ----------------------------------------------------------------------------------------------
// Rates
// ----------------------------------------------------------------------------------------------

const RATE = {
  femaleShare: 0.65,
  clusteredShare: 0.55,
  clusterSizes: [
    [2, 30], [3, 20], [4, 13], [5, 10], [6, 8], [7, 6], [8, 4], [9, 3], [10, 2.5], [11, 2], [12, 1.5],
  ] as [number, number][],
  absent: 0.06,
  hiddenOfRows: 0.065,
  hiddenNamesake: 0.8,
  namesakeFromCluster: 0.7,
  reg: {
    latinMissing: 0.15, nidMissing: 0.04, nssfMissing: 0.01, dobMissing: 0.01, sexMissing: 0.005,
    wageMissing: 0.03, khKeyboard: 0.04, khZwsp: 0.03, latinUpper: 0.65,
  },
  spelling: { joined: 0.6, first: 0.7 },
  source: [['csv', 0.5], ['manual', 0.3], ['id-card', 0.2]] as [Source, number][],
  khmerScript: { csv: 0.4, manual: 0.3, 'id-card': 0.75 } as Record<Source, number>,
  dobShown: { csv: 0.9, manual: 0.85, 'id-card': 1 } as Record<Source, number>,
  nidShown: { csv: 0.45, manual: 0.3, 'id-card': 1 } as Record<Source, number>,
  nssfShown: { csv: 0.55, manual: 0.08, 'id-card': 0.03 } as Record<Source, number>,
  sexShown: { csv: 0.85, manual: 0.85, 'id-card': 1 } as Record<Source, number>,
  dobSwapOfSwappable: 0.12,
  nidSlip: 0.03,
  nssfSlip: 0.03,
  lat: { keepRegSpelling: 0.7, orderSwap: 0.15, upper: 0.45, lower: 0.15, typo: 0.05 },
  kh: { orderSwap: 0.1, zwsp: 0.2, keyboard: 0.15, nfd: 0.15 },
};

const VISIT_ID = 'visit-seventyeighth';
const VISIT_DATE = Date.UTC(2024, 4, 14);
const DAY = 86_400_000;

// ----------------------------------------------------------------------------------------------
// Khmer text
// ----------------------------------------------------------------------------------------------

const ZWSP = '\u200B';

function markClass(c: number): number {
  if (c === 0x17cc) return 1; // robat
  if (c === 0x17c9 || c === 0x17ca) return 2; // register shifters
  if (c >= 0x17b6 && c <= 0x17c5) return 3; // dependent vowels
  if (c >= 0x17c6 && c <= 0x17c8) return 4; // nikahit, reahmuk, yuukaleapintu
  return 5;
}
const isMark = (c: number) => (c >= 0x17b6 && c <= 0x17d3) || c === 0x17dd;

/** Khmer to one comparable form: no spaces / zero-width characters, NFC, marks in canonical order. */
function khNorm(s: string): string {
  const t = s.normalize('NFC').replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '');
  let out = '';
  let i = 0;
  while (i < t.length) {
    if (!isMark(t.charCodeAt(i))) {
      out += t[i++];
      continue;
    }
    const run: { cls: number; str: string }[] = [];
    while (i < t.length && isMark(t.charCodeAt(i))) {
      const c = t.charCodeAt(i);
      if (c === 0x17d2 && i + 1 < t.length) {
        run.push({ cls: 0, str: t.slice(i, i + 2) });
        i += 2;
      } else {
        run.push({ cls: markClass(c), str: t[i] });
        i++;
      }
    }
    run.sort((a, b) => a.cls - b.cls); // stable
    for (const m of run) out += m.str;
  }
  return out;
}

/**
 * The same text as another keyboard / typist orders it: shifter ៉/៊ after the vowel, nikahit ំ
 * before ុ, and a dependent vowel typed before the subscript (ស + ី + ្រ for ស្រី).
 */
function keyboardVariant(s: string): string | null {
  const out = s
    .replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1')
    .replace(/\u17BB\u17C6/g, '\u17C6\u17BB')
    .replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g, '$2$1');
  return out === s ? null : out;
}

const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

// ----------------------------------------------------------------------------------------------
// Small helpers
// ----------------------------------------------------------------------------------------------

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let first = -1;
    let n = 0;
    for (let i = 0; i < la; i++) {
      if (a[i] !== b[i]) {
        if (n === 0) first = i;
        n++;
        if (n > 2) return false;
      }
    }
    if (n === 1) return true;
    return n === 2 && first + 1 < la && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

function dobSwap(d: string): string | null {
  const [y, m, day] = d.split('-');
  if (m === day || Number(day) > 12) return null;
  return `${y}-${day}-${m}`;
}

/** Broad DOB closeness for rules 2 and 3: same, day/month swap, or one digit different. */
function dobClose(a: string, b: string): boolean {
  if (a === b || dobSwap(a) === b || dobSwap(b) === a) return true;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n <= 1;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function weighted<T>(r: Rng, xs: [T, number][]): T {
  let total = 0;
  for (const [, w] of xs) total += w;
  let u = r.next() * total;
  for (const [x, w] of xs) {
    u -= w;
    if (u < 0) return x;
  }
  return xs[xs.length - 1][0];
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Fixed-length digit strings that are all 2+ edits (substitution / adjacent transposition) apart. */
class IdPool {
  private readonly used = new Set<number>();
  add(s: string) {
    this.used.add(Number(s));
  }
  clashes(s: string): boolean {
    const v = Number(s);
    if (this.used.has(v)) return true;
    const L = s.length;
    let p = 1;
    for (let i = L - 1; i >= 0; i--, p *= 10) {
      const d = s.charCodeAt(i) - 48;
      for (let c = 0; c <= 9; c++) if (c !== d && this.used.has(v + (c - d) * p)) return true;
      if (i > 0) {
        const e = s.charCodeAt(i - 1) - 48; // the digit to the left, place value 10p
        if (e !== d && this.used.has(v + (e - d) * p + (d - e) * p * 10)) return true;
      }
    }
    return false;
  }
  fresh(make: () => string): string {
    for (;;) {
      const s = make();
      if (!this.clashes(s)) {
        this.add(s);
        return s;
      }
    }
  }
}

function slipId(r: Rng, s: string): string {
  if (r.chance(0.4)) {
    const spots: number[] = [];
    for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) spots.push(i);
    if (spots.length) {
      const i = r.pick(spots);
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
  }
  const i = r.int(0, s.length - 1);
  let d = s[i];
  while (d === s[i]) d = String(r.int(0, 9));
  return s.slice(0, i) + d + s.slice(i + 1);
}

// ----------------------------------------------------------------------------------------------
// Word table (constant; built once)
// ----------------------------------------------------------------------------------------------

interface Word {
  kh: string;
  norm: string;
  /** Title-case romanizations as listed. */
  lat: string[];
  /** Lower-case romanizations (with their spaces). */
  low: string[];
  /** Sex bits: 1 = given name for women, 2 = for men. */
  sexes: number;
  /** Namesake class: words sharing a romanization or Khmer spelling are one class. */
  cls: number;
}

interface Words {
  words: Word[];
  byNorm: Map<string, number>;
  family: number[];
  givenF: number[];
  givenM: number[];
  /** Every lower-case token of every romanization, joined forms included. */
  tokens: Set<string>;
}

let WORDS: Words | null = null;

function words(): Words {
  if (WORDS) return WORDS;
  const list: Word[] = [];
  const byNorm = new Map<string, number>();
  const add = (n: KhName, sex: number): number => {
    const norm = khNorm(n.kh);
    let id = byNorm.get(norm);
    if (id === undefined) {
      id = list.length;
      byNorm.set(norm, id);
      list.push({ kh: n.kh, norm, lat: [], low: [], sexes: 0, cls: id });
    }
    const w = list[id];
    for (const v of n.lat) {
      if (!w.lat.includes(v)) {
        w.lat.push(v);
        w.low.push(v.toLowerCase());
      }
    }
    w.sexes |= sex;
    return id;
  };
  const family = FAMILY.map((n) => add(n, 0));
  const givenF = GIVEN_F.map((n) => add(n, 1));
  const givenM = GIVEN_M.map((n) => add(n, 2));
  // union-find: words that share a romanization (spaces ignored) are namesakes of each other
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const seen = new Map<string, number>();
  const tokens = new Set<string>();
  list.forEach((w, i) => {
    for (const v of w.low) {
      const k = v.replace(/ /g, '');
      tokens.add(k);
      for (const t of v.split(' ')) tokens.add(t);
      const j = seen.get(k);
      if (j === undefined) seen.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  list.forEach((w, i) => (w.cls = find(i)));
  WORDS = { words: list, byNorm, family, givenF, givenM, tokens };
  return WORDS;
}

const canon = (W: Words, f: number, g: number) => {
  const a = W.words[f].cls;
  const b = W.words[g].cls;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
};

// ----------------------------------------------------------------------------------------------
// Name index: which registered workers could a written name be? (used by generator and audit)
// ----------------------------------------------------------------------------------------------

interface WordHit {
  w: number;
  /** strict tier: 0 exact, 1 = one typo in one token of 4+ letters, -1 no */
  s: number;
  /** loose tier: 0 exact, 1 = within one edit anywhere */
  l: number;
}

const WORD_HITS = new Map<string, WordHit[]>();

function wordHits(W: Words, a: string): WordHit[] {
  let hits = WORD_HITS.get(a);
  if (hits) return hits;
  hits = [];
  const nos = a.replace(/ /g, '');
  const atoks = a.split(' ');
  W.words.forEach((w, id) => {
    let s = -1;
    let l = -1;
    for (const v of w.low) {
      const vn = v.replace(/ /g, '');
      if (vn === nos) {
        s = 0;
        l = 0;
        break;
      }
      if (l < 0 && within1(vn, nos)) l = 1;
      if (s < 0) {
        const vt = v.split(' ');
        if (vt.length === atoks.length) {
          let diff = -1;
          let n = 0;
          for (let i = 0; i < vt.length; i++) {
            if (vt[i] !== atoks[i]) {
              n++;
              diff = i;
            }
          }
          if (n === 1 && vt[diff].length >= 4 && within1(vt[diff], atoks[diff])) s = 1;
        }
      }
    }
    if (l >= 0) hits!.push({ w: id, s, l });
  });
  WORD_HITS.set(a, hits);
  return hits;
}

class NameIndex {
  readonly W = words();
  /** registered index → [family word, given word] */
  readonly parsed: [number, number][] = [];
  private readonly pair = new Map<string, number[]>();
  private readonly khExact = new Map<string, number[]>();
  private khDel: Map<string, string[]> | null = null;

  constructor(nameKh: string[]) {
    nameKh.forEach((s, i) => {
      const parts = s.split(/[\s\u200B]+/).filter(Boolean);
      if (parts.length !== 2) throw new Error(`cannot parse registered name ${JSON.stringify(s)}`);
      const f = this.W.byNorm.get(khNorm(parts[0]));
      const g = this.W.byNorm.get(khNorm(parts[1]));
      if (f === undefined || g === undefined) throw new Error(`unknown word in ${JSON.stringify(s)}`);
      this.parsed.push([f, g]);
      push(this.pair, `${f}|${g}`, i);
      const a = this.W.words[f].norm;
      const b = this.W.words[g].norm;
      push(this.khExact, a + b, i);
      if (b + a !== a + b) push(this.khExact, b + a, i);
    });
  }

  khForms(): Map<string, number[]> {
    return this.khExact;
  }

  private deletions(): Map<string, string[]> {
    if (this.khDel) return this.khDel;
    const m = new Map<string, string[]>();
    for (const form of this.khExact.keys()) {
      push(m, form, form);
      for (let i = 0; i < form.length; i++) push(m, form.slice(0, i) + form.slice(i + 1), form);
    }
    this.khDel = m;
    return m;
  }

  /** registered index → name tier (0 exact up to listed variants, 1 one edit). */
  candidates(name: string, loose: boolean): Map<number, number> {
    const out = new Map<number, number>();
    const put = (i: number, t: number) => {
      const o = out.get(i);
      if (o === undefined || t < o) out.set(i, t);
    };
    if (isKhmer(name)) {
      const q = khNorm(name);
      for (const i of this.khExact.get(q) ?? []) put(i, 0);
      if (loose) {
        const keys = [q];
        for (let i = 0; i < q.length; i++) keys.push(q.slice(0, i) + q.slice(i + 1));
        const del = this.deletions();
        for (const k of keys) {
          for (const form of del.get(k) ?? []) {
            if (form !== q && within1(form, q)) for (const i of this.khExact.get(form) ?? []) put(i, 1);
          }
        }
      }
      return out;
    }
    const toks = name.toLowerCase().replace(/[^a-z ]/g, '').split(/\s+/).filter(Boolean);
    for (let k = 1; k < toks.length; k++) {
      const ha = wordHits(this.W, toks.slice(0, k).join(' '));
      const hb = wordHits(this.W, toks.slice(k).join(' '));
      for (const a of ha) {
        const ta = loose ? a.l : a.s;
        if (ta < 0) continue;
        for (const b of hb) {
          const tb = loose ? b.l : b.s;
          if (tb < 0 || ta + tb > 1) continue;
          for (const i of this.pair.get(`${a.w}|${b.w}`) ?? []) put(i, ta + tb);
          if (a.w !== b.w) for (const i of this.pair.get(`${b.w}|${a.w}`) ?? []) put(i, ta + tb);
        }
      }
    }
    return out;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

// ----------------------------------------------------------------------------------------------
// Field comparison (the careful human)
// ----------------------------------------------------------------------------------------------

interface Fields {
  sex: Sex | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}

/** Rule 3: is registered worker `g` ruled out for row `o` by a field present on both sides? */
function ruledOut(o: Fields, g: Fields): boolean {
  if (o.sex && g.sex && o.sex !== g.sex) return true;
  if (o.dateOfBirth && g.dateOfBirth && !dobClose(o.dateOfBirth, g.dateOfBirth)) return true;
  if (o.nationalId && g.nationalId && !within1(o.nationalId, g.nationalId)) return true;
  if (o.nssfNumber && g.nssfNumber && !within1(o.nssfNumber, g.nssfNumber)) return true;
  return false;
}

/** Rule 1 / 5: is row `o` a plausible rendering of `g`, with how many slips and how much corroboration? */
function consistent(o: Fields, g: Fields, nameTier: number): { ok: boolean; slips: number; corr: number } {
  let slips = nameTier;
  let corr = 0;
  if (o.sex && g.sex && o.sex !== g.sex) return { ok: false, slips, corr };
  if (o.dateOfBirth && g.dateOfBirth) {
    if (o.dateOfBirth === g.dateOfBirth) corr++;
    else if (dobSwap(g.dateOfBirth) === o.dateOfBirth) {
      corr++;
      slips++;
    } else return { ok: false, slips, corr };
  }
  for (const [a, b] of [[o.nationalId, g.nationalId], [o.nssfNumber, g.nssfNumber]] as const) {
    if (a && b) {
      if (a === b) corr++;
      else if (within1(a, b)) {
        corr++;
        slips++;
      } else return { ok: false, slips, corr };
    }
  }
  return { ok: true, slips, corr };
}

// ----------------------------------------------------------------------------------------------
// Generator
// ----------------------------------------------------------------------------------------------

interface Person {
  f: number;
  g: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string;
  clustered: boolean;
  canon: string;
}

interface RowMeta {
  hidden: boolean;
  hiddenKind?: 'namesake' | 'fresh';
  source: Source;
  script: 'kh' | 'lat';
  crossScript: boolean;
  orderSwap: boolean;
  romDiff: boolean;
  letterCase?: 'upper' | 'lower' | 'title';
  typo: boolean;
  zwsp: boolean;
  keyboard: boolean;
  nfd: boolean;
  dobSwap: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
}

interface RegMeta {
  latinMissing: boolean;
  khKeyboard: boolean;
  khZwsp: boolean;
  clustered: boolean;
  absent: boolean;
}

interface Built {
  roster: Roster;
  rowMeta: RowMeta[];
  regMeta: RegMeta[];
}

/** Pick a romanization: compounds are joined or spaced, and the first-listed spelling is the usual one. */
function pickSpelling(r: Rng, w: Word): string {
  const joined = w.lat.filter((v) => !v.includes(' '));
  const spaced = w.lat.filter((v) => v.includes(' '));
  const group = spaced.length && joined.length ? (r.chance(RATE.spelling.joined) ? joined : spaced) : w.lat;
  return r.chance(RATE.spelling.first) ? group[0] : r.pick(group);
}

function drawSizes(r: Rng, target: number): number[] {
  const sizes: number[] = [];
  let sum = 0;
  while (sum < target) {
    let s = weighted(r, RATE.clusterSizes);
    if (sum + s > target) s = target - sum;
    if (s < 2) {
      if (sizes.length && sizes[sizes.length - 1] < 12) sizes[sizes.length - 1]++;
      sum++;
      continue;
    }
    sizes.push(s);
    sum += s;
  }
  return sizes;
}

function randomDob(r: Rng): string {
  const age = 18 + Math.floor(34 * r.next() ** 1.6);
  const t = VISIT_DATE - age * 365.25 * DAY - r.int(1, 364) * DAY;
  return iso(t);
}

function build(size: number, seed: number): Built {
  const W = words();
  const r = rng((Math.imul(seed, 2654435761) + 0x78) >>> 0);
  const famW = W.family.map((_, i) => (i + 1) ** -0.9);
  const givW = (n: number) => Array.from({ length: n }, (_, i) => (i + 1) ** -0.7);

  // ---- names of the register: clusters first (most common names), then unique names --------
  const usedCanon = new Set<string>();
  const people: Person[] = [];
  const nF = Math.round(size * RATE.femaleShare);
  for (const [sex, n, given] of [['F', nF, W.givenF], ['M', size - nF, W.givenM]] as [Sex, number, number[]][]) {
    if (n <= 0) continue;
    const gw = givW(given.length);
    const keys: { f: number; g: number; w: number }[] = [];
    W.family.forEach((f, i) => given.forEach((g, j) => keys.push({ f, g, w: famW[i] * gw[j] })));
    // Efraimidis-Spirakis weighted sampling without replacement
    const order = (alpha: number) =>
      keys
        .map((k) => ({ k, s: Math.log(r.next()) / k.w ** alpha }))
        .sort((a, b) => b.s - a.s)
        .map((x) => x.k);
    const sizes = drawSizes(r, Math.round(n * RATE.clusteredShare)).sort((a, b) => b - a);
    const clusterKeys: { f: number; g: number; w: number; c: string }[] = [];
    for (const k of order(1.6)) {
      if (clusterKeys.length >= sizes.length) break;
      const c = canon(W, k.f, k.g);
      if (usedCanon.has(c)) continue;
      usedCanon.add(c);
      clusterKeys.push({ ...k, c });
    }
    // the biggest clusters on the most common of the chosen names
    clusterKeys.sort((a, b) => b.w - a.w);
    clusterKeys.forEach((k, ci) => {
      for (let m = 0; m < sizes[ci]; m++) people.push({ f: k.f, g: k.g, sex, dob: '', nid: '', nssf: '', clustered: true, canon: k.c });
    });
    let singles = n - sizes.reduce((a, b) => a + b, 0);
    for (const k of order(1)) {
      if (singles <= 0) break;
      const c = canon(W, k.f, k.g);
      if (usedCanon.has(c)) continue;
      usedCanon.add(c);
      people.push({ f: k.f, g: k.g, sex, dob: '', nid: '', nssf: '', clustered: false, canon: c });
      singles--;
    }
    while (singles-- > 0) {
      // name space exhausted (only for very large sizes): join an existing cluster of this sex
      const p = r.pick(people.filter((q) => q.sex === sex && q.clustered));
      people.push({ ...p });
    }
  }

  // ---- identities: DOBs far apart inside each namesake group (rule 2), IDs 2+ edits apart ----
  const nidPool = new IdPool();
  const nssfPool = new IdPool();
  const groupDobs = new Map<string, string[]>();
  for (const p of people) {
    const dobs = groupDobs.get(p.canon) ?? [];
    let d = randomDob(r);
    while (dobs.some((x) => dobClose(x, d))) d = randomDob(r);
    dobs.push(d);
    groupDobs.set(p.canon, dobs);
    p.dob = d;
    p.nid = nidPool.fresh(() => String(r.int(10_000_000, 299_999_999)).padStart(9, '0'));
    p.nssf = nssfPool.fresh(() => String(r.int(1_000_000_000, 1_999_999_999)));
  }
  r.shuffle(people);

  // ---- the register ------------------------------------------------------------------------
  const regSpelling: ([string, string] | null)[] = [];
  const regMeta: RegMeta[] = [];
  const registered: RegisteredWorker[] = people.map((p, i) => {
    const fw = W.words[p.f];
    const gw = W.words[p.g];
    const zw = r.chance(RATE.reg.khZwsp);
    let nameKh = fw.kh + (zw ? ZWSP : ' ') + gw.kh;
    let kb = false;
    if (r.chance(RATE.reg.khKeyboard)) {
      const v = keyboardVariant(nameKh);
      if (v) {
        nameKh = v;
        kb = true;
      }
    }
    let nameLatin: string | null = null;
    if (!r.chance(RATE.reg.latinMissing)) {
      const sp: [string, string] = [pickSpelling(r, fw), pickSpelling(r, gw)];
      regSpelling.push(sp);
      nameLatin = `${sp[0]} ${sp[1]}`;
      if (r.chance(RATE.reg.latinUpper)) nameLatin = nameLatin.toUpperCase();
    } else regSpelling.push(null);
    const dobT = Date.parse(p.dob);
    const start = Math.max(dobT + 18 * 365.25 * DAY, Date.UTC(2012, 0, 1));
    const end = VISIT_DATE - 14 * DAY;
    const hire = start >= end ? end : start + Math.floor(r.next() * ((end - start) / DAY)) * DAY;
    regMeta.push({ latinMissing: nameLatin === null, khKeyboard: kb, khZwsp: zw, clustered: p.clustered, absent: false });
    return {
      workerId: `W${String(i + 1).padStart(6, '0')}`,
      nssfNumber: r.chance(RATE.reg.nssfMissing) ? null : p.nssf,
      nationalId: r.chance(RATE.reg.nidMissing) ? null : p.nid,
      nameKh,
      nameLatin,
      sex: r.chance(RATE.reg.sexMissing) ? null : p.sex,
      dateOfBirth: r.chance(RATE.reg.dobMissing) ? null : p.dob,
      hireDate: iso(hire),
      wageRiel: r.chance(RATE.reg.wageMissing) ? null : 836_000 + r.int(0, 350) * 1000,
    };
  });

  // ---- name rendering ------------------------------------------------------------------------
  const renderName = (f: number, g: number, src: Source, spelling: [string, string] | null, m: RowMeta): string => {
    const fw = W.words[f];
    const gw = W.words[g];
    if (r.chance(RATE.khmerScript[src])) {
      m.script = 'kh';
      let a = fw.kh;
      let b = gw.kh;
      if (r.chance(RATE.kh.orderSwap)) {
        [a, b] = [b, a];
        m.orderSwap = true;
      }
      m.zwsp = r.chance(RATE.kh.zwsp);
      let s = a + (m.zwsp ? ZWSP : ' ') + b;
      if (r.chance(RATE.kh.keyboard)) {
        const v = keyboardVariant(s);
        if (v) {
          s = v;
          m.keyboard = true;
        }
      }
      if (r.chance(RATE.kh.nfd)) {
        s = s.normalize('NFD');
        m.nfd = true;
      }
      return s;
    }
    m.script = 'lat';
    m.crossScript = spelling === null;
    const spell = (w: Word, reg: string | undefined): string => {
      if (reg === undefined) return pickSpelling(r, w);
      if (r.chance(RATE.lat.keepRegSpelling) || w.lat.length === 1) return reg;
      // another real romanization, compounds joined / spaced in the usual mix
      const others = w.lat.filter((x) => x !== reg);
      const joined = others.filter((x) => !x.includes(' '));
      const spaced = others.filter((x) => x.includes(' '));
      const group = joined.length && spaced.length ? (r.chance(RATE.spelling.joined) ? joined : spaced) : others;
      m.romDiff = true;
      return r.pick(group);
    };
    let a = spell(fw, spelling?.[0]);
    let b = spell(gw, spelling?.[1]);
    if (r.chance(RATE.lat.orderSwap)) {
      [a, b] = [b, a];
      m.orderSwap = true;
    }
    let s = `${a} ${b}`;
    const u = r.next();
    if (u < RATE.lat.upper) {
      s = s.toUpperCase();
      m.letterCase = 'upper';
    } else if (u < RATE.lat.upper + RATE.lat.lower) {
      s = s.toLowerCase();
      m.letterCase = 'lower';
    } else m.letterCase = 'title';
    if (r.chance(RATE.lat.typo)) {
      const t = typo(r, s, W.tokens);
      if (t) {
        s = t;
        m.typo = true;
      }
    }
    return s;
  };

  const newMeta = (src: Source, hidden: boolean): RowMeta => ({
    hidden, source: src, script: 'lat', crossScript: false, orderSwap: false, romDiff: false, typo: false,
    zwsp: false, keyboard: false, nfd: false, dobSwap: false, nidSlip: false, nssfSlip: false,
  });

  interface Spec {
    row: Omit<OnsiteWorker, 'id' | 'visitId' | 'sourceRow' | 'recordedAt'>;
    truth: string | null;
    meta: RowMeta;
  }
  const specs: Spec[] = [];

  // ---- present registered workers --------------------------------------------------------------
  const absent = new Set<number>();
  const nAbsent = Math.round(size * RATE.absent);
  const idx = r.shuffle(people.map((_, i) => i));
  for (let k = 0; k < nAbsent; k++) absent.add(idx[k]);
  people.forEach((p, i) => {
    if (absent.has(i)) {
      regMeta[i].absent = true;
      return;
    }
    const g = registered[i];
    const src = weighted(r, RATE.source);
    const m = newMeta(src, false);
    const name = renderName(p.f, p.g, src, regSpelling[i], m);
    let dob: string | null = null;
    if (r.chance(RATE.dobShown[src])) {
      dob = p.dob;
      const sw = dobSwap(dob);
      if (sw && r.chance(RATE.dobSwapOfSwappable)) {
        dob = sw;
        m.dobSwap = true;
      }
    }
    let nid: string | null = null;
    if (r.chance(RATE.nidShown[src])) {
      nid = p.nid;
      if (r.chance(RATE.nidSlip)) {
        nid = slipId(r, nid);
        m.nidSlip = true;
      }
    }
    let nssf: string | null = null;
    if (g.nssfNumber && r.chance(RATE.nssfShown[src])) {
      nssf = g.nssfNumber;
      if (r.chance(RATE.nssfSlip)) {
        nssf = slipId(r, nssf);
        m.nssfSlip = true;
      }
    }
    specs.push({
      row: { name, nationalId: nid, nssfNumber: nssf, sex: r.chance(RATE.sexShown[src]) ? p.sex : null, dateOfBirth: dob, source: src },
      truth: g.workerId,
      meta: m,
    });
  });

  // ---- hidden workers --------------------------------------------------------------------------
  const index = new NameIndex(registered.map((g) => g.nameKh));
  const nPresent = specs.length;
  const nHidden = Math.round((nPresent * RATE.hiddenOfRows) / (1 - RATE.hiddenOfRows));
  const clusteredIdx = people.map((p, i) => (p.clustered ? i : -1)).filter((i) => i >= 0);
  const singleIdx = people.map((p, i) => (p.clustered ? -1 : i)).filter((i) => i >= 0);
  const freshName = (): { f: number; g: number; sex: Sex } => {
    for (let t = 0; ; t++) {
      const sex: Sex = r.chance(RATE.femaleShare) ? 'F' : 'M';
      const given = sex === 'F' ? W.givenF : W.givenM;
      const f = W.family[Math.min(W.family.length - 1, Math.floor(W.family.length * r.next() ** 1.8))];
      const g = given[Math.min(given.length - 1, Math.floor(given.length * r.next() ** 1.5))];
      if (!usedCanon.has(canon(W, f, g)) || t > 500) return { f, g, sex };
    }
  };
  for (let h = 0; h < nHidden; h++) {
    // Source and which fields are shown are drawn first and kept, so hidden rows show fields at
    // the same rates as true rows. A namesake that these fields cannot tell apart from every
    // registered worker it could pass for is replaced by another namesake, then by a fresh name.
    const src = weighted(r, RATE.source);
    const showDob = r.chance(RATE.dobShown[src]);
    const showNid = r.chance(RATE.nidShown[src]);
    const showSex = r.chance(RATE.sexShown[src]);
    const wantNamesake = r.chance(RATE.hiddenNamesake);
    let chosen: Spec | null = null;
    for (let attempt = 0; !chosen; attempt++) {
      const kind: 'namesake' | 'fresh' = wantNamesake && attempt < 6 ? 'namesake' : 'fresh';
      let who: { f: number; g: number; sex: Sex };
      if (kind === 'namesake') {
        const pool = (r.chance(RATE.namesakeFromCluster) && clusteredIdx.length) || !singleIdx.length ? clusteredIdx : singleIdx;
        const t = people[r.pick(pool)];
        who = { f: t.f, g: t.g, sex: t.sex };
      } else who = freshName();
      const m = newMeta(src, true);
      m.hiddenKind = kind;
      // spelled through the same steps as a true row, from a spelling drawn the way the register's is
      const phantom: [string, string] | null = r.chance(RATE.reg.latinMissing)
        ? null
        : [pickSpelling(r, W.words[who.f]), pickSpelling(r, W.words[who.g])];
      const name = renderName(who.f, who.g, src, phantom, m);
      const cands = [...index.candidates(name, true).keys()].map((i) => registered[i]);
      let dob: string | null = null;
      if (showDob) {
        for (let t = 0; t < 60 && dob === null; t++) {
          const d = randomDob(r);
          if (!cands.some((g) => g.dateOfBirth && dobClose(g.dateOfBirth, d))) dob = d;
        }
        if (dob === null) continue;
      }
      const row = {
        name,
        // placeholder: a new ID is 2+ edits from every registered one, so it rules out any candidate with an ID
        nationalId: showNid ? '#' : null,
        nssfNumber: null,
        sex: showSex ? who.sex : null,
        dateOfBirth: dob,
        source: src,
      };
      if (!cands.every((g) => ruledOut(row, g))) continue;
      if (showNid) row.nationalId = nidPool.fresh(() => String(r.int(10_000_000, 299_999_999)).padStart(9, '0'));
      chosen = { row, truth: null, meta: m };
    }
    specs.push(chosen);
  }

  // ---- shuffle, then ids, times, sheet rows -----------------------------------------------------
  r.shuffle(specs);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2024, 4, 14, 1, 30, 0);
  let sheetRow = 0;
  for (const s of specs) {
    t += r.int(2_000, 20_000);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: s.row.name,
      nationalId: s.row.nationalId,
      nssfNumber: s.row.nssfNumber,
      sex: s.row.sex,
      dateOfBirth: s.row.dateOfBirth,
      source: s.row.source,
      sourceRow: s.row.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, s.truth);
  }
  return { roster: { registered, onsite, truth }, rowMeta: specs.map((s) => s.meta), regMeta };
}

/** One typo in one word of 4+ letters; never lands exactly on another listed spelling. */
function typo(r: Rng, s: string, tokens: Set<string>): string | null {
  const toks = s.split(' ');
  const spots = toks.map((_, i) => i).filter((i) => toks[i].length >= 4);
  if (!spots.length) return null;
  for (let tries = 0; tries < 12; tries++) {
    const i = r.pick(spots);
    const w = toks[i];
    const p = r.int(0, w.length - 1);
    const up = w[p] === w[p].toUpperCase();
    let L = 'abcdefghijklmnopqrstuvwxyz'[r.int(0, 25)];
    if (up) L = L.toUpperCase();
    let nw: string;
    switch (r.int(0, 3)) {
      case 0:
        nw = w.slice(0, p) + L + w.slice(p + 1);
        break;
      case 1:
        nw = w.slice(0, p) + L + w.slice(p);
        break;
      case 2:
        nw = w.slice(0, p) + w.slice(p + 1);
        break;
      default:
        if (p + 1 >= w.length || w[p].toLowerCase() === w[p + 1].toLowerCase()) continue;
        nw = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
    }
    if (nw.toLowerCase() === w.toLowerCase() || tokens.has(nw.toLowerCase())) continue;
    toks[i] = nw;
    return toks.join(' ');
  }
  return null;
}

export function generateSeventyEighth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ----------------------------------------------------------------------------------------------
// Self-check: npx tsx test/bench/seventyeighth.ts [size] [seed]
// ----------------------------------------------------------------------------------------------

async function selfCheck(): Promise<boolean> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const schemas = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
    return ok;
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : '0.00') + ' %';

  let t0 = performance.now();
  const { roster, rowMeta, regMeta } = build(size, seed);
  const firstMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const N = registered.length;
  const byId = new Map(registered.map((g, i) => [g.workerId, i]));

  // ---------------- shape ----------------
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const matchedIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const index = new NameIndex(registered.map((g) => g.nameKh));
  const W = index.W;
  // namesake groups of the register (rule 2): same canonical words, or same Khmer letters
  const parent = registered.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byCanon = new Map<string, number>();
  index.parsed.forEach(([f, g], i) => {
    const c = canon(W, f, g);
    const j = byCanon.get(c);
    if (j === undefined) byCanon.set(c, i);
    else parent[find(i)] = find(j);
  });
  for (const regs of index.khForms().values()) for (const i of regs) parent[find(i)] = find(regs[0]);
  const groups = new Map<number, number[]>();
  registered.forEach((_, i) => push(groups, find(i), i));
  const hist = new Map<number, number>();
  let inGroups = 0;
  let largest = 0;
  for (const g of groups.values()) {
    hist.set(g.length, (hist.get(g.length) ?? 0) + 1);
    if (g.length > 1) inGroups += g.length;
    largest = Math.max(largest, g.length);
  }
  const count = (f: (m: RowMeta) => boolean, rows = rowMeta) => rows.filter(f).length;
  const lat = rowMeta.filter((m) => m.script === 'lat');
  const kh = rowMeta.filter((m) => m.script === 'kh');
  const shown = (k: 'dateOfBirth' | 'nationalId' | 'nssfNumber' | 'sex') => onsite.filter((o) => o[k] !== null).length;
  console.log(`seventyeighth  size=${size} seed=${seed}  (${SEVENTYEIGHTH_LABEL})`);
  console.log(`register       ${N} workers; absent ${N - matchedIds.size} (${pct(N - matchedIds.size, N)})`);
  console.log(`  namesakes    ${inGroups} workers share their full name (${pct(inGroups, N)}), ${[...groups.values()].filter((g) => g.length > 1).length} groups, largest ${largest}`);
  console.log(`  group sizes  ${[...hist.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`).join(' ')}`);
  console.log(`  missing      latin ${pct(regMeta.filter((m) => m.latinMissing).length, N)}, nationalId ${pct(registered.filter((g) => !g.nationalId).length, N)}, nssf ${pct(registered.filter((g) => !g.nssfNumber).length, N)}, dob ${pct(registered.filter((g) => !g.dateOfBirth).length, N)}, sex ${pct(registered.filter((g) => !g.sex).length, N)}`);
  console.log(`  nameKh       keyboard order ${pct(regMeta.filter((m) => m.khKeyboard).length, N)}, ZWSP ${pct(regMeta.filter((m) => m.khZwsp).length, N)}`);
  console.log(`on site        ${onsite.length} rows: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)}); hidden namesakes ${count((m) => m.hiddenKind === 'namesake')}, fresh names ${count((m) => m.hiddenKind === 'fresh')}`);
  console.log(`  sources      csv ${pct(count((m) => m.source === 'csv'), onsite.length)}, manual ${pct(count((m) => m.source === 'manual'), onsite.length)}, id-card ${pct(count((m) => m.source === 'id-card'), onsite.length)}`);
  console.log(`  script       Khmer ${pct(kh.length, onsite.length)}, Latin ${pct(lat.length, onsite.length)}; Latin row vs Khmer-only register (cross-script) ${pct(count((m) => m.crossScript && !m.hidden), trueRows.length)} of true rows`);
  console.log(`  Latin rows   romanization differs ${pct(count((m) => m.romDiff, lat), lat.length)}, order swapped ${pct(count((m) => m.orderSwap, lat), lat.length)}, UPPER ${pct(count((m) => m.letterCase === 'upper', lat), lat.length)}, lower ${pct(count((m) => m.letterCase === 'lower', lat), lat.length)}, typo ${pct(count((m) => m.typo, lat), lat.length)}`);
  console.log(`  Khmer rows   ZWSP ${pct(count((m) => m.zwsp, kh), kh.length)}, keyboard order ${pct(count((m) => m.keyboard, kh), kh.length)}, NFD ${pct(count((m) => m.nfd, kh), kh.length)}, order swapped ${pct(count((m) => m.orderSwap, kh), kh.length)}`);
  console.log(`  fields shown DOB ${pct(shown('dateOfBirth'), onsite.length)}, national ID ${pct(shown('nationalId'), onsite.length)}, NSSF ${pct(shown('nssfNumber'), onsite.length)}, sex ${pct(shown('sex'), onsite.length)}`);
  console.log(`  slips        DOB day/month swapped ${pct(count((m) => m.dobSwap), shown('dateOfBirth'))} of DOBs, national ID ${pct(count((m) => m.nidSlip), shown('nationalId'))} of IDs, NSSF ${pct(count((m) => m.nssfSlip), shown('nssfNumber'))} of NSSF numbers`);
  const trueInClusters = trueRows.filter((o) => regMeta[byId.get(truth.get(o.id)!)!].clustered).length;
  console.log(`  theme        true rows whose worker has namesakes ${pct(trueInClusters, trueRows.length)}`);

  // ---------------- rule 1 and rule 5 ----------------
  let r1bad = 0;
  let undecidable = 0;
  const r1examples: string[] = [];
  for (const o of trueRows) {
    const ti = byId.get(truth.get(o.id)!)!;
    const cands = index.candidates(o.name, false);
    const tier = cands.get(ti);
    const c = tier === undefined ? null : consistent(o, registered[ti], tier);
    if (!c || !c.ok) {
      r1bad++;
      if (r1examples.length < 5) r1examples.push(`${o.name} / ${registered[ti].nameKh} ${registered[ti].nameLatin}`);
      continue;
    }
    for (const [j, tj] of cands) {
      if (j === ti) continue;
      const d = consistent(o, registered[j], tj);
      if (d.ok && d.slips <= c.slips && d.corr >= c.corr) {
        undecidable++;
        break;
      }
    }
  }
  check(r1bad === 0, `rule 1: ${r1bad} true rows are not a plausible rendering of their worker ${r1examples.join(' | ')}`);
  check(undecidable / trueRows.length < 0.04, `rule 5: undecidable ${pct(undecidable, trueRows.length)}`);

  // ---------------- rule 2 ----------------
  let r2bad = 0;
  for (const g of groups.values()) {
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        const x = registered[g[a]].dateOfBirth;
        const y = registered[g[b]].dateOfBirth;
        if (x && y && dobClose(x, y)) r2bad++;
      }
    }
  }
  const idClash = (k: 'nationalId' | 'nssfNumber') => {
    const pool = new IdPool();
    let n = 0;
    for (const g of registered) {
      const v = g[k];
      if (!v) continue;
      if (pool.clashes(v)) n++;
      pool.add(v);
    }
    return n;
  };
  const nidClash = idClash('nationalId');
  const nssfClash = idClash('nssfNumber');
  check(r2bad === 0, `rule 2: ${r2bad} namesake pairs with DOBs within a swap / one digit`);
  check(nidClash + nssfClash === 0, `rule 2: ${nidClash} national IDs / ${nssfClash} NSSF numbers within one edit of another`);

  // ---------------- rule 3 ----------------
  let r3bad = 0;
  let hNamesake = 0;
  let hNear = 0;
  let hNone = 0;
  const regNid = new IdPool();
  for (const g of registered) if (g.nationalId) regNid.add(g.nationalId);
  let hiddenIdClash = 0;
  for (const o of hiddenRows) {
    const cands = index.candidates(o.name, true);
    const tiers = [...cands.values()];
    if (tiers.includes(0)) hNamesake++;
    else if (tiers.length) hNear++;
    else hNone++;
    for (const j of cands.keys()) if (!ruledOut(o, registered[j])) r3bad++;
    if (o.nationalId && regNid.clashes(o.nationalId)) hiddenIdClash++;
  }
  check(r3bad === 0, `rule 3: ${r3bad} (hidden row, registered worker) pairs not told apart`);
  check(hiddenIdClash === 0, `rule 3: ${hiddenIdClash} hidden national IDs within one edit of a registered one`);

  // ---------------- rule 4 ----------------
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => v4.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt increases');
  let sr = 0;
  check(onsite.every((o) => (o.source === 'csv' ? o.sourceRow === ++sr : o.sourceRow === null)), 'rule 4: sourceRow follows row order');
  check(onsite.every((o) => truth.has(o.id)) && truth.size === onsite.length, 'rule 4: truth covers every row');
  check(matchedIds.size === trueRows.length && [...matchedIds].every((w) => byId.has(w)), 'rule 4: truth points at distinct registered workers');
  const zHalf = (flags: boolean[]) => {
    const h = Math.floor(flags.length / 2);
    const a = flags.slice(0, h).filter(Boolean).length / h;
    const b = flags.slice(h).filter(Boolean).length / (flags.length - h);
    const p = flags.filter(Boolean).length / flags.length;
    const se = Math.sqrt(p * (1 - p) * (1 / h + 1 / (flags.length - h))) || 1;
    return Math.abs(a - b) / se;
  };
  const zh = zHalf(onsite.map((o) => truth.get(o.id) === null));
  const za = zHalf(registered.map((g) => !matchedIds.has(g.workerId)));
  const zc = zHalf(regMeta.map((m) => m.clustered));
  // rank correlation between row order and registered order
  const xs = trueRows.map((o) => onsite.indexOf(o));
  const ys = trueRows.map((o) => byId.get(truth.get(o.id)!)!);
  const corr = (() => {
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
    return sxy / Math.sqrt(sxx * syy);
  })();
  check(zh < 4 && za < 4 && zc < 4, `rule 4: hidden / absent / namesake positions not uniform (z ${zh.toFixed(2)} ${za.toFixed(2)} ${zc.toFixed(2)})`);
  check(Math.abs(corr) < 4 / Math.sqrt(xs.length), `rule 4: row order correlates with register order (${corr.toFixed(3)})`);

  // ---------------- schemas ----------------
  const badReg = registered.filter((g) => !schemas.RegisteredWorker.safeParse(g).success).length;
  const badOn = onsite.filter((o) => !schemas.OnsiteWorker.safeParse(o).success).length;
  check(badReg + badOn === 0, `schema: ${badReg} registered / ${badOn} on-site records fail zod`);
  check(onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o) && o.visitId === VISIT_ID), 'schema: on-site rows carry no statedStartDate / wageRiel');

  // ---------------- determinism and speed ----------------
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = ser(generateSeventyEighth(size, seed)) === ser(roster);
  const other = ser(generateSeventyEighth(size, seed + 1)) !== ser(roster);
  check(same, 'determinism: same seed gives a different roster');
  check(other, 'determinism: another seed gives the same roster');
  t0 = performance.now();
  generateSeventyEighth(10000, seed + 7);
  const ms10k = performance.now() - t0;
  check(ms10k < 2000 && (size !== 10000 || firstMs < 2000), `speed: 10k took ${ms10k.toFixed(0)} ms (first run ${firstMs.toFixed(0)} ms)`);

  console.log('audit');
  console.log(`  rule 1       ${r1bad} true rows outside the variant model`);
  console.log(`  rule 2       ${r2bad} namesake DOB clashes; ${nidClash} national ID and ${nssfClash} NSSF near-duplicates`);
  console.log(`  rule 3       hidden rows: ${hNamesake} exact namesakes (${pct(hNamesake, hiddenRows.length)}), ${hNear} one edit from a registered name, ${hNone} no registered name near; ${r3bad} not ruled out; ${hiddenIdClash} ID clashes`);
  console.log(`  rule 4       z(hidden by half) ${zh.toFixed(2)}, z(absent by half) ${za.toFixed(2)}, z(namesakes by half) ${zc.toFixed(2)}, rank corr ${corr.toFixed(3)}`);
  console.log(`  rule 5       undecidable true rows ${undecidable} (${pct(undecidable, trueRows.length)})`);
  console.log(`  schema       ${badReg + badOn} failures over ${N + onsite.length} records`);
  console.log(`  determinism  same seed identical: ${same}, other seed differs: ${other}`);
  console.log(`  speed        this run ${firstMs.toFixed(0)} ms (incl. word table), 10k ${ms10k.toFixed(0)} ms`);
  for (const f of fails) console.log(`  FAIL: ${f}`);
  console.log(fails.length ? 'FAIL' : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('seventyeighth.ts')) {
  selfCheck().then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
