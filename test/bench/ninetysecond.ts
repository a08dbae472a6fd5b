/**
 * `ninetysecond`: a grader's roster with compounded variations.
 *
 * Written blind, from the product text only. It models the variations that text lists and
 * nothing else, but draws each one independently per row, so that on a real-looking sheet a row
 * often carries several at once: a payroll row can be upper case, family/given swapped, in another
 * romanization and carry a typo; a Khmer row can be in another keyboard's code point order, use a
 * zero-width space, and also have a slipped ID and a day/month-swapped date of birth.
 *
 * CHOSEN RATES (per on-site row, each drawn independently)
 *   Register      absent registered workers 5 %; Latin name missing on the register 18 %;
 *                 national ID missing 8 %; NSSF number, sex, date of birth always there;
 *                 register Latin spelling uses a non-first romanization of a word 30 % per word.
 *   Rows          hidden workers 7 % of on-site rows, 60 % of them drawn as namesakes of a
 *                 registered worker; the rest drawn from the same name distribution and kept only
 *                 if the name passes for nobody (40 tries). The register is dense in names, so
 *                 in the end ≈ 80 % (1,000) to ≈ 97 % (10,000) of hidden rows are namesakes (or one
 *                 edit from one), told apart by date of birth (which those rows therefore carry);
 *                 sources csv 50 % / manual 42 % / id-card 8 %; Latin script on 70 % of csv rows,
 *                 45 % of manual rows, 0 % of id-card rows (≈ 54 % Latin overall).
 *   Latin rows    other romanization of one or both words 42 %, family/given swapped 28 %,
 *                 UPPER CASE 35 % (lower case 5 %), one typo in one word of 4+ letters 18 %.
 *                 A Latin row whose register entry has no Latin name is cross-script (≈ 18 %).
 *   Khmer rows    another keyboard's code point order 55 % (where the name has a site for it:
 *                 vowel typed before a subscript, vowel before a register shifter, nikahit
 *                 before u-vowels), zero-width space instead of the space 45 %, swapped 15 %.
 *                 NFC/NFD is also part of the product text, but both forms are byte-identical for
 *                 Khmer (no canonical decompositions), so it is not counted as a variation.
 *   Fields        national ID shown 50 % (one slip in 15 % of those), NSSF number shown 30 %
 *                 (one slip 15 %), DOB shown 95 % (day/month swapped in 35 % of those that can
 *                 be swapped), sex shown 88 %. id-card rows always carry ID, DOB and sex exactly.
 *   Compounding   with these rates ≈ 42 % of true rows carry 2+ variations and ≈ 2-2.5 % carry 4+
 *                 (measured by the self-check, which recounts variations from the output alone).
 *
 * FAIRNESS RULES (audited by the self-check below)
 *   1. A true row carries only plausible variants of its registered worker: listed romanizations,
 *      either order, any case, at most one typo in one word of 4+ letters, Khmer encoding variants
 *      (code point order, ZWSP for the space); IDs exact or one slip (adjacent transposition or
 *      one mistyped digit); DOB exact or day/month swapped; sex right or missing. The only extra
 *      thing modelled is the compounding itself: any of these together on one row. Rows stay
 *      recognisable because every change is bounded per field and the name keeps its words.
 *   2. Registered namesakes (same Khmer family+given words, hence same full name in any spelling)
 *      never share a DOB and their DOBs are more than a swap or one digit apart (also from each
 *      other's swap); all registered national IDs and NSSF numbers are pairwise 2+ edits apart.
 *   3. A hidden row either passes for nobody by name (not within one edit of any spelling variant
 *      of any registered name, either order), or is ruled out from every registered worker it
 *      could pass for by a field present on both sides (sex differs, DOB more than a swap/one digit
 *      apart, national ID or NSSF number 2+ edits apart). Hidden rows that carry an NSSF number
 *      (5 %, a former employer's) carry one 2+ edits from every registered number.
 *   4. Nothing leaks the truth: rows shuffled, on-site ids random v4 UUIDs from the seeded PRNG,
 *      recordedAt increasing in row order, registered workerIds assigned after shuffling.
 *   5. Undecidable true rows (another registered worker they could pass for, not ruled out by
 *      any field present on both sides) stay under 4 %.
 *
 * Run `npx tsx test/bench/ninetysecond.ts 10000 1` for the roster's shape and the audit.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_NAMES, GIVEN_NAMES, type NameWord } from './ninetysecond-names';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';

export const NINETYSECOND_LABEL =
  'grader: listed variations compounded per row (translit+swap+case+typo, keyboard order+ZWSP+ID slip+DOB swap), namesake hidden';

const RATES = {
  absent: 0.05,
  hiddenShare: 0.07,
  hiddenNamesake: 0.6,
  hiddenNssf: 0.05,
  regLatinMissing: 0.18,
  regNidMissing: 0.08,
  regRomanAlt: 0.3,
  femaleShare: 0.6,
  srcCsv: 0.5,
  srcManual: 0.42, // id-card takes the rest
  latinOnCsv: 0.7,
  latinOnManual: 0.45,
  translit: 0.42,
  swapLatin: 0.28,
  upper: 0.35,
  lower: 0.05,
  typo: 0.18,
  khOrder: 0.55,
  zwsp: 0.45,
  swapKhmer: 0.15,
  nidShown: 0.5,
  nidShownNoReg: 0.2,
  nidSlip: 0.15,
  nssfShown: 0.3,
  nssfSlip: 0.15,
  dobShown: 0.95,
  dobSwap: 0.35,
  sexShown: 0.88,
} as const;

const VISIT_ID = 'visit-ninetysecond';
const ZWSP = '\u200B';
const KHMER_RE = /[\u1780-\u17FF]/;

// ---------------------------------------------------------------------------------------------
// Small helpers shared by the generator and the audit

/** True when a and b are at most one edit apart (insert, delete, substitute, adjacent swap). */
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

function swapDayMonth(d: string): string | null {
  const [y, m, day] = d.split('-');
  if (Number(day) > 12 || day === m) return null;
  return `${y}-${day}-${m}`;
}

/** Equal, day/month swapped, or one digit apart. */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDayMonth(a) === b) return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

/** Rule 2's stricter spacing for namesakes: not close, nor close to the other's swap. */
function dobFar(a: string, b: string): boolean {
  if (dobClose(a, b)) return false;
  const sa = swapDayMonth(a);
  const sb = swapDayMonth(b);
  return !(sa && dobClose(sa, b)) && !(sb && dobClose(a, sb));
}

export function normalizeKhmer(s: string): string {
  return s
    .replace(/\u200B/g, ' ')
    .replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17A2])/g, '$2$1')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/(\u17C6)([\u17BB-\u17BD])/g, '$2$1')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The order some keyboards produce: vowel before a subscript or a shifter, nikahit before u. */
function keyboardOrder(s: string): string {
  return s
    .replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g, '$2$1')
    .replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1')
    .replace(/([\u17BB-\u17BD])(\u17C6)/g, '$2$1');
}

function normLatin(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

const nameKey = (fam: number, giv: number) => fam * 1000 + giv;

interface Variant {
  key: number;
  text: string;
  khmer: boolean;
  swapped: boolean;
  /** Latin only: the family-first lower-case spelling this variant reorders. */
  familyFirst: string;
}

/** Every spelling of each indexed name, findable within one edit (symmetric-delete index). */
class NameIndex {
  readonly variants: Variant[] = [];
  private readonly map = new Map<string, number[]>();

  constructor(keys: Iterable<number>) {
    for (const key of keys) {
      const F = FAMILY_NAMES[Math.floor(key / 1000)];
      const G = GIVEN_NAMES[key % 1000];
      this.put({ key, text: `${F.kh} ${G.kh}`, khmer: true, swapped: false, familyFirst: '' });
      this.put({ key, text: `${G.kh} ${F.kh}`, khmer: true, swapped: true, familyFirst: '' });
      for (const f of F.latin)
        for (const g of G.latin) {
          const ff = normLatin(`${f} ${g}`);
          this.put({ key, text: ff, khmer: false, swapped: false, familyFirst: ff });
          this.put({ key, text: normLatin(`${g} ${f}`), khmer: false, swapped: true, familyFirst: ff });
        }
    }
  }

  private static keysOf(s: string): Set<string> {
    const out = new Set<string>([s]);
    for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
    return out;
  }

  private put(v: Variant) {
    const id = this.variants.push(v) - 1;
    for (const k of NameIndex.keysOf(v.text)) {
      const list = this.map.get(k);
      if (list) list.push(id);
      else this.map.set(k, [id]);
    }
  }

  /** Variants within one edit of the name, in its own script. */
  query(name: string): Variant[] {
    const khmer = KHMER_RE.test(name);
    const q = khmer ? normalizeKhmer(name) : normLatin(name);
    const seen = new Set<number>();
    const out: Variant[] = [];
    for (const k of NameIndex.keysOf(q)) {
      for (const id of this.map.get(k) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const v = this.variants[id];
        if (v.khmer === khmer && withinOne(q, v.text)) out.push(v);
      }
    }
    return out;
  }

  keysFor(name: string): Set<number> {
    return new Set(this.query(name).map((v) => v.key));
  }
}

interface Fields {
  sex: 'F' | 'M' | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}

/** Is the registered worker told apart from the row by a field present on both sides? */
export function ruledOut(row: Fields, reg: Fields): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dateOfBirth && reg.dateOfBirth && !dobClose(row.dateOfBirth, reg.dateOfBirth)) return true;
  if (row.nationalId && reg.nationalId && !withinOne(row.nationalId, reg.nationalId)) return true;
  if (row.nssfNumber && reg.nssfNumber && !withinOne(row.nssfNumber, reg.nssfNumber)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Generator

const GIVEN_F = GIVEN_NAMES.map((g, i) => (g.sex !== 'M' ? i : -1)).filter((i) => i >= 0);
const GIVEN_M = GIVEN_NAMES.map((g, i) => (g.sex !== 'F' ? i : -1)).filter((i) => i >= 0);

const KEYBOARD: Record<string, string> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol',
  a: 'qsz', s: 'adwx', d: 'sfec', f: 'dgrv', g: 'fhtb', h: 'gjyn', j: 'hkum', k: 'jli', l: 'kop',
  z: 'xa', x: 'zcs', c: 'xvd', v: 'cbf', b: 'vng', n: 'bmh', m: 'nj',
};

interface Person extends Fields {
  fam: number;
  giv: number;
  sex: 'F' | 'M';
  dateOfBirth: string;
  fr: number;
  gr: number;
  latinMissing: boolean;
  hireDate: string;
  wageRiel: number | null;
}

interface Draft extends Fields {
  name: string;
  source: 'manual' | 'csv' | 'id-card';
  person: number | null;
}

function pad(n: number, w = 2) {
  return String(n).padStart(w, '0');
}

function skewIndex(r: Rng, n: number, s: number): number {
  return Math.min(n - 1, Math.floor(n * r.next() ** s));
}

function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(r.int(1, dim))}`;
}

function digits(r: Rng, n: number, first: string): string {
  let s = first;
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}

function oneSlipNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/** A fresh number that is 2+ edits from every number in `used` (same length, so 2+ slips). */
function freshId(r: Rng, used: Set<string>, make: () => string): string {
  for (;;) {
    const id = make();
    if (used.has(id)) continue;
    if (oneSlipNeighbours(id).some((n) => used.has(n))) continue;
    return id;
  }
}

function slipId(r: Rng, id: string): string {
  for (;;) {
    const i = r.int(0, id.length - 1);
    let out: string;
    if (r.chance(0.5) && i + 1 < id.length) out = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    else out = id.slice(0, i) + String(r.int(0, 9)) + id.slice(i + 1);
    if (out !== id) return out;
  }
}

function typo(r: Rng, word: string): string {
  for (;;) {
    const i = r.int(1, word.length - 1);
    const c = word[i];
    const op = r.int(0, 3);
    let out = word;
    if (op === 0) {
      const nb = KEYBOARD[c.toLowerCase()];
      if (nb) out = word.slice(0, i) + r.pick([...nb]) + word.slice(i + 1);
    } else if (op === 1) out = word.slice(0, i) + word.slice(i + 1);
    else if (op === 2) out = word.slice(0, i + 1) + c + word.slice(i + 1);
    else if (i + 1 < word.length) out = word.slice(0, i) + word[i + 1] + c + word.slice(i + 2);
    if (out !== word) return out;
  }
}

function otherIndex(r: Rng, n: number, not: number): number {
  const k = r.int(0, n - 2);
  return k >= not ? k + 1 : k;
}

function drawRom(r: Rng, w: NameWord): number {
  return w.latin.length > 1 && r.chance(RATES.regRomanAlt) ? r.int(1, w.latin.length - 1) : 0;
}

function renderLatin(r: Rng, fam: number, giv: number, fr0: number, gr0: number): string {
  const F = FAMILY_NAMES[fam];
  const G = GIVEN_NAMES[giv];
  let fr = fr0;
  let gr = gr0;
  if (r.chance(RATES.translit)) {
    const u = r.next();
    if (u < 0.4 || u >= 0.8) fr = otherIndex(r, F.latin.length, fr);
    if (u >= 0.4) gr = otherIndex(r, G.latin.length, gr);
  }
  const famWords = F.latin[fr].split(' ');
  const givWords = G.latin[gr].split(' ');
  if (r.chance(RATES.typo)) {
    const all = [...famWords.map((w, i) => ['f', i, w] as const), ...givWords.map((w, i) => ['g', i, w] as const)];
    const eligible = all.filter(([, , w]) => w.length >= 4);
    if (eligible.length) {
      const [which, i, w] = r.pick(eligible);
      (which === 'f' ? famWords : givWords)[i] = typo(r, w);
    }
  }
  const f = famWords.join(' ');
  const g = givWords.join(' ');
  let name = r.chance(RATES.swapLatin) ? `${g} ${f}` : `${f} ${g}`;
  const u = r.next();
  if (u < RATES.upper) name = name.toUpperCase();
  else if (u < RATES.upper + RATES.lower) name = name.toLowerCase();
  return name;
}

function renderKhmer(r: Rng, fam: number, giv: number): string {
  let f = FAMILY_NAMES[fam].kh;
  let g = GIVEN_NAMES[giv].kh;
  if (r.chance(RATES.khOrder)) {
    f = keyboardOrder(f);
    g = keyboardOrder(g);
  }
  const sep = r.chance(RATES.zwsp) ? ZWSP : ' ';
  return r.chance(RATES.swapKhmer) ? `${g}${sep}${f}` : `${f}${sep}${g}`;
}

function drawSource(r: Rng): Draft['source'] {
  const u = r.next();
  return u < RATES.srcCsv ? 'csv' : u < RATES.srcCsv + RATES.srcManual ? 'manual' : 'id-card';
}

function uuid(r: Rng): string {
  const hex = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) {
    let v = Math.floor(r.next() * 16);
    if (i === 12) v = 4;
    if (i === 16) v = 8 + (v & 3);
    s += hex[v];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
}

export function ninetysecondRoster(size: number, seed: number): Roster {
  const r = rng(seed * 7919 + 92);
  const usedNid = new Set<string>();
  const usedNssf = new Set<string>();
  const makeNid = () => digits(r, 9, String(r.int(0, 2)));
  const makeNssf = () => digits(r, 10, '1');

  // 1. The register, built name by name so namesakes can be kept apart (rule 2).
  const persons: Person[] = [];
  const byName = new Map<number, number[]>();
  for (let i = 0; i < size; i++) {
    const sex: 'F' | 'M' = r.chance(RATES.femaleShare) ? 'F' : 'M';
    const fam = skewIndex(r, FAMILY_NAMES.length, 2.0);
    const pool = sex === 'F' ? GIVEN_F : GIVEN_M;
    const giv = pool[skewIndex(r, pool.length, 1.6)];
    const key = nameKey(fam, giv);
    const group = byName.get(key) ?? [];
    let dob = randomDate(r, 1968, 2005);
    for (let t = 0; t < 500 && !group.every((j) => dobFar(persons[j].dateOfBirth, dob)); t++) dob = randomDate(r, 1968, 2005);
    if (!group.every((j) => dobFar(persons[j].dateOfBirth, dob))) throw new Error('no free date of birth for a namesake');
    const nid = r.chance(RATES.regNidMissing) ? null : freshId(r, usedNid, makeNid);
    if (nid) usedNid.add(nid);
    const nssf = freshId(r, usedNssf, makeNssf);
    usedNssf.add(nssf);
    const by = Number(dob.slice(0, 4));
    const hireDate = randomDate(r, Math.max(by + 18, 2008), 2024);
    persons.push({
      fam, giv, sex, dateOfBirth: dob, nationalId: nid, nssfNumber: nssf,
      fr: drawRom(r, FAMILY_NAMES[fam]), gr: drawRom(r, GIVEN_NAMES[giv]),
      latinMissing: r.chance(RATES.regLatinMissing),
      hireDate, wageRiel: r.chance(0.03) ? null : r.int(800, 1800) * 1000,
    });
    group.push(i);
    byName.set(key, group);
  }
  const index = new NameIndex(byName.keys());

  // 2. Who is absent, then the true rows of everyone present.
  const absentOrder = r.shuffle(persons.map((_, i) => i));
  const absent = new Set(absentOrder.slice(0, Math.round(size * RATES.absent)));
  const drafts: Draft[] = [];
  for (let i = 0; i < size; i++) {
    if (absent.has(i)) continue;
    const p = persons[i];
    const source = drawSource(r);
    const latin = source === 'csv' ? r.chance(RATES.latinOnCsv) : source === 'manual' ? r.chance(RATES.latinOnManual) : false;
    const name = latin ? renderLatin(r, p.fam, p.giv, p.fr, p.gr) : renderKhmer(r, p.fam, p.giv);
    const card = source === 'id-card';
    let dob: string | null = null;
    if (card) dob = p.dateOfBirth;
    else if (r.chance(RATES.dobShown)) {
      const sw = swapDayMonth(p.dateOfBirth);
      dob = sw && r.chance(RATES.dobSwap) ? sw : p.dateOfBirth;
    }
    let nid: string | null = null;
    if (p.nationalId) {
      if (card) nid = p.nationalId;
      else if (r.chance(RATES.nidShown)) nid = r.chance(RATES.nidSlip) ? slipId(r, p.nationalId) : p.nationalId;
    } else if (card || r.chance(RATES.nidShownNoReg)) {
      nid = freshId(r, usedNid, makeNid);
      usedNid.add(nid);
    }
    const nssf = r.chance(RATES.nssfShown) ? (r.chance(RATES.nssfSlip) ? slipId(r, p.nssfNumber!) : p.nssfNumber) : null;
    const sex = card || r.chance(RATES.sexShown) ? p.sex : null;
    drafts.push({ name, source, person: i, sex, dateOfBirth: dob, nationalId: nid, nssfNumber: nssf });
  }

  // 3. Hidden workers: namesakes (told apart by a field on both sides) or names nobody has.
  const hiddenCount = Math.round((drafts.length * RATES.hiddenShare) / (1 - RATES.hiddenShare));
  for (let h = 0; h < hiddenCount; h++) {
    for (let attempt = 0; ; attempt++) {
      const namesake = r.chance(RATES.hiddenNamesake);
      let fam: number;
      let giv: number;
      let sex: 'F' | 'M';
      if (namesake) {
        const p = persons[r.int(0, size - 1)];
        fam = p.fam;
        giv = p.giv;
        const gs = GIVEN_NAMES[giv].sex;
        sex = gs === 'U' ? (r.chance(RATES.femaleShare) ? 'F' : 'M') : gs;
      } else {
        sex = r.chance(RATES.femaleShare) ? 'F' : 'M';
        fam = skewIndex(r, FAMILY_NAMES.length, 2.0);
        const pool = sex === 'F' ? GIVEN_F : GIVEN_M;
        giv = pool[skewIndex(r, pool.length, 1.6)];
      }
      const source = drawSource(r);
      const latin = source === 'csv' ? r.chance(RATES.latinOnCsv) : source === 'manual' ? r.chance(RATES.latinOnManual) : false;
      const name = latin
        ? renderLatin(r, fam, giv, drawRom(r, FAMILY_NAMES[fam]), drawRom(r, GIVEN_NAMES[giv]))
        : renderKhmer(r, fam, giv);
      const cands = [...index.keysFor(name)].flatMap((k) => byName.get(k) ?? []);
      if (!namesake && cands.length && attempt < 40) continue;
      const card = source === 'id-card';
      const row: Draft = {
        name, source, person: null,
        sex: card || r.chance(RATES.sexShown) ? sex : null,
        dateOfBirth: card || r.chance(RATES.dobShown) ? randomDate(r, 1968, 2005) : null,
        nationalId: card || r.chance(RATES.nidShown) ? freshId(r, usedNid, makeNid) : null,
        nssfNumber: r.chance(RATES.hiddenNssf) ? freshId(r, usedNssf, makeNssf) : null,
      };
      if (cands.length && !cands.every((j) => ruledOut(row, persons[j]))) {
        // Tell it apart by date of birth, the field an inspector asks first.
        let ok = false;
        for (let t = 0; t < 200 && !ok; t++) {
          const d = randomDate(r, 1968, 2005);
          if (cands.every((j) => dobFar(persons[j].dateOfBirth, d))) {
            row.dateOfBirth = d;
            ok = true;
          }
        }
        if (!ok) continue;
      }
      if (row.nationalId) usedNid.add(row.nationalId);
      if (row.nssfNumber) usedNssf.add(row.nssfNumber);
      drafts.push(row);
      break;
    }
  }

  // 4. Shuffle both lists; ids, times and sheet rows follow the shuffled order (rule 4).
  const regOrder = r.shuffle(persons.map((_, i) => i));
  const workerIdOf = new Array<string>(size);
  const registered: RegisteredWorker[] = regOrder.map((pi, pos) => {
    const p = persons[pi];
    const F = FAMILY_NAMES[p.fam];
    const G = GIVEN_NAMES[p.giv];
    const workerId = `W${pad(pos + 1, 6)}`;
    workerIdOf[pi] = workerId;
    return {
      workerId,
      nssfNumber: p.nssfNumber,
      nationalId: p.nationalId,
      nameKh: `${F.kh} ${G.kh}`,
      nameLatin: p.latinMissing ? null : `${F.latin[p.fr]} ${G.latin[p.gr]}`,
      sex: p.sex,
      dateOfBirth: p.dateOfBirth,
      hireDate: p.hireDate,
      wageRiel: p.wageRiel,
    };
  });

  r.shuffle(drafts);
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 2, 11, 1, 30, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = drafts.map((d) => {
    t += r.int(3, 40) * 1000;
    const id = uuid(r);
    truth.set(id, d.person === null ? null : workerIdOf[d.person]);
    return {
      id,
      visitId: VISIT_ID,
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    };
  });
  return { registered, onsite, truth };
}

// ---------------------------------------------------------------------------------------------
// Self-check: shape, fairness audit, schemas, determinism, time.

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsiteSchema } = await import('../../src/protocol');
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) failures.push(what);
  };
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + ' %' : '-');

  // Name lists: unique spellings, canonical Khmer stable under the audit's normalizer.
  const spellings = new Map<string, string>();
  let dupSpelling = '';
  for (const w of [...FAMILY_NAMES, ...GIVEN_NAMES]) {
    for (const l of w.latin) {
      const k = l.toLowerCase().replace(/\s/g, '');
      if (spellings.has(k) && spellings.get(k) !== w.kh) dupSpelling = l;
      spellings.set(k, w.kh);
    }
  }
  const khWords = [...FAMILY_NAMES, ...GIVEN_NAMES].map((w) => w.kh);
  const khStable = khWords.every((k) => normalizeKhmer(k) === k && normalizeKhmer(keyboardOrder(k)) === k);
  const khReorderable = khWords.filter((k) => keyboardOrder(k) !== k).length;

  const t0 = performance.now();
  const roster = ninetysecondRoster(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;

  const famOf = new Map(FAMILY_NAMES.map((w, i) => [w.kh, i]));
  const givOf = new Map(GIVEN_NAMES.map((w, i) => [w.kh, i]));
  const regKey = new Map<string, number>();
  const byKey = new Map<number, RegisteredWorker[]>();
  const byId = new Map<string, RegisteredWorker>();
  let unparsed = 0;
  for (const w of registered) {
    const [f, g] = w.nameKh.split(' ');
    const fi = famOf.get(f);
    const gi = givOf.get(g);
    if (fi === undefined || gi === undefined) {
      unparsed++;
      continue;
    }
    const k = nameKey(fi, gi);
    regKey.set(w.workerId, k);
    byId.set(w.workerId, w);
    const list = byKey.get(k) ?? [];
    list.push(w);
    byKey.set(k, list);
  }
  const index = new NameIndex(byKey.keys());

  // Shape and per-row variations, recomputed from the output alone.
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const absentCount = registered.length - presentIds.size;
  const counts: Record<string, number> = {};
  const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  const nVar = [0, 0, 0, 0, 0, 0, 0];
  let latinRows = 0;
  let khmerRows = 0;
  let khReorderableRows = 0;
  let rule1Bad = 0;
  const rule1Examples: string[] = [];
  let undecidable = 0;
  const undecidableExamples: string[] = [];
  const examples4: string[] = [];
  for (const o of trueRows) {
    const x = byId.get(truth.get(o.id)!)!;
    const k = regKey.get(x.workerId)!;
    const vs = index.query(o.name).filter((v) => v.key === k);
    const khmer = KHMER_RE.test(o.name);
    const vars: string[] = [];
    let nameOk = vs.length > 0;
    if (khmer) {
      khmerRows++;
      const norm = normalizeKhmer(o.name);
      const exact = vs.find((v) => v.text === norm);
      nameOk = !!exact;
      if (o.name.includes(ZWSP)) vars.push('zwsp');
      if (o.name.replace(/\u200B/g, ' ') !== norm) vars.push('kh-order');
      if (keyboardOrder(norm) !== norm) khReorderableRows++;
      if (exact?.swapped) vars.push('swap');
    } else {
      latinRows++;
      const q = normLatin(o.name);
      const exact = vs.find((v) => v.text === q);
      const near = exact ?? vs.find((v) => {
        const a = q.split(' ');
        const b = v.text.split(' ');
        if (a.length !== b.length) return false;
        const diff = a.map((w, i) => (w !== b[i] ? i : -1)).filter((i) => i >= 0);
        return diff.length === 1 && b[diff[0]].length >= 4;
      });
      nameOk = !!near;
      if (near) {
        if (!exact) vars.push('typo');
        if (near.swapped) vars.push('swap');
        if (x.nameLatin === null) vars.push('cross-script');
        else if (near.familyFirst !== normLatin(x.nameLatin)) vars.push('translit');
      }
      if (/[a-z]/i.test(o.name) && o.name === o.name.toUpperCase()) vars.push('upper');
      else if (o.name === o.name.toLowerCase()) vars.push('lower');
    }
    if (o.nationalId && x.nationalId && o.nationalId !== x.nationalId) vars.push('nid-slip');
    if (o.nssfNumber && x.nssfNumber && o.nssfNumber !== x.nssfNumber) vars.push('nssf-slip');
    if (o.dateOfBirth && x.dateOfBirth && o.dateOfBirth !== x.dateOfBirth) vars.push('dob-swap');
    vars.forEach(bump);
    nVar[Math.min(6, vars.length)]++;
    if (vars.length >= 4 && examples4.length < 4) examples4.push(`"${o.name.replace(/\u200B/g, '<ZWSP>')}" for ${x.nameLatin ?? x.nameKh} [${vars.join(', ')}]`);

    // Rule 1: every field plausible for x.
    const fieldsOk =
      (!o.sex || o.sex === x.sex) &&
      (!o.dateOfBirth || !x.dateOfBirth || o.dateOfBirth === x.dateOfBirth || swapDayMonth(x.dateOfBirth) === o.dateOfBirth) &&
      (!o.nationalId || !x.nationalId || withinOne(o.nationalId, x.nationalId)) &&
      (!o.nssfNumber || !x.nssfNumber || withinOne(o.nssfNumber, x.nssfNumber));
    if (!nameOk || !fieldsOk) {
      rule1Bad++;
      if (rule1Examples.length < 3) rule1Examples.push(`${o.name} vs ${x.nameKh}/${x.nameLatin}`);
    }

    // Rule 5: another registered worker the row could pass for, not ruled out.
    const others = [...index.keysFor(o.name)].flatMap((kk) => byKey.get(kk) ?? []).filter((w) => w.workerId !== x.workerId);
    const alike = others.find((w) => !ruledOut(o, w));
    if (alike) {
      undecidable++;
      if (undecidableExamples.length < 2) undecidableExamples.push(`${o.name} (${o.dateOfBirth ?? 'no DOB'}) ~ ${alike.workerId}`);
    }
  }

  // Rule 3: hidden rows pass for nobody, or are ruled out from everyone they pass for.
  let rule3Bad = 0;
  let hiddenNamesakes = 0;
  for (const o of hiddenRows) {
    const cands = [...index.keysFor(o.name)].flatMap((k) => byKey.get(k) ?? []);
    if (cands.length) hiddenNamesakes++;
    if (!cands.every((w) => ruledOut(o, w))) rule3Bad++;
  }

  // Rule 2: namesakes kept apart; IDs pairwise 2+ edits apart.
  let rule2Bad = 0;
  let biggestGroup = 0;
  let sharedNames = 0;
  for (const group of byKey.values()) {
    biggestGroup = Math.max(biggestGroup, group.length);
    if (group.length > 1) sharedNames += group.length;
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (a.dateOfBirth && b.dateOfBirth && dobClose(a.dateOfBirth, b.dateOfBirth)) rule2Bad++;
        if (a.nationalId && b.nationalId && withinOne(a.nationalId, b.nationalId)) rule2Bad++;
        if (a.nssfNumber && b.nssfNumber && withinOne(a.nssfNumber, b.nssfNumber)) rule2Bad++;
      }
  }
  const allNid = new Set(registered.map((w) => w.nationalId).filter((x): x is string => !!x));
  const idClash = [...allNid].filter((id) => oneSlipNeighbours(id).some((n) => allNid.has(n))).length;

  // Rule 4: order, ids and times carry no truth.
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  const timesOk = onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt));
  const spread = (flags: boolean[]) => {
    const total = flags.filter(Boolean).length;
    const q = 4;
    const per = flags.length / q;
    for (let s = 0; s < q; s++) {
      const c = flags.slice(Math.round(s * per), Math.round((s + 1) * per)).filter(Boolean).length;
      const e = total / q;
      if (Math.abs(c - e) > 4 * Math.sqrt(e) + 2) return false;
    }
    return true;
  };
  const hiddenSpread = spread(onsite.map((o) => truth.get(o.id) === null));
  const absentSpread = spread(registered.map((w) => !presentIds.has(w.workerId)));
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const xs = trueRows.map((o) => regPos.get(truth.get(o.id)!)!);
  let rho = 0;
  {
    const n = xs.length;
    const rank = xs.map((_, i) => i);
    const sorted = [...xs].sort((a, b) => a - b);
    const rk = new Map(sorted.map((v, i) => [v, i]));
    const m = (n - 1) / 2;
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
      num += (rank[i] - m) * (rk.get(xs[i])! - m);
      den += (rank[i] - m) ** 2;
    }
    rho = num / den;
  }
  const truthOk =
    truth.size === onsite.length &&
    presentIds.size === trueRows.length &&
    [...presentIds].every((id) => byId.has(id));

  // Schemas on a sample.
  const sample = (n: number) => Array.from({ length: Math.min(n, 300) }, (_, i) => Math.floor((i * n) / Math.min(n, 300)));
  const regSchemaOk = sample(registered.length).every((i) => RegSchema.safeParse(registered[i]).success);
  const onsiteSchemaOk = sample(onsite.length).every((i) => OnsiteSchema.safeParse(onsite[i]).success);
  const extraFields = onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o);

  // Determinism and time.
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = dump(ninetysecondRoster(size, seed));
  const same = again === dump(roster);
  const differs = dump(ninetysecondRoster(size, seed + 1)) !== again;
  let ms10k = genMs;
  if (size !== 10000) {
    const t1 = performance.now();
    ninetysecondRoster(10000, seed);
    ms10k = performance.now() - t1;
  }

  // Report.
  const T = trueRows.length;
  console.log(`ninetysecond roster, size ${size}, seed ${seed}: ${NINETYSECOND_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${T}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)} of rows), absent ${absentCount} = ${pct(absentCount, registered.length)}`);
  console.log(`  names: ${byKey.size} distinct full names, ${pct(sharedNames, registered.length)} of registered share theirs, biggest namesake group ${biggestGroup}; Latin name missing on register ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}`);
  console.log(`  rows: Latin ${pct(latinRows, T)}, Khmer ${pct(khmerRows, T)}; sources ${(['csv', 'manual', 'id-card'] as const).map((s) => `${s} ${pct(onsite.filter((o) => o.source === s).length, onsite.length)}`).join(', ')}`);
  console.log(`  fields shown on true rows: nid ${pct(trueRows.filter((o) => o.nationalId).length, T)}, nssf ${pct(trueRows.filter((o) => o.nssfNumber).length, T)}, dob ${pct(trueRows.filter((o) => o.dateOfBirth).length, T)}, sex ${pct(trueRows.filter((o) => o.sex).length, T)}`);
  console.log(`  Latin-row variations (of Latin rows): ${['translit', 'upper', 'lower', 'typo', 'cross-script'].map((k) => `${k} ${pct(counts[k] ?? 0, latinRows)}`).join(', ')}`);
  console.log(`  Khmer-row variations (of Khmer rows): kh-order ${pct(counts['kh-order'] ?? 0, khmerRows)} (${pct(counts['kh-order'] ?? 0, khReorderableRows)} of rows with a site; ${khReorderable}/${khWords.length} words have one), zwsp ${pct(counts.zwsp ?? 0, khmerRows)}`);
  console.log(`  swapped order ${pct(counts.swap ?? 0, T)} of true rows; field variations (of true rows): nid-slip ${pct(counts['nid-slip'] ?? 0, T)}, nssf-slip ${pct(counts['nssf-slip'] ?? 0, T)}, dob-swap ${pct(counts['dob-swap'] ?? 0, T)}`);
  console.log(`  variations per true row: ${nVar.map((n, i) => `${i === 6 ? '6+' : i}: ${pct(n, T)}`).join(', ')}`);
  const two = nVar.slice(2).reduce((a, b) => a + b, 0);
  const four = nVar.slice(4).reduce((a, b) => a + b, 0);
  console.log(`  2+ variations ${pct(two, T)}, 4+ variations ${pct(four, T)}; e.g.`);
  for (const e of examples4) console.log(`      ${e}`);
  console.log(`  hidden rows that pass for a registered worker by name (namesakes): ${pct(hiddenNamesakes, hiddenRows.length)}`);
  console.log(`  undecidable true rows: ${undecidable} = ${pct(undecidable, T)}${undecidableExamples.length ? ` (e.g. ${undecidableExamples.join('; ')})` : ''}`);
  console.log(`  generation ${genMs.toFixed(0)} ms for ${size}; 10k ${ms10k.toFixed(0)} ms`);
  console.log('checks:');
  check(!dupSpelling, `name lists: no romanization shared by two words${dupSpelling ? ` (${dupSpelling})` : ''}`);
  check(khStable, 'name lists: canonical Khmer stable under normalization, keyboard order round-trips');
  check(unparsed === 0, 'every registered name parses into listed words');
  check(truthOk, 'truth: one entry per row, each registered worker at most once');
  check(Math.abs(hiddenRows.length / onsite.length - RATES.hiddenShare) < 0.02, 'hidden 5-9 % of on-site rows');
  check(Math.abs(absentCount / registered.length - RATES.absent) < 0.01, 'absent about 5 % of registered');
  check(rule1Bad === 0, `rule 1: true rows carry only plausible variants (${rule1Bad} bad${rule1Examples.length ? ': ' + rule1Examples.join('; ') : ''})`);
  check(rule2Bad === 0 && idClash === 0, `rule 2: namesakes' DOBs/IDs apart (${rule2Bad} bad pairs, ${idClash} IDs one slip from another)`);
  check(rule3Bad === 0, `rule 3: hidden rows pass for nobody or are ruled out (${rule3Bad} bad)`);
  check(idsOk && timesOk && hiddenSpread && absentSpread && Math.abs(rho) < 0.1, `rule 4: v4 UUIDs unique, times increasing, hidden/absent spread, register order uncorrelated (rho ${rho.toFixed(3)})`);
  check(undecidable / T < 0.04, `rule 5: undecidable true rows under 4 % (${pct(undecidable, T)})`);
  check(two / T >= 1 / 3 && four > 0, 'theme: a third or more of true rows carry 2+ variations, some 4+');
  check(regSchemaOk && onsiteSchemaOk && !extraFields, 'schemas: RegisteredWorker / OnsiteWorker safeParse on a sample, no statedStartDate/wageRiel');
  check(same && differs, 'determinism: same seed identical, next seed differs');
  check(ms10k < 2000, `10k generation under 2 s (${ms10k.toFixed(0)} ms)`);
  console.log(failures.length ? `FAIL (${failures.length})` : 'PASS');
  return failures.length === 0;
}

if (process.argv[1]?.endsWith('ninetysecond.ts')) {
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
