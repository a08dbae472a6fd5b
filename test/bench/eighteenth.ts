/**
 * Eighteenth benchmark roster: accepted Khmer SPELLINGS, not only encodings.
 *
 * The same spoken Khmer name is written with different letters by different clerks
 * (ស៊ីណា / សីណា, វណ្ណា / វ៉ាន់ណា, ចម្រើន / ចំរើន, ភក្តី / ភក្ដី, ណារី / នារី, ឧត្តម / ឧត្ដម ...):
 * homophone letters (ណ/ន, ត/ទ, ត/ដ subscripts), a register shifter (៉ ៊) or not, a final silent
 * letter or not. Each name word in `eighteenth-names.ts` lists its accepted Khmer spellings and its
 * Latin romanizations.
 *
 * Model
 * - Register (the fund): nameKh is the spelling on the registration form (per word: the usual
 *   spelling 65 %, another accepted one 35 %), words separated by a space (4 % a ZWSP);
 *   nameLatin present 88 % (UPPER 60 %); ~68 % women; 15 % three-word names (family, middle
 *   family name, given). National ID 94 %, NSSF number 97 %, DOB 99 %, sex 99.5 % present.
 *   Family and given names are drawn skewed, so many workers share a full name.
 * - About 10 % of registered workers are absent; about 7 % of on-site rows are hidden workers,
 *   half of them namesakes of a registered worker (any spelling), half with names that match no one.
 * - On-site rows: 60 % typed in Khmer by the inspector (manual 75 %, read off the ID card 25 %):
 *   in 40 % of them another accepted spelling of at least one word (where the name has one);
 *   encoding variants: separator space / ZWSP / none / space+ZWSP / double space, keyboard
 *   code-point orders (coeng RO first, vowel before subscript, shifter after vowel, sign before
 *   vowel) in 25 %, split vowels (េ+ា for ោ, េ+ី for ើ) where present; family/given swapped 5 %;
 *   a missing vowel sign (typo) in 1.5 %. NFC/NFD: Khmer has no canonical decompositions, so
 *   they are the same text. 40 % come from the employer's sheet in Latin (source csv): the
 *   register's own romanization 40 %, otherwise any listed one; compounds apart/joined/hyphenated;
 *   swapped order 25 %; Title 55 % / UPPER 35 % / lower 10 %; one typo 4 %.
 * - Fields: national ID (manual 25 %, csv 45 %, card 100 %), NSSF number (15 / 50 / 10 %), sex
 *   (90 / 85 / 100 %), DOB (92 / 94 / 100 %); one slip in a typed ID 2 %, DOB day/month swapped
 *   8 % where that is another valid date (about 2 % of rows; never off an ID card).
 *   Hidden workers carry no NSSF number. Hidden namesakes keep the name's sex (unless the given
 *   name is unisex) and are told apart by DOB, ID or sex; hidden newcomers' names are drawn flat,
 *   half with a less common given name, with the same word-count and script mix as true rows.
 *
 * Fairness rules (audited by the self-check: `npx tsx test/bench/eighteenth.ts 10000 1`)
 *  1. A true on-site row carries only plausible variants of its registered worker: any accepted
 *     Khmer spelling or listed romanization of each word (another accepted spelling of the same
 *     name is the same name, not a typo), either order, any case, compounds apart or joined, at
 *     most one typo in one word of 4+ letters (Latin letters or Khmer code points; a Khmer typo
 *     is a missing vowel sign), Khmer encoding variants; IDs exact or one slip (one digit changed
 *     or two adjacent swapped); DOB exact or day/month swapped; sex right or missing.
 *     Extra variation modelled: the register's own Khmer may be any accepted spelling and
 *     occasionally joined by ZWSP; a worker whose register entry lacks a national ID or DOB may
 *     show one on site (nothing to compare). A typo never lands on, or within one edit of,
 *     another word.
 *  2. Registered namesakes (same words in any spelling and order) never share a DOB, and their
 *     DOBs are more than a swap or one digit apart (also after swapping either).
 *  3. A hidden row either could not pass for any registered worker by name (no accepted
 *     spelling/romanization of any registered name, in any order, is within one edit of it —
 *     one edit anywhere, not only in words of 4+ letters), or is ruled out from every registered
 *     worker it could pass for by a field present on BOTH sides: sex differs, DOB more than a
 *     swap or one digit apart, national IDs (or NSSF numbers) 2+ edits apart. Accepted spellings
 *     count as the same name here too.
 *  4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG,
 *     recordedAt increasing in row order, CSV sourceRow numbered in row order, registered worker
 *     ids assigned after shuffling.
 *  5. Undecidable true rows (another registered worker whose name it could equally be, not ruled
 *     out by any field and matched at least as well by the fields) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY18, GIVEN18, type NameWord } from './eighteenth-names';

export const EIGHTEENTH_LABEL =
  'accepted Khmer spellings (ស៊ីណា/សីណា, វណ្ណា/វ៉ាន់ណា, ណ/ន, ត/ដ, shifters) + encodings, Khmer 60 % / Latin 40 %';

// ---------------------------------------------------------------------------------------------
// Lexicon: every accepted spelling and romanization, normalized, with a one-edit index.

const WORDS: readonly NameWord[] = [...FAMILY18, ...GIVEN18];

const ZW = /[\u200b\u200c\u200d\u2060\ufeff]/g;
const isKhCons = (cp: number) => cp >= 0x1780 && cp <= 0x17a2;
const isKhBase = (cp: number) => cp >= 0x1780 && cp <= 0x17b3;

/** rank of a dependent Khmer mark in the usual order; 0 = not a mark */
function markRank(cp: number): number {
  if (cp === 0x17c9 || cp === 0x17ca) return 3; // register shifters
  if (cp >= 0x17b6 && cp <= 0x17c5) return 4; // dependent vowels
  if ((cp >= 0x17c6 && cp <= 0x17d1) || cp === 0x17d3 || cp === 0x17dd) return 5; // signs
  return 0;
}

interface Item {
  s: string;
  r: number;
}
/** Splits Khmer text into clusters: a base and its marks (a coeng + consonant is one mark). */
function khClusters(s: string): { base: string; items: Item[] }[] {
  const cps = [...s];
  const out: { base: string; items: Item[] }[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i].codePointAt(0)!;
    const cl = { base: cps[i], items: [] as Item[] };
    i++;
    if (isKhBase(c)) {
      while (i < cps.length) {
        const d = cps[i].codePointAt(0)!;
        if (d === 0x17d2 && i + 1 < cps.length && isKhCons(cps[i + 1].codePointAt(0)!)) {
          cl.items.push({ s: cps[i] + cps[i + 1], r: cps[i + 1] === '\u179a' ? 2 : 1 });
          i += 2;
          continue;
        }
        const r = markRank(d);
        if (!r) break;
        cl.items.push({ s: cps[i], r });
        i++;
      }
    }
    out.push(cl);
  }
  return out;
}

/** Khmer in one canonical form: no zero-width characters, marks in the usual order, whole vowels. */
export function khCanon(s: string): string {
  const cls = khClusters(s.normalize('NFC').replace(ZW, ''));
  let out = '';
  for (const cl of cls) {
    const items = cl.items.map((x, k) => ({ ...x, k }));
    items.sort((a, b) => a.r - b.r || a.k - b.k);
    out += cl.base + items.map((x) => x.s).join('');
  }
  return out.replace(/\u17c1\u17b6/g, '\u17c4').replace(/\u17c1\u17b8/g, '\u17be');
}
const khBlob = (s: string) => khCanon(s).replace(/[^\u1780-\u17ff]/g, '');
const laBlob = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const isKhmer = (s: string) => /[\u1780-\u17ff]/.test(s);

function dels(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
/** optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap) */
export function osa1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

interface ScriptLex {
  forms: Map<string, number[]>; // normalized form -> word indices
  del: Map<string, string[]>; // form and its one-deletions -> forms
  maxLen: number;
}
function buildLex(kind: 'kh' | 'la'): ScriptLex {
  const forms = new Map<string, number[]>();
  WORDS.forEach((w, wi) => {
    for (const f0 of kind === 'kh' ? w.kh : w.latin) {
      const f = kind === 'kh' ? khBlob(f0) : laBlob(f0);
      const list = forms.get(f) ?? [];
      if (!list.includes(wi)) list.push(wi);
      forms.set(f, list);
    }
  });
  const del = new Map<string, string[]>();
  let maxLen = 0;
  for (const f of forms.keys()) {
    maxLen = Math.max(maxLen, f.length);
    for (const k of [f, ...dels(f)]) {
      const l = del.get(k) ?? [];
      if (!l.includes(f)) l.push(f);
      del.set(k, l);
    }
  }
  return { forms, del, maxLen };
}
const LEX = { kh: buildLex('kh'), la: buildLex('la') };

/** forms within one edit of s (not s itself), of at least minLen characters */
function nearForms(lex: ScriptLex, s: string, minLen: number): string[] {
  const out: string[] = [];
  for (const k of [s, ...dels(s)]) {
    for (const f of lex.del.get(k) ?? []) {
      if (f !== s && f.length >= minLen && !out.includes(f) && osa1(s, f)) out.push(f);
    }
  }
  return out;
}

/** multiset key of a name's words */
const keyOf = (words: readonly number[]) => [...words].sort((a, b) => a - b).join(',');

/**
 * Every way to read a name as a sequence of known words: accepted spellings / romanizations,
 * spaces, ZWSP or nothing between words, with at most one edit in one word of at least
 * `minTypoLen` characters (0 typos if minTypoLen is Infinity). Returns the words' multiset keys.
 */
export function readName(name: string, minTypoLen: number): Set<string> {
  const kh = isKhmer(name);
  const lex = kh ? LEX.kh : LEX.la;
  const b = kh ? khBlob(name) : laBlob(name);
  const memo = new Map<number, number[][]>();
  const go = (pos: number, budget: number): number[][] => {
    if (pos === b.length) return [[]];
    const mk = pos * 2 + budget;
    const hit = memo.get(mk);
    if (hit) return hit;
    const res: number[][] = [];
    for (let L = 1; L <= Math.min(lex.maxLen + 1, b.length - pos); L++) {
      const sub = b.slice(pos, pos + L);
      const exact = lex.forms.get(sub);
      if (exact) for (const w of exact) for (const rest of go(pos + L, budget)) if (rest.length < 4) res.push([w, ...rest]);
      if (budget > 0 && Number.isFinite(minTypoLen)) {
        for (const f of nearForms(lex, sub, minTypoLen)) {
          for (const w of lex.forms.get(f)!) for (const rest of go(pos + L, 0)) if (rest.length < 4) res.push([w, ...rest]);
        }
      }
    }
    memo.set(mk, res);
    return res;
  };
  const keys = new Set<string>();
  for (const p of go(0, 1)) if (p.length >= 2) keys.add(keyOf(p));
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Small helpers: dates, ids, uuids.

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}
/** day and month swapped, or null when that is no valid date or the same date */
export function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (m === dd || Number(dd) > 12) return null;
  return `${y}-${dd}-${m}`;
}
/** DOBs a careful reader could not tell apart: equal, day/month swapped, or one digit apart */
export function dobClose(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || osa1(a, b);
}
function dobConflict(a: string, b: string): boolean {
  const sa = swapDM(a);
  const sb = swapDM(b);
  return dobClose(a, b) || (sa !== null && dobClose(sa, b)) || (sb !== null && dobClose(a, sb));
}

class IdPool {
  private used = new Set<string>();
  constructor(private readonly len: number, private readonly lead: string) {}
  private neighbours(s: string): string[] {
    const out = [s];
    for (let i = 0; i < s.length; i++) {
      for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
      if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    }
    return out;
  }
  /** a new id at least two edits from every id issued so far */
  issue(r: Rng): string {
    for (;;) {
      let s = r.pick(this.lead.split(''));
      while (s.length < this.len) s += String(r.int(0, 9));
      if (this.neighbours(s).some((x) => this.used.has(x))) continue;
      this.used.add(s);
      return s;
    }
  }
}
/** one slip: a digit mistyped or two adjacent digits swapped */
function slip(r: Rng, s: string): string {
  for (;;) {
    const i = r.int(0, s.length - 1);
    if (r.chance(0.5) && i + 1 < s.length && s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    const d = String(r.int(0, 9));
    if (d !== s[i]) return s.slice(0, i) + d + s.slice(i + 1);
  }
}
function uuid(r: Rng): string {
  const h: string[] = [];
  for (let i = 0; i < 16; i++) {
    let v = Math.floor(r.next() * 256);
    if (i === 6) v = (v & 0x0f) | 0x40;
    if (i === 8) v = (v & 0x3f) | 0x80;
    h.push(v.toString(16).padStart(2, '0'));
  }
  const x = h.join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Name rendering.

/** most usual variant 55-65 %, otherwise another one */
function pickVariant(r: Rng, n: number, pFirst: number): number {
  if (n === 1 || r.chance(pFirst)) return 0;
  return r.int(1, n - 1);
}

/** A Khmer word as some keyboard would order its code points (same text once normalized). */
function keyboardOrder(r: Rng, word: string): string {
  let out = '';
  for (const cl of khClusters(word)) {
    let items = cl.items.slice();
    const has = (k: number) => items.some((x) => x.r === k);
    if (has(1) && has(2) && r.chance(0.8)) items = [...items.filter((x) => x.r === 2), ...items.filter((x) => x.r !== 2)];
    if ((has(1) || has(2)) && has(4) && r.chance(0.7)) {
      items = [...items.filter((x) => x.r === 4), ...items.filter((x) => x.r !== 4)];
    }
    if (has(3) && has(4) && r.chance(0.8)) items = [...items.filter((x) => x.r !== 3), ...items.filter((x) => x.r === 3)];
    if (has(4) && has(5) && r.chance(0.7)) items = [...items.filter((x) => x.r === 5), ...items.filter((x) => x.r !== 5)];
    out += cl.base + items.map((x) => x.s).join('');
  }
  return out;
}
const splitVowels = (w: string) => w.replace(/\u17c4/g, '\u17c1\u17b6').replace(/\u17be/g, '\u17c1\u17b8');

/** a typo'd token is fair when it is no word's spelling and within one edit of its own word only */
function typoIsFair(lex: ScriptLex, t: string, wi: number): boolean {
  if (lex.forms.has(t)) return false;
  for (const f of nearForms(lex, t, 1)) if (lex.forms.get(f)!.some((w) => w !== wi)) return false;
  return true;
}

const NEAR_KEYS: Record<string, string> = {
  a: 'sqz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};
function latinTypo(r: Rng, w: string, wi: number): string | null {
  const letters = [...w].map((c, i) => (/[A-Za-z]/.test(c) ? i : -1)).filter((i) => i >= 0);
  if (letters.length < 4) return null;
  for (let tries = 0; tries < 12; tries++) {
    const i = r.pick(letters.slice(1));
    const c = w[i];
    let t: string;
    const op = r.next();
    if (op < 0.3) {
      const alt = NEAR_KEYS[c.toLowerCase()] ?? 'e';
      const n = r.pick(alt.split(''));
      t = w.slice(0, i) + (c === c.toUpperCase() ? n.toUpperCase() : n) + w.slice(i + 1);
    } else if (op < 0.55) t = w.slice(0, i) + w.slice(i + 1);
    else if (op < 0.75) t = w.slice(0, i) + c + w.slice(i);
    else {
      if (i + 1 >= w.length || !/[A-Za-z]/.test(w[i + 1]) || w[i + 1].toLowerCase() === c.toLowerCase()) continue;
      t = w.slice(0, i) + w[i + 1] + c + w.slice(i + 2);
    }
    if (typoIsFair(LEX.la, laBlob(t), wi)) return t;
  }
  return null;
}
function khmerTypo(r: Rng, w: string, wi: number): string | null {
  const cps = [...w];
  if (cps.length < 4) return null;
  const marks = cps.map((c, i) => (markRank(c.codePointAt(0)!) ? i : -1)).filter((i) => i > 0);
  for (let tries = 0; tries < 8 && marks.length; tries++) {
    const i = r.pick(marks);
    const t = cps.slice(0, i).join('') + cps.slice(i + 1).join('');
    if (typoIsFair(LEX.kh, khBlob(t), wi)) return t;
  }
  return null;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());

interface Person {
  words: number[]; // family, [middle family name], given
  sex: 'M' | 'F';
  khIdx: number[]; // spelling on the registration form
  laIdx: number[]; // romanization the fund (or the person) uses
}

interface RowMeta {
  kind: 'true' | 'hidden-namesake' | 'hidden-new';
  script: 'kh' | 'la';
  source: 'manual' | 'csv' | 'id-card';
  altSpelling: boolean;
  sep: string;
  keyboard: boolean;
  split: boolean;
  swapped: boolean;
  typo: boolean;
  caseMode: 'title' | 'upper' | 'lower' | '';
  joined: boolean;
  sameRomanization: boolean;
  dobSwap: boolean;
  idSlip: boolean;
}

function renderName(r: Rng, p: Person, regHasLatin: boolean, m: RowMeta): string {
  const order = p.words.map((_, i) => i);
  const swap = (pr: number) => {
    if (r.chance(pr)) {
      order.push(order.shift()!); // family name moved to the end
      m.swapped = true;
    }
  };
  if (m.script === 'kh') {
    const idx = p.khIdx.slice();
    const multi = p.words.map((w, i) => (WORDS[w].kh.length > 1 ? i : -1)).filter((i) => i >= 0);
    if (multi.length && r.chance(0.4)) {
      const i = r.pick(multi);
      const n = WORDS[p.words[i]].kh.length;
      idx[i] = (idx[i] + r.int(1, n - 1)) % n;
      m.altSpelling = true;
    }
    swap(0.05);
    let parts = order.map((i) => WORDS[p.words[i]].kh[idx[i]]);
    if (r.chance(0.015)) {
      const cand = order.map((_, k) => k).filter((k) => [...parts[k]].length >= 4);
      if (cand.length) {
        const k = r.pick(cand);
        const t = khmerTypo(r, parts[k], p.words[order[k]]);
        if (t) {
          parts[k] = t;
          m.typo = true;
        }
      }
    }
    if (r.chance(0.25)) {
      parts = parts.map((w) => keyboardOrder(r, w));
      m.keyboard = true;
    }
    if (parts.some((w) => /[\u17c4\u17be]/.test(w)) && r.chance(0.35)) {
      parts = parts.map(splitVowels);
      m.split = true;
    }
    const x = r.next();
    m.sep = x < 0.5 ? ' ' : x < 0.75 ? '\u200b' : x < 0.9 ? '' : x < 0.95 ? ' \u200b' : '  ';
    return parts.join(m.sep);
  }
  // Latin, from the employer's sheet
  const idx = p.laIdx.slice();
  m.sameRomanization = regHasLatin && r.chance(0.4);
  if (!m.sameRomanization) for (let i = 0; i < idx.length; i++) idx[i] = pickVariant(r, WORDS[p.words[i]].latin.length, 0.55);
  swap(0.25);
  let parts = order.map((i) => {
    let w = WORDS[p.words[i]].latin[idx[i]];
    if (w.includes(' ')) {
      const x = r.next();
      if (x < 0.35) {
        w = w.replace(' ', '');
        m.joined = true;
      } else if (x < 0.4) w = w.replace(' ', '-');
    }
    return w;
  });
  if (r.chance(0.04)) {
    const cand = order.map((_, k) => k).filter((k) => laBlob(parts[k]).length >= 4);
    if (cand.length) {
      const k = r.pick(cand);
      const t = latinTypo(r, parts[k], p.words[order[k]]);
      if (t) {
        parts[k] = t;
        m.typo = true;
      }
    }
  }
  const x = r.next();
  m.caseMode = x < 0.55 ? 'title' : x < 0.9 ? 'upper' : 'lower';
  parts = parts.map((w) => (m.caseMode === 'upper' ? w.toUpperCase() : m.caseMode === 'lower' ? w.toLowerCase() : titleCase(w)));
  return parts.join(r.chance(0.03) ? '  ' : ' ');
}

// ---------------------------------------------------------------------------------------------
// The generator.

interface Internal {
  roster: Roster;
  meta: Map<string, RowMeta>;
  regWords: Map<string, number[]>;
}

const pool = (sex: 'M' | 'F', rare: boolean) =>
  [...GIVEN18.filter((g) => g.sex === sex), ...GIVEN18.filter((g) => g.sex === 'U')].filter((g) => !!g.rare === rare);
const GIVEN_POOL = {
  F: { common: pool('F', false), rare: pool('F', true) },
  M: { common: pool('M', false), rare: pool('M', true) },
};
const widx = new Map(WORDS.map((w, i) => [w, i]));

/** skewed draws for the register; flat (skew 1) for hidden workers whose names match no one */
function drawPerson(r: Rng, sex: 'M' | 'F', threeWords: boolean, flat = false): Person {
  const fam = widx.get(r.pickSkewed(FAMILY18, flat ? 1 : 1.7))!;
  const words = [fam];
  if (threeWords) {
    let mid = fam;
    while (mid === fam) mid = widx.get(r.pickSkewed(FAMILY18, flat ? 1 : 1.3))!;
    words.push(mid);
  }
  // the register: common names drawn skewed, 8 % from the long tail; hidden newcomers: flat, tail 50 %
  const given = GIVEN_POOL[sex];
  const g = flat
    ? r.pick(r.chance(0.5) ? given.rare : given.common)
    : r.chance(0.08)
      ? r.pick(given.rare)
      : r.pickSkewed(given.common, 1.3);
  words.push(widx.get(g)!);
  return {
    words,
    sex,
    khIdx: words.map((w) => pickVariant(r, WORDS[w].kh.length, 0.65)),
    laIdx: words.map((w) => pickVariant(r, WORDS[w].latin.length, 0.55)),
  };
}

export function build(size: number, seed: number): Internal {
  const r = rng(seed * 7919 + 18);
  const nidPool = new IdPool(9, '0120');
  const nssfPool = new IdPool(10, '12');
  const VISIT = 'visit-eighteenth';

  // --- the register
  interface Reg {
    p: Person;
    w: RegisteredWorker;
  }
  const regs: Reg[] = [];
  const dobsByKey = new Map<string, string[]>();
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.68) ? 'F' : 'M';
    const p = drawPerson(r, sex, r.chance(0.15));
    const key = keyOf(p.words);
    const taken = dobsByKey.get(key) ?? [];
    let dob: string | null = null;
    if (!r.chance(0.01)) {
      for (let t = 0; t < 200; t++) {
        const d = randomDate(r, 1966, 2006);
        if (!taken.some((x) => dobConflict(x, d))) {
          dob = d;
          break;
        }
      }
    }
    if (dob) taken.push(dob);
    dobsByKey.set(key, taken);
    const khSep = r.chance(0.04) ? '\u200b' : ' ';
    const latin = r.chance(0.88) ? p.words.map((w, k) => WORDS[w].latin[p.laIdx[k]]).join(' ') : null;
    const by = dob ? Math.max(Number(dob.slice(0, 4)) + 18, 2008) : 2008;
    const hy = r.int(Math.min(by, 2025), 2025);
    const hm = hy === 2025 ? r.int(1, 2) : r.int(1, 12);
    regs.push({
      p,
      w: {
        workerId: '',
        nssfNumber: r.chance(0.97) ? nssfPool.issue(r) : null,
        nationalId: r.chance(0.94) ? nidPool.issue(r) : null,
        nameKh: p.words.map((w, k) => WORDS[w].kh[p.khIdx[k]]).join(khSep),
        nameLatin: latin && r.chance(0.6) ? latin.toUpperCase() : latin,
        sex: r.chance(0.005) ? null : sex,
        dateOfBirth: dob,
        hireDate: r.chance(0.02) ? null : `${hy}-${pad(hm)}-${pad(r.int(1, daysIn(hy, hm)))}`,
        wageRiel: r.chance(0.9) ? r.int(780, 2400) * 1000 : null,
      },
    });
  }
  r.shuffle(regs);
  regs.forEach((x, i) => (x.w.workerId = `W${pad(i + 1, 6)}`));
  const regByKey = new Map<string, number[]>();
  regs.forEach((x, i) => {
    const k = keyOf(x.p.words);
    const l = regByKey.get(k) ?? [];
    l.push(i);
    regByKey.set(k, l);
  });

  // --- rows
  interface Draft {
    row: Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'>;
    truth: string | null;
    meta: RowMeta;
  }
  const drafts: Draft[] = [];
  const newMeta = (kind: RowMeta['kind']): RowMeta => {
    const x = r.next();
    const script = x < 0.6 ? 'kh' : 'la';
    return {
      kind,
      script,
      source: script === 'la' ? 'csv' : r.chance(0.25) ? 'id-card' : 'manual',
      altSpelling: false,
      sep: '',
      keyboard: false,
      split: false,
      swapped: false,
      typo: false,
      caseMode: '',
      joined: false,
      sameRomanization: false,
      dobSwap: false,
      idSlip: false,
    };
  };
  const RATES = {
    manual: { nid: 0.25, nssf: 0.15, sex: 0.9, dob: 0.92 },
    csv: { nid: 0.45, nssf: 0.5, sex: 0.85, dob: 0.94 },
    'id-card': { nid: 1, nssf: 0.1, sex: 1, dob: 1 },
  } as const;

  const present = regs.filter(() => !r.chance(0.1));
  for (const reg of present) {
    const m = newMeta('true');
    const rate = RATES[m.source];
    const name = renderName(r, reg.p, reg.w.nameLatin !== null, m);
    let nationalId: string | null = null;
    if (r.chance(rate.nid)) {
      if (reg.w.nationalId) {
        nationalId = reg.w.nationalId;
        if (m.source !== 'id-card' && r.chance(0.02)) {
          nationalId = slip(r, nationalId);
          m.idSlip = true;
        }
      } else nationalId = r.chance(0.5) ? nidPool.issue(r) : null;
    }
    let nssfNumber: string | null = null;
    if (reg.w.nssfNumber && r.chance(rate.nssf)) {
      nssfNumber = reg.w.nssfNumber;
      if (r.chance(0.02)) {
        nssfNumber = slip(r, nssfNumber);
        m.idSlip = true;
      }
    }
    let dob: string | null = null;
    if (r.chance(rate.dob)) {
      dob = reg.w.dateOfBirth ?? randomDate(r, 1966, 2006);
      const s = swapDM(dob);
      if (reg.w.dateOfBirth && m.source !== 'id-card' && s && r.chance(0.08)) {
        dob = s;
        m.dobSwap = true;
      }
    }
    drafts.push({
      row: {
        visitId: VISIT,
        name,
        nationalId,
        nssfNumber,
        sex: r.chance(rate.sex) ? reg.p.sex : null,
        dateOfBirth: dob,
        source: m.source,
      },
      truth: reg.w.workerId,
      meta: m,
    });
  }

  // --- hidden workers
  const fieldsRuleOut = (row: Draft['row'], w: RegisteredWorker) =>
    (row.sex !== null && w.sex !== null && row.sex !== w.sex) ||
    (row.dateOfBirth !== null && w.dateOfBirth !== null && !dobClose(row.dateOfBirth, w.dateOfBirth)) ||
    (row.nationalId !== null && w.nationalId !== null && !osa1(row.nationalId, w.nationalId)) ||
    (row.nssfNumber !== null && w.nssfNumber !== null && !osa1(row.nssfNumber, w.nssfNumber));
  const couldPassFor = (name: string): number[] => {
    const out: number[] = [];
    for (const k of readName(name, 1)) for (const i of regByKey.get(k) ?? []) out.push(i);
    return out;
  };

  const nHidden = Math.round((drafts.length * 0.07) / 0.93);
  for (let h = 0; h < nHidden; h++) {
    const namesake = h % 2 === 0;
    const threeWords = r.chance(0.15);
    for (let attempt = 0; ; attempt++) {
      const m = newMeta(namesake ? 'hidden-namesake' : 'hidden-new');
      const rate = RATES[m.source];
      let p: Person;
      if (namesake) {
        const t = r.pick(regs).p;
        const given = WORDS[t.words[t.words.length - 1]];
        const sex: 'M' | 'F' = given.sex === 'U' ? (r.chance(0.5) ? 'F' : 'M') : (given.sex as 'M' | 'F');
        p = {
          words: t.words.slice(),
          sex,
          khIdx: t.words.map((w) => pickVariant(r, WORDS[w].kh.length, 0.65)),
          laIdx: t.words.map((w) => pickVariant(r, WORDS[w].latin.length, 0.55)),
        };
      } else {
        const sex: 'M' | 'F' = r.chance(0.68) ? 'F' : 'M';
        p = drawPerson(r, sex, threeWords || (attempt > 2000 && r.chance(0.5)), true);
      }
      const name = renderName(r, p, false, m);
      const cands = couldPassFor(name);
      if (!namesake && cands.length) continue;
      if (namesake && !cands.length) continue;
      const row: Draft['row'] = {
        visitId: VISIT,
        name,
        nationalId: r.chance(rate.nid) ? nidPool.issue(r) : null,
        nssfNumber: null,
        sex: r.chance(rate.sex) ? p.sex : null,
        dateOfBirth: r.chance(rate.dob) ? randomDate(r, 1966, 2006) : null,
        source: m.source,
      };
      if (namesake) {
        // ruled out from every registered worker it could pass for, by a field on both sides
        let ok = false;
        for (let t = 0; t < 30 && !ok; t++) {
          ok = cands.every((i) => fieldsRuleOut(row, regs[i].w));
          if (ok) break;
          const mode = r.next();
          if (mode < 0.7 || t > 20) {
            const d = randomDate(r, 1966, 2006);
            if (cands.every((i) => !regs[i].w.dateOfBirth || !dobConflict(d, regs[i].w.dateOfBirth))) row.dateOfBirth = d;
          } else if (mode < 0.85) row.nationalId = row.nationalId ?? nidPool.issue(r);
          else row.sex = p.sex;
        }
        if (!ok) continue;
      }
      drafts.push({ row, truth: null, meta: m });
      break;
    }
  }

  // --- shuffle, then ids, times and sheet rows in row order
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = Date.UTC(2025, 2, 12, 1, 30, 0);
  let sheetRow = 0;
  for (const d of drafts) {
    t += r.int(4, 80) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      ...d.row,
      sourceRow: d.row.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.truth);
    meta.set(id, d.meta);
  }
  const regWords = new Map(regs.map((x) => [x.w.workerId, x.p.words]));
  return { roster: { registered: regs.map((x) => x.w), onsite, truth }, meta, regWords };
}

export function generateEighteenth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check: shape, fairness rules 1-5, schemas, determinism, speed.

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0') + ' %';

  // names file
  console.log('name words');
  const kinds = { kh: new Map<string, number>(), la: new Map<string, number>() };
  let clash = 0;
  WORDS.forEach((w, wi) => {
    for (const f of w.kh) {
      const k = khBlob(f);
      if (kinds.kh.has(k) && kinds.kh.get(k) !== wi) clash++;
      kinds.kh.set(k, wi);
      if (khCanon(f) !== f) clash++;
    }
    for (const f of w.latin) {
      const k = laBlob(f);
      if (kinds.la.has(k) && kinds.la.get(k) !== wi) clash++;
      kinds.la.set(k, wi);
    }
  });
  const multi = WORDS.filter((w) => w.kh.length > 1).length;
  console.log(`  ${FAMILY18.length} family + ${GIVEN18.length} given words; ${multi} with 2-3 accepted Khmer spellings; ${LEX.kh.forms.size} Khmer spellings, ${LEX.la.forms.size} romanizations`);
  check(clash === 0, 'every spelling/romanization belongs to one word and is in canonical order');

  const t0 = performance.now();
  const g = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = g.roster;
  const regById = new Map(registered.map((w) => [w.workerId, w]));

  // register keys read back from the data
  const regKey = new Map<string, string>();
  let unreadable = 0;
  for (const w of registered) {
    const ks = readName(w.nameKh, Infinity);
    const want = keyOf(g.regWords.get(w.workerId)!);
    if (!ks.has(want)) unreadable++;
    regKey.set(w.workerId, want);
  }
  const byKey = new Map<string, RegisteredWorker[]>();
  for (const w of registered) {
    const k = regKey.get(w.workerId)!;
    byKey.set(k, [...(byKey.get(k) ?? []), w]);
  }
  const candidates = (name: string, minTypoLen: number) => {
    const out: RegisteredWorker[] = [];
    for (const k of readName(name, minTypoLen)) out.push(...(byKey.get(k) ?? []));
    return out;
  };

  // shape
  console.log(`shape (size ${size}, seed ${seed})`);
  const metas = onsite.map((o) => g.meta.get(o.id)!);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hidden = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set(trueRows.map((o) => truth.get(o.id)));
  const shared = registered.filter((w) => byKey.get(regKey.get(w.workerId)!)!.length > 1).length;
  const biggest = Math.max(...[...byKey.values()].map((l) => l.length));
  const regAlt = registered.filter((w) => {
    const ws = g.regWords.get(w.workerId)!;
    return w.nameKh.split(/[ \u200b]/).some((part, k) => WORDS[ws[k]].kh.indexOf(part) > 0);
  }).length;
  console.log(`  registered ${registered.length}: absent ${registered.length - present.size} (${pct(registered.length - present.size, registered.length)}), Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, Khmer in a less usual spelling ${pct(regAlt, registered.length)}, three-word ${pct(registered.filter((w) => g.regWords.get(w.workerId)!.length === 3).length, registered.length)}`);
  console.log(`  namesakes: ${pct(shared, registered.length)} of registered share their full name; ${byKey.size} distinct names, largest group ${biggest}`);
  const hn = metas.filter((m) => m.kind === 'hidden-namesake').length;
  console.log(`  on site ${onsite.length}: true ${trueRows.length}, hidden ${hidden.length} (${pct(hidden.length, onsite.length)}; namesakes ${hn}, others ${hidden.length - hn})`);
  const tm = trueRows.map((o) => g.meta.get(o.id)!);
  const kh = tm.filter((m) => m.script === 'kh');
  const la = tm.filter((m) => m.script === 'la');
  const rate = (xs: RowMeta[], f: (m: RowMeta) => boolean) => pct(xs.filter(f).length, xs.length);
  console.log(`  true rows: Khmer ${rate(tm, (m) => m.script === 'kh')} (id-card ${rate(kh, (m) => m.source === 'id-card')}), Latin ${rate(tm, (m) => m.script === 'la')}`);
  console.log(`  Khmer rows: another accepted spelling ${rate(kh, (m) => m.altSpelling)}; separator space ${rate(kh, (m) => m.sep === ' ')}, ZWSP ${rate(kh, (m) => m.sep === '\u200b')}, none ${rate(kh, (m) => m.sep === '')}, space+ZWSP ${rate(kh, (m) => m.sep === ' \u200b')}, double ${rate(kh, (m) => m.sep === '  ')}; keyboard order ${rate(kh, (m) => m.keyboard)}, split vowel ${rate(kh, (m) => m.split)}, swapped ${rate(kh, (m) => m.swapped)}, typo ${rate(kh, (m) => m.typo)}`);
  const khDiffers = trueRows.filter((o) => isKhmer(o.name) && o.name !== regById.get(truth.get(o.id)!)!.nameKh).length;
  const reordered = trueRows.filter((o) => isKhmer(o.name) && khCanon(o.name) !== o.name.replace(ZW, '')).length;
  console.log(`  Khmer rows whose text differs from the register's: ${pct(khDiffers, kh.length)}; not in the usual code-point order: ${pct(reordered, kh.length)}`);
  console.log(`  Latin rows: register's romanization ${rate(la, (m) => m.sameRomanization)}, swapped ${rate(la, (m) => m.swapped)}, Title ${rate(la, (m) => m.caseMode === 'title')}, UPPER ${rate(la, (m) => m.caseMode === 'upper')}, lower ${rate(la, (m) => m.caseMode === 'lower')}, compound joined ${rate(la, (m) => m.joined)}, typo ${rate(la, (m) => m.typo)}`);
  const has = (f: (o: OnsiteWorker) => unknown) => pct(trueRows.filter((o) => f(o) !== null).length, trueRows.length);
  console.log(`  true rows with: national ID ${has((o) => o.nationalId)}, NSSF ${has((o) => o.nssfNumber)}, sex ${has((o) => o.sex)}, DOB ${has((o) => o.dateOfBirth)}; ID slip ${rate(tm, (m) => m.idSlip)}, DOB swapped ${rate(tm, (m) => m.dobSwap)}`);

  // rule 1
  console.log('rule 1: true rows carry plausible variants only');
  let badName = 0;
  let badField = 0;
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!)!;
    if (!readName(o.name, 4).has(regKey.get(w.workerId)!)) badName++;
    const dobOk = !o.dateOfBirth || !w.dateOfBirth || o.dateOfBirth === w.dateOfBirth || swapDM(w.dateOfBirth) === o.dateOfBirth;
    const idOk = (a: string | null, b: string | null) => !a || !b || osa1(a, b);
    const sexOk = !o.sex || !w.sex || o.sex === w.sex;
    if (!(dobOk && sexOk && idOk(o.nationalId, w.nationalId) && idOk(o.nssfNumber, w.nssfNumber))) badField++;
  }
  check(unreadable === 0, `register names read back as their words (${unreadable} not)`);
  check(badName === 0, `names are listed spellings/romanizations, either order, <= 1 typo in a 4+ letter word (${badName} not)`);
  check(badField === 0, `IDs exact or one slip, DOB exact or swapped, sex right or missing (${badField} not)`);
  const ids = new Set(trueRows.map((o) => truth.get(o.id)));
  check(ids.size === trueRows.length && [...ids].every((x) => regById.has(x!)), 'each true row names a distinct registered worker');

  // rule 2
  console.log('rule 2: registered namesakes are told apart by DOB');
  let clashes = 0;
  for (const l of byKey.values()) {
    for (let i = 0; i < l.length; i++)
      for (let j = i + 1; j < l.length; j++) {
        const a = l[i].dateOfBirth;
        const b = l[j].dateOfBirth;
        if (a && b && dobClose(a, b)) clashes++;
      }
  }
  check(clashes === 0, `no namesake pair shares a DOB or is a swap / one digit apart (${clashes} pairs)`);

  // rule 3 and 5
  const verdict = (o: OnsiteWorker, w: RegisteredWorker) => {
    let out = false;
    let score = 0;
    if (o.sex && w.sex && o.sex !== w.sex) out = true;
    if (o.dateOfBirth && w.dateOfBirth) {
      if (o.dateOfBirth === w.dateOfBirth) score += 2;
      else if (swapDM(w.dateOfBirth) === o.dateOfBirth) score += 1;
      else if (!dobClose(o.dateOfBirth, w.dateOfBirth)) out = true;
    }
    for (const [a, b] of [
      [o.nationalId, w.nationalId],
      [o.nssfNumber, w.nssfNumber],
    ] as const) {
      if (a && b) {
        if (a === b) score += 2;
        else if (osa1(a, b)) score += 1;
        else out = true;
      }
    }
    return { out, score };
  };
  console.log('rule 3: hidden rows cannot pass for a registered worker');
  let notRuledOut = 0;
  let nsHidden = 0;
  let idNear = 0;
  const allNid = registered.map((w) => w.nationalId).filter((x): x is string => !!x);
  const nidSet = new Set(allNid);
  for (const o of hidden) {
    const c = candidates(o.name, 1);
    if (c.length) nsHidden++;
    if (c.some((w) => !verdict(o, w).out)) notRuledOut++;
    if (o.nationalId && nidSet.has(o.nationalId)) idNear++;
  }
  check(notRuledOut === 0, `every registered worker a hidden row could pass for (one edit anywhere) is ruled out by sex, DOB or an ID on both sides (${notRuledOut} not)`);
  check(idNear === 0, `no hidden row carries a registered national ID (${idNear})`);
  console.log(`  hidden rows that are namesakes (within one edit of a registered name): ${nsHidden} of ${hidden.length} (${pct(nsHidden, hidden.length)})`);
  check(Math.abs(nsHidden / Math.max(1, hidden.length) - 0.5) < 0.1, 'about half the hidden rows are namesakes');
  check(Math.abs(hidden.length / onsite.length - 0.07) < 0.015, 'about 7 % of on-site rows are hidden');
  check(Math.abs(1 - present.size / registered.length - 0.1) < 0.03, 'about 10 % of registered are absent');

  console.log('rule 5: undecidable true rows');
  let undecidable = 0;
  let withNamesake = 0;
  for (const o of trueRows) {
    const trueW = regById.get(truth.get(o.id)!)!;
    const mine = verdict(o, trueW).score;
    const others = candidates(o.name, 4).filter((w) => w !== trueW);
    if (others.length) withNamesake++;
    if (others.some((w) => {
      const v = verdict(o, w);
      return !v.out && v.score >= mine;
    })) undecidable++;
  }
  console.log(`  true rows whose name also fits another registered worker: ${pct(withNamesake, trueRows.length)}`);
  check(undecidable / trueRows.length < 0.04, `undecidable ${undecidable} = ${pct(undecidable, trueRows.length)} < 4 %`);

  // rule 4
  console.log('rule 4: nothing leaks the truth');
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'ids are distinct v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'recordedAt increases in row order');
  const csvRows = onsite.filter((o) => o.source === 'csv');
  check(csvRows.every((o, i) => o.sourceRow === i + 1) && onsite.every((o) => o.source === 'csv' || o.sourceRow === null), 'CSV sourceRow numbered in row order');
  const regIndex = new Map(registered.map((w, i) => [w.workerId, i]));
  const xs = trueRows.map((o) => onsite.indexOf(o));
  const ys = trueRows.map((o) => regIndex.get(truth.get(o.id)!)!);
  const corr = (a: number[], b: number[]) => {
    const n = a.length;
    const ma = a.reduce((s, x) => s + x, 0) / n;
    const mb = b.reduce((s, x) => s + x, 0) / n;
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) ** 2;
      sbb += (b[i] - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
  };
  const rc = corr(xs, ys);
  check(Math.abs(rc) < 4 / Math.sqrt(xs.length), `row order vs register order correlation ${rc.toFixed(3)}`);
  const half = (arr: boolean[]) => {
    const h = Math.floor(arr.length / 2);
    const a = arr.slice(0, h).filter(Boolean).length / h;
    const b = arr.slice(h).filter(Boolean).length / (arr.length - h);
    const p = arr.filter(Boolean).length / arr.length;
    return Math.abs(a - b) < 4 * Math.sqrt((p * (1 - p) * 4) / arr.length) + 1e-9;
  };
  check(half(onsite.map((o) => truth.get(o.id) === null)), 'hidden rows spread evenly over the on-site list');
  check(half(registered.map((w) => !present.has(w.workerId))), 'absent workers spread evenly over the register');
  check(registered.every((w, i) => w.workerId === `W${pad(i + 1, 6)}`), 'worker ids follow the shuffled register order');
  const wordCount = (o: OnsiteWorker) => {
    const ks = [...readName(o.name, 4)].map((k) => k.split(',').length);
    return ks.length ? Math.min(...ks) : 0;
  };
  /** two rates agree within four standard errors of the smaller group */
  const agree = (a: number, b: number, n: number) => Math.abs(a - b) < 4 * Math.sqrt((b * (1 - b)) / Math.max(1, n)) + 0.01;
  const share = (rows: OnsiteWorker[], f: (o: OnsiteWorker) => boolean) => rows.filter(f).length / Math.max(1, rows.length);
  const w3h = share(hidden, (o) => wordCount(o) === 3);
  const w3t = share(trueRows, (o) => wordCount(o) === 3);
  check(agree(w3h, w3t, hidden.length), `three-word names: hidden ${(100 * w3h).toFixed(1)} %, true ${(100 * w3t).toFixed(1)} %`);
  const khh = share(hidden, (o) => isKhmer(o.name));
  const kht = share(trueRows, (o) => isKhmer(o.name));
  check(agree(khh, kht, hidden.length), `Khmer-script names: hidden ${(100 * khh).toFixed(1)} %, true ${(100 * kht).toFixed(1)} %`);
  const srcRate = (rows: OnsiteWorker[], s: string) => rows.filter((o) => o.source === s).length / Math.max(1, rows.length);
  const idc = (rows: OnsiteWorker[]) => srcRate(rows, 'id-card');
  check(
    agree(srcRate(hidden, 'csv'), srcRate(trueRows, 'csv'), hidden.length) && agree(idc(hidden), idc(trueRows), hidden.length),
    `sources: csv hidden ${(100 * srcRate(hidden, 'csv')).toFixed(1)} % / true ${(100 * srcRate(trueRows, 'csv')).toFixed(1)} %, id-card ${(100 * idc(hidden)).toFixed(1)} % / ${(100 * idc(trueRows)).toFixed(1)} %`,
  );

  // schemas, determinism, speed
  console.log('schemas, determinism, speed');
  const badO = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  const badR = registered.filter((w) => !RegisteredSchema.safeParse(w).success).length;
  check(badO === 0 && badR === 0, `zod: ${badO} bad on-site rows, ${badR} bad registered rows`);
  const noExtra = onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o));
  check(noExtra, 'no statedStartDate / wageRiel on on-site rows');
  check(truth.size === onsite.length, 'truth covers every on-site row');
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  check(dump(generateEighteenth(size, seed)) === dump(g.roster), 'same seed, same roster');
  check(dump(generateEighteenth(size, seed + 1)) !== dump(g.roster), 'another seed, another roster');
  let ms = genMs;
  if (size !== 10000) {
    const t1 = performance.now();
    generateEighteenth(10000, seed);
    ms = performance.now() - t1;
  }
  check(ms < 2000, `10,000 registered generated in ${ms.toFixed(0)} ms`);

  console.log(fails.length ? `FAIL (${fails.length}): ${fails.join('; ')}` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('eighteenth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
