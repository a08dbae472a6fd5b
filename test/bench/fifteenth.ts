/**
 * Fifteenth benchmark roster: the employer's HR attendance spreadsheet.
 *
 * The scene. The inspector loads the employer's own attendance sheet (source 'csv'), a file that
 * has been through years of copy-paste and spreadsheet handling; the register is the fund's clean
 * list. What the spreadsheet did to the on-site values (dates of birth stay valid ISO dates, as the
 * schema requires; everything else is a string as the sheet left it):
 *   - ID numbers (national ID 9 digits, NSSF number 10 digits): leading zeros lost in a number
 *     cell (012345678 -> 12345678), grouped with spaces or dashes (0123 45678, 012-345-678), in
 *     Khmer digits (០១២៣៤៥៦៧៨), prefixed with a label (ID: 012345678, NSSF No. ...), and a few
 *     turned into scientific notation (1.23457E+08). Scientific notation has lost digits: such a
 *     value counts as NO ID for every fairness rule below.
 *   - Names: 'FAMILY, Given'; stray punctuation or underscores (Sok_Dara, SOK.DARA); a title in
 *     front (Mr./Ms./Mrs./Miss, លោក, អ្នកស្រី, លោកស្រី), always the person's own sex; trailing,
 *     leading or doubled spaces; non-breaking spaces; a nickname in brackets (Chan Sophea (Pheap));
 *     a few cells in both scripts ('សុខ ដារ៉ា / SOK DARA'); Khmer pasted from Word with zero-width
 *     spaces / joiners / non-joiners, a zero-width space instead of the space, and the usual
 *     keyboard code-point orders (register shifter ៉/៊ after the vowel, nikahit ំ before the
 *     vowel, ោ/ើ typed as two parts េ+ា / េ+ី).
 *   - Otherwise the product's usual variation: listed romanizations, family/given swapped, any
 *     case, one typo in one word of 4+ letters, one slip (mistyped or transposed digit) in an ID,
 *     day/month swapped in a date of birth, sex missing.
 *   - Register: ~10 % of registered workers absent. On site: ~7 % of rows hidden, half of them
 *     namesakes of registered workers (told apart as rule 3 demands), half with names no
 *     registered worker has.
 *
 * How a careful human reads a row (the 'reader' below, used by the generator and the audit):
 *   name: drop zero-width characters, NBSP -> space, split a bilingual cell at '/', drop bracketed
 *   nicknames and a leading title, punctuation/underscores -> space, ignore case and spaces, put
 *   Khmer code points in the canonical order. A row 'could pass for' a registered worker when one
 *   reading of its name is within one edit (insert, delete, substitute, transpose adjacent) of one
 *   of that worker's spellings: any listed romanization of family and given name, in either order,
 *   or the Khmer name in either order.
 *   IDs: Khmer digits -> ASCII, drop labels/spaces/dashes, left-pad lost zeros; scientific notation
 *   -> no ID. A field 'rules out' a registered worker when present on BOTH sides and: sex differs;
 *   dates of birth more than a day/month swap or one digit apart; ID numbers 2+ edits apart.
 *
 * Fairness rules (audited by the self-check; run `npx tsx test/bench/fifteenth.ts 10000 1`):
 *   1. A true row carries only plausible variants of its registered worker: name as above (the
 *      spreadsheet formatting is not a slip; at most one typo in one word of 4+ letters), IDs exact
 *      or one slip (after reading through formatting), DOB exact or day/month swapped, sex right or
 *      missing. Extra variation modelled: the spreadsheet formatting listed above, which a human
 *      reads through.
 *   2. Registered namesakes (same full name in any spelling, and also names within one edit of
 *      each other) never share a date of birth and are more than a swap or one digit apart.
 *      Registered ID numbers are pairwise 2+ edits apart; an ID slip never lands within one edit
 *      of another registered worker's number.
 *   3. A hidden row either could not pass for any registered worker by name, or is ruled out from
 *      every one it could pass for by sex, date of birth or national ID present on both sides.
 *   4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG,
 *      recordedAt and sourceRow increasing in row order, registered worker ids assigned after
 *      shuffling.
 *   5. Undecidable true rows (another registered worker not ruled out by any field) stay < 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY15, GIVEN15, NICK_KH15, NICK_LATIN15 } from './fifteenth-names';

export const FIFTEENTH_LABEL = 'HR attendance spreadsheet: Excel-mangled IDs (lost zeros, grouping, Khmer digits, labels, sci-notation), titled/punctuated/bracketed/bilingual names, Word-pasted Khmer';

type Sex = 'M' | 'F';

// ---------------------------------------------------------------------------------------------
// Rates
// ---------------------------------------------------------------------------------------------
const RATE = {
  absent: 0.1,
  hiddenShare: 0.07,
  namesakeShareOfHidden: 0.5,
  // register
  regNid: 0.94,
  regNssf: 0.96,
  regLatin: 0.9,
  regSex: 0.98,
  regDob: 0.997,
  regWage: 0.95,
  nidLeadingZero: 0.35,
  nssfLeadingZero: 0.5,
  // on-site fields
  nidPresent: 0.62,
  nssfPresent: 0.42,
  nssfPresentHidden: 0.04,
  dobPresent: 0.94,
  dobSwap: 0.05,
  sexMissing: 0.1,
  idSlip: 0.02,
  idSci: 0.02,
  idZeroLoss: 0.5, // of IDs starting with 0 that are not otherwise formatted
  idGrouped: 0.1,
  idKhmerDigits: 0.06,
  idLabel: 0.05,
  // names
  scriptBoth: 0.04,
  scriptKhmer: 0.36,
  romFirst: 0.65,
  latinSwap: 0.15,
  khmerSwap: 0.05,
  typo: 0.04,
  comma: 0.07,
  punct: 0.055,
  title: 0.06,
  nick: 0.03,
  nbsp: 0.04,
  spaces: 0.08,
  zwspSep: 0.12,
  wordPaste: 0.08,
  reorder: 0.06,
  splitVowel: 0.03,
};

// ---------------------------------------------------------------------------------------------
// The reader: how a careful human reads names, IDs and dates.
// ---------------------------------------------------------------------------------------------
const ZW = /[\u200B-\u200D\u2060\uFEFF]/g;
const KH_DIGITS = '០១២៣៤៥៦៧៨៩';

/** Khmer into one canonical code-point order, zero-width characters dropped. */
export function khNorm(s: string): string {
  return s
    .replace(ZW, '')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/([\u17B6-\u17C5]+)([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17C6([\u17B6-\u17C5])/g, '$1\u17C6');
}

/** The readings of a name cell: one per script part, lower case, no spaces or formatting. */
export function readName(raw: string): string[] {
  const s = raw.normalize('NFC').replace(ZW, '').replace(/[\u00A0\u2007\u202F]/g, ' ');
  const out: string[] = [];
  for (let p of s.split('/')) {
    p = p.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').trim();
    p = p.replace(/^(mrs|mr|ms|miss)\.?\s+/i, '').replace(/^(លោកស្រី|អ្នកស្រី|លោក)\s*/, '');
    p = khNorm(p.replace(/[_.,;:'"\-]/g, ' ').toLowerCase()).replace(/\s+/g, '');
    if (p) out.push(p);
  }
  return out;
}

/** ID as a human reads it: digits only, lost zeros restored; null when absent or scientific. */
export function readId(raw: string | null, len: number): string | null {
  if (raw == null) return null;
  let s = raw;
  for (let d = 0; d < 10; d++) s = s.split(KH_DIGITS[d]).join(String(d));
  if (/[0-9]\s*[eE]\s*\+?\s*[0-9]/.test(s)) return null;
  s = s.replace(/[^0-9]/g, '');
  if (!s) return null;
  return s.length < len ? s.padStart(len, '0') : s;
}

/** Optimal-string-alignment distance <= 1 (one insert, delete, substitute or adjacent transpose). */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function swapDM(d: string): string {
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
}

/** Dates of birth a human could not tell apart: equal, day/month swapped, or one digit apart. */
export function dobClose(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || withinOne(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

const NID_LEN = 9;
const NSSF_LEN = 10;
const G = GIVEN15.length;

const comboKeyCache = new Map<number, string[]>();
/** Every spelling of a name combination (family index * G + given index), as readName gives it. */
function comboKeys(c: number): string[] {
  let ks = comboKeyCache.get(c);
  if (ks) return ks;
  const f = FAMILY15[Math.floor(c / G)];
  const g = GIVEN15[c % G];
  const set = new Set<string>();
  for (const fr of f.latin) {
    for (const gr of g.latin) {
      const a = fr.toLowerCase().replace(/\s+/g, '');
      const b = gr.toLowerCase().replace(/\s+/g, '');
      set.add(a + b);
      set.add(b + a);
    }
  }
  const ka = khNorm(f.kh);
  const kb = khNorm(g.kh);
  set.add(ka + kb);
  set.add(kb + ka);
  ks = [...set];
  comboKeyCache.set(c, ks);
  return ks;
}

function deletions(k: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < k.length; i++) out.push(k.slice(0, i) + k.slice(i + 1));
  return out;
}

/** Name combinations present in a register, searchable within one edit. */
class NameIndex {
  private exact = new Map<string, number[]>();
  private dels = new Map<string, number[]>();
  private cache = new Map<string, number[]>();
  readonly combos = new Set<number>();

  add(c: number): void {
    if (this.combos.has(c)) return;
    this.combos.add(c);
    this.cache.clear();
    for (const k of comboKeys(c)) {
      push(this.exact, k, c);
      for (const d of deletions(k)) push(this.dels, d, c);
    }
  }

  /** Combinations with a spelling within one edit of the reading `key`. */
  lookup(key: string): number[] {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const cand = new Set<number>();
    const take = (xs: number[] | undefined) => { if (xs) for (const x of xs) cand.add(x); };
    take(this.exact.get(key));
    take(this.dels.get(key));
    for (const d of deletions(key)) { take(this.exact.get(d)); take(this.dels.get(d)); }
    const out = [...cand].filter((c) => comboKeys(c).some((ck) => withinOne(key, ck))).sort((a, b) => a - b);
    this.cache.set(key, out);
    return out;
  }

  lookupName(raw: string): number[] {
    const s = new Set<number>();
    for (const k of readName(raw)) for (const c of this.lookup(k)) s.add(c);
    return [...s];
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

interface ReadRow { sex: Sex | null; dob: string | null; nid: string | null; nssf: string | null }

function readRow(o: OnsiteWorker): ReadRow {
  return { sex: o.sex, dob: o.dateOfBirth, nid: readId(o.nationalId, NID_LEN), nssf: readId(o.nssfNumber, NSSF_LEN) };
}

/** Does a field present on both sides rule this registered worker out? NSSF only when asked. */
export function ruledOut(o: ReadRow, r: RegisteredWorker, useNssf: boolean): boolean {
  if (o.sex && r.sex && o.sex !== r.sex) return true;
  if (o.dob && r.dateOfBirth && !dobClose(o.dob, r.dateOfBirth)) return true;
  if (o.nid && r.nationalId && !withinOne(o.nid, r.nationalId)) return true;
  if (useNssf && o.nssf && r.nssfNumber && !withinOne(o.nssf, r.nssfNumber)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------
const DAY = 86_400_000;
const DOB_LO = Date.UTC(1966, 0, 1);
const DOB_HI = Date.UTC(2006, 11, 31);

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function randomDob(r: Rng): string {
  return isoDay(DOB_LO + r.int(0, Math.floor((DOB_HI - DOB_LO) / DAY)) * DAY);
}

function digits(r: Rng, len: number, leadingZero: number): string {
  let s = r.chance(leadingZero) ? '0' : String(r.int(1, 9));
  while (s.length < len) s += String(r.int(0, 9));
  return s;
}

/** Same-length one-edit neighbours of a digit string (substitutions and adjacent transpositions). */
function digitNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d < 10; d++) {
      const c = String(d);
      if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

function nearTaken(s: string, taken: Set<string>): boolean {
  if (taken.has(s)) return true;
  for (const n of digitNeighbours(s)) if (taken.has(n)) return true;
  return false;
}

/** A fresh number 2+ edits from every number in `taken` (then added to it). */
function freshId(r: Rng, len: number, leadingZero: number, taken: Set<string>): string {
  for (;;) {
    const s = digits(r, len, leadingZero);
    if (!nearTaken(s, taken)) { taken.add(s); return s; }
  }
}

function excelSci(s: string): string {
  const n = Number(s);
  const e = Math.floor(Math.log10(n));
  let m = (n / 10 ** e).toFixed(5);
  m = m.replace(/0+$/, '').replace(/\.$/, '');
  return `${m}E+${String(e).padStart(2, '0')}`;
}

function toKhmerDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => KH_DIGITS[Number(d)]);
}

function group(r: Rng, s: string): string {
  const sep = r.chance(0.5) ? ' ' : '-';
  if (r.chance(0.35)) return `${s.slice(0, 4)}${sep}${s.slice(4)}`;
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += 3) parts.push(s.slice(i, i + 3));
  if (parts.length > 1 && parts[parts.length - 1].length === 1) parts[parts.length - 2] += parts.pop();
  return parts.join(sep);
}

const NID_LABELS = ['ID: ', 'ID ', 'NID: ', 'ID No. ', 'អត្តសញ្ញាណប័ណ្ណ៖ ', 'លេខ '];
const NSSF_LABELS = ['NSSF: ', 'NSSF No. ', 'ប.ស.ស ', 'No. '];

/** How the spreadsheet shows an ID number; tags record what was done (for the shape report). */
function formatId(r: Rng, s: string, labels: readonly string[], tags: string[], prefix: string): string {
  if (r.chance(RATE.idSci)) { tags.push(`${prefix}:sci`); return excelSci(s); }
  if (s[0] === '0' && r.chance(RATE.idZeroLoss)) {
    tags.push(`${prefix}:zeros`);
    return s.replace(/^0+/, '') || '0';
  }
  let v = s;
  if (r.chance(RATE.idGrouped)) { v = group(r, v); tags.push(`${prefix}:grouped`); }
  if (r.chance(RATE.idKhmerDigits)) { v = toKhmerDigits(v); tags.push(`${prefix}:khmer`); }
  if (r.chance(RATE.idLabel)) { v = r.pick(labels) + v; tags.push(`${prefix}:label`); }
  if (v === s) tags.push(`${prefix}:plain`);
  return v;
}

/** One mistyped or transposed digit that lands near no other registered number. */
function slip(r: Rng, s: string, taken: Set<string>): string | null {
  for (let t = 0; t < 20; t++) {
    const ns = digitNeighbours(s);
    const v = ns[r.int(0, ns.length - 1)];
    let clash = false;
    for (const n of [v, ...digitNeighbours(v)]) if (n !== s && taken.has(n)) { clash = true; break; }
    if (!clash) return v;
  }
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
// Names as the spreadsheet shows them
// ---------------------------------------------------------------------------------------------
function pickRom(r: Rng, list: readonly string[]): string {
  return list.length === 1 || r.chance(RATE.romFirst) ? list[0] : list[r.int(1, list.length - 1)];
}

function typo(r: Rng, w: string): string {
  const letters = 'aeiouhkmnrstyplc';
  for (;;) {
    const op = r.int(0, 3);
    const i = r.int(1, w.length - 1);
    let v = w;
    if (op === 0) v = w.slice(0, i) + letters[r.int(0, letters.length - 1)] + w.slice(i + 1);
    else if (op === 1) v = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) v = w.slice(0, i) + (r.chance(0.5) ? w[i] : letters[r.int(0, letters.length - 1)]) + w.slice(i);
    else if (i + 1 < w.length) v = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (v !== w) return v;
  }
}

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

function latinName(r: Rng, f: number, g: number, tags: string[], plain: boolean, allowTypo: boolean): string {
  const famT = [pickRom(r, FAMILY15[f].latin).toLowerCase()];
  const givT = pickRom(r, GIVEN15[g].latin).toLowerCase().split(' ');
  if (allowTypo && r.chance(RATE.typo)) {
    const all = [...famT.map((_, i) => ['f', i] as const), ...givT.map((_, i) => ['g', i] as const)]
      .filter(([k, i]) => (k === 'f' ? famT[i] : givT[i]).length >= 4);
    if (all.length) {
      const [k, i] = r.pick(all);
      if (k === 'f') famT[i] = typo(r, famT[i]);
      else givT[i] = typo(r, givT[i]);
      tags.push('typo');
    }
  }
  if (plain) return [...famT, ...givT].join(' ').toUpperCase();
  const swapped = r.chance(RATE.latinSwap);
  if (swapped) tags.push('swap');
  const u = r.next();
  let fam: string[];
  let giv: string[];
  if (u < 0.38) { fam = famT.map((w) => w.toUpperCase()); giv = givT.map((w) => w.toUpperCase()); tags.push('case:upper'); }
  else if (u < 0.85) { fam = famT.map(title); giv = givT.map(title); tags.push('case:title'); }
  else if (u < 0.9) { fam = famT; giv = givT; tags.push('case:lower'); }
  else { fam = famT.map((w) => w.toUpperCase()); giv = givT.map(title); tags.push('case:FAMILY'); }
  if (!swapped && r.chance(RATE.comma)) {
    tags.push('comma');
    return `${famT.join(' ').toUpperCase()}, ${givT.map(title).join(' ')}`;
  }
  const tokens = swapped ? [...giv, ...fam] : [...fam, ...giv];
  if (r.chance(RATE.punct)) {
    tags.push('punct');
    const k = r.int(0, 3);
    if (k === 0) return tokens.join('_');
    if (k === 1) return tokens.join('.');
    if (k === 2) return `${tokens.join(' ')}.`;
    return `${tokens.join(' ')},`;
  }
  return tokens.join(' ');
}

/** Insert a zero-width character at a syllable boundary (before a base consonant, not a subscript). */
function insertZw(r: Rng, s: string): string {
  const spots: number[] = [];
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x1780 && c <= 0x17a2 && s.charCodeAt(i - 1) !== 0x17d2) spots.push(i);
  }
  if (!spots.length) return s;
  const i = r.pick(spots);
  return s.slice(0, i) + r.pick(['\u200B', '\u200C', '\u200D']) + s.slice(i);
}

function khmerName(r: Rng, f: number, g: number, tags: string[], plain: boolean): string {
  let fam = FAMILY15[f].kh;
  let giv = GIVEN15[g].kh;
  if (!plain && r.chance(RATE.reorder)) {
    const re1 = /([\u17C9\u17CA])([\u17B6-\u17C5])/;
    const re2 = /([\u17B6-\u17C5])\u17C6/;
    const apply = (s: string) => (re1.test(s) ? s.replace(re1, '$2$1') : re2.test(s) ? s.replace(re2, '\u17C6$1') : s);
    const nf = apply(fam);
    const ng = apply(giv);
    if (nf !== fam || ng !== giv) { fam = nf; giv = ng; tags.push('kh:reorder'); }
  }
  if (!plain && r.chance(RATE.splitVowel)) {
    const sp = (s: string) => s.replace('\u17C4', '\u17C1\u17B6').replace('\u17BE', '\u17C1\u17B8');
    const nf = sp(fam);
    const ng = sp(giv);
    if (nf !== fam || ng !== giv) { fam = nf; giv = ng; tags.push('kh:split'); }
  }
  if (!plain && r.chance(RATE.wordPaste)) {
    fam = insertZw(r, fam);
    giv = insertZw(r, giv);
    tags.push('kh:zw');
  }
  let sep = ' ';
  if (r.chance(RATE.zwspSep)) { sep = r.chance(0.6) ? '\u200B' : ' \u200B'; tags.push('kh:zwsp'); }
  const swapped = !plain && r.chance(RATE.khmerSwap);
  if (swapped) tags.push('swap');
  return swapped ? giv + sep + fam : fam + sep + giv;
}

/** The name cell: script, then the spreadsheet's decorations. `sex` is the person's real sex. */
function nameCell(r: Rng, f: number, g: number, sex: Sex, tags: string[], allowTypo: boolean): string {
  const u = r.next();
  let s: string;
  let kh: boolean;
  if (u < RATE.scriptBoth) {
    tags.push('script:both');
    s = `${khmerName(r, f, g, tags, true)} / ${latinName(r, f, g, tags, true, false)}`;
    kh = true;
  } else if (u < RATE.scriptBoth + RATE.scriptKhmer) {
    tags.push('script:khmer');
    s = khmerName(r, f, g, tags, false);
    kh = true;
  } else {
    tags.push('script:latin');
    s = latinName(r, f, g, tags, false, allowTypo);
    kh = false;
  }
  if (r.chance(RATE.title)) {
    tags.push('title');
    const t = kh
      ? sex === 'M' ? 'លោក' : r.pick(['អ្នកស្រី', 'លោកស្រី'])
      : sex === 'M' ? r.pick(['Mr.', 'Mr', 'MR.']) : r.pick(['Ms.', 'Mrs.', 'Miss', 'MS.']);
    s = `${t} ${s}`;
  }
  if (r.chance(RATE.nick)) {
    tags.push('nick');
    s = `${s} (${kh ? r.pick(NICK_KH15) : r.pick(NICK_LATIN15)})`;
  }
  if (r.chance(RATE.nbsp) && s.includes(' ')) {
    tags.push('nbsp');
    s = s.replace(' ', '\u00A0');
  }
  if (r.chance(RATE.spaces)) {
    tags.push('spaces');
    const k = r.int(0, 2);
    if (k === 0) s = `${s}${r.pick([' ', '  '])}`;
    else if (k === 1 && s.includes(' ')) s = s.replace(' ', '  ');
    else s = ` ${s}`;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------
interface Person {
  f: number;
  g: number;
  combo: number;
  sex: Sex;
  nid: string | null;
  nssf: string | null;
  dob: string | null;
}

interface Built {
  roster: Roster;
  tags: Map<string, string[]>;
  kind: Map<string, 'true' | 'namesake' | 'stranger'>;
}

function skewIndex(r: Rng, n: number, s: number): number {
  return Math.min(n - 1, Math.floor(n * r.next() ** s));
}

const GIVEN_BY_SEX: Record<Sex, number[]> = {
  M: GIVEN15.map((g, i) => (g.sex !== 'F' ? i : -1)).filter((i) => i >= 0),
  F: GIVEN15.map((g, i) => (g.sex !== 'M' ? i : -1)).filter((i) => i >= 0),
};

function drawName(r: Rng, sex: Sex, uniform: boolean): { f: number; g: number } {
  const gs = GIVEN_BY_SEX[sex];
  const f = uniform ? r.int(0, FAMILY15.length - 1) : skewIndex(r, FAMILY15.length, 1.6);
  const g = gs[uniform ? r.int(0, gs.length - 1) : skewIndex(r, gs.length, 1.3)];
  return { f, g };
}

function build(size: number, seed: number): Built {
  const r = rng(seed);
  const nidTaken = new Set<string>();
  const nssfTaken = new Set<string>();

  // --- register: names, sexes, numbers
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(0.58) ? 'F' : 'M';
    const { f, g } = drawName(r, sex, false);
    const nid = freshId(r, NID_LEN, RATE.nidLeadingZero, nidTaken);
    const nssf = freshId(r, NSSF_LEN, RATE.nssfLeadingZero, nssfTaken);
    people.push({ f, g, combo: f * G + g, sex, nid: r.chance(RATE.regNid) ? nid : null, nssf: r.chance(RATE.regNssf) ? nssf : null, dob: null });
  }

  // --- rule 2: dates of birth apart among namesakes (same name or names one edit apart)
  const index = new NameIndex();
  for (const p of people) index.add(p.combo);
  const adj = new Map<number, number[]>();
  for (const c of index.combos) {
    const s = new Set<number>();
    for (const k of comboKeys(c)) for (const x of index.lookup(k)) s.add(x);
    adj.set(c, [...s]);
  }
  const dobsByCombo = new Map<number, Set<string>>();
  const dobFree = (d: string, c: number) => {
    const compact = d.replace(/-/g, '');
    const probes = [compact, swapDM(d).replace(/-/g, ''), ...digitNeighbours(compact)];
    for (const a of adj.get(c)!) {
      const set = dobsByCombo.get(a);
      if (set) for (const p of probes) if (set.has(p)) return false;
    }
    return true;
  };
  for (const p of people) {
    let d = randomDob(r);
    while (!dobFree(d, p.combo)) d = randomDob(r);
    let set = dobsByCombo.get(p.combo);
    if (!set) dobsByCombo.set(p.combo, (set = new Set()));
    set.add(d.replace(/-/g, ''));
    p.dob = d;
  }
  // the date is kept for the person; the register may still leave it blank
  const regDobShown = people.map(() => r.chance(RATE.regDob));

  // --- register rows, shuffled before ids are assigned
  const order = r.shuffle(people.map((_, i) => i));
  const registered: RegisteredWorker[] = [];
  const personOf: Person[] = [];
  for (let k = 0; k < order.length; k++) {
    const p = people[order[k]];
    const fam = pickRom(r, FAMILY15[p.f].latin).toUpperCase();
    const giv = pickRom(r, GIVEN15[p.g].latin).toUpperCase();
    const dob = regDobShown[order[k]] ? p.dob : null;
    const hireLo = Math.max(Date.UTC(2012, 0, 1), Date.parse(p.dob!) + 18 * 365.25 * DAY);
    const hireHi = Date.UTC(2025, 1, 28);
    registered.push({
      workerId: `W${String(k + 1).padStart(6, '0')}`,
      nssfNumber: p.nssf,
      nationalId: p.nid,
      nameKh: `${FAMILY15[p.f].kh} ${GIVEN15[p.g].kh}`,
      nameLatin: r.chance(RATE.regLatin) ? `${fam} ${giv}` : null,
      sex: r.chance(RATE.regSex) ? p.sex : null,
      dateOfBirth: dob,
      hireDate: isoDay(hireLo + r.int(0, Math.max(0, Math.floor((hireHi - hireLo) / DAY))) * DAY),
      wageRiel: r.chance(RATE.regWage) ? r.int(800, 2400) * 1000 : null,
    });
    personOf.push(p);
  }
  const regByCombo = new Map<number, number[]>();
  personOf.forEach((p, i) => push(regByCombo, p.combo, i));

  // --- who is on site
  const absentCount = Math.round(size * RATE.absent);
  const presentIdx = r.shuffle(registered.map((_, i) => i)).slice(absentCount);
  const hiddenCount = Math.round((presentIdx.length * RATE.hiddenShare) / (1 - RATE.hiddenShare));
  const namesakeCount = Math.round(hiddenCount * RATE.namesakeShareOfHidden);

  type Draft = { row: Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'>; truth: string | null; tags: string[]; kind: 'true' | 'namesake' | 'stranger' };
  const drafts: Draft[] = [];
  const visitId = 'visit-fifteenth-hr-sheet';

  const onsiteId = (tags: string[], regValue: string | null, len: number, leadingZero: number, taken: Set<string>, labels: readonly string[], prefix: string, present: number): string | null => {
    if (!r.chance(present)) return null;
    let v = regValue ?? freshId(r, len, leadingZero, taken);
    if (regValue && r.chance(RATE.idSlip)) {
      const s = slip(r, regValue, taken);
      if (s) { v = s; tags.push(`${prefix}:slip`); }
    }
    return formatId(r, v, labels, tags, prefix);
  };

  for (const i of presentIdx) {
    const reg = registered[i];
    const p = personOf[i];
    const tags: string[] = [];
    const name = nameCell(r, p.f, p.g, p.sex, tags, true);
    const nationalId = onsiteId(tags, p.nid, NID_LEN, RATE.nidLeadingZero, nidTaken, NID_LABELS, 'nid', RATE.nidPresent);
    const nssfNumber = p.nssf ? onsiteId(tags, p.nssf, NSSF_LEN, RATE.nssfLeadingZero, nssfTaken, NSSF_LABELS, 'nssf', RATE.nssfPresent) : null;
    let dateOfBirth: string | null = null;
    if (r.chance(RATE.dobPresent)) {
      dateOfBirth = p.dob;
      const sw = swapDM(p.dob!);
      if (r.chance(RATE.dobSwap) && sw !== p.dob && Number(p.dob!.slice(8, 10)) <= 12) { dateOfBirth = sw; tags.push('dob:swap'); }
    } else tags.push('dob:missing');
    const sex = r.chance(RATE.sexMissing) ? null : p.sex;
    if (!sex) tags.push('sex:missing');
    drafts.push({ row: { visitId, name, nationalId, nssfNumber, sex, dateOfBirth, source: 'csv' }, truth: reg.workerId, tags, kind: 'true' });
  }

  // --- hidden workers
  const hiddenFields = (tags: string[], sex: Sex) => {
    const nationalId = r.chance(RATE.nidPresent) ? formatId(r, freshId(r, NID_LEN, RATE.nidLeadingZero, nidTaken), NID_LABELS, tags, 'nid') : null;
    const nssfNumber = r.chance(RATE.nssfPresentHidden) ? formatId(r, freshId(r, NSSF_LEN, RATE.nssfLeadingZero, nssfTaken), NSSF_LABELS, tags, 'nssf') : null;
    const shownSex = r.chance(RATE.sexMissing) ? null : sex;
    if (!shownSex) tags.push('sex:missing');
    return { nationalId, nssfNumber, sex: shownSex };
  };
  const candidatesOf = (name: string): number[] => {
    const out: number[] = [];
    for (const c of index.lookupName(name)) for (const i of regByCombo.get(c) ?? []) out.push(i);
    return out;
  };

  for (let h = 0; h < namesakeCount; h++) {
    for (let attempt = 0; ; attempt++) {
      const target = personOf[r.int(0, personOf.length - 1)];
      const gs = GIVEN15[target.g].sex;
      const sex: Sex = gs === 'U' ? (r.chance(0.5) ? 'M' : 'F') : gs;
      const tags: string[] = [];
      const name = nameCell(r, target.f, target.g, sex, tags, true);
      const cands = candidatesOf(name);
      if (!cands.length) continue;
      const f = hiddenFields(tags, sex);
      let dateOfBirth: string | null = null;
      if (r.chance(RATE.dobPresent) || attempt > 20) {
        for (let t = 0; t < 200; t++) {
          const d = randomDob(r);
          if (cands.every((i) => !registered[i].dateOfBirth || !dobClose(d, registered[i].dateOfBirth!))) { dateOfBirth = d; break; }
        }
      }
      if (!dateOfBirth) tags.push('dob:missing');
      const row = { visitId, name, ...f, dateOfBirth, source: 'csv' as const };
      const rr: ReadRow = { sex: row.sex, dob: dateOfBirth, nid: readId(row.nationalId, NID_LEN), nssf: null };
      if (!cands.every((i) => ruledOut(rr, registered[i], false))) continue;
      drafts.push({ row, truth: null, tags, kind: 'namesake' });
      break;
    }
  }
  for (let h = namesakeCount; h < hiddenCount; h++) {
    for (let attempt = 0; ; attempt++) {
      const sex: Sex = r.chance(0.58) ? 'F' : 'M';
      const { f, g } = drawName(r, sex, attempt > 5);
      const tags: string[] = [];
      const name = nameCell(r, f, g, sex, tags, true);
      if (candidatesOf(name).length) continue;
      const fl = hiddenFields(tags, sex);
      const dateOfBirth = r.chance(RATE.dobPresent) ? randomDob(r) : null;
      if (!dateOfBirth) tags.push('dob:missing');
      drafts.push({ row: { visitId, name, ...fl, dateOfBirth, source: 'csv' }, truth: null, tags, kind: 'stranger' });
      break;
    }
  }

  // --- the sheet: shuffled, then numbered and stamped in row order
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const tags = new Map<string, string[]>();
  const kind = new Map<string, 'true' | 'namesake' | 'stranger'>();
  let t = Date.UTC(2025, 2, 12, 1, 30, 0);
  drafts.forEach((d, k) => {
    t += r.int(2, 25) * 1000;
    const id = uuid(r);
    onsite.push({ id, ...d.row, sourceRow: k + 1, recordedAt: new Date(t).toISOString() });
    truth.set(id, d.truth);
    tags.set(id, d.tags);
    kind.set(id, d.kind);
  });
  return { roster: { registered, onsite, truth }, tags, kind };
}

export function generateFifteenth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------
async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  let ok = true;
  const fail = (msg: string) => { ok = false; console.log(`  FAIL ${msg}`); };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)} %`;

  // names file sanity: no romanization or Khmer spelling shared by two entries
  {
    const seen = new Map<string, string>();
    for (const [list, tag] of [[FAMILY15, 'family'], [GIVEN15, 'given']] as const) {
      for (const n of list) {
        for (const k of [...n.latin.map((x) => x.toLowerCase().replace(/\s+/g, '')), khNorm(n.kh)]) {
          const prev = seen.get(k);
          if (prev && prev !== `${tag}:${n.kh}`) fail(`names: spelling ${k} in two entries (${prev}, ${tag}:${n.kh})`);
          seen.set(k, `${tag}:${n.kh}`);
        }
        if (/[^\u1780-\u17FF]/.test(n.kh)) fail(`names: non-Khmer code point in ${n.kh}`);
      }
    }
  }

  const t0 = performance.now();
  const built = build(size, seed);
  const genMs = performance.now() - t0;
  const { roster, tags, kind } = built;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w, i) => [w.workerId, i]));
  const personCombo = registered.map((w) => {
    const [fk, gk] = w.nameKh.split(' ');
    return FAMILY15.findIndex((f) => f.kh === fk) * G + GIVEN15.findIndex((g) => g.kh === gk);
  });
  const index = new NameIndex();
  const regByCombo = new Map<number, number[]>();
  personCombo.forEach((c, i) => { index.add(c); push(regByCombo, c, i); });
  const nameCands = (name: string) => {
    const out: number[] = [];
    for (const c of index.lookupName(name)) for (const i of regByCombo.get(c) ?? []) out.push(i);
    return out;
  };

  // --- shape
  const trueRows = onsite.filter((o) => truth.get(o.id) != null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) == null);
  const present = new Set(trueRows.map((o) => truth.get(o.id)!));
  const namesakes = hiddenRows.filter((o) => kind.get(o.id) === 'namesake').length;
  console.log(`fifteenth roster, size ${size}, seed ${seed}: ${FIFTEENTH_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${registered.length - present.size} = ${pct(registered.length - present.size, registered.length)}`);
  console.log(`  hidden namesakes ${namesakes} (${pct(namesakes, hiddenRows.length)} of hidden; name within one edit of a registered worker: ${pct(hiddenRows.filter((o) => nameCands(o.name).length).length, hiddenRows.length)})`);
  const count = new Map<string, number>();
  for (const o of onsite) for (const t of tags.get(o.id)!) count.set(t, (count.get(t) ?? 0) + 1);
  const show = (prefixes: string[], denom: number, what: string) => {
    const ks = [...count.keys()].filter((k) => prefixes.some((p) => k.startsWith(p))).sort();
    console.log(`  ${what}: ${ks.map((k) => `${k} ${pct(count.get(k)!, denom)}`).join(', ')}`);
  };
  show(['script:'], onsite.length, 'name script (of rows)');
  show(['case:', 'swap', 'typo', 'comma', 'punct'], onsite.length, 'name variation (of rows)');
  show(['title', 'nick', 'nbsp', 'spaces'], onsite.length, 'name decoration (of rows)');
  show(['kh:'], onsite.length, 'Khmer encoding (of rows)');
  const nidRows = onsite.filter((o) => o.nationalId != null).length;
  const nssfRows = onsite.filter((o) => o.nssfNumber != null).length;
  console.log(`  national ID present ${pct(nidRows, onsite.length)}, NSSF present ${pct(nssfRows, onsite.length)} (true rows ${pct(trueRows.filter((o) => o.nssfNumber).length, trueRows.length)}, hidden ${pct(hiddenRows.filter((o) => o.nssfNumber).length, hiddenRows.length)})`);
  show(['nid:'], nidRows, 'national ID format (of IDs shown)');
  show(['nssf:'], nssfRows, 'NSSF format (of numbers shown)');
  show(['dob:', 'sex:'], onsite.length, 'dates and sex (of rows)');
  const withNamesake = trueRows.filter((o) => nameCands(o.name).length > 1).length;
  console.log(`  true rows whose name fits another registered worker too: ${pct(withNamesake, trueRows.length)}`);
  const sameName = trueRows.filter((o) => {
    const c = personCombo[regById.get(truth.get(o.id)!)!];
    return regByCombo.get(c)!.length > 1;
  }).length;
  console.log(`  true rows with a registered namesake of the very same name: ${pct(sameName, trueRows.length)}`);
  for (const want of ['comma', 'punct', 'title', 'nick', 'script:both', 'kh:zw', 'nid:zeros', 'nid:grouped', 'nid:khmer', 'nid:label', 'nid:sci', 'nssf:label']) {
    const o = onsite.find((x) => tags.get(x.id)!.includes(want));
    if (o) console.log(`    e.g. ${want.padEnd(11)} ${JSON.stringify(o.name)} | ${JSON.stringify(o.nationalId)} | ${JSON.stringify(o.nssfNumber)}`);
  }

  // --- rule 1: true rows carry plausible variants only
  let r1 = 0;
  const r1msg: string[] = [];
  for (const o of trueRows) {
    const i = regById.get(truth.get(o.id)!)!;
    const w = registered[i];
    const rr = readRow(o);
    const bad: string[] = [];
    const keys = readName(o.name);
    if (!keys.length || !keys.every((k) => comboKeys(personCombo[i]).some((ck) => withinOne(k, ck)))) bad.push('name');
    if (o.sex && w.sex && o.sex !== w.sex) bad.push('sex');
    if (o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDM(w.dateOfBirth) !== o.dateOfBirth) bad.push('dob');
    if (rr.nid && w.nationalId && !withinOne(rr.nid, w.nationalId)) bad.push('nid');
    if (rr.nssf && w.nssfNumber && !withinOne(rr.nssf, w.nssfNumber)) bad.push('nssf');
    if (!nameCands(o.name).includes(i)) bad.push('not-a-candidate');
    if (bad.length) { r1++; if (r1msg.length < 5) r1msg.push(`${bad.join('+')}: ${JSON.stringify(o.name)} vs ${w.nameKh}/${w.nameLatin}`); }
  }
  if (r1) fail(`rule 1: ${r1} true rows carry an implausible variant; ${r1msg.join('; ')}`);
  else console.log(`  rule 1 ok: every true row reads as its registered worker (name within one edit, IDs within one slip, DOB exact/swapped, sex right or missing)`);

  // --- rule 2: registered namesakes apart by DOB
  let r2 = 0;
  let pairs = 0;
  for (const [c, members] of regByCombo) {
    const others = new Set<number>();
    for (const k of comboKeys(c)) for (const x of index.lookup(k)) others.add(x);
    for (const c2 of others) {
      if (c2 < c) continue;
      const m2 = regByCombo.get(c2)!;
      for (const a of members) for (const b of m2) {
        if (c2 === c && b <= a) continue;
        pairs++;
        const da = registered[a].dateOfBirth;
        const db = registered[b].dateOfBirth;
        if (da && db && dobClose(da, db)) r2++;
      }
    }
  }
  // registered IDs pairwise 2+ edits apart
  let idClash = 0;
  for (const field of ['nationalId', 'nssfNumber'] as const) {
    const set = new Set<string>();
    for (const w of registered) { const v = w[field]; if (v) { if (nearTaken(v, set)) idClash++; set.add(v); } }
  }
  if (r2 || idClash) fail(`rule 2: ${r2} namesake pairs with close dates of birth, ${idClash} registered numbers within one edit of another`);
  else console.log(`  rule 2 ok: ${pairs} registered namesake pairs (same name or one edit apart), none with close dates of birth; registered numbers pairwise 2+ edits apart`);

  // --- rule 3: hidden rows ruled out from every registered worker they could pass for
  let r3 = 0;
  let byName = 0;
  const r3msg: string[] = [];
  for (const o of hiddenRows) {
    const rr = readRow(o);
    const c = nameCands(o.name);
    if (!c.length) { byName++; continue; }
    const open = c.filter((i) => !ruledOut(rr, registered[i], false));
    if (open.length) { r3++; if (r3msg.length < 5) r3msg.push(`${JSON.stringify(o.name)} could be ${registered[open[0]].workerId}`); }
  }
  if (r3) fail(`rule 3: ${r3} hidden rows could pass for a registered worker; ${r3msg.join('; ')}`);
  else console.log(`  rule 3 ok: ${byName} hidden rows fit no registered name, ${hiddenRows.length - byName} are ruled out from every namesake by sex, DOB or national ID`);

  // --- rule 4: no leak
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  const ids = new Set<string>();
  onsite.forEach((o, k) => {
    if (!uuidRe.test(o.id) || ids.has(o.id)) r4++;
    ids.add(o.id);
    if (k > 0 && !(Date.parse(o.recordedAt) > Date.parse(onsite[k - 1].recordedAt))) r4++;
    if (o.sourceRow !== k + 1) r4++;
    if (o.source !== 'csv' || o.visitId !== onsite[0].visitId) r4++;
  });
  if (truth.size !== onsite.length) r4++;
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) == null).length;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) == null).length;
  const hTol = 4 * Math.sqrt(hiddenRows.length) + 2;
  const rh = Math.floor(registered.length / 2);
  const a1 = registered.slice(0, rh).filter((w) => !present.has(w.workerId)).length;
  const a2 = registered.slice(rh).filter((w) => !present.has(w.workerId)).length;
  const aTol = 4 * Math.sqrt(registered.length - present.size) + 2;
  // matched rows should not follow the register's order
  let monotone = 0;
  for (let k = 1; k < trueRows.length; k++) if (regById.get(truth.get(trueRows[k].id)!)! > regById.get(truth.get(trueRows[k - 1].id)!)!) monotone++;
  const mono = monotone / Math.max(1, trueRows.length - 1);
  if (r4 || Math.abs(h1 - h2) > hTol || Math.abs(a1 - a2) > aTol || Math.abs(mono - 0.5) > 0.05) {
    fail(`rule 4: ${r4} id/time/row problems; hidden by half ${h1}/${h2}; absent by half ${a1}/${a2}; register-order runs ${mono.toFixed(3)}`);
  } else console.log(`  rule 4 ok: unique v4 UUIDs, recordedAt and sourceRow increasing; hidden by half ${h1}/${h2}, absent by register half ${a1}/${a2}, register-order ${mono.toFixed(3)}`);

  // --- rule 5: undecidable true rows
  // A human prefers a spelling read exactly over one a typo away; a row is undecidable when another
  // registered worker, not ruled out by any field present on both sides, fits its name at least as
  // well as its own worker does. `strict` counts any second open candidate, however it fits.
  const nameLevel = (name: string, i: number) => {
    const ks = comboKeys(personCombo[i]);
    return readName(name).some((k) => ks.includes(k)) ? 0 : 1;
  };
  let undecidable = 0;
  let strict = 0;
  for (const o of trueRows) {
    const rr = readRow(o);
    const ti = regById.get(truth.get(o.id)!)!;
    const open = nameCands(o.name).filter((i) => i !== ti && !ruledOut(rr, registered[i], true));
    if (open.length) strict++;
    const lt = nameLevel(o.name, ti);
    if (open.some((i) => nameLevel(o.name, i) <= lt)) undecidable++;
  }
  const uRate = undecidable / Math.max(1, trueRows.length);
  if (uRate >= 0.04) fail(`rule 5: ${pct(undecidable, trueRows.length)} undecidable true rows`);
  else console.log(`  rule 5 ok: ${undecidable} undecidable true rows = ${pct(undecidable, trueRows.length)} (< 4 %); any second open candidate, even a worse fit: ${pct(strict, trueRows.length)}`);

  // --- schemas
  let schemaBad = 0;
  for (const w of registered) if (!RegisteredSchema.safeParse(w).success) schemaBad++;
  for (const o of onsite) {
    const p = OnsiteSchema.safeParse(o);
    if (!p.success || 'statedStartDate' in o || 'wageRiel' in o) schemaBad++;
  }
  if (schemaBad) fail(`schema: ${schemaBad} records fail the zod schema`);
  else console.log(`  schema ok: all ${registered.length} registered and ${onsite.length} on-site records parse`);

  // --- determinism
  const snap = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = snap(generateFifteenth(size, seed));
  const other = snap(generateFifteenth(size, seed + 1));
  const first = snap(roster);
  if (again !== first) fail('determinism: the same seed gave a different roster');
  else if (other === first) fail('determinism: another seed gave the same roster');
  else console.log(`  determinism ok: same seed identical, seed ${seed + 1} differs`);

  // --- timing at 10k
  const t1 = performance.now();
  generateFifteenth(10_000, seed);
  const t10k = performance.now() - t1;
  if (t10k >= 2000) fail(`timing: 10,000 took ${t10k.toFixed(0)} ms`);
  else console.log(`  timing ok: this roster ${genMs.toFixed(0)} ms (first call), 10,000 in ${t10k.toFixed(0)} ms`);

  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('fifteenth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => { if (!ok) process.exit(1); });
}
