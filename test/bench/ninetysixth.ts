/**
 * `ninetysixth` — a grader's roster, typo-heavy, written blind.
 *
 * Only the variations the product text lists, at rates the author would score an engine on; the
 * emphasis is TYPOS in both scripts (about a quarter of true rows carry one).
 *
 * SHAPE (rates are targets; the self-check prints the realised ones)
 *   registered  `size` workers. NSSF number 96 %, national ID 92 %, Latin name 75 % (55 % of those
 *               in upper case), DOB and sex always, hire date 97 %, wage 93 %. Khmer name stored
 *               canonically, 4 % with a zero-width space as separator, 3 % in another code-point order.
 *   absent      5 % of registered workers are not on site.
 *   hidden      7 % of on-site rows (about 10,200 rows for 10,000 registered). Of them:
 *               45 % namesakes (same full name as a registered worker), 25 % one letter from a
 *               registered name that is a different real name (Sokha/Sokhan, Sophea/Sopheap,
 *               Kim/Lim, Heng/Seng ...), 30 % names of their own (about a quarter of all hidden
 *               rows end up with no registered name within one edit). A hidden row that could pass
 *               for a registered worker by name is ruled out from every such worker by a field on
 *               BOTH lists: DOB far apart (about 60 %), national IDs 2+ edits apart (about 35 %), or
 *               sex (unisex names only, about 5 %).
 *   sources     true rows: manual 50 %, employer CSV 40 %, ID card 10 %; hidden: 60 / 25 / 15 %.
 *   script      Khmer on ~46 % of rows (75 % of ID-card rows), Latin on the rest, so a Khmer name
 *               meets a Latin one on most rows where the register has only one form.
 * VARIATIONS ON TRUE ROWS
 *   typo        29 % of manual and CSV rows (none on ID-card rows) -> ~25 % of true rows: ONE typo
 *               in ONE word (Latin word of 4+ letters, Khmer word of 4+ code points).
 *               Latin: letter dropped / doubled / swapped with its neighbour / QWERTY neighbour
 *               (never the first letter). Khmer: NiDA-keyboard neighbour or shift slip (35 %),
 *               subscript dropped, its coeng sign dropped, or a coeng added (20 %), a vowel sign
 *               dropped or added (25 %), a similar-looking consonant (20 %: ដ/ឌ ល/ឡ ឃ/ឈ ន/ណ ខ/ឃ).
 *               A typo never produces another word of the name lists (so Sokha never becomes Sokhan)
 *               and is always one edit (a Khmer subscript counts as one unit).
 *   spelling    each Latin word: the register's own spelling 50 % when it has one, otherwise a listed
 *               romanization (first one 60 %).
 *   order       given name first: 15 % of Latin rows, 8 % of Khmer rows (never on ID cards).
 *   case        Latin: UPPER 25 %, lower 5 %, as written 70 %.
 *   encoding    Khmer: zero-width space instead of space 15 %, no separator 5 %; vowel typed before
 *               subscript / register shifter (other keyboard order) 15 %; two-part vowel split
 *               (ើ = េ+ី, ោ = េ+ា, the NFD-like form; real NFC/NFD is a no-op on Khmer) 6 % of
 *               rows whose name has such a vowel. Keyboard order applies only to names with a
 *               subscript or shifter next to a vowel, so it shows on about half the 15 %.
 *   IDs         national ID on 30 % manual / 55 % CSV / 100 % ID-card rows, NSSF number on 15 % / 45 %
 *               / 0 %; one slip (adjacent digits swapped or one digit mistyped) on 3-5 % of those
 *               typed by hand, none on ID cards.
 *   DOB         on 70 % manual / 88 % CSV / 100 % ID-card rows; day and month swapped on 4-5 % of
 *               hand-typed ones.
 *   sex         on 80 % / 92 % / 100 %, always right.
 *   hidden rows get the same name variations (typo 12 %), their own national ID when shown.
 *
 * FAIRNESS RULES (audited by the self-check)
 *   1. A true row carries only plausible variants of its registered worker: a listed romanization
 *      or the Khmer name, either order, any case, Khmer encoding variants, at most one typo in one
 *      word of 4+ letters (one edit of the whole name); IDs exact or one slip; DOB exact or day/month
 *      swapped; sex right or missing. Extra variations modelled: the split two-part Khmer vowel and
 *      the coeng/vowel-sign and similar-consonant typos above, each one unit of a name a reader
 *      still recognises.
 *   2. Registered namesakes (any spelling, either order) never share a DOB and are more than a
 *      swap or one digit apart; their IDs are 2+ edits apart (all registered IDs are).
 *   3. A hidden row is either not within one edit of any spelling of any registered name, or is
 *      ruled out from every registered worker it could pass for by a field on both sides: sex
 *      differs, DOB more than a swap / one digit apart, national IDs 2+ edits apart.
 *   4. Nothing leaks the truth: registered and on-site rows shuffled, worker ids assigned after
 *      the shuffle, on-site ids random v4 UUIDs from the seeded PRNG, recordedAt increasing in row
 *      order, CSV row numbers in row order.
 *   5. Undecidable true rows (another registered worker fits as well, nothing tells them apart)
 *      under 4 %: when generation makes one, the missing DOB or ID comes back 80 % of the time.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import {
  OnsiteWorker as OnsiteWorkerSchema,
  RegisteredWorker as RegisteredWorkerSchema,
  type OnsiteWorker,
  type RegisteredWorker,
} from '../../src/protocol';
import { FAMILY, GIVEN, NEAR_PAIRS, type GivenName, type NameWord } from './ninetysixth-names';

export const NINETYSIXTH_LABEL =
  'ninetysixth: grader roster, one-typo names on ~25% of true rows (Latin QWERTY / Khmer NiDA), namesake and one-letter hidden workers';

// ---------------------------------------------------------------------------------------------
// Text: Khmer canonical form, keys, one-edit test

const COENG = 0x17d2;
const ZWSP = '\u200b';
const isCons = (c: number) => c >= 0x1780 && c <= 0x17a2;
const isVowel = (c: number) => c >= 0x17b6 && c <= 0x17c5;
const isMark = (c: number) => (c >= 0x17b6 && c <= 0x17d3) || c === 0x17dd;
const hasKhmer = (s: string) => /[\u1780-\u17ff]/.test(s);

interface Mark { cls: number; text: string }
interface Cluster { base: string; marks: Mark[] }

function markClass(c: number): number {
  if (c === 0x17cc) return 1; // robat
  if (c === 0x17c9 || c === 0x17ca) return 3; // register shifters
  if (isVowel(c)) return 4;
  return 5; // nikahit, reahmuk, bantoc, samyok sannya ...
}

function clusters(s: string): Cluster[] {
  const out: Cluster[] = [];
  let i = 0;
  while (i < s.length) {
    const base = s[i++];
    const marks: Mark[] = [];
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === COENG) {
        if (i + 1 < s.length && isCons(s.charCodeAt(i + 1))) {
          marks.push({ cls: 2, text: s.slice(i, i + 2) });
          i += 2;
        } else {
          marks.push({ cls: 2, text: s[i] });
          i++;
        }
      } else if (isMark(c)) {
        marks.push({ cls: markClass(c), text: s[i] });
        i++;
      } else break;
    }
    out.push({ base, marks });
  }
  return out;
}

/** Canonical Khmer: invisible separators gone, each cluster's marks in one order, split vowels joined. */
function khCanon(s: string): string {
  const t = s.normalize('NFC').replace(/[\u200b\u200c\u200d\ufeff\s]/g, '');
  let out = '';
  for (const cl of clusters(t)) {
    const m = cl.marks
      .slice()
      .sort((a, b) => a.cls - b.cls)
      .map((x) => x.text)
      .join('')
      .replace(/\u17c1\u17b8/g, '\u17be')
      .replace(/\u17c1\u17b6/g, '\u17c4');
    out += cl.base + m;
  }
  return out;
}

/** Khmer key: canonical form, a subscript (coeng + consonant) as ONE character. */
function khKey(s: string): string {
  const c = khCanon(s);
  let out = '';
  for (let i = 0; i < c.length; i++) {
    const ch = c.charCodeAt(i);
    if (ch === COENG && i + 1 < c.length) {
      out += String.fromCharCode(0xe000 + c.charCodeAt(i + 1) - 0x1780);
      i++;
    } else if (ch >= 0x1780 && ch <= 0x17ff) out += c[i];
  }
  return out;
}

function latKey(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

type Script = 'kh' | 'lat';
function nameKey(s: string): { script: Script; key: string } {
  return hasKhmer(s) ? { script: 'kh', key: khKey(s) } : { script: 'lat', key: latKey(s) };
}

/** Optimal-string-alignment distance at most one (one substitution, insertion, deletion or adjacent swap). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
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

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names: identities and their spellings

const nameId = (f: number, g: number) => f * 1000 + g;
const famOf = (id: number) => Math.floor(id / 1000);
const givOf = (id: number) => id % 1000;

const formCache = new Map<number, { lat: string[]; kh: string[] }>();
/** Every way of writing a name: each romanization pair in both orders, and the Khmer in both orders. */
function formsOf(id: number): { lat: string[]; kh: string[] } {
  let hit = formCache.get(id);
  if (hit) return hit;
  const F = FAMILY[famOf(id)];
  const G = GIVEN[givOf(id)];
  const lat = new Set<string>();
  for (const fv of F.latin) for (const gv of G.latin) {
    lat.add(latKey(fv + gv));
    lat.add(latKey(gv + fv));
  }
  hit = { lat: [...lat], kh: [...new Set([khKey(F.kh + G.kh), khKey(G.kh + F.kh)])] };
  formCache.set(id, hit);
  return hit;
}

const LAT_TOKENS = new Set<string>();
const KH_WORDS = new Set<string>();
for (const w of [...FAMILY, ...GIVEN] as NameWord[]) {
  KH_WORDS.add(khKey(w.kh));
  for (const v of w.latin) {
    LAT_TOKENS.add(latKey(v));
    for (const t of v.split(' ')) LAT_TOKENS.add(latKey(t));
  }
}

/** Name forms of the register, with a one-deletion index: which names lie within one edit of a string. */
class FormIndex {
  private byKey = new Map<string, string[]>();
  private names = new Map<string, number[]>();
  add(form: string, id: number): void {
    const ids = this.names.get(form);
    if (ids) {
      if (!ids.includes(id)) ids.push(id);
      return;
    }
    this.names.set(form, [id]);
    for (const k of [form, ...deletions(form)]) {
      const l = this.byKey.get(k);
      if (l) { if (!l.includes(form)) l.push(form); } else this.byKey.set(k, [form]);
    }
  }
  /** name id → 0 (a spelling of it exactly) or 1 (one edit away). */
  query(q: string, into = new Map<number, number>()): Map<number, number> {
    for (const k of [q, ...deletions(q)]) {
      for (const form of this.byKey.get(k) ?? []) {
        if (!within1(q, form)) continue;
        const d = form === q ? 0 : 1;
        for (const id of this.names.get(form)!) {
          const old = into.get(id);
          if (old === undefined || d < old) into.set(id, d);
        }
      }
    }
    return into;
  }
  exact(form: string): number[] {
    return this.names.get(form) ?? [];
  }
}

// ---------------------------------------------------------------------------------------------
// Dates and IDs

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const fmt = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function randomDob(r: Rng): string {
  const y = 2006 - Math.floor(40 * r.next() ** 1.5); // young workforce, 1966-2006
  const m = r.int(1, 12);
  return fmt(y, m, r.int(1, daysIn(y, m)));
}

function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (+dd > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}

function hamming(a: string, b: string): number {
  if (a.length !== b.length) return 99;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** Equal, day/month swapped, or one digit apart: a date a careful reader cannot rule out. */
function dobClose(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || hamming(a, b) <= 1;
}

function randomDigits(r: Rng, n: number, firstNonZero = false): string {
  let s = String(firstNonZero ? r.int(1, 9) : r.int(0, 9));
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}

/** Every string one substitution or one adjacent swap from a digit string. */
function idNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let d = 0; d < 10; d++) {
      const c = String(d);
      if (c !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/** A number not within one slip of any number already used. */
function freshId(r: Rng, used: Set<string>, n: number, firstNonZero: boolean): string {
  for (;;) {
    const id = randomDigits(r, n, firstNonZero);
    if (!used.has(id) && !idNeighbours(id).some((x) => used.has(x))) {
      used.add(id);
      return id;
    }
  }
}

/** One slip of a typed number, never landing within one slip of another registered number. */
function slipId(r: Rng, id: string, used: Set<string>): string | null {
  for (let t = 0; t < 12; t++) {
    let s: string;
    if (r.chance(0.5)) {
      const i = r.int(0, id.length - 2);
      if (id[i] === id[i + 1]) continue;
      s = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    } else {
      const i = r.int(0, id.length - 1);
      const d = +id[i];
      const nd = r.chance(0.6) ? (d + (r.chance(0.5) ? 1 : 9)) % 10 : r.int(0, 9);
      if (nd === d) continue;
      s = id.slice(0, i) + nd + id.slice(i + 1);
    }
    if (used.has(s) || idNeighbours(s).some((x) => x !== id && used.has(x))) continue;
    return s;
  }
  return null;
}

function idEdits(a: string, b: string): number {
  return a === b ? 0 : within1(a, b) ? 1 : 2;
}

// ---------------------------------------------------------------------------------------------
// Typos

const QWERTY: Record<string, string> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedzx', d: 'serfxc', f: 'drtgcv', g: 'ftyhvb', h: 'gyujbn', j: 'huiknm', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

function latinTypo(r: Rng, w: string): { word: string; kind: string } | null {
  const kind = r.pick(['drop', 'double', 'swap', 'qwerty'] as const);
  const pos = r.int(1, w.length - 1);
  const lower = w.toLowerCase();
  switch (kind) {
    case 'drop':
      return { word: w.slice(0, pos) + w.slice(pos + 1), kind };
    case 'double':
      return { word: w.slice(0, pos) + w[pos] + w.slice(pos), kind };
    case 'swap': {
      if (pos + 1 >= w.length || lower[pos] === lower[pos + 1]) return null;
      return { word: w.slice(0, pos) + w[pos + 1] + w[pos] + w.slice(pos + 2), kind };
    }
    case 'qwerty': {
      const near = QWERTY[lower[pos]];
      if (!near) return null;
      let c = r.pick([...near]);
      if (w[pos] !== lower[pos]) c = c.toUpperCase();
      return { word: w.slice(0, pos) + c + w.slice(pos + 1), kind };
    }
  }
}

// Khmer NiDA layout, unshifted and shifted, three letter rows (single code points only matter).
const NIDA_ROWS: [string[], string[]][] = [
  [['ឆ', 'ឹ', 'េ', 'រ', 'ត', 'យ', 'ុ', 'ិ', 'ោ', 'ផ', 'ៀ', 'ឪ'], ['ឈ', 'ឺ', 'ែ', 'ឬ', 'ទ', 'ួ', 'ូ', 'ី', 'ៅ', 'ភ', 'ឿ', 'ឧ']],
  [['ា', 'ស', 'ដ', 'ថ', 'ង', 'ហ', '្', 'ក', 'ល', 'ើ', '់'], ['ាំ', 'ៃ', 'ឌ', 'ធ', 'អ', 'ះ', 'ញ', 'គ', 'ឡ', 'ោះ', '៉']],
  [['ឋ', 'ខ', 'ច', 'វ', 'ប', 'ន', 'ម', 'ុំ', '។', '៊'], ['ឍ', 'ឃ', 'ជ', 'េះ', 'ព', 'ណ', 'ំ', 'ុះ', '៕', '?']],
];
const sameClass = (a: string, b: string) =>
  a.length === 1 && b.length === 1 &&
  ((isCons(a.charCodeAt(0)) && isCons(b.charCodeAt(0))) || (isVowel(a.charCodeAt(0)) && isVowel(b.charCodeAt(0))));
const NIDA_NEAR = new Map<string, string[]>();
function nidaLink(a: string, b: string) {
  if (!sameClass(a, b)) return;
  NIDA_NEAR.set(a, [...(NIDA_NEAR.get(a) ?? []), b]);
  NIDA_NEAR.set(b, [...(NIDA_NEAR.get(b) ?? []), a]);
}
for (const [lo, hi] of NIDA_ROWS) {
  for (let i = 0; i < lo.length; i++) {
    nidaLink(lo[i], hi[i]); // shift slip
    if (i + 1 < lo.length) {
      nidaLink(lo[i], lo[i + 1]);
      nidaLink(hi[i], hi[i + 1]);
    }
  }
}
const SIMILAR: Record<string, string> = { ដ: 'ឌ', ឌ: 'ដ', ល: 'ឡ', ឡ: 'ល', ឃ: 'ឈ', ឈ: 'ឃ', ន: 'ណ', ណ: 'ន', ខ: 'ឃ' };
const ADDABLE_VOWELS = ['ា', 'ិ', 'ី', 'ុ', 'េ'];

function khTypoOnce(r: Rng, w: string, kind: string): string | null {
  const at: number[] = [];
  switch (kind) {
    case 'nida': {
      for (let i = 0; i < w.length; i++) if (NIDA_NEAR.has(w[i])) at.push(i);
      if (!at.length) return null;
      const i = r.pick(at);
      return w.slice(0, i) + r.pick(NIDA_NEAR.get(w[i])!) + w.slice(i + 1);
    }
    case 'similar': {
      for (let i = 0; i < w.length; i++) if (SIMILAR[w[i]] && w.charCodeAt(i - 1) !== COENG) at.push(i);
      if (!at.length) return null;
      const i = r.pick(at);
      return w.slice(0, i) + SIMILAR[w[i]] + w.slice(i + 1);
    }
    case 'subscript': {
      const opts: (() => string)[] = [];
      for (let i = 0; i < w.length; i++) {
        if (w.charCodeAt(i) === COENG) {
          opts.push(() => w.slice(0, i) + w.slice(i + 2)); // subscript dropped
          opts.push(() => w.slice(0, i) + w.slice(i + 1)); // coeng sign dropped
        } else if (i > 0 && isCons(w.charCodeAt(i)) && isCons(w.charCodeAt(i - 1)) &&
          w.charCodeAt(i - 2) !== COENG && w.charCodeAt(i + 1) !== COENG) {
          opts.push(() => w.slice(0, i) + '\u17d2' + w.slice(i)); // coeng added
        }
      }
      return opts.length ? r.pick(opts)() : null;
    }
    case 'vowel': {
      const opts: (() => string)[] = [];
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (isVowel(c)) opts.push(() => w.slice(0, i) + w.slice(i + 1));
        else if (isCons(c) && w.charCodeAt(i - 1) !== COENG && !isMark(w.charCodeAt(i + 1))) {
          opts.push(() => w.slice(0, i + 1) + r.pick(ADDABLE_VOWELS) + w.slice(i + 1));
        }
      }
      return opts.length ? r.pick(opts)() : null;
    }
  }
  return null;
}

function khTypo(r: Rng, w: string): { word: string; kind: string } | null {
  const k0 = khKey(w);
  for (let t = 0; t < 16; t++) {
    const x = r.next();
    const kind = x < 0.35 ? 'nida' : x < 0.55 ? 'subscript' : x < 0.8 ? 'vowel' : 'similar';
    const out = khTypoOnce(r, w, kind);
    if (!out || out === w) continue;
    const k = khKey(out);
    if (k === k0 || KH_WORDS.has(k) || !within1(k, k0)) continue;
    return { word: out, kind };
  }
  return null;
}

/** Another keyboard's order: vowel sign typed before the subscript or register shifter. */
function reorderKh(w: string): string {
  return clusters(w)
    .map((cl) => {
      const v = cl.marks.filter((m) => m.cls === 4);
      if (!v.length || !cl.marks.some((m) => m.cls === 2 || m.cls === 3)) return cl.base + cl.marks.map((m) => m.text).join('');
      return cl.base + [...v, ...cl.marks.filter((m) => m.cls !== 4)].map((m) => m.text).join('');
    })
    .join('');
}
const splitVowels = (w: string) => w.replace(/\u17be/g, '\u17c1\u17b8').replace(/\u17c4/g, '\u17c1\u17b6');

// ---------------------------------------------------------------------------------------------
// Rendering a name the way a row shows it

type Stats = Record<string, number>;
const bump = (s: Stats, k: string, n = 1) => { s[k] = (s[k] ?? 0) + n; };

interface NameOpts { pTypo: number; pSwapLat: number; pSwapKh: number; regSpelling: [string, string] | null }

function renderLatin(r: Rng, F: NameWord, G: NameWord, o: NameOpts, st: Stats, pre: string): string {
  const pickV = (w: NameWord, reg: string | undefined) =>
    reg !== undefined && r.chance(0.5) ? reg : r.chance(0.6) ? w.latin[0] : r.pick(w.latin);
  const fv = pickV(F, o.regSpelling?.[0]);
  const gv = pickV(G, o.regSpelling?.[1]);
  if (fv !== F.latin[0] || gv !== G.latin[0]) bump(st, `${pre}.lat.altSpelling`);
  const swap = r.chance(o.pSwapLat);
  if (swap) bump(st, `${pre}.order`);
  const tokens = (swap ? `${gv} ${fv}` : `${fv} ${gv}`).split(' ');
  if (r.chance(o.pTypo)) {
    const eligible = tokens.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
    let done = false;
    for (let t = 0; t < 12 && eligible.length && !done; t++) {
      const i = r.pick(eligible);
      const res = latinTypo(r, tokens[i]);
      if (!res || res.word === tokens[i] || LAT_TOKENS.has(latKey(res.word))) continue;
      tokens[i] = res.word;
      bump(st, `${pre}.typo`);
      bump(st, `${pre}.typo.lat`);
      bump(st, `${pre}.typo.lat.${res.kind}`);
      done = true;
    }
    if (!done) bump(st, `${pre}.typo.skipped`);
  }
  let name = tokens.join(' ');
  const c = r.next();
  if (c < 0.25) { name = name.toUpperCase(); bump(st, `${pre}.lat.upper`); }
  else if (c < 0.3) { name = name.toLowerCase(); bump(st, `${pre}.lat.lower`); }
  return name;
}

function renderKhmer(r: Rng, F: NameWord, G: NameWord, o: NameOpts, st: Stats, pre: string): string {
  const swap = r.chance(o.pSwapKh);
  if (swap) bump(st, `${pre}.order`);
  const words = swap ? [G.kh, F.kh] : [F.kh, G.kh];
  if (r.chance(o.pTypo)) {
    const eligible = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
    let done = false;
    for (let t = 0; t < 6 && eligible.length && !done; t++) {
      const i = r.pick(eligible);
      const res = khTypo(r, words[i]);
      if (!res) continue;
      words[i] = res.word;
      bump(st, `${pre}.typo`);
      bump(st, `${pre}.typo.kh`);
      bump(st, `${pre}.typo.kh.${res.kind}`);
      done = true;
    }
    if (!done) bump(st, `${pre}.typo.skipped`);
  }
  let out = words;
  if (r.chance(0.15)) {
    const re = out.map(reorderKh);
    if (re.join() !== out.join()) { out = re; bump(st, `${pre}.kh.reorder`); }
  }
  if (r.chance(0.06)) {
    const sp = out.map(splitVowels);
    if (sp.join() !== out.join()) { out = sp; bump(st, `${pre}.kh.splitVowel`); }
  }
  const s = r.next();
  if (s < 0.15) { bump(st, `${pre}.kh.zwsp`); return out.join(ZWSP); }
  if (s < 0.2) { bump(st, `${pre}.kh.noSpace`); return out.join(''); }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------
// The generator

type Source = 'manual' | 'csv' | 'id-card';
interface RegDraft {
  id: number; // name id
  w: RegisteredWorker;
  spelling: [string, string] | null;
}
interface RowDraft {
  truth: number | null; // index in registered
  id: number; // name id of the person
  kind: 'true' | 'namesake' | 'near' | 'unrelated';
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'M' | 'F' | null;
  dateOfBirth: string | null;
  source: Source;
}

export interface NinetysixthBuild {
  roster: Roster;
  regNameIds: number[];
  rowNameIds: number[];
  rowKinds: string[];
  stats: Stats;
  index: { lat: FormIndex; kh: FormIndex };
}

function compatible(row: Pick<RowDraft, 'sex' | 'dateOfBirth' | 'nationalId' | 'nssfNumber'>, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return false;
  if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) return false;
  if (row.nationalId && w.nationalId && idEdits(row.nationalId, w.nationalId) > 1) return false;
  if (row.nssfNumber && w.nssfNumber && idEdits(row.nssfNumber, w.nssfNumber) > 1) return false;
  return true;
}

function evidence(row: Pick<RowDraft, 'dateOfBirth' | 'nationalId' | 'nssfNumber'>, w: RegisteredWorker, nameDist: number): number {
  let s = nameDist === 0 ? 1 : 0;
  if (row.dateOfBirth && w.dateOfBirth) s += row.dateOfBirth === w.dateOfBirth ? 2 : swapDM(row.dateOfBirth) === w.dateOfBirth ? 1 : 0;
  if (row.nationalId && w.nationalId) s += 2 - idEdits(row.nationalId, w.nationalId);
  if (row.nssfNumber && w.nssfNumber) s += 2 - idEdits(row.nssfNumber, w.nssfNumber);
  return s;
}

/** Registered workers a name could pass for (within one edit of a spelling), with the distance. */
function nameCandidates(
  idx: { lat: FormIndex; kh: FormIndex },
  regsByName: Map<number, number[]>,
  name: string | null,
  identity: number | null,
): Map<number, number> {
  const names = new Map<number, number>();
  if (name !== null) {
    const k = nameKey(name);
    idx[k.script].query(k.key, names);
  }
  if (identity !== null) {
    const f = formsOf(identity);
    for (const x of f.lat) idx.lat.query(x, names);
    for (const x of f.kh) idx.kh.query(x, names);
  }
  const out = new Map<number, number>();
  for (const [id, d] of names) for (const ri of regsByName.get(id) ?? []) out.set(ri, d);
  return out;
}

export function buildNinetysixth(size: number, seed: number): NinetysixthBuild {
  const r = rng(seed * 7919 + 96);
  const st: Stats = {};
  const usedNid = new Set<string>();
  const usedNssf = new Set<string>();
  const FAMS = FAMILY.map((_, j) => j);
  const FEM = GIVEN.map((g, i) => (g.sex !== 'M' ? i : -1)).filter((i) => i >= 0);
  const MAS = GIVEN.map((g, i) => (g.sex !== 'F' ? i : -1)).filter((i) => i >= 0);
  const pickGiven = (sex: 'F' | 'M') => r.pickSkewed(sex === 'F' ? FEM : MAS, 1.3);

  // --- registered workers -------------------------------------------------------------------
  const formOwners = new Map<string, number[]>(); // exact form → draft indices (namesakes)
  const drafts: RegDraft[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'F' | 'M' = r.chance(0.62) ? 'F' : 'M';
    const f = r.pickSkewed(FAMS, 1.8);
    const g = pickGiven(sex);
    const id = nameId(f, g);
    const forms = formsOf(id);
    const keys = [...forms.lat.map((x) => 'l' + x), ...forms.kh.map((x) => 'k' + x)];
    const mates = new Set<number>();
    for (const k of keys) for (const j of formOwners.get(k) ?? []) mates.add(j);
    let dob = randomDob(r);
    for (let t = 0; t < 200 && [...mates].some((j) => dobClose(dob, drafts[j].w.dateOfBirth!)); t++) dob = randomDob(r);
    for (const k of keys) {
      const l = formOwners.get(k);
      if (l) l.push(i); else formOwners.set(k, [i]);
    }
    if (mates.size) bump(st, 'reg.hasNamesake');
    const F = FAMILY[f];
    const G = GIVEN[g];
    let spelling: [string, string] | null = null;
    let nameLatin: string | null = null;
    if (r.chance(0.75)) {
      spelling = [r.chance(0.65) ? F.latin[0] : r.pick(F.latin), r.chance(0.65) ? G.latin[0] : r.pick(G.latin)];
      nameLatin = `${spelling[0]} ${spelling[1]}`;
      if (r.chance(0.55)) nameLatin = nameLatin.toUpperCase();
    } else bump(st, 'reg.noLatin');
    let kh = `${F.kh} ${G.kh}`;
    const e = r.next();
    if (e < 0.04) { kh = `${F.kh}${ZWSP}${G.kh}`; bump(st, 'reg.kh.zwsp'); }
    else if (e < 0.07) {
      const re = `${reorderKh(F.kh)} ${reorderKh(G.kh)}`;
      if (re !== kh) { kh = re; bump(st, 'reg.kh.reorder'); }
    }
    const dy = +dob.slice(0, 4);
    const hy = r.int(Math.max(2008, dy + 18), 2025);
    const hm = hy === 2025 ? r.int(1, 2) : r.int(1, 12);
    const hasNid = r.chance(0.92);
    const hasNssf = r.chance(0.96);
    if (!hasNid) bump(st, 'reg.noNid');
    if (!hasNssf) bump(st, 'reg.noNssf');
    drafts.push({
      id,
      spelling,
      w: {
        workerId: '',
        nssfNumber: hasNssf ? freshId(r, usedNssf, 10, true) : null,
        nationalId: hasNid ? freshId(r, usedNid, 9, false) : null,
        nameKh: kh,
        nameLatin,
        sex,
        dateOfBirth: dob,
        hireDate: r.chance(0.97) ? fmt(hy, hm, r.int(1, daysIn(hy, hm))) : null,
        wageRiel: r.chance(0.93) ? 100 * r.int(8_500, 20_000) : null,
      },
    });
  }
  r.shuffle(drafts);
  drafts.forEach((d, i) => { d.w.workerId = `W${pad(i + 1, 6)}`; });
  const registered = drafts.map((d) => d.w);
  const regsByName = new Map<number, number[]>();
  const idx = { lat: new FormIndex(), kh: new FormIndex() };
  drafts.forEach((d, i) => {
    const l = regsByName.get(d.id);
    if (l) l.push(i);
    else {
      regsByName.set(d.id, [i]);
      const f = formsOf(d.id);
      for (const x of f.lat) idx.lat.add(x, d.id);
      for (const x of f.kh) idx.kh.add(x, d.id);
    }
  });

  // --- true on-site rows ----------------------------------------------------------------------
  const rows: RowDraft[] = [];
  const pickSource = (hidden: boolean): Source => {
    const x = r.next();
    return hidden ? (x < 0.6 ? 'manual' : x < 0.85 ? 'csv' : 'id-card') : x < 0.5 ? 'manual' : x < 0.9 ? 'csv' : 'id-card';
  };
  const pickScript = (src: Source): Script => (r.chance(src === 'id-card' ? 0.75 : src === 'manual' ? 0.45 : 0.4) ? 'kh' : 'lat');
  const renderName = (id: number, src: Source, pTypo: number, spelling: [string, string] | null, pre: string) => {
    const F = FAMILY[famOf(id)];
    const G = GIVEN[givOf(id)];
    const o: NameOpts = { pTypo, pSwapLat: src === 'id-card' ? 0 : 0.15, pSwapKh: src === 'id-card' ? 0 : 0.08, regSpelling: spelling };
    const script = pickScript(src);
    bump(st, `${pre}.script.${script}`);
    return script === 'kh' ? renderKhmer(r, F, G, o, st, pre) : renderLatin(r, F, G, o, st, pre);
  };
  const P = {
    nid: { manual: 0.3, csv: 0.55, 'id-card': 1 },
    nssf: { manual: 0.15, csv: 0.45, 'id-card': 0 },
    idSlip: { manual: 0.05, csv: 0.03, 'id-card': 0 },
    dob: { manual: 0.7, csv: 0.88, 'id-card': 1 },
    dobSwap: { manual: 0.08, csv: 0.06, 'id-card': 0 },
    sex: { manual: 0.8, csv: 0.92, 'id-card': 1 },
    typo: { manual: 0.29, csv: 0.29, 'id-card': 0 },
  } as const;

  let absent = 0;
  drafts.forEach((d, ri) => {
    if (r.chance(0.05)) { absent++; return; }
    const w = d.w;
    const src = pickSource(false);
    bump(st, `true.source.${src}`);
    const name = renderName(d.id, src, P.typo[src], d.spelling, 'true');
    let nationalId: string | null = null;
    if (r.chance(P.nid[src])) {
      if (w.nationalId) {
        nationalId = w.nationalId;
        bump(st, 'true.nid');
        if (r.chance(P.idSlip[src])) {
          const s = slipId(r, w.nationalId, usedNid);
          if (s) { nationalId = s; bump(st, 'true.nid.slip'); }
        }
      } else if (src === 'id-card') {
        nationalId = freshId(r, usedNid, 9, false); // the card's number; the register has none
        bump(st, 'true.nid.notOnRegister');
      }
    }
    let nssfNumber: string | null = null;
    if (w.nssfNumber && r.chance(P.nssf[src])) {
      nssfNumber = w.nssfNumber;
      bump(st, 'true.nssf');
      if (r.chance(P.idSlip[src])) {
        const s = slipId(r, w.nssfNumber, usedNssf);
        if (s) { nssfNumber = s; bump(st, 'true.nssf.slip'); }
      }
    }
    let dateOfBirth: string | null = null;
    if (r.chance(P.dob[src])) {
      dateOfBirth = w.dateOfBirth;
      const sw = swapDM(w.dateOfBirth!);
      if (sw && r.chance(P.dobSwap[src])) { dateOfBirth = sw; bump(st, 'true.dob.swap'); }
    } else bump(st, 'true.dob.missing');
    const sex = r.chance(P.sex[src]) ? w.sex : null;
    if (!sex) bump(st, 'true.sex.missing');
    rows.push({ truth: ri, id: d.id, kind: 'true', name, nationalId, nssfNumber, sex, dateOfBirth, source: src });
  });
  const nTrue = rows.length;

  // --- undecidable true rows: most get the missing DOB or ID back -----------------------------
  for (const row of rows) {
    const true_ = registered[row.truth!];
    const cands = nameCandidates(idx, regsByName, row.name, null);
    const own = evidence(row, true_, cands.get(row.truth!) ?? 1);
    let tie = false;
    for (const [ri, d] of cands) {
      if (ri === row.truth || !compatible(row, registered[ri])) continue;
      if (evidence(row, registered[ri], d) >= own) { tie = true; break; }
    }
    if (!tie) continue;
    bump(st, 'true.undecidableAtFirst');
    if (!r.chance(0.8)) continue;
    if (!row.dateOfBirth) { row.dateOfBirth = true_.dateOfBirth; bump(st, 'true.fix.dob'); }
    else if (!row.nationalId && true_.nationalId) { row.nationalId = true_.nationalId; bump(st, 'true.fix.nid'); }
    else if (!row.nssfNumber && true_.nssfNumber) { row.nssfNumber = true_.nssfNumber; bump(st, 'true.fix.nssf'); }
    else if (row.dateOfBirth !== true_.dateOfBirth) { row.dateOfBirth = true_.dateOfBirth; bump(st, 'true.fix.dobUnswap'); }
  }

  // --- hidden workers -------------------------------------------------------------------------
  const nHidden = Math.round((nTrue * 0.07) / 0.93);
  const bySlotWord = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    for (const k of [`family:${famOf(d.id)}`, `given:${givOf(d.id)}`]) {
      const l = bySlotWord.get(k);
      if (l) l.push(i); else bySlotWord.set(k, [i]);
    }
  });
  const famIdx = (lat: string) => FAMILY.findIndex((w) => w.latin[0] === lat);
  const givIdx = (lat: string) => GIVEN.findIndex((w) => w.latin[0] === lat);
  const other = (s: 'F' | 'M'): 'F' | 'M' => (s === 'F' ? 'M' : 'F');

  while (rows.length < nTrue + nHidden) {
    const x = r.next();
    let kind: RowDraft['kind'] = x < 0.45 ? 'namesake' : x < 0.7 ? 'near' : 'unrelated';
    let id = -1;
    let sex: 'F' | 'M' = 'F';
    if (kind === 'namesake') {
      const T = drafts[r.int(0, drafts.length - 1)];
      id = T.id;
      const G: GivenName = GIVEN[givOf(id)];
      sex = G.sex === 'U' ? (r.chance(0.7) ? T.w.sex! : other(T.w.sex!)) : G.sex;
    } else if (kind === 'near') {
      let found = false;
      for (let t = 0; t < 30 && !found; t++) {
        const p = r.pick(NEAR_PAIRS);
        const [from, to] = r.chance(0.5) ? [p.a, p.b] : [p.b, p.a];
        const fromIdx = p.slot === 'family' ? famIdx(from) : givIdx(from);
        const toIdx = p.slot === 'family' ? famIdx(to) : givIdx(to);
        const pool = bySlotWord.get(`${p.slot}:${fromIdx}`);
        if (!pool || toIdx < 0) continue;
        const T = drafts[r.pick(pool)];
        id = p.slot === 'family' ? nameId(toIdx, givOf(T.id)) : nameId(famOf(T.id), toIdx);
        const G = GIVEN[givOf(id)];
        sex = G.sex === 'U' ? T.w.sex! : G.sex;
        found = true;
      }
      if (!found) kind = 'unrelated';
    }
    if (kind === 'unrelated' || id < 0) {
      kind = 'unrelated';
      // a name of their own: most often one no registered name is within one edit of
      for (let t = 0; t < 40; t++) {
        sex = r.chance(0.6) ? 'F' : 'M';
        id = nameId(r.pick(FAMS), r.pick(sex === 'F' ? FEM : MAS));
        if (!nameCandidates(idx, regsByName, null, id).size) break;
      }
    }
    const src = pickSource(true);
    const pre = `hidden`;
    const st0 = { ...st };
    const name = renderName(id, src, src === 'id-card' ? 0 : 0.12, null, pre);
    const row: RowDraft = {
      truth: null, id, kind, name,
      nationalId: r.chance(P.nid[src]) ? '' : null,
      nssfNumber: null,
      sex: r.chance(P.sex[src]) ? sex : null,
      dateOfBirth: r.chance(P.dob[src]) ? randomDob(r) : null,
      source: src,
    };
    const cands = [...nameCandidates(idx, regsByName, name, id).keys()].map((i) => registered[i]);
    let ok = true;
    if (cands.length) {
      const m = r.next();
      const G = GIVEN[givOf(id)];
      let mode = m < 0.6 ? 'dob' : m < 0.85 ? 'nid' : 'sex';
      const sexes = new Set(cands.map((c) => c.sex));
      if (mode === 'sex' && G.sex !== 'U') mode = 'nid';
      if (mode === 'nid') row.nationalId = '';
      if (mode === 'sex') row.sex = sexes.size === 1 ? other([...sexes][0]!) : sex; // a unisex name: sex shown, telling some apart
      const open = () => cands.filter((c) => !ruledOut(row, c));
      if (mode === 'dob' || open().length) {
        if (mode !== 'dob') mode = `${mode}+dob`;
        const left = open();
        row.dateOfBirth = randomDob(r);
        for (let t = 0; t < 300 && left.some((c) => dobClose(row.dateOfBirth!, c.dateOfBirth!)); t++) row.dateOfBirth = randomDob(r);
      }
      ok = cands.every((c) => ruledOut(row, c));
      if (ok) bump(st, `hidden.ruledOutBy.${mode}`);
    } else bump(st, 'hidden.noNameWithinOneEdit');
    if (!ok) {
      for (const k of Object.keys(st)) if (st[k] !== st0[k]) st[k] = st0[k];
      for (const k of Object.keys(st)) if (!(k in st0)) delete st[k];
      continue;
    }
    if (row.nationalId === '') row.nationalId = freshId(r, usedNid, 9, false);
    bump(st, `hidden.kind.${kind}`);
    bump(st, `hidden.source.${src}`);
    if (row.nationalId) bump(st, 'hidden.nid');
    if (!row.dateOfBirth) bump(st, 'hidden.dob.missing');
    if (!row.sex) bump(st, 'hidden.sex.missing');
    rows.push(row);
  }

  // --- shuffle, ids, times ----------------------------------------------------------------------
  r.shuffle(rows);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 2, 11, 1, 30, 0);
  let csvRow = 0;
  for (const row of rows) {
    t += r.int(8, 75) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-ninetysixth',
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssfNumber,
      sex: row.sex,
      dateOfBirth: row.dateOfBirth,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.truth === null ? null : registered[row.truth].workerId);
  }
  st['reg.absent'] = absent;
  return {
    roster: { registered, onsite, truth },
    regNameIds: drafts.map((d) => d.id),
    rowNameIds: rows.map((x) => x.id),
    rowKinds: rows.map((x) => x.kind),
    stats: st,
    index: idx,
  };
}

/** Ruled out by a field present on both sides (the row is '' for an ID still to be drawn fresh). */
function ruledOut(row: Pick<RowDraft, 'sex' | 'dateOfBirth' | 'nationalId'>, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return true;
  if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) return true;
  if (row.nationalId === '' && w.nationalId) return true; // a fresh number is 2+ edits from every registered one
  if (row.nationalId && w.nationalId && idEdits(row.nationalId, w.nationalId) > 1) return true;
  return false;
}

function uuid(r: Rng): string {
  let h = '';
  for (let i = 0; i < 16; i++) {
    let b = r.int(0, 255);
    if (i === 6) b = (b & 0x0f) | 0x40;
    if (i === 8) b = (b & 0x3f) | 0x80;
    h += b.toString(16).padStart(2, '0');
  }
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function ninetysixthRoster(size: number, seed: number): Roster {
  return buildNinetysixth(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check: npx tsx test/bench/ninetysixth.ts 10000 1

function selfCheck(size: number, seed: number): boolean {
  const t0 = performance.now();
  const b = buildNinetysixth(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = b.roster;
  const st = b.stats;
  const regById = new Map(registered.map((w, i) => [w.workerId, i]));
  const regsByName = new Map<number, number[]>();
  b.regNameIds.forEach((id, i) => { const l = regsByName.get(id); if (l) l.push(i); else regsByName.set(id, [i]); });
  let fail = false;
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fail = true;
  };
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '-');
  const g = (k: string) => st[k] ?? 0;

  const nTrue = [...truth.values()].filter((x) => x !== null).length;
  const nHidden = onsite.length - nTrue;
  console.log(`ninetysixth  size=${size} seed=${seed}  (${ms.toFixed(0)} ms)`);
  console.log(`  registered ${registered.length}, absent ${g('reg.absent')} (${pct(g('reg.absent'), registered.length)}), on site ${onsite.length}: true ${nTrue}, hidden ${nHidden} (${pct(nHidden, onsite.length)} of rows)`);
  console.log(`  register: no Latin name ${pct(g('reg.noLatin'), size)}, no national ID ${pct(g('reg.noNid'), size)}, no NSSF ${pct(g('reg.noNssf'), size)}, has a namesake ${pct(g('reg.hasNamesake'), size)}, Khmer ZWSP ${pct(g('reg.kh.zwsp'), size)}, reordered ${pct(g('reg.kh.reorder'), size)}`);
  console.log('  true rows:');
  console.log(`    source manual ${pct(g('true.source.manual'), nTrue)}, csv ${pct(g('true.source.csv'), nTrue)}, id-card ${pct(g('true.source.id-card'), nTrue)}; script Khmer ${pct(g('true.script.kh'), nTrue)}, Latin ${pct(g('true.script.lat'), nTrue)}`);
  console.log(`    TYPO ${pct(g('true.typo'), nTrue)} of true rows  (Latin ${pct(g('true.typo.lat'), g('true.script.lat'))} of Latin rows: drop ${g('true.typo.lat.drop')}, double ${g('true.typo.lat.double')}, swap ${g('true.typo.lat.swap')}, qwerty ${g('true.typo.lat.qwerty')}; Khmer ${pct(g('true.typo.kh'), g('true.script.kh'))} of Khmer rows: NiDA ${g('true.typo.kh.nida')}, subscript ${g('true.typo.kh.subscript')}, vowel ${g('true.typo.kh.vowel')}, similar ${g('true.typo.kh.similar')}; no eligible word ${g('true.typo.skipped')})`);
  console.log(`    order swapped ${pct(g('true.order'), nTrue)}; Latin: other spelling ${pct(g('true.lat.altSpelling'), g('true.script.lat'))}, UPPER ${pct(g('true.lat.upper'), g('true.script.lat'))}, lower ${pct(g('true.lat.lower'), g('true.script.lat'))}`);
  console.log(`    Khmer: ZWSP ${pct(g('true.kh.zwsp'), g('true.script.kh'))}, no space ${pct(g('true.kh.noSpace'), g('true.script.kh'))}, keyboard order ${pct(g('true.kh.reorder'), g('true.script.kh'))}, split vowel ${pct(g('true.kh.splitVowel'), g('true.script.kh'))}`);
  console.log(`    national ID shown ${pct(g('true.nid'), nTrue)} (slip ${pct(g('true.nid.slip'), g('true.nid'))}), NSSF shown ${pct(g('true.nssf'), nTrue)} (slip ${pct(g('true.nssf.slip'), g('true.nssf'))}), DOB missing ${pct(g('true.dob.missing') - g('true.fix.dob'), nTrue)}, DOB swapped ${pct(g('true.dob.swap'), nTrue)}, sex missing ${pct(g('true.sex.missing'), nTrue)}`);
  console.log(`    undecidable at first ${g('true.undecidableAtFirst')}, given back: DOB ${g('true.fix.dob')}, NID ${g('true.fix.nid')}, NSSF ${g('true.fix.nssf')}, DOB unswapped ${g('true.fix.dobUnswap')}`);
  console.log('  hidden rows:');
  console.log(`    namesakes ${pct(g('hidden.kind.namesake'), nHidden)}, one letter from another real name ${pct(g('hidden.kind.near'), nHidden)}, own names ${pct(g('hidden.kind.unrelated'), nHidden)}; typo ${pct(g('hidden.typo'), nHidden)}; Khmer ${pct(g('hidden.script.kh'), nHidden)}`);
  console.log(`    no registered name within one edit ${pct(g('hidden.noNameWithinOneEdit'), nHidden)}; ruled out by DOB ${g('hidden.ruledOutBy.dob')}, national ID ${g('hidden.ruledOutBy.nid')}, sex ${g('hidden.ruledOutBy.sex')}, national ID + DOB ${g('hidden.ruledOutBy.nid+dob')}, sex + DOB ${g('hidden.ruledOutBy.sex+dob')}`);
  console.log(`    national ID shown ${pct(g('hidden.nid'), nHidden)}, DOB missing ${pct(g('hidden.dob.missing'), nHidden)}, sex missing ${pct(g('hidden.sex.missing'), nHidden)}`);

  console.log('audit:');
  // shape
  check(nHidden / onsite.length >= 0.05 && nHidden / onsite.length <= 0.1, `hidden share ${pct(nHidden, onsite.length)} in 5-10 %`);
  check(g('reg.absent') / size >= 0.03 && g('reg.absent') / size <= 0.07, `absent share ${pct(g('reg.absent'), size)} about 5 %`);
  check(g('true.typo') / nTrue >= 0.2, `typo on ${pct(g('true.typo'), nTrue)} of true rows (>= 20 %)`);
  check(g('true.typo.kh') > 0 && g('true.typo.lat') > 0, 'typos in both scripts');

  // rule 1
  let bad1 = 0;
  const ex1: string[] = [];
  const dists: number[] = [0, 0];
  onsite.forEach((o, i) => {
    const wid = truth.get(o.id);
    if (!wid) return;
    const ri = regById.get(wid)!;
    const w = registered[ri];
    const k = nameKey(o.name);
    const forms = formsOf(b.regNameIds[ri])[k.script];
    const d = forms.includes(k.key) ? 0 : forms.some((f) => within1(k.key, f)) ? 1 : 2;
    const errs: string[] = [];
    if (d > 1) errs.push('name');
    else dists[d]++;
    if (b.rowNameIds[i] !== b.regNameIds[ri]) errs.push('identity');
    if (o.nationalId && w.nationalId && idEdits(o.nationalId, w.nationalId) > 1) errs.push('nid');
    if (o.nssfNumber && w.nssfNumber && idEdits(o.nssfNumber, w.nssfNumber) > 1) errs.push('nssf');
    if (o.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDM(w.dateOfBirth!) !== o.dateOfBirth) errs.push('dob');
    if (o.sex && o.sex !== w.sex) errs.push('sex');
    if (errs.length) { bad1++; if (ex1.length < 5) ex1.push(`${o.name} / ${w.nameKh} ${w.nameLatin}: ${errs.join(',')}`); }
  });
  check(bad1 === 0, `rule 1: true rows carry only plausible variants (${bad1} bad; name exact ${dists[0]}, one edit ${dists[1]})${ex1.length ? ' e.g. ' + ex1.join(' | ') : ''}`);

  // rule 2
  let bad2 = 0;
  const groups = new Map<string, number[]>();
  b.regNameIds.forEach((id, i) => {
    const f = formsOf(id);
    for (const k of [...f.lat.map((x) => 'l' + x), ...f.kh.map((x) => 'k' + x)]) {
      const l = groups.get(k);
      if (l) l.push(i); else groups.set(k, [i]);
    }
  });
  let biggest = 0;
  const seenPair = new Set<string>();
  for (const l of groups.values()) {
    biggest = Math.max(biggest, l.length);
    for (let x = 0; x < l.length; x++) for (let y = x + 1; y < l.length; y++) {
      const key = `${l[x]}:${l[y]}`;
      if (seenPair.has(key)) continue;
      seenPair.add(key);
      const a = registered[l[x]];
      const c = registered[l[y]];
      if (dobClose(a.dateOfBirth!, c.dateOfBirth!)) bad2++;
      if (a.nationalId && c.nationalId && idEdits(a.nationalId, c.nationalId) < 2) bad2++;
      if (a.nssfNumber && c.nssfNumber && idEdits(a.nssfNumber, c.nssfNumber) < 2) bad2++;
    }
  }
  const allNid = registered.map((w) => w.nationalId).filter((x): x is string => !!x);
  const nidSet = new Set(allNid);
  const nidClash = allNid.filter((x) => idNeighbours(x).some((y) => nidSet.has(y))).length;
  check(bad2 === 0 && nidClash === 0, `rule 2: registered namesakes (${seenPair.size} pairs, largest group ${biggest}) apart by DOB and IDs (${bad2} bad), registered national IDs 2+ edits apart (${nidClash} bad)`);

  // rule 3
  let bad3 = 0;
  let byName = 0;
  let byField = 0;
  const ex3: string[] = [];
  onsite.forEach((o, i) => {
    if (truth.get(o.id) !== null) return;
    const cands = nameCandidates(b.index, regsByName, o.name, b.rowNameIds[i]);
    if (!cands.size) { byName++; return; }
    const open = [...cands.keys()].filter((ri) => !ruledOut(o, registered[ri]));
    if (open.length) { bad3++; if (ex3.length < 5) ex3.push(`${o.name} ~ ${registered[open[0]].nameKh}`); }
    else byField++;
  });
  check(bad3 === 0, `rule 3: hidden rows: ${byName} no registered name within one edit, ${byField} ruled out by a field on both sides, ${bad3} could pass${ex3.length ? ' e.g. ' + ex3.join(' | ') : ''}`);

  // rule 4
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => v4.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  const timesOk = onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt);
  let lastCsv = 0;
  const csvOk = onsite.every((o) => o.sourceRow === null || o.sourceRow === ++lastCsv);
  const half = Math.floor(onsite.length / 2);
  const hid = (a: OnsiteWorker[]) => a.filter((o) => truth.get(o.id) === null).length / a.length;
  const h1 = hid(onsite.slice(0, half));
  const h2 = hid(onsite.slice(half));
  const p = nHidden / onsite.length;
  const sd = Math.sqrt((p * (1 - p)) / half) * Math.SQRT2;
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => { const w = truth.get(o.id); if (w) { xs.push(i); ys.push(regById.get(w)!); } });
  const corr = pearson(xs, ys);
  const present = new Set(truth.values());
  const absentIdx = registered.map((_, i) => i).filter((i) => !present.has(registered[i].workerId));
  const absentMean = absentIdx.reduce((a, x) => a + x, 0) / Math.max(1, absentIdx.length) / registered.length;
  const widOk = registered.every((w, i) => w.workerId === `W${pad(i + 1, 6)}`);
  check(
    idsOk && timesOk && csvOk && widOk && Math.abs(h1 - h2) < 4 * sd + 0.005 && Math.abs(corr) < 0.1 && Math.abs(absentMean - 0.5) < 0.1,
    `rule 4: v4 UUIDs unique ${idsOk}, recordedAt increasing ${timesOk}, CSV rows in order ${csvOk}, worker ids in shuffled order ${widOk}; hidden share 1st/2nd half ${(100 * h1).toFixed(1)}/${(100 * h2).toFixed(1)} %, row↔register order corr ${corr.toFixed(3)}, absent mean position ${absentMean.toFixed(2)}`,
  );

  // rule 5
  let undecidable = 0;
  onsite.forEach((o) => {
    const wid = truth.get(o.id);
    if (!wid) return;
    const ri = regById.get(wid)!;
    const cands = nameCandidates(b.index, regsByName, o.name, null);
    const own = evidence(o, registered[ri], cands.get(ri) ?? 1);
    for (const [rj, d] of cands) {
      if (rj === ri || !compatible(o, registered[rj])) continue;
      if (evidence(o, registered[rj], d) >= own) { undecidable++; break; }
    }
  });
  check(undecidable / nTrue < 0.04, `rule 5: undecidable true rows ${undecidable} (${pct(undecidable, nTrue)}) < 4 %`);

  // schemas
  const badReg = registered.filter((w) => !RegisteredWorkerSchema.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !OnsiteWorkerSchema.safeParse(o).success).length;
  const extra = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check(badReg === 0 && badOn === 0 && extra === 0, `schemas: ${registered.length} registered, ${onsite.length} on-site parsed (${badReg + badOn} bad, ${extra} with statedStartDate/wageRiel)`);

  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = ninetysixthRoster(size, seed);
  const otherSeed = ninetysixthRoster(size, seed + 1);
  check(ser(again) === ser(b.roster) && ser(otherSeed) !== ser(b.roster), 'determinism: same seed identical, next seed differs');

  // time
  const t1 = performance.now();
  ninetysixthRoster(10_000, seed);
  const ms10 = performance.now() - t1;
  check(ms10 < 2000, `10,000 registered generated in ${ms10.toFixed(0)} ms (< 2,000)`);

  console.log(fail ? 'FAIL' : 'PASS');
  return !fail;
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, x) => a + x, 0) / n;
  const my = ys.reduce((a, y) => a + y, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy || 1);
}

if (process.argv[1]?.endsWith('ninetysixth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  process.exit(selfCheck(size, seed) ? 0 : 1);
}
