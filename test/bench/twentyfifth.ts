/**
 * Blind benchmark roster `twentyfifth`: a visit during ONE SHIFT OF THREE.
 *
 * Model
 *  - The register (size = n workers) is a factory working three shifts. The visit falls in one
 *    shift: each registered worker is on that shift with probability s ∈ [0.36, 0.52] (per seed)
 *    and then on leave 5 % of the time, so 1/3 to 1/2 of the register is on site; the rest are
 *    absent (other shifts, leave).
 *  - Of the rows on site, h ∈ [0.16, 0.24] (per seed) are HIDDEN workers, not on the register:
 *      55 % relatives of an ABSENT registered worker, 12 % relatives of a present one
 *           (sibling 45 %: same family name, given name the same 30 % / one edit off 15 % /
 *            other; cousin 30 %: same family name 65 %, same given 20 % / near 15 %;
 *            spouse 25 %: opposite sex, own family name; born 1-12 years (sibling/cousin) or
 *            0-8 years (spouse) apart from the anchor),
 *      33 % day labourers with ordinary names (namesakes arise by chance).
 *    A relative with the very name of an absent worker is the hard case: only a field both
 *    sides carry (sex, date of birth, national ID) tells them apart.
 *  - The usual variations apply to every on-site row, hidden or not (same rates, chosen before
 *    the truth is known): source csv 50 % / manual 35 % / id-card 15 %; Khmer script 55 % / 30 %
 *    / 50 % by source, else Latin; romanization picked from the lists in twentyfifth-names.ts
 *    (a true csv row copies the register's own Latin spelling 60 % of the time, as employers'
 *    sheets do); family/given order
 *    swapped (Latin 10 %, Khmer 6 %); case upper/title/lower; one typo (4 % of Latin rows);
 *    Khmer encoding variants (ZWSP or no separator, vowel typed before a coeng subscript,
 *    register shifter after the vowel, split vowels; ~25 % of Khmer rows); national ID on the
 *    row (id-card always, else 25-30 %) with a one-digit slip 4 %; NSSF number (csv 45 %,
 *    manual 12 %, id-card 5 %) with a slip 4 %; DOB (id-card always, else 85-92 %) with
 *    day/month swapped 4 %; sex (id-card always, else 85-90 %). Hidden workers carry their own
 *    ID card number and, 8 % of them, an NSSF number from another employer.
 *  - The register side: Khmer name always (4 % with a ZWSP separator or a keyboard-order
 *    variant), Latin name 78 %, national ID 96 %, NSSF 98 %, sex 99 %, DOB 99.5 %.
 *
 * Fairness rules (audited by the self-check at the bottom; run `npx tsx test/bench/twentyfifth.ts 10000 1`)
 *  1. A true row carries only plausible variants of its registered worker: listed spellings or
 *     romanizations, either order, any case, at most one typo in one word of 4+ letters (Latin
 *     only), Khmer encoding variants; IDs exact or one slip (one digit changed or two adjacent
 *     digits swapped); DOB exact or day/month swapped; sex right or missing. No extra variation.
 *  2. Registered namesakes (same full name in any listed spelling, either order) never share a
 *     DOB, and their DOBs are more than a day/month swap or one digit apart.
 *  3. A hidden row either is beyond one edit of every spelling of every registered name, or is
 *     ruled out from every registered worker it could pass for by a field present on BOTH
 *     sides: sex differs, DOB more than a swap/one digit apart, or national IDs 2+ edits apart.
 *     Also, a hidden row's ID numbers are 2+ edits from every registered one.
 *  4. Nothing leaks the truth: rows shuffled, ids are v4 UUIDs from the seeded PRNG, recordedAt
 *     increases in row order, csv sourceRow in row order, registered workerIds assigned after
 *     shuffling the register; source and script are drawn independently of the truth.
 *  5. Undecidable true rows (another registered worker within one edit of the name that no
 *     field present on both sides - sex, DOB, national ID, NSSF number - rules out) stay < 4 %.
 *
 * "Within one edit" is measured on a name key: Latin upper-cased with everything but A-Z
 * removed (so "Srey Mom" = "Sreymom"), Khmer with separators removed and each cluster put in
 * canonical order; family+given and given+family both count.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_25, GIVEN_25, type NameWord25 } from './twentyfifth-names';

export const TWENTYFIFTH_LABEL =
  'one shift of three: 1/3-1/2 of register on site, 16-24 % hidden (relatives/namesakes of absent workers, day labourers)';

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

// ---------------------------------------------------------------------------------------------
// Strings and keys
// ---------------------------------------------------------------------------------------------

/** Optimal string alignment distance (Damerau: adjacent transposition counts 1). */
function osa(a: string, b: string): number {
  const n = a.length, m = b.length;
  if (Math.abs(n - m) > 2 && n > 0 && m > 0) return Math.abs(n - m);
  let p2 = new Array<number>(m + 1).fill(0);
  let p1 = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) p1[j] = j;
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, p2[j - 2] + 1);
      cur[j] = v;
    }
    p2 = p1;
    p1 = cur;
  }
  return p1[m];
}

const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
const latinKey = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, '');

const COENG = '\u17D2';
const isBase = (c: string) => c >= '\u1780' && c <= '\u17B3';
const isShifter = (c: string) => c === '\u17C9' || c === '\u17CA';
const isVowel = (c: string) => c >= '\u17B6' && c <= '\u17C5';
const isSign = (c: string) => (c >= '\u17C6' && c <= '\u17D1') || c === '\u17D3' || c === '\u17DD';

interface Cluster { base: string; coeng: string[]; shift: string[]; vow: string[]; other: string[] }

function clusters(s: string): (Cluster | string)[] {
  const cps = Array.from(s);
  const out: (Cluster | string)[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (!isBase(c)) { out.push(c); i++; continue; }
    const cl: Cluster = { base: c, coeng: [], shift: [], vow: [], other: [] };
    let j = i + 1;
    while (j < cps.length) {
      const d = cps[j];
      if (d === COENG && j + 1 < cps.length) { cl.coeng.push(d + cps[j + 1]); j += 2; continue; }
      if (isShifter(d)) { cl.shift.push(d); j++; continue; }
      if (isVowel(d)) { cl.vow.push(d); j++; continue; }
      if (isSign(d)) { cl.other.push(d); j++; continue; }
      break;
    }
    out.push(cl);
    i = j;
  }
  return out;
}

const joinVowels = (v: string[]) => v.join('').replace('\u17C1\u17B8', '\u17BE').replace('\u17C1\u17B6', '\u17C4');

/** Canonical Khmer: NFC, no separators or zero-width marks, each cluster in stored order. */
export function canonKh(s: string): string {
  const t = s.normalize('NFC').replace(/[\u200B\u200C\u200D\u2060\uFEFF\s]/g, '');
  return clusters(t).map((c) => (typeof c === 'string' ? c : c.base + c.coeng.join('') + c.shift.join('') + joinVowels(c.vow) + c.other.join(''))).join('');
}

type KhVariant = 'coeng' | 'shift' | 'split';

/** A keyboard-order variant of one Khmer word, or null if the word has no such cluster. */
function khVariant(word: string, kind: KhVariant): string | null {
  let changed = false;
  const out = clusters(word).map((c) => {
    if (typeof c === 'string') return c;
    const v = joinVowels(c.vow);
    if (kind === 'coeng' && c.coeng.length && v) { changed = true; return c.base + c.shift.join('') + v + c.coeng.join('') + c.other.join(''); }
    if (kind === 'shift' && c.shift.length && v) { changed = true; return c.base + c.coeng.join('') + v + c.shift.join('') + c.other.join(''); }
    if (kind === 'split' && (v.includes('\u17BE') || v.includes('\u17C4'))) {
      changed = true;
      return c.base + c.coeng.join('') + c.shift.join('') + v.replace('\u17BE', '\u17C1\u17B8').replace('\u17C4', '\u17C1\u17B6') + c.other.join('');
    }
    return c.base + c.coeng.join('') + c.shift.join('') + v + c.other.join('');
  }).join('');
  return changed ? out : null;
}

/** The key a row's name is compared on: 'K' + canonical Khmer, or 'L' + Latin letters. */
export function nameKey(name: string): string {
  return isKhmer(name) ? 'K' + canonKh(name) : 'L' + latinKey(name);
}

const FAM_BY_KH = new Map<string, NameWord25[]>();
const GIV_BY_KH = new Map<string, NameWord25[]>();
for (const f of FAMILY_25) { const k = canonKh(f.kh); FAM_BY_KH.set(k, [...(FAM_BY_KH.get(k) ?? []), f]); }
for (const g of GIVEN_25) { const k = canonKh(g.kh); GIV_BY_KH.set(k, [...(GIV_BY_KH.get(k) ?? []), g]); }

/** Every key a registered worker's name can take: both scripts, every spelling, both orders. */
const KEY_MEMO = new Map<string, string[]>();
export function registeredKeys(nameKh: string, nameLatin: string | null): string[] {
  const memo = nameKh + '|' + (nameLatin ?? '');
  let hit = KEY_MEMO.get(memo);
  if (!hit) { hit = computeKeys(nameKh, nameLatin); KEY_MEMO.set(memo, hit); }
  return hit;
}
function computeKeys(nameKh: string, nameLatin: string | null): string[] {
  const keys = new Set<string>();
  const body = canonKh(nameKh);
  keys.add('K' + body);
  for (let i = 1; i < body.length; i++) {
    const fams = FAM_BY_KH.get(body.slice(0, i));
    const givs = GIV_BY_KH.get(body.slice(i));
    if (!fams || !givs) continue;
    for (const f of fams) for (const g of givs) {
      keys.add('K' + canonKh(g.kh) + canonKh(f.kh));
      for (const fl of f.latin) for (const gl of g.latin) {
        keys.add('L' + latinKey(fl + gl));
        keys.add('L' + latinKey(gl + fl));
      }
    }
  }
  if (nameLatin) {
    keys.add('L' + latinKey(nameLatin));
    const t = nameLatin.trim().split(/\s+/);
    if (t.length > 1) keys.add('L' + latinKey(t.slice(1).join('') + t[0]));
  }
  return [...keys];
}

const LATIN_ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const KHMER_ALPHA = (() => {
  const s = new Set<string>();
  for (const w of [...FAMILY_25, ...GIVEN_25]) for (const c of canonKh(w.kh)) s.add(c);
  for (const c of '\u17B6\u17B7\u17B8\u17B9\u17BA\u17BB\u17BC\u17BD\u17BE\u17BF\u17C0\u17C1\u17C2\u17C3\u17C4\u17C5') s.add(c);
  return [...s].join('');
})();

/** Registered workers indexed by every name key; query = all keys within one edit (OSA). */
class NameIndex {
  private map = new Map<string, number[]>();
  add(key: string, idx: number) {
    const a = this.map.get(key);
    if (a) { if (a[a.length - 1] !== idx) a.push(idx); } else this.map.set(key, [idx]);
  }
  groups(): number[][] { return [...this.map.values()].filter((a) => a.length > 1); }
  exact(key: string): number[] { return this.map.get(key) ?? []; }
  near(key: string): Set<number> {
    const out = new Set<number>();
    const pre = key[0], b = key.slice(1), n = b.length;
    const alpha = pre === 'K' ? KHMER_ALPHA : LATIN_ALPHA;
    const look = (s: string) => { const a = this.map.get(pre + s); if (a) for (const x of a) out.add(x); };
    look(b);
    for (let i = 0; i < n; i++) look(b.slice(0, i) + b.slice(i + 1));
    for (let i = 0; i + 1 < n; i++) if (b[i] !== b[i + 1]) look(b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2));
    for (let i = 0; i < n; i++) for (const c of alpha) if (c !== b[i]) look(b.slice(0, i) + c + b.slice(i + 1));
    for (let i = 0; i <= n; i++) for (const c of alpha) look(b.slice(0, i) + c + b.slice(i));
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates and ids
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const fmt = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
function randDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1), m = r.int(1, 12);
  return fmt(y, m, r.int(1, daysIn(y, m)));
}
function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-').map(Number);
  if (dd > 12 || dd === m) return null;
  return fmt(y, dd, m);
}
/** Same, a day/month swap, or one digit (or one adjacent swap) apart. */
export function dobClose(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || swapDM(b) === a || osa(a.replace(/-/g, ''), b.replace(/-/g, '')) <= 1;
}
const idFar = (a: string, b: string) => osa(a, b) >= 2;

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}
/** Same-length strings one substitution or one adjacent transposition from s. */
function* slips(s: string): Generator<string> {
  for (let i = 0; i < s.length; i++) for (let d = 0; d <= 9; d++) { const c = String(d); if (c !== s[i]) yield s.slice(0, i) + c + s.slice(i + 1); }
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) yield s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}
function nearAny(s: string, set: Set<string>, except?: string): boolean {
  const hit = (t: string) => set.has(t) && t !== except;
  if (hit(s)) return true;
  for (let i = 0; i < s.length; i++) {
    const a = s.slice(0, i), b = s.slice(i + 1);
    for (let d = 0; d <= 9; d++) { const c = String(d); if (c !== s[i] && hit(a + c + b)) return true; }
    if (i + 1 < s.length && s[i] !== s[i + 1] && hit(a + s[i + 1] + s[i] + s.slice(i + 2))) return true;
  }
  return false;
}
/** Every date string within dobClose of d (same, day/month swap, one digit or one adjacent swap). */
function closeDates(d: string): Set<string> {
  const out = new Set<string>([d]);
  const sw = swapDM(d);
  if (sw) out.add(sw);
  const x = d.replace(/-/g, '');
  const f = (t: string) => out.add(`${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}`);
  for (let i = 0; i < 8; i++) {
    for (let k = 0; k <= 9; k++) { const c = String(k); if (c !== x[i]) f(x.slice(0, i) + c + x.slice(i + 1)); }
    if (i < 7 && x[i] !== x[i + 1]) f(x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2));
  }
  return out;
}
/** A fresh id 2+ edits from every id in `set` (then added to it). */
function freshId(r: Rng, prefix: string, n: number, set: Set<string>): string {
  for (;;) {
    const s = prefix + digits(r, n);
    if (!nearAny(s, set)) { set.add(s); return s; }
  }
}
function slip(r: Rng, s: string): string {
  const all = [...slips(s)];
  return all[Math.floor(r.next() * all.length)];
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
// Names
// ---------------------------------------------------------------------------------------------

const GIVEN_F = GIVEN_25.filter((g) => g.sex !== 'M');
const GIVEN_M = GIVEN_25.filter((g) => g.sex !== 'F');
/** Given names one edit apart in some spelling (Sophea/Sopheap, Rathana/Rathanak...). */
const NEAR_GIVEN = new Map<NameWord25, NameWord25[]>();
for (const a of GIVEN_25) for (const b of GIVEN_25) {
  if (a === b) continue;
  if (a.latin.some((x) => b.latin.some((y) => osa(latinKey(x), latinKey(y)) === 1))) NEAR_GIVEN.set(a, [...(NEAR_GIVEN.get(a) ?? []), b]);
}

const pickFamily = (r: Rng) => r.pickSkewed(FAMILY_25, 1.5);
const pickGiven = (r: Rng, sex: Sex) => r.pickSkewed(sex === 'F' ? GIVEN_F : GIVEN_M, 1.3);
const sexOfGiven = (r: Rng, g: NameWord25): Sex => (g.sex === 'M' || g.sex === 'F' ? g.sex : r.chance(0.5) ? 'F' : 'M');
function pickVariant(r: Rng, xs: readonly string[]): string {
  if (xs.length === 1 || r.chance(0.55)) return xs[0];
  return xs[1 + Math.floor(r.next() * (xs.length - 1))];
}

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn', k: 'jiolm', l: 'kop',
  m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};
/** One typo in one word of 4+ letters: neighbouring key, dropped, doubled or swapped letter. */
function typo(r: Rng, s: string): string | null {
  const words = s.split(' ');
  const ok = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!ok.length) return null;
  const wi = r.pick(ok);
  const w = words[wi];
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = r.int(1, w.length - 1); // keep the first letter, as most typists do
    const op = r.int(0, 3);
    let t = w;
    if (op === 0) { const lower = w[i].toLowerCase(); const nb = KEY_NEIGHBOURS[lower] ?? 'e'; const c = r.pick(nb.split('')); t = w.slice(0, i) + (w[i] === lower ? c : c.toUpperCase()) + w.slice(i + 1); }
    else if (op === 1) t = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) t = w.slice(0, i) + w[i] + w.slice(i);
    else if (i + 1 < w.length) t = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (t !== w) { words[wi] = t; return words.join(' '); }
  }
  return null;
}
const title = (s: string) => s.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' ');

interface Person { fam: NameWord25; given: NameWord25; sex: Sex; dob: string; nid: string }

interface Meta {
  khmerRows: number; latinRows: number; khEncVariant: number; khZwsp: number; khNoSep: number; swapped: number; typos: number;
  upper: number; titleCase: number; lower: number; copiedRegisterLatin: number;
  nidShown: number; nidSlip: number; nssfShown: number; nssfSlip: number; dobShown: number; dobSwap: number; sexShown: number;
  hiddenTypes: Record<string, number>; hiddenRel: Record<string, number>; hiddenSameGiven: number; hiddenNearGiven: number; hiddenRetries: number;
  registeredKhVariant: number; registeredLatin: number;
}
const emptyMeta = (): Meta => ({
  khmerRows: 0, latinRows: 0, khEncVariant: 0, khZwsp: 0, khNoSep: 0, swapped: 0, typos: 0, upper: 0, titleCase: 0, lower: 0, copiedRegisterLatin: 0,
  nidShown: 0, nidSlip: 0, nssfShown: 0, nssfSlip: 0, dobShown: 0, dobSwap: 0, sexShown: 0,
  hiddenTypes: {}, hiddenRel: {}, hiddenSameGiven: 0, hiddenNearGiven: 0, hiddenRetries: 0, registeredKhVariant: 0, registeredLatin: 0,
});

/** Render a name as written on site. `base` = the register's own Latin spelling, when copied. */
function renderName(r: Rng, p: Person, source: Source, base: [string, string] | null, meta: Meta): string {
  const khmerP = source === 'csv' ? 0.55 : source === 'manual' ? 0.3 : 0.5;
  if (r.chance(khmerP)) {
    meta.khmerRows++;
    const swapped = r.chance(0.06);
    if (swapped) meta.swapped++;
    let w1 = swapped ? p.given.kh : p.fam.kh;
    let w2 = swapped ? p.fam.kh : p.given.kh;
    if (r.chance(0.18)) {
      const kinds: KhVariant[] = r.shuffle(['coeng', 'shift', 'split'] as KhVariant[]);
      for (const k of kinds) {
        const a = khVariant(w1, k), b = khVariant(w2, k);
        if (a || b) { w1 = a ?? w1; w2 = b ?? w2; meta.khEncVariant++; break; }
      }
    }
    const u = r.next();
    let sep = ' ';
    if (u < 0.2) { sep = '\u200B'; meta.khZwsp++; } else if (u < 0.27) { sep = ''; meta.khNoSep++; }
    let s = w1 + sep + w2;
    if (r.chance(0.05)) { s += '\u200B'; meta.khZwsp++; }
    return r.chance(0.5) ? s.normalize('NFD') : s; // NFD is a no-op for Khmer, kept for realism
  }
  meta.latinRows++;
  let f: string, g: string;
  if (base) { [f, g] = base; meta.copiedRegisterLatin++; } else { f = pickVariant(r, p.fam.latin); g = pickVariant(r, p.given.latin); }
  const swapped = r.chance(0.1);
  if (swapped) meta.swapped++;
  let s = swapped ? `${g} ${f}` : `${f} ${g}`;
  if (r.chance(0.04)) { const t = typo(r, s); if (t) { s = t; meta.typos++; } }
  const u = r.next();
  if (u < 0.5) { s = s.toUpperCase(); meta.upper++; } else if (u < 0.88) { s = title(s); meta.titleCase++; } else { s = s.toLowerCase(); meta.lower++; }
  return s;
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

interface Reg {
  p: Person; famLatin: string; givenLatin: string; nssf: string; keys: string[]; present: boolean; rw: RegisteredWorker;
}
interface Row { ow: Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'>; truth: Reg | null }

export function generateTwentyfifthWithMeta(size: number, seed: number): { roster: Roster; meta: Meta } {
  const r = rng((seed * 0x9e3779b1 + 0x25) >>> 0);
  const meta = emptyMeta();
  const nidSet = new Set<string>();
  const nssfSet = new Set<string>();
  const dobByKey = new Map<string, string[]>();

  // --- the register ---------------------------------------------------------------------------
  const regs: Reg[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(0.72) ? 'F' : 'M';
    const fam = pickFamily(r);
    const given = pickGiven(r, sex);
    const famLatin = pickVariant(r, fam.latin);
    const givenLatin = pickVariant(r, given.latin);
    let nameKh = fam.kh + ' ' + given.kh;
    if (r.chance(0.04)) {
      meta.registeredKhVariant++;
      const v = khVariant(given.kh, 'coeng') ?? khVariant(given.kh, 'shift');
      nameKh = v && r.chance(0.5) ? fam.kh + ' ' + v : fam.kh + '\u200B' + given.kh;
    }
    const nameLatin = r.chance(0.78) ? `${famLatin} ${givenLatin}`.toUpperCase() : null;
    if (nameLatin) meta.registeredLatin++;
    const keys = registeredKeys(nameKh, nameLatin);
    // rule 2: namesakes' DOBs are far apart
    let dob = randDate(r, 1972, 2006);
    const clash = (d: string) => { const near = closeDates(d); return keys.some((k) => (dobByKey.get(k) ?? []).some((x) => near.has(x))); };
    for (let t = 0; t < 200 && clash(dob); t++) dob = randDate(r, 1972, 2006);
    for (const k of keys) { const a = dobByKey.get(k); if (a) a.push(dob); else dobByKey.set(k, [dob]); }
    const nid = freshId(r, '', 9, nidSet);
    const nssf = freshId(r, '1', 9, nssfSet);
    const hy = r.int(Math.min(2024, Math.max(2010, Number(dob.slice(0, 4)) + 18)), 2025);
    const hm = hy === 2025 ? r.int(1, 5) : r.int(1, 12);
    const hireDate = fmt(hy, hm, r.int(1, daysIn(hy, hm)));
    const p: Person = { fam, given, sex, dob, nid };
    regs.push({
      p, famLatin, givenLatin, nssf, keys, present: false,
      rw: {
        workerId: '',
        nssfNumber: r.chance(0.98) ? nssf : null,
        nationalId: r.chance(0.96) ? nid : null,
        nameKh,
        nameLatin,
        sex: r.chance(0.99) ? sex : null,
        dateOfBirth: dob, // a few are blanked below, only where no namesake could be confused
        hireDate,
        wageRiel: r.chance(0.95) ? r.int(8200, 16000) * 100 : null,
      },
    });
  }

  // the fund lacks a DOB for ~0.5 % of workers, only ones whose name no other worker shares
  {
    const count = new Map<string, number>();
    for (const g of regs) for (const k of g.keys) count.set(k, (count.get(k) ?? 0) + 1);
    for (const g of regs) if (r.chance(0.005) && g.keys.every((k) => count.get(k) === 1)) g.rw.dateOfBirth = null;
  }

  // --- one shift of three ----------------------------------------------------------------------
  const shiftShare = 0.36 + 0.16 * r.next();
  for (const g of regs) g.present = r.chance(shiftShare) && !r.chance(0.05);
  const present = regs.filter((g) => g.present);
  const absent = regs.filter((g) => !g.present);
  const hiddenFrac = 0.16 + 0.08 * r.next();
  const hiddenCount = Math.round((present.length * hiddenFrac) / (1 - hiddenFrac));

  const index = new NameIndex();
  regs.forEach((g, i) => g.keys.forEach((k) => index.add(k, i)));

  const pickSource = (): Source => { const u = r.next(); return u < 0.5 ? 'csv' : u < 0.85 ? 'manual' : 'id-card'; };

  const rows: Row[] = [];
  // --- true rows ---------------------------------------------------------------------------------
  for (const g of present) {
    const source = pickSource();
    const base: [string, string] | null = source === 'csv' && g.rw.nameLatin && r.chance(0.6) ? [g.famLatin, g.givenLatin] : null;
    const name = renderName(r, g.p, source, base, meta);
    const card = source === 'id-card';
    let dateOfBirth: string | null = null;
    if (card || r.chance(source === 'csv' ? 0.95 : 0.92)) {
      dateOfBirth = g.p.dob;
      meta.dobShown++;
      const sw = swapDM(g.p.dob);
      if (!card && sw && r.chance(0.04)) { dateOfBirth = sw; meta.dobSwap++; }
    }
    let nationalId: string | null = null;
    if (g.rw.nationalId !== null && (card || r.chance(dateOfBirth ? 0.28 : 0.6))) {
      nationalId = g.p.nid;
      meta.nidShown++;
      if (!card && r.chance(0.04)) {
        for (let t = 0; t < 20; t++) { const s = slip(r, g.p.nid); if (!nearAny(s, nidSet, g.p.nid)) { nationalId = s; meta.nidSlip++; break; } }
      }
    } else if (g.rw.nationalId === null && card) { nationalId = g.p.nid; meta.nidShown++; }
    let nssfNumber: string | null = null;
    if (g.rw.nssfNumber !== null && r.chance(source === 'csv' ? 0.45 : source === 'manual' ? 0.12 : 0.05)) {
      nssfNumber = g.nssf;
      meta.nssfShown++;
      if (r.chance(0.04)) {
        for (let t = 0; t < 20; t++) { const s = slip(r, g.nssf); if (!nearAny(s, nssfSet, g.nssf)) { nssfNumber = s; meta.nssfSlip++; break; } }
      }
    }
    const sex = card || r.chance(source === 'csv' ? 0.85 : 0.9) ? g.p.sex : null;
    if (sex) meta.sexShown++;
    rows.push({ ow: { visitId: 'visit-25-shift-b', name, nationalId, nssfNumber, sex, dateOfBirth, source }, truth: g });
  }

  // --- hidden rows -------------------------------------------------------------------------------
  const hiddenNids = nidSet; // hidden ID numbers join the set, so they stay 2+ edits from every other
  const hiddenNssf = nssfSet;
  const makeHiddenPerson = (): { p: Person; type: string; rel: string; sameGiven: boolean; nearGiven: boolean } => {
    const u = r.next();
    const type = u < 0.55 ? 'relative-of-absent' : u < 0.67 ? 'relative-of-present' : 'day-labourer';
    if (type === 'day-labourer' || (type === 'relative-of-absent' && !absent.length) || (type === 'relative-of-present' && !present.length)) {
      const sex: Sex = r.chance(0.55) ? 'M' : 'F';
      return { p: { fam: pickFamily(r), given: pickGiven(r, sex), sex, dob: randDate(r, 1965, 2007), nid: '' }, type: 'day-labourer', rel: '-', sameGiven: false, nearGiven: false };
    }
    const anchor = r.pick(type === 'relative-of-absent' ? absent : present).p;
    const v = r.next();
    const rel = v < 0.45 ? 'sibling' : v < 0.75 ? 'cousin' : 'spouse';
    const ay = Number(anchor.dob.slice(0, 4));
    const farDob = (lo: number, hi: number) => {
      for (;;) {
        const y = ay + (r.chance(0.5) ? 1 : -1) * r.int(lo, hi);
        const m = r.int(1, 12);
        const d = fmt(Math.min(2007, Math.max(1960, y)), m, r.int(1, daysIn(y, m)));
        if (!dobClose(d, anchor.dob)) return d;
      }
    };
    if (rel === 'spouse') {
      const sex: Sex = anchor.sex === 'F' ? 'M' : 'F';
      return { p: { fam: pickFamily(r), given: pickGiven(r, sex), sex, dob: farDob(0, 8), nid: '' }, type, rel, sameGiven: false, nearGiven: false };
    }
    const fam = rel === 'sibling' || r.chance(0.65) ? anchor.fam : pickFamily(r);
    const w = r.next();
    const sameP = rel === 'sibling' ? 0.3 : 0.2;
    const near = NEAR_GIVEN.get(anchor.given);
    let given: NameWord25, sex: Sex, sameGiven = false, nearGiven = false;
    if (w < sameP) { given = anchor.given; sex = sexOfGiven(r, given); sameGiven = true; }
    else if (w < sameP + 0.15 && near) { given = r.pick(near); sex = sexOfGiven(r, given); nearGiven = true; }
    else { sex = r.chance(0.55) ? 'F' : 'M'; given = pickGiven(r, sex); }
    return { p: { fam, given, sex, dob: farDob(1, 12), nid: '' }, type, rel, sameGiven, nearGiven };
  };

  for (let h = 0; h < hiddenCount; h++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 500) throw new Error('twentyfifth: could not place a fair hidden row');
      const hp = makeHiddenPerson();
      const source = pickSource();
      const card = source === 'id-card';
      const tmp = emptyMeta();
      const name = renderName(r, hp.p, source, null, tmp);
      const nid = freshIdPeek(r, nidSet);
      const otherNssf = r.chance(0.08) ? freshIdPeek(r, nssfSet, '1') : null;
      const dateOfBirth = card || r.chance(source === 'csv' ? 0.95 : 0.92) ? hp.p.dob : null;
      const nationalId = card || r.chance(dateOfBirth ? 0.28 : 0.6) ? nid : null;
      const nssfNumber = otherNssf && r.chance(source === 'csv' ? 0.45 : source === 'manual' ? 0.12 : 0.05) ? otherNssf : null;
      const sex = card || r.chance(source === 'csv' ? 0.85 : 0.9) ? hp.p.sex : null;
      const ow = { visitId: 'visit-25-shift-b', name, nationalId, nssfNumber, sex, dateOfBirth, source };
      const cands = index.near(nameKey(name));
      let fair = true;
      for (const c of cands) if (!ruledOut3(ow, regs[c].rw)) { fair = false; break; }
      if (!fair) { meta.hiddenRetries++; continue; }
      // accepted: re-render with the real meta counters (same name, so counted once)
      for (const k of ['khmerRows', 'latinRows', 'khEncVariant', 'khZwsp', 'khNoSep', 'swapped', 'typos', 'upper', 'titleCase', 'lower'] as const) meta[k] += tmp[k];
      countFields(meta, ow);
      hiddenNids.add(nid);
      if (otherNssf) hiddenNssf.add(otherNssf);
      hp.p.nid = nid;
      meta.hiddenTypes[hp.type] = (meta.hiddenTypes[hp.type] ?? 0) + 1;
      meta.hiddenRel[hp.rel] = (meta.hiddenRel[hp.rel] ?? 0) + 1;
      if (hp.sameGiven) meta.hiddenSameGiven++;
      if (hp.nearGiven) meta.hiddenNearGiven++;
      rows.push({ ow, truth: null });
      break;
    }
  }

  // --- shuffle, then ids and times in row order --------------------------------------------------
  r.shuffle(rows);
  r.shuffle(regs);
  regs.forEach((g, i) => { g.rw.workerId = `NSSF-W${pad(i + 1, 6)}`; });
  const t0 = Date.UTC(2025, 5, 17, 0, 30, 0); // 07:30 in Phnom Penh
  let t = t0;
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const row of rows) {
    t += r.int(1, 8) * 1000;
    const id = uuid(r);
    const ow: OnsiteWorker = { id, ...row.ow, sourceRow: row.ow.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString() };
    onsite.push(ow);
    truth.set(id, row.truth ? row.truth.rw.workerId : null);
  }
  return { roster: { registered: regs.map((g) => g.rw), onsite, truth }, meta };
}

/** A fresh id 2+ edits from every id in the set, not yet added. */
function freshIdPeek(r: Rng, set: Set<string>, prefix = ''): string {
  for (;;) {
    const s = prefix + digits(r, 9);
    if (!nearAny(s, set)) return s;
  }
}

/** Hidden-row field counters (true rows are counted as they are built). */
function countFields(meta: Meta, ow: { nationalId: string | null; nssfNumber: string | null; dateOfBirth: string | null; sex: Sex | null }) {
  if (ow.nationalId) meta.nidShown++;
  if (ow.nssfNumber) meta.nssfShown++;
  if (ow.dateOfBirth) meta.dobShown++;
  if (ow.sex) meta.sexShown++;
}

type FieldsOnsite = { nationalId: string | null; nssfNumber: string | null; sex: Sex | null; dateOfBirth: string | null };
/** Rule 3: a field on both sides tells the row from this registered worker. */
function ruledOut3(o: FieldsOnsite, g: RegisteredWorker): boolean {
  if (o.sex && g.sex && o.sex !== g.sex) return true;
  if (o.dateOfBirth && g.dateOfBirth && !dobClose(o.dateOfBirth, g.dateOfBirth)) return true;
  if (o.nationalId && g.nationalId && idFar(o.nationalId, g.nationalId)) return true;
  return false;
}
/** Rule 5: as rule 3, and the NSSF number counts too. */
function ruledOut5(o: FieldsOnsite, g: RegisteredWorker): boolean {
  return ruledOut3(o, g) || (!!o.nssfNumber && !!g.nssfNumber && idFar(o.nssfNumber, g.nssfNumber));
}

export function generateTwentyfifth(size: number, seed: number): Roster {
  return generateTwentyfifthWithMeta(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check: `npx tsx test/bench/twentyfifth.ts 10000 1`
// ---------------------------------------------------------------------------------------------

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => { if (!ok) fails.push(what); console.log(`  [${ok ? 'ok' : 'FAIL'}] ${what}`); };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) + ' %' : '-');

  // encoding variants must canonicalize back
  for (const w of [...FAMILY_25, ...GIVEN_25]) for (const k of ['coeng', 'shift', 'split'] as KhVariant[]) {
    const v = khVariant(w.kh, k);
    if (v && canonKh(v) !== canonKh(w.kh)) fails.push(`encoding variant ${k} of ${w.kh} does not canonicalize`);
    if (canonKh(w.kh) !== w.kh) fails.push(`name list entry ${w.kh} is not in canonical order`);
  }

  const t0 = performance.now();
  const { roster, meta } = generateTwentyfifthWithMeta(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const byId = new Map(registered.map((g, i) => [g.workerId, i]));
  const index = new NameIndex();
  const regKeys = registered.map((g) => registeredKeys(g.nameKh, g.nameLatin));
  regKeys.forEach((ks, i) => ks.forEach((k) => index.add(k, i)));
  const unparsed = registered.filter((g, i) => regKeys[i].filter((k) => k.startsWith('L')).length === 0).length;

  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const presentIds = new Set([...truth.values()].filter((x): x is string => !!x));

  console.log(`twentyfifth ${size}/${seed}: ${TWENTYFIFTH_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)})`);
  console.log(`  present ${presentIds.size} = ${pct(presentIds.size, registered.length)} of register, absent ${registered.length - presentIds.size}`);
  console.log(`  hidden by type ${JSON.stringify(meta.hiddenTypes)}, relation ${JSON.stringify(meta.hiddenRel)}; same given name as anchor ${meta.hiddenSameGiven}, one-edit given ${meta.hiddenNearGiven}; rejected draws ${meta.hiddenRetries}`);
  const n = onsite.length;
  console.log(`  names: Khmer ${pct(meta.khmerRows, n)}, Latin ${pct(meta.latinRows, n)}; of Khmer rows: encoding variant ${pct(meta.khEncVariant, meta.khmerRows)}, ZWSP ${pct(meta.khZwsp, meta.khmerRows)}, no separator ${pct(meta.khNoSep, meta.khmerRows)}`);
  console.log(`  Latin: upper ${pct(meta.upper, meta.latinRows)}, title ${pct(meta.titleCase, meta.latinRows)}, lower ${pct(meta.lower, meta.latinRows)}; copied register spelling ${pct(meta.copiedRegisterLatin, trueRows.length)} of true rows`);
  console.log(`  all rows: order swapped ${pct(meta.swapped, n)}, typo ${pct(meta.typos, meta.latinRows)} of Latin; true rows: NID slip ${meta.nidSlip}, NSSF slip ${meta.nssfSlip}, DOB swapped ${meta.dobSwap}`);
  console.log(`  fields shown (all rows): NID ${pct(meta.nidShown, n)}, NSSF ${pct(meta.nssfShown, n)}, DOB ${pct(meta.dobShown, n)}, sex ${pct(meta.sexShown, n)}`);
  console.log(`  register: Latin name ${pct(meta.registeredLatin, size)}, Khmer encoding variant ${pct(meta.registeredKhVariant, size)}, NID ${pct(registered.filter((g) => g.nationalId).length, size)}, DOB ${pct(registered.filter((g) => g.dateOfBirth).length, size)}`);
  const bySource = (['csv', 'manual', 'id-card'] as const).map((s) => { const rs = onsite.filter((o) => o.source === s); return `${s} ${rs.length} (hidden ${pct(rs.filter((o) => truth.get(o.id) === null).length, rs.length)})`; });
  console.log(`  sources: ${bySource.join(', ')}`);

  // rule 1
  let r1 = 0, r1name = 0;
  let undecidable = 0;
  for (const o of trueRows) {
    const gi = byId.get(truth.get(o.id)!);
    if (gi === undefined) { r1++; continue; }
    const g = registered[gi];
    const key = nameKey(o.name);
    const cands = index.near(key);
    const nameOk = key.startsWith('K') ? regKeys[gi].includes(key) : cands.has(gi);
    if (!nameOk) r1name++;
    const sexOk = !o.sex || !g.sex || o.sex === g.sex;
    const dobOk = !o.dateOfBirth || !g.dateOfBirth || o.dateOfBirth === g.dateOfBirth || swapDM(g.dateOfBirth) === o.dateOfBirth;
    const nidOk = !o.nationalId || !g.nationalId || osa(o.nationalId, g.nationalId) <= 1;
    const nssfOk = !o.nssfNumber || !g.nssfNumber || osa(o.nssfNumber, g.nssfNumber) <= 1;
    if (!nameOk || !sexOk || !dobOk || !nidOk || !nssfOk) r1++;
    for (const c of cands) if (c !== gi && !ruledOut5(o, registered[c])) { undecidable++; break; }
  }
  console.log('rules:');
  check(r1 === 0, `1. true rows carry plausible variants only (violations ${r1}, of which name ${r1name})`);
  check(unparsed === 0, `   every registered Khmer name parses into listed family + given names (unparsed ${unparsed})`);

  // rule 2
  let r2 = 0, groups = 0, pairs = 0;
  for (const grp of index.groups()) {
    groups++;
    for (let a = 0; a < grp.length; a++) for (let b = a + 1; b < grp.length; b++) {
      pairs++;
      const da = registered[grp[a]].dateOfBirth, db = registered[grp[b]].dateOfBirth;
      if (da && db && dobClose(da, db)) r2++;
    }
  }
  check(r2 === 0, `2. registered namesakes' DOBs more than a swap/one digit apart (${groups} name keys shared, ${pairs} pairs, violations ${r2})`);

  // rule 3
  let r3 = 0, hNamesake = 0, hNamesakeAbsent = 0, hExactAbsent = 0;
  for (const o of hiddenRows) {
    const key = nameKey(o.name);
    const cands = [...index.near(key)];
    if (cands.length) hNamesake++;
    if (cands.some((c) => !presentIds.has(registered[c].workerId))) hNamesakeAbsent++;
    if (index.exact(key).some((c) => !presentIds.has(registered[c].workerId))) hExactAbsent++;
    if (cands.some((c) => !ruledOut3(o, registered[c]))) r3++;
    if (o.nationalId && nearAny(o.nationalId, REG_NID(registered))) r3++;
    if (o.nssfNumber && nearAny(o.nssfNumber, new Set(registered.map((g) => g.nssfNumber).filter((x): x is string => !!x)))) r3++;
  }
  console.log(`  hidden rows within one edit of a registered name: ${hNamesake} (${pct(hNamesake, hiddenRows.length)}); of an ABSENT worker's: ${hNamesakeAbsent}; exactly an absent worker's name (any spelling): ${hExactAbsent}`);
  check(r3 === 0, `3. every hidden row is ruled out from each registered worker it could pass for (violations ${r3})`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) r4++;
  if (!onsite.every((o) => uuidRe.test(o.id))) r4++;
  for (let i = 1; i < onsite.length; i++) if (!(Date.parse(onsite[i].recordedAt) > Date.parse(onsite[i - 1].recordedAt))) { r4++; break; }
  const csvRows = onsite.filter((o) => o.source === 'csv');
  if (!csvRows.every((o, i) => o.sourceRow === i + 1) || !onsite.every((o) => o.source === 'csv' || o.sourceRow === null)) r4++;
  if (new Set(registered.map((g) => g.workerId)).size !== registered.length) r4++;
  if (truth.size !== onsite.length) r4++;
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  const hp = hiddenRows.length / onsite.length;
  const sdH = Math.sqrt((hp * (1 - hp)) / half);
  if (Math.abs(h1 - h2) > 5 * sdH) r4++;
  const rh = Math.floor(registered.length / 2);
  const p1 = registered.slice(0, rh).filter((g) => presentIds.has(g.workerId)).length / rh;
  const p2 = registered.slice(rh).filter((g) => presentIds.has(g.workerId)).length / (registered.length - rh);
  const pp = presentIds.size / registered.length;
  if (Math.abs(p1 - p2) > 5 * Math.sqrt((pp * (1 - pp)) / rh)) r4++;
  check(r4 === 0, `4. no leak: unique v4 UUIDs, recordedAt increasing, csv rows numbered in order, hidden rate by half ${(100 * h1).toFixed(1)}/${(100 * h2).toFixed(1)} %, present rate by workerId half ${(100 * p1).toFixed(1)}/${(100 * p2).toFixed(1)} % (issues ${r4})`);

  // rule 5
  check(undecidable / trueRows.length < 0.04, `5. undecidable true rows ${undecidable} = ${pct(undecidable, trueRows.length)} (< 4 %)`);

  // theme
  const pf = presentIds.size / registered.length;
  const hf = hiddenRows.length / onsite.length;
  check(pf >= 0.31 && pf <= 0.52 && hf >= 0.15 && hf <= 0.25, `theme: present ${(100 * pf).toFixed(1)} % of register (1/3-1/2), hidden ${(100 * hf).toFixed(1)} % of on-site rows (15-25 %)`);

  // schemas
  const badReg = registered.filter((g) => !RegisteredSchema.safeParse(g).success).length;
  const badOn = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  const extra = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check(badReg === 0 && badOn === 0 && extra === 0, `schemas: zod safeParse on all ${registered.length} registered and ${onsite.length} on-site rows (bad ${badReg}/${badOn}, stray fields ${extra})`);

  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = ser(roster), b = ser(generateTwentyfifth(size, seed)), c = ser(generateTwentyfifth(size, seed + 1));
  check(a === b && a !== c, 'determinism: same seed identical, next seed differs');

  // speed
  let ms = genMs;
  if (size !== 10000) { const s = performance.now(); generateTwentyfifth(10000, seed); ms = performance.now() - s; }
  check(ms < 2000, `speed: 10,000 generated in ${ms.toFixed(0)} ms (< 2000)`);

  console.log(fails.length ? `FAIL (${fails.length}): ${fails.slice(0, 5).join('; ')}` : 'PASS');
  return fails.length === 0;
}

let REG_NID_CACHE: { of: RegisteredWorker[]; set: Set<string> } | null = null;
function REG_NID(registered: RegisteredWorker[]): Set<string> {
  if (REG_NID_CACHE?.of !== registered) REG_NID_CACHE = { of: registered, set: new Set(registered.map((g) => g.nationalId).filter((x): x is string => !!x)) };
  return REG_NID_CACHE.set;
}

if (process.argv[1]?.endsWith('twentyfifth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(1); });
}
