/**
 * `thirtysecond`: a blind, labelled roster for the reconciliation benchmark — THE HOTLINE CHECK.
 *
 * Workers who fear they are not registered call the fund's 1286/1297 hotline. The operator writes
 * their names down by ear (Latin or Khmer); the inspector then checks exactly those workers on
 * site, plus co-workers they point to, reading most names off ID cards. So the on-site list is
 * short (3-8 % of the register, drawn per seed) and a large share of it (30-50 %, drawn per seed)
 * is truly hidden. The registered rows are a scattered sample of the register; the hidden callers
 * are mostly relatives or namesakes of registered workers (same family name, the same or a
 * similar given name, the same village's family names). Almost the whole register is absent, and
 * that is normal here.
 *
 * Model (rates are per on-site row unless said otherwise):
 *  - source: id-card 55 % (name read off the card, Khmer 55 % / the card's Latin 45 %, mostly upper
 *    case; national ID 65 %, DOB 80 %, sex 95 %), manual 40 % (the operator's spelling by ear: Latin
 *    75 %, any listed romanization, order swapped 20 %, one typo 10 %; national ID 15 %, DOB 25 %,
 *    sex 75 %), csv 5 % (a co-worker list from the employer's sheet; national ID 40 %, DOB 60 %).
 *    Where a row could not be told from a namesake, the inspector asks for the DOB or the card
 *    (rules 3 and 5), so overall national ID ends ~50-60 % and DOB ~70 % of rows.
 *    NSSF numbers are rare (~2 % of rows; workers do not know them), never on hidden rows.
 *  - slips: national ID one digit changed or two adjacent digits swapped (3-8 % of the IDs given),
 *    NSSF number one slip (10 % of those given), DOB day/month swapped (2-8 % of the DOBs given).
 *  - Khmer names: ZWSP instead of the space 15 %, no space 8 %, one code-point-order variant
 *    (vowel typed before a subscript, vowel before the register shifter, or a split vowel
 *    េ+ា / េ+ី for ោ / ើ — all render the same) ~15 %, NFD 10 %, given name first ~4 %.
 *  - register: Latin name missing 8 %, national ID missing 3 %, NSSF missing 2 %, ZWSP for the
 *    space in 5 % of Khmer names; common family names (Sok, Chan, Chea ...) make big namesake groups.
 *  - hidden callers: namesake of a registered worker 35 %, relative (same family name, other given
 *    name) 35 %, similar given name (Sophea / Sopheap, Vanna / Vannak) 15 %, another name from the
 *    callers' villages 15 %; their anchor is an on-site caller 65 % of the time.
 *
 * FAIRNESS RULES (audited by the self-check below; a careful human with both lists can reach
 * the targets):
 *  1. A true row carries only plausible variants of its registered worker: a listed romanization
 *     of each word, either order, any case, at most one typo (substitution by a keyboard
 *     neighbour, a dropped or doubled letter, two adjacent letters swapped) in one Latin word of
 *     4+ letters, Khmer encoding variants (spaces/ZWSP, NFC/NFD, code-point order, split vowels —
 *     the split vowel is the one extra variation modelled; it renders identically); national ID
 *     and NSSF number exact or one slip; DOB exact or day/month swapped; sex right or missing.
 *  2. Registered namesakes (sharing any spelling of the full name, in either order) never share a
 *     DOB and their DOBs are more than a day/month swap, one digit or one adjacent-digit swap apart.
 *     All national IDs (and NSSF numbers) are pairwise more than one slip apart.
 *  3. A hidden row either could not pass for any registered worker by name (its name is not within
 *     one edit of any spelling variant of theirs), or is ruled out from every worker it could pass
 *     for by a field present on BOTH sides: sex differs, DOBs more than a swap / one digit apart,
 *     or national IDs 2+ edits apart.
 *  4. Nothing leaks the truth: rows are shuffled, ids are random v4 UUIDs from the seeded PRNG,
 *     recordedAt increases in row order, registered worker ids are assigned after shuffling.
 *  5. Undecidable true rows (another registered worker, not ruled out, whom no field tells apart
 *     from the true one) stay under 4 % (the generator keeps at most 2.5 % of them; the others get
 *     the DOB or ID the inspector would have asked for).
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { OnsiteWorker as OnsiteWorkerSchema, RegisteredWorker as RegisteredWorkerSchema } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { TS_FAMILY, TS_GIVEN, TS_SIMILAR, type KhName } from './thirtysecond-names';

export const THIRTYSECOND_LABEL =
  'hotline check: short on-site list (3-8 % of register) of callers, 30-50 % hidden relatives/namesakes, names by ear or off ID cards';

// ---------------------------------------------------------------------------------------------
// Name keys: how a careful reader compares names (also used by the audit).

const ZW = /[\s\u200b\u200c\u200d\u2060\ufeff]/g;
const KHMER = /[\u1780-\u17ff]/;

/** Khmer in one canonical form: no spaces, marks in a fixed order, split vowels joined. */
export function khCanon(s: string): string {
  const t = s.normalize('NFC').replace(ZW, '');
  let out = '';
  let i = 0;
  while (i < t.length) {
    const base = t[i];
    i++;
    const subs: string[] = [];
    let shift = '';
    let vow = '';
    let sign = '';
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === 0x17d2 && i + 1 < t.length) {
        subs.push(t.slice(i, i + 2));
        i += 2;
      } else if (c === 0x17c9 || c === 0x17ca) {
        shift += t[i++];
      } else if (c >= 0x17b6 && c <= 0x17c5) {
        vow += t[i++];
      } else if ((c >= 0x17c6 && c <= 0x17d3) || c === 0x17dd) {
        sign += t[i++];
      } else break;
    }
    vow = vow.replace('\u17c1\u17b6', '\u17c4').replace('\u17c1\u17b8', '\u17be');
    out += base + subs.join('') + shift + vow + sign;
  }
  return out;
}

export function latinNorm(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

export function nameKey(s: string): string {
  return KHMER.test(s) ? khCanon(s) : latinNorm(s);
}

/** Every spelling of a full name a reader should accept, in either order, both scripts. */
export function comboKeys(f: KhName, g: KhName): string[] {
  const out = new Set<string>();
  for (const fl of f.latin)
    for (const gl of g.latin) {
      out.add(latinNorm(fl + gl));
      out.add(latinNorm(gl + fl));
    }
  out.add(khCanon(f.kh + g.kh));
  out.add(khCanon(g.kh + f.kh));
  return [...out];
}

/** Optimal-string-alignment distance (adjacent transposition counts as one edit). */
export function osa(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

const HB = 0x01000193;

/**
 * 32-bit polynomial hashes of s and of every string made by deleting one character of s, built
 * from prefix and suffix hashes so no substring is allocated. Collisions only add candidates,
 * which are then verified exactly.
 */
function deletionHashes(s: string): number[] {
  const n = s.length;
  const pre = new Array<number>(n + 1);
  const suf = new Array<number>(n + 1);
  const pow = new Array<number>(n + 1);
  pre[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    pre[i + 1] = (Math.imul(pre[i], HB) + s.charCodeAt(i)) >>> 0;
    pow[i + 1] = Math.imul(pow[i], HB) >>> 0;
  }
  suf[n] = 0;
  for (let i = n - 1; i >= 0; i--) suf[i] = (Math.imul(s.charCodeAt(i), pow[n - 1 - i]) + suf[i + 1]) >>> 0;
  const out = [(pre[n] ^ n) >>> 0];
  for (let i = 0; i < n; i++) out.push(((Math.imul(pre[i], pow[n - 1 - i]) + suf[i + 1]) ^ (n - 1)) >>> 0);
  return out;
}

/** Symmetric-deletion index: finds every stored key within one edit of a query. */
export class NameIndex {
  readonly keys: string[] = [];
  readonly owners: number[][] = [];
  private readonly ids = new Map<string, number>();
  private readonly del = new Map<number, number[]>();

  /** Each (key, owner) pair is added once; owners of one key are added together. */
  add(key: string, owner: number): void {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.owners.push([]);
      for (const h of deletionHashes(key)) {
        const l = this.del.get(h);
        if (l) {
          if (l[l.length - 1] !== id) l.push(id);
        } else this.del.set(h, [id]);
      }
    }
    const o = this.owners[id];
    if (o[o.length - 1] !== owner) o.push(owner);
  }

  /** owner → smallest distance (0 or 1) of any of its keys to q. */
  find(q: string): Map<number, number> {
    const seen = new Set<number>();
    for (const h of deletionHashes(q)) {
      const l = this.del.get(h);
      if (l) for (const id of l) seen.add(id);
    }
    const out = new Map<number, number>();
    for (const id of seen) {
      const dist = osa(q, this.keys[id]);
      if (dist > 1) continue;
      for (const o of this.owners[id]) {
        const was = out.get(o);
        if (was === undefined || dist < was) out.set(o, dist);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates and numbers.

const DAY = 86_400_000;
const VISIT = Date.UTC(2025, 5, 17);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const yearOf = (d: string) => Number(d.slice(0, 4));

export function dobSwap(d: string): string | null {
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  if (day > 12 || day === m) return null;
  return `${d.slice(0, 4)}-${pad(day)}-${pad(m)}`;
}

/** Equal, day/month swapped, one digit off, or two adjacent digits swapped. */
export function dobClose(a: string, b: string): boolean {
  if (a === b || dobSwap(a) === b) return true;
  const x = a.replace(/-/g, '');
  const y = b.replace(/-/g, '');
  const pos: number[] = [];
  for (let i = 0; i < 8; i++) if (x[i] !== y[i]) pos.push(i);
  if (pos.length <= 1) return true;
  return pos.length === 2 && pos[1] === pos[0] + 1 && x[pos[0]] === y[pos[1]] && x[pos[1]] === y[pos[0]];
}

/** A random real date in [from, to] (ms). */
function randomDay(r: Rng, from: number, to: number): string {
  return isoDay(from + Math.floor(r.next() * ((to - from) / DAY + 1)) * DAY);
}

function birthInYear(r: Rng, y: number): string {
  return randomDay(r, Date.UTC(y, 0, 1), Date.UTC(y, 11, 31));
}

/** Digit strings kept pairwise more than one slip (substitution / adjacent swap) apart. */
class IdPool {
  private readonly used = new Set<number>();
  constructor(private readonly len: number, private readonly lo: number, private readonly hi: number) {}

  private near(v: number): boolean {
    if (this.used.has(v)) return true;
    const digits = new Array<number>(this.len);
    for (let i = this.len - 1, x = v; i >= 0; i--, x = Math.floor(x / 10)) digits[i] = x % 10;
    let p = 1;
    for (let i = this.len - 1; i >= 0; i--, p *= 10) {
      for (let d = 0; d <= 9; d++) if (d !== digits[i] && this.used.has(v + (d - digits[i]) * p)) return true;
      if (i > 0 && digits[i] !== digits[i - 1]) {
        // swap digits i-1 (weight p*10) and i (weight p)
        const w = v + (digits[i - 1] - digits[i]) * p + (digits[i] - digits[i - 1]) * p * 10;
        if (this.used.has(w)) return true;
      }
    }
    return false;
  }

  draw(r: Rng): string {
    for (;;) {
      const v = this.lo + Math.floor(r.next() * (this.hi - this.lo));
      if (this.near(v)) continue;
      this.used.add(v);
      return String(v).padStart(this.len, '0');
    }
  }
}

/** One slip: a digit changed, or two adjacent different digits swapped. */
function slip(r: Rng, s: string): string {
  const c = [...s];
  if (r.chance(0.4)) {
    const options: number[] = [];
    for (let i = 0; i + 1 < c.length; i++) if (c[i] !== c[i + 1]) options.push(i);
    if (options.length) {
      const i = r.pick(options);
      [c[i], c[i + 1]] = [c[i + 1], c[i]];
      return c.join('');
    }
  }
  const i = r.int(0, c.length - 1);
  const d = (Number(c[i]) + r.int(1, 9)) % 10;
  c[i] = String(d);
  return c.join('');
}

function uuid(r: Rng): string {
  const hex = '0123456789abcdef';
  let h = '';
  for (let i = 0; i < 32; i++) h += hex[Math.floor(r.next() * 16)];
  h = h.slice(0, 12) + '4' + h.slice(13, 16) + '89ab'[Math.floor(r.next() * 4)] + h.slice(17);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Name rendering.

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qswz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb',
  i: 'ujko', j: 'huikmn', k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol',
  q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc',
  y: 'tghu', z: 'asx',
};

/** One typo in one word of 4+ letters; null when the name has no such word. */
function typo(r: Rng, name: string): string | null {
  const words = name.split(' ');
  const ok = words.map((w, i) => (w.replace(/[^A-Za-z]/g, '').length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!ok.length) return null;
  const wi = r.pick(ok);
  const w = words[wi];
  for (let tries = 0; tries < 10; tries++) {
    const op = r.int(0, 3);
    const p = r.int(0, w.length - 1);
    let nw = w;
    if (op === 0) {
      const lower = w[p].toLowerCase();
      const nb = KEY_NEIGHBOURS[lower];
      if (!nb) continue;
      let ch = r.pick([...nb]);
      if (w[p] !== lower) ch = ch.toUpperCase();
      nw = w.slice(0, p) + ch + w.slice(p + 1);
    } else if (op === 1) {
      if (p === 0) continue; // a dropped first letter is not how names get misheard
      nw = w.slice(0, p) + w.slice(p + 1);
    } else if (op === 2) {
      nw = w.slice(0, p + 1) + w[p].toLowerCase() + w.slice(p + 1);
    } else {
      if (p >= w.length - 1 || p === 0 || w[p] === w[p + 1]) continue;
      nw = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
    }
    if (nw !== w) {
      words[wi] = nw;
      return words.join(' ');
    }
  }
  return null;
}

type Case = 'title' | 'upper' | 'lower';
function applyCase(s: string, c: Case): string {
  return c === 'upper' ? s.toUpperCase() : c === 'lower' ? s.toLowerCase() : s;
}

const VOWEL = (c: number) => c >= 0x17b6 && c <= 0x17c5;

/** One code-point-order variant of a canonical Khmer string, or null when none applies. */
function khOrderVariant(r: Rng, s: string): { s: string; tag: string } | null {
  const kinds = r.shuffle(['coeng', 'shift', 'split']);
  for (const k of kinds) {
    const spots: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (k === 'coeng' && c === 0x17d2 && i + 2 < s.length && VOWEL(s.charCodeAt(i + 2))) spots.push(i);
      if (k === 'shift' && (c === 0x17c9 || c === 0x17ca) && i + 1 < s.length && VOWEL(s.charCodeAt(i + 1))) spots.push(i);
      if (k === 'split' && (c === 0x17c4 || c === 0x17be)) spots.push(i);
    }
    if (!spots.length) continue;
    const i = r.pick(spots);
    if (k === 'coeng') return { s: s.slice(0, i) + s[i + 2] + s.slice(i, i + 2) + s.slice(i + 3), tag: 'kh-vowel-before-subscript' };
    if (k === 'shift') return { s: s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2), tag: 'kh-vowel-before-shifter' };
    const split = s.charCodeAt(i) === 0x17c4 ? '\u17c1\u17b6' : '\u17c1\u17b8';
    return { s: s.slice(0, i) + split + s.slice(i + 1), tag: 'kh-split-vowel' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The generator.

type Source = 'manual' | 'csv' | 'id-card';

interface Person {
  fam: number;
  giv: number;
  sex: 'M' | 'F';
  dob: string;
  nid: string;
}

interface RegRec {
  p: Person;
  combo: number;
  famRom: number;
  givRom: number;
  rw: RegisteredWorker;
}

interface Draft {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'M' | 'F' | null;
  dateOfBirth: string | null;
  source: Source;
  tags: string[];
}

interface RowMeta {
  truth: RegRec | null;
  tags: string[];
}

const G = TS_GIVEN.length;
const GIVEN_BY_SEX: Record<'M' | 'F', number[]> = { M: [], F: [] };
TS_GIVEN.forEach((g, i) => {
  if (g.sex !== 'F') GIVEN_BY_SEX.M.push(i);
  if (g.sex !== 'M') GIVEN_BY_SEX.F.push(i);
});
const GIVEN_BY_PRIMARY = new Map(TS_GIVEN.map((g, i) => [g.latin[0], i]));
const SIMILAR: number[][] = TS_GIVEN.map((g) => {
  const out = new Set<number>();
  for (const grp of TS_SIMILAR)
    if (grp.includes(g.latin[0]))
      for (const n of grp) {
        const j = GIVEN_BY_PRIMARY.get(n);
        if (j !== undefined && TS_GIVEN[j] !== g) out.add(j);
      }
  return [...out];
});

const SRC = {
  'id-card': { kh: 0.55, nid: 0.65, nidSlip: 0.03, nssf: 0.03, dob: 0.8, dobSwap: 0.02, sex: 0.95, swap: 0.05, typo: 0.03, kswap: 0.02 },
  manual: { kh: 0.25, nid: 0.15, nidSlip: 0.08, nssf: 0.02, dob: 0.25, dobSwap: 0.08, sex: 0.75, swap: 0.2, typo: 0.1, kswap: 0.06 },
  csv: { kh: 0.4, nid: 0.4, nidSlip: 0.03, nssf: 0.15, dob: 0.6, dobSwap: 0.05, sex: 0.9, swap: 0.1, typo: 0.04, kswap: 0.05 },
} as const;

interface Generated {
  roster: Roster;
  meta: Map<string, RowMeta>;
  params: { onsiteRate: number; hiddenShare: number };
}

function build(size: number, seed: number): Generated {
  const r = rng((seed * 2654435761) ^ 0x32e1d0b5);
  const onsiteRate = 0.03 + 0.05 * r.next();
  const hiddenShare = 0.3 + 0.2 * r.next();
  const M = Math.max(4, Math.round(size * onsiteRate));
  const H = Math.max(1, Math.round(M * hiddenShare));
  const R = M - H;

  const nidPool = new IdPool(9, 0, 300_000_000);
  const nssfPool = new IdPool(10, 1_000_000_000, 3_000_000_000);

  // --- combos: every spelling key, and which combos share one (namesakes for rule 2)
  const comboKeyCache = new Map<number, string[]>();
  const keysOf = (combo: number) => {
    let k = comboKeyCache.get(combo);
    if (!k) {
      k = comboKeys(TS_FAMILY[Math.floor(combo / G)], TS_GIVEN[combo % G]);
      comboKeyCache.set(combo, k);
    }
    return k;
  };
  const keyCombos = new Map<string, number[]>();
  const linked = new Map<number, Set<number>>();
  const dobsOfCombo = new Map<number, string[]>();
  const regOfCombo = new Map<number, RegRec[]>();
  const ensureCombo = (combo: number) => {
    if (linked.has(combo)) return;
    const set = new Set<number>([combo]);
    linked.set(combo, set);
    for (const k of keysOf(combo)) {
      const l = keyCombos.get(k);
      if (l) {
        for (const o of l) {
          set.add(o);
          linked.get(o)!.add(combo);
        }
        l.push(combo);
      } else keyCombos.set(k, [combo]);
    }
  };
  const dobFree = (combo: number, dob: string) => {
    for (const c of linked.get(combo)!) for (const d of dobsOfCombo.get(c) ?? []) if (dobClose(d, dob)) return false;
    return true;
  };

  // --- the register
  const reg: RegRec[] = [];
  const minBirth = Date.UTC(1970, 0, 1);
  const maxBirth = Date.UTC(2007, 0, 1);
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.62) ? 'F' : 'M';
    let fam = 0;
    let giv = 0;
    let combo = 0;
    let dob = '';
    for (let attempt = 0; ; attempt++) {
      fam = TS_FAMILY.indexOf(r.pickSkewed(TS_FAMILY, 2));
      giv = r.pickSkewed(GIVEN_BY_SEX[sex], 1.4);
      combo = fam * G + giv;
      ensureCombo(combo);
      let ok = false;
      for (let t = 0; t < 30 && !ok; t++) {
        dob = randomDay(r, minBirth, maxBirth);
        ok = dobFree(combo, dob);
      }
      if (ok) break;
    }
    const nid = nidPool.draw(r);
    const nssf = nssfPool.draw(r);
    const f = TS_FAMILY[fam];
    const g = TS_GIVEN[giv];
    const famRom = r.chance(0.75) ? 0 : r.int(0, f.latin.length - 1);
    const givRom = r.chance(0.75) ? 0 : r.int(0, g.latin.length - 1);
    const latin = `${f.latin[famRom]} ${g.latin[givRom]}`;
    const hireFrom = Math.max(Date.UTC(2008, 0, 1), Date.parse(dob) + 18 * 365.25 * DAY);
    const rw: RegisteredWorker = {
      workerId: '',
      nssfNumber: r.chance(0.02) ? null : nssf,
      nationalId: r.chance(0.03) ? null : nid,
      nameKh: `${f.kh}${r.chance(0.05) ? '\u200b' : ' '}${g.kh}`,
      nameLatin: r.chance(0.08) ? null : r.chance(0.7) ? latin.toUpperCase() : latin,
      sex,
      dateOfBirth: dob,
      hireDate: randomDay(r, hireFrom, Date.UTC(2025, 4, 31)),
      wageRiel: r.chance(0.05) ? null : r.int(760, 1600) * 1000,
    };
    const rec: RegRec = { p: { fam, giv, sex, dob, nid }, combo, famRom, givRom, rw };
    reg.push(rec);
    const ds = dobsOfCombo.get(combo);
    if (ds) ds.push(dob);
    else dobsOfCombo.set(combo, [dob]);
    const l = regOfCombo.get(combo);
    if (l) l.push(rec);
    else regOfCombo.set(combo, [rec]);
  }

  // --- an index over the spellings of every registered name
  const index = new NameIndex();
  for (const combo of regOfCombo.keys()) for (const k of keysOf(combo)) index.add(k, combo);
  const compatible = (name: string): Array<[RegRec, number]> => {
    const out: Array<[RegRec, number]> = [];
    for (const [combo, dist] of index.find(nameKey(name))) for (const rec of regOfCombo.get(combo)!) out.push([rec, dist]);
    return out;
  };

  // --- rendering a person as the inspector wrote them down
  const render = (p: Person, rec: RegRec | null): Draft => {
    const u = r.next();
    const source: Source = u < 0.55 ? 'id-card' : u < 0.95 ? 'manual' : 'csv';
    const S = SRC[source];
    const tags: string[] = [];
    const f = TS_FAMILY[p.fam];
    const g = TS_GIVEN[p.giv];
    let name: string;
    if (r.chance(S.kh)) {
      tags.push('kh');
      const swap = r.chance(S.kswap);
      if (swap) tags.push('swap');
      let s = swap ? `${g.kh} ${f.kh}` : `${f.kh} ${g.kh}`;
      if (r.chance(0.15)) {
        const v = khOrderVariant(r, s);
        if (v) {
          s = v.s;
          tags.push(v.tag);
        }
      }
      const sp = r.next();
      if (sp < 0.15) {
        s = s.replace(' ', '\u200b');
        tags.push('kh-zwsp');
      } else if (sp < 0.23) {
        s = s.replace(' ', '');
        tags.push('kh-nospace');
      }
      if (r.chance(0.1)) {
        s = s.normalize('NFD');
        tags.push('kh-nfd');
      }
      name = s;
    } else {
      tags.push('latin');
      let fr: string;
      let gr: string;
      if (source === 'id-card' && rec && rec.rw.nameLatin !== null && r.chance(0.7)) {
        fr = f.latin[rec.famRom];
        gr = g.latin[rec.givRom];
      } else {
        fr = r.chance(0.5) ? f.latin[0] : r.pick(f.latin);
        gr = r.chance(0.5) ? g.latin[0] : r.pick(g.latin);
      }
      if (fr !== f.latin[0] || gr !== g.latin[0]) tags.push('alt-romanization');
      const swap = r.chance(S.swap);
      if (swap) tags.push('swap');
      name = swap ? `${gr} ${fr}` : `${fr} ${gr}`;
      if (r.chance(S.typo)) {
        const t = typo(r, name);
        if (t) {
          name = t;
          tags.push('typo');
        }
      }
      const cu = r.next();
      const c: Case = source === 'id-card' ? (cu < 0.85 ? 'upper' : 'title') : source === 'csv' ? (cu < 0.5 ? 'upper' : 'title') : cu < 0.8 ? 'title' : cu < 0.95 ? 'upper' : 'lower';
      if (c !== 'title') tags.push(c);
      name = applyCase(name, c);
      if (r.chance(0.02)) {
        name = name.replace(' ', '  ');
        tags.push('double-space');
      }
    }
    let nationalId: string | null = null;
    if (r.chance(S.nid)) {
      nationalId = p.nid;
      if (rec && r.chance(S.nidSlip)) {
        nationalId = slip(r, p.nid);
        tags.push('nid-slip');
      }
    }
    let nssfNumber: string | null = null;
    if (rec && rec.rw.nssfNumber && r.chance(S.nssf)) {
      nssfNumber = rec.rw.nssfNumber;
      if (r.chance(0.1)) {
        nssfNumber = slip(r, nssfNumber);
        tags.push('nssf-slip');
      }
    }
    let dateOfBirth: string | null = null;
    if (r.chance(S.dob)) {
      dateOfBirth = p.dob;
      const sw = dobSwap(p.dob);
      if (rec && sw && r.chance(S.dobSwap)) {
        dateOfBirth = sw;
        tags.push('dob-swap');
      }
    }
    const sex = r.chance(S.sex) ? p.sex : null;
    return { name, nationalId, nssfNumber, sex, dateOfBirth, source, tags };
  };

  const drafts: Array<{ d: Draft; truth: RegRec | null }> = [];

  // --- registered callers: a scattered sample of the register
  const order = r.shuffle(reg.map((_, i) => i));
  const callers = order.slice(0, R).map((i) => reg[i]);
  let keepBudget = Math.floor(0.025 * R);
  for (const rec of callers) {
    const d = render(rec.p, rec);
    if (undecidable(d, rec, compatible(d.name))) {
      if (keepBudget > 0 && r.chance(0.35)) {
        keepBudget--;
        d.tags.push('undecidable-kept');
      } else {
        d.tags.push('asked-more');
        const askDob = () => (d.dateOfBirth = rec.rw.dateOfBirth);
        const askId = () => (d.nationalId = rec.rw.nationalId ?? d.nationalId);
        const fixes: Array<() => void> = [
          ...(r.chance(0.5) ? [askDob, askId] : [askId, askDob]),
          () => (d.sex = rec.p.sex),
          () => (d.nssfNumber = rec.rw.nssfNumber ?? d.nssfNumber),
        ];
        for (const fix of fixes) {
          fix();
          if (!undecidable(d, rec, compatible(d.name))) break;
        }
      }
    }
    drafts.push({ d, truth: rec });
  }

  // --- hidden callers: relatives, namesakes and village neighbours of registered workers
  const anchorOf = () => (callers.length && r.chance(0.65) ? r.pick(callers) : r.pick(reg));
  const ageOk = (dob: string) => {
    const age = 2025 - yearOf(dob);
    return age >= 17 && age <= 60;
  };
  for (let h = 0; h < H; h++) {
    for (let attempt = 0; ; attempt++) {
      const anchor = anchorOf();
      const u = r.next();
      let type = u < 0.35 ? 'namesake' : u < 0.7 ? 'relative' : u < 0.85 ? 'similar' : 'village';
      let fam = anchor.p.fam;
      let giv = anchor.p.giv;
      let sex: 'M' | 'F';
      if (type === 'similar' && !SIMILAR[giv].length) type = 'relative';
      if (type === 'namesake') {
        sex = TS_GIVEN[giv].sex === 'U' ? (r.chance(0.5) ? 'F' : 'M') : (TS_GIVEN[giv].sex as 'M' | 'F');
      } else if (type === 'similar') {
        giv = r.pick(SIMILAR[giv]);
        const gs = TS_GIVEN[giv].sex;
        sex = gs === 'U' ? (r.chance(0.5) ? 'F' : 'M') : gs;
      } else {
        sex = r.chance(0.6) ? 'F' : 'M';
        if (type === 'village') fam = r.pick(callers.length ? callers : reg).p.fam;
        do giv = r.pickSkewed(GIVEN_BY_SEX[sex], 1.4);
        while (type === 'relative' && giv === anchor.p.giv);
      }
      // relatives' ages follow the anchor's (siblings, cousins, parents, children)
      let dob = '';
      for (let t = 0; t < 20; t++) {
        if (type === 'namesake' || type === 'village') dob = randomDay(r, minBirth, maxBirth);
        else {
          const gap = r.chance(0.75) ? r.int(1, 12) : r.int(18, 28);
          dob = birthInYear(r, yearOf(anchor.p.dob) + (r.chance(0.5) ? gap : -gap));
        }
        if (ageOk(dob)) break;
      }
      if (!ageOk(dob)) dob = randomDay(r, minBirth, maxBirth);
      const p: Person = { fam, giv, sex, dob, nid: nidPool.draw(r) };
      const d = render(p, null);
      d.tags.push(`hidden-${type}`);
      const cands = compatible(d.name).map(([rec]) => rec);
      let ok = cands.every((c) => ruledOut(d, c.rw));
      if (!ok) {
        d.tags.push('hidden-asked-more');
        const dobFirst = r.chance(0.5);
        for (let t = 0; t < 8 && !ok; t++) {
          if (dobFirst && d.dateOfBirth === null) d.dateOfBirth = p.dob;
          else if (d.nationalId === null) d.nationalId = p.nid;
          else if (d.dateOfBirth === null) d.dateOfBirth = p.dob;
          else if (d.sex === null) d.sex = p.sex;
          else {
            // the DOB is too close to a namesake's: this caller is someone else, born another day
            for (let k = 0; k < 40; k++) {
              const alt = randomDay(r, minBirth, maxBirth);
              if (cands.every((c) => !c.rw.dateOfBirth || !dobClose(c.rw.dateOfBirth, alt))) {
                p.dob = alt;
                break;
              }
            }
            d.dateOfBirth = p.dob;
          }
          ok = cands.every((c) => ruledOut(d, c.rw));
        }
      }
      if (ok) {
        drafts.push({ d, truth: null });
        break;
      }
    }
  }

  // --- shuffle rows and register, then hand out ids
  r.shuffle(drafts);
  r.shuffle(reg);
  reg.forEach((rec, i) => (rec.rw.workerId = `NSSF-W${pad(i + 1, 6)}`));
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = VISIT + 30 * 60_000; // 07:30 local is 00:30 UTC
  let sheetRow = 0;
  for (const { d, truth: rec } of drafts) {
    t += r.int(20, 240) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-thirtysecond',
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? (sheetRow += r.int(1, 4)) : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, rec ? rec.rw.workerId : null);
    meta.set(id, { truth: rec, tags: d.tags });
  }
  return { roster: { registered: reg.map((x) => x.rw), onsite, truth }, meta, params: { onsiteRate, hiddenShare } };
}

export function generateThirtysecond(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Field comparisons shared by the generator's fairness steps and the audit.

interface RowFields {
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'M' | 'F' | null;
  dateOfBirth: string | null;
}

/** Ruled out by a field present on both sides (rule 3's fields). */
function ruledOut(row: RowFields, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return true;
  if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) return true;
  if (row.nationalId && w.nationalId && osa(row.nationalId, w.nationalId) >= 2) return true;
  return false;
}

/** Per-field agreement: 2 exact, 1 close, 0 unknown; null when some field rules the worker out. */
function fit(row: RowFields, w: RegisteredWorker, nameDist: number): number[] | null {
  if (ruledOut(row, w)) return null;
  const idFit = (a: string | null, b: string | null) => (!a || !b ? 0 : a === b ? 2 : osa(a, b) <= 1 ? 1 : -1);
  const nid = idFit(row.nationalId, w.nationalId);
  const nssf = idFit(row.nssfNumber, w.nssfNumber);
  if (nssf < 0) return null;
  const dob = !row.dateOfBirth || !w.dateOfBirth ? 0 : row.dateOfBirth === w.dateOfBirth ? 2 : 1;
  const sex = !row.sex || !w.sex ? 0 : 2;
  return [nameDist === 0 ? 2 : 1, nid, nssf, dob, sex];
}

/** Some other worker, not ruled out, fits at least as well as the true one on every field. */
function undecidable(row: RowFields, truth: RegRec, cands: Array<[RegRec, number]>): boolean {
  const own = cands.find(([c]) => c === truth);
  if (!own) return false;
  const ft = fit(row, truth.rw, own[1]);
  if (!ft) return false;
  for (const [c, dist] of cands) {
    if (c === truth) continue;
    const fc = fit(row, c.rw, dist);
    if (fc && ft.every((v, k) => v <= fc[k])) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Self-check: `npx tsx test/bench/thirtysecond.ts 10000 1`

function selfCheck(size: number, seed: number): boolean {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
    return ok;
  };
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '-');

  // names sanity
  const khSeen = new Set<string>();
  const famRom = new Set<string>();
  const givRom = new Set<string>();
  for (const f of TS_FAMILY) {
    check(!khSeen.has(khCanon(f.kh)), `duplicate Khmer ${f.kh}`);
    khSeen.add(khCanon(f.kh));
    for (const l of new Set(f.latin.map(latinNorm))) {
      check(!famRom.has(l), `duplicate family romanization ${l}`);
      famRom.add(l);
    }
  }
  for (const g of TS_GIVEN) {
    check(!khSeen.has(khCanon(g.kh)), `duplicate Khmer ${g.kh}`);
    khSeen.add(khCanon(g.kh));
    check(khCanon(g.kh) === g.kh, `given ${g.latin[0]} not in canonical order`);
    for (const l of new Set(g.latin.map(latinNorm))) {
      check(!givRom.has(l) && !famRom.has(l), `duplicate given romanization ${l}`);
      givRom.add(l);
    }
  }
  for (const f of TS_FAMILY) check(khCanon(f.kh) === f.kh, `family ${f.latin[0]} not in canonical order`);
  for (const grp of TS_SIMILAR) for (const n of grp) check(GIVEN_BY_PRIMARY.has(n), `similar-name group names unknown ${n}`);

  const t0 = performance.now();
  const gen = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = gen.roster;
  const N = registered.length;
  const M = onsite.length;

  // --- parse the register back into names, independently of the generator's records
  const famByKh = new Map(TS_FAMILY.map((f) => [khCanon(f.kh), f]));
  const givByKh = new Map(TS_GIVEN.map((g) => [khCanon(g.kh), g]));
  const index = new NameIndex();
  const regIdx = new Map<string, number>();
  const comboOf: string[] = [];
  registered.forEach((w, i) => {
    regIdx.set(w.workerId, i);
    const toks = w.nameKh.split(/[\s\u200b]+/);
    const f = famByKh.get(khCanon(toks[0]));
    const g = givByKh.get(khCanon(toks.slice(1).join('')));
    if (!check(!!f && !!g, `register name not parseable: ${w.nameKh}`) || !f || !g) return;
    comboOf[i] = `${f.kh}|${g.kh}`;
    for (const k of comboKeys(f, g)) index.add(k, i);
    if (w.nameLatin) check(comboKeys(f, g).includes(latinNorm(w.nameLatin)), `register Latin name off-list: ${w.nameLatin}`);
  });
  check(new Set(regIdx.keys()).size === N, 'registered worker ids unique');

  // --- rule 2: registered namesakes
  let namesakePairs = 0;
  let rule2 = 0;
  const groups = new Map<string, number[]>();
  for (let id = 0; id < index.keys.length; id++) {
    const owners = index.owners[id];
    if (owners.length < 2) continue;
    const sig = owners.join(',');
    if (groups.has(sig)) continue;
    groups.set(sig, owners);
  }
  const pairSeen = new Set<number>();
  for (const owners of groups.values())
    for (let a = 0; a < owners.length; a++)
      for (let b = a + 1; b < owners.length; b++) {
        const x = Math.min(owners[a], owners[b]);
        const y = Math.max(owners[a], owners[b]);
        const pk = x * N + y;
        if (pairSeen.has(pk)) continue;
        pairSeen.add(pk);
        namesakePairs++;
        const da = registered[x].dateOfBirth;
        const db = registered[y].dateOfBirth;
        if (!da || !db || dobClose(da, db)) rule2++;
      }
  check(rule2 === 0, `rule 2: ${rule2} registered namesake pairs with close or missing DOBs`);
  // all national IDs / NSSF numbers pairwise more than one slip (digit changed / adjacent swap) apart
  for (const field of ['nationalId', 'nssfNumber'] as const) {
    const vals = registered.map((w) => w[field]).filter((v): v is string => !!v);
    const set = new Set(vals);
    let near = vals.length - set.size;
    for (const v of vals) {
      for (let i = 0; i < v.length; i++) {
        for (let d = 0; d <= 9; d++) {
          const x = v.slice(0, i) + d + v.slice(i + 1);
          if (x !== v && set.has(x)) near++;
        }
        if (i + 1 < v.length && v[i] !== v[i + 1] && set.has(v.slice(0, i) + v[i + 1] + v[i] + v.slice(i + 2))) near++;
      }
    }
    check(near === 0, `rule 2: ${near} ${field} pairs within one slip`);
  }

  // --- rules 1, 3, 5 per row
  const schemaFail = { onsite: 0, registered: 0 };
  let rule1 = 0;
  let rule3 = 0;
  let undecided = 0;
  let misleading = 0;
  let hiddenWithNamesake = 0;
  const ruledBy = { sex: 0, dob: 0, nid: 0 };
  const st = {
    trueRows: 0, hidden: 0, kh: 0, latinRows: 0, exactName: 0, typoName: 0, swapOrder: 0, upper: 0,
    khVariant: 0, nid: 0, nidSlip: 0, nssf: 0, nssfSlip: 0, dob: 0, dobSwap: 0, sex: 0,
    src: { manual: 0, csv: 0, 'id-card': 0 } as Record<string, number>,
  };
  const tagCount = new Map<string, number>();
  for (const row of onsite) {
    for (const tg of gen.meta.get(row.id)?.tags ?? []) tagCount.set(tg, (tagCount.get(tg) ?? 0) + 1);
    if (!OnsiteWorkerSchema.safeParse(row).success) schemaFail.onsite++;
    if ('statedStartDate' in row || 'wageRiel' in row) schemaFail.onsite++;
    st.src[row.source]++;
    const isKh = KHMER.test(row.name);
    if (isKh) {
      st.kh++;
      if (row.name !== row.name.normalize('NFC') || khCanon(row.name) !== row.name.replace(' ', '') || row.name.includes('\u200b') || !row.name.includes(' ')) st.khVariant++;
    } else {
      st.latinRows++;
      if (row.name === row.name.toUpperCase()) st.upper++;
    }
    if (row.nationalId) st.nid++;
    if (row.nssfNumber) st.nssf++;
    if (row.dateOfBirth) st.dob++;
    if (row.sex) st.sex++;
    const cands = index.find(nameKey(row.name));
    const tw = truth.get(row.id);
    if (tw === undefined) {
      problems.push('row without truth');
      continue;
    }
    if (tw === null) {
      st.hidden++;
      if (cands.size) hiddenWithNamesake++;
      for (const [wi] of cands) {
        const w = registered[wi];
        if (!ruledOut(row, w)) rule3++;
        else if (row.sex && w.sex && row.sex !== w.sex) ruledBy.sex++;
        else if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) ruledBy.dob++;
        else ruledBy.nid++;
      }
      continue;
    }
    st.trueRows++;
    const wi = regIdx.get(tw);
    if (wi === undefined) {
      problems.push('truth names an unknown worker');
      continue;
    }
    const w = registered[wi];
    const dist = cands.get(wi);
    let bad = dist === undefined;
    if (dist === 0) st.exactName++;
    if (dist === 1) {
      st.typoName++;
      if (isKh) bad = true; // typos are only modelled in Latin
    }
    if (!isKh && dist === 0) {
      const f = famByKh.get(khCanon(w.nameKh.split(/[\s\u200b]+/)[0]))!;
      const firstWord = latinNorm(row.name.split(' ')[0]);
      if (!f.latin.some((l) => latinNorm(l) === firstWord)) st.swapOrder++;
    }
    if (row.nationalId && w.nationalId) {
      if (row.nationalId !== w.nationalId) st.nidSlip++;
      if (osa(row.nationalId, w.nationalId) > 1) bad = true;
    }
    if (row.nssfNumber) {
      if (!w.nssfNumber || osa(row.nssfNumber, w.nssfNumber) > 1) bad = true;
      else if (row.nssfNumber !== w.nssfNumber) st.nssfSlip++;
    }
    if (row.dateOfBirth) {
      if (row.dateOfBirth !== w.dateOfBirth) {
        st.dobSwap++;
        if (!w.dateOfBirth || dobSwap(w.dateOfBirth) !== row.dateOfBirth) bad = true;
      }
    }
    if (row.sex && row.sex !== w.sex) bad = true;
    if (bad) rule1++;
    // rule 5
    if (dist !== undefined) {
      const ft = fit(row, w, dist)!;
      let und = false;
      let mis = false;
      for (const [ci, cd] of cands) {
        if (ci === wi) continue;
        const fc = fit(row, registered[ci], cd);
        if (!fc) continue;
        if (ft.every((v, k) => v <= fc[k])) {
          und = true;
          if (ft.some((v, k) => v < fc[k])) mis = true;
        }
      }
      if (und) undecided++;
      if (mis) misleading++;
    }
  }
  for (const w of registered) if (!RegisteredWorkerSchema.safeParse(w).success) schemaFail.registered++;
  check(rule1 === 0, `rule 1: ${rule1} true rows carry an implausible variant`);
  check(rule3 === 0, `rule 3: ${rule3} hidden-row/registered pairs not told apart`);
  check(undecided < 0.04 * Math.max(1, st.trueRows), `rule 5: ${undecided} undecidable true rows (${pct(undecided, st.trueRows)})`);
  check(schemaFail.onsite === 0 && schemaFail.registered === 0, `schemas: ${schemaFail.onsite} on-site, ${schemaFail.registered} registered rows fail`);

  // --- rule 4: no leaks
  const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => UUID4.test(o.id)) && new Set(onsite.map((o) => o.id)).size === M, 'rule 4: ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'rule 4: recordedAt increases');
  const hiddenPos = onsite.map((o, i) => (truth.get(o.id) === null ? i : -1)).filter((i) => i >= 0);
  const meanPos = hiddenPos.reduce((a, b) => a + b, 0) / Math.max(1, hiddenPos.length);
  const sdMean = Math.sqrt(((M * M - 1) / 12) / Math.max(1, hiddenPos.length));
  const zHidden = (meanPos - (M - 1) / 2) / sdMean;
  check(Math.abs(zHidden) < 4, `rule 4: hidden rows bunched (z=${zHidden.toFixed(2)})`);
  const spearman = (xs: number[], ys: number[]) => {
    const rank = (v: number[]) => {
      const o = v.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]);
      const rk = new Array<number>(v.length);
      o.forEach(([, i], k) => (rk[i] = k));
      return rk;
    };
    const a = rank(xs);
    const b = rank(ys);
    const n = xs.length;
    let s = 0;
    for (let i = 0; i < n; i++) s += (a[i] - b[i]) ** 2;
    return n > 2 ? 1 - (6 * s) / (n * (n * n - 1)) : 0;
  };
  const trueRowPos: number[] = [];
  const trueRegPos: number[] = [];
  onsite.forEach((o, i) => {
    const tw = truth.get(o.id);
    if (tw) {
      trueRowPos.push(i);
      trueRegPos.push(regIdx.get(tw)!);
    }
  });
  const rhoRows = spearman(trueRowPos, trueRegPos);
  check(Math.abs(rhoRows) < 4 / Math.sqrt(Math.max(4, trueRowPos.length)), `rule 4: row order follows register order (rho=${rhoRows.toFixed(3)})`);
  const rhoDob = spearman(registered.map((_, i) => i), registered.map((w) => Date.parse(w.dateOfBirth ?? '2000-01-01')));
  check(Math.abs(rhoDob) < 4 / Math.sqrt(N), `rule 4: worker ids follow DOB (rho=${rhoDob.toFixed(3)})`);
  const presentIdx = trueRegPos;
  const meanReg = presentIdx.reduce((a, b) => a + b, 0) / Math.max(1, presentIdx.length);
  const zReg = (meanReg - (N - 1) / 2) / Math.sqrt(((N * N - 1) / 12) / Math.max(1, presentIdx.length));
  check(Math.abs(zReg) < 4, `rule 4: on-site workers bunched in the register (z=${zReg.toFixed(2)})`);

  // --- shape
  const rate = M / N;
  const hidShare = st.hidden / M;
  check(rate >= 0.028 && rate <= 0.082, `shape: on-site list is ${pct(M, N)} of the register`);
  check(hidShare >= 0.29 && hidShare <= 0.51, `shape: hidden share ${pct(st.hidden, M)}`);

  // --- determinism and speed
  const ser = (g: Roster) => JSON.stringify([g.registered, g.onsite, [...g.truth]]);
  const again = ser(generateThirtysecond(size, seed));
  check(again === ser(gen.roster), 'determinism: same seed gives the same roster');
  check(ser(generateThirtysecond(size, seed + 1)) !== again, 'determinism: another seed differs');
  // best of three wall-clock runs, so a busy machine does not fail a fast generator; CPU time shown too
  const runs: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let k = 0; k < 3; k++) {
    const t1 = performance.now();
    generateThirtysecond(10_000, seed + k);
    runs.push(performance.now() - t1);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 3000;
  const ms10k = Math.min(...runs);
  check(ms10k < 2000, `speed: 10k took ${ms10k.toFixed(0)} ms`);

  const tag = (k: string) => tagCount.get(k) ?? 0;
  const T = st.trueRows;
  const lines = [
    `thirtysecond  size=${size} seed=${seed}  (${THIRTYSECOND_LABEL})`,
    `registered ${N}; on site ${M} (${pct(M, N)} of register, drawn ${(100 * gen.params.onsiteRate).toFixed(1)} %); true ${T}, hidden ${st.hidden} (${pct(st.hidden, M)}, drawn ${(100 * gen.params.hiddenShare).toFixed(1)} %); absent registered ${N - T} (${pct(N - T, N)})`,
    `register: Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, N)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, N)}, NSSF missing ${pct(registered.filter((w) => !w.nssfNumber).length, N)}, Khmer with ZWSP ${pct(registered.filter((w) => w.nameKh.includes('\u200b')).length, N)}; namesake pairs ${namesakePairs}`,
    `source: id-card ${pct(st.src['id-card'], M)}, manual ${pct(st.src.manual, M)}, csv ${pct(st.src.csv, M)}`,
    `script: Khmer ${pct(st.kh, M)} (encoding variant ${pct(st.khVariant, st.kh)}: zwsp ${tag('kh-zwsp')}, no space ${tag('kh-nospace')}, vowel/subscript ${tag('kh-vowel-before-subscript')}, vowel/shifter ${tag('kh-vowel-before-shifter')}, split vowel ${tag('kh-split-vowel')}, nfd ${tag('kh-nfd')}); Latin ${pct(st.latinRows, M)} (upper ${pct(st.upper, st.latinRows)}, alt romanization ${pct(tag('alt-romanization'), st.latinRows)})`,
    `true rows: exact spelling ${pct(st.exactName, T)}, one typo ${pct(st.typoName, T)}, Latin order swapped ${pct(st.swapOrder, T)}, all swaps ${pct(tag('swap'), M)} of rows`,
    `fields: national ID ${pct(st.nid, M)} (slips ${st.nidSlip}), NSSF ${pct(st.nssf, M)} (slips ${st.nssfSlip}), DOB ${pct(st.dob, M)} (swaps ${st.dobSwap}), sex ${pct(st.sex, M)}`,
    `hidden: namesake ${tag('hidden-namesake')}, relative ${tag('hidden-relative')}, similar name ${tag('hidden-similar')}, village ${tag('hidden-village')}; could pass by name for a registered worker ${pct(hiddenWithNamesake, st.hidden)}; told apart by sex ${ruledBy.sex}, DOB ${ruledBy.dob}, national ID ${ruledBy.nid} (pairs)`,
    `fairness: rule1 violations ${rule1}; rule2 close namesake pairs ${rule2}/${namesakePairs}; rule3 violations ${rule3}; rule5 undecidable ${undecided} (${pct(undecided, T)}), of which misleading ${misleading}; true rows given more fields ${tag('asked-more')}, hidden rows given more fields ${tag('hidden-asked-more')}`,
    `rule4: hidden-position z=${zHidden.toFixed(2)}, row/register rho=${rhoRows.toFixed(3)}, id/DOB rho=${rhoDob.toFixed(3)}, on-site register-position z=${zReg.toFixed(2)}`,
    `schemas: on-site failures ${schemaFail.onsite}, registered failures ${schemaFail.registered}; determinism checked; generation ${genMs.toFixed(0)} ms at ${size}; 10k best of 3 ${ms10k.toFixed(0)} ms (runs ${runs.map((x) => x.toFixed(0)).join('/')}, ~${cpuMs.toFixed(0)} ms CPU each)`,
  ];
  console.log(lines.join('\n'));
  for (const p of problems) console.log(`  FAIL: ${p}`);
  console.log(problems.length ? 'FAIL' : 'PASS');
  return problems.length === 0;
}

if (process.argv[1]?.endsWith('thirtysecond.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
