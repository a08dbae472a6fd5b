/**
 * `ninetyninth`: a grader's roster, written blind. Emphasis: names run together and split.
 *
 * Only the variations the product text lists, each at a rate chosen to separate a good engine
 * from a mediocre one. Names are built from words (ninetyninth-names.ts); a given name is one or
 * two words (Srey Mom, Kim Heng, Sok Leap ...) or one word of two or three syllables (Sotheary,
 * Sopheaktra, Raksmey). Clerks on BOTH lists, independently, write the given name joined or
 * split (Sreymom / Srey Mom), split inside a word at another syllable (So Theary, Sopheak Tra),
 * or run the family name into the given name (Soksrey Mom, Chansotheary); in Khmer they put a
 * space, a zero-width space or nothing between the words of the given name (ស្រីមុំ, ស្រី មុំ,
 * ស្រី\u200Bមុំ) and a space, a ZWSP or (rarely) nothing after the family name.
 *
 * Chosen rates (of the rows concerned; measured values at 10,000 / seed 1 in brackets):
 *   population       6 % of registered absent; hidden workers 7 % of on-site rows (10,000 registered →
 *                    ≈ 9,400 present + ≈ 710 hidden ≈ 10,150 on site); 72 % women; given name two
 *                    words for 45 % of women and 30 % of men [42 %]; nearly every other given name is
 *                    a word of 2-3 syllables that can be split. Namesakes follow from real name
 *                    frequencies [68 % of registered share their full name at 10k, 15 % at 1k].
 *   registered       Latin name missing 12 %; UPPER 75 % / Title 25 %; two-word given name joined
 *                    55 % / split 45 %; family run into the given name 4 %; split inside a word 8 %
 *                    (where the name has a splittable word); other romanization 30 % per word.
 *                    Khmer: given words nothing 70 % / space 18 % / ZWSP 12 % between them; after the
 *                    family name space 85 % / ZWSP 10 % / nothing 5 %; mark-order variant 8 % per
 *                    word; NFD 10 % (a no-op for Khmer, which has no canonical decompositions).
 *   on-site script   typed rows Khmer 35 % / Latin 65 %; id-card rows Khmer 70 %. Cross-script:
 *                    every Latin row whose worker has no Latin name on the register [7.5 %].
 *   on-site Latin    other romanization 40 % per word; two-word given joined 45 % / split 55 %;
 *                    family run into the given name 10 % of family-first rows ("Soksrey Mom" 70 % /
 *                    "Soksreymom" 30 % for two-word given names); split inside a word 15 % (where
 *                    possible); order swapped 15 %; UPPER 45 % / Title 55 %; one typo 5 %.
 *   on-site Khmer    given words nothing 55 % / space 25 % / ZWSP 20 % between them; after the family
 *                    name space 75 % / ZWSP 17 % / nothing 8 %; order swapped 10 %; mark-order variant
 *                    15 % per word; NFD 10 %. [spacing differs from the registered name in the same
 *                    script on 49 % of true rows]
 *   on-site fields   source id-card 12 % / csv 38 % / manual 50 %. Typed rows: national ID 50 % (one
 *                    slip 5 %), NSSF number 30 % (one slip 5 %), date of birth 90 % (day/month swapped
 *                    5 % where the swap is another valid date), sex 90 %. ID-card rows: national ID,
 *                    date of birth and sex exact, no NSSF number.
 *   hidden workers   55 % drawn as a namesake of a registered worker (present or absent) and written
 *                    with all the variations above; the rest fresh names, which at 10k usually
 *                    collide anyway [94 % of hidden rows pass for someone by name at 10k, 65 % at
 *                    1k]. Same field rates as true rows, except that a hidden row that passes for a
 *                    registered worker of the same sex without a national ID always gives its date of
 *                    birth (rule 3); hidden rows never carry an NSSF number.
 *
 * Fairness rules (audited by the self-check; `npx tsx test/bench/ninetyninth.ts 10000 1`):
 *   1. A true on-site row carries only plausible variants of its registered worker: listed
 *      romanizations, either order, UPPER/Title case, at most one typo in one word of 4+ letters,
 *      Khmer encoding variants (ZWSP or space or nothing between words, another order of the
 *      combining marks inside a syllable, NFC/NFD); IDs exact or one slip (one digit changed or two
 *      adjacent digits swapped); date of birth exact or day/month swapped; sex right or missing.
 *      Extra variation modelled (the theme): spacing. Where the spaces fall is free: a human
 *      reading "Soksrey Mom" against "SOK SREYMOM" ignores the spaces, as the audit does.
 *   2. Registered namesakes (same words in any spelling, spacing or order) never share a date of
 *      birth and are more than a day/month swap or one digit apart; ID numbers of any two
 *      registered workers are at least two edits apart.
 *   3. A hidden row either could not pass for any registered worker by name (its name, spaces
 *      ignored, is not within one edit of any spelling of any registered name, either order, either
 *      script), or every registered worker it could pass for is ruled out by a field present on
 *      both sides: sex differs, dates of birth more than a swap / one digit apart, or national IDs
 *      two or more edits apart.
 *   4. Nothing leaks the truth: on-site rows shuffled, ids random v4 UUIDs from the seeded PRNG,
 *      recordedAt increasing in row order, csv sourceRow numbered in row order, registered
 *      worker ids assigned after shuffling.
 *   5. Undecidable true rows (another registered worker passes by name and agrees on every field
 *      present on both sides) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN_F, GIVEN_M, WORDS } from './ninetyninth-names';

export const NINETYNINTH_LABEL = "grader's roster: names run together and split (Sreymom/Srey Mom/Soksrey Mom), both scripts, namesake hidden workers";

type Sex = 'F' | 'M';

interface Person {
  fam: string;
  giv: string[];
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string;
  hire: string;
  wage: number | null;
  latinMissing: boolean;
}

// ---------------------------------------------------------------------------------------------
// Khmer: canonical order of marks in a syllable, and the keyboard-order variants.
// ---------------------------------------------------------------------------------------------

const COENG = 0x17d2;
const isKhCons = (c: number) => c >= 0x1780 && c <= 0x17a2;
const isKhBase = (c: number) => c >= 0x1780 && c <= 0x17b3;
const isKhDep = (c: number) => (c >= 0x17b6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd;
/** robat 1, register shifters 2, vowel signs 3, other signs 4. */
const khRank = (c: number) => (c === 0x17cc ? 1 : c === 0x17c9 || c === 0x17ca ? 2 : c >= 0x17b6 && c <= 0x17c5 ? 3 : 4);

interface KhCluster { base: number; subs: number[]; marks: number[] }

function khClusters(s: string): (KhCluster | number)[] {
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  const out: (KhCluster | number)[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (!isKhBase(c)) { out.push(c); i++; continue; }
    const cl: KhCluster = { base: c, subs: [], marks: [] };
    i++;
    for (;;) {
      if (cps[i] === COENG && i + 1 < cps.length && isKhCons(cps[i + 1])) { cl.subs.push(COENG, cps[i + 1]); i += 2; }
      else if (i < cps.length && isKhDep(cps[i])) { cl.marks.push(cps[i]); i++; }
      else break;
    }
    out.push(cl);
  }
  return out;
}

const clusterStr = (cl: KhCluster | number, order?: number[]) =>
  typeof cl === 'number' ? String.fromCodePoint(cl) : String.fromCodePoint(...(order ?? [cl.base, ...cl.subs, ...cl.marks]));

/** Canonical Khmer for comparison: no spaces / zero-width characters, marks in one fixed order. */
export function normalizeKhmer(s: string): string {
  const clean = s.normalize('NFC').replace(/[\s\u200b\u200c\u200d\u2060\ufeff\u17b4\u17b5]/g, '');
  let out = '';
  for (const cl of khClusters(clean)) {
    if (typeof cl === 'number') { out += String.fromCodePoint(cl); continue; }
    const marks = cl.marks.map((m, i) => [m, i] as const).sort((a, b) => khRank(a[0]) - khRank(b[0]) || a[1] - b[1]).map((x) => x[0]);
    out += String.fromCodePoint(cl.base, ...cl.subs, ...marks);
  }
  return out;
}

/** The ways keyboards really put a syllable's marks in another order. */
function khReorderOptions(cl: KhCluster): number[][] {
  const opts: number[][] = [];
  const vowels = cl.marks.filter((m) => khRank(m) === 3);
  const signs = cl.marks.filter((m) => khRank(m) === 4);
  const shifters = cl.marks.filter((m) => khRank(m) === 2);
  const robat = cl.marks.filter((m) => khRank(m) === 1);
  if (cl.subs.length && vowels.length) opts.push([cl.base, ...vowels, ...cl.subs, ...robat, ...shifters, ...signs]); // vowel typed before the subscript
  if (vowels.length && signs.length) opts.push([cl.base, ...cl.subs, ...robat, ...shifters, ...signs, ...vowels]); // ំ before ុ
  if (shifters.length && vowels.length) opts.push([cl.base, ...cl.subs, ...robat, ...vowels, ...shifters, ...signs]); // shifter after the vowel
  return opts;
}

function khVariant(kh: string, r: Rng): string {
  const cls = khClusters(kh);
  const cand: number[] = [];
  cls.forEach((cl, i) => { if (typeof cl !== 'number' && khReorderOptions(cl).length) cand.push(i); });
  if (!cand.length) return kh;
  const at = r.pick(cand);
  return cls.map((cl, i) => (i === at && typeof cl !== 'number' ? clusterStr(cl, r.pick(khReorderOptions(cl))) : clusterStr(cl))).join('');
}

// ---------------------------------------------------------------------------------------------
// Name parsing (the audit's "could pass for"): spaces ignored, ≤ budget edits, either script.
// ---------------------------------------------------------------------------------------------

interface TrieNode { next: Map<string, TrieNode>; ids: string[] }
const newNode = (): TrieNode => ({ next: new Map(), ids: [] });

function trieAdd(root: TrieNode, s: string, id: string) {
  let n = root;
  for (const ch of s) {
    let m = n.next.get(ch);
    if (!m) { m = newNode(); n.next.set(ch, m); }
    n = m;
  }
  if (!n.ids.includes(id)) n.ids.push(id);
}

const latinLetters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const hasKhmer = (s: string) => /[\u1780-\u17ff]/.test(s);

let tries: { lat: TrieNode; kh: TrieNode } | null = null;
function getTries() {
  if (tries) return tries;
  const lat = newNode();
  const kh = newNode();
  for (const [id, w] of Object.entries(WORDS)) {
    for (const v of w.lat) trieAdd(lat, latinLetters(v), id);
    trieAdd(kh, normalizeKhmer(w.kh), id);
  }
  tries = { lat, kh };
  return tries;
}

const MAX_WORDS = 5;

/** Every word sequence `q` can be read as, with at most `budget` edits (OSA) in all. */
function parseSeqs(q: string[], root: TrieNode, budget: number): Set<string> {
  const memo = new Map<number, string[][]>();
  const n = q.length;
  const emit = (acc: [string[], number, number][], ids: string[], end: number, left: number) => {
    for (const a of acc) if (a[0] === ids && a[1] === end && a[2] === left) return;
    acc.push([ids, end, left]);
  };
  const walk = (node: TrieNode, i: number, left: number, acc: [string[], number, number][], depth: number) => {
    if (node.ids.length && depth > 0) emit(acc, node.ids, i, left);
    if (i < n) { const c = node.next.get(q[i]); if (c) walk(c, i + 1, left, acc, depth + 1); }
    if (left > 0) {
      for (const [ch, c] of node.next) {
        if (i < n && ch !== q[i]) walk(c, i + 1, left - 1, acc, depth + 1); // substitution
        walk(c, i, left - 1, acc, depth + 1); // a letter missing from q
      }
      if (i < n && depth > 0) walk(node, i + 1, left - 1, acc, depth); // an extra letter in q
      if (i + 1 < n && q[i] !== q[i + 1]) {
        const c = node.next.get(q[i + 1])?.next.get(q[i]);
        if (c) walk(c, i + 2, left - 1, acc, depth + 2); // two letters swapped
      }
    }
  };
  const parse = (pos: number, left: number): string[][] => {
    const key = pos * 4 + left;
    const hit = memo.get(key);
    if (hit) return hit;
    const res: string[][] = [];
    if (pos === n) res.push([]);
    else {
      const acc: [string[], number, number][] = [];
      walk(root, pos, left, acc, 0);
      for (const [ids, end, l2] of acc) {
        for (const rest of parse(end, l2)) {
          if (rest.length >= MAX_WORDS) continue;
          for (const id of ids) res.push([id, ...rest]);
        }
      }
      if (left > 0) for (const rest of parse(pos + 1, left - 1)) res.push(rest); // an extra letter between words
    }
    memo.set(key, res);
    return res;
  };
  const out = new Set<string>();
  for (const s of parse(0, budget)) if (s.length) out.add(s.join(' '));
  if (budget > 0) {
    // two letters swapped across a word boundary
    for (let i = 0; i + 1 < n; i++) {
      if (q[i] === q[i + 1]) continue;
      const q2 = q.slice();
      [q2[i], q2[i + 1]] = [q2[i + 1], q2[i]];
      for (const s of parseSeqs(q2, root, 0)) out.add(s);
    }
  }
  return out;
}

/** The word sequences a name (either script) can be read as, with ≤ budget edits. */
export function nameReadings(name: string, budget: number): Set<string> {
  const t = getTries();
  if (hasKhmer(name)) return parseSeqs([...normalizeKhmer(name)], t.kh, budget);
  return parseSeqs([...latinLetters(name)], t.lat, budget);
}

const seqDirect = (p: { fam: string; giv: string[] }) => [p.fam, ...p.giv].join(' ');
const seqSwapped = (p: { fam: string; giv: string[] }) => [...p.giv, p.fam].join(' ');

class NameIndex {
  private m = new Map<string, number[]>();
  add(p: { fam: string; giv: string[] }, idx: number) {
    for (const k of new Set([seqDirect(p), seqSwapped(p)])) {
      const l = this.m.get(k);
      if (l) l.push(idx); else this.m.set(k, [idx]);
    }
  }
  lookup(readings: Iterable<string>): Set<number> {
    const out = new Set<number>();
    for (const s of readings) for (const i of this.m.get(s) ?? []) out.add(i);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers: edits, dates, ids.
// ---------------------------------------------------------------------------------------------

/** Optimal-string-alignment distance, capped: returns min(d, cap + 1). */
export function osa(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const n = a.length, m = b.length;
  let pp = new Array<number>(m + 1).fill(0);
  let p = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const c = new Array<number>(m + 1);
    c[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, pp[j - 2] + 1);
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    pp = p;
    p = c;
  }
  return Math.min(p[m], cap + 1);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function dobSwap(d: string): string | null {
  const [y, m, dd] = d.split('-').map(Number);
  if (dd > 12 || dd === m) return null;
  if (m > daysIn(y, dd)) return null;
  return `${y}-${pad(dd)}-${pad(m)}`;
}

/** Equal, day/month swapped, or one digit / one adjacent swap apart. */
export function dobNear(a: string, b: string): boolean {
  if (a === b || dobSwap(a) === b) return true;
  return osa(a.replace(/-/g, ''), b.replace(/-/g, ''), 1) <= 1;
}

function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

/** All strings one slip (digit changed, or adjacent digits swapped) from s. */
function slips(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d < 10; d++) {
      const ch = String(d);
      if (ch !== s[i]) out.push(s.slice(0, i) + ch + s.slice(i + 1));
    }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

function freshId(r: Rng, used: Set<string>, len: number, first: string): string {
  for (;;) {
    let s = first;
    while (s.length < len) s += String(r.int(0, 9));
    if (used.has(s) || slips(s).some((x) => used.has(x))) continue;
    used.add(s);
    return s;
  }
}

/** One slip that lands on no other registered number (nor one slip from one). */
function slipOf(s: string, r: Rng, used: Set<string>): string | null {
  const opts = r.shuffle(slips(s));
  for (const o of opts) if (!used.has(o) && !slips(o).some((x) => x !== s && used.has(x))) return o;
  return null;
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
// Rendering names.
// ---------------------------------------------------------------------------------------------

interface LatinOpts { altP: number; joinP: number; crossP: number; splitP: number; swapP: number; upperP: number; typoP: number }
interface KhOpts { givSep: [number, number, number]; famSep: [number, number, number]; swapP: number; variantP: number; nfdP: number }

const REG_LATIN: LatinOpts = { altP: 0.3, joinP: 0.55, crossP: 0.04, splitP: 0.08, swapP: 0, upperP: 0.75, typoP: 0 };
const SITE_LATIN: LatinOpts = { altP: 0.4, joinP: 0.45, crossP: 0.1, splitP: 0.15, swapP: 0.15, upperP: 0.45, typoP: 0.05 };
const CARD_LATIN: LatinOpts = { altP: 0.3, joinP: 0.5, crossP: 0, splitP: 0, swapP: 0, upperP: 1, typoP: 0 };
const REG_KH: KhOpts = { givSep: [0.7, 0.18, 0.12], famSep: [0.05, 0.85, 0.1], swapP: 0, variantP: 0.08, nfdP: 0.1 };
const SITE_KH: KhOpts = { givSep: [0.55, 0.25, 0.2], famSep: [0.08, 0.75, 0.17], swapP: 0.1, variantP: 0.15, nfdP: 0.1 };
const CARD_KH: KhOpts = { givSep: [0.9, 0.1, 0], famSep: [0, 1, 0], swapP: 0, variantP: 0.05, nfdP: 0 };

interface NameMeta {
  script: 'latin' | 'khmer';
  swapped: boolean;
  alt: boolean;
  typo: boolean;
  cross: boolean;
  split: boolean;
  /** two-word given name written joined (Latin) / with nothing between (Khmer); null if one word. */
  givJoined: boolean | null;
  khVariant: boolean;
  khZwsp: boolean;
  /** spacing signature in family-first order, to compare the two lists. */
  sig: string;
}

const KEYS = 'qwertyuiopasdfghjklzxcvbnm';
function typo(w: string, r: Rng): string {
  for (;;) {
    const i = r.int(0, w.length - 1);
    const k = r.int(0, 3);
    let out = w;
    if (k === 0) out = w.slice(0, i) + KEYS[r.int(0, 25)] + w.slice(i + 1);
    else if (k === 1 && w.length > 4) out = w.slice(0, i) + w.slice(i + 1);
    else if (k === 2) out = w.slice(0, i) + KEYS[r.int(0, 25)] + w.slice(i);
    else if (k === 3 && i + 1 < w.length) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out !== w && out.length >= 3) return out;
  }
}

const titleCase = (t: string) => t.charAt(0).toUpperCase() + t.slice(1).toLowerCase();

function renderLatin(p: { fam: string; giv: string[] }, r: Rng, o: LatinOpts): { text: string; meta: NameMeta } {
  const words = [p.fam, ...p.giv];
  let alt = false;
  const spell = words.map((w) => {
    const v = WORDS[w].lat;
    if (v.length > 1 && r.chance(o.altP)) { alt = true; return v[r.int(1, v.length - 1)]; }
    return v[0];
  });
  // pieces of each word (split points honoured only for the one word split below)
  const pieces: string[][] = spell.map((s) => [s.replace(/\|/g, '')]);
  let typoAt = -1;
  if (r.chance(o.typoP)) {
    const cand = pieces.map((pc, i) => (pc[0].length >= 4 ? i : -1)).filter((i) => i >= 0);
    if (cand.length) {
      typoAt = r.pick(cand);
      pieces[typoAt] = [typo(pieces[typoAt][0].toLowerCase(), r)];
    }
  }
  let split = false;
  if (r.chance(o.splitP)) {
    const cand = spell.map((s, i) => (s.includes('|') && i !== typoAt ? i : -1)).filter((i) => i >= 0);
    if (cand.length) {
      const i = r.pick(cand);
      const parts = spell[i].split('|');
      const at = r.int(1, parts.length - 1);
      pieces[i] = [parts.slice(0, at).join(''), parts.slice(at).join('')];
      split = true;
    }
  }
  const swapped = r.chance(o.swapP);
  let givJoined = p.giv.length > 1 ? r.chance(o.joinP) : null;
  const cross = !swapped && r.chance(o.crossP);
  if (cross && givJoined !== null) givJoined = !r.chance(0.7); // "Soksrey Mom" mostly, "Soksreymom" sometimes
  // the pieces in family-first order, and the boundary after each: ' ' or ''
  const seq: string[] = [];
  const bounds: string[] = [];
  pieces.forEach((pc, wi) => {
    pc.forEach((piece, k) => {
      if (seq.length) bounds.push(k > 0 ? ' ' : wi === 1 ? (cross ? '' : ' ') : givJoined ? '' : ' ');
      seq.push(piece);
    });
  });
  const famPieces = pieces[0].length;
  const sig = bounds.map((b) => (b === ' ' ? '_' : '+')).join('');
  const join = (from: number, to: number) => {
    const out: string[] = [];
    let cur = seq[from];
    for (let i = from + 1; i < to; i++) {
      if (bounds[i - 1] === ' ') { out.push(cur); cur = seq[i]; } else cur += seq[i];
    }
    out.push(cur);
    return out;
  };
  const tokens = swapped ? [...join(famPieces, seq.length), ...join(0, famPieces)] : join(0, seq.length);
  const upper = r.chance(o.upperP);
  const text = tokens.map((t) => (upper ? t.toUpperCase() : titleCase(t))).join(' ');
  return {
    text,
    meta: { script: 'latin', swapped, alt, typo: typoAt >= 0, cross, split, givJoined, khVariant: false, khZwsp: false, sig: swapped ? `swap:${sig.slice(famPieces)}` : sig },
  };
}

const pick3 = <T>(r: Rng, p: [number, number, number], v: [T, T, T]): T => {
  const x = r.next();
  return x < p[0] ? v[0] : x < p[0] + p[1] ? v[1] : v[2];
};

function renderKhmer(p: { fam: string; giv: string[] }, r: Rng, o: KhOpts): { text: string; meta: NameMeta } {
  let variant = false;
  const kh = (w: string) => {
    const base = WORDS[w].kh;
    if (r.chance(o.variantP)) {
      const v = khVariant(base, r);
      if (v !== base) { variant = true; return v; }
    }
    return base;
  };
  const famKh = kh(p.fam);
  const givParts = p.giv.map(kh);
  let giv = givParts[0];
  const seps: string[] = [];
  for (let i = 1; i < givParts.length; i++) {
    const s = pick3(r, o.givSep, ['', ' ', '\u200b']);
    seps.push(s);
    giv += s + givParts[i];
  }
  const swapped = r.chance(o.swapP);
  const famSep = swapped ? ' ' : pick3(r, o.famSep, ['', ' ', '\u200b']);
  let text = swapped ? `${giv} ${famKh}` : famKh + famSep + giv;
  if (r.chance(o.nfdP)) text = text.normalize('NFD');
  const zw = text.includes('\u200b');
  const sigOf = (s: string) => (s === '' ? '+' : s === ' ' ? '_' : 'z');
  return {
    text,
    meta: {
      script: 'khmer', swapped, alt: false, typo: false, cross: famSep === '', split: false,
      givJoined: p.giv.length > 1 ? seps.every((s) => s === '') : null, khVariant: variant, khZwsp: zw,
      sig: (swapped ? 'swap:' : sigOf(famSep)) + seps.map(sigOf).join(''),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The generator.
// ---------------------------------------------------------------------------------------------

interface RowMeta {
  truth: number | null; // index into registered
  name: NameMeta;
  source: 'manual' | 'csv' | 'id-card';
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  hiddenKind: 'namesake' | 'fresh' | null;
}

interface Built {
  roster: Roster;
  persons: Person[];
  regMeta: { latin: NameMeta | null; kh: NameMeta }[];
  rowMeta: RowMeta[]; // aligned with roster.onsite
}

const VISIT = 'visit-ninetyninth';

const GIVEN = {
  F: { two: GIVEN_F.filter((g) => g.length > 1), one: GIVEN_F.filter((g) => g.length === 1), twoP: 0.45 },
  M: { two: GIVEN_M.filter((g) => g.length > 1), one: GIVEN_M.filter((g) => g.length === 1), twoP: 0.3 },
};

function newPerson(r: Rng, sex?: Sex): { fam: string; giv: string[]; sex: Sex } {
  const s: Sex = sex ?? (r.chance(0.72) ? 'F' : 'M');
  const g = GIVEN[s];
  return { fam: r.pickSkewed(FAMILY, 1.6), giv: r.pickSkewed(r.chance(g.twoP) ? g.two : g.one, 1.2), sex: s };
}

/** Every spelling of a person's name (spaces aside), either order, either script: for finding namesakes. */
function allSpellings(p: { fam: string; giv: string[] }): string[] {
  const kh = (ws: string[]) => ws.map((w) => WORDS[w].kh).join('');
  return [...allLatinCombos([p.fam, ...p.giv]), ...allLatinCombos([...p.giv, p.fam]), kh([p.fam, ...p.giv]), kh([...p.giv, p.fam])];
}

function allLatinCombos(ws: string[]): string[] {
  let acc = [''];
  for (const w of ws) {
    const next: string[] = [];
    for (const a of acc) for (const v of WORDS[w].lat) next.push(a + latinLetters(v));
    acc = next;
  }
  return acc;
}

function build(size: number, seed: number): Built {
  const r = rng(seed);
  const usedNid = new Set<string>();
  const usedNssf = new Set<string>();

  // 1. registered people, namesakes kept apart by date of birth
  const people: Person[] = [];
  const idx = new NameIndex();
  const readingCache = new Map<string, Set<string>>();
  for (let i = 0; i < size; i++) {
    const base = newPerson(r);
    const key = seqDirect(base);
    let readings = readingCache.get(key);
    if (!readings) {
      readings = new Set<string>();
      for (const s of allSpellings(base)) for (const x of nameReadings(s, 0)) readings.add(x);
      readingCache.set(key, readings);
    }
    const mates = idx.lookup(readings);
    let dob = randomDate(r, 1966, 2006);
    for (let t = 0; t < 200 && [...mates].some((j) => dobNear(people[j].dob, dob)); t++) dob = randomDate(r, 1966, 2006);
    const birthYear = Number(dob.slice(0, 4));
    const hire = randomDate(r, Math.max(2010, birthYear + 18), 2025);
    people.push({
      ...base,
      dob,
      nid: freshId(r, usedNid, 9, String(r.int(0, 2))),
      nssf: freshId(r, usedNssf, 10, '1'),
      hire: hire > '2025-02-28' ? '2025-02-28' : hire,
      wage: r.chance(0.05) ? null : r.int(80, 160) * 10000,
      latinMissing: r.chance(0.12),
    });
    idx.add(base, i);
  }
  r.shuffle(people);
  const index = new NameIndex();
  people.forEach((p, i) => index.add(p, i));

  const regMeta: Built['regMeta'] = [];
  const registered: RegisteredWorker[] = people.map((p, i) => {
    const kh = renderKhmer(p, r, REG_KH);
    const lat = p.latinMissing ? null : renderLatin(p, r, REG_LATIN);
    regMeta.push({ latin: lat?.meta ?? null, kh: kh.meta });
    return {
      workerId: `W${pad(i + 1, 6)}`,
      nssfNumber: p.nssf,
      nationalId: p.nid,
      nameKh: kh.text,
      nameLatin: lat?.text ?? null,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: p.hire,
      wageRiel: p.wage,
    };
  });

  // 2. on-site rows for the registered who are present
  type Draft = Omit<OnsiteWorker, 'id' | 'visitId' | 'sourceRow' | 'recordedAt'> & { meta: RowMeta };
  const drafts: Draft[] = [];
  const pickSource = () => { const x = r.next(); return x < 0.12 ? 'id-card' as const : x < 0.5 ? 'csv' as const : 'manual' as const; };
  const renderFor = (p: { fam: string; giv: string[] }, source: RowMeta['source']) => {
    const khmer = source === 'id-card' ? r.chance(0.7) : r.chance(0.35);
    const out = khmer ? renderKhmer(p, r, source === 'id-card' ? CARD_KH : SITE_KH) : renderLatin(p, r, source === 'id-card' ? CARD_LATIN : SITE_LATIN);
    return out;
  };
  people.forEach((p, i) => {
    if (r.chance(0.06)) return; // absent
    const source = pickSource();
    const nm = renderFor(p, source);
    const card = source === 'id-card';
    let nid: string | null = card || r.chance(0.5) ? p.nid : null;
    let nidSlip = false;
    if (nid && !card && r.chance(0.05)) { const s = slipOf(nid, r, usedNid); if (s) { nid = s; nidSlip = true; } }
    let nssf: string | null = !card && r.chance(0.3) ? p.nssf : null;
    let nssfSlip = false;
    if (nssf && r.chance(0.05)) { const s = slipOf(nssf, r, usedNssf); if (s) { nssf = s; nssfSlip = true; } }
    let dob: string | null = card || r.chance(0.9) ? p.dob : null;
    let dobSwapped = false;
    if (dob && !card && r.chance(0.05)) { const s = dobSwap(dob); if (s) { dob = s; dobSwapped = true; } }
    drafts.push({
      name: nm.text, nationalId: nid, nssfNumber: nssf, sex: card || r.chance(0.9) ? p.sex : null, dateOfBirth: dob, source,
      meta: { truth: i, name: nm.meta, source, nidSlip, nssfSlip, dobSwap: dobSwapped, hiddenKind: null },
    });
  });

  // 3. hidden workers: 7 % of on-site rows
  const present = drafts.length;
  const hiddenCount = Math.round((present * 0.07) / 0.93);
  for (let h = 0; h < hiddenCount; h++) {
    for (let attempt = 0; ; attempt++) {
      const namesake = attempt < 20 && r.chance(0.55);
      const base = namesake ? (() => { const m = people[r.int(0, people.length - 1)]; return { fam: m.fam, giv: m.giv, sex: m.sex }; })() : newPerson(r);
      const source = pickSource();
      const card = source === 'id-card';
      const nm = renderFor(base, source);
      const mates = index.lookup(nameReadings(nm.text, 1));
      const sex: Sex | null = card || r.chance(0.9) ? base.sex : null;
      const nid = card || r.chance(0.5) ? freshId(r, usedNid, 9, String(r.int(0, 2))) : null;
      // date of birth as often as on any row; a namesake with nothing else to tell them apart always gives it
      const needDob = mates.size > 0 && !nid && [...mates].some((j) => sex === null || people[j].sex === sex);
      let dob: string | null = card || needDob || r.chance(0.9) ? randomDate(r, 1966, 2006) : null;
      for (let t = 0; t < 50 && dob && [...mates].some((j) => dobNear(people[j].dob, dob!)); t++) dob = randomDate(r, 1966, 2006);
      const ruledOut = (j: number) => {
        const m = people[j];
        if (sex && sex !== m.sex) return true;
        if (dob && !dobNear(dob, m.dob)) return true;
        if (nid && osa(nid, m.nid, 1) >= 2) return true;
        return false;
      };
      if (![...mates].every(ruledOut)) continue;
      drafts.push({
        name: nm.text, nationalId: nid, nssfNumber: null, sex, dateOfBirth: dob, source,
        meta: { truth: null, name: nm.meta, source, nidSlip: false, nssfSlip: false, dobSwap: false, hiddenKind: mates.size ? 'namesake' : 'fresh' },
      });
      break;
    }
  }

  // 4. shuffle, then ids, times and csv rows in row order
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const rowMeta: RowMeta[] = [];
  let t = Date.UTC(2025, 2, 12, 1, 30, 0);
  let csvRow = 0;
  for (const d of drafts) {
    t += r.int(2, 40) * 1000;
    const id = uuid(r);
    onsite.push({
      id, visitId: VISIT, name: d.name, nationalId: d.nationalId, nssfNumber: d.nssfNumber, sex: d.sex, dateOfBirth: d.dateOfBirth,
      source: d.source, sourceRow: d.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.meta.truth === null ? null : registered[d.meta.truth].workerId);
    rowMeta.push(d.meta);
  }
  return { roster: { registered, onsite, truth }, persons: people, regMeta, rowMeta };
}

export function ninetyninthRoster(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check.
// ---------------------------------------------------------------------------------------------

async function selfCheck() {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const problems: string[] = [];
  const t0 = performance.now();
  const built = build(size, seed);
  const genMs = performance.now() - t0;
  const { roster, persons, rowMeta, regMeta } = built;
  const { registered, onsite, truth } = roster;
  const byWorker = new Map(registered.map((w, i) => [w.workerId, i]));
  const index = new NameIndex();
  persons.forEach((p, i) => index.add(p, i));
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '-');

  // ---- shape ----
  const hiddenRows = rowMeta.filter((m) => m.truth === null);
  const trueRows = rowMeta.filter((m) => m.truth !== null);
  const presentSet = new Set(trueRows.map((m) => m.truth));
  const absent = registered.length - presentSet.size;
  console.log(`ninetyninth roster  size=${size} seed=${seed}  (${NINETYNINTH_LABEL})`);
  console.log(`registered ${registered.length}, on-site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${absent} = ${pct(absent, registered.length)}`);
  const hn = hiddenRows.filter((m) => m.hiddenKind === 'namesake').length;
  const absentSet = new Set(registered.map((_, i) => i).filter((i) => !presentSet.has(i)));
  const hAbs = rowMeta.filter((m, i) => m.truth === null && [...index.lookup(nameReadings(onsite[i].name, 1))].some((j) => absentSet.has(j))).length;
  console.log(`hidden that could pass for a registered worker by name: ${hn} = ${pct(hn, hiddenRows.length)} of hidden (for an absent one: ${hAbs})`);
  const women = persons.filter((p) => p.sex === 'F').length;
  const twoWord = persons.filter((p) => p.giv.length > 1).length;
  console.log(`registered: women ${pct(women, size)}, two-word given names ${pct(twoWord, size)}, Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, size)}`);
  const regLat = regMeta.filter((m) => m.latin).map((m) => m.latin!);
  const reg2 = regLat.filter((m) => m.givJoined !== null);
  console.log(`registered Latin: two-word given joined ${pct(reg2.filter((m) => m.givJoined).length, reg2.length)}, family run in ${pct(regLat.filter((m) => m.cross).length, regLat.length)}, split inside a word ${pct(regLat.filter((m) => m.split).length, regLat.length)}, other romanization ${pct(regLat.filter((m) => m.alt).length, regLat.length)}`);
  const regKh = regMeta.map((m) => m.kh);
  console.log(`registered Khmer: ZWSP ${pct(regKh.filter((m) => m.khZwsp).length, size)}, mark-order variant ${pct(regKh.filter((m) => m.khVariant).length, size)}, two-word given written apart ${pct(regKh.filter((m) => m.givJoined === false).length, regKh.filter((m) => m.givJoined !== null).length)}`);
  const lat = trueRows.filter((m) => m.name.script === 'latin');
  const kh = trueRows.filter((m) => m.name.script === 'khmer');
  const n = trueRows.length;
  console.log(`true rows: Latin ${pct(lat.length, n)}, Khmer ${pct(kh.length, n)}; source id-card ${pct(trueRows.filter((m) => m.source === 'id-card').length, n)}, csv ${pct(trueRows.filter((m) => m.source === 'csv').length, n)}`);
  let crossScript = 0, spacingDiffers = 0, spacingComparable = 0;
  for (const m of trueRows) {
    const rm = regMeta[m.truth!];
    const regSide = m.name.script === 'latin' ? rm.latin : rm.kh;
    if (!regSide) { crossScript++; continue; }
    spacingComparable++;
    if (regSide.sig !== m.name.sig) spacingDiffers++;
  }
  console.log(`cross-script (Latin row, worker registered in Khmer only): ${crossScript} = ${pct(crossScript, n)} of true rows`);
  console.log(`spacing differs from the registered name in the same script: ${pct(spacingDiffers, spacingComparable)} of rows`);
  const lat2 = lat.filter((m) => m.name.givJoined !== null);
  console.log(`on-site Latin: two-word given joined ${pct(lat2.filter((m) => m.name.givJoined).length, lat2.length)}, family run in ${pct(lat.filter((m) => m.name.cross).length, lat.length)}, split inside a word ${pct(lat.filter((m) => m.name.split).length, lat.length)}, order swapped ${pct(lat.filter((m) => m.name.swapped).length, lat.length)}, other romanization ${pct(lat.filter((m) => m.name.alt).length, lat.length)}, typo ${pct(lat.filter((m) => m.name.typo).length, lat.length)}`);
  const kh2 = kh.filter((m) => m.name.givJoined !== null);
  console.log(`on-site Khmer: two-word given apart ${pct(kh2.filter((m) => !m.name.givJoined).length, kh2.length)}, ZWSP ${pct(kh.filter((m) => m.name.khZwsp).length, kh.length)}, nothing after family ${pct(kh.filter((m) => m.name.cross).length, kh.length)}, order swapped ${pct(kh.filter((m) => m.name.swapped).length, kh.length)}, mark-order variant ${pct(kh.filter((m) => m.name.khVariant).length, kh.length)}`);
  const trueIdx = rowMeta.map((m, i) => (m.truth !== null ? i : -1)).filter((i) => i >= 0);
  const c = (f: (o: OnsiteWorker) => boolean) => trueIdx.filter((i) => f(onsite[i])).length;
  console.log(`true rows fields: national ID ${pct(c((o) => !!o.nationalId), n)} (slips ${trueRows.filter((m) => m.nidSlip).length}), NSSF ${pct(c((o) => !!o.nssfNumber), n)} (slips ${trueRows.filter((m) => m.nssfSlip).length}), DOB ${pct(c((o) => !!o.dateOfBirth), n)} (day/month swaps ${trueRows.filter((m) => m.dobSwap).length}), sex ${pct(c((o) => !!o.sex), n)}`);
  // namesake density
  let withNamesake = 0;
  for (const p of persons) if (index.lookup([seqDirect(p), seqSwapped(p)]).size > 1) withNamesake++;
  console.log(`registered workers sharing their full name (words, any order) with another: ${pct(withNamesake, size)}`);

  // ---- rule 1 & 5 ----
  let r1 = 0, undecidable = 0;
  const r1ex: string[] = [];
  const compatible = (o: OnsiteWorker, w: RegisteredWorker) =>
    (!o.sex || !w.sex || o.sex === w.sex) &&
    (!o.dateOfBirth || !w.dateOfBirth || o.dateOfBirth === w.dateOfBirth || dobSwap(w.dateOfBirth) === o.dateOfBirth) &&
    (!o.nationalId || !w.nationalId || osa(o.nationalId, w.nationalId, 1) <= 1) &&
    (!o.nssfNumber || !w.nssfNumber || osa(o.nssfNumber, w.nssfNumber, 1) <= 1);
  for (const i of trueIdx) {
    const o = onsite[i];
    const ti = byWorker.get(truth.get(o.id)!)!;
    const cands = index.lookup(nameReadings(o.name, 1));
    if (!cands.has(ti) || !compatible(o, registered[ti])) { r1++; if (r1ex.length < 5) r1ex.push(`${o.name} ↔ ${registered[ti].nameLatin ?? registered[ti].nameKh}`); continue; }
    for (const j of cands) if (j !== ti && compatible(o, registered[j])) { undecidable++; break; }
  }
  console.log(`rule 1: true rows not a plausible variant of their worker: ${r1}${r1ex.length ? '  e.g. ' + r1ex.join(' | ') : ''}`);
  if (r1) problems.push(`rule 1: ${r1} rows`);
  console.log(`rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, n)} (limit 4 %)`);
  if (undecidable >= 0.04 * n) problems.push('rule 5: too many undecidable rows');

  // ---- rule 2 ----
  let r2 = 0;
  const r2ex: string[] = [];
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i];
    const strs = new Set<string>([normalizeKhmer(WORDS[p.fam].kh + p.giv.map((w) => WORDS[w].kh).join('')), normalizeKhmer(p.giv.map((w) => WORDS[w].kh).join('') + WORDS[p.fam].kh)]);
    const kh = [...strs];
    const mates = new Set<number>();
    for (const s of kh) for (const j of index.lookup(parseSeqs([...s], getTries().kh, 0))) mates.add(j);
    for (const s of [...allLatinCombos([p.fam, ...p.giv]), ...allLatinCombos([...p.giv, p.fam])]) for (const j of index.lookup(parseSeqs([...s], getTries().lat, 0))) mates.add(j);
    for (const j of mates) {
      if (j <= i) continue;
      const a = registered[i], b = registered[j];
      if (dobNear(a.dateOfBirth!, b.dateOfBirth!) || osa(a.nationalId!, b.nationalId!, 1) <= 1 || osa(a.nssfNumber!, b.nssfNumber!, 1) <= 1) {
        r2++;
        if (r2ex.length < 5) r2ex.push(`${a.workerId}/${b.workerId} ${a.dateOfBirth} ${b.dateOfBirth}`);
      }
    }
  }
  // ID numbers at least two edits apart across the whole register
  const nidSet = new Set(registered.map((w) => w.nationalId!));
  const nssfSet = new Set(registered.map((w) => w.nssfNumber!));
  let idClash = 0;
  for (const w of registered) {
    if (slips(w.nationalId!).some((s) => nidSet.has(s))) idClash++;
    if (slips(w.nssfNumber!).some((s) => nssfSet.has(s))) idClash++;
  }
  if (nidSet.size !== registered.length || nssfSet.size !== registered.length) idClash++;
  console.log(`rule 2: namesake pairs too close ${r2}${r2ex.length ? '  e.g. ' + r2ex.join(' | ') : ''}; ID numbers one slip apart ${idClash}`);
  if (r2 || idClash) problems.push('rule 2');

  // ---- rule 3 ----
  let r3 = 0, hiddenPassing = 0;
  const r3ex: string[] = [];
  for (let i = 0; i < onsite.length; i++) {
    if (rowMeta[i].truth !== null) continue;
    const o = onsite[i];
    const cands = index.lookup(nameReadings(o.name, 1));
    if (cands.size) hiddenPassing++;
    for (const j of cands) {
      const w = registered[j];
      const out = (o.sex && w.sex && o.sex !== w.sex) || (o.dateOfBirth && w.dateOfBirth && !dobNear(o.dateOfBirth, w.dateOfBirth)) || (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId, 1) >= 2);
      if (!out) { r3++; if (r3ex.length < 5) r3ex.push(`${o.name} ~ ${w.workerId}`); break; }
    }
  }
  console.log(`rule 3: hidden rows that pass for someone by name ${hiddenPassing} (${pct(hiddenPassing, hiddenRows.length)}), not ruled out ${r3}${r3ex.length ? '  e.g. ' + r3ex.join(' | ') : ''}`);
  if (r3) problems.push(`rule 3: ${r3} rows`);

  // ---- rule 4 ----
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) r4++;
  if (!onsite.every((o) => v4.test(o.id))) r4++;
  for (let i = 1; i < onsite.length; i++) if (onsite[i].recordedAt <= onsite[i - 1].recordedAt) { r4++; break; }
  let lastCsv = 0;
  for (const o of onsite) if (o.sourceRow !== null) { if (o.sourceRow !== lastCsv + 1) { r4++; break; } lastCsv = o.sourceRow; }
  if (new Set(registered.map((w) => w.workerId)).size !== registered.length) r4++;
  if (truth.size !== onsite.length) r4++;
  const firstHalfHidden = rowMeta.slice(0, Math.floor(onsite.length / 2)).filter((m) => m.truth === null).length / Math.max(1, hiddenRows.length);
  if (Math.abs(firstHalfHidden - 0.5) > 4 * Math.sqrt(0.25 / Math.max(1, hiddenRows.length))) r4++; // 4 standard deviations
  // the row order must not follow the register's order
  const xs = trueIdx, ys = trueIdx.map((i) => rowMeta[i].truth!);
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(xs), my = mean(ys);
  let sxy = 0, sxx = 0, syy = 0;
  for (let k = 0; k < xs.length; k++) { sxy += (xs[k] - mx) * (ys[k] - my); sxx += (xs[k] - mx) ** 2; syy += (ys[k] - my) ** 2; }
  const corr = sxy / Math.sqrt(sxx * syy);
  if (Math.abs(corr) > 4 / Math.sqrt(xs.length)) r4++; // 4 standard deviations of a null correlation
  console.log(`rule 4: leak checks failed ${r4} (hidden in first half ${(firstHalfHidden * 100).toFixed(1)} %, row/register order correlation ${corr.toFixed(3)})`);
  if (r4) problems.push('rule 4');

  // ---- rates the brief fixes ----
  const hr = hiddenRows.length / onsite.length, ar = absent / registered.length;
  if (hr < 0.05 || hr > 0.1) problems.push('hidden rate outside 5-10 %');
  if (ar < 0.03 || ar > 0.08) problems.push('absent rate not about 5 %');

  // ---- schemas ----
  const proto = await import('../../src/protocol');
  let bad = 0;
  for (const w of registered) if (!proto.RegisteredWorker.safeParse(w).success) bad++;
  for (const o of onsite) if (!proto.OnsiteWorker.safeParse(o).success) bad++;
  for (const o of onsite) if ('statedStartDate' in o || 'wageRiel' in o) bad++;
  console.log(`schemas: ${bad} invalid records of ${registered.length + onsite.length}`);
  if (bad) problems.push('schema');

  // ---- determinism & timing ----
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = ser(ninetyninthRoster(size, seed)) === ser(roster);
  const other = ser(ninetyninthRoster(size, seed + 1)) !== ser(roster);
  console.log(`determinism: same seed identical ${same}, another seed differs ${other}`);
  if (!same || !other) problems.push('determinism');
  const t1 = performance.now();
  ninetyninthRoster(10000, seed + 7);
  const ms10k = performance.now() - t1;
  console.log(`generation: this roster ${genMs.toFixed(0)} ms, 10k ${ms10k.toFixed(0)} ms (limit 2000)`);
  if (ms10k >= 2000) problems.push('10k generation too slow');

  // a few sample rows
  for (let i = 0; i < 6; i++) {
    const o = onsite[i];
    const w = truth.get(o.id);
    const reg = w ? registered[byWorker.get(w)!] : null;
    console.log(`  ${o.name.replace(/\u200b/g, '<ZWSP>')}  →  ${reg ? `${reg.nameLatin ?? '-'} / ${reg.nameKh.replace(/\u200b/g, '<ZWSP>')}` : 'HIDDEN'}`);
  }

  if (problems.length) {
    console.log('FAIL: ' + problems.join('; '));
    process.exit(1);
  }
  console.log('PASS');
}

if (process.argv[1]?.endsWith('ninetyninth.ts')) {
  selfCheck().catch((e) => { console.error(e); process.exit(1); });
}
