/**
 * `twentyeighth`: a blind, labelled benchmark roster about COMPOUND AND MULTI-PART NAMES WRITTEN
 * APART IN DIFFERENT PLACES.
 *
 * Written without reading the engine (src/domain) or any other generator. Theme: Khmer two-part given
 * names (Srey Mom, Chan Dara, Sok Kheng, Kim Heang, Mony Roth) written joined, split or hyphenated
 * differently on each list (Sreymom / Srey Mom / Srey-Mom; ស្រីមុំ / ស្រី មុំ / ស្រី​មុំ with a
 * zero-width space), three- and four-word full names (Sok Chan Dara, Chea Sophea Roth, Ly Kim Heang,
 * Chea Sok Chan Dara), Sino-Khmer names with a generation syllable (Kim, Meng, Chhun, Huy), and a
 * family name that one list writes and the other leaves out for some 3+ word names.
 *
 * ── The model ───────────────────────────────────────────────────────────────────────────────
 * A person's name is a sequence of name WORDS (twentyeighth-names.ts): 1 family word (2 for a
 * four-word name: family + a second family word), then a given name of 1 word or 2 words (a Khmer
 * compound or a Sino-Khmer generation syllable + personal syllable). Kinds: plain 2-word ~48 %,
 * Khmer compound 3-word ~33 %, Sino-Khmer 3-word ~13 %, four-word ~6 %.
 * Registered list: nameKh always, nameLatin missing ~8 %, usually upper case; for ~7 % of 3+ word
 * names the register leaves the (first) family word out of both names.
 * Registered sex and DOB always present; national ID missing ~4 %, NSSF number ~3 %, wage ~4 %.
 * On-site rows: ~5 % of registered workers are absent; hidden workers are ~6.5 % of on-site rows,
 * about half of them drawn as namesakes of a registered worker (and, with names this common, ~95 %
 * of hidden rows could pass for someone by name and are told apart by DOB, sex or national ID).
 * Sources: id-card ~15 % (Khmer name as on the card, national ID, DOB and sex), csv ~45 % (Latin
 * ~75 %), manual ~40 % (Latin ~55 %). DOB present ~93 % of true rows (day/month swapped ~7 % of
 * those where possible), national ID ~50 %, NSSF ~35 % (slips ~4 %), sex ~88 %. Hidden rows carry
 * no NSSF number.
 *
 * ── Fairness rules (audited by the self-check; a careful human reading both lists reaches the targets)
 *  1. A true on-site row carries only plausible variants of its registered worker:
 *     - the same name words, each in a listed Latin romanization or Khmer spelling, in either order
 *       (given name first or family first), any case;
 *     - THEME VARIATION: the words may be grouped differently — a two-part given name joined, split,
 *       hyphenated or split by a zero-width space; in Khmer script the whole name may be run
 *       together; ~2 % of Latin rows that can (one family word, two-part given name, family first) join
 *       the family word onto the first given part ("Sokchan Dara", "Lykim Heang").
 *       Joins and splits only ever happen between whole words, never inside a word ("Chanda Ra" never);
 *     - THEME VARIATION: for a name of 3+ words, the first family word may be written on one list and
 *       left out on the other (on-site leaves it out ~12 % of such rows; the register leaves it out
 *       for ~7 % of such workers, and then ~60 % of their on-site rows write it). An ID-card row
 *       always carries the full name from the card;
 *     - at most one typo (one edit) in one Latin word of 4+ letters, never producing another listed
 *       spelling; Khmer rows carry no typos, only encoding variants: zero-width spaces for spaces,
 *       NFC/NFD, the keyboard orders ំុ for ុំ, េ+ា for ោ, a vowel typed before the coeng+subscript
 *       and a register shifter (៉ ៊) typed after the vowel — all of which render the same;
 *     - national ID and NSSF number exact or one slip (one digit changed or two adjacent swapped), or
 *       missing; date of birth exact, day/month swapped, or missing; sex right or missing.
 *  2. Registered namesakes — two workers whom one on-site name could pass for: what one worker's rows
 *     may read as (its registered words, less its first family word, or less any family word a row
 *     in either order ends with) meets what the other's register entry is filed under (its words, or
 *     its words less the first family word), allowing one word to be one edit off — never share a
 *     date of birth and are more than a day/month swap or one digit apart. All national IDs (and all
 *     NSSF numbers) are pairwise 2+ edits apart, and a slipped number is one edit from no other.
 *  3. A hidden row either cannot pass for any registered worker by name (no reading of it, within one
 *     edit, in any order, with or without a family word, is a registered name), or is ruled out from
 *     every registered worker it could pass for by a field present on BOTH sides: sex differs, DOB
 *     more than a swap / one digit apart, or national IDs 2+ edits apart.
 *  4. Nothing leaks the truth: on-site rows are shuffled, ids are v4 UUIDs from the seeded PRNG drawn
 *     in row order, recordedAt increases in row order, csv sourceRow counts up in row order,
 *     registered rows are shuffled before their workerIds are assigned.
 *  5. Undecidable true rows (another registered worker, at as close a name reading, that no field
 *     present on both sides tells apart) stay under 4 %.
 *
 * The audit reads names back from the strings only (a dictionary reading over the listed spellings
 * with the Khmer encoding variants undone), never from the generator's own records.
 *
 * Self-check: npx tsx test/bench/twentyeighth.ts 10000 1
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN_COMPOUND, GIVEN_SINGLE, GIVEN_SINO, SINO_FAMILY, WORDS, type NameSex } from './twentyeighth-names';

export const TWENTYEIGHTH_LABEL =
  'compound & multi-part names written apart: Srey Mom/Sreymom/ស្រី មុំ, 3-4 word names, Sino-Khmer generation syllables, family name on one list only';

// ═════════════════════════════════════════════════════════════════════════════════════════════
// Lexicon: name words, their spellings, and a reader that maps a written name back to words.
// ═════════════════════════════════════════════════════════════════════════════════════════════

const ZWSP = '\u200B';

/** Undo the Khmer encoding variants that render the same (what a human reader sees). */
function normKh(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u200B/g, ' ')
    .replace(/\u17C6\u17BB/g, '\u17BB\u17C6')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17B3])/g, '$2$1');
}

function isKhmer(s: string): boolean {
  return /[\u1780-\u17FF]/.test(s);
}

/** Optimal-string-alignment distance (edits: insert, delete, substitute, swap two neighbours). */
function osa(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 2) return 3;
  const d: number[][] = [];
  for (let i = 0; i <= n; i++) {
    d.push(new Array<number>(m + 1).fill(0));
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

function deletes1(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

interface ScriptDict {
  exact: Map<string, number>;
  /** variant (a spelling or a spelling with one character deleted) → spellings. */
  del: Map<string, string[]>;
  maxLen: number;
  fuzzyCache: Map<string, Array<{ id: number; len: number }>>;
}

interface Lexicon {
  keys: string[];
  id: Map<string, number>;
  kh: string[][];
  lat: string[][];
  isFamily: Uint8Array;
  /** words with a spelling one edit from a spelling of this word (same script). */
  confusableList: number[][];
  latD: ScriptDict;
  khD: ScriptDict;
}

let LEX: Lexicon | null = null;

function buildDict(entries: Array<[string, number]>): ScriptDict {
  const exact = new Map<string, number>();
  const del = new Map<string, string[]>();
  let maxLen = 0;
  for (const [s, id] of entries) {
    const prev = exact.get(s);
    if (prev !== undefined && prev !== id) throw new Error(`twentyeighth-names: spelling ${s} belongs to two words`);
    exact.set(s, id);
    maxLen = Math.max(maxLen, s.length);
    for (const v of [s, ...deletes1(s)]) {
      const l = del.get(v);
      if (l) {
        if (!l.includes(s)) l.push(s);
      } else del.set(v, [s]);
    }
  }
  return { exact, del, maxLen, fuzzyCache: new Map() };
}

/** Listed spellings one edit (not zero) from s, with their word ids. */
function fuzzy(d: ScriptDict, s: string): Array<{ id: number; len: number }> {
  const hit = d.fuzzyCache.get(s);
  if (hit) return hit;
  const cands = new Set<string>();
  for (const v of [s, ...deletes1(s)]) for (const w of d.del.get(v) ?? []) cands.add(w);
  const best = new Map<number, number>();
  for (const w of cands) {
    if (w === s || osa(w, s) !== 1) continue;
    const id = d.exact.get(w)!;
    best.set(id, Math.max(best.get(id) ?? 0, w.length));
  }
  const out = [...best].map(([id, len]) => ({ id, len }));
  d.fuzzyCache.set(s, out);
  return out;
}

function lexicon(): Lexicon {
  if (LEX) return LEX;
  const keys = Object.keys(WORDS);
  const id = new Map(keys.map((k, i) => [k, i]));
  const kh = keys.map((k) => [...WORDS[k].kh]);
  const lat = keys.map((k) => WORDS[k].lat.map((s) => s.toLowerCase()));
  for (const k of keys) {
    for (const s of WORDS[k].kh) if (normKh(s) !== s || /\s/.test(s)) throw new Error(`twentyeighth-names: ${k} Khmer spelling not canonical`);
    for (const s of WORDS[k].lat) if (!/^[A-Za-z]+$/.test(s)) throw new Error(`twentyeighth-names: ${k} Latin spelling ${s}`);
  }
  const isFamily = new Uint8Array(keys.length);
  for (const f of FAMILY) isFamily[id.get(f)!] = 1;
  for (const f of SINO_FAMILY) if (!isFamily[id.get(f)!]) throw new Error(`twentyeighth-names: ${f} not in FAMILY`);
  const latD = buildDict(lat.flatMap((ss, i) => ss.map((s) => [s, i] as [string, number])));
  const khD = buildDict(kh.flatMap((ss, i) => ss.map((s) => [s, i] as [string, number])));
  const conf = keys.map(() => new Set<number>());
  for (const [d, all] of [[latD, lat], [khD, kh]] as const) {
    all.forEach((ss, a) => {
      for (const s of ss) for (const f of fuzzy(d, s)) if (f.id !== a) (conf[a].add(f.id), conf[f.id].add(a));
    });
  }
  const confusableList = conf.map((c) => [...c].sort((a, b) => a - b));
  for (const list of [GIVEN_SINGLE.map((g) => g.w), GIVEN_COMPOUND.flatMap((g) => g.parts), GIVEN_SINO.flatMap((g) => g.parts)])
    for (const w of list) if (!id.has(w)) throw new Error(`twentyeighth-names: unknown word ${w}`);
  LEX = { keys, id, kh, lat, isFamily, confusableList, latD, khD };
  return LEX;
}

interface Reading {
  /** word ids in written order */
  ids: number[];
  /** edits used (0 or 1) */
  edits: number;
  /** length of the listed spelling the one edit was made on (0 if none) */
  fl: number;
}

const MAX_READINGS = 96;

const segCache = new Map<string, Reading[]>();

/** Readings of one space-free token (cached; do not mutate). */
function segment(tok: string, d: ScriptDict, budget: number): Reading[] {
  const ck = budget + tok;
  let hit = segCache.get(ck);
  if (!hit) {
    if (segCache.size > 200_000) segCache.clear();
    hit = segmentUncached(tok, d, budget);
    segCache.set(ck, hit);
  }
  return hit;
}

function segmentUncached(tok: string, d: ScriptDict, budget: number): Reading[] {
  const memo = new Map<number, Reading[]>();
  const go = (i: number, b: number): Reading[] => {
    if (i === tok.length) return [{ ids: [], edits: 0, fl: 0 }];
    const mk = i * 4 + b;
    const hit = memo.get(mk);
    if (hit) return hit;
    const out: Reading[] = [];
    const top = Math.min(tok.length, i + d.maxLen + b);
    for (let j = i + 1; j <= top && out.length < MAX_READINGS; j++) {
      const s = tok.slice(i, j);
      const ex = j - i <= d.maxLen ? d.exact.get(s) : undefined;
      if (ex !== undefined) for (const r of go(j, b)) out.push({ ids: [ex, ...r.ids], edits: r.edits, fl: r.fl });
      if (b > 0) {
        const fz = fuzzy(d, s);
        if (fz.length) {
          const rest = go(j, b - 1);
          for (const f of fz) for (const r of rest) out.push({ ids: [f.id, ...r.ids], edits: r.edits + 1, fl: f.len });
        }
      }
    }
    memo.set(mk, out);
    return out;
  };
  return go(0, budget);
}

const readCache = new Map<string, Reading[]>();

/** Drop the reading caches (the lexicon stays), so a timing starts cold. */
function clearCaches() {
  readCache.clear();
  segCache.clear();
  formsCache.clear();
  NamesakeIndex.clear();
  for (const d of [lexicon().latD, lexicon().khD]) d.fuzzyCache.clear();
}

/** Every reading of a written name as name words, with at most maxEdits edits in all (do not mutate). */
function readName(name: string, maxEdits: number): Reading[] {
  const ck = maxEdits + name;
  const hit = readCache.get(ck);
  if (hit) return hit;
  if (readCache.size > 200_000) readCache.clear();
  const out = readNameUncached(name, maxEdits);
  readCache.set(ck, out);
  return out;
}

function readNameUncached(name: string, maxEdits: number): Reading[] {
  const L = lexicon();
  const kh = isKhmer(name);
  const d = kh ? L.khD : L.latD;
  const s = kh ? normKh(name) : name.normalize('NFC').toLowerCase();
  const toks = s.split(kh ? /[\s\u200B]+/ : /[\s\-\u200B]+/).filter((t) => t.length > 0);
  if (!toks.length) return [];
  let acc: Reading[] = [{ ids: [], edits: 0, fl: 0 }];
  for (const t of toks) {
    const segs = segment(t, d, maxEdits);
    const next: Reading[] = [];
    for (const a of acc)
      for (const g of segs) {
        const e = a.edits + g.edits;
        if (e > maxEdits) continue;
        next.push({ ids: [...a.ids, ...g.ids], edits: e, fl: Math.max(a.fl, g.fl) });
        if (next.length >= MAX_READINGS * 4) break;
      }
    acc = next;
    if (!acc.length) return [];
  }
  const seen = new Set<string>();
  return acc.filter((r) => {
    const k = r.ids.join(',') + '/' + r.edits + '/' + r.fl;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const keyOf = (ids: readonly number[]) => [...ids].sort((a, b) => a - b).join(',');

/** A registered name's keys: F its words, G its words without the first family word (3+ words). */
function regForms(ids: number[]): { F: string; G: string | null } {
  const L = lexicon();
  return { F: keyOf(ids), G: ids.length >= 3 && L.isFamily[ids[0]] ? keyOf(ids.slice(1)) : null };
}

/** Keys of an on-site reading without the family word at one end (3+ words): the register wrote it, the row left it out. */
function rowDropped(ids: number[]): string[] {
  const L = lexicon();
  const out: string[] = [];
  if (ids.length >= 3) {
    if (L.isFamily[ids[0]]) out.push(keyOf(ids.slice(1)));
    if (L.isFamily[ids[ids.length - 1]]) out.push(keyOf(ids.slice(0, -1)));
  }
  return out;
}

/**
 * Could an on-site reading pass for a registered reading by name? Same words (any order); or the
 * row leaves out the first family word the register writes (row = G); or the register leaves out
 * a family word the row writes at one end (row minus that word = F).
 */
function passesFor(rowIds: number[], regIds: number[]): boolean {
  const { F, G } = regForms(regIds);
  const x = keyOf(rowIds);
  return x === F || x === G || rowDropped(rowIds).includes(F);
}

/** Index of registered workers by F and G keys. */
class RegIndex {
  private F = new Map<string, number[]>();
  private G = new Map<string, number[]>();
  private static put(m: Map<string, number[]>, k: string, i: number) {
    const l = m.get(k);
    if (l) {
      if (l[l.length - 1] !== i) l.push(i);
    } else m.set(k, [i]);
  }
  add(i: number, readings: Reading[]) {
    for (const x of readings) {
      const { F, G } = regForms(x.ids);
      RegIndex.put(this.F, F, i);
      if (G) RegIndex.put(this.G, G, i);
    }
  }
  /** registered indices a written name could pass for → fewest edits needed. */
  lookup(name: string, maxEdits: number): Map<number, number> {
    const out = new Map<number, number>();
    const hit = (i: number, e: number) => out.set(i, Math.min(out.get(i) ?? 9, e));
    for (const r of readName(name, maxEdits)) {
      const x = keyOf(r.ids);
      for (const i of this.F.get(x) ?? []) hit(i, r.edits);
      for (const i of this.G.get(x) ?? []) hit(i, r.edits);
      for (const k of rowDropped(r.ids)) for (const i of this.F.get(k) ?? []) hit(i, r.edits);
    }
    return out;
  }
}

function minusAnyFamily(k: number[]): number[][] {
  const L = lexicon();
  const out: number[][] = [];
  if (k.length >= 3)
    for (let i = 0; i < k.length; i++) if (L.isFamily[k[i]] && (i === 0 || k[i] !== k[i - 1])) out.push([...k.slice(0, i), ...k.slice(i + 1)]);
  return out;
}

interface Forms {
  T: number[][];
  S: number[][];
}

/**
 * Rule 2's namesake forms of a registered worker: T = what the register files (F, G); S = what one of
 * the worker's rows may read as (T, and T less any family word, since a row in either order may drop
 * a family word at its end). Two workers are namesakes if one's S meets the other's T, allowing one
 * word of the meeting key to be one edit from the other (confusable words).
 */
const formsCache = new Map<string, Forms>();

function namesakeForms(readings: Reading[]): Forms {
  const ck = readings.map((x) => x.ids.join(',')).join('|');
  let hit = formsCache.get(ck);
  if (!hit) {
    if (formsCache.size > 100_000) formsCache.clear();
    hit = namesakeFormsUncached(readings);
    formsCache.set(ck, hit);
  }
  return hit;
}

function namesakeFormsUncached(readings: Reading[]): Forms {
  const T = new Map<string, number[]>();
  const S = new Map<string, number[]>();
  for (const x of readings) {
    const full = [...x.ids].sort((a, b) => a - b);
    const ts = [full];
    const g = regForms(x.ids).G;
    if (g) ts.push(g.split(',').map(Number));
    for (const t of ts) {
      T.set(t.join(','), t);
      S.set(t.join(','), t);
      for (const m of minusAnyFamily(t)) S.set(m.join(','), m);
    }
  }
  return { T: [...T.values()], S: [...S.values()] };
}

class NamesakeIndex {
  private eT = new Map<string, number[]>();
  private eS = new Map<string, number[]>();
  /** key → itself and every key with one word swapped for a confusable one */
  private static around = new Map<string, string[]>();
  static clear() {
    NamesakeIndex.around.clear();
  }
  private static neighbourKeys(k: number[]): string[] {
    const ks = k.join(',');
    const hit = NamesakeIndex.around.get(ks);
    if (hit) return hit;
    const L = lexicon();
    const out = [ks];
    for (let j = 0; j < k.length; j++) {
      if (j > 0 && k[j] === k[j - 1]) continue;
      for (const c of L.confusableList[k[j]]) {
        // k is sorted: drop k[j], put c in its place in order
        const parts: number[] = [];
        let put = false;
        for (let i = 0; i < k.length; i++) {
          if (i === j) continue;
          if (!put && c < k[i]) (parts.push(c), (put = true));
          parts.push(k[i]);
        }
        if (!put) parts.push(c);
        out.push(parts.join(','));
      }
    }
    NamesakeIndex.around.set(ks, out);
    return out;
  }
  private mark = new Int32Array(0);
  private stamp = 0;
  private probe(out: number[], keys: number[][], e: Map<string, number[]>) {
    const { mark, stamp } = this;
    for (const k of keys)
      for (const nk of NamesakeIndex.neighbourKeys(k)) {
        const hit = e.get(nk);
        if (hit)
          for (const i of hit)
            if (mark[i] !== stamp) {
              mark[i] = stamp;
              out.push(i);
            }
      }
  }
  /** Workers already added that are namesakes of one with these forms (each once). */
  near(f: Forms): number[] {
    const out: number[] = [];
    this.stamp++;
    this.probe(out, f.S, this.eT);
    this.probe(out, f.T, this.eS);
    return out;
  }
  private static put(i: number, keys: number[][], e: Map<string, number[]>) {
    for (const k of keys) {
      const ks = k.join(',');
      const l = e.get(ks);
      if (l) l.push(i);
      else e.set(ks, [i]);
    }
  }
  add(i: number, f: Forms) {
    if (i >= this.mark.length) {
      const m = new Int32Array(Math.max(1024, 2 * (i + 1)));
      m.set(this.mark);
      this.mark = m;
    }
    NamesakeIndex.put(i, f.T, this.eT);
    NamesakeIndex.put(i, f.S, this.eS);
  }
}

// ═════════════════════════════════════════════════════════════════════════════════════════════
// Small field helpers: dates and ID numbers.
// ═════════════════════════════════════════════════════════════════════════════════════════════

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

/** The date with day and month swapped, if that is a date and a different one. */
function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (+dd > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}

const dobNum = (d: string) => +d.slice(0, 4) * 10000 + +d.slice(5, 7) * 100 + +d.slice(8, 10);

/** Same date, day/month swap, or one digit apart (dates as YYYYMMDD numbers). */
function dobCloseN(a: number, b: number): boolean {
  if (a === b) return true;
  if (Math.floor(a / 10000) === Math.floor(b / 10000) && a % 100 === Math.floor(b / 100) % 100 && b % 100 === Math.floor(a / 100) % 100) return true;
  let diff = 0;
  for (let i = 0; i < 8; i++) {
    if (a % 10 !== b % 10 && ++diff > 1) return false;
    a = (a - (a % 10)) / 10;
    b = (b - (b % 10)) / 10;
  }
  return diff === 1;
}

/** Same date, day/month swap, or one digit apart: a human could not tell them apart. */
function dobClose(a: string, b: string): boolean {
  return dobCloseN(dobNum(a), dobNum(b));
}

/** Same length and one digit changed or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diffs: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
  if (diffs.length === 1) return true;
  return diffs.length === 2 && diffs[1] === diffs[0] + 1 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
}

function idNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

/** Numbers pairwise 2+ edits apart, and one-slip variants that come near no other number. */
class IdPool {
  /** issued numbers, as integers (leading zeros dropped) */
  private used = new Set<number>();
  /** (position, the number with that digit blanked): numbers one substitution apart share one */
  private masked = new Set<number>();
  private pow: number[] = [];
  constructor(private len: number, private lead: string) {
    for (let i = 0, p = 1; i < len; i++, p *= 10) this.pow.push(p);
  }
  /** Is any issued number other than `except` equal to v or one slip from it? */
  private crowded(v: number, except: number): boolean {
    const { used, pow } = this;
    if (v !== except && used.has(v)) return true;
    for (let i = 0; i < this.len; i++) {
      const di = Math.floor(v / pow[i]) % 10;
      for (let d = 0; d <= 9; d++) {
        if (d === di) continue;
        const n = v + (d - di) * pow[i];
        if (n !== except && used.has(n)) return true;
      }
      if (i + 1 < this.len) {
        const dj = Math.floor(v / pow[i + 1]) % 10;
        if (dj !== di) {
          const n = v + (dj - di) * pow[i] + (di - dj) * pow[i + 1];
          if (n !== except && used.has(n)) return true;
        }
      }
    }
    return false;
  }
  private str(v: number): string {
    return String(v).padStart(this.len, '0');
  }
  fresh(r: Rng): string {
    for (;;) {
      let s = this.lead[Math.floor(r.next() * this.lead.length)];
      while (s.length < this.len) s += String(Math.floor(r.next() * 10));
      const v = +s;
      if (this.used.has(v)) continue;
      const { pow } = this;
      const keys: number[] = [];
      let near = false;
      for (let i = 0; i < this.len && !near; i++) {
        const di = Math.floor(v / pow[i]) % 10;
        const k = i * 1e11 + (v - di * pow[i]);
        if (this.masked.has(k)) near = true;
        keys.push(k);
        if (i + 1 < this.len) {
          const dj = Math.floor(v / pow[i + 1]) % 10;
          if (dj !== di && this.used.has(v + (dj - di) * pow[i] + (di - dj) * pow[i + 1])) near = true;
        }
      }
      if (near) continue;
      this.used.add(v);
      for (const k of keys) this.masked.add(k);
      return s;
    }
  }
  slip(r: Rng, s: string): string {
    for (let tries = 0; tries < 50; tries++) {
      const i = r.int(1, s.length - 1);
      let v: string;
      if (r.chance(0.5) && i + 1 < s.length && s[i] !== s[i + 1]) v = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
      else v = s.slice(0, i) + String((+s[i] + r.int(1, 9)) % 10) + s.slice(i + 1);
      if (v === s || this.crowded(+v, +s)) continue;
      return this.str(+v);
    }
    return s;
  }
}

function uuid(r: Rng): string {
  const h = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) {
    let v = Math.floor(r.next() * 16);
    if (i === 12) v = 4;
    if (i === 16) v = 8 + (v & 3);
    s += h[v];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
}

// ═════════════════════════════════════════════════════════════════════════════════════════════
// People and how each list writes their names.
// ═════════════════════════════════════════════════════════════════════════════════════════════

type Kind = 'plain' | 'compound' | 'sino' | 'four';

interface Person {
  /** word ids: family word(s), then given word(s) */
  fam: number[];
  given: number[];
  kind: Kind;
  nameSex: NameSex;
  sex: 'M' | 'F';
  /** the register leaves the first family word out */
  regOmit: boolean;
  dob: string;
  nid: string;
  nssf: string;
  regNid: string | null;
  regNssf: string | null;
  hire: string;
  wage: number | null;
  regKh: string;
  regLat: string | null;
  /** how the register grouped the given name in Latin / Khmer */
  regLatMode: string;
  regKhMode: string;
}

function makeName(r: Rng, sex: 'M' | 'F'): { fam: number[]; given: number[]; kind: Kind; nameSex: NameSex } {
  const L = lexicon();
  const I = (k: string) => L.id.get(k)!;
  const ok = (s: NameSex) => s === 'U' || s === sex;
  const u = r.next();
  const kind: Kind = u < 0.48 ? 'plain' : u < 0.81 ? 'compound' : u < 0.94 ? 'sino' : 'four';
  for (;;) {
    if (kind === 'plain') {
      const g = r.pickSkewed(GIVEN_SINGLE, 1.25);
      if (!ok(g.sex)) continue;
      const f = I(r.pickSkewed(FAMILY, 1.8));
      if (f === I(g.w)) continue;
      return { fam: [f], given: [I(g.w)], kind, nameSex: g.sex };
    }
    if (kind === 'sino') {
      const g = r.pick(GIVEN_SINO);
      if (!ok(g.sex)) continue;
      const f = I(r.pickSkewed(SINO_FAMILY, 1.5));
      const given = g.parts.map(I);
      if (given.includes(f)) continue;
      return { fam: [f], given, kind, nameSex: g.sex };
    }
    const g = r.pickSkewed(GIVEN_COMPOUND, 1.2);
    if (!ok(g.sex)) continue;
    const given = g.parts.map(I);
    const f = I(r.pickSkewed(FAMILY, 1.8));
    if (given.includes(f)) continue;
    if (kind === 'compound') return { fam: [f], given, kind, nameSex: g.sex };
    const m = I(r.pickSkewed(FAMILY, 1.6));
    if (m === f || given.includes(m)) continue;
    return { fam: [f, m], given, kind, nameSex: g.sex };
  }
}

function latSpell(r: Rng, id: number, pPrimary: number): string {
  const ss = lexicon().lat[id];
  if (ss.length === 1 || r.chance(pPrimary)) return ss[0];
  return ss[1 + Math.floor(r.next() * (ss.length - 1))];
}

function khSpell(r: Rng, id: number, pPrimary: number): string {
  const ss = lexicon().kh[id];
  if (ss.length === 1 || r.chance(pPrimary)) return ss[0];
  return ss[1 + Math.floor(r.next() * (ss.length - 1))];
}

function titleCase(s: string): string {
  return s.replace(/[a-z]+/g, (w) => w[0].toUpperCase() + w.slice(1));
}

type CaseMode = 'upper' | 'title' | 'lower';
function applyCase(s: string, c: CaseMode): string {
  return c === 'upper' ? s.toUpperCase() : c === 'lower' ? s : titleCase(s);
}

const LETTERS = 'abcdeghiklmnoprstuvy';

/** One edit in one word of 4+ letters, never landing on a listed spelling. */
function typo(r: Rng, w: string): string | null {
  const L = lexicon();
  for (let tries = 0; tries < 20; tries++) {
    const op = r.int(0, 3);
    const i = r.int(1, w.length - 1);
    let v: string;
    if (op === 0) v = w.slice(0, i) + LETTERS[r.int(0, LETTERS.length - 1)] + w.slice(i + 1);
    else if (op === 1) v = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) v = w.slice(0, i) + LETTERS[r.int(0, LETTERS.length - 1)] + w.slice(i);
    else {
      if (i + 1 >= w.length || w[i] === w[i + 1]) continue;
      v = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    }
    if (v === w || L.latD.exact.has(v) || osa(v, w) !== 1) continue;
    return v;
  }
  return null;
}

interface Stats {
  [k: string]: number;
}
const bump = (s: Stats, k: string, by = 1) => (s[k] = (s[k] ?? 0) + by);

/** Khmer keyboard/encoding variants that render the same; `rates` scales how often. */
function khVariants(r: Rng, s: string, scale: number, st: Stats | null): string {
  let out = s;
  if (/\u17BB\u17C6/.test(out) && r.chance(0.4 * scale)) {
    out = out.replace(/\u17BB\u17C6/g, '\u17C6\u17BB');
    if (st) bump(st, 'kh.nikahitOrder');
  }
  if (/\u17C4/.test(out) && r.chance(0.3 * scale)) {
    out = out.replace(/\u17C4/g, '\u17C1\u17B6');
    if (st) bump(st, 'kh.splitVowelO');
  }
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(out) && r.chance(0.25 * scale)) {
    out = out.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
    if (st) bump(st, 'kh.shifterAfterVowel');
  }
  if (/\u17D2[\u1780-\u17B3][\u17B6-\u17C5]/.test(out) && r.chance(0.2 * scale)) {
    out = out.replace(/(\u17D2[\u1780-\u17B3])([\u17B6-\u17C5])/g, '$2$1');
    if (st) bump(st, 'kh.vowelBeforeCoeng');
  }
  if (r.chance(0.1 * scale)) {
    out = out.normalize('NFD');
    if (st) bump(st, 'kh.nfd');
  }
  return out;
}

type GroupMode = 'join' | 'space' | 'hyphen' | 'zwsp';

interface RenderOpts {
  script: 'kh' | 'lat';
  swap: boolean;
  /** leave the first family word out */
  omitFirstFamily: boolean;
  mode: GroupMode;
  /** Latin: family joined onto the first given part, given parts apart ("Sokchan Dara"). */
  regroup: boolean;
  /** Khmer: no space between family and given name */
  khRunTogether: boolean;
  caseMode: CaseMode;
  typo: boolean;
  pPrimary: number;
}

function renderName(r: Rng, p: { fam: number[]; given: number[] }, o: RenderOpts, st: Stats | null): string {
  const fam = o.omitFirstFamily ? p.fam.slice(1) : p.fam;
  if (o.script === 'lat') {
    const famW = fam.map((id) => latSpell(r, id, o.pPrimary));
    const givW = p.given.map((id) => latSpell(r, id, o.pPrimary));
    if (o.typo) {
      const slots: Array<[string[], number]> = [];
      famW.forEach((w, i) => w.length >= 4 && slots.push([famW, i]));
      givW.forEach((w, i) => w.length >= 4 && slots.push([givW, i]));
      if (slots.length) {
        const [arr, i] = r.pick(slots);
        const t = typo(r, arr[i]);
        if (t) {
          arr[i] = t;
          if (st) bump(st, 'lat.typo');
        }
      }
    }
    const sep = o.mode === 'join' ? '' : o.mode === 'hyphen' ? '-' : ' ';
    let s: string;
    if (o.regroup && famW.length === 1 && givW.length === 2 && !o.swap) s = `${famW[0]}${givW[0]} ${givW[1]}`;
    else {
      const g = givW.join(sep);
      s = (o.swap ? [g, ...famW] : [...famW, g]).filter(Boolean).join(' ');
    }
    return applyCase(s, o.caseMode);
  }
  const famW = fam.map((id) => khSpell(r, id, o.pPrimary));
  const givW = p.given.map((id) => khSpell(r, id, o.pPrimary));
  const sep = o.mode === 'join' ? '' : o.mode === 'zwsp' ? ZWSP : ' ';
  const g = givW.join(sep);
  const groups = o.swap ? [g, ...famW] : [...famW, g];
  return groups.join(o.khRunTogether ? '' : ' ');
}

// ═════════════════════════════════════════════════════════════════════════════════════════════
// The generator.
// ═════════════════════════════════════════════════════════════════════════════════════════════

const ABSENT = 0.05;
const HIDDEN_SHARE = 0.065;
const VISIT_ID = 'visit-twentyeighth';

interface Row {
  w: OnsiteWorker;
  truth: number | null;
}

export function generateTwentyeighth(size: number, seed: number): Roster {
  return generateWithStats(size, seed).roster;
}

function generateWithStats(size: number, seed: number): { roster: Roster; stats: Stats } {
  const r = rng(seed * 7919 + 28);
  const st: Stats = {};
  const nidPool = new IdPool(9, '0012');
  const nssfPool = new IdPool(10, '123456789');

  // ── registered people ────────────────────────────────────────────────────────────────────
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.62) ? 'F' : 'M';
    const nm = makeName(r, sex);
    bump(st, `kind.${nm.kind}`);
    const regOmit = nm.fam.length + nm.given.length >= 3 && r.chance(0.07);
    const regParts = { fam: regOmit ? nm.fam.slice(1) : nm.fam, given: nm.given };
    const regKhMode: GroupMode = r.chance(0.75) ? 'join' : 'space';
    let regKh = renderName(r, regParts, {
      script: 'kh', swap: false, omitFirstFamily: false, mode: regKhMode, regroup: false, khRunTogether: false,
      caseMode: 'title', typo: false, pPrimary: 0.85,
    }, null);
    if (r.chance(0.04)) regKh = regKh.replace(/ /g, ZWSP);
    regKh = khVariants(r, regKh, 0.3, null);
    const u = r.next();
    const regLatMode: GroupMode = u < 0.55 ? 'join' : u < 0.9 ? 'space' : 'hyphen';
    const regLat = r.chance(0.08)
      ? null
      : renderName(r, regParts, {
          script: 'lat', swap: false, omitFirstFamily: false, mode: regLatMode, regroup: false, khRunTogether: false,
          caseMode: r.chance(0.8) ? 'upper' : 'title', typo: false, pPrimary: 0.7,
        }, null);
    const nid = nidPool.fresh(r);
    const nssf = nssfPool.fresh(r);
    people.push({
      ...nm, sex, regOmit, dob: '', nid, nssf,
      regNid: r.chance(0.04) ? null : nid,
      regNssf: r.chance(0.03) ? null : nssf,
      hire: '', wage: r.chance(0.04) ? null : r.int(760, 2400) * 1000,
      regKh, regLat, regLatMode: regLat ? regLatMode : 'none', regKhMode,
    });
    if (regOmit) bump(st, 'reg.familyOmitted');
    if (!regLat) bump(st, 'reg.noLatin');
  }

  // ── dates of birth: rule 2, namesakes never within a swap or one digit ────────────────────
  const readReg = (p: { regKh: string; regLat: string | null }) => {
    return p.regLat ? [...readName(p.regKh, 0), ...readName(p.regLat, 0)] : readName(p.regKh, 0);
  };
  const regReadings = people.map(readReg);
  const nsIdx = new NamesakeIndex();
  let maxNear = 0;
  const dobN = new Array<number>(size).fill(0);
  const farFrom = (near: number[], d: number) => {
    for (const j of near) if (dobCloseN(dobN[j], d)) return false;
    return true;
  };
  people.forEach((p, i) => {
    const cl = namesakeForms(regReadings[i]);
    const near = nsIdx.near(cl);
    maxNear = Math.max(maxNear, near.length);
    for (let t = 0; ; t++) {
      const d = randomDate(r, 1968, 2006);
      if (t > 500 || farFrom(near, dobNum(d))) {
        p.dob = d;
        dobN[i] = dobNum(d);
        break;
      }
    }
    const by = +p.dob.slice(0, 4);
    for (;;) {
      const h = randomDate(r, Math.max(2008, by + 18), 2025);
      if (h <= '2025-06-30' && h > `${by + 18}${p.dob.slice(4)}`) {
        p.hire = h;
        break;
      }
    }
    nsIdx.add(i, cl);
  });
  st['reg.maxNamesakeCluster'] = maxNear;

  // ── registered list: shuffled, then ids assigned ─────────────────────────────────────────
  const order = r.shuffle(people.map((_, i) => i));
  const workerId = new Array<string>(size);
  const registered: RegisteredWorker[] = order.map((pi, k) => {
    const p = people[pi];
    workerId[pi] = `W28-${pad(k + 1, 6)}`;
    return {
      workerId: workerId[pi], nssfNumber: p.regNssf, nationalId: p.regNid, nameKh: p.regKh, nameLatin: p.regLat,
      sex: p.sex, dateOfBirth: p.dob, hireDate: p.hire, wageRiel: p.wage,
    };
  });
  const regIdx = new RegIndex();
  people.forEach((_, i) => regIdx.add(i, regReadings[i]));

  // ── on-site rows ─────────────────────────────────────────────────────────────────────────
  const rows: Row[] = [];
  const pickSource = (): OnsiteWorker['source'] => {
    const u = r.next();
    return u < 0.15 ? 'id-card' : u < 0.6 ? 'csv' : 'manual';
  };
  const rates = {
    'id-card': { kh: 1, nid: 1, nssf: 0.1, dob: 1, sex: 1 },
    csv: { kh: 0.25, nid: 0.45, nssf: 0.5, dob: 0.95, sex: 0.9 },
    manual: { kh: 0.45, nid: 0.4, nssf: 0.3, dob: 0.9, sex: 0.85 },
  } as const;

  const renderRow = (p: { fam: number[]; given: number[] }, source: OnsiteWorker['source'], famRule: 'card' | 'written' | 'omitted' | 'maybe') => {
    const script: 'kh' | 'lat' = r.chance(rates[source].kh) ? 'kh' : 'lat';
    const nWords = p.fam.length + p.given.length;
    const omit = famRule === 'omitted' || (famRule === 'maybe' && nWords >= 3 && r.chance(0.12));
    // In the other order a four-word name keeps its family words together after the given name; a
    // row never both moves them and leaves one out or writes back one the register left out.
    const swap = source !== 'id-card' && !(p.fam.length === 2 && (omit || famRule === 'written')) && r.chance(0.08);
    const u = r.next();
    let mode: GroupMode;
    if (script === 'lat') mode = u < 0.45 ? 'join' : u < 0.9 ? 'space' : 'hyphen';
    else mode = u < 0.6 ? 'join' : u < 0.92 ? 'space' : 'zwsp';
    const cu = r.next();
    const o: RenderOpts = {
      script, swap, omitFirstFamily: omit, mode,
      regroup: script === 'lat' && !omit && !swap && p.fam.length === 1 && p.given.length === 2 && r.chance(0.02),
      khRunTogether: script === 'kh' && r.chance(0.04),
      caseMode: cu < 0.35 ? 'upper' : cu < 0.9 ? 'title' : 'lower',
      typo: script === 'lat' && r.chance(0.03),
      pPrimary: script === 'lat' ? 0.55 : 0.85,
    };
    let name = renderName(r, p, o, st);
    bump(st, `row.script.${script}`);
    if (p.given.length === 2) bump(st, `row.givenMode.${mode}`);
    if (o.regroup) bump(st, 'row.lat.regroup');
    if (o.khRunTogether) bump(st, 'row.kh.runTogether');
    if (swap) bump(st, 'row.swap');
    if (omit) bump(st, 'row.familyOmitted');
    if (script === 'lat') bump(st, `row.case.${o.caseMode}`);
    if (script === 'kh') {
      if (r.chance(0.15)) {
        name = name.replace(/ /g, ZWSP);
        bump(st, 'kh.zwspForSpace');
      }
      name = khVariants(r, name, source === 'id-card' ? 0.5 : 1, st);
    }
    return { name, script, mode };
  };

  for (let i = 0; i < size; i++) {
    const p = people[i];
    if (r.chance(ABSENT)) {
      bump(st, 'reg.absent');
      continue;
    }
    const source = pickSource();
    bump(st, `row.source.${source}`);
    const famRule = source === 'id-card' ? 'card' : p.regOmit ? (r.chance(0.6) ? 'written' : 'omitted') : 'maybe';
    if (p.regOmit && famRule !== 'omitted') bump(st, 'row.familyAddedBack');
    const { name, script, mode } = renderRow(p, source, famRule);
    if (p.given.length === 2) {
      const regMode = script === 'lat' ? p.regLatMode : p.regKhMode;
      if (regMode !== 'none' && regMode !== mode) bump(st, 'row.givenGroupedDifferently');
      bump(st, 'row.twoPartGiven');
    }
    const rt = rates[source];
    let nationalId: string | null = null;
    if (r.chance(rt.nid) && (p.regNid || source === 'id-card')) {
      nationalId = p.nid;
      if (source !== 'id-card' && r.chance(0.04)) {
        nationalId = nidPool.slip(r, p.nid);
        bump(st, 'row.nidSlip');
      }
      bump(st, 'row.nid');
    }
    let nssfNumber: string | null = null;
    if (p.regNssf && r.chance(rt.nssf)) {
      nssfNumber = p.nssf;
      if (r.chance(0.04)) {
        nssfNumber = nssfPool.slip(r, p.nssf);
        bump(st, 'row.nssfSlip');
      }
      bump(st, 'row.nssf');
    }
    let dateOfBirth: string | null = null;
    if (r.chance(rt.dob)) {
      dateOfBirth = p.dob;
      const sw = swapDM(p.dob);
      if (sw && source !== 'id-card' && r.chance(0.07)) {
        dateOfBirth = sw;
        bump(st, 'row.dobSwap');
      }
      bump(st, 'row.dob');
    }
    const sex = r.chance(rt.sex) ? p.sex : null;
    if (sex) bump(st, 'row.sex');
    rows.push({ w: onsite(name, nationalId, nssfNumber, sex, dateOfBirth, source), truth: i });
  }

  // ── hidden workers ───────────────────────────────────────────────────────────────────────
  const nTrue = rows.length;
  const nHidden = Math.round((nTrue * HIDDEN_SHARE) / (1 - HIDDEN_SHARE));
  for (let h = 0; h < nHidden; h++) {
    let nm: { fam: number[]; given: number[]; nameSex: NameSex };
    let sex: 'M' | 'F';
    if (r.chance(0.5)) {
      const t = people[r.int(0, size - 1)];
      sex = t.nameSex === 'U' && r.chance(0.25) ? (t.sex === 'M' ? 'F' : 'M') : t.sex;
      nm = { fam: t.fam, given: t.given, nameSex: t.nameSex };
      bump(st, 'hidden.namesakeDrawn');
    } else {
      sex = r.chance(0.62) ? 'F' : 'M';
      nm = makeName(r, sex);
    }
    const source = pickSource();
    const { name } = renderRow(nm, source, source === 'id-card' ? 'card' : 'maybe');
    const near = [...regIdx.lookup(name, 1).keys()];
    const rt = rates[source];
    let dobPresent = r.chance(rt.dob);
    let sexPresent = r.chance(rt.sex);
    let nidPresent = r.chance(rt.nid);
    if (near.length) {
      bump(st, 'hidden.couldPassByName');
      const u = r.next();
      if (u < 0.15 && near.every((j) => people[j].sex !== sex)) {
        sexPresent = true;
        bump(st, 'hidden.ruledOutBySex');
      } else if (u < 0.3 && near.every((j) => people[j].regNid)) {
        nidPresent = true;
        bump(st, 'hidden.ruledOutByNid');
      } else {
        dobPresent = true;
        bump(st, 'hidden.ruledOutByDob');
      }
    }
    let dob: string | null = null;
    if (dobPresent) {
      for (let t = 0; t < 1000; t++) {
        dob = randomDate(r, 1968, 2006);
        if (farFrom(near, dobNum(dob))) break;
      }
    }
    rows.push({
      w: onsite(name, nidPresent ? nidPool.fresh(r) : null, null, sexPresent ? sex : null, dob, source),
      truth: null,
    });
  }
  st['row.true'] = nTrue;
  st['row.hidden'] = nHidden;

  // ── shuffle, then ids, times and sheet rows in row order ─────────────────────────────────
  r.shuffle(rows);
  let t = Date.UTC(2025, 6, 14, 1, 30, 0);
  let csvRow = 0;
  const truth = new Map<string, string | null>();
  const onsiteRows = rows.map((row) => {
    t += r.int(5, 55) * 1000;
    row.w.id = uuid(r);
    row.w.recordedAt = new Date(t).toISOString();
    row.w.sourceRow = row.w.source === 'csv' ? ++csvRow : null;
    truth.set(row.w.id, row.truth === null ? null : workerId[row.truth]);
    return row.w;
  });
  return { roster: { registered, onsite: onsiteRows, truth }, stats: st };
}

function onsite(
  name: string, nationalId: string | null, nssfNumber: string | null, sex: 'M' | 'F' | null, dateOfBirth: string | null,
  source: OnsiteWorker['source'],
): OnsiteWorker {
  return { id: '', visitId: VISIT_ID, name, nationalId, nssfNumber, sex, dateOfBirth, source, sourceRow: null, recordedAt: '' };
}

// ═════════════════════════════════════════════════════════════════════════════════════════════
// Self-check: shape, fairness audit (rules 1-5), schemas, determinism, timing.
// ═════════════════════════════════════════════════════════════════════════════════════════════

interface AuditResult {
  ok: boolean;
  lines: string[];
  undecidableRate: number;
}

function audit(roster: Roster): AuditResult {
  const lines: string[] = [];
  let ok = true;
  const check = (cond: boolean, msg: string) => {
    lines.push(`${cond ? 'ok  ' : 'FAIL'} ${msg}`);
    if (!cond) ok = false;
  };
  const reg = roster.registered;
  const byId = new Map(reg.map((w, i) => [w.workerId, i]));

  // Registered names read back; Khmer and Latin agree.
  const readings = reg.map((w) => {
    const kh = readName(w.nameKh, 0);
    const la = w.nameLatin ? readName(w.nameLatin, 0) : [];
    return { kh, la };
  });
  let unreadable = 0;
  let disagree = 0;
  readings.forEach((x, i) => {
    if (!x.kh.length || (reg[i].nameLatin && !x.la.length)) unreadable++;
    else if (reg[i].nameLatin) {
      const a = new Set(x.kh.map((q) => keyOf(q.ids)));
      if (!x.la.some((q) => a.has(keyOf(q.ids)))) disagree++;
    }
  });
  check(unreadable === 0 && disagree === 0, `registered names read back in both scripts (unreadable ${unreadable}, Khmer≠Latin ${disagree})`);
  const all = readings.map((x) => [...x.kh, ...x.la]);
  const idx = new RegIndex();
  all.forEach((rs, i) => idx.add(i, rs));

  // Rule 2.
  const ns = new NamesakeIndex();
  let pairs = 0;
  let dobViolations = 0;
  let withNamesake = 0;
  all.forEach((rs, i) => {
    const cl = namesakeForms(rs);
    const near = ns.near(cl);
    if (near.length) withNamesake++;
    for (const j of near) {
      pairs++;
      if (dobClose(reg[i].dateOfBirth!, reg[j].dateOfBirth!)) dobViolations++;
    }
    ns.add(i, cl);
  });
  const idsFar = (vals: Array<string | null>) => {
    const set = new Set<string>();
    let bad = 0;
    for (const v of vals) {
      if (!v) continue;
      if (set.has(v) || idNeighbours(v).some((n) => set.has(n))) bad++;
      set.add(v);
    }
    return bad;
  };
  const nidBad = idsFar(reg.map((w) => w.nationalId));
  const nssfBad = idsFar(reg.map((w) => w.nssfNumber));
  check(dobViolations === 0, `rule 2: ${pairs} namesake pairs (${withNamesake} workers have one), DOBs within swap/one digit: ${dobViolations}`);
  check(nidBad === 0 && nssfBad === 0, `rule 2: registered IDs pairwise 2+ edits apart (national ${nidBad} bad, NSSF ${nssfBad} bad)`);

  // Rules 1, 3 and 5.
  const truthOf = roster.truth;
  let r1bad = 0;
  const r1why: Record<string, number> = {};
  const fail1 = (why: string) => {
    r1bad++;
    r1why[why] = (r1why[why] ?? 0) + 1;
  };
  let r3bad = 0;
  let hidden = 0;
  let hiddenNamesakes = 0;
  let trueRows = 0;
  let undecidable = 0;
  let nameAmbiguous = 0;
  let typoRows = 0;
  const seenTruth = new Set<string>();
  let dupTruth = 0;
  const compat = (o: OnsiteWorker, w: RegisteredWorker) =>
    !(o.sex && w.sex && o.sex !== w.sex) &&
    !(o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDM(w.dateOfBirth) !== o.dateOfBirth) &&
    !(o.nationalId && w.nationalId && o.nationalId !== w.nationalId && !oneSlip(o.nationalId, w.nationalId)) &&
    !(o.nssfNumber && w.nssfNumber && o.nssfNumber !== w.nssfNumber && !oneSlip(o.nssfNumber, w.nssfNumber));
  for (const o of roster.onsite) {
    const tid = truthOf.get(o.id);
    if (tid === undefined) {
      fail1('no truth entry');
      continue;
    }
    if (tid === null) {
      hidden++;
      const near = idx.lookup(o.name, 1);
      if (near.size) hiddenNamesakes++;
      for (const j of near.keys()) {
        const w = reg[j];
        const bySex = !!(o.sex && w.sex && o.sex !== w.sex);
        const byDob = !!(o.dateOfBirth && w.dateOfBirth && !dobClose(o.dateOfBirth, w.dateOfBirth));
        const byNid = !!(o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId) >= 2);
        if (!bySex && !byDob && !byNid) {
          r3bad++;
          break;
        }
      }
      continue;
    }
    trueRows++;
    const ti = byId.get(tid);
    if (ti === undefined) {
      fail1('truth names no registered worker');
      continue;
    }
    if (seenTruth.has(tid)) dupTruth++;
    seenTruth.add(tid);
    const w = reg[ti];
    // Rule 1: name.
    let cands = idx.lookup(o.name, 0);
    let level = 0;
    if (!cands.has(ti)) {
      level = 1;
      typoRows++;
      cands = idx.lookup(o.name, 1);
      const good = readName(o.name, 1).some(
        (q) => q.edits === 1 && q.fl >= 4 && all[ti].some((x) => passesFor(q.ids, x.ids)),
      );
      if (!good || isKhmer(o.name)) fail1('name not a plausible variant');
    }
    if (/[\u1780-\u17FF]/.test(o.name) && /[A-Za-z]/.test(o.name)) fail1('mixed scripts');
    if (o.sex && o.sex !== w.sex) fail1('sex');
    if (o.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDM(w.dateOfBirth!) !== o.dateOfBirth) fail1('dob');
    if (o.nationalId && w.nationalId && o.nationalId !== w.nationalId && !oneSlip(o.nationalId, w.nationalId)) fail1('nationalId');
    if (o.nssfNumber && (!w.nssfNumber || (o.nssfNumber !== w.nssfNumber && !oneSlip(o.nssfNumber, w.nssfNumber)))) fail1('nssf');
    // Rule 5.
    let others = 0;
    let nameOthers = 0;
    for (const [j, e] of cands) {
      if (j === ti || e > level) continue;
      nameOthers++;
      if (compat(o, reg[j])) others++;
    }
    if (nameOthers) nameAmbiguous++;
    if (others) undecidable++;
  }
  check(r1bad === 0 && dupTruth === 0, `rule 1: true rows carry only plausible variants (violations ${r1bad} ${JSON.stringify(r1why)}, registered used twice ${dupTruth}); typo rows ${typoRows}`);
  check(r3bad === 0, `rule 3: hidden rows ruled out or unnamesake (${hiddenNamesakes}/${hidden} could pass by name, violations ${r3bad})`);
  const und = undecidable / Math.max(1, trueRows);
  lines.push(`     rows whose name alone fits another registered worker: ${(100 * nameAmbiguous / trueRows).toFixed(1)} %`);
  check(und < 0.04, `rule 5: undecidable true rows ${undecidable} = ${(100 * und).toFixed(2)} % (< 4 %)`);

  // Rule 4.
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set(roster.onsite.map((o) => o.id));
  const badUuid = roster.onsite.filter((o) => !uuidRe.test(o.id)).length;
  let incr = true;
  let csvIncr = true;
  let lastCsv = 0;
  for (let i = 0; i < roster.onsite.length; i++) {
    const o = roster.onsite[i];
    if (i > 0 && !(Date.parse(o.recordedAt) > Date.parse(roster.onsite[i - 1].recordedAt))) incr = false;
    if (o.source === 'csv') {
      if (o.sourceRow !== lastCsv + 1) csvIncr = false;
      lastCsv = o.sourceRow ?? -1;
    } else if (o.sourceRow !== null) csvIncr = false;
  }
  check(badUuid === 0 && ids.size === roster.onsite.length && roster.truth.size === roster.onsite.length, `rule 4: unique v4 UUIDs (${badUuid} bad), truth covers every row`);
  check(incr && csvIncr, 'rule 4: recordedAt increases and csv sourceRow counts up in row order');
  // Row order vs register order: rank correlation, hidden spread by quarter.
  const xs: number[] = [];
  const ys: number[] = [];
  roster.onsite.forEach((o, i) => {
    const t = truthOf.get(o.id);
    if (t) {
      xs.push(i);
      ys.push(byId.get(t)!);
    }
  });
  const rho = spearman(xs, ys);
  const n = roster.onsite.length;
  const q = [0, 0, 0, 0];
  roster.onsite.forEach((o, i) => {
    if (truthOf.get(o.id) === null) q[Math.min(3, Math.floor((4 * i) / n))]++;
  });
  const exp = hidden / 4;
  const sd = Math.sqrt(exp * 0.75) + 1;
  const spread = q.every((c) => Math.abs(c - exp) < 4 * sd);
  const absentQ = [0, 0, 0, 0];
  const present = new Set([...truthOf.values()].filter(Boolean) as string[]);
  reg.forEach((w, i) => {
    if (!present.has(w.workerId)) absentQ[Math.min(3, Math.floor((4 * i) / reg.length))]++;
  });
  const aexp = (reg.length - present.size) / 4;
  const aspread = absentQ.every((c) => Math.abs(c - aexp) < 4 * (Math.sqrt(aexp * 0.75) + 1));
  check(Math.abs(rho) < 4 / Math.sqrt(Math.max(1, xs.length)) && spread && aspread, `rule 4: row order vs register order rho ${rho.toFixed(4)}; hidden by quarter ${q.join('/')}; absent by register quarter ${absentQ.join('/')}`);
  return { ok, lines, undecidableRate: und };
}

function spearman(x: number[], y: number[]): number {
  const rank = (a: number[]) => {
    const o = a.map((v, i) => [v, i]).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(a.length);
    o.forEach(([, i], k) => (r[i] = k));
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const n = x.length;
  const mx = (n - 1) / 2;
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < n; i++) {
    num += (rx[i] - mx) * (ry[i] - mx);
    dx += (rx[i] - mx) ** 2;
    dy += (ry[i] - mx) ** 2;
  }
  return num / Math.sqrt(dx * dy || 1);
}

function fingerprint(r: Roster): string {
  return JSON.stringify({ a: r.registered, b: r.onsite, c: [...r.truth] });
}

async function selfCheck(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const P = await import('../../src/protocol');
  let ok = true;
  const check = (cond: boolean, msg: string) => {
    console.log(`${cond ? 'ok  ' : 'FAIL'} ${msg}`);
    if (!cond) ok = false;
  };

  const t0 = performance.now();
  const { roster, stats: s } = generateWithStats(size, seed);
  const ms = performance.now() - t0;
  const pct = (k: string, d: number) => `${(100 * (s[k] ?? 0) / Math.max(1, d)).toFixed(1)} %`;
  const nOn = roster.onsite.length;
  const nT = s['row.true'];
  const nH = s['row.hidden'];
  const lat = s['row.script.lat'] ?? 0;
  const kh = s['row.script.kh'] ?? 0;
  console.log(`twentyeighth  size ${size}  seed ${seed}  — ${TWENTYEIGHTH_LABEL}`);
  console.log(`registered ${roster.registered.length}, on site ${nOn} (true ${nT}, hidden ${nH} = ${(100 * nH / nOn).toFixed(1)} %), absent ${pct('reg.absent', size)}; generated in ${ms.toFixed(0)} ms`);
  console.log(`names: plain ${pct('kind.plain', size)}, Khmer compound ${pct('kind.compound', size)}, Sino-Khmer ${pct('kind.sino', size)}, four-word ${pct('kind.four', size)}; register: family left out ${pct('reg.familyOmitted', size)}, no Latin ${pct('reg.noLatin', size)}, largest namesake net ${s['reg.maxNamesakeCluster']}`);
  const rowsAll = nT + nH;
  console.log(`rows: source id-card ${pct('row.source.id-card', nT)} csv ${pct('row.source.csv', nT)} manual ${pct('row.source.manual', nT)} (true rows); script Khmer ${pct('row.script.kh', rowsAll)} Latin ${pct('row.script.lat', rowsAll)}`);
  const tp = s['row.twoPartGiven'] ?? 0;
  console.log(`two-part given names: ${tp} true rows, grouped differently from the register (same script) ${pct('row.givenGroupedDifferently', tp)}; modes joined ${s['row.givenMode.join'] ?? 0} / split ${s['row.givenMode.space'] ?? 0} / hyphen ${s['row.givenMode.hyphen'] ?? 0} / zwsp ${s['row.givenMode.zwsp'] ?? 0}`);
  console.log(`family left out on site ${pct('row.familyOmitted', rowsAll)} of rows; written back where the register left it out: ${s['row.familyAddedBack'] ?? 0} rows; Latin regroup ("Sokchan Dara") ${pct('row.lat.regroup', lat)} of Latin; Khmer run together ${pct('row.kh.runTogether', kh)} of Khmer`);
  console.log(`order swapped ${pct('row.swap', rowsAll)}; Latin case upper ${pct('row.case.upper', lat)} title ${pct('row.case.title', lat)} lower ${pct('row.case.lower', lat)}; Latin typo ${pct('lat.typo', lat)}`);
  console.log(`Khmer encoding: zwsp for space ${pct('kh.zwspForSpace', kh)}, ំុ order ${pct('kh.nikahitOrder', kh)}, េា for ោ ${pct('kh.splitVowelO', kh)}, shifter after vowel ${pct('kh.shifterAfterVowel', kh)}, vowel before coeng ${pct('kh.vowelBeforeCoeng', kh)}, NFD ${pct('kh.nfd', kh)}`);
  console.log(`true rows: national ID ${pct('row.nid', nT)} (slip ${pct('row.nidSlip', s['row.nid'] ?? 1)}), NSSF ${pct('row.nssf', nT)} (slip ${pct('row.nssfSlip', s['row.nssf'] ?? 1)}), DOB ${pct('row.dob', nT)} (day/month swapped ${pct('row.dobSwap', s['row.dob'] ?? 1)}), sex ${pct('row.sex', nT)}`);
  console.log(`hidden: namesake-drawn ${pct('hidden.namesakeDrawn', nH)}, could pass by name ${pct('hidden.couldPassByName', nH)} → ruled out by DOB ${s['hidden.ruledOutByDob'] ?? 0}, sex ${s['hidden.ruledOutBySex'] ?? 0}, national ID ${s['hidden.ruledOutByNid'] ?? 0}`);

  const a = audit(roster);
  for (const l of a.lines) console.log(l);
  if (!a.ok) ok = false;

  let regBad = 0;
  let onBad = 0;
  for (const w of roster.registered) if (!P.RegisteredWorker.safeParse(w).success) regBad++;
  for (const o of roster.onsite) if (!P.OnsiteWorker.safeParse(o).success) onBad++;
  const extra = roster.onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check(regBad === 0 && onBad === 0 && extra === 0, `schemas: registered ${regBad} bad, on-site ${onBad} bad, rows with statedStartDate/wageRiel ${extra} (all rows checked)`);

  const again = generateTwentyeighth(size, seed);
  const other = generateTwentyeighth(size, seed + 1);
  check(fingerprint(again) === fingerprint(roster), 'determinism: same seed, identical roster');
  check(fingerprint(other) !== fingerprint(roster), 'determinism: another seed, a different roster');

  let ms10k = ms;
  if (size !== 10000) {
    clearCaches();
    const t1 = performance.now();
    generateTwentyeighth(10000, seed);
    ms10k = performance.now() - t1;
  }
  check(ms10k < 2000, `10k generation ${ms10k.toFixed(0)} ms (< 2000)`);
  console.log(ok ? 'PASS' : 'FAIL');
  if (!ok) process.exitCode = 1;
}

if (process.argv[1]?.endsWith('twentyeighth.ts')) {
  selfCheck().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
