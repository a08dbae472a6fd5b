/**
 * `fortieth` — a blind, labelled roster: Khmer names written back from Latin.
 *
 * Story. The employer's HR system holds Latin names only. For the inspector, a clerk typed every
 * worker into Khmer script by sound, spelling the Latin the way a Khmer speaker hears it, not the
 * way the ID card spells it. So the on-site sheet is all Khmer, but a name is often not the
 * registered Khmer spelling: another consonant series (ស/ស៊, ក/គ, ត/ទ, ដ/ត), another vowel that
 * sounds the same (ា/ៀ for "ea", ៅ/ាវ for "ao", ុ/ូ, ិ/ី), a final consonant spelled as heard
 * (ខ→ក, ទ្ធ→ត, ន/ណ, bantak ់ added or dropped), a subscript dropped or spelled out (ប្ផ→បផ,
 * ណ្ណ→ន់ណ), a register mark ៉/៊ added or left out. Every respelling is listed, word by word, in
 * fortieth-names.ts with the kind of change it makes.
 *
 * Model (rates are per row unless said otherwise).
 *   Register: `size` workers, ~65 % women, names family + given (half the given names are
 *   compounds such as ស្រីមុំ = Srey Mom / Sreymom), family names Zipf-like, so full-name
 *   namesakes are common. Latin name on 96 % (upper case 60 %), DOB always, national ID 97 %,
 *   NSSF number 98 %, sex always, hire date 99 %, wage 98 %. 4 % write ZWSP instead of the space.
 *   On site: ~93 % of registered workers are present (one row each), plus hidden workers making
 *   ~6-8 % of the rows; ~45 % of hidden workers are built as namesakes (by sound) of a registered
 *   worker, the rest get random names, which often collide too.
 *   Names (all Khmer): each word (or each part of a compound) is respelled by ear with
 *   p ≈ 0.33 / 0.36 / 0.22 (family / single given / compound part), at most two changes per name,
 *   so ~60 % of names differ from the registered spelling; the compound keeps the Latin space
 *   (ស្រី មុំ) 50 % of the time when the Latin had one, else 10 %; given name first 7 %; one typo
 *   (a vowel sign dropped or a consonant mistyped, in a word of 4+ letters) 2.5 %; separators: a
 *   space 84 %, ZWSP 10 %, ZWSP+space 3 %, no-break space 3 %; typing-order variants (register
 *   mark after the vowel, vowel before the subscript, ំ before the vowel) tried on 8 %, possible
 *   on about half; ោ/ើ typed as េ+ា/េ+ី when the name has one, 25 % (few names have one).
 *   Fields: DOB 70 % (day/month swapped on 7.5 % of those whose day is ≤ 12, ~3 % of DOBs);
 *   national ID 90 % when DOB is missing and 19 % when it is present (the inspector took the
 *   card number where the sheet had no DOB), ~40 % overall, one mistyped/transposed digit 4 %;
 *   NSSF number 10 % of true rows (slip 3 %), never on hidden rows (they are not registered);
 *   sex 93 %. Hidden rows start from slightly lower DOB/ID rates (65 %; 14 %/85 %) because a
 *   hidden row that could pass for a registered worker and has nothing to rule it out gets a DOB
 *   (or its ID) added; the final rates match the true rows' (~70 % / ~40 %), except that a
 *   hidden row rarely lacks both DOB and ID (~0.3 % against ~3 %). Source csv 94 %
 *   (sourceRow = sheet row), manual 6 %, independent of truth.
 *
 * Fairness rules (audited by the self-check; "could pass" and "ruled out" are defined here):
 *   Name match. An on-site name could pass for a registered worker if its tokens (split on
 *   space / ZWSP / NBSP; joined where a compound was spaced), after encoding normalisation
 *   (ZWSP/ZWJ/ZWNJ, mark order, េ+ា→ោ, េ+ី→ើ; NFC is a no-op for Khmer), read as the worker's
 *   family and given word in either order, each word a listed spelling (registered or listed
 *   respelling, pooled across words sharing a romanization), with at most one word within one
 *   edit (insert / delete / substitute / adjacent swap of a code point) of a listed spelling when
 *   either side has 4+ code points. Cost 0 = exact listed spellings, 1 = one edit.
 *   Ruled out: sex present on both sides and different; DOB on both sides more than a day/month
 *   swap or one digit apart; national IDs (or NSSF numbers) on both sides 2+ edits apart.
 *   1. A true row carries only its worker's listed spellings (either order, encoding variants,
 *      at most one typo), IDs exact or one slip, DOB exact or day/month swapped, sex right or
 *      missing — so its worker always passes and is never ruled out. Extra variation modelled:
 *      the Latin space of a compound may appear in Khmer (ស្រី មុំ), which a human reads through.
 *   2. Registered namesakes — any two workers whose names could pass for each other (this
 *      includes one-edit near-namesakes) — have DOBs that are neither equal, nor a swap, nor one
 *      digit apart (also after swapping either), so an on-site DOB always tells them apart.
 *      All national IDs and NSSF numbers are 2+ edits apart from each other.
 *   3. A hidden row is ruled out from every registered worker it could pass for (cost 0 or 1).
 *   4. No leaks: rows shuffled, UUIDv4 ids from the seeded PRNG, recordedAt increasing in row
 *      order, sourceRow in sheet order, register shuffled before worker ids are assigned.
 *   5. Undecidable true rows — another registered worker whose name passes at no higher cost and
 *      who is not ruled out — stay under 4 %.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { RegisteredWorker, OnsiteWorker } from '../../src/protocol';
import { FAMILY, GIVEN, PREFIXES, ELEMENTS, type NameEntry } from './fortieth-names';

export const FORTIETH_LABEL = 'Khmer written back from Latin: all-Khmer sheet typed by ear (series, vowels, finals, subscripts, ៉/៊), namesakes by sound';

type Sex = 'M' | 'F';

// ─────────────────────────────────────────────────────────────── Khmer text helpers

const ZW_SEP = /[\u200B\u2060\uFEFF]/g;
const ZW_DROP = /[\u200C\u200D]/g;

/** 0 base, 1 coeng (+ its consonant), 2 register shifter / robat, 3 dependent vowel, 4 sign. */
function markClass(c: number): number {
  if (c === 0x17d2) return 1;
  if (c === 0x17c9 || c === 0x17ca || c === 0x17cc) return 2;
  if (c >= 0x17b6 && c <= 0x17c5) return 3;
  if ((c >= 0x17c6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd) return 4;
  return 0;
}

interface Cluster { base: string; marks: { cls: number; s: string }[] }

function clusters(tok: string): Cluster[] {
  const out: Cluster[] = [];
  let i = 0;
  while (i < tok.length) {
    const cl: Cluster = { base: tok[i], marks: [] };
    i++;
    while (i < tok.length) {
      const cls = markClass(tok.charCodeAt(i));
      if (cls === 0) break;
      if (cls === 1) { cl.marks.push({ cls, s: tok.slice(i, i + 2) }); i += 2; continue; }
      cl.marks.push({ cls, s: tok[i] });
      i++;
    }
    out.push(cl);
  }
  return out;
}

const joinClusters = (cs: Cluster[]) => cs.map((c) => c.base + c.marks.map((m) => m.s).join('')).join('');

/** One token in a canonical encoding: marks in a fixed order, split vowels composed. */
export function canonToken(tok: string): string {
  const cs = clusters(tok);
  for (const c of cs) c.marks.sort((a, b) => a.cls - b.cls); // stable
  return joinClusters(cs).replace(/\u17c1\u17b6/g, '\u17c4').replace(/\u17c1\u17b8/g, '\u17be');
}

export function tokensOf(name: string): string[] {
  return name.normalize('NFC').replace(ZW_DROP, '').replace(ZW_SEP, ' ').trim().split(/\s+/).filter(Boolean).map(canonToken);
}

/** Optimal-string-alignment distance ≤ 1 (insert, delete, substitute, adjacent swap). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let i = 0;
    while (i < la && a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** A reordering a different keyboard produces; null when the token has none. */
function reorderVariant(tok: string, r: Rng): string | null {
  const cs = clusters(tok);
  const options: (() => void)[] = [];
  for (const c of cs) {
    const m = c.marks;
    for (let k = 0; k + 1 < m.length; k++) {
      const a = m[k], b = m[k + 1];
      // shifter typed after the vowel; vowel typed before the subscript; ំ/ះ typed before the vowel
      if ((a.cls === 2 && b.cls === 3) || (a.cls === 1 && b.cls === 3) || (a.cls === 3 && b.cls === 4 && b.s !== '\u17cb')) {
        options.push(() => { [m[k], m[k + 1]] = [m[k + 1], m[k]]; });
      }
    }
  }
  if (!options.length) return null;
  r.pick(options)();
  return joinClusters(cs);
}

const CONSONANTS = Array.from('កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ');

/** One typo in a display string: a dependent vowel dropped or a base consonant mistyped. */
function typo(s: string, r: Rng): string | null {
  const vowels: number[] = [];
  const bases: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (markClass(c) === 3) vowels.push(i);
    else if (c >= 0x1780 && c <= 0x17a2 && (i === 0 || s.charCodeAt(i - 1) !== 0x17d2)) bases.push(i);
  }
  if (vowels.length && r.chance(0.5)) {
    const i = r.pick(vowels);
    return s.slice(0, i) + s.slice(i + 1);
  }
  if (!bases.length) return null;
  const i = r.pick(bases);
  let c = r.pick(CONSONANTS);
  while (c === s[i]) c = r.pick(CONSONANTS);
  return s.slice(0, i) + c + s.slice(i + 1);
}

// ─────────────────────────────────────────────────────────────── dates and numbers

const DAY = 86_400_000;
const fmtDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Day and month swapped, or null when that is no date. */
export function swapDM(d: string): string | null {
  const day = d.slice(8, 10);
  if (+day > 12 || +day < 1) return null;
  return `${d.slice(0, 4)}-${day}-${d.slice(5, 7)}`;
}

function digitDiff(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** The audit's DOB test: an on-site DOB fits a registered one (equal, swapped, or one digit off). */
export function dobFits(onsite: string, reg: string): boolean {
  return onsite === reg || swapDM(onsite) === reg || digitDiff(onsite, reg) <= 1;
}

/** Rule 2's stricter closeness: could any on-site rendering of `a` fit `b` (or the reverse)? */
function dobClose(a: string, b: string): boolean {
  const sa = [a, swapDM(a)], sb = [b, swapDM(b)];
  for (const x of sa) for (const y of sb) if (x && y && (x === y || digitDiff(x, y) <= 1)) return true;
  return false;
}

/** Keys shared by two DOBs exactly when dobClose() holds: one digit wildcarded, for a date and its swap. */
function closeKeys(d: string): number[] {
  const out: number[] = [];
  for (const x of [d, swapDM(d)]) {
    if (!x) continue;
    const n = Number(x.slice(0, 4) + x.slice(5, 7) + x.slice(8, 10));
    for (let i = 0; i < 8; i++) {
      const pw = 10 ** (7 - i);
      out.push((n - (Math.floor(n / pw) % 10) * pw) * 10 + i);
    }
  }
  return out;
}

function digitSlip(s: string, r: Rng): string {
  const chars = s.split('');
  if (r.chance(0.5)) {
    const spots = [];
    for (let i = 0; i + 1 < chars.length; i++) if (chars[i] !== chars[i + 1]) spots.push(i);
    if (spots.length) {
      const i = r.pick(spots);
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      return chars.join('');
    }
  }
  const i = r.int(0, chars.length - 1);
  let d = String(r.int(0, 9));
  while (d === chars[i]) d = String(r.int(0, 9));
  chars[i] = d;
  return chars.join('');
}

/**
 * Issues L-digit numbers (as strings) that are all 2+ edits (substitution / adjacent swap) apart.
 * Each number files one key per "digit i wildcarded" and per "digits i, i+1 unordered"; two
 * numbers one edit apart share a key. Keys are folded modulo a prime to stay small integers: a
 * fold collision can only reject a good number, never let a close one through.
 */
class NumberPool {
  private keys = new Set<number>();
  private readonly pw: number[];
  private static readonly P = 1_073_741_789;
  constructor(private readonly L: number, private readonly lo: number, private readonly hi: number) {
    this.pw = Array.from({ length: L }, (_, i) => 10 ** (L - 1 - i));
  }
  issue(r: Rng): string {
    for (;;) {
      const v = r.int(this.lo, this.hi);
      const ks = this.keysOf(v);
      if (ks.some((k) => this.keys.has(k))) continue;
      for (const k of ks) this.keys.add(k);
      return String(v).padStart(this.L, '0');
    }
  }
  private keysOf(v: number): number[] {
    const { pw, L } = this;
    const P = NumberPool.P, M = 2 * L;
    const out: number[] = [];
    for (let i = 0; i < L; i++) {
      const d = Math.floor(v / pw[i]) % 10;
      out.push(((v - d * pw[i]) * M + i) % P);
      if (i + 1 < L) {
        const d2 = Math.floor(v / pw[i + 1]) % 10;
        const lo = Math.min(d, d2), hi = Math.max(d, d2);
        out.push(((v - d * pw[i] - d2 * pw[i + 1] + lo * pw[i] + hi * pw[i + 1]) * M + L + i) % P);
      }
    }
    return out;
  }
}

// ─────────────────────────────────────────────────────────────── lexicon

interface Word {
  id: number;
  role: 'fam' | 'giv';
  sex: 'M' | 'F' | 'U';
  /** one entry for a single word, [prefix, element] for a compound */
  parts: NameEntry[];
  kh: string;
  /** canonical listed spellings, pooled across words that share a romanization */
  variants: string[];
}

interface Lookup { exact: Set<number>; near: Set<number> }

interface Lexicon {
  words: Word[];
  W: number;
  famIds: number[];
  simpleGiven: Record<Sex, number[]>;
  prefixesFor: Record<Sex, number[]>; // indices into PREFIXES
  compound: Map<string, number>; // `${prefix}:${element}` → word id
  elementsFor: (prefix: number, sex: Sex) => number[];
  lookup: (tok: string) => Lookup;
  exactAlike: (w: number) => Set<number>;
  nearAlike: (w: number) => Set<number>;
}

const romKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

let LEX: Lexicon | null = null;

function lexicon(): Lexicon {
  if (LEX) return LEX;
  const words: Word[] = [];
  const add = (role: Word['role'], sex: Word['sex'], parts: NameEntry[]): number => {
    const spell = (e: NameEntry) => [e.kh, ...e.back];
    let forms = spell(parts[0]);
    for (const p of parts.slice(1)) forms = forms.flatMap((a) => spell(p).map((b) => a + b));
    const id = words.length;
    words.push({ id, role, sex, parts, kh: parts.map((p) => p.kh).join(''), variants: [...new Set(forms.map(canonToken))] });
    return id;
  };
  const famIds = FAMILY.map((e) => add('fam', 'U', [e]));
  const simpleGiven: Record<Sex, number[]> = { M: [], F: [] };
  for (const e of GIVEN) {
    const id = add('giv', e.sex, [e]);
    if (e.sex !== 'F') simpleGiven.M.push(id);
    if (e.sex !== 'M') simpleGiven.F.push(id);
  }
  const compound = new Map<string, number>();
  const okElement = (p: NameEntry, e: NameEntry, sex: Sex) => {
    if (p.kh === e.kh) return false;
    if (p.sex === 'F') return sex === 'F' && e.sex !== 'M';
    if (p.sex === 'M') return sex === 'M' && e.sex !== 'F';
    return e.sex === 'U' || (e.sex === 'M' && sex === 'M');
  };
  PREFIXES.forEach((p, pi) => ELEMENTS.forEach((e, ei) => {
    const sexes = (['M', 'F'] as Sex[]).filter((s) => okElement(p, e, s));
    if (sexes.length) compound.set(`${pi}:${ei}`, add('giv', sexes.length === 2 ? 'U' : sexes[0], [p, e]));
  }));
  const prefixesFor: Record<Sex, number[]> = {
    M: PREFIXES.map((_, i) => i).filter((i) => PREFIXES[i].sex !== 'F'),
    F: PREFIXES.map((_, i) => i).filter((i) => PREFIXES[i].sex !== 'M'),
  };
  const elementsFor = (pi: number, sex: Sex) => ELEMENTS.map((_, i) => i).filter((ei) => okElement(PREFIXES[pi], ELEMENTS[ei], sex));

  // Words sharing a romanization sound the same: pool their spellings.
  const roms = (w: Word): string[] => {
    let rs = w.parts[0].lat.map(romKey);
    for (const p of w.parts.slice(1)) rs = rs.flatMap((a) => p.lat.map((b) => a + romKey(b)));
    return rs;
  };
  const byRom = new Map<string, number[]>();
  for (const w of words) for (const k of new Set(roms(w))) byRom.set(k, [...(byRom.get(k) ?? []), w.id]);
  const pooled = words.map((w) => new Set(w.variants));
  for (const ids of byRom.values()) if (ids.length > 1) {
    const all = new Set(ids.flatMap((i) => words[i].variants));
    for (const i of ids) for (const v of all) pooled[i].add(v);
  }
  words.forEach((w, i) => { w.variants = [...pooled[i]]; });

  const exactMap = new Map<string, number[]>();
  const dels = new Map<string, string[]>();
  for (const w of words) for (const v of w.variants) {
    const ids = exactMap.get(v);
    if (ids) { if (!ids.includes(w.id)) ids.push(w.id); continue; }
    exactMap.set(v, [w.id]);
    for (let i = 0; i < v.length; i++) {
      const d = v.slice(0, i) + v.slice(i + 1);
      const list = dels.get(d);
      if (!list) dels.set(d, [v]);
      else if (!list.includes(v)) list.push(v);
    }
  }
  const cache = new Map<string, Lookup>();
  const lookup = (t: string): Lookup => {
    const hit = cache.get(t);
    if (hit) return hit;
    const exact = new Set(exactMap.get(t) ?? []);
    const cand = new Set<string>(dels.get(t) ?? []);
    for (let i = 0; i < t.length; i++) {
      const d = t.slice(0, i) + t.slice(i + 1);
      if (exactMap.has(d)) cand.add(d);
      for (const v of dels.get(d) ?? []) cand.add(v);
    }
    const near = new Set(exact);
    for (const v of cand) {
      if (v === t || Math.max(v.length, t.length) < 4 || !within1(v, t)) continue;
      for (const id of exactMap.get(v)!) near.add(id);
    }
    const res = { exact, near };
    cache.set(t, res);
    return res;
  };
  const eCache = new Map<number, Set<number>>();
  const nCache = new Map<number, Set<number>>();
  const exactAlike = (w: number) => {
    let s = eCache.get(w);
    if (!s) { s = new Set(words[w].variants.flatMap((v) => exactMap.get(v)!)); eCache.set(w, s); }
    return s;
  };
  const nearAlike = (w: number) => {
    let s = nCache.get(w);
    if (!s) { s = new Set(words[w].variants.flatMap((v) => [...lookup(v).near])); nCache.set(w, s); }
    return s;
  };
  LEX = { words, W: words.length, famIds, simpleGiven, prefixesFor, compound, elementsFor, lookup, exactAlike, nearAlike };
  return LEX;
}

/** Registered people that an on-site name could pass for, with the cost (0 exact, 1 one edit). */
function makeMatcher(lex: Lexicon, people: { f: number; g: number }[]) {
  const byPair = new Map<number, number[]>();
  people.forEach((p, i) => {
    const k = p.f * lex.W + p.g;
    const l = byPair.get(k);
    if (l) l.push(i); else byPair.set(k, [i]);
  });
  return (name: string): Map<number, number> => {
    const toks = tokensOf(name);
    const res = new Map<number, number>();
    const splits: [string, string][] = [];
    if (toks.length >= 2) for (let k = 1; k < toks.length; k++) splits.push([toks.slice(0, k).join(''), toks.slice(k).join('')]);
    else if (toks.length === 1) {
      const t = toks[0];
      for (let k = 1; k < t.length; k++) if (markClass(t.charCodeAt(k)) === 0 && t.charCodeAt(k - 1) !== 0x17d2) splits.push([t.slice(0, k), t.slice(k)]);
    }
    const hit = (x: number, y: number, cost: number) => {
      for (const key of [x * lex.W + y, y * lex.W + x]) for (const i of byPair.get(key) ?? []) {
        const c = res.get(i);
        if (c === undefined || cost < c) res.set(i, cost);
      }
    };
    for (const [a, b] of splits) {
      const la = lex.lookup(a), lb = lex.lookup(b);
      if (!la.near.size || !lb.near.size) continue;
      for (const x of la.exact) for (const y of lb.near) hit(x, y, lb.exact.has(y) ? 0 : 1);
      for (const x of la.near) if (!la.exact.has(x)) for (const y of lb.exact) hit(x, y, 1);
    }
    return res;
  };
}

// ─────────────────────────────────────────────────────────────── people and rows

interface Person {
  f: number;
  g: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string | null;
  regNid: string | null;
  regNssf: string | null;
  nameKh: string;
  nameLatin: string | null;
  /** did the Latin given name have a space (Srey Mom)? null when there is no Latin */
  latSpaced: boolean | null;
  hireDate: string | null;
  wage: number | null;
}

interface Row {
  person: number; // index into people, or -1 for hidden
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
  meta: RowMeta;
}

interface RowMeta {
  hidden: 'namesake' | 'fresh' | null;
  changes: number;
  swapped: boolean;
  split: boolean;
  typo: boolean;
  sep: string;
  reorder: boolean;
  splitVowel: boolean;
  idSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  forced: '' | 'dob' | 'id';
}

const pickLat = (e: NameEntry, r: Rng) => r.pickSkewed(e.lat, 2);

/** The on-site Khmer name: respelled by ear, then typed with the sheet's quirks. */
function renderName(lex: Lexicon, f: number, g: number, splitP: number, r: Rng) {
  const fam = lex.words[f].parts[0];
  const giv = lex.words[g].parts;
  const slots: { e: NameEntry; p: number }[] = [
    { e: fam, p: 0.33 },
    ...giv.map((e) => ({ e, p: giv.length === 1 ? 0.36 : 0.22 })),
  ];
  const changed = slots.map((s) => s.e.back.length > 0 && r.chance(s.p));
  let idx = changed.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
  while (idx.length > 2) { const drop = r.int(0, idx.length - 1); changed[idx[drop]] = false; idx = idx.filter((_, k) => k !== drop); }
  const disp = slots.map((s, i) => (changed[i] ? r.pick(s.e.back) : s.e.kh));
  let hadTypo = false;
  if (r.chance(0.025)) {
    // a slot whose word has 4+ code points
    const famLen = disp[0].length, givLen = disp.slice(1).join('').length;
    const ok = disp.map((_, i) => (i === 0 ? famLen >= 4 : givLen >= 4));
    const cands = disp.map((_, i) => i).filter((i) => ok[i]);
    if (cands.length) {
      const i = r.pick(cands);
      const t = typo(disp[i], r);
      if (t && t.length > 0) { disp[i] = t; hadTypo = true; }
    }
  }
  const split = giv.length === 2 && r.chance(splitP);
  let famTok = disp[0];
  let givToks = split ? disp.slice(1) : [disp.slice(1).join('')];
  let reorder = false, splitVowel = false;
  if (r.chance(0.08)) {
    const all = [famTok, ...givToks];
    const order = r.shuffle(all.map((_, i) => i));
    for (const i of order) {
      const v = reorderVariant(all[i], r);
      if (v) { all[i] = v; reorder = true; break; }
    }
    [famTok, ...givToks] = all;
  }
  if (/[\u17c4\u17be]/.test(famTok + givToks.join('')) && r.chance(0.25)) {
    const sv = (s: string) => s.replace(/\u17c4/g, '\u17c1\u17b6').replace(/\u17be/g, '\u17c1\u17b8');
    famTok = sv(famTok);
    givToks = givToks.map(sv);
    splitVowel = true;
  }
  const swapped = r.chance(0.07);
  const u = r.next();
  const sep = u < 0.84 ? ' ' : u < 0.94 ? '\u200b' : u < 0.97 ? '\u200b ' : '\u00a0';
  const toks = swapped ? [...givToks, famTok] : [famTok, ...givToks];
  return { name: toks.join(sep), changes: changed.filter(Boolean).length, swapped, split, typo: hadTypo, sep, reorder, splitVowel };
}

/** on-site presence of DOB / national ID / sex (independent of truth) */
function presence(r: Rng, dobP: number, idIfDob: number, idIfNoDob: number) {
  const hasDob = r.chance(dobP);
  const hasId = hasDob ? r.chance(idIfDob) : r.chance(idIfNoDob);
  return { hasDob, hasId, hasSex: r.chance(0.93) };
}

function ruledOut(row: Pick<Row, 'sex' | 'dateOfBirth' | 'nationalId' | 'nssfNumber'>, p: Person): boolean {
  if (row.sex && row.sex !== p.sex) return true;
  if (row.dateOfBirth && !dobFits(row.dateOfBirth, p.dob)) return true;
  if (row.nationalId && p.regNid && !within1(row.nationalId, p.regNid)) return true;
  if (row.nssfNumber && p.regNssf && !within1(row.nssfNumber, p.regNssf)) return true;
  return false;
}

function uuid(r: Rng): string {
  const h: string[] = [];
  for (let i = 0; i < 16; i++) {
    let b = Math.floor(r.next() * 256);
    if (i === 6) b = (b & 0x0f) | 0x40;
    if (i === 8) b = (b & 0x3f) | 0x80;
    h.push(b.toString(16).padStart(2, '0'));
  }
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

interface Built {
  roster: Roster;
  people: Person[];
  rows: Row[];
  /** register position of each person, on-site position of each row */
  regPos: number[];
  match: (name: string) => Map<number, number>;
  lex: Lexicon;
}

const DOB_LO = Date.UTC(1966, 0, 1), DOB_DAYS = Math.round((Date.UTC(2007, 11, 31) - DOB_LO) / DAY);

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 40);
  const lex = lexicon();
  const W = lex.W;
  const nidPool = new NumberPool(9, 10_000_000, 299_999_999);
  const nssfPool = new NumberPool(9, 100_000_000, 999_999_999);
  const randDob = () => fmtDate(DOB_LO + r.int(0, DOB_DAYS) * DAY);

  // ── register
  const people: Person[] = [];
  const dobsByPair = new Map<number, Set<number>>();
  const pickGiven = (sex: Sex): number => {
    if (r.chance(0.5)) return r.pickSkewed(lex.simpleGiven[sex], 1.3);
    const pi = r.pickSkewed(lex.prefixesFor[sex], 1.3);
    const ei = r.pickSkewed(lex.elementsFor(pi, sex), 1.2);
    return lex.compound.get(`${pi}:${ei}`)!;
  };
  const conflictingDobs = (f: number, g: number): Set<number>[] => {
    const out: Set<number>[] = [];
    const Ef = lex.exactAlike(f), Eg = lex.exactAlike(g);
    for (const x of lex.nearAlike(f)) for (const y of lex.nearAlike(g)) {
      if (!Ef.has(x) && !Eg.has(y)) continue;
      const a = dobsByPair.get(x * W + y);
      if (a) out.push(a);
      const b = dobsByPair.get(y * W + x);
      if (b && x !== y) out.push(b);
    }
    return out;
  };
  while (people.length < size) {
    const sex: Sex = r.chance(0.65) ? 'F' : 'M';
    const f = r.pickSkewed(lex.famIds, 1.4);
    const g = pickGiven(sex);
    const taken = conflictingDobs(f, g);
    let dob = '';
    for (let t = 0; t < 300 && !dob; t++) {
      const d = randDob();
      const keys = closeKeys(d);
      if (!taken.some((set) => keys.some((k) => set.has(k)))) dob = d;
    }
    if (!dob) continue; // an over-crowded name: draw another person
    const k = f * W + g;
    let set = dobsByPair.get(k);
    if (!set) dobsByPair.set(k, (set = new Set()));
    for (const key of closeKeys(dob)) set.add(key);
    const famE = lex.words[f].parts[0];
    const givE = lex.words[g].parts;
    let latSpaced: boolean | null = null;
    let nameLatin: string | null = null;
    if (r.chance(0.96)) {
      let giv: string;
      if (givE.length === 1) giv = pickLat(givE[0], r);
      else {
        latSpaced = r.chance(0.5);
        const a = pickLat(givE[0], r), b = pickLat(givE[1], r);
        giv = latSpaced ? `${a} ${b}` : a + b.toLowerCase();
      }
      nameLatin = `${pickLat(famE, r)} ${giv}`;
      if (r.chance(0.6)) nameLatin = nameLatin.toUpperCase();
    }
    const nid = nidPool.issue(r);
    const nssf = nssfPool.issue(r);
    const hireLo = Math.max(Date.UTC(2010, 0, 1), Date.parse(dob) + 18 * 365.25 * DAY);
    const hireHi = Date.UTC(2025, 5, 30);
    people.push({
      f, g, sex, dob, nid, nssf,
      regNid: r.chance(0.97) ? nid : null,
      regNssf: r.chance(0.98) ? nssf : null,
      nameKh: `${famE.kh}${r.chance(0.04) ? '\u200b' : ' '}${lex.words[g].kh}`,
      nameLatin, latSpaced,
      hireDate: r.chance(0.99) ? fmtDate(hireLo + r.int(0, Math.max(0, Math.floor((hireHi - hireLo) / DAY))) * DAY) : null,
      wage: r.chance(0.98) ? r.int(820, 1_600) * 1000 : null,
    });
  }
  const match = makeMatcher(lex, people);

  // ── true rows
  const rows: Row[] = [];
  people.forEach((p, i) => {
    if (!r.chance(0.93)) return;
    const splitP = p.latSpaced === null ? 0.2 : p.latSpaced ? 0.5 : 0.1;
    const n = renderName(lex, p.f, p.g, splitP, r);
    const pr = presence(r, 0.7, 0.19, 0.9);
    let dob: string | null = null, dobSwap = false;
    if (pr.hasDob) {
      dob = p.dob;
      const s = swapDM(p.dob);
      if (s && s !== p.dob && r.chance(0.075)) { dob = s; dobSwap = true; }
    }
    let nid: string | null = null, idSlip = false;
    if (pr.hasId) { nid = p.nid; if (r.chance(0.04)) { nid = digitSlip(nid, r); idSlip = true; } }
    let nssf: string | null = null, nssfSlip = false;
    if (p.nssf && r.chance(0.1)) { nssf = p.nssf; if (r.chance(0.03)) { nssf = digitSlip(nssf, r); nssfSlip = true; } }
    rows.push({
      person: i, name: n.name, nationalId: nid, nssfNumber: nssf, sex: pr.hasSex ? p.sex : null, dateOfBirth: dob,
      meta: { hidden: null, changes: n.changes, swapped: n.swapped, split: n.split, typo: n.typo, sep: n.sep, reorder: n.reorder, splitVowel: n.splitVowel, idSlip, nssfSlip, dobSwap, forced: '' },
    });
  });

  // ── hidden rows
  const share = 0.06 + 0.02 * r.next();
  const nHidden = Math.max(1, Math.round((rows.length * share) / (1 - share)));
  let made = 0;
  while (made < nHidden) {
    const namesake = r.chance(0.45);
    let f: number, g: number, sex: Sex;
    if (namesake) {
      const t = people[r.int(0, people.length - 1)];
      f = t.f; g = t.g; sex = t.sex;
    } else {
      sex = r.chance(0.65) ? 'F' : 'M';
      f = r.pickSkewed(lex.famIds, 1.4);
      g = pickGiven(sex);
    }
    const n = renderName(lex, f, g, 0.3, r);
    // a little lower than true rows: hidden rows that could pass for someone get a DOB or ID added below
    const pr = presence(r, 0.65, 0.14, 0.85);
    const trueDob = randDob();
    const nid = nidPool.issue(r);
    const row: Row = {
      person: -1, name: n.name, nationalId: pr.hasId ? nid : null, nssfNumber: null, sex: pr.hasSex ? sex : null,
      dateOfBirth: pr.hasDob ? trueDob : null,
      meta: { hidden: namesake ? 'namesake' : 'fresh', changes: n.changes, swapped: n.swapped, split: n.split, typo: n.typo, sep: n.sep, reorder: n.reorder, splitVowel: n.splitVowel, idSlip: false, nssfSlip: false, dobSwap: false, forced: '' },
    };
    const cands = [...match(n.name).keys()].map((i) => people[i]);
    const open = () => cands.filter((p) => !ruledOut(row, p));
    if (open().length) {
      // The worker's own DOB might sit near a namesake's: a real person would have another one.
      const fixDob = () => {
        for (let t = 0; t < 50; t++) {
          row.dateOfBirth = randDob();
          if (!open().some((p) => !p.dob || dobFits(row.dateOfBirth!, p.dob))) return;
        }
      };
      const steps: ('dob' | 'id')[] = r.chance(0.5) ? ['dob', 'id'] : ['id', 'dob'];
      for (const s of steps) {
        if (!open().length) break;
        if (s === 'dob') { if (!row.dateOfBirth) row.meta.forced = row.meta.forced || 'dob'; fixDob(); }
        else if (!row.nationalId) { row.nationalId = nid; row.meta.forced = row.meta.forced || 'id'; }
      }
      if (open().length) continue; // cannot be told apart: draw another hidden worker
    }
    rows.push(row);
    made++;
  }

  // ── shuffle, ids, times, sources
  r.shuffle(rows);
  const order = r.shuffle(people.map((_, i) => i));
  const regPos = new Array<number>(people.length);
  order.forEach((pi, k) => { regPos[pi] = k; });
  const workerId = (pi: number) => `W${String(regPos[pi] + 1).padStart(6, '0')}`;
  const registered: RegisteredWorker[] = order.map((pi) => {
    const p = people[pi];
    return {
      workerId: workerId(pi), nssfNumber: p.regNssf, nationalId: p.regNid, nameKh: p.nameKh, nameLatin: p.nameLatin,
      sex: p.sex, dateOfBirth: p.dob, hireDate: p.hireDate, wageRiel: p.wage,
    };
  });
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 2, 11, 1, 30, 0);
  let sheetRow = 0;
  const onsite: OnsiteWorker[] = rows.map((row) => {
    const id = uuid(r);
    t += r.int(1, 4) * 1000 + r.int(0, 999);
    const csv = r.chance(0.94);
    truth.set(id, row.person >= 0 ? workerId(row.person) : null);
    return {
      id, visitId: 'visit-fortieth', name: row.name, nationalId: row.nationalId, nssfNumber: row.nssfNumber, sex: row.sex,
      dateOfBirth: row.dateOfBirth, source: csv ? 'csv' : 'manual', sourceRow: csv ? ++sheetRow : null, recordedAt: new Date(t).toISOString(),
    };
  });
  return { roster: { registered, onsite, truth }, people, rows, regPos, match, lex };
}

export function generateFortieth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ─────────────────────────────────────────────────────────────── self-check

function selfCheck(size: number, seed: number): boolean {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const b = build(size, seed);
  const buildMs = performance.now() - t0;
  const c0u = process.cpuUsage(c0);
  const buildCpu = (c0u.user + c0u.system) / 1000;
  const { roster, people, rows, match, lex } = b;
  const { registered, onsite, truth } = roster;
  let ok = true;
  const fail = (msg: string) => { ok = false; console.log(`  FAIL ${msg}`); };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;

  const trueRows = rows.filter((x) => x.person >= 0);
  const hidden = rows.filter((x) => x.person < 0);
  const present = new Set(trueRows.map((x) => x.person));
  console.log(`fortieth size=${size} seed=${seed}: built in ${buildMs.toFixed(0)} ms (CPU ${buildCpu.toFixed(0)} ms, first call: includes building the lexicon)`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hidden.length} = ${pct(hidden.length, onsite.length)}; namesake-built ${hidden.filter((h) => h.meta.hidden === 'namesake').length}), absent ${people.length - present.size} = ${pct(people.length - present.size, people.length)}`);

  // name spelling vs the register
  const canonJoin = (toks: string[]) => toks.join('');
  let differ = 0, differWords = 0;
  for (const x of trueRows) {
    const p = people[x.person];
    const reg = lex.words[p.f].kh, giv = lex.words[p.g].kh;
    const on = canonJoin(tokensOf(x.name));
    if (on !== canonToken(reg) + canonToken(giv) && on !== canonToken(giv) + canonToken(reg)) differ++;
    differWords += x.meta.changes;
  }
  const m = (k: keyof RowMeta, rs = trueRows) => rs.filter((x) => !!x.meta[k]).length;
  console.log(`  true names differing from the registered Khmer spelling: ${pct(differ, trueRows.length)} (respelled words/parts per row ${(differWords / trueRows.length).toFixed(2)}; 1 change ${pct(trueRows.filter((x) => x.meta.changes === 1).length, trueRows.length)}, 2 changes ${pct(trueRows.filter((x) => x.meta.changes === 2).length, trueRows.length)})`);
  console.log(`  name quirks (all rows): order swapped ${pct(m('swapped', rows), rows.length)}, compound spaced ${pct(m('split', rows), rows.length)}, typo ${pct(m('typo', rows), rows.length)}, ZWSP/NBSP separator ${pct(rows.filter((x) => x.meta.sep !== ' ').length, rows.length)}, mark-order variant ${pct(m('reorder', rows), rows.length)}, split vowel ${pct(m('splitVowel', rows), rows.length)}`);
  const rate = (rs: Row[], f: (x: Row) => boolean) => pct(rs.filter(f).length, rs.length);
  console.log(`  fields true/hidden: DOB ${rate(trueRows, (x) => !!x.dateOfBirth)} / ${rate(hidden, (x) => !!x.dateOfBirth)}, national ID ${rate(trueRows, (x) => !!x.nationalId)} / ${rate(hidden, (x) => !!x.nationalId)}, NSSF ${rate(trueRows, (x) => !!x.nssfNumber)} / ${rate(hidden, (x) => !!x.nssfNumber)}, sex ${rate(trueRows, (x) => !!x.sex)} / ${rate(hidden, (x) => !!x.sex)}, no DOB+no ID ${rate(trueRows, (x) => !x.dateOfBirth && !x.nationalId)} / ${rate(hidden, (x) => !x.dateOfBirth && !x.nationalId)}`);
  console.log(`  slips (true rows): ID slip ${pct(m('idSlip'), trueRows.filter((x) => x.nationalId).length)} of IDs, NSSF slip ${m('nssfSlip')}, DOB day/month swap ${pct(m('dobSwap'), trueRows.filter((x) => x.dateOfBirth).length)} of DOBs; hidden rows given a field to stay fair: DOB ${hidden.filter((h) => h.meta.forced === 'dob').length}, ID ${hidden.filter((h) => h.meta.forced === 'id').length}`);
  console.log(`  register: Latin ${pct(registered.filter((w) => w.nameLatin).length, registered.length)}, national ID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, registered.length)}, women ${pct(registered.filter((w) => w.sex === 'F').length, registered.length)}`);

  // Rule 1: a true row's worker passes (cost ≤ 1) and is not ruled out.
  let r1 = 0;
  const costs: number[] = [0, 0];
  for (const x of trueRows) {
    const c = match(x.name).get(x.person);
    const p = people[x.person];
    if (c === undefined || ruledOut(x, p)) { r1++; if (r1 <= 5) console.log(`    rule 1: ${x.name} vs ${p.nameKh} cost ${c}`); continue; }
    costs[c]++;
    if (x.nationalId && !within1(x.nationalId, p.nid)) r1++;
    if (x.dateOfBirth && x.dateOfBirth !== p.dob && swapDM(x.dateOfBirth) !== p.dob) r1++;
  }
  console.log(`  rule 1 (true rows are plausible variants): ${r1} violations; name cost 0 ${costs[0]}, cost 1 ${costs[1]}`);
  if (r1) fail('rule 1');

  // Rule 2: registered namesakes (any listed spelling of one passes for the other) have far DOBs.
  let r2 = 0, namesakePairs = 0;
  const withNamesake = new Set<number>();
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const famV = lex.words[p.f].variants, givV = lex.words[p.g].variants;
    const seen = new Set<number>();
    for (const fv of famV) for (const gv of givV) for (const [j] of match(`${fv} ${gv}`)) {
      if (j === i || seen.has(j)) continue;
      seen.add(j);
      withNamesake.add(i);
      if (j > i) namesakePairs++;
      if (dobClose(p.dob, people[j].dob)) { r2++; if (r2 <= 5) console.log(`    rule 2: ${p.nameKh} ${p.dob} ~ ${people[j].nameKh} ${people[j].dob}`); }
    }
  }
  // ... and every national ID / NSSF number (registered and hidden) is 2+ edits from every other.
  let close = 0;
  const neighbours = (x: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < x.length; i++) {
      for (const d of '0123456789') if (d !== x[i]) out.push(x.slice(0, i) + d + x.slice(i + 1));
      if (i + 1 < x.length && x[i] !== x[i + 1]) out.push(x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2));
    }
    return out;
  };
  const hiddenIds = hidden.map((h) => h.nationalId).filter((x): x is string => !!x);
  for (const list of [[...people.map((p) => p.nid), ...hiddenIds], people.map((p) => p.nssf ?? '').filter(Boolean)]) {
    const set = new Set(list);
    if (set.size !== list.length) close++;
    for (const x of list) for (const y of neighbours(x)) if (set.has(y)) close++;
  }
  console.log(`  rule 2 (namesakes' DOBs apart): ${r2} violations; ${namesakePairs} namesake pairs, ${pct(withNamesake.size, people.length)} of workers have a namesake (by sound or one edit); ID/NSSF numbers one edit apart: ${close}`);
  if (r2 || close) fail('rule 2');

  // Rule 3: every hidden row is ruled out from everyone it could pass for.
  let r3 = 0, hiddenPassable = 0;
  for (const h of hidden) {
    const c = match(h.name);
    if (c.size) hiddenPassable++;
    for (const [j] of c) if (!ruledOut(h, people[j])) { r3++; break; }
  }
  console.log(`  rule 3 (hidden rows ruled out): ${r3} violations; ${pct(hiddenPassable, hidden.length)} of hidden rows could pass by name for a registered worker`);
  if (r3) fail('rule 3');

  // Rule 4: no leaks.
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length || !onsite.every((o) => uuidRe.test(o.id))) { r4++; console.log('    rule 4: ids'); }
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) { r4++; console.log('    rule 4: recordedAt'); break; }
  let lastRow = 0;
  for (const o of onsite) if (o.sourceRow !== null) { if (o.sourceRow <= lastRow) { r4++; console.log('    rule 4: sourceRow'); break; } lastRow = o.sourceRow; }
  if (truth.size !== onsite.length || !onsite.every((o) => truth.has(o.id))) { r4++; console.log('    rule 4: truth keys'); }
  const regIds = new Set(registered.map((w) => w.workerId));
  if (![...truth.values()].every((v) => v === null || regIds.has(v))) { r4++; console.log('    rule 4: truth values'); }
  // positions: matched pairs' register vs sheet position uncorrelated; hidden rows spread evenly
  const xs: number[] = [], ys: number[] = [];
  rows.forEach((x, k) => { if (x.person >= 0) { xs.push(b.regPos[x.person]); ys.push(k); } });
  const corr = (() => {
    const n = xs.length, mx = xs.reduce((a, v) => a + v, 0) / n, my = ys.reduce((a, v) => a + v, 0) / n;
    let sxy = 0, sxx = 0, syy = 0;
    for (let k = 0; k < n; k++) { sxy += (xs[k] - mx) * (ys[k] - my); sxx += (xs[k] - mx) ** 2; syy += (ys[k] - my) ** 2; }
    return sxy / Math.sqrt(sxx * syy);
  })();
  const hidPos = rows.map((x, k) => (x.person < 0 ? k / rows.length : -1)).filter((v) => v >= 0);
  const hidMean = hidPos.reduce((a, v) => a + v, 0) / hidPos.length;
  const hidTol = 4 / Math.sqrt(12 * hidPos.length);
  if (Math.abs(corr) > 0.08) { r4++; console.log(`    rule 4: position correlation ${corr.toFixed(3)}`); }
  if (Math.abs(hidMean - 0.5) > hidTol) { r4++; console.log(`    rule 4: hidden mean position ${hidMean.toFixed(3)}`); }
  const absent = people.map((_, i) => i).filter((i) => !present.has(i)).map((i) => b.regPos[i] / people.length);
  const absMean = absent.reduce((a, v) => a + v, 0) / Math.max(1, absent.length);
  if (absent.length > 20 && Math.abs(absMean - 0.5) > 4 / Math.sqrt(12 * absent.length)) { r4++; console.log(`    rule 4: absent mean register position ${absMean.toFixed(3)}`); }
  console.log(`  rule 4 (no leaks): ${r4} problems; register/sheet position correlation ${corr.toFixed(3)}, hidden mean sheet position ${hidMean.toFixed(3)}, absent mean register position ${absMean.toFixed(3)}`);
  if (r4) fail('rule 4');

  // Rule 5: undecidable true rows.
  let und = 0, undLoose = 0;
  for (const x of trueRows) {
    const c = match(x.name);
    const own = c.get(x.person) ?? 1;
    let tie = false, loose = false;
    for (const [j, cost] of c) {
      if (j === x.person || ruledOut(x, people[j])) continue;
      loose = true;
      if (cost <= own) tie = true;
    }
    if (tie) und++;
    if (loose) undLoose++;
  }
  console.log(`  rule 5 (undecidable true rows): ${pct(und, trueRows.length)} (${und}); counting one-edit alternatives too: ${pct(undLoose, trueRows.length)}`);
  if (und / trueRows.length >= 0.04) fail('rule 5');

  // Schemas.
  let bad = 0;
  const sr = rng(seed + 1);
  for (let k = 0; k < 300; k++) {
    const w = registered[sr.int(0, registered.length - 1)];
    const o = onsite[sr.int(0, onsite.length - 1)];
    const a = RegisteredWorker.safeParse(w), c = OnsiteWorker.safeParse(o);
    if (!a.success) { bad++; if (bad <= 3) console.log('    schema registered', JSON.stringify(a.error.issues)); }
    if (!c.success) { bad++; if (bad <= 3) console.log('    schema onsite', JSON.stringify(c.error.issues)); }
    if ('statedStartDate' in o || 'wageRiel' in o) bad++;
  }
  console.log(`  schemas (300 + 300 sampled): ${bad} failures`);
  if (bad) fail('schemas');

  // Determinism.
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = ser(generateFortieth(size, seed)) === ser(roster);
  const other = ser(generateFortieth(size, seed + 1)) !== ser(roster);
  console.log(`  determinism: same seed identical ${same}, other seed differs ${other}`);
  if (!same || !other) fail('determinism');

  // Timing at 10,000 (wall and CPU; CPU is what counts when other jobs share the machine).
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  generateFortieth(10_000, seed + 17);
  const ms = performance.now() - t1;
  const c1u = process.cpuUsage(c1);
  const cpu = (c1u.user + c1u.system) / 1000;
  console.log(`  10k generation: ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU${size === 10_000 ? `; first (cold) 10k build ${buildMs.toFixed(0)} ms wall, ${buildCpu.toFixed(0)} ms CPU` : ''}`);
  if (cpu >= 2000 || (size === 10_000 && buildCpu >= 2000)) fail('10k generation time');

  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('fortieth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
