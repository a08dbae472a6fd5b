/**
 * `sixtyfirst`: a garment factory where some workers changed their name.
 *
 * In Cambodia people change their given name (sometimes the whole name) for luck, after an illness,
 * on a fortune-teller's or monk's advice, or on leaving the monkhood, and get a new ID card with the
 * new name; the fund's register keeps the old one. Here 5.5-7 % of the registered workers present
 * on site are listed under a NEW name (a new given name with the family name kept; one in five a
 * wholly new name), with their date of birth and sex unchanged. Their national ID is the OLD card's
 * number for half of them (they kept the old card or the employer copied it) and a NEW card number
 * (unrelated digits, never within one slip of any registered ID) for the other half.
 *
 * Model (rates per seed vary a little around these):
 * - register: `size` workers, ~78 % women; family names Zipf-skewed, given names skewed per sex, so
 *   common full names are shared; national ID on 94 %, NSSF number on 98 %, DOB on 99 %, Latin name
 *   on 85 % (mostly upper case); Khmer names with the fund's own encoding variants now and then.
 * - absent: 4-6 % of registered workers are not on site.
 * - on site: every present worker once, plus hidden workers (6.5-8.5 % of rows). Source id-card /
 *   csv / manual; national ID on ~46 % of rows, NSSF number on ~40 %, DOB on ~80 % (left out mostly
 *   where an ID is there; 1.5 % of ID-less rows have no DOB), sex on ~93 %. Renamed rows: sex 99 %,
 *   DOB 95 %, NSSF 40 %, a card number 95 % (old card half, new card half), mostly from ID cards.
 * - name: Khmer script on ~40 % of rows, Latin on the rest. Latin: any listed romanization, family
 *   and given swapped (12 %), upper / lower case, one typo (one insert/delete/substitute in one word
 *   of 4+ letters, 4 %). Khmer: space, zero-width space or nothing between the words, keyboard
 *   orders (vowel typed before the subscript or the register shifter, nikahit before u), ោ / ើ typed
 *   as two vowels, rarely a swapped order or one dropped code point in a word of 4+ code points.
 * - IDs: one transposed or mistyped digit on ~3 % of IDs (never landing within one slip of another
 *   registered worker's number); DOB day/month swapped on ~3 % of DOBs.
 * - hidden workers: namesakes of registered workers (ruled out by DOB or sex), workers with a
 *   new-looking (lucky) given name like the renamed ones (some the very name a renamed worker now
 *   carries), and others; they carry their own IDs, never a registered one nor one slip from it.
 *
 * Fairness rules (audited by the self-check below):
 * 1. A true row carries only plausible variants of its registered worker: listed spellings, either
 *    order, any case, at most one typo in one word of 4+ letters (Latin) or code points (Khmer),
 *    Khmer encoding variants; IDs exact or one slip; DOB exact or day/month swapped; sex right or
 *    missing. EXTRA variation modelled: the renamed row (new name, and for half of those with an ID a
 *    new card number near no registered number). A renamed row keeps its worker's sex and exact DOB
 *    (never swapped) where it has them; it is decidable only if it carries sex and at least two of
 *    (national ID exact or one slip, NSSF number exact or one slip, DOB exact) agreeing with its
 *    registered worker; renamed rows that carry less are counted as undecidable (rule 5).
 * 2. Registered namesakes (names within one edit of each other in any listed spelling or script)
 *    never share a DOB and are more than a day/month swap or one digit apart.
 * 3. A hidden row either is not within one edit of any spelling of any registered name, or is ruled
 *    out from every registered worker it could pass for by a field present on both sides (sex
 *    differs, DOB more than a swap or one digit apart, national IDs 2+ edits apart). It never carries
 *    a registered national ID or NSSF number, nor one within one slip of one.
 * 4. No leak: rows shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt increasing in row
 *    order, registered worker ids assigned after shuffling the register.
 * 5. Undecidable true rows (renamed rows without the two ties above, or rows another registered
 *    worker fits at least as well with nothing to tell them apart) stay under 4 % of true rows.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN, LUCKY_GIVEN, type GivenName, type NamePart } from './sixtyfirst-names';

export const SIXTYFIRST_LABEL = 'renamed workers: 5.5-7 % of present workers under a new (lucky) name, old or new ID card';

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

const ALL_GIVEN: readonly GivenName[] = [...GIVEN, ...LUCKY_GIVEN];
const NG = ALL_GIVEN.length;
const LUCKY_FROM = GIVEN.length;
const keyOf = (fam: number, given: number) => fam * NG + given;
const famOf = (key: number) => Math.floor(key / NG);
const givenOf = (key: number) => key % NG;

// ---------------------------------------------------------------------------------------------
// Name normalization and one-edit index (shared by the generator and the audit)

const KH_RE = /[\u1780-\u17FF]/;
const ZW_RE = /[\s\u200B\u200C\u200D\uFEFF]/g;

/** Khmer text to one canonical form: no separators, and every keyboard-order variant undone. */
function canonKh(s: string): string {
  return s
    .replace(ZW_RE, '')
    .normalize('NFC')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17A2])/g, '$2$1')
    .replace(/\u17C6\u17BB/g, '\u17BB\u17C6');
}

const normLatin = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const normName = (s: string) => (KH_RE.test(s) ? canonKh(s) : normLatin(s));

const variantCache = new Map<number, string[]>();
/** Every spelling of a full name: both scripts, every listed romanization, either order. */
function variantsOf(key: number): string[] {
  let v = variantCache.get(key);
  if (v) return v;
  const f = FAMILY[famOf(key)];
  const g = ALL_GIVEN[givenOf(key)];
  const set = new Set<string>([canonKh(f.kh + g.kh), canonKh(g.kh + f.kh)]);
  for (const a of f.latin) for (const b of g.latin) { set.add(normLatin(a + b)); set.add(normLatin(b + a)); }
  v = [...set];
  variantCache.set(key, v);
  return v;
}

function within1(a: string, b: string): boolean {
  if (a === b) return true;
  let la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let diff = 0;
    for (let i = 0; i < la; i++) if (a[i] !== b[i] && ++diff > 1) return false;
    return true;
  }
  if (la > lb) { [a, b] = [b, a]; [la, lb] = [lb, la]; }
  let i = 0, j = 0, skipped = false;
  while (i < la && j < lb) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (skipped) return false;
    skipped = true; j++;
  }
  return true;
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** The name keys some spelling of which is within one edit of a normalized name. */
class NameIndex {
  private exact = new Map<string, number[]>();
  private del = new Map<string, number[]>();
  constructor(keys: Iterable<number>) {
    const push = (m: Map<string, number[]>, s: string, k: number) => {
      const a = m.get(s);
      if (a) { if (a[a.length - 1] !== k) a.push(k); } else m.set(s, [k]);
    };
    for (const k of keys) {
      for (const v of variantsOf(k)) {
        push(this.exact, v, k);
        for (const d of deletions(v)) push(this.del, d, k);
      }
    }
  }
  near(q: string): number[] {
    const cand = new Set<number>();
    const add = (a: number[] | undefined) => { if (a) for (const k of a) cand.add(k); };
    add(this.exact.get(q));
    add(this.del.get(q));
    for (const d of deletions(q)) { add(this.exact.get(d)); add(this.del.get(d)); }
    const out: number[] = [];
    for (const k of cand) if (variantsOf(k).some((v) => within1(q, v))) out.push(k);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// IDs and dates

function hamming1(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++d > 1) return false;
  return d === 1;
}

/** Equal, one digit different, or two adjacent digits transposed. */
function idNear(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (hamming1(a, b)) return true;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function idNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

function swapDob(d: string): string | null {
  const day = Number(d.slice(8, 10));
  const month = d.slice(5, 7);
  if (day > 12 || d.slice(8, 10) === month) return null;
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${month}`;
}

/** Same, day/month swapped, or one digit apart. */
function dobNear(a: string, b: string): boolean {
  return a === b || swapDob(a) === b || swapDob(b) === a || hamming1(a, b);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// ---------------------------------------------------------------------------------------------
// Rendering names

interface Flags { [k: string]: number }
const bump = (f: Flags, k: string) => { f[k] = (f[k] ?? 0) + 1; };

function pickRom(r: Rng, xs: readonly string[]): string {
  return xs.length === 1 || r.chance(0.6) ? xs[0] : xs[r.int(1, xs.length - 1)];
}

const LETTERS = 'abcdefghijklmnoprstuvy';

function latinTypo(r: Rng, text: string): string | null {
  const words = text.split(' ');
  const ok = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!ok.length) return null;
  const wi = r.pick(ok);
  const w = words[wi];
  const p = r.int(1, w.length - 1);
  const kind = r.int(0, 2);
  let nw: string;
  if (kind === 0) nw = w.slice(0, p) + w.slice(p + 1);
  else if (kind === 1) nw = w.slice(0, p) + r.pick([...LETTERS]) + w.slice(p);
  else {
    let c = r.pick([...LETTERS]);
    if (c === w[p].toLowerCase()) c = c === 'a' ? 'e' : 'a';
    nw = w.slice(0, p) + c + w.slice(p + 1);
  }
  words[wi] = nw;
  return words.join(' ');
}

function khTypo(r: Rng, kh: string): string | null {
  const cps = [...kh];
  if (cps.length < 4) return null;
  for (let t = 0; t < 6; t++) {
    const c = [...cps];
    c.splice(r.int(1, cps.length - 1), 1);
    const out = c.join('');
    // a dropped code point that would leave a sign out of order is not one typo but a garble
    if (canonKh(out) === out) return out;
  }
  return null;
}

/** Keyboard-order and composition variants of canonical Khmer (canonKh undoes each). */
function khEncoding(r: Rng, kh: string, f: Flags, pOrder: number, pDecomp: number): string {
  let s = kh;
  if (r.chance(pOrder)) {
    const opts: ((t: string) => string)[] = [];
    if (/\u17D2[\u1780-\u17A2][\u17B6-\u17C5]/.test(s)) opts.push((t) => t.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g, '$2$1'));
    if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(s)) opts.push((t) => t.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1'));
    if (/\u17BB\u17C6/.test(s)) opts.push((t) => t.replace(/\u17BB\u17C6/g, '\u17C6\u17BB'));
    if (opts.length) { s = r.pick(opts)(s); bump(f, 'kh keyboard order'); }
  }
  if (r.chance(pDecomp) && /[\u17C4\u17BE]/.test(s)) {
    s = s.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8');
    bump(f, 'kh vowel typed as two');
  }
  return s;
}

function renderKhmer(r: Rng, fam: NamePart, given: NamePart, f: Flags): string {
  bump(f, 'script khmer');
  let a = fam.kh, b = given.kh;
  if (r.chance(0.04)) { [a, b] = [b, a]; bump(f, 'order swapped'); }
  if (r.chance(0.015)) {
    const pickB = b.length >= a.length ? true : r.chance(0.5);
    const t = khTypo(r, pickB ? b : a);
    if (t) {
      if (pickB) b = t; else a = t;
      bump(f, 'typo');
      return a + ' ' + b;
    }
  }
  a = khEncoding(r, a, f, 0.25, 0.3);
  b = khEncoding(r, b, f, 0.25, 0.3);
  const u = r.next();
  if (u < 0.62) return a + ' ' + b;
  if (u < 0.86) { bump(f, 'kh zero-width space'); return a + '\u200B' + b; }
  bump(f, 'kh no separator');
  return a + b;
}

function renderLatin(r: Rng, fam: NamePart, given: NamePart, f: Flags): string {
  bump(f, 'script latin');
  const rf = pickRom(r, fam.latin);
  const rg = pickRom(r, given.latin);
  if (rg !== given.latin[0] || rf !== fam.latin[0]) bump(f, 'other romanization');
  let text = rf + ' ' + rg;
  if (r.chance(0.12)) { text = rg + ' ' + rf; bump(f, 'order swapped'); }
  if (r.chance(0.04)) {
    const t = latinTypo(r, text);
    if (t) { text = t; bump(f, 'typo'); }
  }
  const u = r.next();
  if (u < 0.35) { bump(f, 'upper case'); return text.toUpperCase(); }
  if (u < 0.43) { bump(f, 'lower case'); return text.toLowerCase(); }
  return text;
}

// ---------------------------------------------------------------------------------------------
// The generator

interface Person {
  key: number;
  sex: Sex;
  dob: string;
  regDob: string | null;
  nid: string;
  regNid: string | null;
  nssf: string;
  regNssf: string | null;
  nameKh: string;
  nameLatin: string | null;
  hireDate: string;
  wage: number | null;
  present: boolean;
  workerId: string;
}

interface Row {
  name: string;
  nid: string | null;
  nssf: string | null;
  sex: Sex | null;
  dob: string | null;
  source: Source;
  truth: Person | null;
  kind: string;
}

interface Built {
  roster: Roster;
  flags: Flags;
}

function build(size: number, seed: number): Built {
  const r = rng(seed * 2654435761 + 61);
  const flags: Flags = {};

  // --- IDs: every number ever issued stays 2+ slips from every other one.
  const nidTaken = new Set<string>();
  const nssfTaken = new Set<string>();
  const fresh = (taken: Set<string>, make: () => string) => {
    for (;;) {
      const s = make();
      if (taken.has(s) || idNeighbours(s).some((n) => taken.has(n))) continue;
      taken.add(s);
      return s;
    }
  };
  const freshNid = () => fresh(nidTaken, () => String(r.int(0, 2)) + pad(r.int(0, 99_999_999), 8));
  const freshNssf = () => fresh(nssfTaken, () => '1' + pad(r.int(0, 999_999_999), 9));
  /** One slip of `s` that lies within one slip of no other issued number; null if none found. */
  const slip = (s: string, taken: Set<string>): string | null => {
    for (let t = 0; t < 12; t++) {
      let out: string;
      const i = r.int(0, s.length - 2);
      if (r.chance(0.5) && s[i] !== s[i + 1]) out = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
      else {
        const j = r.int(0, s.length - 1);
        let d = String(r.int(0, 9));
        if (d === s[j]) d = String((Number(d) + 1) % 10);
        out = s.slice(0, j) + d + s.slice(j + 1);
      }
      if (taken.has(out)) continue;
      if (idNeighbours(out).some((n) => n !== s && taken.has(n))) continue;
      return out;
    }
    return null;
  };

  const randomDob = (): string => {
    const y = 1972 + Math.floor(35 * r.next() ** 0.75);
    const m = r.int(1, 12);
    return `${y}-${pad(m, 2)}-${pad(r.int(1, daysIn(y, m)), 2)}`;
  };

  // --- The register: names first (so namesake groups are known), then DOBs.
  const famSkew = 1.8;
  const F_POOL = GIVEN.map((g, i) => ({ g, i })).filter((x) => x.g.sex !== 'M').map((x) => x.i);
  const M_POOL = GIVEN.map((g, i) => ({ g, i })).filter((x) => x.g.sex !== 'F').map((x) => x.i);
  const LUCKY_F = LUCKY_GIVEN.map((g, i) => ({ g, i: i + LUCKY_FROM })).filter((x) => x.g.sex !== 'M').map((x) => x.i);
  const LUCKY_M = LUCKY_GIVEN.map((g, i) => ({ g, i: i + LUCKY_FROM })).filter((x) => x.g.sex !== 'F').map((x) => x.i);
  const pickFamily = () => FAMILY.indexOf(r.pickSkewed(FAMILY, famSkew));
  const pickGiven = (sex: Sex, lucky: boolean) =>
    lucky ? r.pick(sex === 'F' ? LUCKY_F : LUCKY_M) : r.pickSkewed(sex === 'F' ? F_POOL : M_POOL, 1.4);

  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(0.78) ? 'F' : 'M';
    const key = keyOf(pickFamily(), pickGiven(sex, r.chance(0.04)));
    people.push({
      key, sex, dob: '', regDob: null, nid: '', regNid: null, nssf: '', regNssf: null,
      nameKh: '', nameLatin: null, hireDate: '', wage: null, present: true, workerId: '',
    });
  }
  const regKeys = new Set(people.map((p) => p.key));
  const index = new NameIndex(regKeys);
  const nearKeys = new Map<number, number[]>();
  const nearKeysOf = (k: number) => {
    let v = nearKeys.get(k);
    if (!v) {
      const s = new Set<number>();
      for (const q of variantsOf(k)) for (const n of index.near(q)) s.add(n);
      v = [...s];
      nearKeys.set(k, v);
    }
    return v;
  };
  const dobsByKey = new Map<number, string[]>();
  const byKey = new Map<number, Person[]>();
  for (const p of people) {
    const group = nearKeysOf(p.key);
    let dob = randomDob();
    for (let t = 0; t < 400; t++) {
      if (!group.some((k) => (dobsByKey.get(k) ?? []).some((d) => dobNear(d, dob)))) break;
      dob = randomDob();
    }
    p.dob = dob;
    (dobsByKey.get(p.key) ?? dobsByKey.set(p.key, []).get(p.key)!).push(dob);
    (byKey.get(p.key) ?? byKey.set(p.key, []).get(p.key)!).push(p);
    p.regDob = r.chance(0.99) ? dob : null;
    p.nid = freshNid();
    p.regNid = r.chance(0.94) ? p.nid : null;
    p.nssf = freshNssf();
    p.regNssf = r.chance(0.98) ? p.nssf : null;
    const fam = FAMILY[famOf(p.key)], given = ALL_GIVEN[givenOf(p.key)];
    const regFlags: Flags = {};
    const u = r.next();
    const sep = u < 0.85 ? ' ' : u < 0.95 ? '\u200B' : '';
    p.nameKh = khEncoding(r, fam.kh, regFlags, 0.08, 0.05) + sep + khEncoding(r, given.kh, regFlags, 0.08, 0.05);
    if (r.chance(0.85)) {
      const lat = pickRom(r, fam.latin) + ' ' + pickRom(r, given.latin);
      p.nameLatin = r.chance(0.7) ? lat.toUpperCase() : lat;
    }
    const by = Number(dob.slice(0, 4)) + 18;
    const hy = r.int(Math.max(2012, by), 2024);
    const hm = r.int(1, 12);
    p.hireDate = `${hy}-${pad(hm, 2)}-${pad(r.int(1, daysIn(hy, hm)), 2)}`;
    p.wage = r.chance(0.95) ? r.int(780, 1600) * 1000 : null;
  }
  const absentRate = 0.04 + 0.02 * r.next();
  for (const p of people) p.present = !r.chance(absentRate);
  const present = people.filter((p) => p.present);

  const ruledOut = (row: Row, w: Person) =>
    (row.sex !== null && row.sex !== w.sex) ||
    (row.dob !== null && w.regDob !== null && !dobNear(row.dob, w.regDob)) ||
    (row.nid !== null && w.regNid !== null && !idNear(row.nid, w.regNid));
  const namesakesOf = (name: string) => index.near(normName(name)).flatMap((k) => byKey.get(k) ?? []);

  const render = (fam: NamePart, given: NamePart, script: number) =>
    r.chance(script) ? renderKhmer(r, fam, given, flags) : renderLatin(r, fam, given, flags);

  // --- On-site rows of registered workers.
  const rows: Row[] = [];
  const renamedRate = 0.055 + 0.015 * r.next();
  const toRename = new Set(r.shuffle([...present]).slice(0, Math.round(renamedRate * present.length)));
  const renamedRows: { row: Row; key: number }[] = [];
  for (const p of present) {
    const fam = FAMILY[famOf(p.key)], given = ALL_GIVEN[givenOf(p.key)];
    if (toRename.has(p)) {
      const whole = r.chance(0.2);
      let newKey = -1;
      let name = '';
      for (let t = 0; t < 50; t++) {
        const nf = whole ? pickFamily() : famOf(p.key);
        if (whole && nf === famOf(p.key)) continue;
        const ng = pickGiven(p.sex, r.chance(0.6));
        if (ng === givenOf(p.key)) continue;
        const k = keyOf(nf, ng);
        // the new name must really differ: not within one edit of any spelling of the old one
        if (variantsOf(k).some((v) => index.near(v).includes(p.key))) continue;
        newKey = k;
        name = render(FAMILY[nf], ALL_GIVEN[ng], 0.4);
        if (index.near(normName(name)).includes(p.key)) { newKey = -1; continue; }
        break;
      }
      if (newKey >= 0) {
        const u = r.next();
        const source: Source = u < 0.6 ? 'id-card' : u < 0.9 ? 'csv' : 'manual';
        let nid: string | null = null;
        if (r.chance(0.95)) {
          if (r.chance(0.5)) {
            nid = p.nid; bump(flags, 'renamed: old card number');
            if (r.chance(0.03)) { const s = slip(p.nid, nidTaken); if (s) { nid = s; bump(flags, 'national ID slip'); } }
          } else { nid = freshNid(); bump(flags, 'renamed: new card number'); }
        } else bump(flags, 'renamed: no card number');
        let nssf: string | null = null;
        if (r.chance(0.4)) {
          nssf = p.nssf;
          if (r.chance(0.03)) { const s = slip(p.nssf, nssfTaken); if (s) { nssf = s; bump(flags, 'NSSF slip'); } }
        }
        const row: Row = {
          name, nid, nssf, source, truth: p, kind: whole ? 'renamed (whole name)' : 'renamed (given name)',
          sex: r.chance(0.99) ? p.sex : null,
          dob: r.chance(0.95) ? p.dob : null,
        };
        rows.push(row);
        renamedRows.push({ row, key: newKey });
        continue;
      }
    }
    const u = r.next();
    const source: Source = u < 0.25 ? 'id-card' : u < 0.75 ? 'csv' : 'manual';
    // DOB is left out mostly where a number is there instead (a sheet with an NSSF column and no
    // DOB column, a quick manual entry off the card's number); a row with no ID almost always has it.
    const P = source === 'id-card' ? { kh: 0.5, nid: 1, nssf: 0.25, dobMissing: 0.05, sex: 1 }
      : source === 'csv' ? { kh: 0.35, nid: 0.3, nssf: 0.6, dobMissing: 0.42, sex: 0.92 }
      : { kh: 0.4, nid: 0.15, nssf: 0.25, dobMissing: 0.45, sex: 0.85 };
    const name = render(fam, given, P.kh);
    let nid = r.chance(P.nid) ? p.nid : null;
    if (nid && r.chance(0.03)) { const s = slip(nid, nidTaken); if (s) { nid = s; bump(flags, 'national ID slip'); } }
    let nssf = r.chance(P.nssf) ? p.nssf : null;
    if (nssf && r.chance(0.03)) { const s = slip(nssf, nssfTaken); if (s) { nssf = s; bump(flags, 'NSSF slip'); } }
    let dob = r.chance(nid || nssf ? P.dobMissing : 0.015) ? null : p.dob;
    if (dob && r.chance(0.07)) { const s = swapDob(dob); if (s) { dob = s; bump(flags, 'DOB day/month swap'); } }
    rows.push({ name, nid, nssf, dob, source, truth: p, kind: 'registered', sex: r.chance(P.sex) ? p.sex : null });
  }

  // --- Hidden workers.
  const trueCount = rows.length;
  const hiddenShare = 0.065 + 0.02 * r.next();
  const hiddenCount = Math.round((trueCount * hiddenShare) / (1 - hiddenShare));
  for (let h = 0; h < hiddenCount; h++) {
    let done: Row | null = null;
    for (let attempt = 0; attempt < 60 && !done; attempt++) {
      const u = r.next();
      let kind: string, sex: Sex, key: number;
      if (u < 0.45 || attempt >= 40) {
        const w = r.pick(people);
        kind = 'hidden namesake';
        key = w.key;
        const g = ALL_GIVEN[givenOf(key)];
        sex = g.sex === 'U' ? (r.chance(0.7) ? w.sex : w.sex === 'F' ? 'M' : 'F') : w.sex;
      } else if (u < 0.7 && renamedRows.length) {
        kind = 'hidden new-looking name';
        const rr = r.pick(renamedRows);
        sex = rr.row.truth!.sex;
        key = r.chance(0.5) ? rr.key : keyOf(famOf(rr.key), pickGiven(sex, true));
      } else {
        kind = 'hidden other';
        sex = r.chance(0.75) ? 'F' : 'M';
        key = keyOf(pickFamily(), pickGiven(sex, r.chance(0.08)));
      }
      const v = r.next();
      const source: Source = v < 0.25 ? 'id-card' : v < 0.75 ? 'csv' : 'manual';
      const row: Row = {
        name: render(FAMILY[famOf(key)], ALL_GIVEN[givenOf(key)], source === 'csv' ? 0.35 : 0.45),
        nid: source === 'id-card' || r.chance(0.2) ? '' : null,
        nssf: r.chance(0.04) ? '' : null,
        sex: r.chance(0.92) ? sex : null,
        dob: r.chance(0.85) ? randomDob() : null,
        source, truth: null, kind,
      };
      const cands = namesakesOf(row.name);
      if (cands.some((w) => !ruledOut(row, w))) {
        // a namesake: hold it apart by a DOB that is clearly not any of theirs, and give its sex
        row.sex = sex;
        for (let t = 0; t < 40; t++) {
          const d = randomDob();
          if (cands.every((w) => !w.regDob || !dobNear(d, w.regDob))) { row.dob = d; break; }
        }
        if (cands.some((w) => !ruledOut(row, w))) continue;
      }
      if (row.nid === '') row.nid = freshNid();
      if (row.nssf === '') row.nssf = freshNssf();
      done = row;
    }
    if (done) rows.push(done);
  }

  // --- Shuffle, then number everything (rule 4).
  r.shuffle(people);
  people.forEach((p, i) => { p.workerId = `W${pad(i + 1, 6)}`; });
  r.shuffle(rows);
  const uuid = () => {
    const b: number[] = [];
    for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hx = b.map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hx.slice(0, 8)}-${hx.slice(8, 12)}-${hx.slice(12, 16)}-${hx.slice(16, 20)}-${hx.slice(20)}`;
  };
  let t = Date.UTC(2025, 2, 11, 1, 15, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const row of rows) {
    t += r.int(8, 75) * 1000;
    const id = uuid();
    onsite.push({
      id,
      visitId: 'visit-sixtyfirst',
      name: row.name,
      nationalId: row.nid,
      nssfNumber: row.nssf,
      sex: row.sex,
      dateOfBirth: row.dob,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.truth ? row.truth.workerId : null);
    bump(flags, `kind: ${row.kind}`);
  }
  const registered: RegisteredWorker[] = people.map((p) => ({
    workerId: p.workerId,
    nssfNumber: p.regNssf,
    nationalId: p.regNid,
    nameKh: p.nameKh,
    nameLatin: p.nameLatin,
    sex: p.sex,
    dateOfBirth: p.regDob,
    hireDate: p.hireDate,
    wageRiel: p.wage,
  }));
  flags['absent registered'] = people.length - present.length;
  return { roster: { registered, onsite, truth }, flags };
}

export function generateSixtyfirst(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check: `npx tsx test/bench/sixtyfirst.ts 10000 1`

async function selfCheck(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsiteSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const { roster, flags } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => { console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)} %`;

  // The audit works from the roster alone: each registered name is read back from its Khmer text.
  const keyByKh = new Map<string, number>();
  for (let f = 0; f < FAMILY.length; f++) for (let g = 0; g < NG; g++) keyByKh.set(canonKh(FAMILY[f].kh + ALL_GIVEN[g].kh), keyOf(f, g));
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const keyOfWorker = new Map<string, number>();
  let unreadable = 0;
  for (const w of registered) {
    const k = keyByKh.get(canonKh(w.nameKh));
    if (k === undefined) unreadable++; else keyOfWorker.set(w.workerId, k);
  }
  const workersByKey = new Map<number, RegisteredWorker[]>();
  for (const w of registered) {
    const k = keyOfWorker.get(w.workerId)!;
    (workersByKey.get(k) ?? workersByKey.set(k, []).get(k)!).push(w);
  }
  const idx = new NameIndex(workersByKey.keys());
  const nidOwners = new Map<string, string>();
  const nssfOwners = new Map<string, string>();
  for (const w of registered) {
    if (w.nationalId) nidOwners.set(w.nationalId, w.workerId);
    if (w.nssfNumber) nssfOwners.set(w.nssfNumber, w.workerId);
  }
  const nearOwners = (id: string | null, owners: Map<string, string>) => {
    if (!id) return [] as string[];
    const out = new Set<string>();
    for (const n of [id, ...idNeighbours(id)]) { const o = owners.get(n); if (o) out.add(o); }
    return [...out];
  };

  const hidden = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const rate = (f: (o: OnsiteWorker) => boolean, xs = onsite) => pct(xs.filter(f).length, xs.length);
  console.log(`sixtyfirst ${size}/${seed}: ${SIXTYFIRST_LABEL}`);
  console.log(`  registered ${registered.length}, absent ${flags['absent registered']} (${pct(flags['absent registered'], registered.length)}), on site ${onsite.length}, true ${trueRows.length}, hidden ${hidden.length} (${pct(hidden.length, onsite.length)})`);
  console.log(`  fields on site: national ID ${rate((o) => !!o.nationalId)}, NSSF ${rate((o) => !!o.nssfNumber)}, DOB ${rate((o) => !!o.dateOfBirth)}, sex ${rate((o) => !!o.sex)}; sources id-card ${rate((o) => o.source === 'id-card')}, csv ${rate((o) => o.source === 'csv')}, manual ${rate((o) => o.source === 'manual')}`);
  const sharedName = [...workersByKey.values()].filter((ws) => ws.length > 1).reduce((a, ws) => a + ws.length, 0);
  console.log(`  register: ${workersByKey.size} distinct full names, ${pct(sharedName, registered.length)} of workers share theirs with another; national ID ${pct(registered.filter((w) => !!w.nationalId).length, registered.length)}, Latin name ${pct(registered.filter((w) => !!w.nameLatin).length, registered.length)}`);
  const renamedTotal = Object.entries(flags).filter(([k]) => k.startsWith('kind: renamed')).reduce((a, [, v]) => a + v, 0);
  console.log(`  renamed rows ${renamedTotal} (${pct(renamedTotal, trueRows.length)} of present workers)`);
  for (const k of Object.keys(flags).sort()) if (k !== 'absent registered') console.log(`    ${k.padEnd(30)} ${String(flags[k]).padStart(6)}  ${pct(flags[k], onsite.length)} of rows`);

  console.log('audit');
  check(unreadable === 0, `every registered Khmer name reads back to a listed name (${unreadable} not)`);
  for (const n of [...FAMILY, ...ALL_GIVEN]) if (canonKh(n.kh) !== n.kh) failures.push(`name list not canonical: ${n.kh}`);
  check(!failures.some((f) => f.startsWith('name list')), 'name lists are in canonical Khmer');

  // Rule 1 and rule 5 (per true row).
  let bad1 = 0, renamed = 0, renamedUntied = 0, renamedConflict = 0, ambiguous = 0;
  const bad1Examples: string[] = [];
  for (const o of trueRows) {
    const a = regById.get(truth.get(o.id)!)!;
    const q = normName(o.name);
    const nameKeys = idx.near(q);
    const nameOk = nameKeys.includes(keyOfWorker.get(a.workerId)!);
    const contra = (w: RegisteredWorker) =>
      (o.sex !== null && w.sex !== null && o.sex !== w.sex) ||
      (o.dateOfBirth !== null && w.dateOfBirth !== null && !dobNear(o.dateOfBirth, w.dateOfBirth)) ||
      (o.nationalId !== null && w.nationalId !== null && !idNear(o.nationalId, w.nationalId)) ||
      (o.nssfNumber !== null && w.nssfNumber !== null && !idNear(o.nssfNumber, w.nssfNumber));
    const evidence = (w: RegisteredWorker) =>
      (o.nationalId && w.nationalId && idNear(o.nationalId, w.nationalId) ? 1 : 0) +
      (o.nssfNumber && w.nssfNumber && idNear(o.nssfNumber, w.nssfNumber) ? 1 : 0) +
      (o.dateOfBirth && w.dateOfBirth && (o.dateOfBirth === w.dateOfBirth || swapDob(w.dateOfBirth) === o.dateOfBirth) ? 1 : 0);
    const others = nameKeys.flatMap((k) => workersByKey.get(k) ?? []).filter((w) => w.workerId !== a.workerId && !contra(w));
    if (nameOk) {
      if (contra(a)) { bad1++; if (bad1Examples.length < 3) bad1Examples.push(`${o.name} vs ${a.nameKh}`); }
      const ea = evidence(a);
      if (others.some((w) => evidence(w) >= ea)) ambiguous++;
    } else {
      renamed++;
      // fair fields: sex right or missing, DOB exact or missing, NSSF near or missing,
      // national ID near the old one or a new card number near no registered one
      const idOk = !o.nationalId || (a.nationalId ? idNear(o.nationalId, a.nationalId) : false) || nearOwners(o.nationalId, nidOwners).length === 0;
      const ok = (!o.sex || o.sex === a.sex) && (!o.dateOfBirth || !a.dateOfBirth || o.dateOfBirth === a.dateOfBirth) &&
        (!o.nssfNumber || !a.nssfNumber || idNear(o.nssfNumber, a.nssfNumber)) && idOk;
      if (!ok) { bad1++; if (bad1Examples.length < 3) bad1Examples.push(`renamed ${o.name} vs ${a.nameKh}`); }
      const ties = (o.nationalId && a.nationalId && idNear(o.nationalId, a.nationalId) ? 1 : 0) +
        (o.nssfNumber && a.nssfNumber && idNear(o.nssfNumber, a.nssfNumber) ? 1 : 0) +
        (o.dateOfBirth && a.dateOfBirth && o.dateOfBirth === a.dateOfBirth ? 1 : 0);
      if (ties < 2 || o.sex !== a.sex) renamedUntied++;
      else if (others.length) renamedConflict++;
    }
    // IDs never point at anyone else
    const nidO = nearOwners(o.nationalId, nidOwners), nssfO = nearOwners(o.nssfNumber, nssfOwners);
    if (nidO.some((x) => x !== a.workerId) || nssfO.some((x) => x !== a.workerId)) { bad1++; if (bad1Examples.length < 3) bad1Examples.push(`ID of another: ${o.name}`); }
  }
  check(bad1 === 0, `rule 1: true rows carry only plausible variants (${bad1} not${bad1Examples.length ? ': ' + bad1Examples.join('; ') : ''})`);
  check(renamed === renamedTotal, `rule 1: rows off their registered name are exactly the renamed rows (${renamed} vs ${renamedTotal})`);

  // Rule 2.
  let bad2 = 0;
  for (const [k, ws] of workersByKey) {
    const group = new Set<number>();
    for (const v of variantsOf(k)) for (const n of idx.near(v)) group.add(n);
    for (const a of ws) {
      if (!a.dateOfBirth) continue;
      for (const g of group) for (const b of workersByKey.get(g) ?? []) {
        if (b.workerId <= a.workerId || !b.dateOfBirth) continue;
        if (dobNear(a.dateOfBirth, b.dateOfBirth)) bad2++;
      }
    }
  }
  check(bad2 === 0, `rule 2: registered namesakes' DOBs are more than a swap or one digit apart (${bad2} pairs not)`);
  let idPairs = 0;
  for (const w of registered) {
    if (nearOwners(w.nationalId, nidOwners).length > 1) idPairs++;
    if (nearOwners(w.nssfNumber, nssfOwners).length > 1) idPairs++;
  }
  check(idPairs === 0, `rule 2: registered IDs are 2+ slips apart (${idPairs} not)`);

  // Rule 3.
  let bad3 = 0, hiddenNamesakes = 0;
  for (const o of hidden) {
    if (nearOwners(o.nationalId, nidOwners).length || nearOwners(o.nssfNumber, nssfOwners).length) { bad3++; continue; }
    const cands = idx.near(normName(o.name)).flatMap((k) => workersByKey.get(k) ?? []);
    if (cands.length) hiddenNamesakes++;
    for (const w of cands) {
      const out = (o.sex !== null && w.sex !== null && o.sex !== w.sex) ||
        (o.dateOfBirth !== null && w.dateOfBirth !== null && !dobNear(o.dateOfBirth, w.dateOfBirth)) ||
        (o.nationalId !== null && w.nationalId !== null && !idNear(o.nationalId, w.nationalId));
      if (!out) { bad3++; break; }
    }
  }
  check(bad3 === 0, `rule 3: hidden rows are ruled out from every registered worker they could pass for (${bad3} not; ${hiddenNamesakes} of ${hidden.length} hidden have a registered namesake)`);
  check(hidden.length / onsite.length >= 0.06 && hidden.length / onsite.length <= 0.09, `hidden share 6-9 % (${pct(hidden.length, onsite.length)})`);
  check(renamed / trueRows.length >= 0.045 && renamed / trueRows.length <= 0.085, `renamed share ~5-8 % of present workers (${pct(renamed, trueRows.length)})`);

  // Rule 4.
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt increases in row order');
  check(registered.every((w, i) => w.workerId === `W${pad(i + 1, 6)}`), 'rule 4: worker ids numbered in (shuffled) register order');
  const meanPos = (xs: number[], n: number) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length) / n;
  const hiddenPos = meanPos(onsite.map((o, i) => (truth.get(o.id) === null ? i : -1)).filter((i) => i >= 0), onsite.length);
  let up = 0, pairs = 0;
  for (let i = 1; i < trueRows.length; i++) { pairs++; if (truth.get(trueRows[i].id)! > truth.get(trueRows[i - 1].id)!) up++; }
  const presentIds = new Set([...truth.values()]);
  const absentAt = registered.map((w, i) => (presentIds.has(w.workerId) ? -1 : i)).filter((i) => i >= 0);
  const absentPos = meanPos(absentAt, registered.length);
  // each within 4 standard errors of what a fair shuffle gives
  check(Math.abs(hiddenPos - 0.5) < 4 * 0.289 / Math.sqrt(hidden.length) && Math.abs(up / pairs - 0.5) < 4 * 0.5 / Math.sqrt(pairs) &&
    Math.abs(absentPos - 0.5) < 4 * 0.289 / Math.sqrt(Math.max(1, absentAt.length)),
    `rule 4: no order leak (hidden mean position ${hiddenPos.toFixed(3)}, true rows in worker-id order ${(up / pairs).toFixed(3)}, absent mean position ${absentPos.toFixed(3)})`);

  // Rule 5.
  const undecidable = renamedUntied + renamedConflict + ambiguous;
  console.log(`  undecidable true rows: renamed without two ties + sex ${renamedUntied}, renamed whose new name fits another unexcluded worker ${renamedConflict}, namesake ties ${ambiguous}`);
  check(undecidable / trueRows.length < 0.04, `rule 5: undecidable true rows under 4 % (${undecidable} = ${pct(undecidable, trueRows.length)} of true rows, ${pct(undecidable, onsite.length)} of all rows)`);

  // Schemas.
  const badReg = registered.filter((w) => !RegSchema.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  check(badReg === 0 && badOn === 0, `schemas: every RegisteredWorker / OnsiteWorker parses (${badReg} / ${badOn} not)`);
  check(truth.size === onsite.length && [...truth.values()].every((v) => v === null || regById.has(v)), 'truth covers every on-site row and names real workers');

  // Determinism and time.
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateSixtyfirst(size, seed);
  check(dump(again) === dump(roster), 'deterministic: same seed, identical roster');
  check(dump(generateSixtyfirst(size, seed + 1)) !== dump(roster), 'another seed gives another roster');
  let ms = genMs;
  if (size !== 10000) { const t1 = performance.now(); generateSixtyfirst(10000, seed); ms = performance.now() - t1; }
  check(ms < 2000, `10,000 generate in under 2 s (${ms.toFixed(0)} ms)`);

  console.log(failures.length ? `FAIL (${failures.length})` : 'PASS');
  if (failures.length) process.exit(1);
}

if (process.argv[1]?.endsWith('sixtyfirst.ts')) {
  selfCheck().catch((e) => { console.error(e); process.exit(1); });
}
