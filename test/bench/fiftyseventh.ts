/**
 * `fiftyseventh`: a blind benchmark roster about birthdays people do not know exactly.
 *
 * THE MODEL
 * Many rural Cambodians born before birth registration was common do not know their exact date of
 * birth. The date on the ID card (and so on the fund's register) was set when the card was made; the
 * date they give an employer may be another one: the one they celebrate, one from a family book, or
 * one made up on the spot. So for the "unsure" registered workers (about 40 % of those born before
 * 1990, 15 % of the younger ones: 20-25 % overall) every date of birth the employer's sheet or the
 * inspector's notes carry differs from the register's in BOTH day and month while the YEAR is the
 * same; for about 12 % of them the year is one off as well (a date worked out from an age). The
 * employer's sheets (source csv) often carry a conventional day for such workers: 1 January, 15 June
 * or the 1st of some month; the inspector's own notes (source manual) mostly a date as told. Rows
 * read from an ID card (source id-card) carry the card's date, which is the register's. Everyone
 * else gives the register's date, or the same with day and month swapped (~5 %).
 * Rates on site: DOB on ~80 % of rows, national ID on ~40 % (the card's number, which is the
 * register's; ~5 % with one slipped digit), NSSF number on ~20 % (~4 % slipped), sex on ~75 %.
 * Names: ~42 % Khmer script (space, zero-width space or nothing between the words; now and then a
 * register shifter typed after the vowel, a split vowel េ+ា / េ+ី, or a vowel typed before a
 * subscript), the rest Latin in any listed romanization, either order, any case, ~4.5 % with one typo
 * in a word of 4+ letters. Hidden workers are ~7 % of rows, about half of them namesakes of
 * registered workers; ~5 % of registered workers are absent.
 *
 * FAIRNESS RULES (audited by the self-check below)
 *  1. A true row carries only plausible variants of its registered worker: a listed spelling or
 *     romanization (either order, any case, at most one typo in one word of 4+ letters), Khmer
 *     encoding variants, IDs exact or one slip (one digit or one adjacent transposition), sex right
 *     or missing, DOB exact or day/month swapped, OR (the extra variation of this roster) for an
 *     unsure worker a date with the same birth year (one off for a few) and a different day and
 *     month. Such a blurred date is never the date (or the swap, or one digit from the date) of
 *     another registered worker the row could pass for by name.
 *  2. Registered namesakes (same full name in any spelling) never share a date of birth and are
 *     more than a day/month swap or one digit apart.
 *  3. A hidden row either could not pass for any registered worker by name (not within one edit of
 *     any spelling variant of any registered name, in either script and order), or is ruled out from
 *     EVERY registered worker it could pass for by a field present on both sides that a blurred date
 *     does not blur: sex differs, birth year 2+ apart, or national IDs 2+ edits apart (a hidden
 *     namesake born the same year with only a date to tell them apart never occurs). A hidden row
 *     never carries a date exactly, swapped or one digit from such a namesake's, never carries an
 *     NSSF number, and its national ID (if any) is 2+ edits from every registered one.
 *  4. Nothing leaks the truth: rows shuffled, ids random version-4 UUIDs from the seeded PRNG,
 *     recordedAt increasing in row order, csv sourceRow increasing in row order, registered worker
 *     ids assigned after shuffling.
 *  5. A true row is undecidable when another registered worker it could pass for by name is not
 *     ruled out (sex, birth year 2+ apart, ID / NSSF 2+ edits apart) and the row's evidence
 *     (exact name variant, DOB exact or swapped, ID or NSSF within one slip) favours the true worker
 *     in nothing. When a row's name and year (or missing date) leave a namesake open, the row
 *     usually carries the ID, NSSF number or sex that settles it, as an inspector would ask for
 *     the card; the rest stay undecidable, kept under 4 % of true rows. No true row's evidence ever
 *     favours another worker over its own (a "misleading" row).
 *
 * Run `npx tsx test/bench/fiftyseventh.ts 10000 1` for the shape and the audit.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY57, GIVEN57 } from './fiftyseventh-names';

export const FIFTYSEVENTH_LABEL =
  'fiftyseventh: unknown exact birthdays (sheet DOB differs in day+month, same year, for 15-30 % of workers; conventional 1 Jan / 15 Jun / 1st)';

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

// ---------------------------------------------------------------- text and number helpers

const KH_RE = /[\u1780-\u17FF]/;

/** Khmer key: separators out, split vowels composed, shifter and subscript put back before the vowel. */
function khNorm(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u200B\u200C\u200D\uFEFF]/g, '')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17A2])/g, '$2$1')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1');
}

function latNorm(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

function nameKey(s: string): string {
  return KH_RE.test(s) ? khNorm(s) : latNorm(s);
}

/** Optimal-string-alignment distance (a transposition counts as one edit), capped at 3. */
function osa(a: string, b: string): number {
  if (a === b) return 0;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 2) return 3;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: lb + 1 }, (_, j) => j);
  for (let i = 1; i <= la; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return Math.min(3, prev[lb]);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(s: string): [number, number, number] {
  return [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
}

function swapDm(s: string): string | null {
  const [y, m, d] = ymd(s);
  if (d > 12 || d === m) return null;
  return `${y}-${pad(d)}-${pad(m)}`;
}

/** DOB evidence: the same date, or the same with day and month swapped. */
function dobStrong(a: string, b: string): boolean {
  return a === b || swapDm(a) === b;
}

function hamming1(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++n > 1) return false;
  return n === 1;
}

/** Too close to tell apart by date: same, swapped or one digit off. */
function dobClose(a: string, b: string): boolean {
  return dobStrong(a, b) || hamming1(a, b);
}

function yearOf(s: string): number {
  return Number(s.slice(0, 4));
}

// ---------------------------------------------------------------- names

const FAM_BY_KH = new Map(FAMILY57.map((w) => [w.kh, w]));
const GIV_BY_KH = new Map(GIVEN57.map((w) => [w.kh, w]));

function pairNameKh(f: number, g: number): string {
  return `${FAMILY57[f].kh} ${GIVEN57[g].kh}`;
}

/** Every key a registered name (Khmer "family given") may be written as, both scripts, both orders. */
function pairKeys(nameKh: string): string[] {
  const [fk, gk] = nameKh.split(' ');
  const f = FAM_BY_KH.get(fk), g = GIV_BY_KH.get(gk);
  if (!f || !g) throw new Error(`unknown name ${nameKh}`);
  const keys = new Set<string>([khNorm(f.kh + g.kh), khNorm(g.kh + f.kh)]);
  for (const fv of f.latin) for (const gv of g.latin) {
    keys.add(latNorm(fv + gv));
    keys.add(latNorm(gv + fv));
  }
  return [...keys];
}

/** Which registered names a written name could pass for: level 0 = a listed variant, 1 = one edit away. */
class NameIndex {
  private exact = new Map<string, string[]>();
  private dels = new Map<string, string[]>();
  readonly members = new Map<string, number[]>();

  constructor(nameKhs: readonly string[]) {
    nameKhs.forEach((n, i) => {
      const m = this.members.get(n);
      if (m) m.push(i);
      else this.members.set(n, [i]);
    });
    for (const n of this.members.keys()) {
      for (const k of pairKeys(n)) {
        const e = this.exact.get(k);
        if (e) {
          if (!e.includes(n)) e.push(n);
          continue;
        }
        this.exact.set(k, [n]);
        for (let i = 0; i < k.length; i++) {
          const d = k.slice(0, i) + k.slice(i + 1);
          const l = this.dels.get(d);
          if (l) l.push(k);
          else this.dels.set(d, [k]);
        }
      }
    }
  }

  query(name: string): Map<string, 0 | 1> {
    const q = nameKey(name);
    const out = new Map<string, 0 | 1>();
    const put = (n: string, lvl: 0 | 1) => {
      const o = out.get(n);
      if (o === undefined || lvl < o) out.set(n, lvl);
    };
    for (const n of this.exact.get(q) ?? []) put(n, 0);
    for (const k of this.dels.get(q) ?? []) for (const n of this.exact.get(k) ?? []) put(n, 1);
    for (let i = 0; i < q.length; i++) {
      const d = q.slice(0, i) + q.slice(i + 1);
      for (const n of this.exact.get(d) ?? []) put(n, 1);
      for (const k of this.dels.get(d) ?? []) {
        if (k.length === q.length && osa(q, k) <= 1) for (const n of this.exact.get(k) ?? []) put(n, 1);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------- ID numbers

/** Keeps a set of same-length digit strings pairwise 2+ edits apart (no shared digit-mask, no adjacent swap). */
class IdIndex {
  private masks = new Map<string, string[]>();
  private all = new Set<string>();

  add(id: string): void {
    this.all.add(id);
    for (let i = 0; i < id.length; i++) {
      const m = id.slice(0, i) + '*' + id.slice(i + 1);
      const l = this.masks.get(m);
      if (l) l.push(id);
      else this.masks.set(m, [id]);
    }
  }

  /** Registered ids within one substitution or adjacent transposition of `id` (itself included). */
  near(id: string): string[] {
    const out = new Set<string>();
    if (this.all.has(id)) out.add(id);
    for (let i = 0; i < id.length; i++) {
      for (const x of this.masks.get(id.slice(0, i) + '*' + id.slice(i + 1)) ?? []) out.add(x);
    }
    for (let i = 0; i + 1 < id.length; i++) {
      if (id[i] === id[i + 1]) continue;
      const t = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      if (this.all.has(t)) out.add(t);
    }
    return [...out];
  }

  fresh(make: () => string): string {
    for (;;) {
      const id = make();
      if (this.near(id).length === 0) return id;
    }
  }
}

function slipId(r: Rng, id: string): string {
  if (r.chance(0.4)) {
    const cands: number[] = [];
    for (let i = 0; i + 1 < id.length; i++) if (id[i] !== id[i + 1]) cands.push(i);
    if (cands.length) {
      const i = r.pick(cands);
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
  }
  const i = r.int(0, id.length - 1);
  let c = id[i];
  while (c === id[i]) c = String(r.int(0, 9));
  return id.slice(0, i) + c + id.slice(i + 1);
}

// ---------------------------------------------------------------- the shared judgement (generation and audit)

interface RowFields {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
}

interface RegFields {
  nameKh: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
}

/**
 * A field present on both sides says "not this worker". Day and month never do (they are what an
 * unsure worker blurs); the birth year does at 2+ years. NSSF numbers count for true rows only.
 */
function ruledOut(o: RowFields, p: RegFields, hidden: boolean): boolean {
  if (o.sex && p.sex && o.sex !== p.sex) return true;
  if (o.nationalId && p.nationalId && osa(o.nationalId, p.nationalId) >= 2) return true;
  if (!hidden && o.nssfNumber && p.nssfNumber && osa(o.nssfNumber, p.nssfNumber) >= 2) return true;
  if (o.dateOfBirth && p.dateOfBirth && Math.abs(yearOf(o.dateOfBirth) - yearOf(p.dateOfBirth)) >= 2) return true;
  return false;
}

/** What in the row points at `p`: [exact name variant, DOB exact/swapped, national ID within a slip, NSSF within a slip]. */
function evidence(o: RowFields, p: RegFields, level: 0 | 1): number[] {
  return [
    level === 0 ? 1 : 0,
    o.dateOfBirth && p.dateOfBirth && dobStrong(o.dateOfBirth, p.dateOfBirth) ? 1 : 0,
    o.nationalId && p.nationalId && osa(o.nationalId, p.nationalId) <= 1 ? 1 : 0,
    o.nssfNumber && p.nssfNumber && osa(o.nssfNumber, p.nssfNumber) <= 1 ? 1 : 0,
  ];
}

type Verdict = 'ok' | 'undecidable' | 'misleading';

function judge(o: RowFields, t: number, regs: readonly RegFields[], index: NameIndex, cands: Map<string, 0 | 1>): Verdict {
  const lt = cands.get(regs[t].nameKh);
  if (lt === undefined) return 'misleading';
  const et = evidence(o, regs[t], lt);
  let verdict: Verdict = 'ok';
  for (const [n, lvl] of cands) {
    for (const i of index.members.get(n) ?? []) {
      if (i === t || ruledOut(o, regs[i], false)) continue;
      const ec = evidence(o, regs[i], lvl);
      if (ec.some((v, k) => v > et[k])) return 'misleading';
      if (ec.every((v, k) => v === et[k])) verdict = 'undecidable';
    }
  }
  return verdict;
}

/** Registered workers (indices) a row could pass for by name. */
function nameCandidates(index: NameIndex, cands: Map<string, 0 | 1>): number[] {
  const out: number[] = [];
  for (const n of cands.keys()) for (const i of index.members.get(n) ?? []) out.push(i);
  return out;
}

// ---------------------------------------------------------------- generation

interface Person extends RegFields {
  f: number;
  g: number;
  older: boolean;
  unsure: boolean;
  nameLatin: string | null;
  hireDate: string | null;
  wageRiel: number | null;
}

interface Draft extends RowFields {
  source: Source;
  truth: number; // registered index, -1 for hidden
  tags: string[];
}

interface Built {
  roster: Roster;
  /** Per on-site row (final order): what was done to it. */
  tags: string[][];
  /** Per registered worker (final order): born before 1990, unsure of their date. */
  regMeta: { older: boolean; unsure: boolean }[];
}

const VISIT_ID = 'visit-fiftyseventh';

const REPAIR = 0.9; // an inspector asks for the card when a name and year leave a namesake open

function skewIndex(r: Rng, n: number, s: number): number {
  return Math.min(n - 1, Math.floor(n * r.next() ** s));
}

function titleCase(s: string): string {
  return s.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
}

function randomDate(r: Rng, y: number): string {
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

function uuid(r: Rng): string {
  let h = '';
  for (let i = 0; i < 32; i++) h += Math.floor(r.next() * 16).toString(16);
  const v = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const GIVEN_F = GIVEN57.map((g, i) => ({ g, i })).filter((x) => x.g.sex !== 'M').map((x) => x.i);
const GIVEN_M = GIVEN57.map((g, i) => ({ g, i })).filter((x) => x.g.sex !== 'F').map((x) => x.i);

function pickName(r: Rng, sex: Sex): [number, number] {
  const f = skewIndex(r, FAMILY57.length, 1.7);
  const list = sex === 'F' ? GIVEN_F : GIVEN_M;
  return [f, list[skewIndex(r, list.length, 1.5)]];
}

function typo(r: Rng, w: string): string {
  const upper = w === w.toUpperCase();
  const lw = w.toLowerCase();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = lw;
  const op = r.int(0, 3);
  const i = r.int(1, lw.length - 1);
  if (op === 0) {
    let c = lw[i];
    while (c === lw[i]) c = r.pick(letters.split(''));
    out = lw.slice(0, i) + c + lw.slice(i + 1);
  } else if (op === 1) {
    out = lw.slice(0, i) + lw.slice(i + 1);
  } else if (op === 2) {
    out = lw.slice(0, i) + lw[i] + lw.slice(i);
  } else {
    const j = Math.min(i, lw.length - 2);
    out = lw[j] === lw[j + 1] ? lw.slice(0, j) + lw.slice(j + 1) : lw.slice(0, j) + lw[j + 1] + lw[j] + lw.slice(j + 2);
  }
  if (upper) return out.toUpperCase();
  return w[0] === w[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
}

function latinName(r: Rng, f: number, g: number, tags: string[], index: NameIndex, allowTypo: boolean): string {
  const fw = FAMILY57[f], gw = GIVEN57[g];
  const fv = r.chance(0.55) ? fw.latin[0] : r.pick(fw.latin);
  const gv = r.chance(0.55) ? gw.latin[0] : r.pick(gw.latin);
  if (fv !== fw.latin[0] || gv !== gw.latin[0]) tags.push('latAltSpelling');
  const swap = r.chance(0.14);
  if (swap) tags.push('latOrderSwap');
  let s = swap ? `${gv} ${fv}` : `${fv} ${gv}`;
  const c = r.next();
  if (c < 0.45) {
    s = s.toUpperCase();
    tags.push('latUpper');
  } else if (c < 0.9) s = titleCase(s);
  else {
    s = s.toLowerCase();
    tags.push('latLower');
  }
  if (allowTypo && r.chance(0.045)) {
    const own = pairNameKh(f, g);
    const words = s.split(' ');
    const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
    for (let tries = 0; tries < 6 && long.length; tries++) {
      const wi = r.pick(long);
      const ws = words.slice();
      ws[wi] = typo(r, ws[wi]);
      const t = ws.join(' ');
      const q = index.query(t);
      // a typo that lands exactly on someone else's name would not be a typo a reader could undo
      if ([...q].some(([n, l]) => l === 0 && n !== own)) continue;
      tags.push('latTypo');
      return t;
    }
  }
  return s;
}

function khmerName(r: Rng, f: number, g: number, tags: string[], plain = false): string {
  const a = FAMILY57[f].kh, b = GIVEN57[g].kh;
  const swap = !plain && r.chance(0.08);
  if (swap) tags.push('khOrderSwap');
  const x = r.next();
  const sep = plain || x < 0.62 ? ' ' : x < 0.8 ? '\u200B' : '';
  if (sep === '\u200B') tags.push('khZwsp');
  if (sep === '') tags.push('khNoSpace');
  let s = swap ? b + sep + a : a + sep + b;
  if (plain) return s;
  const y = r.next();
  if (y < 0.12 && /[\u17C9\u17CA][\u17B6-\u17C5]/.test(s)) {
    s = s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1');
    tags.push('khShifterOrder');
  } else if (y < 0.2 && /[\u17C4\u17BE]/.test(s)) {
    s = s.replace('\u17C4', '\u17C1\u17B6').replace('\u17BE', '\u17C1\u17B8');
    tags.push('khSplitVowel');
  } else if (y < 0.25 && /\u17D2[\u1780-\u17A2][\u17B6-\u17C5]/.test(s)) {
    s = s.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/, '$2$1');
    tags.push('khVowelBeforeSubscript');
  }
  return s;
}

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 57);
  const n = Math.max(1, Math.floor(size));

  // ---- the register
  const regs: Person[] = [];
  const dobsByName = new Map<string, string[]>();
  const nidIdx = new IdIndex();
  const nssfIdx = new IdIndex();
  for (let i = 0; i < n; i++) {
    const sex: Sex = r.chance(0.76) ? 'F' : 'M';
    const [f, g] = pickName(r, sex);
    const nameKh = pairNameKh(f, g);
    const older = r.chance(0.32);
    let dob: string | null = null;
    if (!r.chance(0.01)) {
      const same = dobsByName.get(nameKh) ?? [];
      for (let tries = 0; tries < 60; tries++) {
        const y = older ? r.int(1968, 1989) : r.int(1990, 2006);
        // cards made in bulk for people who did not know their date often carry 1 January
        const d = older && r.chance(0.07) ? `${y}-01-01` : randomDate(r, y);
        if (!same.some((x) => dobClose(x, d))) {
          dob = d;
          break;
        }
      }
      if (dob) {
        same.push(dob);
        dobsByName.set(nameKh, same);
      }
    }
    const nid = r.chance(0.94) ? nidIdx.fresh(() => `${r.int(0, 1)}${r.int(0, 2)}${pad(r.int(0, 9999999), 7)}`) : null;
    if (nid) nidIdx.add(nid);
    const nssf = r.chance(0.97) ? nssfIdx.fresh(() => `${r.int(1, 3)}${pad(r.int(0, 999999999), 9)}`) : null;
    if (nssf) nssfIdx.add(nssf);
    let nameLatin: string | null = null;
    if (r.chance(0.8)) {
      const fv = r.chance(0.85) ? FAMILY57[f].latin[0] : r.pick(FAMILY57[f].latin);
      const gv = r.chance(0.85) ? GIVEN57[g].latin[0] : r.pick(GIVEN57[g].latin);
      nameLatin = r.chance(0.75) ? `${fv} ${gv}`.toUpperCase() : `${fv} ${gv}`;
    }
    const by = dob ? yearOf(dob) : 1995;
    const hireDate = r.chance(0.02) ? null : randomDate(r, r.int(Math.max(by + 18, 2009), 2024));
    const wageRiel = r.chance(0.04) ? null : r.int(780, 1900) * 1000;
    const unsure = dob !== null && r.chance(older ? 0.4 : 0.15);
    regs.push({ f, g, nameKh, sex, dateOfBirth: dob, nationalId: nid, nssfNumber: nssf, older, unsure, nameLatin, hireDate, wageRiel });
  }
  const index = new NameIndex(regs.map((p) => p.nameKh));

  const pickSource = (): Source => {
    const x = r.next();
    return x < 0.1 ? 'id-card' : x < 0.68 ? 'csv' : 'manual';
  };

  // ---- a blurred date for an unsure worker
  const blur = (ti: number, source: Source, cands: number[], tags: string[]): string | null => {
    const [Y, M, D] = ymd(regs[ti].dateOfBirth!);
    const off = r.chance(0.12) ? (r.chance(0.5) ? 1 : -1) : 0;
    const y = Y + off;
    const conv = source === 'csv' ? 0.65 : 0.25;
    for (let tries = 0; tries < 40; tries++) {
      let m: number, d: number, kind: string;
      const x = r.next();
      if (x < conv * 0.55) [m, d, kind] = [1, 1, 'blurJan1'];
      else if (x < conv * 0.78) [m, d, kind] = [6, 15, 'blurJun15'];
      else if (x < conv) [m, d, kind] = [r.int(1, 12), 1, 'blurFirstOfMonth'];
      else {
        m = r.int(1, 12);
        d = r.int(1, daysIn(y, m));
        kind = 'blurAsTold';
      }
      if (m === M || d === D || (m === D && d === M)) continue;
      const s = `${y}-${pad(m)}-${pad(d)}`;
      if (cands.some((i) => i !== ti && regs[i].dateOfBirth && dobClose(s, regs[i].dateOfBirth!))) continue;
      tags.push('blur', kind);
      if (off) tags.push('blurYearOff');
      return s;
    }
    tags.push('blurDropped');
    return null;
  };

  // ---- true rows
  const drafts: Draft[] = [];
  const present = regs.map(() => r.chance(0.95));
  const undecided: number[] = [];
  for (let t = 0; t < n; t++) {
    if (!present[t]) continue;
    const p = regs[t];
    let chosen: Draft | null = null;
    for (let attempt = 0; attempt < 12 && !chosen; attempt++) {
      const tags: string[] = [];
      let source = pickSource();
      if (source === 'id-card' && (!p.nationalId || !p.dateOfBirth)) source = 'manual';
      let name: string;
      if (source === 'id-card') {
        name = r.chance(0.7) ? khmerName(r, p.f, p.g, tags, true) : `${FAMILY57[p.f].latin[0]} ${GIVEN57[p.g].latin[0]}`.toUpperCase();
      } else name = r.chance(0.42) ? khmerName(r, p.f, p.g, tags) : latinName(r, p.f, p.g, tags, index, true);
      tags.push(KH_RE.test(name) ? 'khmer' : 'latin');
      const cands = index.query(name);
      const candIdx = nameCandidates(index, cands);
      const row: Draft = { name, nationalId: null, nssfNumber: null, sex: null, dateOfBirth: null, source, truth: t, tags };
      if (source === 'id-card') {
        row.sex = p.sex;
        row.dateOfBirth = p.dateOfBirth;
        row.nationalId = p.nationalId;
      } else {
        if (r.chance(0.74)) row.sex = p.sex;
        if (r.chance(0.79)) {
          if (!p.dateOfBirth) {
            row.dateOfBirth = randomDate(r, r.int(1970, 2005));
            tags.push('dobNotOnRegister');
          } else if (p.unsure) row.dateOfBirth = blur(t, source, candIdx, tags);
          else if (r.chance(0.05) && swapDm(p.dateOfBirth)) {
            row.dateOfBirth = swapDm(p.dateOfBirth);
            tags.push('dobSwap');
          } else row.dateOfBirth = p.dateOfBirth;
        }
        if (p.nationalId && r.chance(0.2)) {
          row.nationalId = p.nationalId;
          if (r.chance(0.05)) {
            const s = slipId(r, p.nationalId);
            if (nidIdx.near(s).every((x) => x === p.nationalId)) {
              row.nationalId = s;
              tags.push('nidSlip');
            }
          }
        }
        if (p.nssfNumber && r.chance(0.23)) {
          row.nssfNumber = p.nssfNumber;
          if (r.chance(0.04)) {
            const s = slipId(r, p.nssfNumber);
            if (nssfIdx.near(s).every((x) => x === p.nssfNumber)) {
              row.nssfNumber = s;
              tags.push('nssfSlip');
            }
          }
        }
      }
      let v = judge(row, t, regs, index, cands);
      if (v === 'misleading') continue;
      if (v === 'undecidable' && r.chance(REPAIR)) {
        if (v === 'undecidable' && !row.nationalId && p.nationalId) {
          row.nationalId = p.nationalId;
          tags.push('askedForId');
          v = judge(row, t, regs, index, cands);
        }
        if (v === 'undecidable' && !row.nssfNumber && p.nssfNumber) {
          row.nssfNumber = p.nssfNumber;
          tags.push('askedForNssf');
          v = judge(row, t, regs, index, cands);
        }
        if (v === 'undecidable' && !row.sex && p.sex) {
          row.sex = p.sex;
          tags.push('askedForSex');
          v = judge(row, t, regs, index, cands);
        }
      }
      if (v === 'misleading') continue;
      if (v === 'undecidable') tags.push('undecidable');
      chosen = row;
    }
    if (!chosen) throw new Error(`fiftyseventh: could not build a fair row for registered worker ${t}`);
    if (chosen.tags.includes('undecidable')) undecided.push(t);
    drafts.push(chosen);
  }

  // ---- hidden rows
  const nTrue = drafts.length;
  const nHidden = Math.max(1, Math.round((nTrue * 0.07) / 0.93));
  const nNamesakes = Math.round(nHidden * 0.5);
  const freshNid = () => nidIdx.fresh(() => `${r.int(0, 1)}${r.int(0, 2)}${pad(r.int(0, 9999999), 7)}`);
  const hiddenFair = (row: Draft, cands: number[]): boolean =>
    cands.every(
      (i) =>
        ruledOut(row, regs[i], true) &&
        !(row.dateOfBirth && regs[i].dateOfBirth && dobClose(row.dateOfBirth, regs[i].dateOfBirth!)),
    );
  const randomYear = () => (r.chance(0.32) ? r.int(1968, 1989) : r.int(1990, 2006));

  for (let h = 0; h < nHidden; h++) {
    const namesake = h < nNamesakes;
    let done = false;
    for (let attempt = 0; attempt < 400 && !done; attempt++) {
      const tags: string[] = [namesake ? 'hiddenNamesake' : 'hiddenStranger'];
      const source = pickSource();
      let f: number, g: number, sex: Sex;
      let base: Person | null = null;
      if (namesake) {
        base = regs[r.int(0, n - 1)];
        [f, g] = [base.f, base.g];
        sex = GIVEN57[g].sex === 'U' && r.chance(0.4) ? (base.sex === 'F' ? 'M' : 'F') : base.sex!;
      } else {
        sex = r.chance(0.76) ? 'F' : 'M';
        [f, g] = pickName(r, sex);
      }
      let name: string;
      if (source === 'id-card') {
        name = r.chance(0.7) ? khmerName(r, f, g, tags, true) : `${FAMILY57[f].latin[0]} ${GIVEN57[g].latin[0]}`.toUpperCase();
      } else name = r.chance(0.42) ? khmerName(r, f, g, tags) : latinName(r, f, g, tags, index, true);
      tags.push(KH_RE.test(name) ? 'khmer' : 'latin');
      const cands = nameCandidates(index, index.query(name));
      if (!namesake && cands.length) continue;
      if (namesake && !cands.length) continue;
      const row: Draft = { name, nationalId: null, nssfNumber: null, sex: null, dateOfBirth: null, source, truth: -1, tags };
      const oppositeSex = base !== null && sex !== base.sex;
      const mode = oppositeSex ? 'sex' : source === 'id-card' || r.chance(0.4) ? 'nid' : 'year';
      row.sex = oppositeSex || source === 'id-card' || r.chance(0.74) ? sex : null;
      if (mode === 'year') {
        const years = cands.filter((i) => regs[i].dateOfBirth).map((i) => yearOf(regs[i].dateOfBirth!));
        const allowed: number[] = [];
        for (let y = 1966; y <= 2007; y++) if (years.every((c) => Math.abs(c - y) >= 2)) allowed.push(y);
        if (!allowed.length) continue;
        row.dateOfBirth = randomDate(r, r.pick(allowed));
      } else if (source === 'id-card' || r.chance(namesake ? 0.68 : 0.79)) row.dateOfBirth = randomDate(r, randomYear());
      if (mode === 'nid' || (source !== 'id-card' && r.chance(0.25))) row.nationalId = freshNid();
      if (source === 'id-card' && !row.nationalId) row.nationalId = freshNid();
      if (!hiddenFair(row, cands)) continue;
      if (namesake) {
        const by = cands.map((i) => {
          const p = regs[i];
          const ways: string[] = [];
          if (row.sex && p.sex && row.sex !== p.sex) ways.push('sex');
          if (row.dateOfBirth && p.dateOfBirth && Math.abs(yearOf(row.dateOfBirth) - yearOf(p.dateOfBirth)) >= 2) ways.push('year');
          if (row.nationalId && p.nationalId && osa(row.nationalId, p.nationalId) >= 2) ways.push('nid');
          return ways;
        });
        for (const w of ['sex', 'year', 'nid']) if (by.some((ways) => ways.includes(w))) tags.push(`hiddenRuledOutBy_${w}`);
      }
      drafts.push(row);
      done = true;
    }
    if (!done) throw new Error('fiftyseventh: could not build a fair hidden row');
  }

  // ---- national ID on ~40 % of rows: more inspectors copy the card number than the sheet shows
  const targetNid = Math.round(0.4 * drafts.length);
  let haveNid = drafts.filter((d) => d.nationalId).length;
  for (const d of r.shuffle(drafts.filter((x) => x.truth >= 0 && !x.nationalId && regs[x.truth].nationalId))) {
    if (haveNid >= targetNid) break;
    d.nationalId = regs[d.truth].nationalId;
    d.tags.push('idCopied');
    haveNid++;
  }

  // ---- shuffle, ids, times
  r.shuffle(drafts);
  const order = r.shuffle(regs.map((_, i) => i));
  const workerIdOf = new Array<string>(n);
  order.forEach((ri, pos) => (workerIdOf[ri] = `W${pad(pos + 1, 6)}`));
  const registered: RegisteredWorker[] = order.map((ri) => {
    const p = regs[ri];
    return {
      workerId: workerIdOf[ri],
      nssfNumber: p.nssfNumber,
      nationalId: p.nationalId,
      nameKh: p.nameKh,
      nameLatin: p.nameLatin,
      sex: p.sex,
      dateOfBirth: p.dateOfBirth,
      hireDate: p.hireDate,
      wageRiel: p.wageRiel,
    };
  });
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = [];
  let clock = Date.UTC(2025, 2, 12, 1, 30, 0);
  let csvRow = 0;
  for (const d of drafts) {
    clock += r.int(4, 45) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(clock).toISOString(),
    });
    truth.set(id, d.truth >= 0 ? workerIdOf[d.truth] : null);
  }
  return {
    roster: { registered, onsite, truth },
    tags: drafts.map((d) => d.tags),
    regMeta: order.map((ri) => ({ older: regs[ri].older, unsure: regs[ri].unsure })),
  };
}

export function generateFiftyseventh(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const built = build(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = built.roster;
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
  };
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
  const rate = (a: number, b: number) => (b ? a / b : 0);

  const regById = new Map(registered.map((w, i) => [w.workerId, i]));
  const regFields: RegFields[] = registered.map((w) => ({
    nameKh: w.nameKh,
    nationalId: w.nationalId,
    nssfNumber: w.nssfNumber,
    sex: w.sex,
    dateOfBirth: w.dateOfBirth,
  }));
  const index = new NameIndex(registered.map((w) => w.nameKh));
  const regNid = new IdIndex();
  for (const w of registered) if (w.nationalId) regNid.add(w.nationalId);
  const regNssf = new IdIndex();
  for (const w of registered) if (w.nssfNumber) regNssf.add(w.nssfNumber);

  // ---- shape
  const tagCount = new Map<string, number>();
  for (const ts of built.tags) for (const t of new Set(ts)) tagCount.set(t, (tagCount.get(t) ?? 0) + 1);
  const tc = (t: string) => tagCount.get(t) ?? 0;
  const rows = onsite.length;
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const absent = registered.filter((w) => !presentIds.has(w.workerId));
  const withDob = onsite.filter((o) => o.dateOfBirth).length;
  const withNid = onsite.filter((o) => o.nationalId).length;
  const withNssf = onsite.filter((o) => o.nssfNumber).length;
  const withSex = onsite.filter((o) => o.sex).length;
  const khmerRows = onsite.filter((o) => KH_RE.test(o.name)).length;
  const bySource = (s: string) => onsite.filter((o) => o.source === s).length;
  const unsureReg = built.regMeta.filter((m) => m.unsure).length;
  const olderReg = built.regMeta.filter((m) => m.older);
  const youngerReg = built.regMeta.filter((m) => !m.older);
  const namesakeCount = new Map<string, number>();
  for (const w of registered) namesakeCount.set(w.nameKh, (namesakeCount.get(w.nameKh) ?? 0) + 1);
  const sharing = registered.filter((w) => namesakeCount.get(w.nameKh)! > 1).length;

  console.log(`fiftyseventh size=${size} seed=${seed}: generated in ${ms.toFixed(0)} ms`);
  console.log(`  registered ${registered.length}, sharing a full name with another ${pct(sharing, registered.length)}, largest namesake group ${Math.max(...namesakeCount.values())}`);
  console.log(`  register: DOB ${pct(registered.filter((w) => w.dateOfBirth).length, registered.length)}, national ID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, registered.length)}, Latin name ${pct(registered.filter((w) => w.nameLatin).length, registered.length)}, DOB 1 January ${pct(registered.filter((w) => w.dateOfBirth?.endsWith('-01-01')).length, registered.length)}`);
  console.log(`  unsure of their DOB: ${pct(unsureReg, registered.length)} of registered (born before 1990: ${pct(olderReg.filter((m) => m.unsure).length, olderReg.length)}, later: ${pct(youngerReg.filter((m) => m.unsure).length, youngerReg.length)})`);
  console.log(`  on site ${rows}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, rows)}; namesakes ${tc('hiddenNamesake')}, strangers ${tc('hiddenStranger')}), absent registered ${absent.length} (${pct(absent.length, registered.length)})`);
  console.log(`  sources: csv ${pct(bySource('csv'), rows)}, manual ${pct(bySource('manual'), rows)}, id-card ${pct(bySource('id-card'), rows)}`);
  console.log(`  fields on site: DOB ${pct(withDob, rows)}, national ID ${pct(withNid, rows)}, NSSF ${pct(withNssf, rows)}, sex ${pct(withSex, rows)}`);
  console.log(`  names: Khmer ${pct(khmerRows, rows)} (zero-width space ${tc('khZwsp')}, no space ${tc('khNoSpace')}, given first ${tc('khOrderSwap')}, shifter after vowel ${tc('khShifterOrder')}, split vowel ${tc('khSplitVowel')}, vowel before subscript ${tc('khVowelBeforeSubscript')})`);
  console.log(`         Latin ${pct(rows - khmerRows, rows)} (other romanization ${tc('latAltSpelling')}, given first ${tc('latOrderSwap')}, upper ${tc('latUpper')}, lower ${tc('latLower')}, typo ${tc('latTypo')})`);
  const trueDobRows = trueRows.filter((o) => o.dateOfBirth).length;
  console.log(`  DOB on true rows: ${trueDobRows}; blurred (day+month differ) ${tc('blur')} = ${pct(tc('blur'), trueDobRows)} [1 Jan ${tc('blurJan1')}, 15 Jun ${tc('blurJun15')}, 1st of a month ${tc('blurFirstOfMonth')}, as told ${tc('blurAsTold')}; year one off ${tc('blurYearOff')}; dropped ${tc('blurDropped')}], swapped ${tc('dobSwap')}`);
  console.log(`  ID slips: national ${tc('nidSlip')}, NSSF ${tc('nssfSlip')}; asked for card when a namesake stayed open: ID ${tc('askedForId')}, NSSF ${tc('askedForNssf')}, sex ${tc('askedForSex')}`);
  console.log(`  hidden namesakes ruled out by: sex ${tc('hiddenRuledOutBy_sex')}, birth year 2+ apart ${tc('hiddenRuledOutBy_year')}, national ID 2+ edits ${tc('hiddenRuledOutBy_nid')}`);

  // ---- name lists: one Khmer spelling and distinct romanizations per word
  const seenLat = new Map<string, string>();
  let listBad = 0;
  for (const w of [...FAMILY57, ...GIVEN57]) {
    for (const v of w.latin) {
      const k = latNorm(v);
      if (seenLat.has(k) && seenLat.get(k) !== w.kh) listBad++;
      seenLat.set(k, w.kh);
    }
  }
  if (new Set([...FAMILY57, ...GIVEN57].map((w) => w.kh)).size !== FAMILY57.length + GIVEN57.length) listBad++;
  check(listBad === 0, `name lists: ${listBad} shared spellings`);

  // ---- schemas
  const onsiteKeys = 'dateOfBirth,id,name,nationalId,nssfNumber,recordedAt,sex,source,sourceRow,visitId';
  const regKeys = 'dateOfBirth,hireDate,nameKh,nameLatin,nationalId,nssfNumber,sex,wageRiel,workerId';
  let schemaBad = 0;
  for (const o of onsite) if (!OnsiteSchema.safeParse(o).success || Object.keys(o).sort().join(',') !== onsiteKeys) schemaBad++;
  for (const w of registered) if (!RegisteredSchema.safeParse(w).success || Object.keys(w).sort().join(',') !== regKeys) schemaBad++;
  check(schemaBad === 0, `schema: ${schemaBad} records fail`);
  check(new Set(registered.map((w) => w.workerId)).size === registered.length, 'schema: duplicate workerId');

  // ---- rule 1: true rows carry only plausible variants
  let r1 = 0, blurred = 0, blurredYearOff = 0, blurredOlder = 0, blurredYounger = 0, sheetDobOlder = 0, sheetDobYounger = 0;
  const r1Examples: string[] = [];
  const verdicts = { ok: 0, undecidable: 0, misleading: 0 };
  let undecidableBlurred = 0;
  const usedTruth = new Set<string>();
  for (const o of trueRows) {
    const wid = truth.get(o.id)!;
    const t = regById.get(wid);
    if (t === undefined) {
      r1++;
      continue;
    }
    if (usedTruth.has(wid)) r1++;
    usedTruth.add(wid);
    const w = registered[t];
    const cands = index.query(o.name);
    const bad: string[] = [];
    if (!cands.has(w.nameKh)) bad.push('name');
    if (o.sex && o.sex !== w.sex) bad.push('sex');
    if (o.nationalId && (!w.nationalId || osa(o.nationalId, w.nationalId) > 1)) bad.push('nid');
    if (o.nssfNumber && (!w.nssfNumber || osa(o.nssfNumber, w.nssfNumber) > 1)) bad.push('nssf');
    if (o.dateOfBirth && w.dateOfBirth && !dobStrong(o.dateOfBirth, w.dateOfBirth)) {
      const [y1, m1, d1] = ymd(o.dateOfBirth), [y2, m2, d2] = ymd(w.dateOfBirth);
      if (Math.abs(y1 - y2) <= 1 && m1 !== m2 && d1 !== d2) {
        blurred++;
        if (y1 !== y2) blurredYearOff++;
      } else bad.push('dob');
    }
    if (o.dateOfBirth && w.dateOfBirth && o.source !== 'id-card') {
      const isBlur = !dobStrong(o.dateOfBirth, w.dateOfBirth);
      if (yearOf(w.dateOfBirth) < 1990) {
        sheetDobOlder++;
        if (isBlur) blurredOlder++;
      } else {
        sheetDobYounger++;
        if (isBlur) blurredYounger++;
      }
    }
    if (bad.length) {
      r1++;
      if (r1Examples.length < 5) r1Examples.push(`${o.name} ~ ${w.nameKh}/${w.nameLatin}: ${bad.join(',')}`);
    }
    // ---- rule 5 on the same row
    const v = judge(o as RowFields, t, regFields, index, cands);
    verdicts[v]++;
    if (v === 'undecidable' && o.dateOfBirth && w.dateOfBirth && !dobStrong(o.dateOfBirth, w.dateOfBirth)) undecidableBlurred++;
  }
  const sheetBlurRate = rate(blurredOlder + blurredYounger, sheetDobOlder + sheetDobYounger);
  console.log(`  rule 1: ${r1} true rows with an implausible variant${r1Examples.length ? ' e.g. ' + r1Examples.join(' | ') : ''}; blurred dates ${blurred} (${pct(blurred, trueDobRows)} of true rows with DOB; year one off ${blurredYearOff})`);
  console.log(`          sheet/notes dates blurred: ${pct(blurredOlder + blurredYounger, sheetDobOlder + sheetDobYounger)} (born before 1990 ${pct(blurredOlder, sheetDobOlder)}, later ${pct(blurredYounger, sheetDobYounger)})`);
  check(r1 === 0, `rule 1: ${r1} true rows with an implausible variant`);
  check(sheetBlurRate >= 0.15 && sheetBlurRate <= 0.3, `theme: blurred sheet dates ${pct(blurredOlder + blurredYounger, sheetDobOlder + sheetDobYounger)} outside 15-30 %`);
  check(rate(blurredOlder, sheetDobOlder) > rate(blurredYounger, sheetDobYounger), 'theme: older workers should blur more');
  check(rate(unsureReg, registered.length) >= 0.15 && rate(unsureReg, registered.length) <= 0.3, 'theme: unsure registered workers outside 15-30 %');

  // ---- rule 2: registered namesakes are told apart by date
  let r2 = 0;
  const groups = new Map<string, number[]>();
  registered.forEach((w, i) => {
    const key = w.nameKh.split(' ').sort().join(' ');
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const g of groups.values()) {
    for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) {
      const x = registered[g[a]].dateOfBirth, y = registered[g[b]].dateOfBirth;
      if (x && y && (dobClose(x, y) || dobClose(y, x))) r2++;
    }
  }
  console.log(`  rule 2: ${r2} registered namesake pairs whose dates are the same, swapped or one digit apart`);
  check(r2 === 0, `rule 2: ${r2} namesake pairs too close`);

  // ---- rule 3: hidden rows
  let r3 = 0, hiddenWithNamesake = 0;
  for (const o of hiddenRows) {
    const cands = nameCandidates(index, index.query(o.name));
    if (cands.length) hiddenWithNamesake++;
    for (const i of cands) {
      const p = regFields[i];
      if (!ruledOut(o as RowFields, p, true)) r3++;
      else if (o.dateOfBirth && p.dateOfBirth && dobClose(o.dateOfBirth, p.dateOfBirth)) r3++;
    }
    if (o.nationalId && regNid.near(o.nationalId).length) r3++;
    if (o.nssfNumber && regNssf.near(o.nssfNumber).length) r3++;
  }
  console.log(`  rule 3: hidden rows that could pass for a registered worker by name: ${hiddenWithNamesake} (${pct(hiddenWithNamesake, hiddenRows.length)}); unfair hidden pairings ${r3}`);
  check(r3 === 0, `rule 3: ${r3} unfair hidden pairings`);
  const hr = rate(hiddenRows.length, rows);
  check(hr >= 0.05 && hr <= 0.1, `shape: hidden ${pct(hiddenRows.length, rows)} outside 5-10 %`);
  check(rate(hiddenWithNamesake, hiddenRows.length) >= 0.3 && rate(hiddenWithNamesake, hiddenRows.length) <= 0.7, 'shape: hidden namesakes not about half');

  // ---- rule 4: nothing leaks
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  if (new Set(onsite.map((o) => o.id)).size !== rows) r4++;
  if (!onsite.every((o) => uuidRe.test(o.id))) r4++;
  for (let i = 1; i < rows; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) r4++;
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  for (let i = 1; i < csvRows.length; i++) if (!(csvRows[i] > csvRows[i - 1])) r4++;
  if (truth.size !== rows || !onsite.every((o) => truth.has(o.id))) r4++;
  const tol = (k: number) => Math.max(0.05, 4 * Math.sqrt(1 / 12 / Math.max(1, k)));
  const hiddenPos = hiddenRows.length ? hiddenRows.map((o) => onsite.indexOf(o) / rows).reduce((a, b) => a + b, 0) / hiddenRows.length : 0.5;
  const absentPos = absent.length ? absent.map((w) => regById.get(w.workerId)! / registered.length).reduce((a, b) => a + b, 0) / absent.length : 0.5;
  const xs = trueRows.map((o) => onsite.indexOf(o));
  const ys = trueRows.map((o) => regById.get(truth.get(o.id)!)!);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs), my = mean(ys);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const corr = sxy / Math.sqrt(sxx * syy || 1);
  if (Math.abs(hiddenPos - 0.5) > tol(hiddenRows.length)) r4++;
  if (Math.abs(absentPos - 0.5) > tol(absent.length)) r4++;
  if (Math.abs(corr) > Math.max(0.05, 4 / Math.sqrt(xs.length))) r4++;
  console.log(`  rule 4: mean position of hidden rows ${hiddenPos.toFixed(3)}, of absent workers in the register ${absentPos.toFixed(3)}, row order vs worker id correlation ${corr.toFixed(3)}; problems ${r4}`);
  check(r4 === 0, `rule 4: ${r4} leaks or ordering problems`);

  // ---- rule 5
  const undRate = rate(verdicts.undecidable, trueRows.length);
  console.log(`  rule 5: undecidable true rows ${verdicts.undecidable} (${pct(verdicts.undecidable, trueRows.length)}; with a blurred date ${undecidableBlurred}), misleading ${verdicts.misleading}`);
  check(undRate < 0.04, `rule 5: undecidable ${pct(verdicts.undecidable, trueRows.length)} >= 4 %`);
  check(verdicts.misleading === 0, `rule 5: ${verdicts.misleading} misleading true rows`);

  // ---- rates
  check(Math.abs(rate(withDob, rows) - 0.8) <= 0.05, `shape: DOB on ${pct(withDob, rows)}, want ~80 %`);
  check(Math.abs(rate(withNid, rows) - 0.4) <= 0.05, `shape: national ID on ${pct(withNid, rows)}, want ~40 %`);
  check(Math.abs(rate(withNssf, rows) - 0.2) <= 0.05, `shape: NSSF on ${pct(withNssf, rows)}, want ~20 %`);
  check(rate(absent.length, registered.length) >= 0.03 && rate(absent.length, registered.length) <= 0.08, 'shape: absent not ~5 %');

  // ---- determinism and time
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = dump(generateFiftyseventh(size, seed));
  const same = a === dump(generateFiftyseventh(size, seed));
  const other = a !== dump(generateFiftyseventh(size, seed + 1));
  const t1 = performance.now();
  generateFiftyseventh(10000, seed);
  const ms10k = performance.now() - t1;
  console.log(`  determinism: same seed identical ${same}, another seed differs ${other}; 10k generation ${ms10k.toFixed(0)} ms`);
  check(same && other, 'determinism');
  check(ms10k < 2000, `10k generation took ${ms10k.toFixed(0)} ms`);

  for (const f of failures) console.log(`  FAIL: ${f}`);
  console.log(failures.length ? 'FAIL' : 'PASS');
  return failures.length === 0;
}

if (process.argv[1]?.endsWith('fiftyseventh.ts')) {
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
