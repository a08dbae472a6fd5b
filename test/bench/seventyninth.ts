/**
 * `seventyninth`: a grader's roster, written blind, with Khmer script written in different but
 * equivalent ways as its emphasis.
 *
 * Only the variations the product text lists are modelled, each at the rate below (per on-site
 * row unless said otherwise; rates are the generator's draw probabilities, the self-check prints
 * the realised ones).
 *
 * POPULATION
 *   registered = size; absent (registered, not on site) 5 %; hidden = 7 % of on-site rows
 *   (so ~9,500 registered workers on site plus ~715 hidden at size 10,000).
 *   Sex 72 % F (a garment floor). 58 family names drawn Zipf-like (Sok, Chan, Chea ... common),
 *   91 given names mildly skewed, so full names collide: ~26 % of registered workers share their
 *   full name with another at 1,000, ~85 % at 10,000 (largest group ~30; see the printed shape).
 *   Registered: nameKh always (85 % plain space between family and given, 8 % ZWSP, 7 % none; 5 %
 *   typed with another keyboard's code point order); nameLatin present 80 % (upper case 90 %, a
 *   compound given joined 30 %, the common romanization 75 % per word); NSSF number always;
 *   national ID 95 %; sex and DOB always; hire date; wage (2 % null).
 *
 * ON-SITE NAME (the theme)
 *   Script: Khmer 70 %, Latin 30 % (ID-card rows 50/50). 20 % of registered workers have no Latin
 *   name, so ~6 % of rows are Latin on site against Khmer only on the register.
 *   Khmer rows: separator between family and given: space 50 %, ZERO WIDTH SPACE 25 %, none 25 %
 *     (with ZWSP, half also put one inside a ស្រី- compound); another keyboard's code point order
 *     drawn for 45 % (each such row draws a non-empty set of: register shifter after the vowel
 *     ម៉ៅ→មៅ៉, vowel before the subscript ស្រី→សី្រ, nikahit/reahmuk before the vowel ុំ→ំុ; applied
 *     to every cluster it fits), which changes the bytes of ~18 % of Khmer rows (the rest have no
 *     such cluster);
 *     NFD 30 % (NB: Khmer has no decompositions and only COENG has a non-zero combining class, so
 *     NFD is byte-identical to NFC for these names; the row is still marked and counted);
 *     family/given swapped 12 %; hurried-typist typo 6 % (one unit in one word of 4+ units: a
 *     vowel/sign/subscript left out, one doubled, or a near key on the NiDA layout: the same key
 *     with/without shift ត/ទ ប/ព ិ/ី ..., or the next key).
 *   Latin rows: each word in another listed romanization 45 % (Sok/Sokh, Sophea/Sophear,
 *     Vuthy/Voeuthy ...); compound given joined 45 % (Srey Mom/Sreymom); swapped 15 %; case
 *     Title 50 % / UPPER 35 % / lower 15 %; typo 6 % (one edit in one word of 4+ letters: near
 *     QWERTY key, letter dropped, doubled or two letters swapped).
 * OTHER FIELDS (everyday rates)
 *   source: csv 47 % (sourceRow = its row in the sheet), manual 45 %, id-card 8 % (ID-card rows:
 *   national ID, DOB and sex read from the card, exact, no typo). DOB missing 8 % (of non-card
 *   rows), day/month swapped ~3 % of present DOBs (7.5 % where the swap is a date). National ID
 *   present 50 % (+ all card rows), one slip (adjacent transposition or one mistyped digit) 4 % of
 *   present. NSSF number present 35 % (never on card rows), slip 4 %. Sex missing 25 % (non-card).
 *   (DOB and ID rates were set so that, with the namesake density above, rule 5 holds at 10,000.)
 * HIDDEN ROWS (same name/field variation mix as true rows, NSSF number always null)
 *   55 % namesakes of a registered worker (a quarter of those namesakes of an ABSENT worker), told
 *   apart by DOB (92 %: present, and more than a swap or one digit from every registered worker
 *   the name could pass for) or by national ID (8 %: DOB missing, ID 2+ edits from all of them);
 *   45 % fresh full names, no spelling of which is within one edit of a registered name (at 10,000
 *   the register holds most common combinations, so about 40 % of these still land near one, and
 *   are then ruled out by DOB like namesakes). National IDs of hidden rows are 2+ edits from every
 *   registered and card number.
 *
 * FAIRNESS RULES (audited by the self-check; "could pass for by name": the row's name, with the
 * Khmer canonicalised (NFC, zero-width/space removed, marks in each cluster put in one order,
 * a subscript counted as one unit) or the Latin lower-cased with spaces dropped, is within one
 * edit (insert/delete/substitute/adjacent swap) of some spelling of the registered name in
 * either order: its Khmer, or any listed romanization of its words)
 *   1. A true row carries only: its worker's name in a listed spelling/romanization, either
 *      order, any case, Khmer encoding variants, at most one typo in one word of 4+ letters/units;
 *      IDs exact or one slip; DOB exact or day/month swapped; sex right or missing.
 *      Extra variation modelled: none beyond the above (the Khmer keyboard-order variants are the
 *      text's "different code point orders"; a typo unit may be a subscript, i.e. COENG+consonant).
 *   2. Registered namesakes (sharing a full name in any spelling) never share a DOB and are more
 *      than a day/month swap or one digit apart.
 *   3. A hidden row could pass for no registered worker by name, or is ruled out from every one
 *      it could pass for by a field present on both sides (sex differs; DOB neither equal, a
 *      swap, nor one digit apart; national ID or NSSF number 2+ edits apart).
 *   4. No leak: registered and on-site rows shuffled, registered worker ids assigned after the
 *      shuffle, on-site ids random v4 UUIDs from the seeded PRNG, recordedAt increasing in row
 *      order, sourceRow increasing over the CSV rows. True rows' ID slips never land within one
 *      edit of another registered worker's ID.
 *   5. Undecidable true rows (another registered worker they could pass for by name that no
 *      field on both sides rules out) stay under 4 %.
 *
 * Run directly for the self-check: `npx tsx test/bench/seventyninth.ts 10000 1`.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY, GIVEN, GIVEN_F, GIVEN_M } from './seventyninth-names';

export const SEVENTYNINTH_LABEL =
  "grader's roster: Khmer written many equivalent ways (ZWSP/no space, keyboard code point orders, NFC/NFD), Khmer typos, Latin vs Khmer-only register, namesake hidden workers";

// ---------------------------------------------------------------------------------------------
// rates
const R = {
  absent: 0.05,
  hidden: 0.07,
  female: 0.72,
  famSkew: 1.7,
  givSkew: 1.15,
  regLatinPresent: 0.8,
  regLatinUpper: 0.9,
  regLatinJoin: 0.3,
  regLatinCommon: 0.75,
  regSepZwsp: 0.08,
  regSepNone: 0.07,
  regReorder: 0.05,
  regNid: 0.95,
  regWageNull: 0.02,
  srcIdCard: 0.08,
  srcCsv: 0.47,
  khmer: 0.7,
  khmerIdCard: 0.5,
  khSepZwsp: 0.25,
  khSepNone: 0.25,
  khZwInside: 0.5,
  khReorder: 0.45,
  khReorderFlag: 0.6,
  khNfd: 0.3,
  khSwap: 0.12,
  khTypo: 0.06,
  latAltWord: 0.45,
  latJoin: 0.45,
  latSwap: 0.15,
  latUpper: 0.35,
  latLower: 0.15,
  latTypo: 0.06,
  dobMissing: 0.08,
  dobSwap: 0.075, // of DOBs where a swap is a date (day <= 12, day != month): ~3 % of present DOBs
  nidPresent: 0.5,
  nidSlip: 0.04,
  nssfPresent: 0.35,
  nssfSlip: 0.04,
  sexMissing: 0.25,
  hiddenNamesake: 0.55,
  hiddenOfAbsent: 0.25,
  hiddenByNid: 0.08,
} as const;

const VISIT_ID = 'visit-seventyninth';
const ZWSP = '\u200b';

// ---------------------------------------------------------------------------------------------
// Khmer text: clusters, canonical form, keyboard-order variants, typos

const COENG = '\u17d2';
const SHIFTERS = new Set(['\u17c9', '\u17ca']);
const isBase = (c: string) => c >= '\u1780' && c <= '\u17b3';
const isConsonant = (c: string) => c >= '\u1780' && c <= '\u17a2';
const isVowel = (c: string) => c >= '\u17b6' && c <= '\u17c5';
/** 0 subscript, 1 subscript RO (kept last), 2 register shifter, 3 vowel, 4 other sign. */
function markClass(u: string): number {
  if (u.length === 2 && u[0] === COENG) return u[1] === '\u179a' ? 1 : 0;
  if (SHIFTERS.has(u)) return 2;
  if (isVowel(u)) return 3;
  return 4;
}

/** Units: a base letter, a mark, or a subscript (COENG + consonant) as one unit. */
function units(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === COENG && i + 1 < s.length && isConsonant(s[i + 1])) {
      out.push(c + s[i + 1]);
      i++;
    } else out.push(c);
  }
  return out;
}

interface Cluster {
  base: string;
  marks: string[];
}
function clusters(s: string): Cluster[] {
  const out: Cluster[] = [];
  for (const u of units(s)) {
    if (u.length === 1 && isBase(u)) out.push({ base: u, marks: [] });
    else {
      if (out.length === 0) out.push({ base: '', marks: [] });
      out[out.length - 1].marks.push(u);
    }
  }
  return out;
}

/** Khmer canonical key: NFC, only Khmer letters, marks sorted per cluster, subscripts as one char. */
export function canonKh(s: string): string {
  const t = s.normalize('NFC').replace(/[^\u1780-\u17ff]/g, '');
  let out = '';
  for (const c of clusters(t)) {
    const marks = c.marks
      .map((m, i) => ({ m, i, k: markClass(m) }))
      .sort((a, b) => a.k - b.k || a.i - b.i)
      .map((x) => (x.m.length === 2 ? String.fromCharCode(0xe000 + x.m.charCodeAt(1) - 0x1780) : x.m));
    out += c.base + marks.join('');
  }
  return out;
}

interface Profile {
  shifterLast: boolean;
  vowelFirst: boolean;
  signFirst: boolean;
}
/** The same word typed on a keyboard that produces another code point order. */
function reorderKh(word: string, p: Profile): string {
  return clusters(word)
    .map((c) => {
      let m = [...c.marks];
      if (p.shifterLast) {
        const si = m.findIndex((u) => SHIFTERS.has(u));
        const vi = m.findIndex((u) => isVowel(u));
        if (si >= 0 && vi > si) {
          const [s] = m.splice(si, 1);
          m.splice(vi, 0, s);
        }
      }
      if (p.vowelFirst) {
        const ci = m.findIndex((u) => u.length === 2);
        const vi = m.findIndex((u) => isVowel(u));
        if (ci >= 0 && vi > ci) {
          const [v] = m.splice(vi, 1);
          m.splice(ci, 0, v);
        }
      }
      if (p.signFirst) {
        const vi = m.findIndex((u) => isVowel(u));
        const gi = m.findIndex((u) => u === '\u17c6' || u === '\u17c7');
        if (vi >= 0 && gi > vi) {
          const [g] = m.splice(gi, 1);
          m.splice(vi, 0, g);
        }
      }
      return c.base + m.join('');
    })
    .join('');
}

/** NiDA keyboard: the same key with/without shift, and next keys on a row. */
const KH_NEAR: Record<string, string[]> = {};
for (const [a, b] of [
  ['ក', 'គ'], ['ខ', 'ឃ'], ['ច', 'ជ'], ['ឆ', 'ឈ'], ['ដ', 'ឌ'], ['ត', 'ទ'], ['ថ', 'ធ'], ['ន', 'ណ'],
  ['ប', 'ព'], ['ផ', 'ភ'], ['ល', 'ឡ'], ['ង', 'អ'],
  ['ិ', 'ី'], ['ុ', 'ូ'], ['េ', 'ែ'], ['ឹ', 'ឺ'], ['ោ', 'ៅ'], ['ៀ', 'ឿ'],
  ['ខ', 'ច'], ['ច', 'វ'], ['វ', 'ប'], ['ប', 'ន'], ['ន', 'ម'], ['ស', 'ដ'], ['ដ', 'ថ'], ['ថ', 'ង'],
  ['ង', 'ហ'], ['ក', 'ល'], ['រ', 'ត'], ['ត', 'យ'], ['ុ', 'ិ'], ['ិ', 'ោ'],
]) {
  (KH_NEAR[a] ??= []).push(b);
  (KH_NEAR[b] ??= []).push(a);
}

type KhTypo = 'omit' | 'double' | 'near';
/** One hurried-typist slip in a Khmer word of 4+ units; null when none fits. */
function khTypo(word: string, r: Rng): { word: string; kind: KhTypo } | null {
  const u = units(word);
  if (u.length < 4) return null;
  const kinds: KhTypo[] = ['omit', 'double', 'near'];
  for (let attempt = 0; attempt < 6; attempt++) {
    const kind = r.pick(kinds);
    if (kind === 'omit' || kind === 'double') {
      const idx = u.map((x, i) => (x.length === 2 || !isBase(x) ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) continue;
      const i = r.pick(idx);
      const v = [...u];
      if (kind === 'omit') v.splice(i, 1);
      else v.splice(i, 0, u[i]);
      return { word: v.join(''), kind };
    }
    const idx = u.map((x, i) => (KH_NEAR[x.length === 2 ? x[1] : x] ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) continue;
    const i = r.pick(idx);
    const v = [...u];
    const x = u[i];
    v[i] = x.length === 2 ? COENG + r.pick(KH_NEAR[x[1]]) : r.pick(KH_NEAR[x]);
    return { word: v.join(''), kind };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Latin

const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const QWERTY_NEAR: Record<string, string[]> = {};
for (const row of QWERTY_ROWS)
  for (let i = 0; i < row.length; i++) QWERTY_NEAR[row[i]] = [row[i - 1], row[i + 1]].filter(Boolean) as string[];

type LatTypo = 'near' | 'drop' | 'double' | 'transpose';
function latTypo(word: string, r: Rng): { word: string; kind: LatTypo } | null {
  if (word.length < 4) return null;
  const kind = r.pick<LatTypo>(['near', 'drop', 'double', 'transpose']);
  const i = r.int(1, word.length - 1); // keep the first letter, as people do
  const ch = word[i];
  const upper = ch !== ch.toLowerCase();
  const fix = (c: string) => (upper ? c.toUpperCase() : c);
  if (kind === 'near') return { word: word.slice(0, i) + fix(r.pick(QWERTY_NEAR[ch.toLowerCase()] ?? ['a'])) + word.slice(i + 1), kind };
  if (kind === 'drop') return { word: word.slice(0, i) + word.slice(i + 1), kind };
  if (kind === 'double') return { word: word.slice(0, i + 1) + word.slice(i), kind };
  const j = i === word.length - 1 ? i - 1 : i;
  if (word[j] === word[j + 1]) return { word: word.slice(0, j) + word.slice(j + 1), kind: 'drop' };
  return { word: word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2), kind };
}

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
const latinKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const hasKhmer = (s: string) => /[\u1780-\u17ff]/.test(s);
/** The key an on-site or registered name string is compared on. */
export function nameKey(s: string): string {
  return hasKhmer(s) ? canonKh(s) : latinKey(s);
}

// ---------------------------------------------------------------------------------------------
// distances, dates, ids

/** Optimal string alignment distance (insert, delete, substitute, adjacent swap). */
export function osa(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 2) return 3;
  let p2 = new Array<number>(m + 1).fill(0);
  let p1 = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, p2[j - 2] + 1);
      cur[j] = v;
    }
    [p2, p1, cur] = [p1, cur, p2];
  }
  return p1[m];
}

const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(iso + 'T00:00:00Z');
function randomDate(r: Rng, from: string, to: string): string {
  const a = dayOf(from) / DAY;
  const b = dayOf(to) / DAY;
  return isoDay(r.int(a, b) * DAY);
}
/** Day and month swapped, or null when that is not a date or the same date. */
export function swapDayMonth(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (m === dd || Number(dd) > 12) return null;
  return `${y}-${dd}-${m}`;
}
function hamming(a: string, b: string): number {
  if (a.length !== b.length) return 99;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}
/** Equal, a day/month swap, or one digit apart: a DOB that does not tell two people apart. */
export function dobNear(a: string, b: string): boolean {
  return a === b || swapDayMonth(a) === b || hamming(a, b) <= 1;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A set of digit strings that answers "is anything within one substitution or swap of x?". */
class IdSpace {
  private exact = new Map<string, number>();
  private wild = new Map<string, number[]>();
  add(id: string, owner: number) {
    this.exact.set(id, owner);
    for (let i = 0; i < id.length; i++) {
      const k = id.slice(0, i) + '*' + id.slice(i + 1);
      const l = this.wild.get(k);
      if (l) l.push(owner);
      else this.wild.set(k, [owner]);
    }
  }
  /** owners within one substitution or adjacent swap of id, other than `self`. */
  near(id: string, self = -1): boolean {
    for (let i = 0; i < id.length; i++) {
      const l = this.wild.get(id.slice(0, i) + '*' + id.slice(i + 1));
      if (l && l.some((o) => o !== self)) return true;
    }
    for (let i = 0; i + 1 < id.length; i++) {
      if (id[i] === id[i + 1]) continue;
      const o = this.exact.get(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
      if (o !== undefined && o !== self) return true;
    }
    return false;
  }
}

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}
const newNid = (r: Rng) => String(r.int(1, 25)).padStart(2, '0') + digits(r, 7);
const newNssf = (r: Rng) => String(r.int(1, 9)) + digits(r, 9);
/** One slip: two adjacent digits swapped, or one digit mistyped. */
function slip(id: string, r: Rng): string {
  if (r.chance(0.5)) {
    const idx = [];
    for (let i = 0; i + 1 < id.length; i++) if (id[i] !== id[i + 1]) idx.push(i);
    if (idx.length) {
      const i = r.pick(idx);
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
  }
  const i = r.int(0, id.length - 1);
  let d = id[i];
  while (d === id[i]) d = String(r.int(0, 9));
  return id.slice(0, i) + d + id.slice(i + 1);
}

// ---------------------------------------------------------------------------------------------
// name keys and the name index

const pairKeyMemo = new Map<number, string[]>();
/** Every key a full name (family f, given g) may be written as: Khmer both orders, every romanization both orders. */
export function pairKeys(f: number, g: number): string[] {
  const code = f * 1000 + g;
  const hit = pairKeyMemo.get(code);
  if (hit) return hit;
  const F = FAMILY[f];
  const G = GIVEN[g];
  const keys = new Set<string>([canonKh(F.kh) + canonKh(G.kh), canonKh(G.kh) + canonKh(F.kh)]);
  for (const a of F.latin) for (const b of G.latin) {
    keys.add(latinKey(a + b));
    keys.add(latinKey(b + a));
  }
  const out = [...keys];
  pairKeyMemo.set(code, out);
  return out;
}

/** Finds registered workers whose name some key is within one edit of. */
export class NameIndex {
  private byKey = new Map<string, number[]>();
  private byDel = new Map<string, string[]>();
  add(key: string, worker: number) {
    const l = this.byKey.get(key);
    if (l) l.push(worker);
    else {
      this.byKey.set(key, [worker]);
      const seen = new Set<string>();
      for (let i = 0; i < key.length; i++) {
        const d = key.slice(0, i) + key.slice(i + 1);
        if (seen.has(d)) continue;
        seen.add(d);
        const m = this.byDel.get(d);
        if (m) m.push(key);
        else this.byDel.set(d, [key]);
      }
    }
  }
  query(q: string): Set<number> {
    const keys = new Set<string>();
    if (this.byKey.has(q)) keys.add(q);
    for (const k of this.byDel.get(q) ?? []) keys.add(k);
    for (let i = 0; i < q.length; i++) {
      const d = q.slice(0, i) + q.slice(i + 1);
      if (this.byKey.has(d)) keys.add(d);
      for (const k of this.byDel.get(d) ?? []) keys.add(k);
    }
    const out = new Set<number>();
    for (const k of keys) if (osa(q, k) <= 1) for (const w of this.byKey.get(k)!) out.add(w);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// people and rows

interface Person {
  f: number;
  g: number;
  sex: 'F' | 'M';
  dob: string;
  nid: string | null; // as registered
  realNid: string; // on the person's card
  nssf: string;
  hire: string;
  wage: number | null;
  nameKh: string;
  nameLatin: string | null;
  latinSpell: [number, number] | null;
  workerId: string;
  absent: boolean;
}

export interface RowMeta {
  truth: number | null;
  script: 'kh' | 'lat';
  source: 'manual' | 'csv' | 'id-card';
  swap: boolean;
  khSep?: 'space' | 'zwsp' | 'none';
  khZwInside?: boolean;
  khReorderDrawn?: boolean;
  khReorderChanged?: boolean;
  khNfd?: boolean;
  khNfdChanged?: boolean;
  typo?: string;
  latAltWords?: number;
  latJoined?: boolean;
  latCase?: 'title' | 'upper' | 'lower';
  crossNoLatin?: boolean;
  dob: 'exact' | 'swap' | 'missing' | 'n/a';
  nid: 'exact' | 'slip' | 'missing' | 'n/a';
  nssf: 'exact' | 'slip' | 'missing' | 'n/a';
  sexMissing: boolean;
  hiddenMode?: 'namesake' | 'namesake-absent' | 'fresh' | 'fresh-ruled';
  ruledBy?: 'dob' | 'nid' | 'none';
}

interface Draft {
  row: Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow' | 'visitId'>;
  meta: RowMeta;
}

function pickGiven(r: Rng, sex: 'F' | 'M'): number {
  return r.pickSkewed(sex === 'F' ? GIVEN_F : GIVEN_M, R.givSkew);
}
const FAMILY_IDX = FAMILY.map((_, i) => i);

function registerKh(r: Rng, f: number, g: number): string {
  const sep = r.chance(R.regSepZwsp) ? ZWSP : r.chance(R.regSepNone / (1 - R.regSepZwsp)) ? '' : ' ';
  let fam = FAMILY[f].kh;
  let giv = GIVEN[g].kh;
  if (r.chance(R.regReorder)) {
    const p = { shifterLast: r.chance(0.5), vowelFirst: r.chance(0.5), signFirst: r.chance(0.5) };
    fam = reorderKh(fam, p);
    giv = reorderKh(giv, p);
  }
  return fam + sep + giv;
}

function spellIdx(r: Rng, n: number, pCommon: number): number {
  return n === 1 || r.chance(pCommon) ? 0 : r.int(1, n - 1);
}

function renderLatinWords(fam: string, giv: string, join: boolean, swap: boolean): string[] {
  const givWords = giv.split(' ');
  const g = join && givWords.length > 1 ? [givWords[0] + givWords.slice(1).join('').toLowerCase()] : givWords;
  return swap ? [...g, fam] : [fam, ...g];
}

/** Name as written on site for family f, given g; fills the name part of the meta. */
function onsiteName(r: Rng, f: number, g: number, source: RowMeta['source'], reg: Person | null, meta: RowMeta): string {
  const khmer = r.chance(source === 'id-card' ? R.khmerIdCard : R.khmer);
  const allowTypo = source !== 'id-card';
  if (khmer) {
    meta.script = 'kh';
    meta.swap = r.chance(R.khSwap);
    let fam = FAMILY[f].kh;
    let giv = GIVEN[g].kh;
    if (allowTypo && r.chance(R.khTypo)) {
      const order = r.chance(0.7) ? ['giv', 'fam'] : ['fam', 'giv'];
      for (const w of order) {
        const t = khTypo(w === 'giv' ? giv : fam, r);
        if (t) {
          if (w === 'giv') giv = t.word;
          else fam = t.word;
          meta.typo = 'kh-' + t.kind;
          break;
        }
      }
    }
    const u = r.next();
    const sep = u < R.khSepZwsp ? ZWSP : u < R.khSepZwsp + R.khSepNone ? '' : ' ';
    meta.khSep = sep === ZWSP ? 'zwsp' : sep === '' ? 'none' : 'space';
    const zwInside = sep === ZWSP && GIVEN[g].kh.startsWith('ស្រី') && r.chance(R.khZwInside);
    if (r.chance(R.khReorder)) {
      meta.khReorderDrawn = true;
      let p: Profile;
      do p = { shifterLast: r.chance(R.khReorderFlag), vowelFirst: r.chance(R.khReorderFlag), signFirst: r.chance(R.khReorderFlag) };
      while (!p.shifterLast && !p.vowelFirst && !p.signFirst);
      const before = fam + giv;
      fam = reorderKh(fam, p);
      giv = reorderKh(giv, p);
      meta.khReorderChanged = before !== fam + giv;
    }
    const gc = clusters(giv);
    if (zwInside && gc.length > 1) {
      const at = gc[0].base.length + gc[0].marks.join('').length;
      giv = giv.slice(0, at) + ZWSP + giv.slice(at);
      meta.khZwInside = true;
    }
    let s = meta.swap ? giv + sep + fam : fam + sep + giv;
    if (r.chance(R.khNfd)) {
      meta.khNfd = true;
      const n = s.normalize('NFD');
      meta.khNfdChanged = n !== s;
      s = n;
    }
    return s;
  }
  meta.script = 'lat';
  const F = FAMILY[f].latin;
  const G = GIVEN[g].latin;
  let fi: number;
  let gi: number;
  if (reg?.latinSpell) {
    fi = r.chance(R.latAltWord) ? spellIdx(r, F.length, 0.5) : reg.latinSpell[0];
    gi = r.chance(R.latAltWord) ? spellIdx(r, G.length, 0.5) : reg.latinSpell[1];
    meta.latAltWords = (fi !== reg.latinSpell[0] ? 1 : 0) + (gi !== reg.latinSpell[1] ? 1 : 0);
  } else {
    fi = spellIdx(r, F.length, 0.6);
    gi = spellIdx(r, G.length, 0.6);
    meta.latAltWords = (fi ? 1 : 0) + (gi ? 1 : 0);
    if (reg) meta.crossNoLatin = true;
  }
  const idCard = source === 'id-card';
  meta.swap = !idCard && r.chance(R.latSwap);
  meta.latJoined = r.chance(R.latJoin);
  let words = renderLatinWords(F[fi], G[gi], meta.latJoined, meta.swap);
  const u = r.next();
  meta.latCase = idCard || u < R.latUpper ? 'upper' : u < R.latUpper + R.latLower ? 'lower' : 'title';
  words = words.map((w) => (meta.latCase === 'upper' ? w.toUpperCase() : meta.latCase === 'lower' ? w.toLowerCase() : title(w)));
  if (allowTypo && r.chance(R.latTypo)) {
    const idx = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
    if (idx.length) {
      const i = r.pick(idx);
      const t = latTypo(words[i], r);
      if (t) {
        words[i] = t.word;
        meta.typo = 'lat-' + t.kind;
      }
    }
  }
  return words.join(' ');
}

function pickSource(r: Rng): RowMeta['source'] {
  const u = r.next();
  return u < R.srcIdCard ? 'id-card' : u < R.srcIdCard + R.srcCsv ? 'csv' : 'manual';
}

function blankMeta(truth: number | null, source: RowMeta['source']): RowMeta {
  return { truth, script: 'kh', source, swap: false, dob: 'n/a', nid: 'n/a', nssf: 'n/a', sexMissing: false };
}

export interface Generated {
  roster: Roster;
  /** meta per on-site row, in row order (for the self-check's shape report only). */
  meta: RowMeta[];
}

export function generateSeventyNinthWithMeta(size: number, seed: number): Generated {
  const r = rng(seed ^ 0x79a1c3e5);

  // --- registered people: names first ---
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'F' | 'M' = r.chance(R.female) ? 'F' : 'M';
    const f = r.pickSkewed(FAMILY_IDX, R.famSkew);
    const g = pickGiven(r, sex);
    people.push({
      f, g, sex, dob: '', nid: null, realNid: '', nssf: '', hire: '', wage: null,
      nameKh: '', nameLatin: null, latinSpell: null, workerId: '', absent: false,
    });
  }

  // --- namesake classes: pairs sharing any written form ---
  const classOfKey = new Map<string, number>();
  const parent: number[] = [];
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const pairClass = new Map<number, number>();
  for (const p of people) {
    const code = p.f * 1000 + p.g;
    if (pairClass.has(code)) continue;
    const id = parent.length;
    parent.push(id);
    pairClass.set(code, id);
    for (const k of pairKeys(p.f, p.g)) {
      const c = classOfKey.get(k);
      if (c === undefined) classOfKey.set(k, id);
      else parent[find(c)] = find(id);
    }
  }
  const dobsOfClass = new Map<number, string[]>();

  // --- registered people: dates and ids ---
  const nidSpace = new IdSpace();
  const nssfSpace = new IdSpace();
  for (let i = 0; i < size; i++) {
    const p = people[i];
    const cls = find(pairClass.get(p.f * 1000 + p.g)!);
    const taken = dobsOfClass.get(cls) ?? [];
    let dob = randomDate(r, '1973-01-01', '2006-12-31');
    for (let t = 0; t < 500 && taken.some((d) => dobNear(d, dob)); t++) dob = randomDate(r, '1973-01-01', '2006-12-31');
    taken.push(dob);
    dobsOfClass.set(cls, taken);
    p.dob = dob;
    let nid = newNid(r);
    while (nidSpace.near(nid)) nid = newNid(r);
    nidSpace.add(nid, i);
    p.realNid = nid;
    p.nid = r.chance(R.regNid) ? nid : null;
    let nssf = newNssf(r);
    while (nssfSpace.near(nssf)) nssf = newNssf(r);
    nssfSpace.add(nssf, i);
    p.nssf = nssf;
    const adult = isoDay(dayOf(dob) + 18 * 365.25 * DAY);
    p.hire = randomDate(r, adult > '2012-01-01' ? adult : '2012-01-01', '2025-05-31');
    p.wage = r.chance(R.regWageNull) ? null : r.int(850, 2200) * 1000;
    p.nameKh = registerKh(r, p.f, p.g);
    if (r.chance(R.regLatinPresent)) {
      const fi = spellIdx(r, FAMILY[p.f].latin.length, R.regLatinCommon);
      const gi = spellIdx(r, GIVEN[p.g].latin.length, R.regLatinCommon);
      p.latinSpell = [fi, gi];
      const words = renderLatinWords(FAMILY[p.f].latin[fi], GIVEN[p.g].latin[gi], r.chance(R.regLatinJoin), false);
      p.nameLatin = r.chance(R.regLatinUpper) ? words.join(' ').toUpperCase() : words.map(title).join(' ');
    }
  }
  // A card never carries a number one slip from another registered worker's: the ids that are
  // not on the register still sit in nidSpace, so all cards are checked against all.

  // --- shuffle the register, then give ids ---
  r.shuffle(people);
  people.forEach((p, i) => {
    p.workerId = `W${String(i + 1).padStart(6, '0')}`;
    p.absent = r.chance(R.absent);
  });
  // id spaces keyed by position after the shuffle
  const nssfReg = new IdSpace();
  const cardSpace = new IdSpace();
  people.forEach((p, i) => {
    nssfReg.add(p.nssf, i);
    cardSpace.add(p.realNid, i);
  });

  const index = new NameIndex();
  people.forEach((p, i) => {
    for (const k of pairKeys(p.f, p.g)) index.add(k, i);
  });

  const drafts: Draft[] = [];

  // --- true rows ---
  people.forEach((p, i) => {
    if (p.absent) return;
    const source = pickSource(r);
    const meta = blankMeta(i, source);
    const idCard = source === 'id-card';
    const name = onsiteName(r, p.f, p.g, source, p, meta);
    let dob: string | null = p.dob;
    if (idCard) meta.dob = 'exact';
    else if (r.chance(R.dobMissing)) {
      dob = null;
      meta.dob = 'missing';
    } else {
      const s = swapDayMonth(p.dob);
      if (s && r.chance(R.dobSwap)) {
        dob = s;
        meta.dob = 'swap';
      } else meta.dob = 'exact';
    }
    let nid: string | null = null;
    if (idCard) {
      nid = p.realNid;
      meta.nid = 'exact';
    } else if (r.chance(R.nidPresent)) {
      nid = p.realNid;
      meta.nid = 'exact';
      if (r.chance(R.nidSlip)) {
        for (let t = 0; t < 10; t++) {
          const s = slip(p.realNid, r);
          if (!cardSpace.near(s, i)) {
            nid = s;
            meta.nid = 'slip';
            break;
          }
        }
      }
    } else meta.nid = 'missing';
    let nssf: string | null = null;
    if (!idCard && r.chance(R.nssfPresent)) {
      nssf = p.nssf;
      meta.nssf = 'exact';
      if (r.chance(R.nssfSlip)) {
        for (let t = 0; t < 10; t++) {
          const s = slip(p.nssf, r);
          if (!nssfReg.near(s, i)) {
            nssf = s;
            meta.nssf = 'slip';
            break;
          }
        }
      }
    } else meta.nssf = 'missing';
    const sexMissing = !idCard && r.chance(R.sexMissing);
    meta.sexMissing = sexMissing;
    drafts.push({
      row: { name, nationalId: nid, nssfNumber: nssf, sex: sexMissing ? null : p.sex, dateOfBirth: dob, source },
      meta,
    });
  });

  // --- hidden rows ---
  const present = drafts.length;
  const nHidden = Math.round((present * R.hidden) / (1 - R.hidden));
  const absentIdx = people.map((p, i) => (p.absent ? i : -1)).filter((i) => i >= 0);
  const randomFreeNid = () => {
    let n = newNid(r);
    while (cardSpace.near(n)) n = newNid(r);
    return n;
  };
  for (let h = 0; h < nHidden; h++) {
    const source = pickSource(r);
    const idCard = source === 'id-card';
    const meta = blankMeta(null, source);
    let sex: 'F' | 'M';
    let name = '';
    let cands = new Set<number>();
    if (r.chance(R.hiddenNamesake)) {
      const ofAbsent = absentIdx.length > 0 && r.chance(R.hiddenOfAbsent);
      const t = ofAbsent ? r.pick(absentIdx) : r.int(0, people.length - 1);
      const tp = people[t];
      meta.hiddenMode = tp.absent ? 'namesake-absent' : 'namesake';
      sex = tp.sex;
      name = onsiteName(r, tp.f, tp.g, source, null, meta);
      cands = index.query(nameKey(name));
    } else {
      meta.hiddenMode = 'fresh';
      sex = r.chance(R.female) ? 'F' : 'M';
      // a full name no spelling of which is within one edit of a registered one; then written
      // once, with the same variation mix as any row (a typo may still bring it near a name:
      // then it is ruled out like a namesake)
      let f = 0;
      let g = 0;
      for (let t = 0; t < 60; t++) {
        f = r.pickSkewed(FAMILY_IDX, R.famSkew);
        g = pickGiven(r, sex);
        if (pairKeys(f, g).every((k) => index.query(k).size === 0)) break;
      }
      name = onsiteName(r, f, g, source, null, meta);
      cands = index.query(nameKey(name));
      if (cands.size) meta.hiddenMode = 'fresh-ruled';
    }
    const cl = [...cands].map((c) => people[c]);
    // rule out by national ID (DOB missing) or by DOB
    let dob: string | null;
    let nid: string | null = null;
    const byNid = cl.length > 0 && !idCard && r.chance(R.hiddenByNid) && cl.every((c) => c.nid);
    if (cl.length === 0) {
      meta.ruledBy = 'none';
      dob = !idCard && r.chance(R.dobMissing) ? null : randomDate(r, '1973-01-01', '2006-12-31');
      if (idCard || r.chance(R.nidPresent)) nid = randomFreeNid();
    } else if (byNid) {
      meta.ruledBy = 'nid';
      dob = null;
      nid = randomFreeNid();
    } else {
      meta.ruledBy = 'dob';
      dob = randomDate(r, '1973-01-01', '2006-12-31');
      while (cl.some((c) => dobNear(c.dob, dob!))) dob = randomDate(r, '1973-01-01', '2006-12-31');
      if (idCard || r.chance(R.nidPresent)) nid = randomFreeNid();
    }
    meta.dob = dob ? 'exact' : 'missing';
    meta.nid = nid ? 'exact' : 'missing';
    meta.nssf = 'missing';
    const sexMissing = !idCard && r.chance(R.sexMissing);
    meta.sexMissing = sexMissing;
    drafts.push({
      row: { name, nationalId: nid, nssfNumber: null, sex: sexMissing ? null : sex, dateOfBirth: dob, source },
      meta,
    });
  }

  // --- shuffle rows, then ids, times and sheet rows in row order ---
  r.shuffle(drafts);
  let t = Date.parse('2025-06-10T01:30:00.000Z');
  let sheetRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const d of drafts) {
    t += r.int(1, 6) * 1000 + r.int(0, 999);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: d.row.name,
      nationalId: d.row.nationalId,
      nssfNumber: d.row.nssfNumber,
      sex: d.row.sex,
      dateOfBirth: d.row.dateOfBirth,
      source: d.row.source,
      sourceRow: d.row.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.meta.truth === null ? null : people[d.meta.truth].workerId);
  }
  const registered: RegisteredWorker[] = people.map((p) => ({
    workerId: p.workerId,
    nssfNumber: p.nssf,
    nationalId: p.nid,
    nameKh: p.nameKh,
    nameLatin: p.nameLatin,
    sex: p.sex,
    dateOfBirth: p.dob,
    hireDate: p.hire,
    wageRiel: p.wage,
  }));
  return { roster: { registered, onsite, truth }, meta: drafts.map((d) => d.meta) };
}

export function generateSeventyNinth(size: number, seed: number): Roster {
  return generateSeventyNinthWithMeta(size, seed).roster;
}

// =============================================================================================
// self-check

/** Registered name → (family, given) from its Khmer alone, via the lexicon. */
function lexiconByKhmer(): Map<string, [number, number]> {
  const m = new Map<string, [number, number]>();
  FAMILY.forEach((F, f) => GIVEN.forEach((G, g) => m.set(canonKh(F.kh) + canonKh(G.kh), [f, g])));
  return m;
}

interface Cand {
  idx: number;
  w: RegisteredWorker;
}
function ruledOut(o: OnsiteWorker, w: RegisteredWorker): boolean {
  if (o.sex && w.sex && o.sex !== w.sex) return true;
  if (o.dateOfBirth && w.dateOfBirth && !dobNear(o.dateOfBirth, w.dateOfBirth)) return true;
  if (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId) >= 2) return true;
  if (o.nssfNumber && w.nssfNumber && osa(o.nssfNumber, w.nssfNumber) >= 2) return true;
  return false;
}

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const P = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2) + ' %' : '-');

  const t0 = performance.now();
  const { roster, meta } = generateSeventyNinthWithMeta(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const byId = new Map(registered.map((w, i) => [w.workerId, i]));

  // ---------------- shape ----------------
  const nTrue = meta.filter((m) => m.truth !== null).length;
  const nHidden = onsite.length - nTrue;
  const absent = registered.length - new Set([...truth.values()].filter(Boolean)).size;
  console.log(`\nseventyninth size=${size} seed=${seed}: ${SEVENTYNINTH_LABEL}`);
  console.log(`registered ${registered.length}, on-site rows ${onsite.length} (true ${nTrue}, hidden ${nHidden} = ${pct(nHidden, onsite.length)} of rows), absent ${absent} = ${pct(absent, registered.length)}`);
  const hm = (k: string) => meta.filter((m) => m.hiddenMode === k).length;
  console.log(`hidden: namesake of a present worker ${hm('namesake')}, of an absent worker ${hm('namesake-absent')}, fresh ${hm('fresh')}, fresh but near a name ${hm('fresh-ruled')}; ruled out by DOB ${meta.filter((m) => m.ruledBy === 'dob').length}, by national ID ${meta.filter((m) => m.ruledBy === 'nid').length}`);
  const tm = meta.filter((m) => m.truth !== null);
  const kh = tm.filter((m) => m.script === 'kh');
  const lat = tm.filter((m) => m.script === 'lat');
  const c = (xs: RowMeta[], f: (m: RowMeta) => boolean) => xs.filter(f).length;
  console.log(`true rows: Khmer ${pct(kh.length, tm.length)}, Latin ${pct(lat.length, tm.length)}; Latin on site vs no Latin on register ${pct(c(tm, (m) => !!m.crossNoLatin), tm.length)}`);
  console.log(`  Khmer rows: sep space ${pct(c(kh, (m) => m.khSep === 'space'), kh.length)}, ZWSP ${pct(c(kh, (m) => m.khSep === 'zwsp'), kh.length)} (+ZWSP inside compound ${c(kh, (m) => !!m.khZwInside)}), none ${pct(c(kh, (m) => m.khSep === 'none'), kh.length)}; keyboard order drawn ${pct(c(kh, (m) => !!m.khReorderDrawn), kh.length)}, changed bytes ${pct(c(kh, (m) => !!m.khReorderChanged), kh.length)}; NFD ${pct(c(kh, (m) => !!m.khNfd), kh.length)} (bytes changed ${c(kh, (m) => !!m.khNfdChanged)}); swapped ${pct(c(kh, (m) => m.swap), kh.length)}; typo ${pct(c(kh, (m) => !!m.typo), kh.length)} (omit ${c(kh, (m) => m.typo === 'kh-omit')}, double ${c(kh, (m) => m.typo === 'kh-double')}, near key ${c(kh, (m) => m.typo === 'kh-near')})`);
  console.log(`  Latin rows: another romanization in >=1 word ${pct(c(lat, (m) => (m.latAltWords ?? 0) > 0), lat.length)}, compound joined ${pct(c(lat, (m) => !!m.latJoined), lat.length)}, swapped ${pct(c(lat, (m) => m.swap), lat.length)}, UPPER ${pct(c(lat, (m) => m.latCase === 'upper'), lat.length)}, lower ${pct(c(lat, (m) => m.latCase === 'lower'), lat.length)}, typo ${pct(c(lat, (m) => !!m.typo), lat.length)}`);
  console.log(`  DOB missing ${pct(c(tm, (m) => m.dob === 'missing'), tm.length)}, swapped ${pct(c(tm, (m) => m.dob === 'swap'), tm.length)}; national ID present ${pct(c(tm, (m) => m.nid !== 'missing'), tm.length)}, slip ${c(tm, (m) => m.nid === 'slip')}; NSSF present ${pct(c(tm, (m) => m.nssf !== 'missing'), tm.length)}, slip ${c(tm, (m) => m.nssf === 'slip')}; sex missing ${pct(c(tm, (m) => m.sexMissing), tm.length)}`);
  console.log(`  source: csv ${pct(c(meta, (m) => m.source === 'csv'), meta.length)}, manual ${pct(c(meta, (m) => m.source === 'manual'), meta.length)}, id-card ${pct(c(meta, (m) => m.source === 'id-card'), meta.length)}`);
  const regKhPlain = registered.filter((w) => / /.test(w.nameKh)).length;
  console.log(`register: Latin name present ${pct(registered.filter((w) => w.nameLatin).length, registered.length)}, national ID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, Khmer with a plain space ${pct(regKhPlain, registered.length)}`);

  // ---------------- index over the register, from its own records + the lexicon ----------------
  console.log('audit:');
  const lex = lexiconByKhmer();
  const index = new NameIndex();
  const regKeys: string[][] = [];
  let unparsed = 0;
  let latinOff = 0;
  registered.forEach((w, i) => {
    const fg = lex.get(canonKh(w.nameKh));
    if (!fg) {
      unparsed++;
      regKeys.push([]);
      return;
    }
    const keys = pairKeys(fg[0], fg[1]);
    regKeys.push(keys);
    for (const k of keys) index.add(k, i);
    if (w.nameLatin && !keys.includes(latinKey(w.nameLatin))) latinOff++;
  });
  check(unparsed === 0 && latinOff === 0, `every registered Khmer name is a lexicon name and its Latin one of its romanizations (${unparsed}, ${latinOff} off)`);

  // lexicon sanity: stored in canonical order
  const lexOff = [...FAMILY, ...GIVEN].filter((n) => canonKh(n.kh) !== units(n.kh).map((u) => (u.length === 2 ? String.fromCharCode(0xe000 + u.charCodeAt(1) - 0x1780) : u)).join(''));
  check(lexOff.length === 0, `lexicon Khmer in canonical code point order (${lexOff.map((n) => n.kh).join(' ')})`);

  // ---------------- rule 1 ----------------
  let r1bad = 0;
  const r1ex: string[] = [];
  let truthMissingFromCands = 0;
  let undecidable = 0;
  let nTrueChecked = 0;
  let hiddenBad = 0;
  let hiddenNear = 0;
  const hiddenEx: string[] = [];
  onsite.forEach((o) => {
    const tw = truth.get(o.id);
    const q = nameKey(o.name);
    const cands = index.query(q);
    if (tw === undefined) {
      r1bad++;
      return;
    }
    if (tw === null) {
      if (cands.size) hiddenNear++;
      for (const ci of cands) {
        if (!ruledOut(o, registered[ci])) {
          hiddenBad++;
          if (hiddenEx.length < 3) hiddenEx.push(`${o.name} ~ ${registered[ci].nameKh}`);
        }
      }
      return;
    }
    nTrueChecked++;
    const ti = byId.get(tw)!;
    const w = registered[ti];
    const errs: string[] = [];
    if (!regKeys[ti].some((k) => osa(q, k) <= 1)) errs.push('name');
    if (!cands.has(ti)) truthMissingFromCands++;
    if (o.sex !== null && o.sex !== w.sex) errs.push('sex');
    if (o.dateOfBirth !== null && o.dateOfBirth !== w.dateOfBirth && swapDayMonth(w.dateOfBirth!) !== o.dateOfBirth) errs.push('dob');
    if (o.nationalId !== null && w.nationalId !== null && osa(o.nationalId, w.nationalId) > 1) errs.push('nid');
    if (o.nssfNumber !== null && w.nssfNumber !== null && osa(o.nssfNumber, w.nssfNumber) > 1) errs.push('nssf');
    if (ruledOut(o, w)) errs.push('ruled-out');
    if (errs.length) {
      r1bad++;
      if (r1ex.length < 3) r1ex.push(`${o.name} vs ${w.nameKh}: ${errs.join(',')}`);
    }
    // rule 5
    for (const ci of cands) if (ci !== ti && !ruledOut(o, registered[ci])) {
      undecidable++;
      break;
    }
  });
  check(r1bad === 0 && truthMissingFromCands === 0, `rule 1: every true row a plausible variant of its worker (${r1bad} bad, ${truthMissingFromCands} not found by name) ${r1ex.join(' | ')}`);

  // ---------------- rule 2 ----------------
  const groups = new Map<string, number[]>();
  registered.forEach((_, i) => {
    for (const k of regKeys[i]) {
      const g = groups.get(k);
      if (g) g.push(i);
      else groups.set(k, [i]);
    }
  });
  let r2bad = 0;
  const withNamesake = new Set<number>();
  let largest = 0;
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    largest = Math.max(largest, g.length);
    for (let a = 0; a < g.length; a++) {
      withNamesake.add(g[a]);
      for (let b = a + 1; b < g.length; b++) if (dobNear(registered[g[a]].dateOfBirth!, registered[g[b]].dateOfBirth!)) r2bad++;
    }
  }
  console.log(`  namesakes: ${pct(withNamesake.size, registered.length)} of registered share a full name with another; largest group ${largest}`);
  check(r2bad === 0, `rule 2: registered namesakes' DOBs more than a swap or one digit apart (${r2bad} pairs bad)`);

  // ---------------- rule 3 ----------------
  check(hiddenBad === 0, `rule 3: every hidden row unlike any registered name, or ruled out by a field on both sides (${hiddenNear} could pass by name, ${hiddenBad} not ruled out) ${hiddenEx.join(' | ')}`);

  // ---------------- rule 4 ----------------
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: on-site ids unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt increasing in row order');
  const csvRows = onsite.filter((o) => o.source === 'csv');
  check(csvRows.every((o, i) => o.sourceRow === i + 1) && onsite.every((o) => o.source === 'csv' || o.sourceRow === null), 'rule 4: sourceRow numbers the CSV rows in order, null otherwise');
  check(registered.every((w, i) => w.workerId === `W${String(i + 1).padStart(6, '0')}`), 'rule 4: worker ids assigned in register order, after the shuffle');
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => {
    const tw = truth.get(o.id);
    if (tw) {
      xs.push(i);
      ys.push(byId.get(tw)!);
    }
  });
  const corr = (a: number[], b: number[]) => {
    const n = a.length;
    const ma = a.reduce((s, x) => s + x, 0) / n;
    const mb = b.reduce((s, x) => s + x, 0) / n;
    let sab = 0, saa = 0, sbb = 0;
    for (let i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) ** 2;
      sbb += (b[i] - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
  };
  const rho = corr(xs, ys);
  const hidPos = onsite.map((o, i) => (truth.get(o.id) === null ? i / onsite.length : -1)).filter((x) => x >= 0);
  const hidMean = hidPos.reduce((s, x) => s + x, 0) / hidPos.length;
  const presentIds = new Set(truth.values());
  const absPos = registered.map((w, i) => (presentIds.has(w.workerId) ? -1 : i / registered.length)).filter((x) => x >= 0);
  const absMean = absPos.reduce((s, x) => s + x, 0) / absPos.length;
  const dobCorr = corr(registered.map((_, i) => i), registered.map((w) => dayOf(w.dateOfBirth!)));
  const lim = 4 / Math.sqrt(registered.length);
  check(Math.abs(rho) < lim && Math.abs(dobCorr) < lim && Math.abs(hidMean - 0.5) < 0.12 && Math.abs(absMean - 0.5) < 0.15,
    `rule 4: no order leak (|corr| < ${lim.toFixed(3)}: row↔worker corr ${rho.toFixed(3)}, register order↔DOB corr ${dobCorr.toFixed(3)}, hidden mean position ${hidMean.toFixed(3)}, absent mean position ${absMean.toFixed(3)})`);
  const hidNssf = onsite.filter((o) => truth.get(o.id) === null && o.nssfNumber !== null).length;
  check(onsite.every((o) => o.visitId === VISIT_ID) && hidNssf === 0, 'rule 4: visitId fixed; hidden rows carry no NSSF number (they have none)');

  const hRows = onsite.filter((o) => truth.get(o.id) === null);
  const tRows = onsite.filter((o) => truth.get(o.id) !== null);
  const leaks: string[] = [];
  let leakBad = 0;
  for (const [what, f] of [
    ['DOB missing', (o: OnsiteWorker) => o.dateOfBirth === null],
    ['national ID present', (o: OnsiteWorker) => o.nationalId !== null],
    ['sex missing', (o: OnsiteWorker) => o.sex === null],
    ['Khmer script', (o: OnsiteWorker) => hasKhmer(o.name)],
    ['id-card', (o: OnsiteWorker) => o.source === 'id-card'],
    ['csv', (o: OnsiteWorker) => o.source === 'csv'],
  ] as const) {
    const ph = hRows.filter(f).length / hRows.length;
    const pt = tRows.filter(f).length / tRows.length;
    const tol = 4 * Math.sqrt((pt * (1 - pt)) / hRows.length) + 0.01;
    if (Math.abs(ph - pt) > tol) leakBad++;
    leaks.push(`${what} ${(100 * pt).toFixed(1)}/${(100 * ph).toFixed(1)}`);
  }
  check(leakBad === 0, `rule 4: hidden rows look like true rows field by field (true/hidden %: ${leaks.join(', ')})`);

  // ---------------- rule 5 ----------------
  check(undecidable / nTrueChecked < 0.04, `rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, nTrueChecked)} (< 4 %)`);

  // ---------------- schemas ----------------
  const step = Math.max(1, Math.floor(onsite.length / 300));
  let schemaBad = 0;
  let firstIssue = '';
  for (let i = 0; i < onsite.length; i += step) {
    const res = P.OnsiteWorker.safeParse(onsite[i]);
    if (!res.success) {
      schemaBad++;
      firstIssue ||= JSON.stringify(res.error.issues[0]);
    }
    if ('statedStartDate' in onsite[i] || 'wageRiel' in onsite[i]) schemaBad++;
  }
  for (let i = 0; i < registered.length; i += step) {
    const res = P.RegisteredWorker.safeParse(registered[i]);
    if (!res.success) {
      schemaBad++;
      firstIssue ||= JSON.stringify(res.error.issues[0]);
    }
  }
  check(schemaBad === 0, `schemas: zod safeParse of a sample of ${Math.ceil(onsite.length / step)} on-site and ${Math.ceil(registered.length / step)} registered rows ${firstIssue}`);
  check(truth.size === onsite.length && [...truth.values()].every((v) => v === null || byId.has(v)), 'truth: one entry per on-site row, each a registered id or null');

  // ---------------- determinism, time ----------------
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateSeventyNinth(size, seed);
  const other = generateSeventyNinth(size, seed + 1);
  check(ser(again) === ser(roster) && ser(other) !== ser(roster), 'determinism: same seed identical, another seed differs');
  const t1 = performance.now();
  generateSeventyNinth(10_000, seed);
  const ms10k = performance.now() - t1;
  check(ms10k < 2000, `time: 10,000 registered generated in ${ms10k.toFixed(0)} ms (this size: ${genMs.toFixed(0)} ms)`);

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('seventyninth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1));
}
