/**
 * Fifth labelled roster: a large footwear/garment factory whose HR office keeps its payroll in
 * Latin script only, reconciled against the fund's register, which always has the Khmer name and
 * a Latin one for only about 40% of workers. Most pairs are therefore Khmer (register) against
 * Latin (payroll). Written without looking at the engine or at the other generators; it uses only
 * `prng.ts` and the `Roster` type, and its own name lists in `fifth-names.ts`.
 *
 * What is modelled
 * - Register: Khmer name (about 10% typed on legacy keyboards: a dependent vowel typed before a
 *   subscript, a register shifter after the vowel, nikahit before the vowel, a split vowel
 *   (េ + ា for ោ), ZWSP or nothing between family and given name), Latin for about 40%, an NSSF
 *   number, a national ID for about 95%, sex, date of birth, hire date.
 * - Payroll (about 88% of rows, source 'csv'): one name in Latin transliterated by ear or
 *   French-style, given name first on about half the rows, upper/title/"SOK Sophea"/lower case,
 *   a title (Mr, Ms, Mrs, Mlle, Mme) or a trailing nickname in brackets on some rows, accents
 *   sometimes decomposed (NFD), one typo on a few rows; a national ID column (Excel drops the
 *   leading zero), an NSSF column (with or without an "NSSF-" prefix); dates of birth often
 *   year-only (YYYY-01-01) for workers who only know their year.
 * - Rows typed from an ID card (about 5%, 'id-card'): Latin upper case, family name first, card
 *   number and date of birth exact. Rows the inspector typed in (about 7%, 'manual'): mostly in
 *   Khmer, fewer fields.
 * - Common names collide: a few very common full names, a skewed choice of family and given names,
 *   siblings and cousins (same family name, similar given names: Sophea / Sopheak / Sophy), twins
 *   (same date of birth, different given names). About 12% of the register is absent; about 7%
 *   of on-site rows are hidden workers, most of them namesakes or relatives of registered ones.
 *
 * Fairness rules (the self-check audits every one and exits non-zero on a violation)
 * 1. A true on-site row carries only plausible variants of its registered worker's data:
 *    - name: a Latin spelling listed for that Khmer family and given name (any of them, so a
 *      clerk's transliteration), either order, optional title, optional bracketed nickname, any
 *      case, accents composed or not, and at most one typo in one word of 4+ letters, a typo that
 *      does not produce another listed spelling (nor come within one edit of a word listed for
 *      any other name); or, typed in Khmer, the same Khmer name with a
 *      ZWSP or no separator, either order, or a legacy code point order that looks identical;
 *    - IDs: exact, formatting only (dropped leading zeros, spaces, dashes, an "NSSF" prefix), or
 *      one digit substituted or two adjacent digits swapped, and then only when no other person's
 *      number (registered or hidden) is within one such edit of the mistyped one;
 *    - date of birth: exact, day and month swapped, year-only (YYYY-01-01 with the right year),
 *      or missing; sex right or missing.
 * 2. Namesakes are workers whose names could be written the same way: the same Khmer pair, or
 *    any Latin spelling of the two names giving the same words (in any order). Registered
 *    namesakes never share a date of birth, not even with day and month swapped, and when either
 *    date is a 1 January (perhaps year-only) their years differ.
 * 3. Every hidden worker either has a name no registered worker has (in any transliteration), or
 *    carries, against every registered namesake, a field that rules that namesake out with both
 *    sides present: a date of birth that differs even when swapped (and, if either side is a
 *    1 January, differs in year), or a national ID or NSSF number not within one edit. Hidden
 *    workers' numbers are never within one edit of a registered worker's.
 * 4. Nothing leaks the truth: on-site rows are shuffled and get random UUIDs; every row field is
 *    drawn by the same process for registered and hidden workers (hidden workers simply rarely
 *    have an NSSF number: only from a previous employer; a hidden namesake is given a date of
 *    birth or ID only when rule 3 needs it); payroll row numbers follow their own random order.
 * A true row is "undecidable" when some registered namesake is not ruled out by it (sex, date of
 * birth or ID, both sides present, by the same tests as rule 3); the self-check counts these.
 *
 * Run `npx tsx test/bench/fifth.ts 10000 1` for the self-check.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN_F, GIVEN_M, NICKNAMES, khmerWellFormed, type KhName } from './fifth-names';

export const FIFTH_LABEL = 'fifth (Latin payroll against a Khmer register)';

type Sex = 'F' | 'M';
type Source = 'csv' | 'id-card' | 'manual';
type DobForm = 'exact' | 'swapped' | 'year' | 'missing';
type Kind = 'registered' | 'namesake' | 'relative' | 'new';

interface Person {
  fam: KhName;
  giv: KhName;
  sex: Sex;
  kind: Kind;
  /** Namesake group: equal keys = names that can be written the same way. */
  key: number;
  dob: string;
  /** The worker only knows the year of birth. */
  unknownDay: boolean;
  /** National ID, 9 digits. */
  nid: string;
  /** NSSF number, 10 digits (hidden workers: only from a previous employer). */
  nssf: string | null;
  /** The person's own Latin spelling (ID card; the register's, when it has one). */
  famSpell: string;
  givSpell: string;
  sibling: number | null;
  twin: boolean;
  /** Registered workers: what the register holds. */
  workerId: string | null;
  regNid: string | null;
  regNssf: string | null;
}

interface RowMeta {
  person: number;
  hidden: boolean;
  source: Source;
  script: 'latin' | 'khmer';
  dobForm: DobForm;
  typo: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
}

interface Built {
  roster: Roster;
  people: Person[];
  rows: OnsiteWorker[];
  meta: RowMeta[];
  registeredCount: number;
  absent: number;
}

// ---------------------------------------------------------------- names

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const tokCache = new Map<string, string[]>();
const toks = (s: string): string[] => {
  let t = tokCache.get(s);
  if (!t) tokCache.set(s, (t = fold(s).split(/[\s-]+/).filter(Boolean)));
  return t;
};

/** Every word and every run-together spelling on the lists, with the names it spells. */
const LISTED = new Map<string, Set<KhName>>();
for (const n of [...FAMILY, ...GIVEN_F, ...GIVEN_M]) {
  for (const s of n.latin) {
    for (const t of [...toks(s), toks(s).join('')]) {
      if (!LISTED.has(t)) LISTED.set(t, new Set());
      LISTED.get(t)!.add(n);
    }
  }
}
/**
 * A typo may not produce a listed word (rule 1) and, to stay clear of other names, may not come
 * within one edit of a word listed for any name but its own.
 */
function typoClear(typoed: string, own: KhName): boolean {
  const t = fold(typoed);
  if (LISTED.has(t)) return false;
  for (const [w, owners] of LISTED) if ((owners.size > 1 || !owners.has(own)) && withinOneEdit(t, w)) return false;
  return true;
}

/** The ways a family + given pair can be written, as sorted words (order-free). */
function forms(f: KhName, g: KhName): string[] {
  const out = [`kh:${[f.kh, g.kh].sort().join('|')}`];
  for (const fs of f.latin) for (const gs of g.latin) out.push([...toks(fs), ...toks(gs)].sort().join(' '));
  return out;
}

const stem = (n: KhName) => toks(n.latin[0]).join('').slice(0, 4);
const stems = (list: KhName[]) => {
  const m = new Map<string, KhName[]>();
  for (const n of list) {
    const s = stem(n);
    if (!m.has(s)) m.set(s, []);
    m.get(s)!.push(n);
  }
  return m;
};
const STEMS = { F: stems(GIVEN_F), M: stems(GIVEN_M) };
const givenList = (sex: Sex) => (sex === 'F' ? GIVEN_F : GIVEN_M);
const byLatin = (list: KhName[], s: string) => {
  const n = list.find((x) => x.latin[0] === s);
  if (!n) throw new Error(`no name ${s}`);
  return n;
};

/** Very common full names: many workers on one register share them. */
const POPULAR: [string, string, Sex][] = [
  ['Sok', 'Sophea', 'F'], ['Chan', 'Dara', 'M'], ['Chea', 'Srey Mom', 'F'], ['Sok', 'Dara', 'M'],
  ['Chan', 'Sophea', 'F'], ['Kim', 'Srey Pov', 'F'], ['Heng', 'Vuthy', 'M'], ['Sok', 'Sokha', 'F'],
  ['Meas', 'Sopheak', 'M'], ['Chea', 'Dara', 'M'], ['Seng', 'Srey Neang', 'F'], ['Keo', 'Sophal', 'M'],
  ['Sok', 'Srey Mom', 'F'], ['Chhim', 'Sophy', 'F'], ['Ly', 'Vannak', 'M'],
];
const POPULAR_NAMES = POPULAR.map(([f, g, sex]) => ({ fam: byLatin(FAMILY, f), giv: byLatin(givenList(sex), g), sex }));

// ---------------------------------------------------------------- Khmer legacy typing

const legacyOps: ((s: string) => string)[] = [
  // dependent vowel typed before the subscript: ស្រី → សី្រ
  (s) => s.replace(/((?:\u17D2[\u1780-\u17A2])+)([\u17B6-\u17C5])/g, '$2$1'),
  // register shifter after the vowel: ប៊ុ → បុ៊
  (s) => s.replace(/([\u17C9\u17CA])([\u17B7-\u17BD])/g, '$2$1'),
  // nikahit before the vowel: ុំ → ំុ
  (s) => s.replace(/\u17BB\u17C6/g, '\u17C6\u17BB'),
  // split vowels: ោ → េ + ា, ើ → េ + ី
  (s) => s.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8'),
];

function legacy(g: Rng, fam: string, giv: string, sep: string): string {
  const base = fam + sep + giv;
  let out = base;
  for (const op of legacyOps) if (g.chance(0.6)) out = op(out);
  if (out === base) for (const op of legacyOps) if ((out = op(base)) !== base) break;
  if (out === base && sep === ' ') out = fam + '\u200B' + giv;
  return out;
}

/** Undo every legacy order and separator (for the audit). */
export function khCanon(s: string): string {
  return s
    .replace(/[\s\u200B]/g, '')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/([\u17B6-\u17C5])((?:\u17D2[\u1780-\u17A2])+)/g, '$2$1')
    .replace(/([\u17B7-\u17BD])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17C6\u17BB/g, '\u17BB\u17C6');
}

// ---------------------------------------------------------------- dates

const pad2 = (n: number) => String(n).padStart(2, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) => (m === 2 && y % 4 === 0 ? 29 : DAYS[m - 1]);
const yearOf = (d: string) => Number(d.slice(0, 4));
const jan1 = (d: string) => d.endsWith('-01-01');
/** Day and month swapped, or the date itself when that is not a different valid date. */
function swapDm(d: string): string {
  const [y, m, dd] = d.split('-');
  return Number(dd) <= 12 && dd !== m ? `${y}-${dd}-${m}` : d;
}
function randomDate(g: Rng, y: number): string {
  const m = g.int(1, 12);
  return `${y}-${pad2(m)}-${pad2(g.int(1, daysIn(y, m)))}`;
}
/** Garment workers: mostly born 1990-2005, some from the 1970s and 80s. */
const birthYear = (g: Rng) => 2006 - Math.floor(35 * g.next() ** 1.5);

/** Two dates a row could not tell apart (rule 2 for registered namesakes). */
function datesClash(a: string, b: string): boolean {
  return a === b || a === swapDm(b) || ((jan1(a) || jan1(b)) && yearOf(a) === yearOf(b));
}

// ---------------------------------------------------------------- numbers

const digits = (g: Rng, n: number) => Array.from({ length: n }, () => g.int(0, 9)).join('');
/** All strings one substitution or one adjacent swap away. */
function oneEdit(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}
/** Equal, or one substitution, adjacent swap, insertion or deletion apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}
const canonNid = (s: string) => s.replace(/\D/g, '').padStart(9, '0');
const canonNssf = (s: string) => s.replace(/\D/g, '');

/** A number at least two edits from every number issued so far. */
function issue(g: Rng, taken: Map<string, number>, owner: number, make: () => string): string {
  for (;;) {
    const c = make();
    if (taken.has(c) || oneEdit(c).some((x) => taken.has(x))) continue;
    taken.set(c, owner);
    return c;
  }
}
/** A one-digit slip of `value`, if no other person's number is within one edit of it. */
function slip(g: Rng, value: string, owner: number, taken: Map<string, number>): string | null {
  let s: string;
  if (g.chance(0.6)) {
    const i = g.int(0, value.length - 1);
    let d = g.int(0, 8);
    if (String(d) >= value[i]) d += 1;
    s = value.slice(0, i) + d + value.slice(i + 1);
  } else {
    const i = g.int(0, value.length - 2);
    if (value[i] === value[i + 1]) return null;
    s = value.slice(0, i) + value[i + 1] + value[i] + value.slice(i + 2);
  }
  const near = [s, ...oneEdit(s)];
  return near.some((x) => taken.has(x) && taken.get(x) !== owner) ? null : s;
}

// ---------------------------------------------------------------- Latin rendering

const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbour(g: Rng, ch: string): string {
  const lower = ch.toLowerCase();
  const r = QWERTY.findIndex((row) => row.includes(lower));
  if (r < 0) return lower;
  const c = QWERTY[r].indexOf(lower);
  const near = [QWERTY[r][c - 1], QWERTY[r][c + 1], QWERTY[r - 1]?.[c], QWERTY[r + 1]?.[c]].filter(Boolean) as string[];
  const n = g.pick(near);
  return ch === lower ? n : n.toUpperCase();
}
function typo(g: Rng, w: string): string {
  const i = g.int(1, w.length - 1);
  switch (g.int(0, 3)) {
    case 0: return w.slice(0, i) + neighbour(g, w[i]) + w.slice(i + 1);
    case 1: return w.slice(0, i) + w.slice(i + 1);
    case 2: return w.slice(0, i) + w[i] + w.slice(i);
    default: return w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
  }
}
const title = (s: string) => s.replace(/[^\s-]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());

/** A clerk's spelling: the person's own a third of the time, otherwise any listed one. */
function clerkSpell(g: Rng, n: KhName, own: string): string {
  return g.chance(0.35) ? own : g.chance(0.4) ? n.latin[0] : g.pick(n.latin);
}

function latinName(g: Rng, p: Person, source: Source): { name: string; typo: boolean } {
  let f = source === 'id-card' ? p.famSpell : clerkSpell(g, p.fam, p.famSpell);
  let v = source === 'id-card' ? p.givSpell : clerkSpell(g, p.giv, p.givSpell);
  let typoed = false;
  if (source !== 'id-card' && g.chance(0.06)) {
    const words = [...f.split(' ').map((w, i) => ['f', i, w] as const), ...v.split(' ').map((w, i) => ['g', i, w] as const)]
      .filter(([, , w]) => /^[A-Za-z]{4,}$/.test(w));
    if (words.length) {
      const [which, i, w] = g.pick(words);
      for (let k = 0; k < 6; k++) {
        const t = typo(g, w);
        if (t === w || !typoClear(t, which === 'f' ? p.fam : p.giv)) continue;
        const parts = (which === 'f' ? f : v).split(' ');
        parts[i] = t;
        if (which === 'f') f = parts.join(' ');
        else v = parts.join(' ');
        typoed = true;
        break;
      }
    }
  }
  if (source === 'id-card') return { name: `${f} ${v}`.toUpperCase(), typo: false };
  const givenFirst = g.chance(source === 'csv' ? 0.5 : 0.2);
  const style = source === 'manual' ? 'title' : g.pick(['upper', 'upper', 'title', 'title', 'famUpper', 'famUpper', 'lower', 'asIs'] as const);
  const cased = (s: string, fam: boolean) =>
    style === 'upper' ? s.toUpperCase() : style === 'lower' ? s.toLowerCase() : style === 'famUpper' && fam ? s.toUpperCase() : style === 'asIs' ? s : title(s);
  const F = cased(f, true);
  const V = cased(v, false);
  const sp = source === 'csv' && g.chance(0.02) ? '  ' : ' ';
  let name = givenFirst ? `${V}${sp}${F}` : source === 'csv' && g.chance(0.04) ? `${F}, ${V}` : `${F}${sp}${V}`;
  if (source === 'csv' && g.chance(0.07)) {
    const t = p.sex === 'M' ? g.pick(['Mr', 'Mr.', 'MR']) : g.pick(['Ms', 'Mrs', 'Mlle', 'Mme', 'MS']);
    name = `${t} ${name}`;
  }
  if (g.chance(source === 'csv' ? 0.06 : 0.03)) {
    const nick = g.pick(p.sex === 'M' ? NICKNAMES.filter((x) => !['Srey', 'Mom', 'Nang'].includes(x)) : NICKNAMES);
    name = g.chance(0.8) ? `${name} (${nick})` : `${name} [${nick}]`;
  }
  if (source === 'csv' && /[^\x00-\x7f]/.test(name) && g.chance(0.35)) name = name.normalize('NFD');
  return { name, typo: typoed };
}

function khmerName(g: Rng, p: Person): string {
  const [a, b] = g.chance(0.05) ? [p.giv.kh, p.fam.kh] : [p.fam.kh, p.giv.kh];
  const r = g.next();
  const sep = r < 0.55 ? ' ' : r < 0.8 ? '\u200B' : '';
  return g.chance(0.15) ? legacy(g, a, b, sep) : a + sep + b;
}

// ---------------------------------------------------------------- rule 3 / undecidable test

interface Fields { dob: string | null; nid: string | null; nssf: string | null; sex: Sex | null }
/** Whether a row's fields rule registered worker `b` out (both sides present). */
function rulesOut(r: Fields, b: Person, useSex: boolean): boolean {
  if (useSex && r.sex && r.sex !== b.sex) return true;
  if (r.dob) {
    if (jan1(r.dob) || jan1(b.dob) ? yearOf(r.dob) !== yearOf(b.dob) : r.dob !== b.dob && r.dob !== swapDm(b.dob)) return true;
  }
  if (r.nid && b.regNid && !withinOneEdit(canonNid(r.nid), b.regNid)) return true;
  if (r.nssf && b.regNssf && !withinOneEdit(canonNssf(r.nssf), b.regNssf)) return true;
  return false;
}

// ---------------------------------------------------------------- the generator

function uuid(g: Rng): string {
  const h = Array.from({ length: 32 }, () => g.int(0, 15).toString(16));
  h[12] = '4';
  h[16] = '89ab'[g.int(0, 3)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function build(size: number, seed: number): Built {
  const g = rng(seed ^ 0x5f1f7a);
  const people: Person[] = [];
  const blank = (fam: KhName, giv: KhName, sex: Sex, kind: Kind, sibling: number | null, twin: boolean): Person => ({
    fam, giv, sex, kind, key: -1, dob: '', unknownDay: false, nid: '', nssf: null, famSpell: '', givSpell: '',
    sibling, twin, workerId: null, regNid: null, regNssf: null,
  });
  const randomGiven = (sex: Sex) => g.pickSkewed(givenList(sex), 1.4);
  const siblingGiven = (of: KhName, sex: Sex): KhName => {
    const close = (STEMS[sex].get(stem(of)) ?? []).filter((n) => n.kh !== of.kh);
    for (let k = 0; k < 10; k++) {
      const n = close.length && g.chance(0.75) ? g.pick(close) : randomGiven(sex);
      if (n.kh !== of.kh) return n;
    }
    return givenList(sex).find((n) => n.kh !== of.kh)!;
  };

  // 1. names: the register, then the hidden workers
  for (let i = 0; i < size; i++) {
    if (i > 0 && g.chance(0.1)) {
      const j = g.int(0, i - 1);
      const sex: Sex = g.chance(0.5) ? people[j].sex : people[j].sex === 'F' ? 'M' : 'F';
      people.push(blank(people[j].fam, siblingGiven(people[j].giv, sex), sex, 'registered', j, g.chance(0.12)));
    } else if (g.chance(0.04)) {
      const { fam, giv, sex } = g.pick(POPULAR_NAMES);
      people.push(blank(fam, giv, sex, 'registered', null, false));
    } else {
      const sex: Sex = g.chance(0.68) ? 'F' : 'M';
      people.push(blank(g.pickSkewed(FAMILY, 1.8), randomGiven(sex), sex, 'registered', null, false));
    }
  }
  const absentCount = Math.round(size * 0.12);
  const hiddenCount = Math.round(size * 0.95) - (size - absentCount);
  for (let h = 0; h < hiddenCount; h++) {
    const j = g.int(0, size - 1);
    const t = g.next();
    if (t < 0.47) people.push(blank(people[j].fam, people[j].giv, people[j].sex, 'namesake', null, false));
    else if (t < 0.82) {
      const sex: Sex = g.chance(0.6) ? people[j].sex : people[j].sex === 'F' ? 'M' : 'F';
      people.push(blank(people[j].fam, siblingGiven(people[j].giv, sex), sex, 'relative', j, g.chance(0.1)));
    } else {
      const sex: Sex = g.chance(0.68) ? 'F' : 'M';
      people.push(blank(g.pickSkewed(FAMILY, 1.6), randomGiven(sex), sex, 'new', null, false));
    }
  }

  // 2. namesake groups: union pairs that share a way of being written
  const pairIndex = new Map<string, number>();
  const pairNames: [KhName, KhName][] = [];
  for (const p of people) {
    const id = `${p.fam.kh}|${p.giv.kh}`;
    if (!pairIndex.has(id)) {
      pairIndex.set(id, pairNames.length);
      pairNames.push([p.fam, p.giv]);
    }
  }
  const parent = pairNames.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const formOwner = new Map<string, number>();
  pairNames.forEach(([f, v], i) => {
    for (const fm of forms(f, v)) {
      const o = formOwner.get(fm);
      if (o === undefined) formOwner.set(fm, i);
      else parent[find(i)] = find(o);
    }
  });
  for (const p of people) p.key = find(pairIndex.get(`${p.fam.kh}|${p.giv.kh}`)!);

  // 3. dates of birth; registered namesakes never clash (rule 2)
  const regGroups = new Map<number, number[]>();
  const drawDob = (p: Person) => {
    const sib = p.sibling === null ? null : people[p.sibling];
    let y = birthYear(g);
    if (sib) {
      y = yearOf(sib.dob) + (g.chance(0.5) ? 1 : -1) * g.int(1, 8);
      y = Math.min(2006, Math.max(1971, y));
      if (y === yearOf(sib.dob)) y += y > 1980 ? -1 : 1;
    }
    p.unknownDay = g.chance(y < 1990 ? 0.35 : 0.06);
    p.dob = p.unknownDay && g.chance(0.55) ? `${y}-01-01` : randomDate(g, y);
  };
  for (let i = 0; i < size; i++) {
    const p = people[i];
    const group = regGroups.get(p.key) ?? [];
    const ok = () => group.every((k) => !datesClash(p.dob, people[k].dob));
    let done = false;
    if (p.twin && p.sibling !== null) {
      p.dob = people[p.sibling].dob;
      p.unknownDay = people[p.sibling].unknownDay;
      done = ok();
    }
    for (let k = 0; !done && k < 60; k++) {
      drawDob(p);
      done = ok();
    }
    while (!done) {
      p.unknownDay = false;
      p.dob = randomDate(g, birthYear(g));
      if (jan1(p.dob)) continue;
      done = ok();
    }
    if (p.twin && p.sibling !== null && p.dob !== people[p.sibling].dob) p.twin = false;
    group.push(i);
    regGroups.set(p.key, group);
  }
  for (let i = size; i < people.length; i++) {
    const p = people[i];
    if (p.twin && p.sibling !== null) {
      p.dob = people[p.sibling].dob;
      p.unknownDay = people[p.sibling].unknownDay;
    } else drawDob(p);
  }

  // 4. numbers, spellings, the register
  const nids = new Map<string, number>();
  const nssfs = new Map<string, number>();
  people.forEach((p, i) => {
    p.nid = issue(g, nids, i, () => pad2(g.int(1, 25)) + digits(g, 7));
    if (i < size || g.chance(0.15)) p.nssf = issue(g, nssfs, i, () => String(g.int(1, 4)) + digits(g, 9));
    const own = (n: KhName) => (g.chance(0.7) || n.latin.length < 2 ? n.latin[0] : g.pick(n.latin.slice(1)));
    p.famSpell = own(p.fam);
    p.givSpell = own(p.giv);
  });
  const regOrder = g.shuffle(Array.from({ length: size }, (_, i) => i));
  const registered: RegisteredWorker[] = regOrder.map((i, k) => {
    const p = people[i];
    p.workerId = `W${String(k + 1).padStart(6, '0')}`;
    p.regNid = g.chance(0.95) ? p.nid : null;
    p.regNssf = p.nssf;
    const messy = g.chance(0.1);
    const r = g.next();
    const nameKh = messy ? legacy(g, p.fam.kh, p.giv.kh, r < 0.35 ? '\u200B' : r < 0.7 ? '' : ' ') : `${p.fam.kh} ${p.giv.kh}`;
    const y = yearOf(p.dob);
    const hy = g.int(Math.max(2010, y + 18), 2024);
    return {
      workerId: p.workerId,
      nssfNumber: p.regNssf,
      nationalId: p.regNid,
      nameKh,
      nameLatin: g.chance(0.4) ? `${p.famSpell} ${p.givSpell}`.toUpperCase() : null,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: randomDate(g, hy),
      wageRiel: g.int(850, 1600) * 1000,
    };
  });

  // 5. on-site rows
  const absent = new Set(g.shuffle(Array.from({ length: size }, (_, i) => i)).slice(0, absentCount));
  const onsitePeople = [...Array.from({ length: size }, (_, i) => i).filter((i) => !absent.has(i)), ...Array.from({ length: hiddenCount }, (_, h) => size + h)];
  const formatNid = (v: string, source: Source) => {
    if (source !== 'csv') return v;
    if (v.startsWith('0') && g.chance(0.85)) return v.replace(/^0+/, '');
    return g.chance(0.05) ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v;
  };
  const formatNssf = (v: string, source: Source) => {
    if (source !== 'csv') return v;
    const r = g.next();
    return r < 0.55 ? v : r < 0.85 ? `NSSF-${v}` : r < 0.9 ? `NSSF ${v}` : r < 0.95 ? `nssf-${v}` : `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}`;
  };
  const rows: OnsiteWorker[] = [];
  const meta: RowMeta[] = [];
  for (const i of onsitePeople) {
    const p = people[i];
    const r = g.next();
    const source: Source = r < 0.88 ? 'csv' : r < 0.93 ? 'id-card' : 'manual';
    const script = source === 'manual' && g.chance(0.7) ? 'khmer' : 'latin';
    const { name, typo: typoed } = script === 'khmer' ? { name: khmerName(g, p), typo: false } : latinName(g, p, source);
    const sex = g.chance(source === 'csv' ? 0.88 : source === 'manual' ? 0.95 : 1) ? p.sex : null;
    let dobForm: DobForm = 'exact';
    if (source !== 'id-card') {
      if (g.chance(source === 'csv' ? 0.08 : 0.35)) dobForm = 'missing';
      else if (p.unknownDay && !jan1(p.dob) && g.chance(0.75)) dobForm = 'year';
      else if (g.chance(yearOf(p.dob) < 1990 ? 0.08 : 0.03)) dobForm = 'year';
      else if (g.chance(0.04) && swapDm(p.dob) !== p.dob) dobForm = 'swapped';
    }
    const dob = dobForm === 'missing' ? null : dobForm === 'year' ? `${yearOf(p.dob)}-01-01` : dobForm === 'swapped' ? swapDm(p.dob) : p.dob;
    let nidSlip = false;
    let nssfSlip = false;
    let nid: string | null = null;
    if (g.chance(source === 'csv' ? 0.55 : source === 'id-card' ? 1 : 0.1)) {
      let v = p.nid;
      if (source !== 'id-card' && g.chance(0.03)) {
        const s = slip(g, v, i, nids);
        if (s) [v, nidSlip] = [s, true];
      }
      nid = formatNid(v, source);
    }
    let nssf: string | null = null;
    if (p.nssf && g.chance(source === 'csv' ? 0.5 : source === 'manual' ? 0.05 : 0)) {
      let v = p.nssf;
      if (source === 'csv' && g.chance(0.02)) {
        const s = slip(g, v, i, nssfs);
        if (s) [v, nssfSlip] = [s, true];
      }
      nssf = formatNssf(v, source);
    }
    rows.push({
      id: '', visitId: `visit-fifth-${seed}`, name, nationalId: nid, nssfNumber: nssf, sex, dateOfBirth: dob,
      source, sourceRow: null, recordedAt: '', ...(source === 'csv' ? { wageRiel: g.int(850, 1700) * 1000 } : {}),
    });
    meta.push({ person: i, hidden: i >= size, source, script, dobForm, typo: typoed, nidSlip, nssfSlip });
  }

  // 6. rule 3: a hidden namesake must carry a field that rules out every registered namesake
  rows.forEach((row, k) => {
    const m = meta[k];
    if (!m.hidden) return;
    const p = people[m.person];
    const namesakes = (regGroups.get(p.key) ?? []).map((j) => people[j]);
    const fields = (): Fields => ({ dob: row.dateOfBirth, nid: row.nationalId, nssf: row.nssfNumber, sex: row.sex });
    let failing = namesakes.filter((b) => !rulesOut(fields(), b, false));
    if (!failing.length) return;
    if (!row.nationalId && g.chance(0.4) && failing.every((b) => b.regNid)) {
      row.nationalId = formatNid(p.nid, m.source);
      failing = namesakes.filter((b) => !rulesOut(fields(), b, false));
      if (!failing.length) return;
    }
    // give the row a date of birth (the worker's own, redrawn if it would clash)
    for (let t = 0; ; t++) {
      if (t > 0) {
        p.unknownDay = false;
        p.dob = randomDate(g, birthYear(g));
      }
      const form: DobForm = p.unknownDay && !jan1(p.dob) && g.chance(0.5) ? 'year' : 'exact';
      row.dateOfBirth = form === 'year' ? `${yearOf(p.dob)}-01-01` : p.dob;
      m.dobForm = form;
      if (namesakes.every((b) => rulesOut(fields(), b, false))) return;
      if (t > 10000) throw new Error('cannot rule out namesakes');
    }
  });

  // 7. shuffle, ids, payroll row numbers, times
  const order = g.shuffle(rows.map((_, k) => k));
  const outRows = order.map((k) => rows[k]);
  const outMeta = order.map((k) => meta[k]);
  const truth = new Map<string, string | null>();
  const csvNumbers = g.shuffle(outRows.map((_, k) => k).filter((k) => outRows[k].source === 'csv'));
  csvNumbers.forEach((k, n) => (outRows[k].sourceRow = n + 1));
  let minute = 9 * 60;
  outRows.forEach((row, k) => {
    row.id = uuid(g);
    if (row.source === 'csv') row.recordedAt = '2025-03-11T08:40:00+07:00';
    else {
      minute += g.int(0, 2);
      row.recordedAt = `2025-03-11T${pad2(Math.floor(minute / 60) % 24)}:${pad2(minute % 60)}:${pad2(g.int(0, 59))}+07:00`;
    }
    const p = people[outMeta[k].person];
    truth.set(row.id, outMeta[k].hidden ? null : p.workerId);
  });
  registered.sort((a, b) => (a.workerId < b.workerId ? -1 : 1));
  return { roster: { registered, onsite: outRows, truth }, people, rows: outRows, meta: outMeta, registeredCount: size, absent: absentCount };
}

export function generateFifth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

/** Whether `name` is one of the renderings rule 1 allows for this family and given name. */
function plausibleLatin(name: string, fam: KhName, giv: KhName): boolean {
  let s = name.normalize('NFC').trim();
  s = s.replace(/\s*[([][^)\]]*[)\]]\s*$/, '');
  s = s.replace(/^(mr|mrs|ms|mlle|mme)\.?\s+/i, '');
  s = s.replace(/,/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const got = s.split(' ');
  for (const fs of fam.latin) {
    for (const gs of giv.latin) {
      for (const want of [`${fs} ${gs}`, `${gs} ${fs}`].map((x) => x.normalize('NFC').toLowerCase().split(' '))) {
        if (want.length !== got.length) continue;
        const diff = want.map((w, i) => (w === got[i] ? -1 : i)).filter((i) => i >= 0);
        if (diff.length === 0) return true;
        if (diff.length === 1) {
          const [w, t] = [want[diff[0]], got[diff[0]]];
          const own = fam.latin.some((x) => x.toLowerCase().split(' ').includes(w)) ? fam : giv;
          if (/^[a-z]{4,}$/.test(w) && withinOneEdit(w, t) && typoClear(t, own)) return true;
        }
      }
    }
  }
  return false;
}

async function selfCheck(size: number, seed: number): Promise<void> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const roster = generateFifth(size, seed);
  const ms = performance.now() - t0;
  const b = build(size, seed);
  const problems: string[] = [];
  const fail = (msg: string) => {
    if (problems.length < 40) problems.push(msg);
    else if (problems.length === 40) problems.push('…');
  };
  if (JSON.stringify([roster.registered, roster.onsite, [...roster.truth]]) !== JSON.stringify([b.roster.registered, b.roster.onsite, [...b.roster.truth]]))
    fail('not deterministic for one seed');

  // name lists
  if (FAMILY.length < 60) fail(`only ${FAMILY.length} family names`);
  if (GIVEN_F.length < 150 || GIVEN_M.length < 150) fail(`given names: ${GIVEN_F.length} F, ${GIVEN_M.length} M`);
  for (const n of [...FAMILY, ...GIVEN_F, ...GIVEN_M]) if (!khmerWellFormed(n.kh)) fail(`ill-formed Khmer ${n.kh} (${n.latin[0]})`);

  // schemas
  for (const r of b.roster.registered) if (!RegSchema.safeParse(r).success) fail(`registered ${r.workerId} fails the schema`);
  for (const r of b.rows) if (!OnSchema.safeParse(r).success) fail(`on-site ${r.id} fails the schema`);
  const ids = new Set(b.rows.map((r) => r.id));
  if (ids.size !== b.rows.length || b.roster.truth.size !== b.rows.length) fail('on-site ids not unique or truth incomplete');
  const seen = new Set<string>();
  for (const [, w] of b.roster.truth) if (w) (seen.has(w) ? fail(`${w} matched twice`) : seen.add(w));

  const people = b.people;
  const reg = people.slice(0, size);
  const groups = new Map<number, Person[]>();
  for (const p of reg) groups.set(p.key, [...(groups.get(p.key) ?? []), p]);
  const byWorker = new Map(b.roster.registered.map((r) => [r.workerId, r]));

  // rule 2
  for (const g of groups.values())
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++)
        if (datesClash(g[i].dob, g[j].dob)) fail(`registered namesakes ${g[i].workerId} ${g[j].workerId} share a date of birth (${g[i].dob}, ${g[j].dob})`);

  // register Khmer is the person's name, possibly legacy-typed
  for (const p of reg) {
    const r = byWorker.get(p.workerId!)!;
    if (khCanon(r.nameKh) !== p.fam.kh + p.giv.kh) fail(`register Khmer name of ${p.workerId} is not its own`);
  }

  const nidOwner = new Map<string, Person>();
  const nssfOwner = new Map<string, Person>();
  for (const p of people) {
    nidOwner.set(p.nid, p);
    if (p.nssf) nssfOwner.set(p.nssf, p);
  }
  const regNids = reg.filter((p) => p.regNid).map((p) => p.regNid!);
  const regNssfs = reg.filter((p) => p.regNssf).map((p) => p.regNssf!);

  const stat = {
    latin: 0, khmer: 0, csv: 0, idCard: 0, manual: 0, full: 0, yearOnly: 0, missing: 0,
    nid: 0, nssf: 0, anyId: 0, typos: 0, slips: 0, swapped: 0, nameOnly: 0, givenFirst: 0,
    undecidable: 0, trueRows: 0, hiddenNamesake: 0, hiddenRelative: 0, hiddenNew: 0, hiddenFixed: 0, trueWithNamesake: 0,
  };
  b.rows.forEach((row, k) => {
    const m = b.meta[k];
    const p = people[m.person];
    stat[m.script]++;
    stat[m.source === 'id-card' ? 'idCard' : m.source]++;
    if (!row.dateOfBirth) stat.missing++;
    else if (jan1(row.dateOfBirth)) stat.yearOnly++;
    else stat.full++;
    if (row.nationalId) stat.nid++;
    if (row.nssfNumber) stat.nssf++;
    if (row.nationalId || row.nssfNumber) stat.anyId++;
    if (m.typo) stat.typos++;
    if (m.nidSlip || m.nssfSlip) stat.slips++;
    if (m.dobForm === 'swapped') stat.swapped++;
    if (!row.dateOfBirth && !row.nationalId && !row.nssfNumber) stat.nameOnly++;
    const fields: Fields = { dob: row.dateOfBirth, nid: row.nationalId, nssf: row.nssfNumber, sex: row.sex };

    // the name is a plausible rendering of the person's own name (rule 1; hidden rows alike)
    if (m.script === 'khmer') {
      const c = khCanon(row.name);
      if (c !== p.fam.kh + p.giv.kh && c !== p.giv.kh + p.fam.kh) fail(`Khmer row ${row.id} is not ${p.fam.kh} ${p.giv.kh}`);
    } else if (!plausibleLatin(row.name, p.fam, p.giv)) fail(`Latin row "${row.name}" is not a rendering of ${p.fam.latin[0]} ${p.giv.latin[0]}`);

    if (!m.hidden) {
      stat.trueRows++;
      if (b.roster.truth.get(row.id) !== p.workerId) fail(`truth wrong for ${row.id}`);
      if (row.sex && row.sex !== p.sex) fail(`row ${row.id}: wrong sex`);
      const d = row.dateOfBirth;
      if (d && d !== p.dob && d !== swapDm(p.dob) && d !== `${yearOf(p.dob)}-01-01`) fail(`row ${row.id}: date of birth ${d} is not a variant of ${p.dob}`);
      for (const [val, own, owners, canon, label] of [
        [row.nationalId, p.nid, nidOwner, canonNid, 'national ID'],
        [row.nssfNumber, p.nssf, nssfOwner, canonNssf, 'NSSF number'],
      ] as const) {
        if (!val) continue;
        const c = canon(val);
        if (!own || !withinOneEdit(c, own)) fail(`row ${row.id}: ${label} ${val} is not near ${own}`);
        else if (c !== own)
          for (const x of [c, ...oneEdit(c)]) {
            const o = owners.get(x);
            if (o && o !== p) fail(`row ${row.id}: mistyped ${label} ${val} is within one edit of another person's`);
          }
      }
      const namesakes = (groups.get(p.key) ?? []).filter((q) => q !== p);
      if (namesakes.length) stat.trueWithNamesake++;
      if (namesakes.some((q) => !rulesOut(fields, q, true))) stat.undecidable++;
    } else {
      if (b.roster.truth.get(row.id) !== null) fail(`truth wrong for hidden ${row.id}`);
      if (row.nationalId && regNids.some((x) => withinOneEdit(canonNid(row.nationalId!), x))) fail(`hidden ${row.id}: national ID near a registered one`);
      if (row.nssfNumber && regNssfs.some((x) => withinOneEdit(canonNssf(row.nssfNumber!), x))) fail(`hidden ${row.id}: NSSF number near a registered one`);
      const namesakes = groups.get(p.key) ?? [];
      if (namesakes.length) stat.hiddenNamesake++;
      else if (p.kind === 'relative') stat.hiddenRelative++;
      else stat.hiddenNew++;
      for (const q of namesakes) if (!rulesOut(fields, q, false)) fail(`hidden ${row.id} "${row.name}" is not ruled out against ${q.workerId}`);
    }
  });
  // leaks: ids are random v4 UUIDs; hidden rows are not bunched by position or payroll row number
  const hiddenAt = b.rows.map((r, k) => (b.meta[k].hidden ? k : -1)).filter((k) => k >= 0);
  const meanPos = hiddenAt.reduce((a, k) => a + k, 0) / Math.max(1, hiddenAt.length) / b.rows.length;
  if (Math.abs(meanPos - 0.5) > 0.05) fail(`hidden rows bunched (mean position ${meanPos.toFixed(3)})`);

  const hidden = b.meta.filter((m) => m.hidden).length;
  const namesakeReg = reg.filter((p) => (groups.get(p.key)?.length ?? 0) > 1).length;
  const biggest = Math.max(...[...groups.values()].map((g) => g.length));
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  const regLatin = b.roster.registered.filter((r) => r.nameLatin).length;
  const regLegacy = reg.filter((p) => byWorker.get(p.workerId!)!.nameKh !== `${p.fam.kh} ${p.giv.kh}`).length;
  const twins = people.filter((p) => p.twin).length;
  console.log(`${FIFTH_LABEL}, size ${size}, seed ${seed}: generated in ${ms.toFixed(0)} ms`);
  console.log(`names: ${FAMILY.length} family, ${GIVEN_F.length} given F, ${GIVEN_M.length} given M`);
  console.log(`registered ${size} (Latin name ${pct(regLatin, size)}, legacy-typed Khmer ${pct(regLegacy, size)}; with a namesake on the register ${pct(namesakeReg, size)}, largest namesake group ${biggest}; twins ${twins})`);
  console.log(`on site ${b.rows.length}: true ${b.rows.length - hidden}, hidden ${hidden} (${pct(hidden, b.rows.length)}: namesakes of registered ${stat.hiddenNamesake}, relatives with their own name ${stat.hiddenRelative}, unrelated ${stat.hiddenNew}); absent ${b.absent} (${pct(b.absent, size)})`);
  console.log(`rows by script: Latin ${stat.latin}, Khmer ${stat.khmer}; by source: csv ${stat.csv}, id-card ${stat.idCard}, manual ${stat.manual}`);
  console.log(`date of birth: full ${stat.full}, year-only form ${stat.yearOnly}, missing ${stat.missing}; day/month swapped ${stat.swapped}`);
  console.log(`carrying national ID ${stat.nid}, NSSF number ${stat.nssf}, either ${stat.anyId}; name only ${stat.nameOnly}; typos ${stat.typos}; mistyped IDs ${stat.slips}`);
  console.log(`true rows with a registered namesake ${stat.trueWithNamesake} (${pct(stat.trueWithNamesake, stat.trueRows)}); undecidable ${stat.undecidable} (${pct(stat.undecidable, stat.trueRows)} of true rows)`);
  const share = (hid: boolean, f: (r: OnsiteWorker) => boolean) => {
    const rs = b.rows.filter((_, k) => b.meta[k].hidden === hid);
    return pct(rs.filter(f).length, rs.length);
  };
  for (const [label, f] of [
    ['date of birth missing', (r: OnsiteWorker) => !r.dateOfBirth],
    ['year-only form', (r: OnsiteWorker) => !!r.dateOfBirth && jan1(r.dateOfBirth)],
    ['national ID', (r: OnsiteWorker) => !!r.nationalId],
    ['NSSF number', (r: OnsiteWorker) => !!r.nssfNumber],
    ['sex missing', (r: OnsiteWorker) => !r.sex],
    ['Khmer script', (r: OnsiteWorker) => /[\u1780-\u17FF]/.test(r.name)],
  ] as const)
    console.log(`  ${label}: true rows ${share(false, f)}, hidden rows ${share(true, f)}`);
  if (stat.undecidable / stat.trueRows > 0.025) fail(`undecidable rows ${pct(stat.undecidable, stat.trueRows)} (limit 2.5%)`);
  if (problems.length) {
    console.log(`FAIRNESS VIOLATIONS:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('audit: all fairness rules hold');
}

if (process.argv[1]?.endsWith('fifth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
