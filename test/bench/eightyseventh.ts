/**
 * `eightyseventh`: a grader's roster, written blind, with one emphasis: name ORDER as a whole
 * sheet's habit.
 *
 * The story. The employer's payroll sheet (source 'csv') writes every name given name first, in
 * Latin, as Western payroll software asks; the fund's register writes the family name first.
 * The inspector's own typed rows ('manual') follow either order, in either script. ID-card rows
 * ('id-card') follow the card: family name first, Khmer, or the card's upper-case Latin line.
 * Everything else the product text lists appears at everyday rates.
 *
 * Chosen rates (per on-site row unless said otherwise):
 *   register: ~6 % of registered workers absent; Latin name missing 12 %, upper case 40 %,
 *             register's own romanization = the commonest 70 %; national ID missing 3 %, NSSF 4 %.
 *   hidden:   7 % of on-site rows (on site ~ 1.01 x registered); 65 % of them namesakes of a
 *             registered worker (same Khmer name, any spelling), the rest freshly drawn names.
 *   sources:  csv 55 % | manual 30 % | id-card 15 %.
 *   order:    csv 100 % given-first; manual Latin 50 %, manual Khmer 15 % given-first;
 *             id-card 0 %  (=> ~ 63 % of Latin rows are given-first, ~ 57 % of all rows).
 *   script:   csv Latin; manual Khmer 45 %; id-card Khmer 60 % / upper Latin 40 %.
 *   Latin spelling: commonest romanization 55 %, else any listed one (Sok/Sokh, Srey Mom/Sreymom...).
 *   case:     csv upper 30 %, manual upper 15 % / lower 3 %, id-card Latin always upper.
 *   typos:    csv 3 %, manual 6 %, id-card 1 % of Latin rows; one edit in one word of 4+ letters.
 *   Khmer encoding: ZWSP for the space 20 %, no space 15 %, other key order (shifter/coeng
 *             typed after the vowel) 12 %, NFD 20 % (a no-op for Khmer, kept for the record),
 *             space inside a Srey- compound 10 %.
 *   fields:   national ID present csv 65 % / manual 25 % / id-card 100 %; NSSF csv 35 % /
 *             manual 15 % / id-card 0 %; DOB present csv 95 % / manual 90 % / id-card 100 %;
 *             sex present csv 85 % / manual 95 % / id-card 100 %.
 *   slips:    national ID 3 %, NSSF 4 % (one digit changed or two adjacent swapped);
 *             DOB day/month swapped 4 % (where the swap is a valid other date).
 *
 * Fairness rules (audited by the self-check below):
 *   1. A true row carries only its worker's listed spellings (either order, any case, joined or
 *      split Srey- compounds, at most one typo in one Latin word of 4+ letters, Khmer encoding
 *      variants); IDs exact or one slip; DOB exact or day/month swapped; sex right or missing.
 *      No extra variation is modelled. A typo is never allowed to land exactly on another
 *      registered name's spelling.
 *   2. Registered namesakes (same Khmer name) never share a DOB, and their DOBs are more than a
 *      swap or one edit apart; their national IDs are 2+ edits apart.
 *   3. A hidden row either is not within one edit (OSA, spaces/case/ZWSP ignored) of any spelling
 *      of any registered name, or is ruled out from every registered worker it could pass for by
 *      a field present on both sides (sex differs, DOB more than swap/one edit apart, national
 *      IDs 2+ edits apart). Hidden namesakes therefore carry a DOB (or a national ID). Hidden
 *      workers never carry an NSSF number (they have none).
 *   4. Rows shuffled; ids are v4 UUIDs from the seeded PRNG; recordedAt increases in row order;
 *      registered workers shuffled before their ids are given.
 *   5. Undecidable true rows (another registered worker consistent with every field, with a name
 *      as close and no more field slips) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN } from './eightyseventh-names';

export const EIGHTYSEVENTH_LABEL =
  'grader: payroll sheet writes every name given-first in Latin, register family-first; inspector either order; everyday slips';

// ---------------------------------------------------------------------------------------------
// rates
const R = {
  absent: 0.06,
  hiddenShare: 0.07,
  hiddenNamesake: 0.65,
  regLatinMissing: 0.12,
  regUpper: 0.4,
  regCommonSpelling: 0.7,
  regNidMissing: 0.03,
  regNssfMissing: 0.04,
  srcCsv: 0.55,
  srcManual: 0.3,
  rowCommonSpelling: 0.55,
  csvUpper: 0.3,
  manualKhmer: 0.45,
  manualLatinGivenFirst: 0.5,
  manualKhmerGivenFirst: 0.15,
  manualUpper: 0.15,
  manualLower: 0.03,
  cardKhmer: 0.6,
  typoCsv: 0.03,
  typoManual: 0.06,
  typoCard: 0.01,
  khZwsp: 0.2,
  khNoSpace: 0.15,
  khReorder: 0.12,
  khNfd: 0.2,
  khCompoundSplit: 0.1,
  nidSlip: 0.03,
  nssfSlip: 0.04,
  dobSwap: 0.04,
} as const;

const FIELD = {
  csv: { nid: 0.65, nssf: 0.35, dob: 0.95, sex: 0.85 },
  manual: { nid: 0.25, nssf: 0.15, dob: 0.9, sex: 0.95 },
  'id-card': { nid: 1, nssf: 0, dob: 1, sex: 1 },
} as const;

type Source = 'csv' | 'manual' | 'id-card';
type Sex = 'F' | 'M';

// ---------------------------------------------------------------------------------------------
// string helpers

const G = GIVEN.length;
const identityOf = (fi: number, gi: number) => fi * G + gi;
const famOf = (id: number) => FAMILY[Math.floor(id / G)];
const givOf = (id: number) => GIVEN[id % G];

/** Khmer canonical order: register shifter and coeng+subscript before a dependent vowel. */
function canonKh(s: string): string {
  return s
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17B3])/g, '$2$1');
}

/** Comparison key: case, spaces and zero-width characters ignored, Khmer order canonical. */
export function nameKey(s: string): string {
  return canonKh(s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]/g, '').toLowerCase());
}

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return b.slice(i + 1) === a.slice(i);
}

function swapDm(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}

/** Two DOBs a human could take for the same one: equal, day/month swapped, or one edit apart. */
function dobClose(a: string, b: string): boolean {
  return a === b || swapDm(a) === b || swapDm(b) === a || within1(a, b);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const d = r.int(1, DAYS[m - 1]);
  return `${y}-${pad(m)}-${pad(d)}`;
}

function digits(r: Rng, n: number): string {
  let s = String(r.int(1, 9));
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}

function slipDigits(r: Rng, s: string): string {
  for (let k = 0; k < 20; k++) {
    if (r.chance(0.5)) {
      const i = r.int(0, s.length - 2);
      if (s[i] === s[i + 1]) continue;
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
    const i = r.int(0, s.length - 1);
    const c = String(r.int(0, 9));
    if (c === s[i]) continue;
    return s.slice(0, i) + c + s.slice(i + 1);
  }
  return s;
}

function uuid(r: Rng): string {
  const h = () => Math.floor(r.next() * 16).toString(16);
  let s = '';
  for (let i = 0; i < 32; i++) s += h();
  const v = '89ab'[Math.floor(r.next() * 4)];
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${v}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

const NEAR: Record<string, string> = {
  a: 'sqe', b: 'vn', c: 'xv', d: 'sf', e: 'wra', g: 'fh', h: 'gj', i: 'uoy', k: 'jl', l: 'k', m: 'n',
  n: 'mb', o: 'ip', p: 'o', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'bc', y: 'tu', f: 'dg', j: 'hk',
};

function typoWord(r: Rng, w: string): string {
  const upper = w === w.toUpperCase();
  const lw = w.toLowerCase();
  let out = lw;
  for (let k = 0; k < 10 && out === lw; k++) {
    const op = r.int(0, 3);
    const i = r.int(1, lw.length - 1); // keep the first letter, as most typing slips do
    if (op === 0) {
      const near = NEAR[lw[i]] ?? 'e';
      out = lw.slice(0, i) + near[r.int(0, near.length - 1)] + lw.slice(i + 1);
    } else if (op === 1) out = lw.slice(0, i) + lw.slice(i + 1);
    else if (op === 2) out = lw.slice(0, i) + lw[i] + lw.slice(i);
    else if (i < lw.length - 1 && lw[i] !== lw[i + 1]) out = lw.slice(0, i) + lw[i + 1] + lw[i] + lw.slice(i + 2);
  }
  if (upper) return out.toUpperCase();
  return out[0].toUpperCase() + out.slice(1);
}

// ---------------------------------------------------------------------------------------------
// name index: every spelling of every registered Khmer name, searchable within one edit

class NameIndex {
  keys: string[] = [];
  ident: number[] = [];
  private byDel = new Map<string, number[]>();
  private exact = new Map<string, Set<number>>();

  add(identity: number): void {
    const f = famOf(identity);
    const g = givOf(identity);
    const set = new Set<string>();
    for (const fl of f.latin) for (const gl of g.latin) {
      set.add(nameKey(`${fl} ${gl}`));
      set.add(nameKey(`${gl} ${fl}`));
    }
    set.add(nameKey(`${f.kh} ${g.kh}`));
    set.add(nameKey(`${g.kh} ${f.kh}`));
    for (const k of set) {
      const id = this.keys.length;
      this.keys.push(k);
      this.ident.push(identity);
      let e = this.exact.get(k);
      if (!e) this.exact.set(k, (e = new Set()));
      e.add(identity);
      for (const d of NameIndex.dels(k)) {
        const l = this.byDel.get(d);
        if (l) l.push(id);
        else this.byDel.set(d, [id]);
      }
    }
  }

  static dels(k: string): Set<string> {
    const s = new Set<string>([k]);
    for (let i = 0; i < k.length; i++) s.add(k.slice(0, i) + k.slice(i + 1));
    return s;
  }

  exactIdentities(key: string): Set<number> {
    return this.exact.get(key) ?? new Set();
  }

  /** identity -> 0 (exact spelling) or 1 (one edit), for every indexed name within one edit. */
  near(name: string): Map<number, number> {
    const q = nameKey(name);
    const out = new Map<number, number>();
    for (const d of NameIndex.dels(q)) {
      const l = this.byDel.get(d);
      if (!l) continue;
      for (const id of l) {
        const k = this.keys[id];
        if (!within1(q, k)) continue;
        const dist = k === q ? 0 : 1;
        const prev = out.get(this.ident[id]);
        if (prev === undefined || dist < prev) out.set(this.ident[id], dist);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// people and rows

interface Person {
  identity: number;
  sex: Sex;
  dob: string;
  nid: string | null;
  nssf: string | null;
}

interface Flags {
  source: Source;
  khmer: boolean;
  givenFirst: boolean;
  upper: boolean;
  lower: boolean;
  uncommonSpelling: boolean;
  compoundJoined: boolean;
  typo: boolean;
  khZwsp: boolean;
  khNoSpace: boolean;
  khReorder: boolean;
  khNfd: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
}

interface Draft {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
  source: Source;
  flags: Flags;
}

function pickSpelling(r: Rng, xs: readonly string[], pCommon: number): string {
  if (xs.length === 1 || r.chance(pCommon)) return xs[0];
  return xs[r.int(1, xs.length - 1)];
}

function pickSource(r: Rng): Source {
  const u = r.next();
  return u < R.srcCsv ? 'csv' : u < R.srcCsv + R.srcManual ? 'manual' : 'id-card';
}

function khReorder(s: string): string {
  const a = s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1');
  if (a !== s) return a;
  return s.replace(/(\u17D2[\u1780-\u17B3])([\u17B6-\u17C5])/, '$2$1');
}

/**
 * One on-site row for a person. `hidden` rows keep their own IDs (no slips) and never an NSSF.
 * `avoidExact`: identities a typo must not land on exactly (all registered names but the person's).
 */
function renderRow(r: Rng, p: Person, source: Source, hidden: boolean, index: NameIndex): Draft {
  const fam = famOf(p.identity);
  const giv = givOf(p.identity);
  const fl: Flags = {
    source, khmer: false, givenFirst: false, upper: false, lower: false, uncommonSpelling: false,
    compoundJoined: false, typo: false, khZwsp: false, khNoSpace: false, khReorder: false, khNfd: false,
    nidSlip: false, nssfSlip: false, dobSwap: false,
  };
  const khmer = source === 'manual' ? r.chance(R.manualKhmer) : source === 'id-card' ? r.chance(R.cardKhmer) : false;
  fl.khmer = khmer;
  let name: string;
  if (khmer) {
    let g = giv.kh;
    if (g.startsWith('ស្រី') && g.length > 4 && r.chance(R.khCompoundSplit)) g = `ស្រី ${g.slice(4)}`;
    fl.givenFirst = source === 'manual' && r.chance(R.manualKhmerGivenFirst);
    const u = r.next();
    const sep = u < R.khZwsp ? '\u200B' : u < R.khZwsp + R.khNoSpace ? '' : ' ';
    fl.khZwsp = sep === '\u200B';
    fl.khNoSpace = sep === '';
    name = fl.givenFirst ? `${g}${sep}${fam.kh}` : `${fam.kh}${sep}${g}`;
    if (r.chance(R.khReorder)) {
      const re = khReorder(name);
      fl.khReorder = re !== name;
      name = re;
    }
    if (r.chance(R.khNfd)) {
      name = name.normalize('NFD');
      fl.khNfd = true;
    }
  } else {
    const f = pickSpelling(r, fam.latin, R.rowCommonSpelling);
    const g = pickSpelling(r, giv.latin, R.rowCommonSpelling);
    fl.uncommonSpelling = f !== fam.latin[0] || g !== giv.latin[0];
    fl.compoundJoined = giv.latin[0].includes(' ') && !g.includes(' ');
    fl.givenFirst = source === 'csv' ? true : source === 'manual' ? r.chance(R.manualLatinGivenFirst) : false;
    name = fl.givenFirst ? `${g} ${f}` : `${f} ${g}`;
    if (source === 'id-card') fl.upper = true;
    else if (source === 'csv') fl.upper = r.chance(R.csvUpper);
    else {
      const u = r.next();
      fl.upper = u < R.manualUpper;
      fl.lower = !fl.upper && u < R.manualUpper + R.manualLower;
    }
    if (fl.upper) name = name.toUpperCase();
    if (fl.lower) name = name.toLowerCase();
    const pTypo = source === 'csv' ? R.typoCsv : source === 'manual' ? R.typoManual : R.typoCard;
    if (r.chance(pTypo)) {
      const words = name.split(' ');
      const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
      for (let k = 0; k < 6 && long.length > 0; k++) {
        const wi = r.pick(long);
        const ws = words.slice();
        ws[wi] = typoWord(r, ws[wi]);
        const cand = ws.join(' ');
        if (cand === name) continue;
        // a typo never lands exactly on another registered name
        const ex = index.exactIdentities(nameKey(cand));
        if ([...ex].some((id) => id !== p.identity)) continue;
        name = cand;
        fl.typo = true;
        break;
      }
    }
  }
  const fr = FIELD[source];
  let nationalId = p.nid !== null && r.chance(fr.nid) ? p.nid : null;
  if (nationalId && !hidden && r.chance(R.nidSlip)) {
    nationalId = slipDigits(r, nationalId);
    fl.nidSlip = true;
  }
  let nssfNumber = !hidden && p.nssf !== null && r.chance(fr.nssf) ? p.nssf : null;
  if (nssfNumber && r.chance(R.nssfSlip)) {
    nssfNumber = slipDigits(r, nssfNumber);
    fl.nssfSlip = true;
  }
  const sex = r.chance(fr.sex) ? p.sex : null;
  let dateOfBirth = r.chance(fr.dob) ? p.dob : null;
  if (dateOfBirth && !hidden && r.chance(R.dobSwap)) {
    const s = swapDm(dateOfBirth);
    if (s) {
      dateOfBirth = s;
      fl.dobSwap = true;
    }
  }
  return { name, nationalId, nssfNumber, sex, dateOfBirth, source, flags: fl };
}

// ---------------------------------------------------------------------------------------------
// field comparison shared by generation (rule 3) and the audit

interface Fields {
  sex: Sex | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}

/** Some field present on both sides tells them apart (sex, DOB, national ID; rule 3). */
function ruledOut(row: Fields, reg: RegisteredWorker): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dateOfBirth && reg.dateOfBirth && !dobClose(row.dateOfBirth, reg.dateOfBirth)) return true;
  if (row.nationalId && reg.nationalId && !within1(row.nationalId, reg.nationalId)) return true;
  return false;
}

/** Every field present on both sides is exact or one plausible slip (rule 1, and rule 5). */
function consistent(row: Fields, reg: RegisteredWorker): boolean {
  if (ruledOut(row, reg)) return false;
  if (row.nssfNumber && reg.nssfNumber && !within1(row.nssfNumber, reg.nssfNumber)) return false;
  if (row.dateOfBirth && reg.dateOfBirth) {
    const d = row.dateOfBirth;
    const t = reg.dateOfBirth;
    if (!(d === t || swapDm(t) === d) && !within1(d, t)) return false;
  }
  return true;
}

/** How many present-on-both fields are near rather than exact. */
function slips(row: Fields, reg: RegisteredWorker): number {
  let n = 0;
  if (row.dateOfBirth && reg.dateOfBirth && row.dateOfBirth !== reg.dateOfBirth) n++;
  if (row.nationalId && reg.nationalId && row.nationalId !== reg.nationalId) n++;
  if (row.nssfNumber && reg.nssfNumber && row.nssfNumber !== reg.nssfNumber) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// generator

interface Internal {
  roster: Roster;
  flags: Map<string, Flags>;
  identityOfWorker: Map<string, number>;
  hiddenNamesake: Set<string>;
}

function build(size: number, seed: number): Internal {
  const r = rng(seed * 7919 + 87);
  const famF = GIVEN.map((g, i) => (g.sex !== 'M' ? i : -1)).filter((i) => i >= 0);
  const famM = GIVEN.map((g, i) => (g.sex !== 'F' ? i : -1)).filter((i) => i >= 0);
  const drawIdentity = (): { identity: number; sex: Sex } => {
    const fi = FAMILY.indexOf(r.pickSkewed(FAMILY, 1.3));
    const sex: Sex = r.chance(0.62) ? 'F' : 'M';
    const gi = r.pickSkewed(sex === 'F' ? famF : famM, 1.15);
    return { identity: identityOf(fi, gi), sex };
  };

  // ---- register
  const byIdentity = new Map<number, number[]>();
  const usedNid = new Set<string>();
  const usedNssf = new Set<string>();
  const newNid = () => {
    let s = digits(r, 9);
    while (usedNid.has(s)) s = digits(r, 9);
    usedNid.add(s);
    return s;
  };
  const newNssf = () => {
    let s = digits(r, 10);
    while (usedNssf.has(s)) s = digits(r, 10);
    usedNssf.add(s);
    return s;
  };
  const people: Person[] = [];
  const regRecs: RegisteredWorker[] = [];
  for (let i = 0; i < size; i++) {
    const { identity, sex } = drawIdentity();
    const same = byIdentity.get(identity) ?? [];
    let dob = randomDate(r, 1968, 2006);
    for (let k = 0; k < 200 && same.some((j) => dobClose(people[j].dob, dob)); k++) dob = randomDate(r, 1968, 2006);
    let nid: string | null = newNid();
    for (let k = 0; k < 50 && same.some((j) => people[j].nid && within1(people[j].nid!, nid!)); k++) nid = newNid();
    if (r.chance(R.regNidMissing)) nid = null;
    const nssf = r.chance(R.regNssfMissing) ? null : newNssf();
    const p: Person = { identity, sex, dob, nid, nssf };
    people.push(p);
    same.push(i);
    byIdentity.set(identity, same);
    const fam = famOf(identity);
    const giv = givOf(identity);
    let nameLatin: string | null = null;
    if (!r.chance(R.regLatinMissing)) {
      nameLatin = `${pickSpelling(r, fam.latin, R.regCommonSpelling)} ${pickSpelling(r, giv.latin, R.regCommonSpelling)}`;
      if (r.chance(R.regUpper)) nameLatin = nameLatin.toUpperCase();
    }
    const birthYear = Number(dob.slice(0, 4));
    const hireDate = randomDate(r, Math.max(2010, birthYear + 17), 2025);
    regRecs.push({
      workerId: '',
      nssfNumber: nssf,
      nationalId: nid,
      nameKh: `${fam.kh} ${giv.kh}`,
      nameLatin,
      sex,
      dateOfBirth: dob,
      hireDate,
      wageRiel: r.chance(0.05) ? null : r.int(800, 2600) * 1000,
    });
  }
  const index = new NameIndex();
  for (const id of byIdentity.keys()) index.add(id);

  // ---- who is on site
  const order = r.shuffle(people.map((_, i) => i));
  const nAbsent = Math.round(size * R.absent);
  const present = order.slice(nAbsent);
  const nHidden = Math.round((present.length * R.hiddenShare) / (1 - R.hiddenShare));

  interface Row { draft: Draft; truth: number | null; namesake: boolean }
  const rows: Row[] = [];
  for (const i of present) rows.push({ draft: renderRow(r, people[i], pickSource(r), false, index), truth: i, namesake: false });

  for (let h = 0; h < nHidden; h++) {
    const namesake = r.chance(R.hiddenNamesake);
    let row: Draft | null = null;
    for (let attempt = 0; attempt < 200 && !row; attempt++) {
      let identity: number;
      let sex: Sex;
      if (namesake) {
        const t = people[r.int(0, size - 1)];
        identity = t.identity;
        const g = givOf(identity);
        sex = g.sex === 'U' ? (r.chance(0.5) ? 'F' : 'M') : t.sex;
      } else {
        ({ identity, sex } = drawIdentity());
        if (byIdentity.has(identity)) continue; // a fresh name, not a registered one
      }
      const p: Person = { identity, sex, dob: randomDate(r, 1970, 2007), nid: digits(r, 9), nssf: null };
      const d = renderRow(r, p, pickSource(r), true, index);
      const cands = index.near(d.name);
      if (cands.size > 0 && d.dateOfBirth === null && d.nationalId === null) d.dateOfBirth = p.dob;
      let ok = true;
      for (const id of cands.keys()) {
        for (const j of byIdentity.get(id) ?? []) {
          if (!ruledOut(d, regRecs[j])) { ok = false; break; }
        }
        if (!ok) break;
      }
      if (ok) row = d;
    }
    if (row) rows.push({ draft: row, truth: null, namesake });
  }

  // ---- shuffle, give ids
  const regOrder = r.shuffle(regRecs.map((_, i) => i));
  regOrder.forEach((i, k) => (regRecs[i].workerId = `W${pad(k + 1, 6)}`));
  const registered = regOrder.map((i) => regRecs[i]);
  const identityOfWorker = new Map<string, number>();
  regRecs.forEach((w, i) => identityOfWorker.set(w.workerId, people[i].identity));

  r.shuffle(rows);
  const truth = new Map<string, string | null>();
  const flags = new Map<string, Flags>();
  const hiddenNamesake = new Set<string>();
  const onsite: OnsiteWorker[] = [];
  let t = Date.parse('2025-03-12T01:30:00.000Z');
  let csvRow = 0;
  for (const row of rows) {
    t += r.int(4, 45) * 1000;
    const id = uuid(r);
    const d = row.draft;
    onsite.push({
      id,
      visitId: 'visit-eightyseventh',
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.truth === null ? null : regRecs[row.truth].workerId);
    flags.set(id, d.flags);
    if (row.truth === null && row.namesake) hiddenNamesake.add(id);
  }
  return { roster: { registered, onsite, truth }, flags, identityOfWorker, hiddenNamesake };
}

export function generateEightySeventh(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// self-check

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const built = build(size, seed);
  const ms = performance.now() - t0;
  const { roster, flags, identityOfWorker, hiddenNamesake } = built;
  const { registered, onsite, truth } = roster;
  let pass = true;
  const fail = (msg: string) => {
    pass = false;
    console.log(`  FAIL ${msg}`);
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;

  const byId = new Map(registered.map((w) => [w.workerId, w]));
  const byIdentity = new Map<number, RegisteredWorker[]>();
  for (const w of registered) {
    const id = identityOfWorker.get(w.workerId)!;
    const l = byIdentity.get(id) ?? [];
    l.push(w);
    byIdentity.set(id, l);
  }
  const index = new NameIndex();
  for (const id of byIdentity.keys()) index.add(id);

  // ---- shape
  const hidden = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  console.log(`eightyseventh size=${size} seed=${seed}: ${EIGHTYSEVENTH_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length}, true ${trueRows.length}, hidden ${hidden.length} (${pct(hidden.length, onsite.length)} of rows; namesakes ${pct(hiddenNamesake.size, hidden.length)} of hidden), absent ${registered.length - presentIds.size} (${pct(registered.length - presentIds.size, registered.length)})`);
  const multi = [...byIdentity.values()].filter((l) => l.length > 1);
  console.log(`  registered sharing a full name: ${pct(multi.reduce((a, l) => a + l.length, 0), registered.length)} (largest group ${Math.max(...multi.map((l) => l.length), 1)}); Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}`);
  const F = [...flags.values()];
  const cnt = (f: (x: Flags) => boolean, base: Flags[] = F) => pct(base.filter(f).length, base.length);
  const latin = F.filter((x) => !x.khmer);
  const kh = F.filter((x) => x.khmer);
  console.log(`  source: csv ${cnt((x) => x.source === 'csv')}, manual ${cnt((x) => x.source === 'manual')}, id-card ${cnt((x) => x.source === 'id-card')}`);
  console.log(`  given-first: all rows ${cnt((x) => x.givenFirst)}, csv ${cnt((x) => x.givenFirst, F.filter((x) => x.source === 'csv'))}, manual ${cnt((x) => x.givenFirst, F.filter((x) => x.source === 'manual'))}, id-card ${cnt((x) => x.givenFirst, F.filter((x) => x.source === 'id-card'))}`);
  console.log(`  script: Khmer ${cnt((x) => x.khmer)}; Latin-row vs register-Latin-missing (cross-script only) ${pct(trueRows.filter((o) => !flags.get(o.id)!.khmer && !byId.get(truth.get(o.id)!)!.nameLatin).length, trueRows.length)}`);
  console.log(`  Latin rows: uncommon spelling ${cnt((x) => x.uncommonSpelling, latin)}, Srey- compound joined ${cnt((x) => x.compoundJoined, latin)}, upper ${cnt((x) => x.upper, latin)}, lower ${cnt((x) => x.lower, latin)}, typo ${cnt((x) => x.typo, latin)}`);
  console.log(`  Khmer rows: ZWSP ${cnt((x) => x.khZwsp, kh)}, no space ${cnt((x) => x.khNoSpace, kh)}, key order ${cnt((x) => x.khReorder, kh)}, NFD ${cnt((x) => x.khNfd, kh)}`);
  const present = (f: (o: OnsiteWorker) => unknown) => pct(onsite.filter((o) => f(o) != null).length, onsite.length);
  console.log(`  fields present: national ID ${present((o) => o.nationalId)}, NSSF ${present((o) => o.nssfNumber)}, DOB ${present((o) => o.dateOfBirth)}, sex ${present((o) => o.sex)}`);
  const withF = (f: (o: OnsiteWorker) => unknown) => trueRows.filter((o) => f(o) != null).map((o) => flags.get(o.id)!);
  console.log(`  slips (of true rows carrying the field): national ID ${cnt((x) => x.nidSlip, withF((o) => o.nationalId))}, NSSF ${cnt((x) => x.nssfSlip, withF((o) => o.nssfNumber))}, DOB day/month swap ${cnt((x) => x.dobSwap, withF((o) => o.dateOfBirth))}`);

  // ---- rule 1 and rule 5
  let r1 = 0;
  let undecidable = 0;
  let regLatinBad = 0;
  for (const w of registered) {
    const id = identityOfWorker.get(w.workerId)!;
    if (w.nameLatin && index.near(w.nameLatin).get(id) !== 0) regLatinBad++;
    if (index.near(w.nameKh).get(id) !== 0) regLatinBad++;
  }
  if (regLatinBad) fail(`${regLatinBad} registered names not among their own listed spellings`);
  for (const o of trueRows) {
    const w = byId.get(truth.get(o.id)!)!;
    const near = index.near(o.name);
    const myDist = near.get(identityOfWorker.get(w.workerId)!);
    if (myDist === undefined || !consistent(o, w) || (o.sex && o.sex !== w.sex)) {
      r1++;
      if (r1 <= 3) console.log(`    rule 1: ${JSON.stringify(o.name)} vs ${w.nameKh}/${w.nameLatin}`);
      continue;
    }
    const mySlips = slips(o, w);
    let amb = false;
    for (const [id, dist] of near) {
      if (dist > myDist) continue;
      for (const k of byIdentity.get(id) ?? []) {
        if (k === w) continue;
        if (consistent(o, k) && slips(o, k) <= mySlips) { amb = true; break; }
      }
      if (amb) break;
    }
    if (amb) undecidable++;
  }
  console.log(`  rule 1 (true rows carry plausible variants only): ${r1} violations`);
  if (r1) fail('rule 1');

  // ---- rule 2
  let r2 = 0;
  for (const l of byIdentity.values()) {
    for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) {
      const a = l[i];
      const b = l[j];
      if (a.dateOfBirth && b.dateOfBirth && dobClose(a.dateOfBirth, b.dateOfBirth)) r2++;
      if (a.nationalId && b.nationalId && within1(a.nationalId, b.nationalId)) r2++;
    }
  }
  console.log(`  rule 2 (registered namesakes apart by DOB and ID): ${r2} violations`);
  if (r2) fail('rule 2');

  // ---- rule 3
  let r3 = 0;
  let hiddenPassable = 0;
  for (const o of hidden) {
    const near = index.near(o.name);
    if (near.size > 0) hiddenPassable++;
    for (const id of near.keys()) for (const k of byIdentity.get(id) ?? []) {
      if (!ruledOut(o, k)) r3++;
    }
  }
  console.log(`  rule 3 (hidden rows ruled out): ${r3} violations; ${pct(hiddenPassable, hidden.length)} of hidden rows within one edit of a registered name`);
  if (r3) fail('rule 3');

  // ---- rule 4
  let r4 = 0;
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) r4++;
  if (new Set(registered.map((w) => w.workerId)).size !== registered.length) r4++;
  if (onsite.some((o) => !uuidRe.test(o.id))) r4++;
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) { r4++; break; }
  if (truth.size !== onsite.length) r4++;
  // truth must not follow row order: hidden share by halves, and rank correlation of row order
  // with the registered order of the true worker
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => {
    const t = truth.get(o.id);
    if (t) { xs.push(i); ys.push(regPos.get(t)!); }
  });
  const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < xs.length; i++) { sxy += (xs[i] - mx) * (ys[i] - my); sxx += (xs[i] - mx) ** 2; syy += (ys[i] - my) ** 2; }
  const corr = sxy / Math.sqrt(sxx * syy);
  const tol = 4 / Math.sqrt(onsite.length);
  if (Math.abs(corr) > tol) r4++;
  if (Math.abs(h1 - h2) > tol) r4++;
  console.log(`  rule 4 (no leaks): ${r4} violations (order/register corr ${corr.toFixed(3)}, hidden share halves ${(100 * h1).toFixed(1)} / ${(100 * h2).toFixed(1)} %)`);
  if (r4) fail('rule 4');

  // ---- rule 5
  const undecRate = undecidable / trueRows.length;
  console.log(`  rule 5 (undecidable true rows): ${undecidable} = ${pct(undecidable, trueRows.length)} (limit 4 %)`);
  if (undecRate >= 0.04) fail('rule 5');

  // ---- schemas
  let bad = 0;
  const step = Math.max(1, Math.floor(onsite.length / 500));
  for (let i = 0; i < onsite.length; i += step) if (!OnsiteSchema.safeParse(onsite[i]).success) bad++;
  for (let i = 0; i < registered.length; i += step) if (!RegSchema.safeParse(registered[i]).success) bad++;
  if (onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o)) bad++;
  console.log(`  schemas (sampled safeParse): ${bad} failures`);
  if (bad) fail('schemas');

  // ---- determinism and time
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = ser(generateEightySeventh(size, seed));
  const same = a === ser(roster) && a === ser(generateEightySeventh(size, seed));
  const other = a !== ser(generateEightySeventh(size, seed + 1));
  console.log(`  determinism: same seed identical ${same}, other seed differs ${other}`);
  if (!same || !other) fail('determinism');
  const t1 = performance.now();
  generateEightySeventh(10000, seed);
  const ms10k = performance.now() - t1;
  console.log(`  generation time: this size ${ms.toFixed(0)} ms, 10k ${ms10k.toFixed(0)} ms (limit 2000)`);
  if (ms10k >= 2000) fail('time');

  console.log(pass ? 'PASS' : 'FAIL');
  return pass;
}

if (process.argv[1]?.endsWith('eightyseventh.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1));
}
