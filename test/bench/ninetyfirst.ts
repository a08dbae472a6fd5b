/**
 * `ninetyfirst`: a grader's roster with a SHORT-NAMES emphasis, written blind from the product text.
 *
 * Model (rates are per on-site row unless said otherwise):
 *   - Register: `size` workers, 52 % F. Family names drawn skewed to short commons (Sok, Chan, Chea, Ly, Kim,
 *     Em, Ou ...); given names: F 45 % short single (Mom, Na, Thy, Ly, Vy, Dara ...), 22 % two-part
 *     (Srey Mom, Srey Na, Chan Thy ...), 33 % longer; M 60 % short, 40 % longer. nameLatin missing 10 %,
 *     otherwise UPPER 60 % / Title 40 %, romanization chosen per word (first variant 70 %).
 *     National ID present 97 % (9 digits), NSSF number 98 %, DOB always, sex always, wage null 5 %.
 *   - Absent registered: 9 %. Hidden: 5.5 % of on-site rows (≈ 9,630 on site for 10,000 registered: a
 *     compromise between "absent ≈ 5 %" and "≈ 9,500 on site"). 60 % of hidden are namesakes of a
 *     registered worker (same name in some spelling, or one slip from it), the rest fresh names.
 *   - Source: manual 45 %, csv 45 % (sourceRow = rank in the sheet), id-card 10 % (Khmer name, ID, DOB exact).
 *   - Script: Khmer 35 % of manual/csv rows, id-card always (≈ 42 % overall), Latin otherwise. Khmer on one side / Latin on the other arises whenever
 *     the register lacks nameLatin and the row is Latin, or the row is Khmer (register compares nameKh).
 *   - Khmer encodings: zero-width space instead of space 25 %, one swapped pair of combining marks (another
 *     keyboard's code-point order: vowel before subscript, sign before vowel ...) 15 %, NFD 20 % (a no-op for
 *     Khmer, kept as the text lists it), family/given order swapped 8 %.
 *   - Latin: each word's romanization re-drawn 50 % (Sok/Sokh, Chea/Chear, Vy/Vee, Vuthy/Voeuthy ...), order
 *     swapped 15 %, case UPPER 40 % / lower 8 % / Title 52 %, two-part given run together 50 %
 *     (Srey Na / Sreyna), one typo in one word of 4+ letters 5 %.
 *   - IDs: national ID present manual 35 % / csv 50 % / id-card 100 %; NSSF number manual 20 % / csv 45 %;
 *     a present ID carries one slip (adjacent transposition or one mistyped digit) 3 % (never from id-card).
 *   - DOB present manual 80 % / csv 90 % / id-card 100 %; day/month swapped 4 % (when day ≤ 12, day ≠ month).
 *   - Sex present 90 % (id-card 100 %), never wrong.
 *
 * Fairness rules (audited by the self-check, `npx tsx test/bench/ninetyfirst.ts 10000 1`):
 *   1. A true row carries only plausible variants of its worker: its normalized name is within one edit of
 *      one of the worker's spelling variants (any order, case, run-together, Khmer encoding); IDs exact or
 *      one slip; DOB exact or day/month swapped; sex right or missing. No extra variation is modelled.
 *   2. Registered namesakes (sharing any spelling of the full name, either order) never have DOBs that are
 *      equal, day/month swaps, or one digit (or one adjacent transposition) apart.
 *   3. A hidden row either is more than one edit from every spelling variant of every registered name, or is
 *      ruled out from each registered worker it could pass for by a field present on both sides (sex differs,
 *      DOB not close as in rule 2, national IDs or NSSF numbers 2+ edits apart). Hidden namesakes always
 *      carry a DOB.
 *   4. Rows shuffled; on-site ids are v4 UUIDs from the seeded PRNG drawn in row order; recordedAt increases
 *      in row order; registered workerIds assigned after shuffling the register.
 *   5. Undecidable true rows (another registered candidate by name not ruled out by any shared field) are kept
 *      under 4 %: 75 % of such rows get their DOB (and if needed their national ID) written down, as an
 *      inspector would ask for it.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY, GIVEN_SHORT_F, GIVEN_SHORT_M, GIVEN_LONG_F, GIVEN_LONG_M, SREY, CHAN_G, SREY_TAILS, CHAN_TAILS, type Tok } from './ninetyfirst-names';

export const NINETYFIRST_LABEL = 'grader: short Cambodian names (Sok/Sokh, Vy/Vee, Srey Na/Sreyna), namesake hidden, all listed variations';

const ABSENT = 0.09;
const HIDDEN = 0.055;
const ZWSP = '\u200b';

// ---------- Khmer code-point order ----------
const isCons = (c: number) => c >= 0x1780 && c <= 0x17b3;
function rank(c: number): number {
  if (c === 0x17d2) return 1; // coeng (+ the consonant after it)
  if (c === 0x17c9 || c === 0x17ca || c === 0x17cc) return 2; // shifters, robat
  if (c >= 0x17b6 && c <= 0x17c5) return 3; // dependent vowels
  if ((c >= 0x17c6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd) return 4; // signs
  return 0;
}
/** Split into units: a base, or a combining mark, or coeng+consonant. */
function units(s: string): string[] {
  const cs = [...s];
  const out: string[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i].codePointAt(0)!;
    if (c === 0x17d2 && i + 1 < cs.length) { out.push(cs[i] + cs[i + 1]); i++; } else out.push(cs[i]);
  }
  return out;
}
const urank = (u: string) => rank(u.codePointAt(0)!);
/** Canonical Khmer order: within each cluster, marks stably sorted by rank. */
export function canonKh(s: string): string {
  const us = units(s);
  const out: string[] = [];
  let cluster: string[] = [];
  const flush = () => { cluster.sort((a, b) => urank(a) - urank(b)); out.push(...cluster); cluster = []; };
  for (const u of us) {
    if (urank(u) === 0) { flush(); out.push(u); } else cluster.push(u);
  }
  flush();
  return out.join('');
}
/** Another keyboard's order: swap one adjacent pair of marks of different rank (null if none). */
function reorderKh(r: Rng, s: string): string | null {
  const us = units(s);
  const spots: number[] = [];
  for (let i = 0; i + 1 < us.length; i++) {
    const a = urank(us[i]), b = urank(us[i + 1]);
    if (a > 0 && b > 0 && a !== b) spots.push(i);
  }
  if (!spots.length) return null;
  const i = r.pick(spots);
  [us[i], us[i + 1]] = [us[i + 1], us[i]];
  return us.join('');
}

export function normName(s: string): string {
  return canonKh(s.normalize('NFC').toLowerCase().replace(/[\s\u200b\u200c\u200d.\-]/g, ''));
}

// ---------- distances ----------
/** Optimal-string-alignment distance ≤ 1 (one substitution, insertion, deletion or adjacent transposition). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (m === dd || +dd > 12) return null;
  return `${y}-${dd}-${m}`;
}
/** DOBs a slip apart: equal, day/month swapped, or one digit / one adjacent transposition apart. */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b) return true;
  return within1(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

// ---------- names ----------
interface NameType { fam: Tok; giv: Tok[] }
const typeKey = (t: NameType) => [t.fam.kh, ...t.giv.map((g) => g.kh)].join('|');
function combos(lists: readonly (readonly string[])[]): string[] {
  let acc = [''];
  for (const l of lists) { const nx: string[] = []; for (const a of acc) for (const b of l) nx.push(a + b); acc = nx; }
  return acc;
}
/** Every normalized form of a name: all romanizations, both orders, plus the Khmer in both orders. */
export function nameKeys(t: NameType): string[] {
  const fam = t.fam.lat.map((s) => s.toLowerCase());
  const giv = combos(t.giv.map((g) => g.lat.map((s) => s.toLowerCase())));
  const keys = new Set<string>();
  for (const f of fam) for (const g of giv) { keys.add(f + g); keys.add(g + f); }
  const gk = t.giv.map((g) => g.kh).join('');
  keys.add(normName(t.fam.kh + gk));
  keys.add(normName(gk + t.fam.kh));
  return [...keys];
}

const dels = (s: string) => {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
};

/** Index of registered names: which registered workers a written name could pass for (within one edit). */
class NameIndex {
  private del = new Map<string, number[]>();
  private types: { keys: string[]; workers: number[] }[] = [];
  private byKey = new Map<string, number>();
  exact = new Map<string, number[]>(); // exact key → worker indices (namesakes)
  add(t: NameType, w: number) {
    const k = typeKey(t);
    let ti = this.byKey.get(k);
    if (ti === undefined) {
      ti = this.types.length;
      this.byKey.set(k, ti);
      const keys = nameKeys(t);
      this.types.push({ keys, workers: [] });
      for (const key of keys) for (const d of dels(key)) {
        const l = this.del.get(d);
        if (!l) this.del.set(d, [ti]); else if (l[l.length - 1] !== ti) l.push(ti);
      }
    }
    this.types[ti].workers.push(w);
    for (const key of this.types[ti].keys) {
      const l = this.exact.get(key);
      if (!l) this.exact.set(key, [w]); else l.push(w);
    }
  }
  /** Workers sharing any exact spelling of this name type. */
  namesakes(t: NameType): number[] {
    const s = new Set<number>();
    for (const key of nameKeys(t)) for (const w of this.exact.get(key) ?? []) s.add(w);
    return [...s];
  }
  /** Workers whose name the normalized string q is within one edit of. */
  candidates(q: string): number[] {
    const tis = new Set<number>();
    for (const d of dels(q)) for (const ti of this.del.get(d) ?? []) tis.add(ti);
    const out: number[] = [];
    for (const ti of tis) if (this.types[ti].keys.some((k) => within1(q, k))) out.push(...this.types[ti].workers);
    return out;
  }
}

// ---------- helpers ----------
const pad = (n: number, w: number) => String(n).padStart(w, '0');
function digits(r: Rng, n: number): string {
  let s = String(r.int(1, 9));
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}
function slipId(r: Rng, s: string): string {
  const cs = s.split('');
  if (r.chance(0.5) && cs.length > 1) {
    for (let k = 0; k < 20; k++) {
      const i = r.int(0, cs.length - 2);
      if (cs[i] !== cs[i + 1]) { [cs[i], cs[i + 1]] = [cs[i + 1], cs[i]]; return cs.join(''); }
    }
  }
  const i = r.int(0, cs.length - 1);
  let d = cs[i];
  while (d === cs[i]) d = String(r.int(0, 9));
  cs[i] = d;
  return cs.join('');
}
function randDate(r: Rng, y0: number, y1: number): string {
  return `${r.int(y0, y1)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`;
}
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
function typo(r: Rng, w: string): string {
  const i = r.int(1, w.length - 2);
  const abc = 'aeiouhnkrstmlpy';
  switch (r.int(0, 3)) {
    case 0: { let c = w[i]; while (c.toLowerCase() === w[i].toLowerCase()) c = r.pick(abc.split('')); return w.slice(0, i) + c + w.slice(i + 1); }
    case 1: return w.slice(0, i) + w.slice(i + 1);
    case 2: return w.slice(0, i) + w[i] + w.slice(i);
    default: return w[i] === w[i + 1] ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
}
function uuid(r: Rng): string {
  const h = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) s += h[Math.floor(r.next() * 16)];
  const v = h[8 + Math.floor(r.next() * 4)];
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${v}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

function drawName(r: Rng, sex: 'M' | 'F'): NameType {
  const fam = r.pickSkewed(FAMILY, 1.8);
  const u = r.next();
  if (sex === 'F') {
    if (u < 0.45) return { fam, giv: [r.pickSkewed(GIVEN_SHORT_F, 1.3)] };
    if (u < 0.67) return r.chance(0.75) ? { fam, giv: [SREY, r.pick(SREY_TAILS)] } : { fam, giv: [CHAN_G, r.pick(CHAN_TAILS)] };
    return { fam, giv: [r.pick(GIVEN_LONG_F)] };
  }
  if (u < 0.6) return { fam, giv: [r.pickSkewed(GIVEN_SHORT_M, 1.3)] };
  return { fam, giv: [r.pick(GIVEN_LONG_M)] };
}

interface Person {
  t: NameType;
  spell: number[]; // registered romanization index per token [fam, ...giv]
  sex: 'M' | 'F';
  dob: string;
  nid: string | null;
  nssf: string | null;
}

interface Row {
  w: OnsiteWorker;
  truthIdx: number | null; // index into registered, or null
  kind: 'true' | 'hidden';
}

/** The fields present on both sides tell the row apart from the registered worker. */
export function ruledOut(o: Pick<OnsiteWorker, 'sex' | 'dateOfBirth' | 'nationalId' | 'nssfNumber'>, g: RegisteredWorker): boolean {
  if (o.sex && g.sex && o.sex !== g.sex) return true;
  if (o.dateOfBirth && g.dateOfBirth && !dobClose(o.dateOfBirth, g.dateOfBirth)) return true;
  if (o.nationalId && g.nationalId && !within1(o.nationalId, g.nationalId)) return true;
  if (o.nssfNumber && g.nssfNumber && !within1(o.nssfNumber, g.nssfNumber)) return true;
  return false;
}

function renderName(r: Rng, t: NameType, spell: number[] | null, khmer: boolean, stats: Record<string, number>): string {
  if (khmer) {
    let fam = t.fam.kh;
    let giv = t.giv.map((g) => g.kh).join('');
    if (r.chance(0.15)) {
      const useFam = r.chance(0.5);
      const v1 = reorderKh(r, useFam ? fam : giv);
      if (v1 !== null) { if (useFam) fam = v1; else giv = v1; stats.khReorder++; }
      else { const v2 = reorderKh(r, useFam ? giv : fam); if (v2 !== null) { if (useFam) giv = v2; else fam = v2; stats.khReorder++; } }
    }
    const sep = r.chance(0.25) ? (stats.zwsp++, ZWSP) : ' ';
    let s = r.chance(0.08) ? (stats.swap++, giv + sep + fam) : fam + sep + giv;
    if (r.chance(0.2)) { s = s.normalize('NFD'); stats.nfd++; }
    return s;
  }
  const toks = [t.fam, ...t.giv];
  const words = toks.map((tk, i) => {
    const base = spell ? spell[i] : 0;
    if (r.chance(0.5) && tk.lat.length > 1) {
      const j = r.int(0, tk.lat.length - 1);
      if (j !== base) stats.romanization++;
      return tk.lat[j];
    }
    return tk.lat[base];
  });
  let fam = words[0];
  let givWords = words.slice(1);
  if (givWords.length === 2 && r.chance(0.5)) { givWords = [givWords[0] + givWords[1].toLowerCase()]; stats.runTogether++; }
  let parts = [fam, ...givWords];
  if (r.chance(0.15)) { parts = [...givWords, fam]; stats.swap++; }
  if (r.chance(0.05)) {
    const long = parts.map((p, i) => [p, i] as const).filter(([p]) => p.length >= 4);
    if (long.length) { const [p, i] = r.pick(long); parts[i] = typo(r, p); stats.typo++; }
  }
  const c = r.next();
  if (c < 0.4) { stats.upper++; return parts.join(' ').toUpperCase(); }
  if (c < 0.48) { stats.lower++; return parts.join(' ').toLowerCase(); }
  return parts.map(title).join(' ');
}

export function generateNinetyFirst(size: number, seed: number): Roster & { stats: Record<string, number> } {
  const r = rng(seed * 7919 + 91);
  const stats: Record<string, number> = {
    khmerRows: 0, latinRows: 0, crossScript: 0, zwsp: 0, khReorder: 0, nfd: 0, swap: 0, romanization: 0, runTogether: 0,
    typo: 0, upper: 0, lower: 0, nidPresent: 0, nidSlip: 0, nssfPresent: 0, nssfSlip: 0, dobPresent: 0, dobSwap: 0,
    sexMissing: 0, hiddenNamesake: 0, hiddenFresh: 0, undecidableRepaired: 0, shortFamily: 0, shortGiven: 0,
  };
  // ---- register ----
  const idx = new NameIndex();
  const people: Person[] = [];
  const nids = new Set<string>();
  const nssfs = new Set<string>();
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.52) ? 'F' : 'M';
    const t = drawName(r, sex);
    const spell = [t.fam, ...t.giv].map((tk) => (r.chance(0.7) ? 0 : r.int(0, tk.lat.length - 1)));
    const sakes = idx.namesakes(t);
    let dob = randDate(r, 1970, 2006);
    for (let k = 0; k < 200 && sakes.some((w) => dobClose(dob, people[w].dob)); k++) dob = randDate(r, 1970, 2006);
    let nid: string | null = null;
    if (r.chance(0.97)) { do nid = digits(r, 9); while (nids.has(nid)); nids.add(nid); }
    let nssf: string | null = null;
    if (r.chance(0.98)) { do nssf = digits(r, 10); while (nssfs.has(nssf)); nssfs.add(nssf); }
    people.push({ t, spell, sex, dob, nid, nssf });
    idx.add(t, i);
  }
  // shuffle the register then assign ids (index order = final order, idx built on pre-shuffle indices → remap)
  const order = r.shuffle(people.map((_, i) => i));
  const regOf = new Array<RegisteredWorker>(size);
  const registered: RegisteredWorker[] = order.map((pi, k) => {
    const p = people[pi];
    const lat = r.chance(0.1) ? null : [p.t.fam, ...p.t.giv].map((tk, i) => tk.lat[p.spell[i]]);
    let nameLatin: string | null = null;
    if (lat) {
      const joined = p.t.giv.length === 2 && r.chance(0.5) ? [lat[0], lat[1] + lat[2].toLowerCase()] : lat;
      nameLatin = r.chance(0.6) ? joined.join(' ').toUpperCase() : joined.map(title).join(' ');
    }
    const by = +p.dob.slice(0, 4);
    const g: RegisteredWorker = {
      workerId: `NF-${pad(k + 1, 6)}`,
      nssfNumber: p.nssf,
      nationalId: p.nid,
      nameKh: p.t.fam.kh + ' ' + p.t.giv.map((x) => x.kh).join(''),
      nameLatin,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: randDate(r, Math.max(2012, by + 18), 2025),
      wageRiel: r.chance(0.05) ? null : r.int(800, 2400) * 1000,
    };
    regOf[pi] = g;
    return g;
  });
  const W = (pi: number) => regOf[pi];

  // ---- on-site rows ----
  const presentIdx = r.shuffle(people.map((_, i) => i)).slice(Math.round(size * ABSENT));
  const nHidden = Math.round((presentIdx.length * HIDDEN) / (1 - HIDDEN));
  const rows: Row[] = [];
  const mkBase = (source: 'manual' | 'csv' | 'id-card'): OnsiteWorker => ({
    id: '', visitId: 'visit-ninetyfirst', name: '', nationalId: null, nssfNumber: null, sex: null, dateOfBirth: null,
    source, sourceRow: null, recordedAt: '',
  });
  const drawSource = () => { const u = r.next(); return u < 0.45 ? 'manual' as const : u < 0.9 ? 'csv' as const : 'id-card' as const; };

  for (const pi of presentIdx) {
    const p = people[pi];
    const g = W(pi);
    const source = drawSource();
    const o = mkBase(source);
    const khmer = source === 'id-card' || r.chance(0.35);
    o.name = renderName(r, p.t, g.nameLatin ? p.spell : null, khmer, stats);
    if (khmer) stats.khmerRows++; else { stats.latinRows++; if (!g.nameLatin) stats.crossScript++; }
    if (khmer && g.nameLatin) stats.crossScript++;
    const nidP = source === 'id-card' ? 1 : source === 'csv' ? 0.5 : 0.35;
    if (p.nid && r.chance(nidP)) { o.nationalId = source !== 'id-card' && r.chance(0.03) ? (stats.nidSlip++, slipId(r, p.nid)) : p.nid; }
    const nssfP = source === 'csv' ? 0.45 : source === 'manual' ? 0.2 : 0;
    if (p.nssf && r.chance(nssfP)) { o.nssfNumber = r.chance(0.03) ? (stats.nssfSlip++, slipId(r, p.nssf)) : p.nssf; }
    const dobP = source === 'id-card' ? 1 : source === 'csv' ? 0.9 : 0.8;
    if (r.chance(dobP)) { const sw = swapDM(p.dob); o.dateOfBirth = sw && source !== 'id-card' && r.chance(0.04) ? (stats.dobSwap++, sw) : p.dob; }
    o.sex = source === 'id-card' || r.chance(0.9) ? p.sex : null;
    // rule 5: an undecidable row gets its DOB / ID asked for, 75 % of the time
    const others = () => idx.candidates(normName(o.name)).filter((w) => w !== pi && !ruledOut(o, W(w)));
    if (others().length && r.chance(0.75)) {
      stats.undecidableRepaired++;
      o.dateOfBirth = p.dob;
      if (others().length && p.nid) o.nationalId = p.nid;
      if (others().length) o.sex = p.sex;
    }
    rows.push({ w: o, truthIdx: pi, kind: 'true' });
  }

  for (let h = 0; h < nHidden; h++) {
    const source = r.chance(0.95) ? (r.chance(0.5) ? 'manual' as const : 'csv' as const) : 'id-card' as const;
    const o = mkBase(source);
    let sex: 'M' | 'F';
    let t: NameType;
    let spell: number[] | null = null;
    if (r.chance(0.6)) {
      const p = people[r.int(0, size - 1)];
      t = p.t; sex = r.chance(0.85) ? p.sex : p.sex === 'M' ? 'F' : 'M'; spell = p.spell; stats.hiddenNamesake++;
      const unisex = t.giv.length === 1 && GIVEN_SHORT_F.some((x) => x.kh === t.giv[0].kh) && GIVEN_SHORT_M.some((x) => x.kh === t.giv[0].kh);
      if (!unisex) sex = p.sex;
    } else {
      sex = r.chance(0.52) ? 'F' : 'M'; t = drawName(r, sex); stats.hiddenFresh++;
    }
    const khmer = source === 'id-card' || r.chance(0.35);
    o.name = renderName(r, t, spell, khmer, stats);
    if (khmer) stats.khmerRows++; else stats.latinRows++;
    o.sex = source === 'id-card' || r.chance(0.9) ? sex : null;
    if (source === 'id-card' || r.chance(0.4)) { let n: string; do n = digits(r, 9); while (nids.has(n)); o.nationalId = n; }
    const cands = idx.candidates(normName(o.name)).map(W);
    if (cands.length || r.chance(0.88)) {
      let dob = randDate(r, 1972, 2006);
      for (let k = 0; k < 500 && cands.some((g) => !ruledOut({ ...o, dateOfBirth: dob }, g)); k++) dob = randDate(r, 1972, 2006);
      o.dateOfBirth = dob;
    }
    rows.push({ w: o, truthIdx: null, kind: 'hidden' });
  }

  // ---- shuffle, then ids, sourceRow, recordedAt in row order ----
  r.shuffle(rows);
  let t0 = Date.UTC(2025, 2, 10, 0, 30, 0); // 07:30 Phnom Penh
  let csvRow = 0;
  const truth = new Map<string, string | null>();
  for (const row of rows) {
    row.w.id = uuid(r);
    t0 += r.int(8, 70) * 1000;
    row.w.recordedAt = new Date(t0).toISOString();
    if (row.w.source === 'csv') row.w.sourceRow = ++csvRow;
    truth.set(row.w.id, row.truthIdx === null ? null : W(row.truthIdx).workerId);
  }
  for (const row of rows) {
    if (row.w.nationalId) stats.nidPresent++;
    if (row.w.nssfNumber) stats.nssfPresent++;
    if (row.w.dateOfBirth) stats.dobPresent++;
    if (!row.w.sex) stats.sexMissing++;
  }
  for (const p of people) {
    if (p.t.fam.lat[0].length <= 3) stats.shortFamily++;
    if (p.t.giv.every((g) => g.lat[0].length <= 4)) stats.shortGiven++;
  }
  return { registered, onsite: rows.map((x) => x.w), truth, stats };
}

// ---------- self-check ----------
async function selfCheck(size: number, seed: number) {
  const { OnsiteWorker: OW, RegisteredWorker: RW } = await import('../../src/protocol');
  const t1 = performance.now();
  const roster = generateNinetyFirst(size, seed);
  const ms = performance.now() - t1;
  const { registered, onsite, truth, stats } = roster;
  const fails: string[] = [];
  const check = (ok: boolean, msg: string) => { if (!ok) fails.push(msg); };
  const byId = new Map(registered.map((g) => [g.workerId, g]));
  const n = onsite.length;
  const hidden = onsite.filter((o) => truth.get(o.id) === null);
  const absent = registered.length - new Set([...truth.values()].filter((v) => v)).size;
  const pct = (x: number, d = n) => `${((100 * x) / d).toFixed(1)} %`;
  console.log(`ninetyfirst size=${size} seed=${seed}: ${registered.length} registered, ${n} on site, ${hidden.length} hidden (${pct(hidden.length)}), ${absent} absent (${pct(absent, registered.length)})`);
  console.log(`  register: short family ${pct(stats.shortFamily, size)}, short given ${pct(stats.shortGiven, size)}, nameLatin missing ${pct(registered.filter((g) => !g.nameLatin).length, size)}`);
  for (const [k, v] of Object.entries(stats)) if (!['shortFamily', 'shortGiven'].includes(k)) console.log(`  ${k.padEnd(20)} ${String(v).padStart(6)}  ${pct(v)}`);

  // Rebuild the name index from the register's Khmer names (independent of the generator's people list).
  const tokByKh = new Map<string, Tok>();
  for (const tk of [...FAMILY]) tokByKh.set('F' + tk.kh, tk);
  for (const tk of [...GIVEN_SHORT_F, ...GIVEN_SHORT_M, ...GIVEN_LONG_F, ...GIVEN_LONG_M]) tokByKh.set('G' + tk.kh, tk);
  const typeOf = (g: RegisteredWorker): NameType => {
    const [f, gv] = g.nameKh.split(' ');
    const fam = tokByKh.get('F' + f)!;
    for (const a of [SREY, CHAN_G]) {
      const tail = (a === SREY ? SREY_TAILS : CHAN_TAILS).find((b) => a.kh + b.kh === gv);
      if (tail) return { fam, giv: [a, tail] };
    }
    return { fam, giv: [tokByKh.get('G' + gv)!] };
  };
  const idx = new NameIndex();
  const ri = new Map<string, number>();
  registered.forEach((g, i) => { idx.add(typeOf(g), i); ri.set(g.workerId, i); });

  // Khmer strings in the lists are in canonical order
  for (const tk of [...FAMILY, ...GIVEN_SHORT_F, ...GIVEN_SHORT_M, ...GIVEN_LONG_F, ...GIVEN_LONG_M, SREY, CHAN_G]) check(canonKh(tk.kh) === tk.kh, `non-canonical Khmer ${tk.kh}`);

  // rule 1
  let bad1 = 0;
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    const g = byId.get(wid)!;
    const q = normName(o.name);
    const nameOk = nameKeys(typeOf(g)).some((k) => within1(q, k));
    const ok = nameOk && (!o.nationalId || within1(o.nationalId, g.nationalId ?? '')) && (!o.nssfNumber || within1(o.nssfNumber, g.nssfNumber ?? ''))
      && (!o.dateOfBirth || o.dateOfBirth === g.dateOfBirth || swapDM(g.dateOfBirth!) === o.dateOfBirth) && (!o.sex || o.sex === g.sex);
    if (!ok) { bad1++; if (bad1 <= 3) console.log('  rule1 violation', o.name, g.nameKh, g.nameLatin); }
  }
  check(bad1 === 0, `rule 1: ${bad1} true rows with implausible variants`);
  // rule 2
  let bad2 = 0;
  for (const ws of idx.exact.values()) for (let a = 0; a < ws.length; a++) for (let b = a + 1; b < ws.length; b++) {
    if (dobClose(registered[ws[a]].dateOfBirth!, registered[ws[b]].dateOfBirth!)) bad2++;
  }
  check(bad2 === 0, `rule 2: ${bad2} namesake pairs with close DOBs`);
  // rule 3
  let bad3 = 0, hiddenNamesakes = 0;
  for (const o of hidden) {
    const c = idx.candidates(normName(o.name));
    if (c.length) hiddenNamesakes++;
    if (c.some((w) => !ruledOut(o, registered[w]))) bad3++;
  }
  check(bad3 === 0, `rule 3: ${bad3} hidden rows that could pass for a registered worker`);
  console.log(`  hidden rows passing by name for a registered worker (ruled out by a field): ${hiddenNamesakes} (${pct(hiddenNamesakes, hidden.length)} of hidden)`);
  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)), 'rule 4: ids not v4 UUIDs');
  check(new Set(onsite.map((o) => o.id)).size === n, 'rule 4: duplicate ids');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt not increasing');
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  check(csvRows.every((s, i) => s === i + 1), 'rule 4: csv sourceRow not in sheet order');
  // no leak: truth positions not correlated with row order (hidden share in first vs second half)
  const half = Math.floor(n / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length;
  check(Math.abs(h1 - hidden.length / 2) < 4 * Math.sqrt(hidden.length) + 5, 'rule 4: hidden rows clustered in row order');
  const regOrder = onsite.filter((o) => truth.get(o.id)).map((o) => ri.get(truth.get(o.id)!)!);
  let inc = 0; for (let i = 1; i < regOrder.length; i++) if (regOrder[i] > regOrder[i - 1]) inc++;
  check(Math.abs(inc / Math.max(1, regOrder.length - 1) - 0.5) < 0.05, 'rule 4: on-site order follows register order');
  // rule 5
  let undec = 0, trueRows = 0;
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    trueRows++;
    const me = ri.get(wid)!;
    if (idx.candidates(normName(o.name)).some((w) => w !== me && !ruledOut(o, registered[w]))) undec++;
  }
  console.log(`  undecidable true rows: ${undec} (${pct(undec, trueRows)})`);
  check(undec / trueRows < 0.04, `rule 5: undecidable ${pct(undec, trueRows)} ≥ 4 %`);
  // rates
  check(hidden.length / n >= 0.05 && hidden.length / n <= 0.1, 'hidden share outside 5-10 %');
  // schemas
  for (let i = 0; i < registered.length; i += Math.max(1, Math.floor(registered.length / 300))) {
    const p = RW.safeParse(registered[i]); if (!p.success) { fails.push(`schema RegisteredWorker: ${p.error.message}`); break; }
  }
  for (let i = 0; i < n; i += Math.max(1, Math.floor(n / 300))) {
    const p = OW.safeParse(onsite[i]); if (!p.success) { fails.push(`schema OnsiteWorker: ${p.error.message}`); break; }
  }
  check(onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o)), 'on-site rows carry statedStartDate/wageRiel');
  check(truth.size === n, 'truth size');
  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = ser(roster), b = ser(generateNinetyFirst(size, seed)), c = ser(generateNinetyFirst(size, seed + 1));
  check(a === b, 'not deterministic for the same seed');
  check(a !== c, 'another seed gives the same roster');
  // timing
  const t2 = performance.now(); generateNinetyFirst(10000, seed); const ms10 = performance.now() - t2;
  console.log(`  generation: ${ms.toFixed(0)} ms for ${size}, ${ms10.toFixed(0)} ms for 10000`);
  check(ms10 < 2000, `10k generation ${ms10.toFixed(0)} ms ≥ 2000`);
  if (fails.length) { for (const f of fails) console.log('  FAIL:', f); console.log('FAIL'); process.exit(1); }
  console.log('PASS');
}

if (process.argv[1]?.endsWith('ninetyfirst.ts')) {
  void selfCheck(Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 1));
}
