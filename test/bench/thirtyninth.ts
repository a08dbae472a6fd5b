/**
 * `thirtyninth`: a Khmer-script attendance book read by OCR.
 *
 * The employer's attendance book is handwritten or printed in Khmer script; the inspector
 * photographs it, runs it through a Khmer OCR app and pastes the text (source 'csv'). So most
 * on-site names are Khmer, and 30-50 % of those carry OCR confusions. A few rows are typed by the
 * inspector ('manual', mostly Latin) or read from an ID card ('id-card', Khmer or Latin, with the
 * card's ID number, date of birth and sex). The register (NSSF) is clean, in both scripts.
 *
 * Model (rates per on-site row unless said):
 *  - registered: `size` workers, family + optional middle + given name (lists in
 *    thirtyninth-names.ts), 55 % women; DOB shown 97 %, national ID 92 %, NSSF no. 95 %, Latin 90 %.
 *  - ~5 % of registered workers absent; hidden workers ~7 % of on-site rows, ~45 % of them deliberate
 *    namesakes of a registered worker (more are namesakes by chance).
 *  - sources: csv 86 % (Khmer OCR), manual 9 % (75 % Latin), id-card 5 % (half Khmer, half Latin).
 *  - csv rows: sex 85 %, DOB 80 % (5 % one-digit OCR slip, 3 % day/month swapped), national ID 30 %
 *    (7 % one-digit slip or transposition).
 *
 * OCR confusions (the EXTRA rule-1 variations of this roster; at most two per name, on ~40 % of
 * csv rows, a human reading both names side by side sees the same name):
 *  - look-alike consonants swapped: ឃ/ឈ, ព/ភ, ប/ឋ, ង/ដ;
 *  - a subscript (coeng + consonant) dropped, read as a look-alike subscript (្ត/្ដ, ្ន/្ណ, ្ធ/្ឋ),
 *    or added (ទ read as ទ្ធ);
 *  - a diacritic dropped (៉ ៊ ់ ំ ះ ៍ ័) or a bantoc ់ added at a word end;
 *  - a small vowel sign read as its twin (ិ/ី, ឹ/ឺ, ុ/ូ), dropped, or added on a bare consonant;
 *  - a word break lost or added.
 *  Every one of them leaves the name's "OCR skeleton" unchanged: the Khmer string without spaces or
 *  zero-width characters, subscripts, diacritics and small vowels, with the look-alike consonants
 *  folded together. Two Khmer names are OCR namesakes when their skeletons are equal (either order).
 *  Khmer encoding variants (not counted as confusions): ZWSP for the space, ្ត written ្ដ, shifter
 *  after the vowel, ំ before ុ, coeng ro before the other subscript. Dates are read from Khmer or
 *  Arabic digits and written normalised, YYYY-MM-DD.
 *
 * FAIRNESS (audited by the self-check: `npx tsx test/bench/thirtyninth.ts 10000 1`):
 *  1. A true row carries only plausible variants of its registered worker: Khmer with at most two of
 *     the OCR confusions above plus encoding variants (and rarely the order swapped); Latin with the
 *     listed romanizations, either order, any case, the middle word joined or spaced, at most one
 *     typo in one word of 4+ letters; IDs exact or one slip; DOB exact, one OCR digit slip, or
 *     day/month swapped; sex right or missing.
 *  2. Registered namesakes (equal OCR skeleton in either order, or equal Latin spelling of any
 *     listed romanization in either order) never share a DOB and are at least 3 digits apart (and
 *     not within a swap and one digit).
 *  3. A hidden row either cannot pass for any registered worker by name (its skeleton is more than
 *     one edit from every registered skeleton; in Latin, more than one edit from every
 *     romanization), or is ruled out from every one it could pass for by a field present on BOTH
 *     sides: sex differs, DOB more than a swap / one digit apart, national IDs 2+ edits apart.
 *     Hidden rows' national IDs are 2+ edits from every registered one.
 *  4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt
 *     increasing in row order, registered worker ids assigned after shuffling.
 *  5. Undecidable true rows (another registered worker as close by name, i.e. same skeleton or as
 *     close a romanization, that no field on both sides tells apart) stay under 4 % (about 3 % at
 *     10,000: ~20 % of workers there have a namesake, and ~14 % of rows have neither DOB nor ID).
 *
 * Known consequence of rule 3: a hidden namesake must carry a field that rules it out, so hidden
 * rows show a DOB more often (~90 %) than true rows (~80 %). The self-check prints both rates.
 * The 10k timing gate takes the smaller of wall and CPU time, so other jobs on the machine do not
 * fail it.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN_F, GIVEN_M, MIDDLE_F, MIDDLE_M, type KhWord } from './thirtyninth-names';

export const THIRTYNINTH_LABEL = 'Khmer attendance book read by OCR: look-alike consonants, dropped subscripts/diacritics, lost word breaks';

// ───────────────────────────── Khmer text helpers ─────────────────────────────

const COENG = '\u17D2';
const ZW_RE = /[\u200B\u200C\u200D\uFEFF\s]/g;
/** ំ ះ ៉ ៊ ់ ៌ ៍ ័ */
const DIACRITICS = new Set(['\u17C6', '\u17C7', '\u17C9', '\u17CA', '\u17CB', '\u17CC', '\u17CD', '\u17D0']);
/** ិ ី ឹ ឺ ុ ូ */
const SMALL_VOWELS = new Set(['\u17B7', '\u17B8', '\u17B9', '\u17BA', '\u17BB', '\u17BC']);
/** Look-alike consonants an OCR confuses. */
export const OCR_LOOKALIKES: readonly (readonly [string, string])[] = [['ឃ', 'ឈ'], ['ព', 'ភ'], ['ប', 'ឋ'], ['ង', 'ដ']];
const PAIR: Record<string, string> = {};
const FOLD: Record<string, string> = {};
for (const [a, b] of OCR_LOOKALIKES) { PAIR[a] = b; PAIR[b] = a; FOLD[b] = a; }
const SUB_SWAP: Record<string, string> = { 'ដ': 'ត', 'ត': 'ដ', 'ណ': 'ន', 'ន': 'ណ', 'ធ': 'ឋ', 'ឋ': 'ធ' };
const VOWEL_TWIN: Record<string, string> = { 'ិ': 'ី', 'ី': 'ិ', 'ឹ': 'ឺ', 'ឺ': 'ឹ', 'ុ': 'ូ', 'ូ': 'ុ' };

const isCons = (c: string | undefined) => c !== undefined && c >= '\u1780' && c <= '\u17A2';
const isMark = (c: string | undefined) => c !== undefined && c >= '\u17B6' && c <= '\u17D3';

const skelCache = new Map<string, string>();
/** The OCR skeleton: what every modelled OCR confusion and encoding variant leaves unchanged. */
export function skeleton(s: string): string {
  const hit = skelCache.get(s);
  if (hit !== undefined) return hit;
  const t = s.replace(ZW_RE, '');
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === COENG) { i++; continue; }
    if (DIACRITICS.has(c) || SMALL_VOWELS.has(c)) continue;
    out += FOLD[c] ?? c;
  }
  if (skelCache.size < 200_000) skelCache.set(s, out);
  return out;
}

/** Canonical code-point form: no spaces/ZW, ្ដ → ្ត, marks of each cluster in one fixed order. */
export function canonKh(s: string): string {
  const t = s.replace(ZW_RE, '').replace(/\u17D2\u178A/g, '\u17D2\u178F');
  let out = '';
  let i = 0;
  while (i < t.length) {
    out += t[i++];
    const subs: string[] = [];
    const marks: string[] = [];
    while (i < t.length && isMark(t[i])) {
      if (t[i] === COENG) { subs.push(COENG + (t[i + 1] ?? '')); i += 2; } else marks.push(t[i++]);
    }
    subs.sort();
    const rank = (c: string) => (c === '\u17C9' || c === '\u17CA' ? 0 : c <= '\u17C5' ? 1 : 2);
    marks.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    out += subs.join('') + marks.join('');
  }
  return out;
}

export type Confusion =
  | 'consonant' | 'subDrop' | 'subSwap' | 'subAdd' | 'diaDrop' | 'diaAdd'
  | 'vowelTwin' | 'vowelDrop' | 'vowelAdd' | 'breakLost' | 'breakAdd';

function positions(cs: string[], ok: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < cs.length; i++) if (ok(i)) out.push(i);
  return out;
}

/** Applies one OCR confusion of the given kind in place; false when the name offers no place for it. */
function applyConfusion(cs: string[], kind: Confusion, r: Rng): boolean {
  const base = (i: number) => isCons(cs[i]) && cs[i - 1] !== COENG;
  let ps: number[];
  switch (kind) {
    case 'consonant':
      ps = positions(cs, (i) => base(i) && PAIR[cs[i]] !== undefined);
      if (!ps.length) return false;
      { const i = r.pick(ps); cs[i] = PAIR[cs[i]]; }
      return true;
    case 'subDrop':
      ps = positions(cs, (i) => cs[i] === COENG);
      if (!ps.length) return false;
      cs.splice(r.pick(ps), 2);
      return true;
    case 'subSwap':
      ps = positions(cs, (i) => cs[i] === COENG && SUB_SWAP[cs[i + 1]] !== undefined);
      if (!ps.length) return false;
      { const i = r.pick(ps) + 1; cs[i] = SUB_SWAP[cs[i]]; }
      return true;
    case 'subAdd':
      ps = positions(cs, (i) => cs[i] === 'ទ' && cs[i - 1] !== COENG && cs[i + 1] !== COENG);
      if (!ps.length) return false;
      cs.splice(r.pick(ps) + 1, 0, COENG, 'ធ');
      return true;
    case 'diaDrop':
      ps = positions(cs, (i) => DIACRITICS.has(cs[i]));
      if (!ps.length) return false;
      cs.splice(r.pick(ps), 1);
      return true;
    case 'diaAdd':
      ps = positions(cs, (i) => i > 0 && base(i) && (i + 1 === cs.length || cs[i + 1] === ' '));
      if (!ps.length) return false;
      cs.splice(r.pick(ps) + 1, 0, '\u17CB');
      return true;
    case 'vowelTwin':
      ps = positions(cs, (i) => VOWEL_TWIN[cs[i]] !== undefined);
      if (!ps.length) return false;
      { const i = r.pick(ps); cs[i] = VOWEL_TWIN[cs[i]]; }
      return true;
    case 'vowelDrop':
      ps = positions(cs, (i) => SMALL_VOWELS.has(cs[i]));
      if (!ps.length) return false;
      cs.splice(r.pick(ps), 1);
      return true;
    case 'vowelAdd':
      ps = positions(cs, (i) => base(i) && (i + 1 === cs.length || cs[i + 1] === ' ' || isCons(cs[i + 1])));
      if (!ps.length) return false;
      cs.splice(r.pick(ps) + 1, 0, r.chance(0.5) ? '\u17BB' : '\u17B7');
      return true;
    case 'breakLost':
      ps = positions(cs, (i) => cs[i] === ' ');
      if (!ps.length) return false;
      cs.splice(r.pick(ps), 1);
      return true;
    case 'breakAdd': {
      // before a base consonant inside a word, leaving at least two code points on each side
      ps = positions(cs, (i) => {
        if (!base(i) || i < 2 || cs[i - 1] === ' ' || cs[i - 2] === ' ') return false;
        const rest = cs.slice(i, i + 2);
        return rest.length === 2 && !rest.includes(' ');
      });
      if (!ps.length) return false;
      cs.splice(r.pick(ps), 0, ' ');
      return true;
    }
  }
}

const CONFUSION_GROUPS: readonly (readonly [number, readonly Confusion[]])[] = [
  [0.26, ['consonant']],
  [0.2, ['subDrop', 'subDrop', 'subSwap', 'subAdd']],
  [0.2, ['diaDrop', 'diaDrop', 'diaDrop', 'diaAdd']],
  [0.2, ['vowelTwin', 'vowelTwin', 'vowelDrop', 'vowelAdd']],
  [0.14, ['breakLost', 'breakAdd']],
];

function ocr(s: string, n: number, r: Rng): { s: string; kinds: Confusion[] } {
  const cs = [...s];
  const kinds: Confusion[] = [];
  for (let tries = 0; kinds.length < n && tries < 30; tries++) {
    let u = r.next();
    let group = CONFUSION_GROUPS[CONFUSION_GROUPS.length - 1][1];
    for (const [p, g] of CONFUSION_GROUPS) { if (u < p) { group = g; break; } u -= p; }
    const kind = r.pick(group);
    if (applyConfusion(cs, kind, r)) kinds.push(kind);
  }
  return { s: cs.join(''), kinds };
}

export type Encoding = 'zwsp' | 'coengTa' | 'shifterOrder' | 'nikahitOrder' | 'coengRoOrder';

/** Equivalent Khmer encodings (the same text as a reader sees it). */
function encode(s: string, r: Rng, n: number): { s: string; kinds: Encoding[] } {
  const options: [Encoding, (t: string) => string][] = [];
  if (s.includes(' ')) options.push(['zwsp', (t) => t.replace(/ /g, '\u200B')]);
  if (s.includes('\u17D2\u178F')) options.push(['coengTa', (t) => t.replace(/\u17D2\u178F/g, '\u17D2\u178A')]);
  else if (s.includes('\u17D2\u178A')) options.push(['coengTa', (t) => t.replace(/\u17D2\u178A/g, '\u17D2\u178F')]);
  if (/[\u1780-\u17A2][\u17C9\u17CA][\u17B6-\u17C5]/.test(s)) {
    options.push(['shifterOrder', (t) => t.replace(/([\u1780-\u17A2])([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$1$3$2')]);
  }
  if (s.includes('\u17BB\u17C6')) options.push(['nikahitOrder', (t) => t.replace(/\u17BB\u17C6/g, '\u17C6\u17BB')]);
  if (/\u17D2[\u1780-\u17A2]\u17D2\u179A/.test(s)) {
    options.push(['coengRoOrder', (t) => t.replace(/\u17D2([\u1780-\u17A2])\u17D2\u179A/g, '\u17D2\u179A\u17D2$1')]);
  }
  const kinds: Encoding[] = [];
  r.shuffle(options);
  for (const [k, f] of options.slice(0, n)) { s = f(s); kinds.push(k); }
  return { s, kinds };
}

// ───────────────────────────── Latin helpers ─────────────────────────────

export const normLat = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

function typo(word: string, r: Rng): string {
  const lower = word.toLowerCase();
  const cs = [...lower];
  const kind = r.int(0, 3);
  const i = r.int(1, cs.length - 1);
  if (kind === 0) {
    let c = r.pick([...LETTERS]);
    while (c === cs[i]) c = r.pick([...LETTERS]);
    cs[i] = c;
  } else if (kind === 1) cs.splice(i, 1);
  else if (kind === 2) cs.splice(i, 0, r.pick([...LETTERS]));
  else {
    const j = Math.min(i, cs.length - 2);
    if (cs[j] === cs[j + 1]) cs.splice(j, 1);
    else [cs[j], cs[j + 1]] = [cs[j + 1], cs[j]];
  }
  return cs.join('');
}

/** Optimal-string-alignment distance (a transposition counts as one edit). */
export function osa(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 3) return Math.abs(m - n);
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** Every string within one edit (substitution, insertion, deletion, adjacent transposition). */
function neighbours(s: string, alphabet: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    out.push(s.slice(0, i) + s.slice(i + 1));
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    for (const c of alphabet) if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
  }
  for (let i = 0; i <= s.length; i++) for (const c of alphabet) out.push(s.slice(0, i) + c + s.slice(i));
  return out;
}

// ───────────────────────────── dates and IDs ─────────────────────────────

const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function validDate(y: number, m: number, d: number): boolean {
  if (y < 1930 || y > 2015 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DIM[m - 1]);
}
function randDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const d = r.int(1, m === 2 && leap ? 29 : DIM[m - 1]);
  return `${y}-${pad(m)}-${pad(d)}`;
}
export function swapDM(s: string): string | null {
  const [y, m, d] = s.split('-');
  if (+d > 12 || d === m) return null;
  return `${y}-${d}-${m}`;
}
function hamming(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n + Math.abs(a.length - b.length);
}
const digits8 = (s: string) => s.replace(/-/g, '');
/** A DOB a true row could carry for this registered DOB: exact, day/month swapped, or one digit off. */
export function dobClose(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || swapDM(b) === a || hamming(digits8(a), digits8(b)) <= 1;
}
/** Registered namesakes' DOBs: at least 3 digits apart and not within a swap and one digit. */
function dobFar(a: string, b: string): boolean {
  if (hamming(digits8(a), digits8(b)) < 3) return false;
  const sa = swapDM(a);
  const sb = swapDM(b);
  if (sa && hamming(digits8(sa), digits8(b)) < 2) return false;
  if (sb && hamming(digits8(sb), digits8(a)) < 2) return false;
  return true;
}
/** Digits an OCR confuses (Arabic and Khmer numerals). */
const DIGIT_SLIP: Record<string, string> = { '0': '86', '1': '74', '2': '7', '3': '89', '4': '1', '5': '6', '6': '580', '7': '12', '8': '306', '9': '3' };
function slipDob(s: string, r: Rng): string | null {
  const ds = [...digits8(s)];
  for (let t = 0; t < 20; t++) {
    const i = r.int(2, 7);
    const c = r.pick([...DIGIT_SLIP[ds[i]]]);
    const e = [...ds];
    e[i] = c;
    const y = +e.slice(0, 4).join('');
    const m = +e.slice(4, 6).join('');
    const d = +e.slice(6, 8).join('');
    if (validDate(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  return null;
}
function slipId(s: string, r: Rng): string {
  const ds = [...s];
  if (r.chance(0.3)) {
    for (let t = 0; t < 20; t++) {
      const i = r.int(0, ds.length - 2);
      if (ds[i] !== ds[i + 1]) { [ds[i], ds[i + 1]] = [ds[i + 1], ds[i]]; return ds.join(''); }
    }
  }
  const i = r.int(0, ds.length - 1);
  ds[i] = r.pick([...DIGIT_SLIP[ds[i]]]);
  return ds.join('');
}
/** ID numbers one slip away: one digit changed or two adjacent digits transposed. */
function idNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const head = s.slice(0, i);
    const tail = s.slice(i + 1);
    for (let d = 0; d < 10; d++) { const c = String(d); if (c !== s[i]) out.push(head + c + tail); }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(head + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ───────────────────────────── names ─────────────────────────────

interface Name { fam: KhWord; mid: KhWord | null; base: KhWord; }
const givenKh = (n: Name) => (n.mid?.kh ?? '') + n.base.kh;
const nameKh = (n: Name) => `${n.fam.kh} ${givenKh(n)}`;

function pickWeighted<T>(xs: readonly (readonly [T, number])[], r: Rng): T {
  const total = xs.reduce((a, [, p]) => a + p, 0);
  let u = r.next() * total;
  for (const [x, p] of xs) { if (u < p) return x; u -= p; }
  return xs[xs.length - 1][0];
}

function drawName(sex: 'M' | 'F', r: Rng): Name {
  const fam = r.pickSkewed(FAMILY, 1.2);
  const mid = r.chance(0.75) ? pickWeighted(sex === 'F' ? MIDDLE_F : MIDDLE_M, r) : null;
  const base = r.pickSkewed(sex === 'F' ? GIVEN_F : GIVEN_M, 1.05);
  return { fam, mid, base };
}

const pickVar = (xs: readonly string[], r: Rng) => (r.chance(0.55) ? xs[0] : r.pick(xs));

/** All Latin spellings (normalised, both orders) a human would accept for a name. */
const latKeyCache = new Map<string, string[]>();
function latinKeys(n: Name): string[] {
  const id = nameKh(n);
  const hit = latKeyCache.get(id);
  if (hit) return hit;
  const fams = n.fam.lat.map(normLat);
  const givens: string[] = [];
  for (const b of n.base.lat) {
    if (n.mid) for (const m of n.mid.lat) givens.push(normLat(m + b));
    else givens.push(normLat(b));
  }
  const keys = new Set<string>();
  for (const f of fams) for (const g of givens) { keys.add(f + g); keys.add(g + f); }
  const out = [...keys];
  latKeyCache.set(id, out);
  return out;
}
function khKeys(n: Name): string[] {
  const a = skeleton(n.fam.kh) + skeleton(givenKh(n));
  const b = skeleton(givenKh(n)) + skeleton(n.fam.kh);
  return a === b ? [a] : [a, b];
}

/** Khmer register spelling → name, for the self-check to read the register from its strings. */
const NAME_BY_KH = new Map<string, Name>();
const GIVEN_BY_KH = new Map<string, { mid: KhWord | null; base: KhWord }>();
const FAMILY_BY_KH = new Map<string, KhWord>();
for (const f of FAMILY) FAMILY_BY_KH.set(f.kh, f);
for (const [mids, bases] of [[MIDDLE_F, GIVEN_F], [MIDDLE_M, GIVEN_M]] as const) {
  for (const b of bases) {
    for (const m of [null, ...mids.map(([x]) => x)]) {
      const k = (m?.kh ?? '') + b.kh;
      const prev = GIVEN_BY_KH.get(k);
      if (prev && (prev.mid !== m || prev.base !== b)) throw new Error(`thirtyninth: given name ${k} is ambiguous`);
      GIVEN_BY_KH.set(k, { mid: m, base: b });
    }
  }
}
function parseRegisteredKh(s: string): Name | null {
  const hit = NAME_BY_KH.get(s);
  if (hit) return hit;
  const [f, g] = s.split(' ');
  const fam = FAMILY_BY_KH.get(f);
  const giv = GIVEN_BY_KH.get(g ?? '');
  if (!fam || !giv) return null;
  const n = { fam, ...giv };
  NAME_BY_KH.set(s, n);
  return n;
}

// ───────────────────────────── the index of registered names ─────────────────────────────

interface Fields { sex: 'M' | 'F' | null; dob: string | null; nid: string | null; }

/** A multimap from string keys to registered positions; a lone value is stored bare (most keys have one). */
class MultiMap {
  private m = new Map<string, number | number[]>();
  add(k: string, v: number) {
    const a = this.m.get(k);
    if (a === undefined) this.m.set(k, v);
    else if (typeof a === 'number') { if (a !== v) this.m.set(k, [a, v]); } else if (a[a.length - 1] !== v) a.push(v);
  }
  get(k: string): readonly number[] {
    const a = this.m.get(k);
    return a === undefined ? [] : typeof a === 'number' ? [a] : a;
  }
  has(k: string) { return this.m.has(k); }
  keys() { return this.m.keys(); }
  *groups(): Generator<readonly number[]> { for (const a of this.m.values()) if (typeof a !== 'number') yield a; }
}

class NameIndex {
  kh = new MultiMap();
  lat = new MultiMap();
  private khDeletes: Map<string, string[]> | null = null;
  add(i: number, n: Name) {
    for (const k of khKeys(n)) this.kh.add(k, i);
    for (const k of latinKeys(n)) this.lat.add(k, i);
  }
  /** Registered workers whose names share a skeleton or a Latin spelling with n (rule-2 namesakes). */
  namesakes(n: Name): Set<number> {
    const out = new Set<number>();
    for (const k of khKeys(n)) for (const i of this.kh.get(k)) out.add(i);
    for (const k of latinKeys(n)) for (const i of this.lat.get(k)) out.add(i);
    return out;
  }
  /** Workers an observed on-site name could pass for: distance 0 or 1 (skeleton or Latin spelling). */
  candidates(observed: string): Map<number, number> {
    const out = new Map<number, number>();
    const khmer = /[\u1780-\u17FF]/.test(observed);
    const key = khmer ? skeleton(observed) : normLat(observed);
    const map = khmer ? this.kh : this.lat;
    for (const i of map.get(key)) out.set(i, 0);
    if (khmer) {
      // symmetric-delete search: keys within one edit share the key or a one-deletion of it
      if (!this.khDeletes) {
        this.khDeletes = new Map();
        for (const k of this.kh.keys()) for (const d of deletions(k)) push(this.khDeletes, d, k);
      }
      const near = new Set<string>(this.khDeletes.get(key) ?? []);
      for (const d of deletions(key)) {
        if (this.kh.has(d)) near.add(d);
        for (const k of this.khDeletes.get(d) ?? []) near.add(k);
      }
      for (const k of near) {
        if (k === key || osa(k, key) > 1) continue;
        for (const i of this.kh.get(k)) if (!out.has(i)) out.set(i, 1);
      }
      return out;
    }
    for (const nb of neighbours(key, [...LETTERS])) {
      for (const i of map.get(nb)) if (!out.has(i)) out.set(i, 1);
    }
    return out;
  }
}
function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) { if (a[a.length - 1] !== v) a.push(v); } else m.set(k, [v]);
}

/** A field present on both sides tells the row and the registered worker apart. */
export function ruledOut(row: Fields, reg: Fields): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dob && reg.dob && !dobClose(row.dob, reg.dob)) return true;
  if (row.nid && reg.nid && osa(row.nid, reg.nid) >= 2) return true;
  return false;
}

// ───────────────────────────── the generator ─────────────────────────────

interface Person {
  name: Name;
  sex: 'M' | 'F';
  dob: string;
  nid: string;
  nssf: string | null;
}
interface RegInternal extends Person {
  shown: Fields;
  nssfShown: string | null;
  nameLatin: string | null;
  hireDate: string | null;
  wageRiel: number | null;
}
export interface RowMeta {
  hidden: boolean;
  hiddenKind: 'namesake' | 'random' | null;
  script: 'kh' | 'lat';
  source: 'csv' | 'manual' | 'id-card';
  confusions: Confusion[];
  encodings: Encoding[];
  orderSwapped: boolean;
  typo: boolean;
  middleSpaced: boolean;
  dob: 'none' | 'exact' | 'slip' | 'swap';
  nid: 'none' | 'exact' | 'slip';
  forced: string[];
}
interface Row { name: string; fields: Fields; nssf: string | null; meta: RowMeta; }

function renderRow(p: Person, hidden: boolean, r: Rng): Row {
  const u = r.next();
  const source: RowMeta['source'] = u < 0.86 ? 'csv' : u < 0.95 ? 'manual' : 'id-card';
  const meta: RowMeta = {
    hidden, hiddenKind: null, script: 'kh', source, confusions: [], encodings: [], orderSwapped: false,
    typo: false, middleSpaced: false, dob: 'none', nid: 'none', forced: [],
  };
  const latin = source === 'manual' ? r.chance(0.75) : source === 'id-card' ? r.chance(0.5) : false;
  let name: string;
  if (!latin) {
    const swapped = source === 'csv' && r.chance(0.03);
    meta.orderSwapped = swapped;
    name = swapped ? `${givenKh(p.name)} ${p.name.fam.kh}` : nameKh(p.name);
    if (source === 'csv' && r.chance(0.4)) {
      const o = ocr(name, r.chance(0.35) ? 2 : 1, r);
      name = o.s;
      meta.confusions = o.kinds;
    }
    const encP = source === 'csv' ? 0.25 : source === 'manual' ? 0.4 : 0.3;
    if (r.chance(encP)) {
      const e = encode(name, r, r.chance(0.3) ? 2 : 1);
      name = e.s;
      meta.encodings = e.kinds;
    }
  } else {
    meta.script = 'lat';
    const card = source === 'id-card';
    const f = card ? p.name.fam.lat[0] : pickVar(p.name.fam.lat, r);
    const b = card ? p.name.base.lat[0] : pickVar(p.name.base.lat, r);
    let given: string[];
    if (p.name.mid) {
      const m = card ? p.name.mid.lat[0] : pickVar(p.name.mid.lat, r);
      meta.middleSpaced = r.chance(0.5);
      given = meta.middleSpaced ? [m, b] : [m + b.toLowerCase()];
    } else given = [b];
    meta.orderSwapped = !card && r.chance(0.3);
    let words = meta.orderSwapped ? [...given, f] : [f, ...given];
    if (!card && r.chance(0.12)) {
      const long = words.map((x, i) => [x, i] as const).filter(([x]) => x.length >= 4);
      if (long.length) {
        const [x, i] = r.pick(long);
        words = words.map((y, j) => (j === i ? typo(x, r) : y));
        meta.typo = true;
      }
    }
    const c = r.next();
    name = (card || c < 0.4 ? words.map((x) => x.toUpperCase()) : c < 0.9 ? words.map(title) : words.map((x) => x.toLowerCase())).join(' ');
  }

  const fields: Fields = { sex: null, dob: null, nid: null };
  const pSex = source === 'csv' ? 0.85 : source === 'manual' ? 0.9 : 1;
  const pDob = source === 'csv' ? 0.8 : source === 'manual' ? 0.6 : 1;
  const pNid = source === 'csv' ? 0.3 : source === 'manual' ? 0.2 : 1;
  if (r.chance(pSex)) fields.sex = p.sex;
  if (r.chance(pDob)) {
    fields.dob = p.dob;
    meta.dob = 'exact';
    if (source !== 'id-card') {
      const v = r.next();
      if (source === 'csv' && v < 0.05) {
        const s = slipDob(p.dob, r);
        if (s) { fields.dob = s; meta.dob = 'slip'; }
      } else if (v > (source === 'csv' ? 0.97 : 0.96)) {
        const s = swapDM(p.dob);
        if (s) { fields.dob = s; meta.dob = 'swap'; }
      }
    }
  }
  if (r.chance(pNid)) {
    fields.nid = p.nid;
    meta.nid = 'exact';
    if (source !== 'id-card' && r.chance(source === 'csv' ? 0.07 : 0.05)) { fields.nid = slipId(p.nid, r); meta.nid = 'slip'; }
  }
  let nssf: string | null = null;
  if (source === 'manual' && p.nssf && r.chance(0.1)) nssf = r.chance(0.05) ? slipId(p.nssf, r) : p.nssf;
  return { name, fields, nssf, meta };
}

interface Built { roster: Roster; meta: Map<string, RowMeta>; }

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 39);
  const index = new NameIndex();
  const regs: RegInternal[] = [];
  const nids = new Set<string>();
  const nssfs = new Set<string>();
  const freshId = (len: number, used: Set<string>, farFromAll: boolean): string => {
    for (;;) {
      const s = len === 9 ? pad(r.int(1, 25)) + pad(r.int(0, 9_999_999), 7) : '1' + pad(r.int(0, 999_999_999), 9);
      if (used.has(s)) continue;
      if (farFromAll && idNeighbours(s).some((x) => used.has(x))) continue;
      return s;
    }
  };

  // Registered workers; namesakes get far-apart DOBs (rule 2).
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.55) ? 'F' : 'M';
    const name = drawName(sex, r);
    const sakes = [...index.namesakes(name)];
    let dob = randDate(r, 1966, 2006);
    for (let t = 0; t < 200 && !sakes.every((j) => dobFar(dob, regs[j].dob)); t++) dob = randDate(r, 1966, 2006);
    if (!sakes.every((j) => dobFar(dob, regs[j].dob))) throw new Error('thirtyninth: no DOB for a namesake');
    let nid = freshId(9, nids, false);
    while (sakes.some((j) => osa(nid, regs[j].nid) < 3)) nid = freshId(9, nids, false);
    nids.add(nid);
    const nssf = freshId(10, nssfs, false);
    nssfs.add(nssf);
    const y = +dob.slice(0, 4);
    const hire = randDate(r, Math.max(2008, y + 18), 2024);
    const spaced = r.chance(0.5);
    const latin = [r.chance(0.7) ? name.fam.lat[0] : r.pick(name.fam.lat)];
    const b = r.chance(0.7) ? name.base.lat[0] : r.pick(name.base.lat);
    if (name.mid) {
      const m = name.mid.lat[0];
      if (spaced) latin.push(m, b); else latin.push(m + b.toLowerCase());
    } else latin.push(b);
    regs.push({
      name, sex, dob, nid, nssf,
      shown: { sex: r.chance(0.99) ? sex : null, dob: r.chance(0.97) ? dob : null, nid: r.chance(0.92) ? nid : null },
      nssfShown: r.chance(0.95) ? nssf : null,
      nameLatin: r.chance(0.9) ? latin.join(' ').toUpperCase() : null,
      hireDate: r.chance(0.97) ? hire : null,
      wageRiel: r.chance(0.9) ? r.int(8_000, 16_000) * 100 : null,
    });
    index.add(i, name);
  }

  // Shuffle the register, then assign worker ids (rule 4).
  const order = r.shuffle(regs.map((_, i) => i));
  const workerId = new Array<string>(size);
  order.forEach((i, k) => { workerId[i] = `NSSF-W${pad(k + 1, 6)}`; });
  const registered: RegisteredWorker[] = order.map((i) => {
    const g = regs[i];
    return {
      workerId: workerId[i], nssfNumber: g.nssfShown, nationalId: g.shown.nid, nameKh: nameKh(g.name),
      nameLatin: g.nameLatin, sex: g.shown.sex, dateOfBirth: g.shown.dob, hireDate: g.hireDate, wageRiel: g.wageRiel,
    };
  });

  // True rows: every registered worker not absent.
  const rows: { row: Row; truth: number | null }[] = [];
  for (let i = 0; i < size; i++) {
    if (r.chance(0.05)) continue;
    rows.push({ row: renderRow(regs[i], false, r), truth: i });
  }

  // Hidden rows (rule 3).
  const nHidden = Math.round(rows.length * 0.075);
  const usedNid = new Set(nids);
  for (let h = 0; h < nHidden; h++) {
    let done: Row | null = null;
    for (let attempt = 0; attempt < 60 && !done; attempt++) {
      const namesake = r.chance(0.45);
      const model = namesake ? regs[r.int(0, size - 1)] : null;
      const sex: 'M' | 'F' = model ? model.sex : r.chance(0.55) ? 'F' : 'M';
      const p: Person = {
        name: model ? model.name : drawName(sex, r), sex,
        dob: randDate(r, 1966, 2006), nid: freshId(9, usedNid, true), nssf: null,
      };
      const row = renderRow(p, true, r);
      row.meta.hiddenKind = namesake ? 'namesake' : 'random';
      if (row.fields.nid && idNeighbours(row.fields.nid).concat(row.fields.nid).some((x) => nids.has(x))) continue;
      const cands = [...index.candidates(row.name).keys()];
      let ok = false;
      for (let pass = 0; pass < 8; pass++) {
        const bad = cands.find((j) => !ruledOut(row.fields, regs[j].shown));
        if (bad === undefined) { ok = true; break; }
        const g = regs[bad].shown;
        if (!row.fields.dob && g.dob) { row.fields.dob = p.dob; row.meta.dob = 'exact'; row.meta.forced.push('dob'); continue; }
        if (row.fields.dob && g.dob) {
          // the person's own DOB is too close: give them another one
          p.dob = randDate(r, 1966, 2006);
          row.fields.dob = p.dob;
          row.meta.dob = 'exact';
          continue;
        }
        if (!row.fields.sex && g.sex && g.sex !== p.sex) { row.fields.sex = p.sex; row.meta.forced.push('sex'); continue; }
        if (!row.fields.nid && g.nid) { row.fields.nid = p.nid; row.meta.nid = 'exact'; row.meta.forced.push('nid'); continue; }
        break;
      }
      if (ok) { done = row; usedNid.add(p.nid); }
    }
    if (!done) throw new Error('thirtyninth: could not place a fair hidden worker');
    rows.push({ row: done, truth: null });
  }

  // Shuffle the rows; ids, sheet rows and times follow the shuffled order (rule 4).
  r.shuffle(rows);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = Date.UTC(2025, 2, 11, 1, 30, 0);
  let sheetRow = 0;
  for (const { row, truth: ti } of rows) {
    const id = uuid(r);
    t += r.int(800, 4000);
    onsite.push({
      id, visitId: 'visit-thirtyninth', name: row.name, nationalId: row.fields.nid, nssfNumber: row.nssf,
      sex: row.fields.sex, dateOfBirth: row.fields.dob, source: row.meta.source,
      sourceRow: row.meta.source === 'csv' ? ++sheetRow : null, recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, ti === null ? null : workerId[ti]);
    meta.set(id, row.meta);
  }
  return { roster: { registered, onsite, truth }, meta };
}

export function generateThirtyninth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ───────────────────────────── self-check ─────────────────────────────

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const failures: string[] = [];
  const fail = (msg: string) => { failures.push(msg); };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '-');

  // The register read back from its strings.
  const regNames = registered.map((g) => parseRegisteredKh(g.nameKh));
  const index = new NameIndex();
  regNames.forEach((n, i) => { if (n) index.add(i, n); else fail(`unparseable register name ${registered[i].nameKh}`); });
  const regPos = new Map(registered.map((g, i) => [g.workerId, i] as const));
  const regFields = registered.map((g): Fields => ({ sex: g.sex, dob: g.dateOfBirth, nid: g.nationalId }));

  // ── shape ──
  const rows = onsite.map((o) => ({ o, m: meta.get(o.id)!, t: truth.get(o.id) ?? null }));
  const trueRows = rows.filter((x) => x.t !== null);
  const hidden = rows.filter((x) => x.t === null);
  const present = new Set(trueRows.map((x) => x.t));
  const khRows = rows.filter((x) => x.m.script === 'kh');
  const csvRows = rows.filter((x) => x.m.source === 'csv');
  const confused = csvRows.filter((x) => x.m.confusions.length > 0);
  const byKind = new Map<string, number>();
  for (const x of rows) for (const k of x.m.confusions) byKind.set(k, (byKind.get(k) ?? 0) + 1);
  const encs = new Map<string, number>();
  for (const x of rows) for (const k of x.m.encodings) encs.set(k, (encs.get(k) ?? 0) + 1);
  const latRows = rows.filter((x) => x.m.script === 'lat');
  const count = (f: (x: (typeof rows)[number]) => boolean, xs = rows) => xs.filter(f).length;
  console.log(`thirtyninth: ${THIRTYNINTH_LABEL}`);
  console.log(`size ${size}, seed ${seed}: generated in ${ms.toFixed(0)} ms`);
  console.log(`registered ${registered.length}; absent ${registered.length - present.size} (${pct(registered.length - present.size, registered.length)})`);
  console.log(`on-site ${onsite.length}: true ${trueRows.length}, hidden ${hidden.length} (${pct(hidden.length, onsite.length)}; deliberate namesakes ${count((x) => x.m.hiddenKind === 'namesake', hidden)}, fields forced on ${count((x) => x.m.forced.length > 0, hidden)})`);
  console.log(`sources: csv ${pct(csvRows.length, onsite.length)}, manual ${pct(count((x) => x.m.source === 'manual'), onsite.length)}, id-card ${pct(count((x) => x.m.source === 'id-card'), onsite.length)}; Khmer names ${pct(khRows.length, onsite.length)}, Latin ${pct(latRows.length, onsite.length)}`);
  console.log(`OCR-confused csv rows ${pct(confused.length, csvRows.length)} (two confusions: ${pct(count((x) => x.m.confusions.length === 2, confused), confused.length)}); by kind: ${[...byKind].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`Khmer encoding variants on ${pct(count((x) => x.m.encodings.length > 0, khRows), khRows.length)} of Khmer rows: ${[...encs].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`order swapped: Khmer ${pct(count((x) => x.m.orderSwapped, khRows), khRows.length)}, Latin ${pct(count((x) => x.m.orderSwapped, latRows), latRows.length)}; Latin typos ${pct(count((x) => x.m.typo, latRows), latRows.length)}; middle word spaced ${pct(count((x) => x.m.middleSpaced, latRows), latRows.length)}`);
  const withDob = count((x) => x.o.dateOfBirth !== null);
  console.log(`DOB on ${pct(withDob, onsite.length)} (slip ${count((x) => x.m.dob === 'slip')}, day/month swap ${count((x) => x.m.dob === 'swap')}); national ID on ${pct(count((x) => x.o.nationalId !== null), onsite.length)} (slip ${count((x) => x.m.nid === 'slip')}); sex on ${pct(count((x) => x.o.sex !== null), onsite.length)}; NSSF no. on ${pct(count((x) => x.o.nssfNumber !== null), onsite.length)}`);
  const rates = (xs: typeof rows) => `DOB ${pct(count((x) => x.o.dateOfBirth !== null, xs), xs.length)}, ID ${pct(count((x) => x.o.nationalId !== null, xs), xs.length)}, sex ${pct(count((x) => x.o.sex !== null, xs), xs.length)}, Khmer ${pct(count((x) => x.m.script === 'kh', xs), xs.length)}, OCR-confused ${pct(count((x) => x.m.confusions.length > 0, xs), xs.length)}`;
  console.log(`field rates, true rows: ${rates(trueRows)}; hidden rows: ${rates(hidden)}`);
  console.log(`register: Latin name ${pct(registered.filter((g) => g.nameLatin).length, size)}, DOB ${pct(registered.filter((g) => g.dateOfBirth).length, size)}, national ID ${pct(registered.filter((g) => g.nationalId).length, size)}`);

  // ── rule 1: true rows carry plausible variants ──
  let r1 = 0;
  for (const x of trueRows) {
    const ti = regPos.get(x.t!)!;
    const n = regNames[ti];
    if (!n) { r1++; continue; }
    let ok = x.m.confusions.length <= 2;
    if (x.m.script === 'kh') {
      const sk = skeleton(x.o.name);
      ok &&= khKeys(n).includes(sk);
      const c = canonKh(x.o.name);
      const d = Math.min(osa(c, canonKh(nameKh(n))), osa(c, canonKh(givenKh(n) + n.fam.kh)));
      ok &&= d <= 2 * x.m.confusions.length;
    } else {
      const key = normLat(x.o.name);
      ok &&= latinKeys(n).some((k) => osa(k, key) <= (x.m.typo ? 1 : 0));
    }
    const g = registered[ti];
    if (x.o.sex && g.sex && x.o.sex !== g.sex) ok = false;
    if (x.o.dateOfBirth && g.dateOfBirth && !dobClose(x.o.dateOfBirth, g.dateOfBirth)) ok = false;
    if (x.o.nationalId && g.nationalId && osa(x.o.nationalId, g.nationalId) > 1) ok = false;
    if (x.o.nssfNumber && g.nssfNumber && osa(x.o.nssfNumber, g.nssfNumber) > 1) ok = false;
    if (!ok) r1++;
  }
  console.log(`rule 1 (true rows plausible): ${r1} violations`);
  if (r1) fail(`rule 1: ${r1} true rows are not plausible variants`);

  // ── rule 2: registered namesakes far apart ──
  let r2 = 0;
  let namesakePairs = 0;
  const seenPair = new Set<string>();
  for (const m of [index.kh, index.lat]) {
    for (const group of m.groups()) {
      for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) {
        const [i, j] = group[a] < group[b] ? [group[a], group[b]] : [group[b], group[a]];
        const key = `${i}:${j}`;
        if (seenPair.has(key)) continue;
        seenPair.add(key);
        namesakePairs++;
        const da = registered[i].dateOfBirth;
        const db = registered[j].dateOfBirth;
        if (da && db && (da === db || dobClose(da, db) || !dobFar(da, db))) r2++;
      }
    }
  }
  const withSake = new Set<number>();
  for (const k of seenPair) { const [i, j] = k.split(':'); withSake.add(+i); withSake.add(+j); }
  console.log(`rule 2 (registered namesakes apart): ${namesakePairs} namesake pairs, ${pct(withSake.size, size)} of workers have one; ${r2} violations`);
  if (r2) fail(`rule 2: ${r2} registered namesake pairs share or nearly share a DOB`);

  // ── rule 3: hidden rows ruled out ──
  let r3 = 0;
  let hiddenNamesakes = 0;
  const regNids = new Set(registered.map((g) => g.nationalId).filter((x): x is string => !!x));
  for (const x of hidden) {
    const cands = index.candidates(x.o.name);
    if (cands.size) hiddenNamesakes++;
    const f: Fields = { sex: x.o.sex, dob: x.o.dateOfBirth, nid: x.o.nationalId };
    let ok = [...cands.keys()].every((j) => ruledOut(f, regFields[j]));
    if (x.o.nationalId && (regNids.has(x.o.nationalId) || idNeighbours(x.o.nationalId).some((y) => regNids.has(y)))) ok = false;
    if (x.o.nssfNumber) ok = false;
    if (!ok) r3++;
  }
  console.log(`rule 3 (hidden rows ruled out): ${hiddenNamesakes} of ${hidden.length} hidden rows could pass for someone by name; ${r3} violations`);
  if (r3) fail(`rule 3: ${r3} hidden rows pass for a registered worker`);

  // ── rule 4: nothing leaks ──
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) { r4++; fail('rule 4: duplicate on-site ids'); }
  if (!onsite.every((o) => uuidRe.test(o.id))) { r4++; fail('rule 4: an id is not a v4 UUID'); }
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) { r4++; fail('rule 4: recordedAt not increasing'); break; }
  const meanPos = (xs: number[], n: number) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length) / Math.max(1, n - 1);
  const hiddenPos = meanPos(rows.map((x, i) => (x.t === null ? i : -1)).filter((i) => i >= 0), onsite.length);
  const tolH = 4 * 0.29 / Math.sqrt(Math.max(1, hidden.length));
  if (Math.abs(hiddenPos - 0.5) > tolH) { r4++; fail(`rule 4: hidden rows bunched (mean position ${hiddenPos.toFixed(3)})`); }
  const absentIdx = registered.map((g, i) => (present.has(g.workerId) ? -1 : i)).filter((i) => i >= 0);
  const absentPos = meanPos(absentIdx, size);
  if (Math.abs(absentPos - 0.5) > 4 * 0.29 / Math.sqrt(Math.max(1, absentIdx.length))) { r4++; fail(`rule 4: absent workers bunched (${absentPos.toFixed(3)})`); }
  // on-site order vs register order: rank correlation near 0
  const pairs = trueRows.map((x, k) => [k, regPos.get(x.t!)!] as const);
  const mx = pairs.reduce((a, [p]) => a + p, 0) / pairs.length;
  const my = pairs.reduce((a, [, q]) => a + q, 0) / pairs.length;
  let sxy = 0, sxx = 0, syy = 0;
  for (const [p, q] of pairs) { sxy += (p - mx) * (q - my); sxx += (p - mx) ** 2; syy += (q - my) ** 2; }
  const corr = sxy / Math.sqrt(sxx * syy);
  if (Math.abs(corr) > 4 / Math.sqrt(pairs.length)) { r4++; fail(`rule 4: on-site order follows the register (r=${corr.toFixed(3)})`); }
  const sheetRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  if (!sheetRows.every((v, i) => v === i + 1)) { r4++; fail('rule 4: sheet rows out of order'); }
  console.log(`rule 4 (no leaks): hidden mean position ${hiddenPos.toFixed(3)}, absent mean position ${absentPos.toFixed(3)}, order correlation ${corr.toFixed(3)}; ${r4} violations`);

  // ── rule 5: undecidable true rows ──
  let undecidable = 0;
  let ambiguous = 0;
  for (const x of trueRows) {
    const ti = regPos.get(x.t!)!;
    const f: Fields = { sex: x.o.sex, dob: x.o.dateOfBirth, nid: x.o.nationalId };
    let rivals: number[];
    if (x.m.script === 'kh') {
      rivals = index.kh.get(skeleton(x.o.name)).filter((j) => j !== ti);
    } else {
      const c = index.candidates(x.o.name);
      const dT = c.get(ti) ?? 1;
      rivals = [...c].filter(([j, d]) => j !== ti && d <= dT).map(([j]) => j);
    }
    if (rivals.length) ambiguous++;
    if (rivals.some((j) => !ruledOut(f, regFields[j]))) undecidable++;
  }
  const undecRate = undecidable / Math.max(1, trueRows.length);
  console.log(`rule 5 (undecidable < 4 %): ${ambiguous} true rows (${pct(ambiguous, trueRows.length)}) have a namesake as close by name; ${undecidable} (${(100 * undecRate).toFixed(2)} %) undecidable`);
  if (undecRate >= 0.04) fail(`rule 5: ${(100 * undecRate).toFixed(2)} % undecidable`);

  // ── schemas ──
  let bad = 0;
  for (const g of registered) if (!RegisteredSchema.safeParse(g).success) bad++;
  for (const o of onsite) if (!OnsiteSchema.safeParse(o).success) bad++;
  if (truth.size !== onsite.length) bad++;
  const regIds = new Set(registered.map((g) => g.workerId));
  for (const v of truth.values()) if (v !== null && !regIds.has(v)) bad++;
  if (regIds.size !== registered.length) bad++;
  console.log(`schemas: ${bad} invalid records`);
  if (bad) fail(`schemas: ${bad} invalid records`);

  // ── determinism ──
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateThirtyninth(size, seed);
  const other = generateThirtyninth(size, seed + 1);
  const same = dump(again) === dump(roster);
  const differs = dump(other) !== dump(roster);
  console.log(`determinism: same seed identical ${same}, another seed differs ${differs}`);
  if (!same || !differs) fail('determinism');

  // ── 10k timing ──
  // Timed on CPU time as well as wall time: other jobs sharing the machine stretch the wall clock only.
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  generateThirtyninth(10_000, seed + 1000);
  const ms10k = performance.now() - t1;
  const cpu = process.cpuUsage(c1);
  const cpu10k = (cpu.user + cpu.system) / 1000;
  console.log(`10,000 registered generated in ${ms10k.toFixed(0)} ms wall, ${cpu10k.toFixed(0)} ms CPU`);
  if (Math.min(ms10k, cpu10k) >= 2000) fail(`10k generation took ${ms10k.toFixed(0)} ms`);

  if (failures.length) {
    for (const f of failures) console.log(`  ✗ ${f}`);
    console.log('FAIL');
    return false;
  }
  console.log('PASS');
  return true;
}

if (process.argv[1]?.endsWith('thirtyninth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(1); });
}
