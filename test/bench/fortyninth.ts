/**
 * `fortyninth`: an old register from the fund's early days.
 *
 * MODEL
 * - Register: about 40 % of workers were entered from paper forms with no date of birth and no
 *   national ID ("old-form" workers): dateOfBirth null, nationalId null, but an NSSF number, a
 *   Khmer name, sex, and a Latin name on about half of them. The rest are complete (Latin name on
 *   ~93 %). Old-form workers are older (born 1960-1988, hired 2008-2012).
 * - Old-form workers rarely share a full name with another old-form worker of the same sex
 *   (~4 % are allowed to): for them only name, sex and NSSF number can tie a row to the register.
 * - On site (~94 % of registered present, hidden ~7 % of rows): one name in Khmer (~46 %) or
 *   Latin; DOB on ~75 % of rows, national ID on ~40 % (a sheet gives the ID mostly where it
 *   leaves the DOB blank; ID-card rows carry both), NSSF number on ~20 %, sex on ~94 %.
 *   For old-form workers the row's DOB and ID are their true ones, which the register lacks.
 * - Hidden workers: ~1/3 with names that are no registered worker's (nor one edit from one),
 *   ~1/3 namesakes of complete workers (told apart by DOB or ID), ~1/3 namesakes of old-form
 *   workers, told apart by sex (unisex given names) or by an NSSF number from another employer.
 *
 * FAIRNESS RULES (audited by the self-check below)
 *  1. A true row carries only plausible variants of its registered worker: listed romanizations
 *     of each word, either order, any case, at most one typo (one edit) in one Latin word of 4+
 *     letters; Khmer with a space, a zero-width space or no separator between the two names, two
 *     adjacent combining marks typed in the other order, or a split vowel (ោ typed as េ+ា,
 *     ើ as េ+ី — rendered alike); IDs and NSSF numbers exact or one slip (one digit wrong or two
 *     adjacent swapped); DOB exact or day/month swapped; sex right or missing.
 *  2. Registered namesakes (same name or one edit apart in any spelling) never have dates of
 *     birth within a swap or one digit of each other (checked on true DOBs, old-form included).
 *  3. A hidden row either is no registered worker's name (not within one edit, in any listed
 *     spelling, of any registered worker's name) or is ruled out from every registered worker it
 *     could pass for by a field present on BOTH sides: sex differs, DOB more than a swap/one digit
 *     apart, national ID or NSSF number 2+ edits apart. A missing field rules nothing out.
 *  4. Nothing leaks: rows shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt strictly
 *     increasing in row order, registered worker ids assigned after shuffling.
 *  5. Undecidable true rows (another registered worker not ruled out whom the row fits at least
 *     as well: no fewer matching fields, a name no further) stay under 4 %.
 */
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, FEMALE, MALE, UNISEX, type NameEntry } from './fortyninth-names';

export const FORTYNINTH_LABEL =
  'old register: ~40% paper-form workers without DOB or national ID; their namesakes told apart only by sex or NSSF number';

type Sex = 'M' | 'F';
const VISIT_ID = 'visit-fortyninth';

// ---------------------------------------------------------------------------------------------
// Names: tokens, normalisation, fuzzy look-up
// ---------------------------------------------------------------------------------------------

const SEP_RE = /[\s\u200B\u200C\u200D\uFEFF]/g;
const KH_RE = /[\u1780-\u17FF]/;
const isMark = (c: number) => (c >= 0x17b6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd;

/** Khmer comparison form: no separators, split vowels composed, each run of marks sorted. */
function normKh(s: string): string {
  const t = s.replace(SEP_RE, '').normalize('NFC').replace(/\u17C1\u17B6/g, '\u17C4').replace(/\u17C1\u17B8/g, '\u17BE');
  const out: number[] = [];
  let run: number[] = [];
  for (const ch of t) {
    const c = ch.codePointAt(0)!;
    if (isMark(c)) run.push(c);
    else {
      if (run.length) out.push(...run.sort((a, b) => a - b));
      run = [];
      out.push(c);
    }
  }
  if (run.length) out.push(...run.sort((a, b) => a - b));
  return String.fromCodePoint(...out);
}
const normLatin = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '');
const normName = (s: string) => (KH_RE.test(s) ? normKh(s) : normLatin(s));

/** 0, 1, or 2 (= two or more) edits apart; an edit is an insertion, deletion, substitution or adjacent swap. */
function ed(a: string, b: string): number {
  if (a === b) return 0;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return 2;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
    return 2;
  }
  return la > lb ? (a.slice(i + 1) === b.slice(i) ? 1 : 2) : (a.slice(i) === b.slice(i + 1) ? 1 : 2);
}

interface Tok {
  kh: string;
  latin: string[];
  forms: string[];
}
const TOKS: Tok[] = [];
const tokByKh = new Map<string, number>();
function tokOf(e: NameEntry): number {
  const have = tokByKh.get(e.kh);
  if (have !== undefined) return have;
  const forms = [normKh(e.kh), ...e.latin.map(normLatin)];
  TOKS.push({ kh: e.kh, latin: e.latin, forms: [...new Set(forms)] });
  tokByKh.set(e.kh, TOKS.length - 1);
  return TOKS.length - 1;
}
const FAM_T = FAMILY.map(tokOf);
const MALE_T = MALE.map(tokOf);
const FEMALE_T = FEMALE.map(tokOf);
const UNISEX_T = new Set(UNISEX.map(tokOf));
const NT = 1000;
const keyOf = (a: number, b: number) => (a < b ? a * NT + b : b * NT + a);

const formTok = new Map<string, number[]>();
const delIdx = new Map<string, string[]>();
/** Spelling forms shared by two tokens (should be none). */
export const FORM_CLASHES: string[] = [];
TOKS.forEach((t, id) => {
  for (const f of t.forms) {
    const l = formTok.get(f);
    if (l) {
      if (!l.includes(id)) { l.push(id); FORM_CLASHES.push(f); }
      continue;
    }
    formTok.set(f, [id]);
    for (let i = 0; i < f.length; i++) {
      const d = f.slice(0, i) + f.slice(i + 1);
      const dl = delIdx.get(d);
      if (dl) { if (!dl.includes(f)) dl.push(f); } else delIdx.set(d, [f]);
    }
  }
});

const lookCache = new Map<string, Map<number, number>>();
/** Tokens within one edit of q in one of their forms → the fewest edits. */
function lookup(q: string): Map<number, number> {
  const hit = lookCache.get(q);
  if (hit) return hit;
  const res = new Map<number, number>();
  const consider = (form: string) => {
    const e = ed(q, form);
    if (e > 1) return;
    for (const t of formTok.get(form)!) if (!res.has(t) || res.get(t)! > e) res.set(t, e);
  };
  if (formTok.has(q)) consider(q);
  for (const f of delIdx.get(q) ?? []) consider(f);
  for (let i = 0; i < q.length; i++) {
    const d = q.slice(0, i) + q.slice(i + 1);
    if (formTok.has(d)) consider(d);
    for (const f of delIdx.get(d) ?? []) consider(f);
  }
  lookCache.set(q, res);
  return res;
}

/** Tokens one edit or less from a token (in any of their forms), itself included. */
const TOK_NEAR: number[][] = TOKS.map((t, id) => {
  const s = new Set<number>([id]);
  for (const f of t.forms) for (const n of lookup(f).keys()) s.add(n);
  return [...s];
});

const parseCache = new Map<string, Map<number, number>>();
/** All two-word name keys the written name could be, within one edit in total → edits. */
export function parseName(name: string): Map<number, number> {
  const s = normName(name);
  const hit = parseCache.get(s);
  if (hit) return hit;
  const out = new Map<number, number>();
  for (let i = 1; i < s.length; i++) {
    const L = lookup(s.slice(0, i));
    if (!L.size) continue;
    const R = lookup(s.slice(i));
    if (!R.size) continue;
    for (const [a, ea] of L) for (const [b, eb] of R) {
      const e = ea + eb;
      if (e > 1) continue;
      const k = keyOf(a, b);
      if (!out.has(k) || out.get(k)! > e) out.set(k, e);
    }
  }
  parseCache.set(s, out);
  return out;
}

/** Name keys one edit or less from a key (one word the same, the other within one edit). */
function nearKeys(key: number): number[] {
  const a = Math.floor(key / NT), b = key % NT;
  const s = new Set<number>();
  for (const x of TOK_NEAR[a]) s.add(keyOf(x, b));
  for (const y of TOK_NEAR[b]) s.add(keyOf(a, y));
  return [...s];
}

// ---------------------------------------------------------------------------------------------
// Field relations
// ---------------------------------------------------------------------------------------------

function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (+dd > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}
const digits = (d: string) => d.replace(/-/g, '');
const dobSupport = (a: string, b: string) => a === b || swapDM(a) === b;
function dobClose(a: string, b: string): boolean {
  if (dobSupport(a, b) || ed(digits(a), digits(b)) <= 1) return true;
  const sa = swapDM(a), sb = swapDM(b);
  return (sa !== null && ed(digits(sa), digits(b)) <= 1) || (sb !== null && ed(digits(sb), digits(a)) <= 1);
}
interface RowFields {
  sex: Sex | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}
function ruledOut(row: RowFields, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return true;
  if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) return true;
  if (row.nationalId && w.nationalId && ed(row.nationalId, w.nationalId) >= 2) return true;
  if (row.nssfNumber && w.nssfNumber && ed(row.nssfNumber, w.nssfNumber) >= 2) return true;
  return false;
}
function support(row: RowFields, w: RegisteredWorker): number {
  let n = 0;
  if (row.dateOfBirth && w.dateOfBirth && dobSupport(row.dateOfBirth, w.dateOfBirth)) n++;
  if (row.nationalId && w.nationalId && ed(row.nationalId, w.nationalId) <= 1) n++;
  if (row.nssfNumber && w.nssfNumber && ed(row.nssfNumber, w.nssfNumber) <= 1) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

interface Person {
  fam: number;
  giv: number;
  key: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string;
  oldForm: boolean;
  reg: RegisteredWorker;
}

interface Row extends RowFields {
  name: string;
  source: 'manual' | 'csv' | 'id-card';
  truth: Person | null;
}

export interface FortyninthStats {
  [k: string]: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function randDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1), m = r.int(1, 12);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const d = r.int(1, m === 2 && leap ? 29 : DAYS[m - 1]);
  return `${y}-${pad(m)}-${pad(d)}`;
}
const randDigits = (r: Rng, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
};
function slip(r: Rng, s: string): string {
  for (let tries = 0; tries < 20; tries++) {
    const i = r.int(0, s.length - 1);
    if (r.chance(0.5) && i + 1 < s.length && s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    const d = String(r.int(0, 9));
    if (d !== s[i]) return s.slice(0, i) + d + s.slice(i + 1);
  }
  return s;
}
function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const title = (s: string) => s.toLowerCase().replace(/(^|\s)([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());

function pickVariant(r: Rng, t: number): string {
  const v = TOKS[t].latin;
  return v.length === 1 || r.chance(0.7) ? v[0] : v[r.int(1, v.length - 1)];
}

/** One typo in a Latin word of 4+ letters that leaves it closest to its own token only. */
function typo(r: Rng, word: string, t: number): string | null {
  if (/\s/.test(word) || word.length < 4) return null;
  const letters = 'aeiouhkmnrtsy';
  for (let tries = 0; tries < 8; tries++) {
    const i = r.int(1, word.length - 1);
    const op = r.int(0, 3);
    let w: string;
    if (op === 0) w = word.slice(0, i) + letters[r.int(0, letters.length - 1)] + word.slice(i + 1);
    else if (op === 1) w = word.slice(0, i) + word.slice(i + 1);
    else if (op === 2) w = word.slice(0, i) + word[i] + word.slice(i);
    else w = i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word;
    const n = normLatin(w);
    if (n === normLatin(word)) continue;
    const L = lookup(n);
    if (L.size === 1 && L.get(t) === 1) return w;
  }
  return null;
}

function khVariant(r: Rng, w: string): { s: string; kind: 'reorder' | 'split' } | null {
  const opts: { s: string; kind: 'reorder' | 'split' }[] = [];
  const cs = [...w];
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i].codePointAt(0)!, b = cs[i + 1].codePointAt(0)!;
    if (isMark(a) && isMark(b) && a !== b) {
      const c2 = [...cs];
      [c2[i], c2[i + 1]] = [c2[i + 1], c2[i]];
      opts.push({ s: c2.join(''), kind: 'reorder' });
    }
  }
  if (w.includes('\u17C4')) opts.push({ s: w.replace('\u17C4', '\u17C1\u17B6'), kind: 'split' });
  if (w.includes('\u17BE')) opts.push({ s: w.replace('\u17BE', '\u17C1\u17B8'), kind: 'split' });
  return opts.length ? r.pick(opts) : null;
}

function renderName(r: Rng, fam: number, giv: number, khmer: boolean, st: FortyninthStats, allowTypo: boolean): string {
  const swap = r.chance(khmer ? 0.08 : 0.15);
  if (swap) st.nameSwapped++;
  if (khmer) {
    st.khmer++;
    let words = [TOKS[fam].kh, TOKS[giv].kh];
    if (r.chance(0.15)) {
      const first = r.int(0, 1);
      for (const j of [first, 1 - first]) {
        const v = khVariant(r, words[j]);
        if (!v) continue;
        words[j] = v.s;
        st[v.kind === 'reorder' ? 'khReorder' : 'khSplitVowel']++;
        break;
      }
    }
    if (swap) words = [words[1], words[0]];
    const u = r.next();
    const sep = u < 0.62 ? ' ' : u < 0.8 ? '\u200B' : '';
    if (sep === '\u200B') st.khZwsp++;
    if (sep === '') st.khNoSep++;
    return words.join(sep);
  }
  st.latin++;
  let words = [pickVariant(r, fam), pickVariant(r, giv)];
  if (words.some((w, i) => normLatin(w) !== TOKS[i === 0 ? fam : giv].forms[1])) st.latinAltSpelling++;
  if (allowTypo && r.chance(0.05)) {
    const t = [fam, giv];
    const first = r.int(0, 1);
    for (const j of [first, 1 - first]) {
      const w = typo(r, words[j], t[j]);
      if (w === null) continue;
      words[j] = w;
      st.latinTypo++;
      break;
    }
  }
  if (swap) words = [words[1], words[0]];
  const u = r.next();
  const s = words.join(' ');
  if (u < 0.35) { st.latinUpper++; return s.toUpperCase(); }
  if (u < 0.45) return s.toLowerCase();
  return title(s);
}

function build(size: number, seed: number) {
  const r = rng(seed);
  const st: FortyninthStats = {
    khmer: 0, latin: 0, nameSwapped: 0, khReorder: 0, khSplitVowel: 0, khZwsp: 0, khNoSep: 0, latinAltSpelling: 0,
    latinTypo: 0, latinUpper: 0, dobSwap: 0, nidSlip: 0, nssfSlip: 0, hiddenUnique: 0, hiddenCompleteNamesake: 0,
    hiddenOldFormNamesake: 0, hiddenBySex: 0, hiddenByNssf: 0, oldFormSharedName: 0,
  };
  const persons: Person[] = [];
  const byKey = new Map<number, Person[]>();
  const usedNid = new Set<string>();
  const usedNssf = new Set<string>();
  const freshNid = () => { let s; do s = String(r.int(1, 2)) + randDigits(r, 8); while (usedNid.has(s)); usedNid.add(s); return s; };
  const freshNssf = () => { let s; do s = String(r.int(1, 9)) + randDigits(r, 9); while (usedNssf.has(s)); usedNssf.add(s); return s; };
  const namesakes = (key: number): Person[] => {
    const out: Person[] = [];
    for (const k of nearKeys(key)) for (const p of byKey.get(k) ?? []) out.push(p);
    return out;
  };

  // ---- register ----
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(0.5) ? 'F' : 'M';
    const oldForm = r.chance(0.4);
    const givList = sex === 'M' ? MALE_T : FEMALE_T;
    let fam = 0, giv = 0, key = 0;
    for (let tries = 0; tries < 60; tries++) {
      fam = r.pickSkewed(FAM_T, 1.6);
      giv = r.pickSkewed(givList, 1.15);
      key = keyOf(fam, giv);
      if (!oldForm) break;
      const clash = (byKey.get(key) ?? []).some((p) => p.oldForm && p.sex === sex);
      if (!clash || r.chance(0.04)) break;
    }
    if (oldForm && (byKey.get(key) ?? []).some((p) => p.oldForm && p.sex === sex)) st.oldFormSharedName++;
    const ns = namesakes(key);
    let dob = '';
    for (let tries = 0; tries < 200; tries++) {
      dob = oldForm ? randDate(r, 1960, 1988) : randDate(r, 1968, 2006);
      if (!ns.some((p) => dobClose(p.dob, dob))) break;
    }
    const y = +dob.slice(0, 4);
    const hire = oldForm ? randDate(r, 2008, 2012) : randDate(r, Math.min(2025, Math.max(2011, y + 16)), 2025);
    const fv = TOKS[fam].latin, gv = TOKS[giv].latin;
    const lat = () => {
      const f = r.chance(0.75) ? fv[0] : r.pick(fv);
      const g = r.chance(0.75) ? gv[0] : r.pick(gv);
      const s = `${f} ${g}`;
      return r.chance(0.7) ? s.toUpperCase() : title(s);
    };
    const nid = freshNid();
    const nssf = freshNssf();
    const reg: RegisteredWorker = {
      workerId: '',
      nssfNumber: nssf,
      nationalId: oldForm ? null : nid,
      nameKh: TOKS[fam].kh + (r.chance(0.04) ? '\u200B' : ' ') + TOKS[giv].kh,
      nameLatin: r.chance(oldForm ? 0.5 : 0.93) ? lat() : null,
      sex,
      dateOfBirth: oldForm ? null : dob,
      hireDate: hire,
      wageRiel: r.chance(0.8) ? r.int(800, 2600) * 1000 : null,
    };
    const p: Person = { fam, giv, key, sex, dob, nid, nssf, oldForm, reg };
    persons.push(p);
    const l = byKey.get(key);
    if (l) l.push(p); else byKey.set(key, [p]);
  }
  r.shuffle(persons);
  persons.forEach((p, i) => { p.reg.workerId = `NSSF-W${pad(i + 1, 6)}`; });

  const candidates = (row: Row) => {
    const out: { p: Person; edits: number }[] = [];
    for (const [k, e] of parseName(row.name)) for (const p of byKey.get(k) ?? []) out.push({ p, edits: e });
    return out;
  };

  // ---- true rows ----
  const rows: Row[] = [];
  const drawFields = (row: Row, sex: Sex, dob: string, nid: string, nssf: string | null, isTrue: boolean) => {
    const card = row.source === 'id-card';
    row.sex = card || r.chance(0.93) ? sex : null;
    const hasDob = card || r.chance(0.7);
    row.dateOfBirth = null;
    if (hasDob) {
      row.dateOfBirth = dob;
      const sw = swapDM(dob);
      if (isTrue && !card && sw && r.chance(0.05)) { row.dateOfBirth = sw; st.dobSwap++; }
    }
    const hasNid = card || r.chance(hasDob ? 0.03 : 0.9);
    row.nationalId = null;
    if (hasNid) {
      row.nationalId = nid;
      if (isTrue && r.chance(card ? 0.01 : 0.04)) { row.nationalId = slip(r, nid); st.nidSlip++; }
    }
    row.nssfNumber = null;
    if (nssf && r.chance(card ? 0.12 : 0.21)) {
      row.nssfNumber = nssf;
      if (isTrue && r.chance(0.04)) { row.nssfNumber = slip(r, nssf); st.nssfSlip++; }
    }
  };
  const newRow = (): Row => {
    const u = r.next();
    return { name: '', source: u < 0.55 ? 'csv' : u < 0.85 ? 'manual' : 'id-card', truth: null, sex: null, dateOfBirth: null, nationalId: null, nssfNumber: null };
  };
  for (const p of persons) {
    if (r.chance(0.06)) continue; // absent
    const row = newRow();
    row.truth = p;
    row.name = renderName(r, p.fam, p.giv, r.chance(row.source === 'id-card' ? 0.7 : 0.4), st, true);
    drawFields(row, p.sex, p.dob, p.nid, p.nssf, true);
    rows.push(row);
  }

  // ---- hidden rows ----
  const nHidden = Math.round((rows.length * 0.07) / 0.93);
  const completes = persons.filter((p) => !p.oldForm);
  const olds = persons.filter((p) => p.oldForm);
  const foreignNssf = (avoid: Person[]) => {
    for (;;) {
      const s = freshNssf();
      if (avoid.every((p) => ed(p.nssf, s) >= 2)) return s;
    }
  };
  const makeHidden = (kind: number): Row | null => {
    let fam: number, giv: number, sex: Sex;
    let forceSex = false, forceNssf = false;
    if (kind === 0) {
      sex = r.chance(0.5) ? 'F' : 'M';
      let ok = false;
      fam = 0; giv = 0;
      for (let tries = 0; tries < 400 && !ok; tries++) {
        fam = r.pickSkewed(FAM_T, 1.6);
        giv = r.pickSkewed(sex === 'M' ? MALE_T : FEMALE_T, 1.15);
        ok = namesakes(keyOf(fam, giv)).length === 0;
      }
      if (!ok) return null;
    } else if (kind === 1) {
      if (!completes.length) return null;
      const c = r.pick(completes);
      fam = c.fam; giv = c.giv;
      sex = UNISEX_T.has(giv) && r.chance(0.3) ? (r.chance(0.5) ? 'M' : 'F') : c.sex;
    } else {
      if (!olds.length) return null;
      const o = r.pick(olds);
      fam = o.fam; giv = o.giv;
      if (UNISEX_T.has(giv) && r.chance(0.6)) { sex = o.sex === 'M' ? 'F' : 'M'; forceSex = true; }
      else { sex = o.sex; forceNssf = true; }
    }
    const row = newRow();
    row.name = renderName(r, fam, giv, r.chance(row.source === 'id-card' ? 0.7 : 0.4), st, true);
    let dob = randDate(r, 1968, 2006);
    const nid = freshNid();
    drawFields(row, sex, dob, nid, r.chance(0.3) ? '_' : null, false);
    if (row.nssfNumber === '_') row.nssfNumber = null;
    if (forceSex) row.sex = sex;
    const cands = candidates(row).map((c) => c.p);
    if (forceNssf) row.nssfNumber = foreignNssf(cands);
    for (let round = 0; round < 3; round++) {
      const open = cands.filter((p) => !ruledOut(row, p.reg));
      if (!open.length) {
        if (kind === 0) st.hiddenUnique++;
        else if (kind === 1) st.hiddenCompleteNamesake++;
        else st.hiddenOldFormNamesake++;
        if (kind === 2) st[forceSex ? 'hiddenBySex' : 'hiddenByNssf']++;
        return row;
      }
      if (open.some((p) => p.reg.dateOfBirth !== null)) {
        const dated = cands.filter((p) => p.reg.dateOfBirth !== null);
        for (let t = 0; t < 200 && dated.some((p) => dobClose(p.dob, dob)); t++) dob = randDate(r, 1968, 2006);
        row.dateOfBirth = dob;
      }
      if (open.some((p) => p.reg.dateOfBirth === null)) {
        if (row.sex === null) row.sex = sex;
        if (open.some((p) => p.reg.dateOfBirth === null && p.sex === sex)) row.nssfNumber = foreignNssf(cands);
      }
    }
    return null;
  };
  let made = 0;
  for (let guard = 0; made < nHidden && guard < nHidden * 20; guard++) {
    const u = r.next();
    const kind = u < 0.34 ? 0 : u < 0.67 ? 1 : 2;
    const row = makeHidden(kind) ?? (kind === 0 ? makeHidden(1) : null);
    if (row) { rows.push(row); made++; }
  }

  // ---- shuffle, ids, times ----
  r.shuffle(rows);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 5, 10, 1, 30, 0);
  let csvRow = 0;
  for (const row of rows) {
    t += r.int(5, 45) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssfNumber,
      sex: row.sex,
      dateOfBirth: row.dateOfBirth,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.truth ? row.truth.reg.workerId : null);
  }
  const roster: Roster = { registered: persons.map((p) => p.reg), onsite, truth };
  const trueDob = new Map(persons.map((p) => [p.reg.workerId, p.dob] as const));
  return { roster, st, trueDob };
}

export function generateFortyninth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------

function selfCheck(size: number, seed: number): boolean {
  const t0 = performance.now();
  const { roster, st, trueDob } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const fails: string[] = [];
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + '%' : '-');
  const check = (ok: boolean, msg: string) => { if (!ok) fails.push(msg); return ok; };

  check(FORM_CLASHES.length === 0, `spelling forms shared by two names: ${FORM_CLASHES.join(', ')}`);

  // Register: keys from the written names, not from the generator.
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const regKey = new Map<string, number>();
  const byKey = new Map<number, RegisteredWorker[]>();
  let badRegName = 0;
  for (const w of registered) {
    const exact = [...parseName(w.nameKh)].filter(([, e]) => e === 0).map(([k]) => k);
    if (exact.length !== 1) { badRegName++; continue; }
    if (w.nameLatin && parseName(w.nameLatin).get(exact[0]) !== 0) badRegName++;
    regKey.set(w.workerId, exact[0]);
    const l = byKey.get(exact[0]);
    if (l) l.push(w); else byKey.set(exact[0], [w]);
  }
  check(badRegName === 0, `register names that do not read as exactly one name: ${badRegName}`);
  const oldForm = registered.filter((w) => w.dateOfBirth === null && w.nationalId === null);

  // Rule 2
  let r2Visible = 0, r2True = 0, namesakePairs = 0;
  for (const w of registered) {
    const k = regKey.get(w.workerId);
    if (k === undefined) continue;
    for (const nk of nearKeys(k)) for (const v of byKey.get(nk) ?? []) {
      if (v.workerId <= w.workerId) continue;
      namesakePairs++;
      if (w.dateOfBirth && v.dateOfBirth && dobClose(w.dateOfBirth, v.dateOfBirth)) r2Visible++;
      if (dobClose(trueDob.get(w.workerId)!, trueDob.get(v.workerId)!)) r2True++;
    }
  }
  check(r2Visible === 0, `rule 2: registered namesakes with close DOBs: ${r2Visible}`);
  check(r2True === 0, `rule 2: namesakes with close true DOBs (old-form included): ${r2True}`);

  // Rules 1, 3, 5
  let nTrue = 0, nHidden = 0, r1 = 0, r3 = 0, undecidable = 0, misleading = 0, hiddenNamesake = 0;
  let oldRows = 0, oldRowsNssf = 0, typoRows = 0, dobPresent = 0, nidPresent = 0, nssfPresent = 0, sexMissing = 0;
  let hiddenNssf = 0, trueNssf = 0, undecOld = 0;
  const r1Examples: string[] = [];
  for (const o of onsite) {
    const tid = truth.get(o.id);
    if (tid === undefined) { check(false, `row without truth ${o.id}`); continue; }
    if (o.dateOfBirth) dobPresent++;
    if (o.nationalId) nidPresent++;
    if (o.nssfNumber) nssfPresent++;
    if (!o.sex) sexMissing++;
    const cands: { w: RegisteredWorker; edits: number }[] = [];
    for (const [k, e] of parseName(o.name)) for (const w of byKey.get(k) ?? []) cands.push({ w, edits: e });
    if (tid === null) {
      nHidden++;
      if (o.nssfNumber) hiddenNssf++;
      if (cands.length) hiddenNamesake++;
      if (cands.some((c) => !ruledOut(o, c.w))) r3++;
      continue;
    }
    nTrue++;
    if (o.nssfNumber) trueNssf++;
    const w = regById.get(tid)!;
    const isOld = w.dateOfBirth === null;
    if (isOld) { oldRows++; if (o.nssfNumber) oldRowsNssf++; }
    const me = cands.find((c) => c.w.workerId === tid);
    const khmer = KH_RE.test(o.name);
    const bad: string[] = [];
    if (!me) bad.push('name');
    else {
      if (me.edits > 0) { typoRows++; if (khmer) bad.push('khmer-edit'); }
      if (o.sex && w.sex && o.sex !== w.sex) bad.push('sex');
      if (o.dateOfBirth && w.dateOfBirth && !dobSupport(o.dateOfBirth, w.dateOfBirth)) bad.push('dob');
      if (o.nationalId && w.nationalId && ed(o.nationalId, w.nationalId) > 1) bad.push('nid');
      if (o.nssfNumber && w.nssfNumber && ed(o.nssfNumber, w.nssfNumber) > 1) bad.push('nssf');
      if (o.dateOfBirth && isOld && !dobSupport(o.dateOfBirth, trueDob.get(tid)!)) bad.push('true-dob');
    }
    if (bad.length) { r1++; if (r1Examples.length < 5) r1Examples.push(`${o.name} → ${w.nameKh}/${w.nameLatin}: ${bad.join(',')}`); continue; }
    const ts = support(o, w), te = me!.edits;
    let und = false, mis = false;
    for (const c of cands) {
      if (c.w.workerId === tid || ruledOut(o, c.w)) continue;
      const cs = support(o, c.w);
      const dominated = ts >= cs && te <= c.edits && (ts > cs || te < c.edits);
      if (!dominated) { und = true; if (cs > ts || (cs === ts && c.edits < te)) mis = true; }
    }
    if (und) { undecidable++; if (isOld) undecOld++; }
    if (mis) misleading++;
  }
  check(r1 === 0, `rule 1: true rows with an implausible variant: ${r1} ${r1Examples.join(' | ')}`);
  check(r3 === 0, `rule 3: hidden rows not ruled out from a namesake: ${r3}`);
  check(undecidable / nTrue < 0.04, `rule 5: undecidable true rows ${pct(undecidable, nTrue)} >= 4%`);

  // Rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)), 'rule 4: ids are not v4 UUIDs');
  check(new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: duplicate on-site ids');
  check(new Set(registered.map((w) => w.workerId)).size === registered.length, 'rule 4: duplicate worker ids');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt not increasing');
  let csvN = 0;
  check(onsite.every((o) => (o.source === 'csv' ? o.sourceRow === ++csvN : o.sourceRow === null)), 'rule 4: sourceRow not sequential');
  const half = Math.floor(onsite.length / 2);
  const hid1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length;
  const hid2 = nHidden - hid1;
  const sd = Math.sqrt(nHidden) + 1;
  check(Math.abs(hid1 - hid2) < 4 * sd, `rule 4: hidden rows bunched by order (${hid1} vs ${hid2})`);
  const rh = Math.floor(registered.length / 2);
  const old1 = registered.slice(0, rh).filter((w) => w.dateOfBirth === null).length;
  check(Math.abs(old1 - (oldForm.length - old1)) < 4 * Math.sqrt(oldForm.length) + 2, 'rule 4: old-form workers bunched in register order');

  // Schemas
  const badReg = registered.filter((w) => !RegisteredWorker.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !OnsiteWorker.safeParse(o).success).length;
  check(badReg === 0 && badOn === 0, `schema: ${badReg} registered and ${badOn} on-site records fail`);
  check(onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o)), 'schema: hidden-only fields present');

  // Determinism and time
  const ser = (ro: Roster) => JSON.stringify([ro.registered, ro.onsite, [...ro.truth]]);
  const a = ser(generateFortyninth(size, seed));
  check(a === ser(roster), 'determinism: same seed differs');
  check(a === ser(generateFortyninth(size, seed)), 'determinism: same seed differs (2)');
  check(a !== ser(generateFortyninth(size, seed + 1)), 'determinism: another seed gives the same roster');
  const t1 = performance.now();
  generateFortyninth(10000, seed);
  const ms10k = performance.now() - t1;
  check(ms10k < 2000, `time: 10k generation took ${ms10k.toFixed(0)} ms`);

  const absent = registered.length - nTrue;
  const lines = [
    `fortyninth size=${size} seed=${seed}: ${FORTYNINTH_LABEL}`,
    `register: ${registered.length} workers; old-form (no DOB, no ID) ${oldForm.length} (${pct(oldForm.length, registered.length)}), ` +
      `Latin name on old-form ${pct(oldForm.filter((w) => w.nameLatin).length, oldForm.length)}, on complete ${pct(registered.filter((w) => w.dateOfBirth && w.nameLatin).length, registered.length - oldForm.length)}; ` +
      `old-form sharing a name with a same-sex old-form worker: ${st.oldFormSharedName}; namesake pairs (≤1 edit): ${namesakePairs}`,
    `on site: ${onsite.length} rows; true ${nTrue}; hidden ${nHidden} (${pct(nHidden, onsite.length)}); absent registered ${absent} (${pct(absent, registered.length)})`,
    `hidden: unique name ${st.hiddenUnique}, namesake of complete ${st.hiddenCompleteNamesake}, namesake of old-form ${st.hiddenOldFormNamesake} ` +
      `(by sex ${st.hiddenBySex}, by NSSF ${st.hiddenByNssf}); with any registered namesake ${hiddenNamesake}; NSSF on hidden ${pct(hiddenNssf, nHidden)} vs true ${pct(trueNssf, nTrue)}`,
    `rows of old-form workers: ${oldRows} (${pct(oldRows, nTrue)} of true), with NSSF ${pct(oldRowsNssf, oldRows)}`,
    `fields: DOB ${pct(dobPresent, onsite.length)}, national ID ${pct(nidPresent, onsite.length)}, NSSF ${pct(nssfPresent, onsite.length)}, sex missing ${pct(sexMissing, onsite.length)}; ` +
      `DOB swapped ${st.dobSwap}, ID slips ${st.nidSlip}, NSSF slips ${st.nssfSlip}`,
    `names: Khmer ${pct(st.khmer, st.khmer + st.latin)}, Latin ${pct(st.latin, st.khmer + st.latin)}; order swapped ${pct(st.nameSwapped, st.khmer + st.latin)}; ` +
      `Khmer ZWSP ${st.khZwsp}, no separator ${st.khNoSep}, marks reordered ${st.khReorder}, split vowel ${st.khSplitVowel}; ` +
      `Latin alt spelling ${pct(st.latinAltSpelling, st.latin)}, upper case ${pct(st.latinUpper, st.latin)}, typos ${st.latinTypo} (true rows with a one-edit name ${typoRows})`,
    `rule 1 violations ${r1}; rule 2 violations ${r2Visible} visible / ${r2True} true DOB; rule 3 violations ${r3}; ` +
      `rule 5 undecidable ${undecidable} (${pct(undecidable, nTrue)}; old-form ${undecOld}; another candidate better ${misleading})`,
    `schemas: ${badReg + badOn} bad; determinism ok=${!fails.some((f) => f.startsWith('determinism'))}; gen ${size}: ${genMs.toFixed(0)} ms (with self-check setup), 10k: ${ms10k.toFixed(0)} ms`,
  ];
  console.log(lines.join('\n'));
  for (const f of fails) console.log('  FAIL: ' + f);
  console.log(fails.length ? 'FAIL' : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('fortyninth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
