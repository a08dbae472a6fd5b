/**
 * Benchmark roster `twentieth`: titles and Sino-Khmer names.
 *
 * An employer's sheet (csv) and an inspector's notes (manual) that write honorifics with the
 * names, in either script and in any position ("Mr. SOK Dara", "លោកស្រី ចាន់ សុភា",
 * "Bong Chan Sophea", "ហេង ដារា (លោក)", "TAING, Mrs. Sophea", "Mr. សុខ ដារា", "លោក HENG DARA",
 * "លោកសុខ ដារា" with no space), plus ID-card scans that carry no title. A third of the workforce
 * is Sino-Khmer, whose family names are romanized many ways (Taing/Teang/Tang, Ly/Lee/Li,
 * Ung/Eung/Oung ...) and sometimes spelled two ways in Khmer (លឹម/លិម, ឃាង/ឃៀង, តាន់/តាន).
 * "Kanha" (កញ្ញា, "Miss") is also a common given name, and ស្រីនាង contains "Neang" (នាង): a reader
 * tells title from name by the register.
 *
 * Model (rates are per on-site row unless said):
 *  - registered: `size` workers; 1/3 Sino-Khmer (40 % of them with a Sino given name: Kimhong,
 *    Menghour, Kimly ...); 58 % women; family and given names Zipf-skewed, so most workers
 *    share their full name with another at 10,000. Khmer name always (a variant Khmer spelling
 *    15 %, Sino family names 30 %; an encoding variant 6 %); Latin name missing 10 %, else
 *    upper case 80 %, romanized the usual way 70 % (Sino family names: any romanization);
 *    national ID missing 4 %, NSSF number missing 2 %; sex and date of birth always.
 *  - absent: each registered worker is absent with p = 5 %.
 *  - hidden: 6.5 % of on-site rows; 55 % are namesakes (a registered worker's name, written
 *    like any other row), 45 % fresh names from the same distribution (most of which collide
 *    with a registered name too); hidden workers have their own national ID, no NSSF number.
 *  - sources: csv 50 %, manual 35 %, id-card 15 % (independent of truth).
 *  - titles: csv 50 %, manual 75 %, id-card 0 %; in the other script than the name 25 %;
 *    before the name 70 %, after it 22 % ("(Mr.)", ", Mrs", " Bong"), between family and
 *    given name ~8 % of eligible rows (Latin "SOK, Mr. Dara"); a Khmer title before a Khmer
 *    name is written without a space 25 %, with a zero-width space 10 %; a Khmer title in an
 *    encoding variant 15 %. Titles always fit the worker's sex and age (Ta/Yeay 45+,
 *    Kanha/Neang/Miss 35-, Mrs/Madam/Lok Srey/Neak Srey 25+; Neak and Bong anyone).
 *  - names: Khmer script 35 % (csv), 45 % (manual), 70 % (id-card); family/given swapped 20 %
 *    (not on ID cards); Latin: usual romanization 55 % per word (Sino family names: any);
 *    case Title 45 %, UPPER 35 %, lower 5 %, "SOK Dara" 15 % (ID cards: UPPER); a double space
 *    3 %; one typo 5 % (id-card 1 %); Khmer: variant spelling 20 % (Sino family 40 %), a
 *    zero-width space / no space between the words 25 % / 10 %, an encoding variant 30 %
 *    (shifter or vowel typed before/after, split vowel េ+ី for ើ, ្ត for ្ដ).
 *  - fields: national ID present csv 45 %, manual 25 %, id-card 100 %; NSSF number csv 40 %,
 *    manual 15 %, id-card 5 %; sex csv 92 %, manual 85 %, id-card 100 %; DOB csv 94 %,
 *    manual 88 %, id-card 100 %; ID slips 3 % each (not on ID cards), DOB day/month swap 4 %
 *    of true rows with a swappable date (not on ID cards). A hidden row whose name could pass
 *    for a registered worker not already told apart by an ID gets a date of birth (drawn
 *    again until it is far from every such namesake's).
 *
 * Fairness rules (audited by the self-check, `npx tsx test/bench/twentieth.ts 10000 1`):
 *  1. A true row carries only plausible variants of its registered worker: the name's words
 *     in any listed Khmer spelling or Latin romanization, either order, any case, at most one
 *     typo (substitution, deletion, insertion, adjacent swap) in one word of 4+ letters, Khmer
 *     encoding variants, and an honorific that fits the worker's sex and age anywhere around
 *     the name (a title is one of the listed forms, in either script); IDs exact or one slip
 *     (a mistyped or transposed digit); DOB exact or day/month swapped; sex right or missing.
 *     Extra variations: double spaces; a Khmer title glued to a Khmer name; zero-width or no
 *     space between Khmer words. A reader strips a title word or keeps it (Kanha the name).
 *  2. Registered namesakes (same full name in any spelling, either order) never have dates of
 *     birth within a swap or one digit of each other (nor of each other's swap).
 *  3. A hidden row either could not pass for any registered worker by name (after removing
 *     or keeping each title word: not within one edit of any spelling of a name word of 4+
 *     letters, any order), or is ruled out from every one it could pass for by a field on
 *     BOTH sides: sex differs, DOB more than a swap/one digit apart, IDs 2+ edits apart.
 *  4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG,
 *     recordedAt increasing in row order, registered worker ids assigned after shuffling,
 *     source independent of truth, registered IDs 2+ edits apart from each other and from
 *     hidden workers' IDs.
 *  5. Undecidable true rows (another registered worker they could pass for, not ruled out,
 *     and not worse on any evidence) stay under 4 %.
 */
import { OnsiteWorker as OnsiteSchema, RegisteredWorker as RegisteredSchema } from '../../src/protocol';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import {
  FEMALE_GIVEN,
  KHMER_FAMILY,
  MALE_GIVEN,
  SINO_FAMILY,
  SINO_FEMALE_GIVEN,
  SINO_MALE_GIVEN,
  TITLES,
  type NameEntry,
  type TitleEntry,
} from './twentieth-names';

export const TWENTIETH_LABEL = 'titles in both scripts, any position; Sino-Khmer romanizations';

// ---------------------------------------------------------------------------------------------
// Words and normalization
// ---------------------------------------------------------------------------------------------

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

interface Word {
  id: number;
  kind: 'fam' | 'giv';
  sino: boolean;
  kh: readonly string[];
  lat: readonly string[];
  /** Every spelling, normalized (Khmer canonical, Latin lower-case letters only). */
  keys: string[];
}

const KHMER_CHAR = /[\u1780-\u17FF]/;
const ZWSP = '\u200B';

/** Khmer text in one canonical form: the encoding variants this generator writes all map here. */
function normKh(s: string): string {
  let t = s.normalize('NFC').replace(/[^\u1780-\u17FF]/g, '');
  for (let i = 0; i < 2; i++) {
    t = t.replace(/([\u17B6-\u17C5]+)([\u17C9\u17CA])/g, '$2$1');
    t = t.replace(/([\u17B6-\u17C5]+)(\u17D2[\u1780-\u17A2])/g, '$2$1');
    t = t.replace(/\u17C1\u17B8/g, '\u17BE').replace(/\u17C1\u17B6/g, '\u17C4');
  }
  return t.replace(/\u17D2\u178F/g, '\u17D2\u178A');
}

function normLat(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

function normToken(t: string): string {
  return KHMER_CHAR.test(t) ? normKh(t) : normLat(t);
}

function tokenize(name: string): string[] {
  return name
    .split(/[\s\u200B-\u200D\u2060\uFEFF,.()[\]\-/]+/)
    .map(normToken)
    .filter((t) => t.length > 0);
}

const WORDS: Word[] = [];
function addWords(list: readonly NameEntry[], kind: 'fam' | 'giv', sino: boolean): number[] {
  return list.map((e) => {
    const id = WORDS.length;
    const keys = [...new Set([...e.kh.map(normKh), ...e.lat.map(normLat)])];
    WORDS.push({ id, kind, sino, kh: e.kh, lat: e.lat, keys });
    return id;
  });
}
const KH_FAM = addWords(KHMER_FAMILY, 'fam', false);
const SINO_FAM = addWords(SINO_FAMILY, 'fam', true);
const GIVEN: Record<Sex, number[]> = { M: addWords(MALE_GIVEN, 'giv', false), F: addWords(FEMALE_GIVEN, 'giv', false) };
const SINO_GIVEN: Record<Sex, number[]> = {
  M: addWords(SINO_MALE_GIVEN, 'giv', true),
  F: addWords(SINO_FEMALE_GIVEN, 'giv', true),
};

/** Edits are allowed only in words of 4+ characters (rule 1's typo rule). */
const MIN_EDIT_LEN = 4;

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** exact spelling → words; one-deletion of a 4+ spelling → words. */
const EXACT = new Map<string, number[]>();
const DEL1 = new Map<string, number[]>();
function addTo(m: Map<string, number[]>, k: string, id: number): void {
  const a = m.get(k);
  if (!a) m.set(k, [id]);
  else if (!a.includes(id)) a.push(id);
}
for (const w of WORDS) {
  for (const k of w.keys) {
    addTo(EXACT, k, w.id);
    if (k.length >= MIN_EDIT_LEN) for (const d of deletions(k)) addTo(DEL1, d, w.id);
  }
}

const QUERY_CACHE = new Map<string, Map<number, number>>();
/** The words a written part could be: word → 0 (a listed spelling) or 1 (one edit from one). */
function queryWord(p: string): Map<number, number> {
  const hit = QUERY_CACHE.get(p);
  if (hit) return hit;
  const out = new Map<number, number>();
  const put = (id: number, d: number) => {
    const old = out.get(id);
    if (old === undefined || d < old) out.set(id, d);
  };
  for (const id of EXACT.get(p) ?? []) put(id, 0);
  if (p.length >= 2) {
    for (const d of deletions(p)) {
      if (d.length >= MIN_EDIT_LEN) for (const id of EXACT.get(d) ?? []) put(id, 1); // p has one extra character
      for (const id of DEL1.get(d) ?? []) put(id, 1); // substitution or adjacent swap
    }
  }
  for (const id of DEL1.get(p) ?? []) put(id, 1); // p misses one character
  QUERY_CACHE.set(p, out);
  return out;
}

/** Union of words that share a spelling: "same full name in any spelling" (rule 2). */
const WORD_CLASS: number[] = WORDS.map((w) => w.id);
{
  const find = (x: number): number => (WORD_CLASS[x] === x ? x : (WORD_CLASS[x] = find(WORD_CLASS[x])));
  for (const ids of EXACT.values()) for (const id of ids.slice(1)) WORD_CLASS[find(id)] = find(ids[0]);
  for (let i = 0; i < WORD_CLASS.length; i++) WORD_CLASS[i] = find(i);
}
function namesakeKey(fam: number, giv: number): string {
  const a = WORD_CLASS[fam];
  const b = WORD_CLASS[giv];
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

// Titles as a reader strips them.
const TITLE_SINGLE = new Set<string>();
const TITLE_LEAD = new Set<string>();
const TITLE_FOLLOW = new Set<string>();
const KH_TITLES: string[] = [];
for (const t of TITLES) {
  for (const f of t.lat) {
    const toks = tokenize(f);
    if (toks.length === 1) TITLE_SINGLE.add(toks[0]);
    else {
      TITLE_LEAD.add(toks[0]);
      TITLE_FOLLOW.add(toks[1]);
    }
  }
  for (const f of t.kh) {
    TITLE_SINGLE.add(normKh(f));
    KH_TITLES.push(normKh(f));
  }
}
KH_TITLES.sort((a, b) => b.length - a.length);

/** The name a row could mean: each title word removed or kept (spaceless, normalized). */
function readings(name: string): string[] {
  const toks = tokenize(name);
  const variants: string[][] = [toks];
  if (toks.length > 0) {
    const first = toks[0];
    const last = toks[toks.length - 1];
    for (const kt of KH_TITLES) {
      if (first.length > kt.length && first.startsWith(kt)) variants.push([kt, first.slice(kt.length), ...toks.slice(1)]);
      if (toks.length > 1 && last.length > kt.length && last.endsWith(kt)) {
        variants.push([...toks.slice(0, -1), last.slice(0, last.length - kt.length), kt]);
      }
    }
  }
  const out = new Set<string>();
  for (const v of variants) {
    const removable: number[] = [];
    v.forEach((t, i) => {
      if (TITLE_SINGLE.has(t) || TITLE_LEAD.has(t) || (TITLE_FOLLOW.has(t) && i > 0 && TITLE_LEAD.has(v[i - 1]))) removable.push(i);
    });
    const m = Math.min(removable.length, 6);
    for (let mask = 0; mask < 1 << m; mask++) {
      const drop = new Set<number>();
      for (let b = 0; b < m; b++) if (mask & (1 << b)) drop.add(removable[b]);
      let ok = true;
      for (const i of drop) {
        const t = v[i];
        if (!TITLE_SINGLE.has(t) && !TITLE_LEAD.has(t) && !drop.has(i - 1)) ok = false; // "Srey" only after Lok/Neak
        if (!TITLE_SINGLE.has(t) && TITLE_LEAD.has(t) && !(drop.has(i + 1) && TITLE_FOLLOW.has(v[i + 1]))) ok = false;
      }
      if (!ok) continue;
      const s = v.filter((_, i) => !drop.has(i)).join('');
      if (s) out.add(s);
    }
  }
  return [...out];
}

/** registered index by the (first word, second word) pair, both orders. */
type PairIndex = Map<string, number[]>;
function buildPairIndex(people: readonly { fam: number; giv: number }[]): PairIndex {
  const m: PairIndex = new Map();
  people.forEach((p, i) => {
    addTo(m, `${p.fam}|${p.giv}`, i);
    addTo(m, `${p.giv}|${p.fam}`, i);
  });
  return m;
}

/** Registered workers a written name could pass for by name alone → edits needed (0 or 1). */
function couldPass(name: string, pairs: PairIndex): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of readings(name)) {
    for (let i = 1; i < s.length; i++) {
      const left = queryWord(s.slice(0, i));
      if (left.size === 0) continue;
      const right = queryWord(s.slice(i));
      if (right.size === 0) continue;
      for (const [wl, dl] of left) {
        for (const [wr, dr] of right) {
          const d = dl + dr;
          if (d > 1) continue;
          for (const reg of pairs.get(`${wl}|${wr}`) ?? []) {
            const old = out.get(reg);
            if (old === undefined || d < old) out.set(reg, d);
          }
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates and IDs
// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const VISIT = Date.UTC(2025, 5, 17);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function swapDayMonth(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || m === dd) return null;
  return `${y}-${dd}-${m}`;
}

/** Damerau distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** Dates a reader would take for one another: equal, day/month swapped, or one digit off. */
function dobClose(a: string, b: string): boolean {
  return a === b || swapDayMonth(a) === b || within1(a.replace(/-/g, ''), b.replace(/-/g, ''));
}
/** Rule 2: namesakes' dates are apart even after either is swapped. */
function namesakeDobsApart(a: string, b: string): boolean {
  const sa = swapDayMonth(a);
  const sb = swapDayMonth(b);
  return !dobClose(a, b) && !(sa && dobClose(sa, b)) && !(sb && dobClose(a, sb));
}

function idNeighbours(id: string): string[] {
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

function nearTaken(id: string, taken: Set<string>): boolean {
  for (let i = 0; i < id.length; i++) {
    const head = id.slice(0, i);
    const tail = id.slice(i + 1);
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== id[i] && taken.has(head + c + tail)) return true;
    }
    if (i + 1 < id.length && id[i] !== id[i + 1] && taken.has(head + id[i + 1] + id[i] + id.slice(i + 2))) return true;
  }
  return false;
}

/** A new ID 2+ edits from every ID in `taken` (which it joins). */
function freshId(r: Rng, len: number, first: string, taken: Set<string>): string {
  for (;;) {
    let s = first;
    while (s.length < len) s += String(r.int(0, 9));
    if (taken.has(s) || nearTaken(s, taken)) continue;
    taken.add(s);
    return s;
  }
}

/** One slip: a mistyped digit or two adjacent digits swapped. */
function slipId(r: Rng, id: string): string {
  for (;;) {
    const i = r.int(0, id.length - 1);
    if (r.chance(0.5) && i + 1 < id.length && id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    const c = String(r.int(0, 9));
    if (c !== id[i]) return id.slice(0, i) + c + id.slice(i + 1);
  }
}

function randomDob(r: Rng): string {
  const lo = Date.UTC(1965, 6, 1);
  const hi = VISIT - 18 * 366 * DAY;
  return iso(lo + r.int(0, Math.floor((hi - lo) / DAY)) * DAY);
}
const ageAt = (dob: string) => Math.floor((VISIT - Date.parse(dob)) / (365.25 * DAY));

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Writing names
// ---------------------------------------------------------------------------------------------

/** Khmer encoding variants: each is a different code-point sequence for the same text. */
const KH_ENCODINGS: { name: string; test: RegExp; apply: (s: string) => string }[] = [
  // shifter typed after the vowel (ស៊ុន → ស ុ ៊ ន)
  { name: 'shifter-order', test: /[\u17C9\u17CA][\u17B7-\u17C5]/, apply: (s) => s.replace(/([\u17C9\u17CA])([\u17B7-\u17C5])/g, '$2$1') },
  // vowel typed before the subscript consonant (ស្រី → ស ី ្ រ)
  { name: 'coeng-order', test: /\u17D2[\u1780-\u17A2][\u17B6-\u17C5]/, apply: (s) => s.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g, '$2$1') },
  // split vowels (ើ → េ + ី, ោ → េ + ា)
  { name: 'split-vowel', test: /[\u17BE\u17C4]/, apply: (s) => s.replace(/\u17BE/g, '\u17C1\u17B8').replace(/\u17C4/g, '\u17C1\u17B6') },
  // subscript ta and subscript da look the same
  { name: 'ta-da', test: /\u17D2[\u178A\u178F]/, apply: (s) => s.replace(/\u17D2([\u178A\u178F])/g, (_, c: string) => (c === '\u178A' ? '\u17D2\u178F' : '\u17D2\u178A')) },
];

function encodeKh(r: Rng, s: string): string {
  const ok = KH_ENCODINGS.filter((e) => e.test.test(s));
  if (ok.length === 0) return s;
  let t = r.pick(ok).apply(s);
  if (ok.length > 1 && r.chance(0.3)) t = r.pick(ok).apply(t);
  return t;
}

function pickKh(r: Rng, w: Word, pVariant: number): string {
  return w.kh.length > 1 && r.chance(w.sino && w.kind === 'fam' ? 2 * pVariant : pVariant) ? r.pick(w.kh.slice(1)) : w.kh[0];
}
function pickLat(r: Rng, w: Word, pUsual: number): string {
  if (w.sino && w.kind === 'fam') return r.pick(w.lat);
  return r.chance(pUsual) ? w.lat[0] : r.pick(w.lat);
}

const KB = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbourKey(c: string, r: Rng): string {
  for (const row of KB) {
    const i = row.indexOf(c);
    if (i < 0) continue;
    const opts = [row[i - 1], row[i + 1]].filter((x): x is string => !!x);
    return r.pick(opts);
  }
  return 'e';
}

/** One typo in one 4+-letter word of a spelling, never the first letter; null if none fits. */
function typo(r: Rng, spelling: string, w: Word): string | null {
  const subs = spelling.split(' ');
  const idx = subs.map((s, i) => (s.length >= MIN_EDIT_LEN ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const k = r.pick(idx);
    const s = subs[k];
    const p = r.int(1, s.length - 1);
    let t: string;
    const op = r.int(0, 3);
    if (op === 0) t = s.slice(0, p) + neighbourKey(s[p].toLowerCase(), r) + s.slice(p + 1);
    else if (op === 1) t = s.slice(0, p) + s.slice(p + 1);
    else if (op === 2) t = s.slice(0, p) + s[p] + s.slice(p);
    else {
      if (p + 1 >= s.length || s[p] === s[p + 1]) continue;
      t = s.slice(0, p) + s[p + 1] + s[p] + s.slice(p + 2);
    }
    const out = subs.map((x, i) => (i === k ? t : x)).join(' ');
    const nk = normLat(out);
    if (w.keys.includes(nk) || TITLE_SINGLE.has(normLat(t)) || TITLE_LEAD.has(normLat(t)) || TITLE_FOLLOW.has(normLat(t))) continue;
    return out;
  }
  return null;
}

const titleCase = (s: string) => s.split(' ').map((x) => (x ? x[0].toUpperCase() + x.slice(1).toLowerCase() : x)).join(' ');

type CaseStyle = 'title' | 'upper' | 'lower' | 'famUpper';

function titleFits(t: TitleEntry, sex: Sex, age: number): boolean {
  if (t.sex !== 'U' && t.sex !== sex) return false;
  if (t.age === 'young') return age <= 35;
  if (t.age === 'adult') return age >= 25;
  if (t.age === 'old') return age >= 45;
  return true;
}

function pickWeighted<T extends { w: number }>(r: Rng, xs: readonly T[]): T {
  let total = 0;
  for (const x of xs) total += x.w;
  let u = r.next() * total;
  for (const x of xs) {
    u -= x.w;
    if (u < 0) return x;
  }
  return xs[xs.length - 1];
}

interface Person {
  fam: number;
  giv: number;
  sex: Sex;
  dob: string;
  sino: boolean;
  nid: string;
}

interface RowMeta {
  reg: number | null; // index into registered (final order)
  kind: 'true' | 'namesake' | 'fresh';
  script: 'kh' | 'lat';
  title: string | null;
  titleScript: 'kh' | 'lat' | null;
  titlePos: 'prefix' | 'suffix' | 'middle' | null;
  titleGlued: boolean;
  swapped: boolean;
  typo: boolean;
  khSpellVariant: boolean;
  khEncoding: boolean;
  khSep: 'space' | 'zwsp' | 'none' | null;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  dobForced: boolean;
}

interface Written {
  name: string;
  meta: Pick<RowMeta, 'script' | 'title' | 'titleScript' | 'titlePos' | 'titleGlued' | 'swapped' | 'typo' | 'khSpellVariant' | 'khEncoding' | 'khSep'>;
}

const SRC: Record<Source, { kh: number; title: number; swap: number; typo: number; nid: number; nssf: number; sex: number; dob: number; slip: number; dobSwap: number }> = {
  csv: { kh: 0.35, title: 0.5, swap: 0.2, typo: 0.05, nid: 0.45, nssf: 0.4, sex: 0.92, dob: 0.94, slip: 0.03, dobSwap: 0.04 },
  manual: { kh: 0.45, title: 0.75, swap: 0.2, typo: 0.05, nid: 0.25, nssf: 0.15, sex: 0.85, dob: 0.88, slip: 0.03, dobSwap: 0.04 },
  'id-card': { kh: 0.7, title: 0, swap: 0, typo: 0.01, nid: 1, nssf: 0.05, sex: 1, dob: 1, slip: 0, dobSwap: 0 },
};

function writeName(r: Rng, p: Person, source: Source): Written {
  const cfg = SRC[source];
  const script: 'kh' | 'lat' = r.chance(cfg.kh) ? 'kh' : 'lat';
  const swapped = r.chance(cfg.swap);
  const fam = WORDS[p.fam];
  const giv = WORDS[p.giv];
  let typoDone = false;
  let khSpellVariant = false;
  let khEncoding = false;
  let khSep: Written['meta']['khSep'] = null;
  let style: CaseStyle = 'title';
  let famStr: string;
  let givStr: string;
  let core: string;
  if (script === 'lat') {
    famStr = pickLat(r, fam, 0.55);
    givStr = pickLat(r, giv, 0.55);
    if (r.chance(cfg.typo)) {
      const order = r.chance(0.5) ? [0, 1] : [1, 0];
      for (const k of order) {
        const t = k === 0 ? typo(r, famStr, fam) : typo(r, givStr, giv);
        if (t === null) continue;
        if (k === 0) famStr = t;
        else givStr = t;
        typoDone = true;
        break;
      }
    }
    const u = r.next();
    style = source === 'id-card' ? 'upper' : u < 0.45 ? 'title' : u < 0.8 ? 'upper' : u < 0.85 ? 'lower' : 'famUpper';
    const cased = (s: string, isFam: boolean) =>
      style === 'upper' || (style === 'famUpper' && isFam) ? s.toUpperCase() : style === 'lower' ? s.toLowerCase() : titleCase(s);
    famStr = cased(famStr, true);
    givStr = cased(givStr, false);
    const sep = r.chance(0.03) ? '  ' : ' ';
    core = swapped ? givStr + sep + famStr : famStr + sep + givStr;
  } else {
    famStr = pickKh(r, fam, 0.2);
    givStr = pickKh(r, giv, 0.2);
    khSpellVariant = famStr !== fam.kh[0] || givStr !== giv.kh[0];
    const u = r.next();
    khSep = u < 0.65 ? 'space' : u < 0.9 ? 'zwsp' : 'none';
    const sep = khSep === 'space' ? ' ' : khSep === 'zwsp' ? ZWSP : '';
    core = swapped ? givStr + sep + famStr : famStr + sep + givStr;
    if (r.chance(0.3)) {
      const e = encodeKh(r, core);
      khEncoding = e !== core;
      core = e;
    }
  }

  let title: string | null = null;
  let titleScript: 'kh' | 'lat' | null = null;
  let titlePos: RowMeta['titlePos'] = null;
  let titleGlued = false;
  let name = core;
  if (r.chance(cfg.title)) {
    const age = ageAt(p.dob);
    const want: 'kh' | 'lat' = r.chance(0.75) ? script : script === 'kh' ? 'lat' : 'kh';
    const fits = TITLES.filter((t) => titleFits(t, p.sex, age) && (want === 'kh' ? t.kh.length > 0 : t.lat.length > 0));
    const t = pickWeighted(r, fits);
    titleScript = want;
    if (want === 'kh') {
      title = r.pick(t.kh);
      if (r.chance(0.15)) title = encodeKh(r, title);
    } else {
      title = r.pick(t.lat);
      if (style === 'upper') title = title.toUpperCase();
      else if (style === 'lower') title = title.toLowerCase();
    }
    const u = r.next();
    titlePos = u < 0.7 ? 'prefix' : u < 0.92 ? 'suffix' : 'middle';
    if (titlePos === 'middle' && !(script === 'lat' && want === 'lat' && !swapped)) titlePos = 'prefix';
    if (titlePos === 'prefix') {
      let sep = ' ';
      if (script === 'kh' && want === 'kh') {
        const v = r.next();
        if (v < 0.25) {
          sep = '';
          titleGlued = true;
        } else if (v < 0.35) sep = ZWSP;
      }
      name = title + sep + core;
    } else if (titlePos === 'suffix') {
      if (script === 'lat' && want === 'lat') {
        const v = r.next();
        name = v < 0.4 ? `${core} (${title})` : v < 0.7 ? `${core}, ${title}` : `${core} ${title}`;
      } else name = r.chance(0.6) ? `${core} (${title})` : `${core} ${title}`;
    } else {
      name = `${famStr}, ${title} ${givStr}`;
    }
  }
  return {
    name,
    meta: { script, title, titleScript, titlePos, titleGlued, swapped, typo: typoDone, khSpellVariant, khEncoding, khSep },
  };
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

interface RegMeta {
  fam: number;
  giv: number;
  sino: boolean;
  khVariant: boolean;
  khEncoding: boolean;
}

interface Built {
  roster: Roster;
  regMeta: RegMeta[];
  rowMeta: RowMeta[];
  pairs: PairIndex;
}

/** Zipf-like skew: Sok, Chan, Chea ... and Dara, Sophea ... are the common ones. */
const FAM_SKEW = 1.3;
const GIV_SKEW = 1.15;

function newPerson(r: Rng): Omit<Person, 'dob' | 'nid'> {
  const sino = r.chance(1 / 3);
  const sex: Sex = r.chance(0.58) ? 'F' : 'M';
  const fam = sino ? r.pickSkewed(SINO_FAM, FAM_SKEW) : r.pickSkewed(KH_FAM, FAM_SKEW);
  const giv = sino && r.chance(0.4) ? r.pickSkewed(SINO_GIVEN[sex], 1.1) : r.pickSkewed(GIVEN[sex], GIV_SKEW);
  return { fam, giv, sex, sino };
}

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 20);
  const nidTaken = new Set<string>();
  const nssfTaken = new Set<string>();

  // Registered people; namesakes get dates of birth apart (rule 2).
  const dobsByName = new Map<string, string[]>();
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const base = newPerson(r);
    const key = namesakeKey(base.fam, base.giv);
    const group = dobsByName.get(key) ?? [];
    let dob = randomDob(r);
    for (let t = 0; t < 500 && !group.every((d) => namesakeDobsApart(d, dob)); t++) dob = randomDob(r);
    group.push(dob);
    dobsByName.set(key, group);
    const nid = freshId(r, 9, String(r.int(0, 2)), nidTaken);
    people.push({ ...base, dob, nid });
  }
  r.shuffle(people);

  const registered: RegisteredWorker[] = [];
  const regMeta: RegMeta[] = [];
  people.forEach((p, i) => {
    const fam = WORDS[p.fam];
    const giv = WORDS[p.giv];
    const fk = pickKh(r, fam, 0.15);
    const gk = pickKh(r, giv, 0.15);
    let nameKh = `${fk} ${gk}`;
    const khVariant = fk !== fam.kh[0] || gk !== giv.kh[0];
    let khEncoding = false;
    if (r.chance(0.06)) {
      const e = encodeKh(r, nameKh);
      khEncoding = e !== nameKh;
      nameKh = e;
    }
    let nameLatin: string | null = null;
    if (!r.chance(0.1)) {
      const s = `${pickLat(r, fam, 0.7)} ${pickLat(r, giv, 0.7)}`;
      nameLatin = r.chance(0.8) ? s.toUpperCase() : titleCase(s);
    }
    const adult = Date.parse(p.dob) + 18 * 365.25 * DAY;
    const hireLo = Math.max(adult, Date.UTC(2008, 0, 1));
    const hireHi = Date.UTC(2025, 4, 31);
    const hireDate = iso(hireLo + r.int(0, Math.max(0, Math.floor((hireHi - hireLo) / DAY))) * DAY);
    registered.push({
      workerId: `W${String(i + 1).padStart(6, '0')}`,
      nssfNumber: r.chance(0.02) ? null : freshId(r, 10, '1', nssfTaken),
      nationalId: r.chance(0.04) ? null : p.nid,
      nameKh,
      nameLatin,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate,
      wageRiel: r.chance(0.03) ? null : 800_000 + 1000 * r.int(0, 1700),
    });
    regMeta.push({ fam: p.fam, giv: p.giv, sino: p.sino, khVariant, khEncoding });
  });
  const pairs = buildPairIndex(regMeta);

  // Who is on site.
  const entries: { p: Person; reg: number | null; kind: RowMeta['kind'] }[] = [];
  people.forEach((p, i) => {
    if (!r.chance(0.05)) entries.push({ p, reg: i, kind: 'true' });
  });
  const present = entries.length;
  const hiddenCount = Math.round((present * 0.065) / 0.935);
  for (let h = 0; h < hiddenCount; h++) {
    let base: Omit<Person, 'dob' | 'nid'>;
    let kind: RowMeta['kind'];
    if (r.chance(0.55)) {
      const src = r.pick(people);
      base = { fam: src.fam, giv: src.giv, sex: src.sex, sino: src.sino };
      kind = 'namesake';
    } else {
      base = newPerson(r);
      kind = 'fresh';
    }
    entries.push({ p: { ...base, dob: randomDob(r), nid: freshId(r, 9, String(r.int(0, 2)), nidTaken) }, reg: null, kind });
  }
  r.shuffle(entries);

  const onsite: OnsiteWorker[] = [];
  const rowMeta: RowMeta[] = [];
  const truth = new Map<string, string | null>();
  let t = VISIT + 1 * 3600_000; // 08:00 Phnom Penh
  let csvRow = 0;
  for (const e of entries) {
    const u = r.next();
    const source: Source = u < 0.5 ? 'csv' : u < 0.85 ? 'manual' : 'id-card';
    const cfg = SRC[source];
    const w = writeName(r, e.p, source);
    const reg = e.reg === null ? null : registered[e.reg];
    let nationalId: string | null = null;
    let nidSlip = false;
    if (r.chance(cfg.nid)) {
      nationalId = e.p.nid;
      if (r.chance(cfg.slip)) {
        nationalId = slipId(r, nationalId);
        nidSlip = true;
      }
    }
    let nssfNumber: string | null = null;
    let nssfSlip = false;
    if (reg?.nssfNumber && r.chance(cfg.nssf)) {
      nssfNumber = reg.nssfNumber;
      if (r.chance(cfg.slip)) {
        nssfNumber = slipId(r, nssfNumber);
        nssfSlip = true;
      }
    }
    const sex = r.chance(cfg.sex) ? e.p.sex : null;
    let dateOfBirth: string | null = null;
    let dobSwap = false;
    if (r.chance(cfg.dob)) {
      dateOfBirth = e.p.dob;
      const s = swapDayMonth(e.p.dob);
      if (s && e.reg !== null && r.chance(cfg.dobSwap)) {
        dateOfBirth = s;
        dobSwap = true;
      }
    }
    let dobForced = false;
    if (e.reg === null) {
      // Rule 3: every registered worker the name could pass for is told apart by a field on both sides.
      const cands = [...couldPass(w.name, pairs).keys()];
      const row = { nationalId, nssfNumber, sex, dateOfBirth };
      const open = () => cands.filter((c) => !ruledOut(row, registered[c]));
      if (open().length > 0) {
        if (row.dateOfBirth === null) {
          row.dateOfBirth = e.p.dob;
          dobForced = true;
        }
        for (let k = 0; k < 1000 && open().length > 0; k++) {
          e.p.dob = randomDob(r);
          row.dateOfBirth = e.p.dob;
        }
      }
      dateOfBirth = row.dateOfBirth;
    }
    const id = uuid(r);
    t += r.int(4, 90) * 1000;
    onsite.push({
      id,
      visitId: 'visit-twentieth',
      name: w.name,
      nationalId,
      nssfNumber,
      sex,
      dateOfBirth,
      source,
      sourceRow: source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, reg ? reg.workerId : null);
    rowMeta.push({ reg: e.reg, kind: e.kind, ...w.meta, nidSlip, nssfSlip, dobSwap, dobForced });
  }
  return { roster: { registered, onsite, truth }, regMeta, rowMeta, pairs };
}

export function generateTwentieth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Evidence between an on-site row and a registered worker
// ---------------------------------------------------------------------------------------------

interface RowFields {
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
}

/** -1: not on both sides; 0: same; 1: a slip apart; 2: too far apart to be one person. */
function idCls(a: string | null, b: string | null): number {
  if (!a || !b) return -1;
  const x = a.replace(/\D/g, '');
  const y = b.replace(/\D/g, '');
  return x === y ? 0 : within1(x, y) ? 1 : 2;
}
function dobCls(a: string | null, b: string | null): number {
  if (!a || !b) return -1;
  return a === b ? 0 : dobClose(a, b) ? 1 : 2;
}
function sexCls(a: Sex | null, b: Sex | null): number {
  if (!a || !b) return -1;
  return a === b ? 0 : 2;
}
function evidence(row: RowFields, reg: RegisteredWorker): number[] {
  return [idCls(row.nationalId, reg.nationalId), idCls(row.nssfNumber, reg.nssfNumber), dobCls(row.dateOfBirth, reg.dateOfBirth), sexCls(row.sex, reg.sex ?? null)];
}
function ruledOut(row: RowFields, reg: RegisteredWorker): boolean {
  return evidence(row, reg).some((c) => c === 2);
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------

function selfCheck(size: number, seed: number): boolean {
  const lines: string[] = [];
  const fails: string[] = [];
  const pct = (a: number, b: number) => (b === 0 ? '0.0' : ((100 * a) / b).toFixed(1)) + ' %';
  const check = (ok: boolean, what: string) => {
    lines.push(`  [${ok ? 'ok' : 'FAIL'}] ${what}`);
    if (!ok) fails.push(what);
  };

  const t0 = performance.now();
  const built = build(size, seed);
  const genMs = performance.now() - t0;
  const { roster, regMeta, rowMeta, pairs } = built;
  const { registered, onsite, truth } = roster;
  const regIndex = new Map(registered.map((w, i) => [w.workerId, i]));

  // ---- shape
  const trueRows = rowMeta.filter((m) => m.reg !== null).length;
  const hiddenRows = onsite.length - trueRows;
  const absent = registered.length - trueRows;
  const n = onsite.length;
  const count = (f: (m: RowMeta, i: number) => boolean) => rowMeta.filter(f).length;
  const latRows = count((m) => m.script === 'lat');
  const khRows = n - latRows;
  const titled = count((m) => m.title !== null);
  const sources = ['csv', 'manual', 'id-card'].map((s) => `${s} ${pct(onsite.filter((o) => o.source === s).length, n)}`).join(', ');
  const latRowsVsRegLatin = rowMeta
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.reg !== null && m.script === 'lat' && registered[m.reg].nameLatin !== null);
  const diffRoman = latRowsVsRegLatin.filter(({ m, i }) => {
    const reg = registered[m.reg as number];
    const rd = readings(onsite[i].name);
    const want = normLat(reg.nameLatin as string);
    const wantSwapped = tokenize(reg.nameLatin as string).reverse().join('');
    return !rd.includes(want) && !rd.includes(wantSwapped);
  }).length;
  const sinoReg = regMeta.filter((m) => m.sino).length;
  const sinoFamRows = rowMeta.filter((m) => m.reg !== null && regMeta[m.reg].sino && m.script === 'lat');
  // Sino-Khmer family name written with another romanization than the register's
  const sinoFamOther = sinoFamRows.filter((m) => {
    const i = rowMeta.indexOf(m);
    const reg = registered[m.reg as number];
    if (!reg.nameLatin) return false;
    return !tokenize(onsite[i].name).includes(tokenize(reg.nameLatin)[0]);
  }).length;
  const groups = new Map<string, number[]>();
  regMeta.forEach((m, i) => addTo(groups, namesakeKey(m.fam, m.giv), i));
  const withNamesake = [...groups.values()].filter((g) => g.length > 1).reduce((a, g) => a + g.length, 0);
  const maxGroup = Math.max(...[...groups.values()].map((g) => g.length));

  lines.push(`twentieth roster: size ${size}, seed ${seed} — ${TWENTIETH_LABEL}`);
  lines.push(`  registered ${registered.length} (Sino-Khmer ${pct(sinoReg, registered.length)}, Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, Khmer spelling variant ${pct(regMeta.filter((m) => m.khVariant).length, registered.length)}, Khmer encoding variant ${pct(regMeta.filter((m) => m.khEncoding).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)})`);
  lines.push(`  registered with a namesake (same full name in any spelling) ${pct(withNamesake, registered.length)}; largest namesake group ${maxGroup}`);
  lines.push(`  on site ${n}: true ${trueRows}, hidden ${hiddenRows} (${pct(hiddenRows, n)}; namesakes ${count((m) => m.kind === 'namesake')}, fresh ${count((m) => m.kind === 'fresh')}); absent registered ${absent} (${pct(absent, registered.length)})`);
  lines.push(`  sources: ${sources}`);
  lines.push(`  titles: ${pct(titled, n)} of rows (csv ${pct(onsite.filter((o, i) => o.source === 'csv' && rowMeta[i].title).length, onsite.filter((o) => o.source === 'csv').length)}, manual ${pct(onsite.filter((o, i) => o.source === 'manual' && rowMeta[i].title).length, onsite.filter((o) => o.source === 'manual').length)}); other script than the name ${pct(count((m) => m.title !== null && m.titleScript !== m.script), titled)}; prefix ${pct(count((m) => m.titlePos === 'prefix'), titled)}, suffix ${pct(count((m) => m.titlePos === 'suffix'), titled)}, middle ${pct(count((m) => m.titlePos === 'middle'), titled)}; Khmer title glued to the name ${count((m) => m.titleGlued)}`);
  const titleKinds = new Map<string, number>();
  for (const m of rowMeta) if (m.title) titleKinds.set(m.title, (titleKinds.get(m.title) ?? 0) + 1);
  lines.push(`  title forms: ${[...titleKinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push(`  rows whose name holds the given name Kanha/កញ្ញា ${count((m, i) => WORDS[rowMeta[i].reg !== null ? regMeta[rowMeta[i].reg as number].giv : -1]?.lat[0] === 'Kanha')} (true rows)`);
  lines.push(`  script: Khmer ${pct(khRows, n)}, Latin ${pct(latRows, n)}; family/given swapped ${pct(count((m) => m.swapped), n)}; typo ${pct(count((m) => m.typo), latRows)} of Latin rows`);
  lines.push(`  Latin true rows not written as the register's Latin name (other romanization/typo) ${pct(diffRoman, latRowsVsRegLatin.length)}; Sino-Khmer family name romanized otherwise than on the register ${pct(sinoFamOther, sinoFamRows.length)}; Latin rows whose worker has no Latin name on the register ${count((m) => m.reg !== null && m.script === 'lat' && registered[m.reg].nameLatin === null)}`);
  lines.push(`  Khmer rows: spelling variant ${pct(count((m) => m.khSpellVariant), khRows)}, encoding variant ${pct(count((m) => m.khEncoding), khRows)}, zero-width space ${pct(count((m) => m.khSep === 'zwsp'), khRows)}, no space ${pct(count((m) => m.khSep === 'none'), khRows)}`);
  lines.push(`  fields: national ID ${pct(onsite.filter((o) => o.nationalId).length, n)} (slips ${count((m) => m.nidSlip)}), NSSF ${pct(onsite.filter((o) => o.nssfNumber).length, n)} (slips ${count((m) => m.nssfSlip)}), sex ${pct(onsite.filter((o) => o.sex).length, n)}, DOB ${pct(onsite.filter((o) => o.dateOfBirth).length, n)} (day/month swaps ${count((m) => m.dobSwap)}; hidden rows given a DOB to rule out a namesake ${count((m) => m.dobForced)})`);
  lines.push(`  sample rows:`);
  for (let i = 0; i < 8; i++) {
    const o = onsite[i];
    const m = rowMeta[i];
    const reg = m.reg === null ? null : registered[m.reg];
    lines.push(`    ${JSON.stringify(o.name)} dob=${o.dateOfBirth} sex=${o.sex} → ${reg ? `${reg.nameKh} / ${reg.nameLatin} ${reg.dateOfBirth}` : 'hidden'}`);
  }

  // ---- rule 1 and rule 5
  let r1bad = 0;
  const r1examples: string[] = [];
  let undecidable = 0;
  let couldOther = 0;
  const undecidableExamples: string[] = [];
  onsite.forEach((o, i) => {
    const m = rowMeta[i];
    if (m.reg === null) return;
    const reg = registered[m.reg];
    const cands = couldPass(o.name, pairs);
    const own = cands.get(m.reg);
    const ev = evidence(o, reg);
    const bad =
      own === undefined ||
      ev[0] === 2 ||
      ev[1] === 2 ||
      (o.dateOfBirth !== null && o.dateOfBirth !== reg.dateOfBirth && swapDayMonth(reg.dateOfBirth as string) !== o.dateOfBirth) ||
      ev[3] === 2 ||
      (o.nationalId !== null && !m.nidSlip && reg.nationalId !== null && o.nationalId !== reg.nationalId) ||
      (o.nssfNumber !== null && !m.nssfSlip && o.nssfNumber !== reg.nssfNumber);
    if (bad) {
      r1bad++;
      if (r1examples.length < 5) r1examples.push(`${JSON.stringify(o.name)} vs ${reg.nameKh} / ${reg.nameLatin}`);
      return;
    }
    const rank = (c: number) => (c === 0 ? 0 : c === -1 ? 1 : c);
    const mine = [own, ...ev.map(rank)];
    let other = false;
    let und = false;
    for (const [c, d] of cands) {
      if (c === m.reg) continue;
      other = true;
      const evc = evidence(o, registered[c]);
      if (evc.some((x) => x === 2)) continue;
      const theirs = [d, ...evc.map(rank)];
      const dominated = mine.every((x, k) => x <= theirs[k]) && mine.some((x, k) => x < theirs[k]);
      if (!dominated) {
        und = true;
        if (undecidableExamples.length < 3) undecidableExamples.push(`${JSON.stringify(o.name)} (dob ${o.dateOfBirth}) ~ ${reg.nameKh} ${reg.dateOfBirth} / ${registered[c].nameKh} ${registered[c].dateOfBirth}`);
        break;
      }
    }
    if (other) couldOther++;
    if (und) undecidable++;
  });
  lines.push(`  true rows whose name could also pass for another registered worker ${pct(couldOther, trueRows)}`);
  lines.push('rule checks:');
  check(r1bad === 0, `rule 1: every true row is a plausible variant of its worker (${r1bad} not${r1examples.length ? ': ' + r1examples.join('; ') : ''})`);
  // Registered names read back to their own worker (the register is legible).
  let regIllegible = 0;
  const illegible: string[] = [];
  registered.forEach((w, i) => {
    if (couldPass(w.nameKh, pairs).has(i) && (!w.nameLatin || couldPass(w.nameLatin, pairs).has(i))) return;
    regIllegible++;
    if (illegible.length < 3) illegible.push(`${w.nameKh} / ${w.nameLatin}`);
  });
  check(regIllegible === 0, `rule 1: every registered name (Khmer and Latin) reads back to its worker (${regIllegible} not${illegible.length ? ': ' + illegible.join('; ') : ''})`);
  // Khmer spellings belong to one word each.
  const khOwners = new Map<string, Set<number>>();
  for (const w of WORDS) for (const k of w.kh) (khOwners.get(normKh(k)) ?? khOwners.set(normKh(k), new Set()).get(normKh(k))!).add(w.id);
  check([...khOwners.values()].every((s) => s.size === 1), 'names: each Khmer spelling belongs to one name word');

  // ---- rule 2
  let r2bad = 0;
  for (const g of groups.values()) {
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        if (!namesakeDobsApart(registered[g[a]].dateOfBirth as string, registered[g[b]].dateOfBirth as string)) r2bad++;
      }
    }
  }
  check(r2bad === 0, `rule 2: registered namesakes' dates of birth more than a swap/one digit apart (${r2bad} pairs not)`);

  // ---- rule 3
  let r3bad = 0;
  let hiddenWithCand = 0;
  const by = { dob: 0, sex: 0, nid: 0 };
  onsite.forEach((o, i) => {
    if (rowMeta[i].reg !== null) return;
    const cands = [...couldPass(o.name, pairs).keys()];
    if (cands.length) hiddenWithCand++;
    for (const c of cands) {
      const ev = evidence(o, registered[c]);
      if (!ev.some((x) => x === 2)) r3bad++;
      else if (ev[2] === 2) by.dob++;
      else if (ev[0] === 2 || ev[1] === 2) by.nid++;
      else by.sex++;
    }
  });
  lines.splice(lines.indexOf('rule checks:'), 0, `  hidden rows that could pass for a registered worker by name ${pct(hiddenWithCand, hiddenRows)}; pairs ruled out by DOB ${by.dob}, by ID ${by.nid}, by sex ${by.sex}`);
  check(r3bad === 0, `rule 3: every hidden row is ruled out from each registered worker it could pass for (${r3bad} pairs not)`);
  const nidSetReg = new Set(registered.map((w) => w.nationalId).filter((x): x is string => !!x));
  const hiddenNidClose = onsite.filter((o, i) => rowMeta[i].reg === null && o.nationalId && (nidSetReg.has(o.nationalId) || idNeighbours(o.nationalId).some((x) => nidSetReg.has(x)))).length;
  check(hiddenNidClose === 0, `rule 3: hidden workers' national IDs 2+ edits from every registered one (${hiddenNidClose} not)`);

  // ---- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === n, 'rule 4: on-site ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'rule 4: recordedAt increases in row order');
  const csvRows = onsite.filter((o) => o.source === 'csv');
  check(csvRows.every((o, i) => o.sourceRow === i + 1) && onsite.every((o) => o.source === 'csv' || o.sourceRow === null), 'rule 4: sourceRow numbers csv rows in order');
  check(truth.size === n && onsite.every((o) => truth.has(o.id)) && [...truth.entries()].every(([id, w], i) => {
    void id;
    const m = rowMeta[i];
    return m.reg === null ? w === null : w === registered[m.reg].workerId;
  }), 'rule 4: truth covers every on-site row');
  const half = Math.floor(n / 2);
  const hFirst = rowMeta.slice(0, half).filter((m) => m.reg === null).length / half;
  const hSecond = rowMeta.slice(half).filter((m) => m.reg === null).length / (n - half);
  check(Math.abs(hFirst - hSecond) < 0.03 + 3 / Math.sqrt(n), `rule 4: hidden rows spread through the roster (${pct(hFirst * half, half)} / ${pct(hSecond * (n - half), n - half)} by half)`);
  const absentSet = new Set(registered.map((_, i) => i));
  for (const m of rowMeta) if (m.reg !== null) absentSet.delete(m.reg);
  const rHalf = Math.floor(registered.length / 2);
  const aFirst = [...absentSet].filter((i) => i < rHalf).length / rHalf;
  const aSecond = [...absentSet].filter((i) => i >= rHalf).length / (registered.length - rHalf);
  check(Math.abs(aFirst - aSecond) < 0.03 + 3 / Math.sqrt(registered.length), `rule 4: absent workers spread through the register (${(100 * aFirst).toFixed(1)} % / ${(100 * aSecond).toFixed(1)} % by half)`);
  // rank correlation between on-site order and the registered order of the worker each row is
  const pairsOrder = rowMeta.map((m, i) => [i, m.reg] as const).filter((x): x is readonly [number, number] => x[1] !== null);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const xs = pairsOrder.map((p) => p[0]);
  const ys = pairsOrder.map((p) => p[1]);
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < xs.length; k++) {
    sxy += (xs[k] - mx) * (ys[k] - my);
    sxx += (xs[k] - mx) ** 2;
    syy += (ys[k] - my) ** 2;
  }
  const corr = sxy / Math.sqrt(sxx * syy);
  check(Math.abs(corr) < 0.05 + 3 / Math.sqrt(xs.length), `rule 4: on-site order unrelated to register order (correlation ${corr.toFixed(3)})`);
  const ids = registered.map((w) => w.workerId);
  check(new Set(ids).size === ids.length && ids.every((w, i) => w === `W${String(i + 1).padStart(6, '0')}`), 'rule 4: registered worker ids assigned in shuffled order, unique');
  const srcH = (s: string) => onsite.filter((o, i) => o.source === s && rowMeta[i].reg === null).length / Math.max(1, onsite.filter((o) => o.source === s).length);
  check(['csv', 'manual', 'id-card'].every((s) => Math.abs(srcH(s) - hiddenRows / n) < 0.03 + 3 / Math.sqrt(n / 6)), `rule 4: hidden share alike in every source (csv ${pct(srcH('csv'), 1)}, manual ${pct(srcH('manual'), 1)}, id-card ${pct(srcH('id-card'), 1)})`);
  const titleH = count((m) => m.title !== null && m.reg === null) / Math.max(1, titled);
  check(Math.abs(titleH - hiddenRows / n) < 0.02 + 3 / Math.sqrt(n / 2), `rule 4: hidden share alike with and without a title (${pct(titleH, 1)} of titled rows)`);
  const regNids = registered.map((w) => w.nationalId).filter((x): x is string => !!x);
  const regNidClose = regNids.filter((x) => idNeighbours(x).some((y) => nidSetReg.has(y))).length;
  check(regNidClose === 0 && new Set(regNids).size === regNids.length, `rule 4: registered national IDs unique and 2+ edits apart (${regNidClose} not)`);

  // ---- rule 5
  lines.push(`  undecidable true rows: ${undecidable} (${pct(undecidable, trueRows)})${undecidableExamples.length ? ' e.g. ' + undecidableExamples.join('; ') : ''}`);
  check(undecidable / trueRows < 0.04, `rule 5: undecidable true rows under 4 % (${pct(undecidable, trueRows)})`);

  // ---- schemas
  const regBad = registered.filter((w) => !RegisteredSchema.safeParse(w).success).length;
  const onBad = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  check(regBad === 0 && onBad === 0, `schemas: every registered (${regBad} bad) and on-site row (${onBad} bad) parses`);
  check(onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o)), 'schemas: no statedStartDate/wageRiel on on-site rows');

  // ---- determinism and timing
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth.entries()]]);
  const again = generateTwentieth(size, seed);
  check(ser(again) === ser(roster), 'determinism: the same seed gives the same roster');
  const other = generateTwentieth(size, seed + 1);
  check(ser(other) !== ser(roster), 'determinism: another seed gives another roster');
  let ms10k = genMs;
  if (size !== 10_000) {
    const t1 = performance.now();
    generateTwentieth(10_000, seed);
    ms10k = performance.now() - t1;
  }
  check(ms10k < 2000, `timing: 10,000 registered generate in ${ms10k.toFixed(0)} ms (< 2000)`);

  lines.push(fails.length === 0 ? 'PASS' : `FAIL (${fails.length}): ${fails.join(' | ')}`);
  console.log(lines.join('\n'));
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('twentieth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  const ok = selfCheck(size, seed);
  process.exit(ok ? 0 : 1);
}
