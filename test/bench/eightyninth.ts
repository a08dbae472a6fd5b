/**
 * `eightyninth`: a grader's roster for a PLAIN, well-kept visit (the low end of every rate).
 *
 * Written blind from the product text only. A good engine should be nearly perfect here and send
 * very few rows to review; it checks that an engine is not over-cautious.
 *
 * Chosen rates (on-site rows unless said otherwise):
 *   absent registered workers       5 %  of the register
 *   hidden workers                  5 %  of on-site rows (about half namesakes of a registered worker)
 *   name script                     Khmer ~38 % / Latin ~62 % (id-card rows are always Khmer)
 *   cross-script (Latin on site, register has Khmer only)  ~4-5 %  (register lacks Latin for 8 %)
 *   other romanization of a word    ~20 % of Latin rows  (Sok/Sokh, Sophea/Sophear, Srey Mom/Sreymom ...)
 *   family/given swapped            8 % of Latin rows, 4 % of Khmer rows
 *   UPPER case                      25 % of Latin rows (10 % lower case)
 *   one typo                        2 % of true Latin rows (one edit in one word of 4+ letters)
 *   Khmer zero-width space          15 % of Khmer rows (5 % of register names); sign order swapped
 *                                   (៊/៉ after the vowel, ំុ for ុំ) 10 % where possible; NFD 10 %
 *   date of birth                   present 92 % (id-card 100 %); day/month swapped 1 %
 *   national ID                     present ~55 % (id-card 100 %); one slip 1.5 %
 *   NSSF number                     present ~30 % of true rows (hidden workers have none); one slip 1 %
 *   sex                             present 85 % (id-card 100 %), never wrong
 *   register                        every field present except the Latin name (missing 8 %), as the
 *                                   text lists; names drawn with a skew, so most workers share a full
 *                                   name with someone (the text: common names collide)
 *
 * Fairness rules (audited by the self-check below):
 *  1. A true row carries only plausible variants of its registered worker: listed romanizations,
 *     either order, any case, at most one typo (one edit, one word of 4+ letters), Khmer encoding
 *     variants; IDs exact or one slip (one digit changed or two adjacent swapped); DOB exact or
 *     day/month swapped; sex right or missing. Nothing else is modelled.
 *  2. Registered namesakes (names one of whose spellings is within two edits of the other's, Khmer
 *     or Latin) never share a date of birth and their dates are never a swap or one digit apart;
 *     all ID numbers in the roster are unique and at least two slips apart.
 *  3. A hidden row either cannot pass for any registered worker by name (no spelling of it within two
 *     edits of a spelling of any registered name), or it is ruled out from every one it could pass
 *     for by a field present on both sides (sex differs, DOB beyond a swap/one digit/adjacent swap,
 *     national IDs 2+ edits apart). Hidden rows carry no typo.
 *  4. Rows are shuffled; on-site ids are v4 UUIDs from the seeded PRNG; recordedAt increases in row
 *     order; registered workerIds are assigned after the register is shuffled.
 *  5. Undecidable true rows (another registered worker they could pass for, not told apart by any
 *     field present on both sides) stay under 4 %.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY, GIVEN, type NameWord } from './eightyninth-names';

export const EIGHTYNINTH_LABEL = 'grader: plain well-kept visit, every variation at the low end (5 % hidden, 5 % absent)';

// ---------------------------------------------------------------- names and their spellings

const G = GIVEN.length;
const comboOf = (f: number, g: number) => f * G + g;
const famOf = (c: number) => FAMILY[Math.floor(c / G)];
const givOf = (c: number) => GIVEN[c % G];

const SKEW_F = 1.4;
const SKEW_G = 1.25;
const ZWSP = '\u200b';
const isKhmer = (s: string) => /[\u1780-\u17ff]/.test(s);

/** Canonical Khmer: NFC, no separators, sign order as the standard keyboard types it. */
export function normKh(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200b\s]/g, '')
    .replace(/([\u17b6-\u17c5])([\u17c9\u17ca])/g, '$2$1')
    .replace(/\u17c6\u17bb/g, '\u17bb\u17c6');
}
export const normLatin = (s: string) => s.toLowerCase().trim().replace(/\s+/g, ' ');

/** All spellings of a combo, normalized: Latin (both orders, all romanizations) and Khmer (both orders). */
const renderCache = new Map<number, string[]>();
function renderings(c: number): string[] {
  let r = renderCache.get(c);
  if (r) return r;
  const f = famOf(c);
  const g = givOf(c);
  const out = new Set<string>();
  for (const fv of f.latin)
    for (const gv of g.latin) {
      out.add(normLatin(`${fv} ${gv}`));
      out.add(normLatin(`${gv} ${fv}`));
    }
  out.add(normKh(f.kh + g.kh));
  out.add(normKh(g.kh + f.kh));
  r = [...out];
  renderCache.set(c, r);
  return r;
}

function deletionKeys(s: string): string[] {
  const cps = [...s];
  const keys = [s];
  for (let i = 0; i < cps.length; i++) keys.push(cps.slice(0, i).join('') + '\u0001' + cps.slice(i + 1).join(''));
  // plain deletions (position-free) so insertions/deletions also meet
  for (let i = 0; i < cps.length; i++) keys.push(cps.slice(0, i).join('') + cps.slice(i + 1).join(''));
  return keys;
}

let indexCache: Map<string, number[]> | null = null;
function nameIndex(): Map<string, number[]> {
  if (indexCache) return indexCache;
  const idx = new Map<string, number[]>();
  for (let c = 0; c < FAMILY.length * G; c++)
    for (const r of renderings(c))
      for (const k of new Set(deletionKeys(r))) {
        const l = idx.get(k);
        if (!l) idx.set(k, [c]);
        else if (l[l.length - 1] !== c) l.push(c);
      }
  indexCache = idx;
  return idx;
}

/** Combos a written name could pass for: some spelling within (at most) two edits of it. Conservative. */
export function combosFor(name: string): Set<number> {
  const s = isKhmer(name) ? normKh(name) : normLatin(name);
  const idx = nameIndex();
  const out = new Set<number>();
  for (const k of deletionKeys(s)) for (const c of idx.get(k) ?? []) out.add(c);
  return out;
}

const confCache = new Map<number, number[]>();
/** Combos confusable with combo c (any spelling of one near any spelling of the other). */
function conf(c: number): number[] {
  let r = confCache.get(c);
  if (r) return r;
  const out = new Set<number>();
  for (const s of renderings(c)) for (const d of combosFor(s)) out.add(d);
  r = [...out];
  confCache.set(c, r);
  return r;
}

// ---------------------------------------------------------------- small helpers

/** Optimal-string-alignment distance, by code point. */
export function osa(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const m = x.length;
  const n = y.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[m][n];
}

/** Strings one slip from s: one digit changed, or two adjacent characters swapped. */
function slips(s: string): string[] {
  const out: string[] = [];
  const ch = s.split('');
  for (let i = 0; i < ch.length; i++) {
    for (const dgt of '0123456789') if (dgt !== ch[i]) out.push(s.slice(0, i) + dgt + s.slice(i + 1));
    if (i + 1 < ch.length && ch[i] !== ch[i + 1]) out.push(s.slice(0, i) + ch[i + 1] + ch[i] + s.slice(i + 2));
  }
  return out;
}
const isSlipOrSame = (a: string, b: string) => a === b || (a.length === b.length && osa(a, b) <= 1);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dayMs = 86_400_000;
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10);
function dobSwap(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (m === dd || Number(dd) > 12) return null;
  return `${y}-${dd}-${m}`;
}
/** Dates a DOB could be mistaken for: itself, day/month swap, one digit off, two adjacent digits swapped. */
function dobNear(d: string): Set<string> {
  const digits = d.replace(/-/g, '');
  const out = new Set<string>([d]);
  const sw = dobSwap(d);
  if (sw) out.add(sw);
  for (const s of slips(digits)) out.add(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`);
  return out;
}
const dobFar = (a: string, b: string) => !dobNear(a).has(b) && !dobNear(b).has(a);

function uuid(r: Rng): string {
  const h = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) s += h[Math.floor(r.next() * 16)];
  const v = h[8 + Math.floor(r.next() * 4)];
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${v}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

// ---------------------------------------------------------------- people

interface Person {
  combo: number;
  sex: 'F' | 'M';
  dob: string | null;
  nid: string | null;
  nssf: string | null;
  /** romanization index per word, as this person's papers spell them */
  fv: number;
  gv: number;
}

interface RowMeta {
  hidden: boolean;
  namesake: boolean;
  script: 'kh' | 'latin';
  crossScript: boolean;
  romanized: boolean;
  swapped: boolean;
  upper: boolean;
  typo: boolean;
  zwsp: boolean;
  signOrder: boolean;
  dobPresent: boolean;
  dobSwapped: boolean;
  nidPresent: boolean;
  nidSlip: boolean;
  nssfPresent: boolean;
  nssfSlip: boolean;
  sexMissing: boolean;
}

function khVariantSignOrder(s: string): string {
  return s.replace(/([\u17c9\u17ca])([\u17b6-\u17c5])/g, '$2$1').replace(/\u17bb\u17c6/g, '\u17c6\u17bb');
}

function typo(r: Rng, word: string): string {
  for (let t = 0; t < 10; t++) {
    const i = r.int(0, word.length - 1);
    const k = r.int(0, 3);
    let w = word;
    if (k === 0) w = word.slice(0, i) + r.pick([...LETTERS]) + word.slice(i + 1);
    else if (k === 1 && word.length > 4) w = word.slice(0, i) + word.slice(i + 1);
    else if (k === 2) w = word.slice(0, i) + r.pick([...LETTERS]) + word.slice(i);
    else if (i + 1 < word.length) w = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    // keep the case pattern of the word
    if (word === word.toUpperCase()) w = w.toUpperCase();
    else if (i === 0) w = cap(w);
    if (w.toLowerCase() !== word.toLowerCase()) return w;
  }
  return word;
}

// ---------------------------------------------------------------- the generator

interface Generated extends Roster {
  meta: Map<string, RowMeta>;
  regCombo: Map<string, number>;
}

export function generateEightyNinth(size: number, seed: number): Roster {
  const { registered, onsite, truth } = generateWithMeta(size, seed);
  return { registered, onsite, truth };
}

function generateWithMeta(size: number, seed: number): Generated {
  const r = rng(seed * 7919 + 89);
  const famIdx = FAMILY.map((_, i) => i);
  const femGiven = GIVEN.map((g, i) => [g, i] as const).filter(([g]) => g.sex !== 'M').map(([, i]) => i);
  const maleGiven = GIVEN.map((g, i) => [g, i] as const).filter(([g]) => g.sex !== 'F').map(([, i]) => i);
  const drawCombo = (sex: 'F' | 'M') => comboOf(r.pickSkewed(famIdx, SKEW_F), r.pickSkewed(sex === 'F' ? femGiven : maleGiven, SKEW_G));
  const pickVariant = (w: NameWord) => (w.latin.length === 1 || r.chance(0.7) ? 0 : r.int(1, w.latin.length - 1));

  const ids = new Set<string>();
  const freshId = (len: number, first: string): string => {
    for (;;) {
      let s = r.pick([...first]);
      while (s.length < len) s += String(r.int(0, 9));
      if (ids.has(s) || slips(s).some((x) => ids.has(x))) continue;
      ids.add(s);
      return s;
    }
  };
  const t0 = Date.UTC(1972, 0, 1);
  const t1 = Date.UTC(2006, 11, 31);
  const randDob = () => toIso(t0 + r.int(0, Math.floor((t1 - t0) / dayMs)) * dayMs);

  // forbidden DOBs per combo: neighbourhoods of registered DOBs
  const forbidden = new Map<number, Set<string>>();
  const occupied = new Set<number>();
  const dobFreeFor = (c: number, d: string) => conf(c).every((x) => !forbidden.get(x)?.has(d));

  // ---- register
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'F' | 'M' = r.chance(0.72) ? 'F' : 'M';
    const combo = drawCombo(sex);
    let dob: string | null = null;
    for (let t = 0; t < 200 && !dob; t++) {
      const d = randDob();
      if (dobFreeFor(combo, d)) dob = d;
    }
    if (dob) {
      let f = forbidden.get(combo);
      if (!f) forbidden.set(combo, (f = new Set()));
      for (const x of dobNear(dob)) f.add(x);
    }
    occupied.add(combo);
    people.push({
      combo,
      sex,
      dob,
      nid: freshId(9, '0011122'),
      nssf: freshId(10, '123'),
      fv: pickVariant(famOf(combo)),
      gv: pickVariant(givOf(combo)),
    });
  }
  r.shuffle(people);
  const registered: RegisteredWorker[] = [];
  const regCombo = new Map<string, number>();
  const regOfPerson = new Map<Person, RegisteredWorker>();
  people.forEach((p, i) => {
    const f = famOf(p.combo);
    const g = givOf(p.combo);
    const upper = r.chance(0.4);
    const lat = `${f.latin[p.fv]} ${g.latin[p.gv]}`;
    const dobT = p.dob ? Date.parse(p.dob) : Date.UTC(1985, 0, 1);
    const hireLo = Math.max(dobT + 18 * 365.25 * dayMs, Date.UTC(2010, 0, 1));
    const hireHi = Date.UTC(2024, 3, 30);
    const w: RegisteredWorker = {
      workerId: `W${pad(i + 1, 6)}`,
      nssfNumber: p.nssf,
      nationalId: p.nid,
      nameKh: f.kh + (r.chance(0.05) ? ZWSP : ' ') + g.kh,
      nameLatin: r.chance(0.92) ? (upper ? lat.toUpperCase() : lat) : null,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: toIso(hireLo + r.int(0, Math.max(0, Math.floor((hireHi - hireLo) / dayMs))) * dayMs),
      wageRiel: r.chance(0.1) ? null : r.int(830, 1600) * 1000,
    };
    registered.push(w);
    regCombo.set(w.workerId, p.combo);
    regOfPerson.set(p, w);
  });
  const byCombo = new Map<number, RegisteredWorker[]>();
  for (const w of registered) {
    const c = regCombo.get(w.workerId)!;
    const l = byCombo.get(c);
    if (l) l.push(w);
    else byCombo.set(c, [w]);
  }

  // ---- rows
  interface Draft {
    row: Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'>;
    truth: string | null;
    meta: RowMeta;
  }
  const drafts: Draft[] = [];

  const makeRow = (p: Person, reg: RegisteredWorker | null, namesake: boolean): Draft => {
    const hidden = reg === null;
    const src = r.next();
    const source: OnsiteWorker['source'] = src < 0.5 ? 'csv' : src < 0.85 ? 'manual' : 'id-card';
    const khmer = source === 'id-card' || r.chance(source === 'csv' ? 0.3 : 0.25);
    const f = famOf(p.combo);
    const g = givOf(p.combo);
    const m: RowMeta = {
      hidden, namesake, script: khmer ? 'kh' : 'latin', crossScript: false, romanized: false, swapped: false, upper: false,
      typo: false, zwsp: false, signOrder: false, dobPresent: false, dobSwapped: false, nidPresent: false, nidSlip: false,
      nssfPresent: false, nssfSlip: false, sexMissing: false,
    };
    let name: string;
    if (khmer) {
      m.swapped = r.chance(0.04);
      m.zwsp = r.chance(0.15);
      const parts = m.swapped ? [g.kh, f.kh] : [f.kh, g.kh];
      name = parts.join(m.zwsp ? ZWSP : ' ');
      if (r.chance(0.1)) {
        const v = khVariantSignOrder(name);
        if (v !== name) {
          name = v;
          m.signOrder = true;
        }
      }
      if (r.chance(0.1)) name = name.normalize('NFD');
    } else {
      m.crossScript = !!reg && reg.nameLatin === null;
      let fv = p.fv;
      let gv = p.gv;
      if (!reg || reg.nameLatin === null) {
        fv = pickVariant(f);
        gv = pickVariant(g);
      } else if (r.chance(0.2)) {
        if (r.chance(0.5) && f.latin.length > 1) fv = (fv + r.int(1, f.latin.length - 1)) % f.latin.length;
        else if (g.latin.length > 1) gv = (gv + r.int(1, g.latin.length - 1)) % g.latin.length;
      }
      m.romanized = !!reg && reg.nameLatin !== null && (fv !== p.fv || gv !== p.gv);
      m.swapped = r.chance(0.08);
      const words = (m.swapped ? `${g.latin[gv]} ${f.latin[fv]}` : `${f.latin[fv]} ${g.latin[gv]}`).split(' ');
      const cs = r.next();
      m.upper = cs < 0.25;
      let ws = words.map((w) => (cs < 0.25 ? w.toUpperCase() : cs < 0.35 ? w.toLowerCase() : cap(w)));
      if (!hidden && r.chance(0.02)) {
        const long = ws.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4);
        if (long.length) {
          const [w, i] = r.pick(long);
          const t = typo(r, w);
          if (t !== w) {
            ws = ws.map((x, j) => (j === i ? t : x));
            m.typo = true;
          }
        }
      }
      name = ws.join(' ');
    }
    // date of birth
    let dob: string | null = null;
    if (p.dob && (source === 'id-card' || r.chance(0.92))) {
      dob = p.dob;
      m.dobPresent = true;
      if (!hidden && source !== 'id-card' && r.chance(0.01)) {
        const sw = dobSwap(p.dob);
        if (sw) {
          dob = sw;
          m.dobSwapped = true;
        }
      }
    }
    // national ID
    let nid: string | null = null;
    if (p.nid && (source === 'id-card' || r.chance(0.5))) {
      nid = p.nid;
      m.nidPresent = true;
      if (!hidden && source !== 'id-card' && r.chance(0.015)) {
        nid = r.pick(slips(p.nid));
        m.nidSlip = true;
      }
    }
    // NSSF number
    let nssf: string | null = null;
    if (p.nssf && r.chance(source === 'csv' ? 0.4 : 0.2)) {
      nssf = p.nssf;
      m.nssfPresent = true;
      if (r.chance(0.01)) {
        nssf = r.pick(slips(p.nssf));
        m.nssfSlip = true;
      }
    }
    const sex = source === 'id-card' || r.chance(0.85) ? p.sex : null;
    m.sexMissing = sex === null;
    return {
      row: { visitId: 'visit-eightyninth', name, nationalId: nid, nssfNumber: nssf, sex, dateOfBirth: dob, source },
      truth: reg ? reg.workerId : null,
      meta: m,
    };
  };

  // present registered workers → true rows
  const absentIdx = new Set<number>();
  const nAbsent = Math.round(size * 0.05);
  while (absentIdx.size < nAbsent) absentIdx.add(r.int(0, size - 1));
  people.forEach((p, i) => {
    if (!absentIdx.has(i)) drafts.push(makeRow(p, regOfPerson.get(p)!, false));
  });

  // hidden workers: 5 % of on-site rows
  const nTrue = drafts.length;
  const nHidden = Math.round((nTrue * 0.05) / 0.95);
  const hiddenOk = (d: Draft): boolean => {
    for (const c of combosFor(d.row.name))
      for (const w of byCombo.get(c) ?? []) if (!ruledOut(d.row, w)) return false;
    return true;
  };
  let made = 0;
  while (made < nHidden) {
    const wantNamesake = r.chance(0.5);
    let draft: Draft | null = null;
    if (!wantNamesake) {
      for (let t = 0; t < 300 && !draft; t++) {
        const sex: 'F' | 'M' = r.chance(0.72) ? 'F' : 'M';
        const combo = drawCombo(sex);
        if (conf(combo).some((c) => occupied.has(c))) continue;
        const p: Person = { combo, sex, dob: randDob(), nid: r.chance(0.9) ? freshId(9, '0011122') : null, nssf: null, fv: 0, gv: 0 };
        const d = makeRow(p, null, false);
        if (hiddenOk(d)) draft = d;
      }
    }
    for (let t = 0; t < 50 && !draft; t++) {
      const base = r.pick(people);
      const g = givOf(base.combo);
      const sex: 'F' | 'M' = g.sex === 'U' ? (r.chance(0.5) ? 'F' : 'M') : g.sex;
      let dob: string | null = null;
      for (let k = 0; k < 60 && !dob; k++) {
        const x = randDob();
        if (dobFreeFor(base.combo, x)) dob = x;
      }
      if (!dob) continue;
      const p: Person = { combo: base.combo, sex, dob, nid: r.chance(0.9) ? freshId(9, '0011122') : null, nssf: null, fv: 0, gv: 0 };
      const d = makeRow(p, null, true);
      if (hiddenOk(d)) draft = d;
      else ids.delete(p.nid ?? '');
    }
    if (!draft) continue;
    drafts.push(draft);
    made++;
  }

  // shuffle, then give ids, times and sheet rows in row order
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = Date.UTC(2024, 4, 14, 1, 30, 0);
  let csvRow = 0;
  for (const d of drafts) {
    t += r.int(5, 40) * 1000;
    const id = uuid(r);
    onsite.push({ ...d.row, id, sourceRow: d.row.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString() });
    truth.set(id, d.truth);
    meta.set(id, d.meta);
  }
  return { registered, onsite, truth, meta, regCombo };
}

/** A field present on both sides tells the row apart from the registered worker. */
function ruledOut(row: Pick<OnsiteWorker, 'sex' | 'dateOfBirth' | 'nationalId' | 'nssfNumber'>, w: RegisteredWorker, useNssf = false): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return true;
  if (row.dateOfBirth && w.dateOfBirth && dobFar(row.dateOfBirth, w.dateOfBirth)) return true;
  if (row.nationalId && w.nationalId && !isSlipOrSame(row.nationalId, w.nationalId)) return true;
  if (useNssf && row.nssfNumber && w.nssfNumber && !isSlipOrSame(row.nssfNumber, w.nssfNumber)) return true;
  return false;
}

// ---------------------------------------------------------------- self-check

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const t0 = performance.now();
  const g = generateWithMeta(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth, meta, regCombo } = g;
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const byCombo = new Map<number, RegisteredWorker[]>();
  for (const w of registered) {
    const c = regCombo.get(w.workerId)!;
    (byCombo.get(c) ?? byCombo.set(c, []).get(c)!).push(w);
  }
  const rows = onsite.map((o) => ({ o, m: meta.get(o.id)!, t: truth.get(o.id) ?? null }));
  const trueRows = rows.filter((x) => x.t !== null);
  const hiddenRows = rows.filter((x) => x.t === null);
  const latinTrue = trueRows.filter((x) => x.m.script === 'latin');
  const khRows = rows.filter((x) => x.m.script === 'kh');
  const latinRows = rows.filter((x) => x.m.script === 'latin');
  const present = new Set(trueRows.map((x) => x.t));
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  const cnt = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;
  const regWithNamesake = cnt(registered, (w) => (byCombo.get(regCombo.get(w.workerId)!)?.length ?? 0) > 1);

  console.log(`eightyninth size=${size} seed=${seed}: generated in ${ms.toFixed(0)} ms`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${registered.length - present.size} = ${pct(registered.length - present.size, registered.length)}`);
  console.log(`  hidden namesakes ${cnt(hiddenRows, (x) => x.m.namesake)}, hidden with no registered namesake ${cnt(hiddenRows, (x) => !x.m.namesake)}`);
  console.log(`  registered sharing their exact name with another: ${pct(regWithNamesake, registered.length)}; register Latin missing ${pct(cnt(registered, (w) => w.nameLatin === null), registered.length)}, DOB missing ${pct(cnt(registered, (w) => w.dateOfBirth === null), registered.length)}, NID missing ${pct(cnt(registered, (w) => w.nationalId === null), registered.length)}`);
  console.log(`  script: Khmer ${pct(khRows.length, onsite.length)}, Latin ${pct(latinRows.length, onsite.length)}; cross-script ${pct(cnt(rows, (x) => x.m.crossScript), onsite.length)}`);
  console.log(`  Latin rows: other romanization ${pct(cnt(latinRows, (x) => x.m.romanized), latinRows.length)}, swapped ${pct(cnt(latinRows, (x) => x.m.swapped), latinRows.length)}, UPPER ${pct(cnt(latinRows, (x) => x.m.upper), latinRows.length)}, typo ${pct(cnt(latinTrue, (x) => x.m.typo), latinTrue.length)} of true`);
  console.log(`  Khmer rows: ZWSP ${pct(cnt(khRows, (x) => x.m.zwsp), khRows.length)}, sign order ${pct(cnt(khRows, (x) => x.m.signOrder), khRows.length)}, swapped ${pct(cnt(khRows, (x) => x.m.swapped), khRows.length)}`);
  console.log(`  DOB present ${pct(cnt(rows, (x) => x.m.dobPresent), onsite.length)}, swapped ${pct(cnt(trueRows, (x) => x.m.dobSwapped), trueRows.length)} of true; NID present ${pct(cnt(rows, (x) => x.m.nidPresent), onsite.length)}, slip ${pct(cnt(trueRows, (x) => x.m.nidSlip), trueRows.length)}; NSSF present ${pct(cnt(rows, (x) => x.m.nssfPresent), onsite.length)}, slip ${pct(cnt(trueRows, (x) => x.m.nssfSlip), trueRows.length)}; sex missing ${pct(cnt(rows, (x) => x.m.sexMissing), onsite.length)}`);
  const srcs = ['csv', 'manual', 'id-card'].map((s) => `${s} ${pct(cnt(rows, (x) => x.o.source === s), onsite.length)}`).join(', ');
  console.log(`  sources: ${srcs}`);

  // rule 1
  let bad1 = 0;
  const bad1Ex: string[] = [];
  for (const { o, t } of trueRows) {
    const w = regById.get(t!)!;
    const c = regCombo.get(w.workerId)!;
    let ok = true;
    if (isKhmer(o.name)) ok = renderings(c).includes(normKh(o.name));
    else {
      const s = normLatin(o.name);
      ok = renderings(c).some((x) => !isKhmer(x) && osa(x, s) <= 1);
    }
    if (o.nationalId !== null && (w.nationalId === null || !isSlipOrSame(o.nationalId, w.nationalId))) ok = false;
    if (o.nssfNumber !== null && (w.nssfNumber === null || !isSlipOrSame(o.nssfNumber, w.nssfNumber))) ok = false;
    if (o.dateOfBirth !== null && (w.dateOfBirth === null || (o.dateOfBirth !== w.dateOfBirth && o.dateOfBirth !== dobSwap(w.dateOfBirth)))) ok = false;
    if (o.sex !== null && w.sex !== null && o.sex !== w.sex) ok = false;
    if (!ok) {
      bad1++;
      if (bad1Ex.length < 3) bad1Ex.push(`${o.name} ~ ${w.nameLatin ?? w.nameKh}`);
    }
  }
  check(bad1 === 0, `rule 1: every true row carries only plausible variants (${bad1} bad${bad1Ex.length ? ': ' + bad1Ex.join('; ') : ''})`);

  // rule 2
  let bad2 = 0;
  for (const w of registered) {
    if (!w.dateOfBirth) continue;
    const near = dobNear(w.dateOfBirth);
    for (const c of conf(regCombo.get(w.workerId)!))
      for (const v of byCombo.get(c) ?? []) if (v !== w && v.dateOfBirth && near.has(v.dateOfBirth)) bad2++;
  }
  const allIds = [...registered.flatMap((w) => [w.nationalId, w.nssfNumber]), ...hiddenRows.map((x) => x.o.nationalId)].filter((x): x is string => !!x);
  const idSet = new Set(allIds);
  let badIds = allIds.length - idSet.size;
  for (const s of idSet) for (const x of slips(s)) if (idSet.has(x)) badIds++;
  check(bad2 === 0 && badIds === 0, `rule 2: namesakes' DOBs never equal/swap/one digit apart (${bad2} pairs), IDs unique and 2+ slips apart (${badIds} clashes)`);

  // rule 3
  let bad3 = 0;
  let hiddenCouldPass = 0;
  for (const { o } of hiddenRows) {
    let could = false;
    for (const c of combosFor(o.name))
      for (const w of byCombo.get(c) ?? []) {
        could = true;
        if (!ruledOut(o, w)) bad3++;
      }
    if (could) hiddenCouldPass++;
  }
  check(bad3 === 0, `rule 3: every hidden row is ruled out from every registered worker it could pass for (${hiddenCouldPass} hidden rows have a name match; ${bad3} not ruled out)`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const increasing = onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt);
  const uniqueIds = new Set(onsite.map((o) => o.id)).size === onsite.length;
  const half = Math.floor(onsite.length / 2);
  const h1 = cnt(rows.slice(0, half), (x) => x.t === null) / half;
  const h2 = cnt(rows.slice(half), (x) => x.t === null) / (onsite.length - half);
  // correlation between on-site row order and the registered position of its worker
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const pairs = rows.map((x, i) => [i, x.t ? regPos.get(x.t)! : -1] as const).filter(([, j]) => j >= 0);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const mx = mean(pairs.map((p) => p[0]));
  const my = mean(pairs.map((p) => p[1]));
  let sxy = 0, sxx = 0, syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const corr = sxy / Math.sqrt(sxx * syy);
  const csvOk = rows.filter((x) => x.o.source === 'csv').every((x, i) => x.o.sourceRow === i + 1);
  check(
    onsite.every((o) => uuidRe.test(o.id)) && uniqueIds && increasing && Math.abs(h1 - h2) < 0.03 && Math.abs(corr) < 0.08 && csvOk,
    `rule 4: v4 UUIDs unique, recordedAt increasing, hidden share by half ${(100 * h1).toFixed(1)}/${(100 * h2).toFixed(1)} %, order corr ${corr.toFixed(3)}, csv rows numbered`,
  );

  // rule 5
  let undecidable = 0;
  for (const { o, t } of trueRows) {
    let other = false;
    for (const c of combosFor(o.name)) {
      for (const w of byCombo.get(c) ?? []) if (w.workerId !== t && !ruledOut(o, w, true)) { other = true; break; }
      if (other) break;
    }
    if (other) undecidable++;
  }
  check(undecidable / trueRows.length < 0.04, `rule 5: undecidable true rows ${pct(undecidable, trueRows.length)} (< 4 %)`);

  // schemas
  const sr = new Rng0(seed);
  let badSchema = 0;
  for (let i = 0; i < 500; i++) {
    if (!OnsiteSchema.safeParse(onsite[sr.int(onsite.length)]).success) badSchema++;
    if (!RegisteredSchema.safeParse(registered[sr.int(registered.length)]).success) badSchema++;
  }
  const extra = onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o);
  check(badSchema === 0 && !extra, `schemas: 500 on-site + 500 registered records parse (${badSchema} failures), no statedStartDate/wageRiel`);

  // determinism
  const a = generateEightyNinth(size, seed);
  const b = generateEightyNinth(size, seed + 1);
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = ser(a) === ser({ registered, onsite, truth });
  check(same && ser(b) !== ser(a), `determinism: same seed identical (${same}), next seed differs`);

  // time at 10k
  const tt = performance.now();
  generateEightyNinth(10_000, seed + 17);
  const t10 = performance.now() - tt;
  check(t10 < 2000, `10k generation ${t10.toFixed(0)} ms (< 2000)`);

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  return fails.length === 0;
}

class Rng0 {
  private r: Rng;
  constructor(seed: number) {
    this.r = rng(seed + 4242);
  }
  int(n: number) {
    return this.r.int(0, n - 1);
  }
}

if (process.argv[1]?.endsWith('eightyninth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1));
}
