/**
 * Benchmark roster `fiftysixth`: a register exported from the fund's legacy system, with clerks'
 * notes inside its name fields. Written blind (without reading the engine or other generators).
 *
 * THE REGISTER (size = number of registered workers)
 *  - ~1.5 % of the entries are a second registration of a worker already listed ("SOK DARA 2",
 *    "SOK DARA (B)", "សុខ ដារ៉ា (២)", "(ខ)"): same name, sex, DOB, usually the same national ID,
 *    another NSSF number, a later hire date. The marker sits in at least one name field. The
 *    person is on site at most once, and the truth for that row is the UNMARKED entry (the marked
 *    one is absent by definition); the marker is what tells the two apart.
 *  - 10 % of the workers resigned but are still listed; ~75 % of them carry a resigned note
 *    ("(ឈប់)", "- ឈប់", "(RESIGNED)", "- RESIGNED" ...). They are absent, except ~8 % who came back
 *    (present, and truly them, note and all).
 *  - Notes inside the name fields, in the Khmer field, the Latin field or both:
 *      honorifics    លោក / អ្នកស្រី / កញ្ញា, MR. / MRS. / MS. / MISS (sex-consistent; sometimes glued:
 *                    "លោកសុខ ដារ៉ា", "MR.SOK DARA")
 *      status        (ថ្មី) - NEW (NEW), (TEMP) (បណ្ដោះអាសន្ន), (ផ្ទេរ) (TRANSFERRED) - TRF,
 *                    (ប្តូរឈ្មោះ) (NAME CHANGED), plus the resigned notes above
 *      line/section  L3, L-4, LINE 5, LINE-7, SEW-12, QC, CUT, PACK, ផ្នែកកាត់, ផ្នែកដេរ, ផ្នែកអ៊ុត,
 *                    ផ្នែកវេចខ្ចប់, ខ្សែ៣, ខ្សែទី៥, ក្រុម ២; suffixed, or prefixed in square brackets
 *      stray punct.  "SOK, DARA", "SOK DARA.", "*SOK DARA", "SOK  DARA", "SOK DARA,", "សុខ ដារ៉ា។"
 *    About 22-27 % of register entries carry at least one note (the self-check prints the rate).
 *    Otherwise: Latin name missing 12 %, national ID missing 5 %, NSSF missing 3 %, DOB 1 %, sex
 *    1 %; Latin names upper case (8 % title case), given compounds "SREY MOM" or "SREYMOM"; 4 % of
 *    Khmer names in a non-standard code-point order (the legacy system's keyboard).
 *
 * THE ON-SITE SHEET (ordinary, no notes)
 *  - One row per present worker (ordinary workers 96 % present, i.e. ~4 % absent), plus hidden
 *    workers making ~7 % of rows; ~65 % of the hidden copy a registered worker's name (a namesake,
 *    of a present, absent or resigned worker), the rest draw a name from the same lists (often a
 *    namesake too).
 *  - Name in Khmer (~50 %) or Latin (~50 %). Latin: any listed romanization (60 % the register's
 *    own where it has one), family/given swapped 18 %, compounds joined or spaced, Title / UPPER /
 *    lower case, one typo in one word of 4+ letters in 5 % of Latin rows (never producing another
 *    listed spelling). Khmer: space, zero-width space or nothing between words, given first 10 %,
 *    18 % with one code-point-order variant (shifter after vowel, vowel before subscript, nikahit
 *    before vowel, ើ / ោ typed as two vowels, subscript ta/da), 8 % put through NFD.
 *  - Fields: DOB ~75 %, national ID ~40 %, NSSF ~20 %, sex ~70 %. EXTRA (stated per rule 1): the
 *    presence is correlated the way an inspector works: a row without a DOB usually gets an ID
 *    (national ID 85 % when DOB is missing, 22 % otherwise; NSSF 35 % when both are missing).
 *    5 % of rows come from an ID card (Khmer name, national ID, DOB and sex read exactly).
 *    A hidden row that could pass for a registered worker by name and whose draw left no field to
 *    rule that worker out gets its own DOB (else ID, else sex) shown (~16 % of hidden rows), so
 *    hidden rows show a DOB somewhat more often (~87 %) than true rows (~76 %).
 *  - Slips on true rows: national ID or NSSF one digit mistyped or two adjacent digits swapped
 *    (3 % each), DOB day/month swapped (4 % of DOBs that can be swapped).
 *
 * FAIRNESS RULES (audited by the self-check)
 *  1. A true row carries only plausible variants of its worker: listed romanizations, either
 *     order, any case, compounds joined/spaced, at most one typo in one word of 4+ letters, Khmer
 *     encoding variants; IDs exact or one slip; DOB exact or day/month swapped; sex right or
 *     missing. The register's notes are read as notes: stripping the vocabulary above from both
 *     name fields leaves exactly the worker's name (audited per entry; no note token is a name).
 *  2. Registered namesakes (same words, any spelling, either order) never share a DOB and are more
 *     than a day/month swap or one digit (substitution or adjacent swap) apart. A twice-registered
 *     pair is one person, not namesakes.
 *  3. A hidden row either is not within one edit, word by word, of any spelling of any registered
 *     name (Khmer rows: their words, Khmer forms one edit apart, and words whose romanizations are
 *     one edit apart), or is ruled out from every registered worker it could pass for by a field on
 *     BOTH sides: sex differs, DOB more than a swap / one digit apart, national IDs 2+ edits apart.
 *  4. Nothing leaks: rows shuffled, UUIDs from the seeded PRNG, recordedAt increasing in row order,
 *     worker ids assigned after the register is shuffled.
 *  5. Undecidable true rows (another registered worker, not the twin of a twice-registered
 *     pair, whose name the row also plausibly is, consistent on every field both sides show and
 *     matched on as many identifying fields as the true one) stay under 4 %.
 *
 * Run `npx tsx test/bench/fiftysixth.ts 10000 1` for the shape of a roster and the audit.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_56, GIVEN_56, SREY_56, SREY_SECOND_56, type KhWord } from './fiftysixth-names';

export const FIFTYSIXTH_LABEL =
  'legacy register with notes in its name fields (honorifics, status, line codes, twice-registered markers, punctuation); resigned workers still listed';

type Sex = 'M' | 'F';
const VISIT_ID = 'visit-fiftysixth';

// ---------------------------------------------------------------- words

interface Word {
  id: number;
  kh: string;
  lat: string[];
}
const WORDS: Word[] = [];
const BY_KH = new Map<string, number>();
function addWord(w: KhWord): number {
  const have = BY_KH.get(w.kh);
  if (have !== undefined) {
    for (const l of w.lat) if (!WORDS[have].lat.includes(l)) WORDS[have].lat.push(l);
    return have;
  }
  const id = WORDS.length;
  WORDS.push({ id, kh: w.kh, lat: [...w.lat] });
  BY_KH.set(w.kh, id);
  return id;
}
const FAM_IDS = FAMILY_56.map(addWord);
const GIVEN_M = GIVEN_56.filter((g) => g.sex !== 'F').map(addWord);
const GIVEN_F = GIVEN_56.filter((g) => g.sex !== 'M').map(addWord);
const UNISEX = new Set(GIVEN_56.filter((g) => g.sex === 'U').map((g) => BY_KH.get(g.kh)!));
const SREY_ID = addWord(SREY_56);
const SECOND_IDS = SREY_SECOND_56.map(addWord);

// ---------------------------------------------------------------- small helpers

/** True when a and b are equal or one edit apart (substitution, insertion, deletion, adjacent swap). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : b.slice(i + 1) === a.slice(i);
}
const ed1 = (a: string, b: string) => a !== b && within1(a, b);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;
const dim = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function dobSwap(d: string): string | null {
  const [y, m, dd] = d.split('-').map(Number);
  if (dd > 12 || dd === m) return null;
  return iso(y, dd, m);
}
/** Two dates of birth a careful reader would not take for the same one. */
function dobFar(a: string, b: string): boolean {
  if (a === b || dobSwap(a) === b) return false;
  return !within1(a.replace(/-/g, ''), b.replace(/-/g, ''));
}
const dobConsistent = (row: string, reg: string) => row === reg || dobSwap(row) === reg;
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
const KH_DIGITS = '០១២៣៤៥៦៧៨៩';
const khNum = (n: number) => String(n).split('').map((c) => KH_DIGITS[Number(c)]).join('');
function addDays(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`).getTime() + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- Khmer encoding

const ZW = /[\u200B\u200C\u200D\uFEFF]/g;
const isKhBase = (c: number) => c >= 0x1780 && c <= 0x17b3;
const isKhMark = (c: number) => (c >= 0x17b6 && c <= 0x17d3) || c === 0x17dd;
function markRank(c: number): number {
  if (c === 0x17c9 || c === 0x17ca) return 1;
  if (c === 0x17cc) return 2;
  if (c >= 0x17b6 && c <= 0x17c5) return 3;
  return 4;
}
/** One canonical spelling for the Khmer variants modelled here (used by the audits, not by the generator's choices). */
function khCanon(s: string): string {
  const t = s.normalize('NFC').replace(ZW, '');
  const out: string[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    out.push(t[i]);
    i++;
    if (!isKhBase(c)) continue;
    const marks: { r: number; s: string; k: number }[] = [];
    while (i < t.length) {
      const m = t.charCodeAt(i);
      if (m === 0x17d2 && i + 1 < t.length) {
        marks.push({ r: 0, s: t.slice(i, i + 2), k: marks.length });
        i += 2;
      } else if (isKhMark(m) && m !== 0x17d2) {
        marks.push({ r: markRank(m), s: t[i], k: marks.length });
        i++;
      } else break;
    }
    marks.sort((a, b) => a.r - b.r || a.k - b.k);
    for (const m of marks) out.push(m.s);
  }
  return out.join('').replace(/\u17C1\u17B8/g, '\u17BE').replace(/\u17C1\u17B6/g, '\u17C4').replace(/\u17D2\u178A/g, '\u17D2\u178F');
}
/** Equivalent spellings other keyboards produce; each rewrites the first place it applies, or returns null. */
const KH_VARIANTS: { name: string; f: (s: string) => string }[] = [
  { name: 'shifter-after-vowel', f: (s) => s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1') },
  { name: 'vowel-before-subscript', f: (s) => s.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/, '$2$1') },
  { name: 'nikahit-before-vowel', f: (s) => s.replace(/([\u17B6\u17BB])\u17C6/, '\u17C6$1') },
  { name: 'split-vowel', f: (s) => s.replace(/\u17BE/, '\u17C1\u17B8').replace(/\u17C4/, '\u17C1\u17B6') },
  { name: 'subscript-da', f: (s) => s.replace(/\u17D2\u178F/, '\u17D2\u178A') },
];
function khVariant(r: Rng, s: string): { s: string; kind: string } | null {
  const options = KH_VARIANTS.map((v) => ({ s: v.f(s), kind: v.name })).filter((o) => o.s !== s);
  return options.length ? r.pick(options) : null;
}

// ---------------------------------------------------------------- name parsing (audits and hidden-row checks)

interface Alt {
  id: number;
  cost: 0 | 1;
  /** A cost-1 alternative a true row may show: one typo in a word of 4+ letters. */
  typoOk: boolean;
}
type Seq = Alt[][];

const KH_DICT = new Map<string, number>();
let KH_MAX = 0;
const LAT_EXACT = new Map<string, number>();
const LAT_SURF: { s: string; id: number }[] = [];
for (const w of WORDS) {
  const k = khCanon(w.kh);
  KH_DICT.set(k, w.id);
  KH_MAX = Math.max(KH_MAX, k.length);
  for (const l of w.lat) {
    const s = l.toLowerCase();
    LAT_EXACT.set(s, w.id);
    LAT_SURF.push({ s, id: w.id });
  }
}
/** Words a Khmer word could be taken for: Khmer form one edit away, or a romanization one edit away. */
const KH_NEAR: number[][] = WORDS.map((w) =>
  WORDS.filter(
    (v) =>
      v.id !== w.id &&
      (ed1(khCanon(w.kh), khCanon(v.kh)) || w.lat.some((a) => v.lat.some((b) => within1(a.toLowerCase(), b.toLowerCase())))),
  ).map((v) => v.id),
);

const latMemo = new Map<string, Alt[]>();
function latAlts(t: string): Alt[] {
  let a = latMemo.get(t);
  if (a) return a;
  a = [];
  const seen = new Set<number>();
  const exact = LAT_EXACT.get(t);
  if (exact !== undefined) {
    a.push({ id: exact, cost: 0, typoOk: false });
    seen.add(exact);
  }
  for (const { s, id } of LAT_SURF) {
    if (ed1(t, s)) {
      const ok = s.length >= 4;
      const prev = a.find((x) => x.id === id && x.cost === 1);
      if (seen.has(id) && !prev) continue;
      if (prev) prev.typoOk ||= ok;
      else {
        a.push({ id, cost: 1, typoOk: ok });
        seen.add(id);
      }
    }
  }
  latMemo.set(t, a);
  return a;
}
const segMemo = new Map<string, number[][]>();
function segment(chunk: string): number[][] {
  let res = segMemo.get(chunk);
  if (res) return res;
  const out: number[][] = [];
  const acc: number[] = [];
  const rec = (i: number) => {
    if (out.length >= 8) return;
    if (i === chunk.length) {
      out.push(acc.slice());
      return;
    }
    for (let j = Math.min(chunk.length, i + KH_MAX); j > i; j--) {
      if (j < chunk.length && (!isKhBase(chunk.charCodeAt(j)) || chunk.charCodeAt(j - 1) === 0x17d2)) continue;
      const id = KH_DICT.get(chunk.slice(i, j));
      if (id !== undefined) {
        acc.push(id);
        rec(j);
        acc.pop();
      }
    }
  };
  rec(0);
  res = out;
  segMemo.set(chunk, res);
  return res;
}
const isKhmerText = (s: string) => /[\u1780-\u17FF]/.test(s);
/** Every way to read a name as a sequence of words, each position with the words it could be. */
function parseName(s: string): Seq[] {
  if (isKhmerText(s)) {
    const chunks = s.replace(ZW, ' ').split(/\s+/).filter(Boolean).map(khCanon);
    let seqs: number[][] = [[]];
    for (const ch of chunks) {
      const segs = segment(ch);
      if (!segs.length) return [];
      const next: number[][] = [];
      for (const a of seqs) for (const b of segs) if (next.length < 32) next.push([...a, ...b]);
      seqs = next;
    }
    return seqs.map((seq) => seq.map((id) => [{ id, cost: 0, typoOk: false }, ...KH_NEAR[id].map((n) => ({ id: n, cost: 1 as const, typoOk: false }))]));
  }
  const toks = s.toLowerCase().replace(/[^a-z]+/g, ' ').trim().split(' ').filter(Boolean);
  let seqs: Seq[] = [[]];
  for (const t of toks) {
    const opts: Seq[] = [];
    const whole = latAlts(t);
    if (whole.length) opts.push([whole]);
    for (let i = 2; i <= t.length - 2; i++) {
      const a = latAlts(t.slice(0, i)), b = latAlts(t.slice(i));
      if (a.length && b.length && (a.some((x) => x.cost === 0) || b.some((x) => x.cost === 0))) opts.push([a, b]);
    }
    if (!opts.length) return [];
    const next: Seq[] = [];
    for (const a of seqs) for (const o of opts) if (next.length < 32) next.push([...a, ...o]);
    seqs = next;
  }
  return seqs;
}
/** Is `seqs` a plausible rendering of the name fam + giv (either order, at most one typo in a 4+ letter word)? */
function plausibleFor(seqs: Seq[], fam: number, giv: number[]): boolean {
  const orders = [[fam, ...giv], [...giv, fam]];
  for (const seq of seqs) {
    if (seq.length !== giv.length + 1) continue;
    for (const order of orders) {
      let cost = 0;
      for (let j = 0; j < seq.length && cost <= 1; j++) {
        let best = 2;
        for (const a of seq[j]) if (a.id === order[j] && (a.cost === 0 || a.typoOk)) best = Math.min(best, a.cost);
        cost += best;
      }
      if (cost <= 1) return true;
    }
  }
  return false;
}
const nameKey = (fam: number, giv: number[]) => [fam, ...giv].sort((a, b) => a - b).join(',');
function* combos(sets: number[][], limit: number): Generator<number[]> {
  const idx = sets.map(() => 0);
  let n = 0;
  if (sets.some((s) => !s.length)) return;
  for (;;) {
    yield idx.map((k, j) => sets[j][k]);
    if (++n >= limit) return;
    let j = sets.length - 1;
    while (j >= 0 && ++idx[j] === sets[j].length) idx[j--] = 0;
    if (j < 0) return;
  }
}
/** Registered entries a name could pass for (one edit per word, any order): rule 3's net. */
function nearCandidates(seqs: Seq[], index: Map<string, number[]>): Set<number> {
  const out = new Set<number>();
  for (const seq of seqs) {
    const sets = seq.map((p) => [...new Set(p.map((a) => a.id))]);
    for (const c of combos(sets, 5000)) {
      const hit = index.get(c.sort((a, b) => a - b).join(','));
      if (hit) for (const h of hit) out.add(h);
    }
  }
  return out;
}
/** Registered entries the name is a plausible rendering of (rule 5). */
function plausibleCandidates(seqs: Seq[], index: Map<string, number[]>, recs: Rec[]): Set<number> {
  const out = new Set<number>();
  for (const seq of seqs) {
    const sets = seq.map((p) => [...new Set(p.filter((a) => a.cost === 0 || a.typoOk).map((a) => a.id))]);
    for (const c of combos(sets, 2000)) {
      const hit = index.get(c.sort((a, b) => a - b).join(','));
      if (hit) for (const h of hit) if (!out.has(h) && plausibleFor(seqs, recs[h].fam, recs[h].giv)) out.add(h);
    }
  }
  return out;
}

// ---------------------------------------------------------------- reading the notes (audit of rule 1)

const HON_LAT = /^(MISS|MRS|MR|MS)(\.\s*|\s+)/i;
const HON_KH = /^(អ្នកស្រី|កញ្ញា|លោក)\s*/;
const NOTE_TOKEN_LAT = /^(L-?\d+|LINE(-\d+)?|SEW-?\d+|QC|CUT|PACK|RESIGNED|#?\d+)$/i;
const NOTE_KH = /ផ្នែក(កាត់|ដេរ|អ៊ុត|វេចខ្ចប់)|ខ្សែ\s*(ទី)?\s*[០-៩]+|ក្រុម\s*[០-៩]+/g;
const NOTE_TOKEN_KH = /^([០-៩]+|\d+|L-?\d+)$/;
/** A register name field with its notes read as notes; what is left is the name. */
function readNotes(s: string): string {
  let t = s.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim().replace(/^\*+\s*/, '');
  const kh = isKhmerText(t);
  if (kh) t = khCanon(t);
  t = t.replace(kh ? HON_KH : HON_LAT, '');
  t = t.replace(/\s-\s.*$/, ' ');
  if (kh) t = t.replace(NOTE_KH, ' ');
  t = t.replace(/[*.,។]/g, ' ');
  return t
    .split(/\s+/)
    .filter((x) => x && !(kh ? NOTE_TOKEN_KH : NOTE_TOKEN_LAT).test(x))
    .join(' ');
}

// ---------------------------------------------------------------- model

interface Rec {
  fam: number;
  giv: number[];
  sex: Sex;
  dob: string;
  trueNid: string;
  regSex: Sex | null;
  regDob: string | null;
  regNid: string | null;
  nssf: string | null;
  nameKh: string;
  nameLatin: string | null;
  spell: number[];
  hire: string | null;
  wage: number | null;
  resigned: boolean;
  returner: boolean;
  /** Index of the other entry of a twice-registered person, or -1. */
  twin: number;
  isDup: boolean;
  present: boolean;
  notes: string[];
  noteKh: boolean;
  noteLat: boolean;
  khVariant: boolean;
  workerId: string;
}
interface RowMeta {
  rec: number; // -1 hidden
  script: 'kh' | 'lat';
  swapped: boolean;
  joined: boolean;
  typo: boolean;
  khSep: string;
  khVar: string | null;
  nfd: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  namesakeOf: boolean;
  forced: string[];
}
interface Row {
  o: Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'>;
  m: RowMeta;
}
export interface Built56 {
  roster: Roster;
  recs: Rec[];
  rows: { w: OnsiteWorker; m: RowMeta }[];
  index: Map<string, number[]>;
  byWorker: Map<string, number>;
}

function drawName(r: Rng, sex: Sex): { fam: number; giv: number[] } {
  const fam = r.pickSkewed(FAM_IDS, 1.6);
  if (sex === 'F' && r.chance(0.2)) return { fam, giv: [SREY_ID, r.pickSkewed(SECOND_IDS, 1.4)] };
  return { fam, giv: [r.pickSkewed(sex === 'F' ? GIVEN_F : GIVEN_M, 1.4)] };
}
function drawDob(r: Rng): string {
  const y = r.int(1968, 2006), m = r.int(1, 12);
  return iso(y, m, r.int(1, dim(y, m)));
}
function uuid(r: Rng): string {
  const h: string[] = [];
  for (let i = 0; i < 16; i++) h.push(Math.floor(r.next() * 256).toString(16).padStart(2, '0'));
  h[6] = '4' + h[6][1];
  h[8] = (8 + (parseInt(h[8][0], 16) & 3)).toString(16) + h[8][1];
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}
function slip(r: Rng, id: string): string {
  for (;;) {
    const a = id.split('');
    const i = r.int(0, a.length - 1);
    if (r.chance(0.7) || i === a.length - 1) a[i] = String(r.int(0, 9));
    else [a[i], a[i + 1]] = [a[i + 1], a[i]];
    const s = a.join('');
    if (s !== id) return s;
  }
}
function typo(r: Rng, w: string): string | null {
  const letters = 'abcdefghijklmnoprstuvy';
  for (let k = 0; k < 12; k++) {
    const i = r.int(0, w.length - 1);
    const op = r.int(0, 3);
    let s: string;
    if (op === 0) s = w.slice(0, i) + r.pick(letters.split('')) + w.slice(i + 1);
    else if (op === 1) s = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) s = w.slice(0, i) + r.pick(letters.split('')) + w.slice(i);
    else s = i < w.length - 1 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
    if (s !== w && s.length >= 2 && !LAT_EXACT.has(s)) return s;
  }
  return null;
}

const LAT_HON = { M: ['MR.', 'MR', 'Mr.'], F: ['MRS.', 'MS.', 'MISS', 'MS', 'Mrs.'] } as const;
const STATUS_KH: Record<string, string[]> = {
  resigned: ['(ឈប់)', '- ឈប់', '(ឈប់ធ្វើការ)', '(RESIGNED)'],
  new: ['(ថ្មី)', '- ថ្មី', '(NEW)'],
  temp: ['(បណ្ដោះអាសន្ន)', '(TEMP)'],
  transfer: ['(ផ្ទេរ)', '- ផ្ទេរ'],
  renamed: ['(ប្តូរឈ្មោះ)', '(ប្ដូរឈ្មោះ)'],
};
const STATUS_LAT: Record<string, string[]> = {
  resigned: ['(RESIGNED)', '- RESIGNED', '(RESIGN)', 'RESIGNED', '(ឈប់)'],
  new: ['- NEW', '(NEW)', '(ថ្មី)'],
  temp: ['(TEMP)', '- TEMP'],
  transfer: ['(TRANSFERRED)', '- TRF', '(ផ្ទេរ)'],
  renamed: ['(NAME CHANGED)', '(ប្តូរឈ្មោះ)'],
};
function latCode(r: Rng): string {
  const n = r.int(1, 24);
  return r.pick([`L${n}`, `L${n}`, `L-${n}`, `LINE ${n}`, `LINE-${n}`, `SEW-${n}`, 'QC', 'CUT', 'PACK']);
}
function khCode(r: Rng): string {
  const n = r.int(1, 24);
  return r.pick(['ផ្នែកកាត់', 'ផ្នែកដេរ', 'ផ្នែកអ៊ុត', 'ផ្នែកវេចខ្ចប់', `ខ្សែ${khNum(n)}`, `ខ្សែទី${khNum(n)}`, `ក្រុម ${khNum(n)}`, `L${n}`]);
}

interface Plan {
  hon: boolean;
  status: string | null;
  code: boolean;
  punct: boolean;
  marker: boolean;
}
function composeKh(r: Rng, fam: number, giv: number[], sex: Sex, p: Plan): string {
  const famKh = WORDS[fam].kh;
  const givKh = giv.map((g) => WORDS[g].kh).join(giv.length > 1 && r.chance(0.25) ? ' ' : '');
  const pk = p.punct ? r.pick(['star', 'stop', 'comma', 'dot', 'double']) : '';
  let s = pk === 'comma' ? `${famKh}${r.chance(0.5) ? ', ' : ','}${givKh}` : pk === 'double' ? `${famKh}  ${givKh}` : `${famKh} ${givKh}`;
  if (p.hon) {
    const h = sex === 'M' ? 'លោក' : r.pick(['អ្នកស្រី', 'កញ្ញា']);
    s = h + (famKh.startsWith('ស្រី') || !r.chance(0.2) ? ' ' : '') + s;
  }
  if (p.marker) s += r.pick([' ២', ' (២)', ' (ខ)', ' 2']);
  if (p.code) {
    const c = khCode(r);
    s = r.chance(0.15) ? `[${c}] ${s}` : `${s} ${c}`;
  }
  if (p.status) s += ' ' + r.pick(STATUS_KH[p.status]);
  if (pk === 'stop') s += '។';
  else if (pk === 'dot') s += '.';
  else if (pk === 'star') s = '*' + s;
  return s;
}
function composeLat(r: Rng, fam: number, giv: number[], spell: number[], sex: Sex, p: Plan, upper: boolean, joinGiv: boolean): string {
  const cs = (w: string) => (upper ? w.toUpperCase() : title(w));
  const famL = cs(WORDS[fam].lat[spell[0]]);
  const givWords = giv.map((g, k) => WORDS[g].lat[spell[k + 1]]);
  const givL = joinGiv ? cs(givWords.join('')) : givWords.map(cs).join(' ');
  const pk = p.punct ? r.pick(['star', 'dot', 'comma', 'double', 'trailcomma']) : '';
  let s = pk === 'comma' ? `${famL}, ${givL}` : pk === 'double' ? `${famL}  ${givL}` : `${famL} ${givL}`;
  if (p.hon) {
    const h = r.pick(LAT_HON[sex]);
    s = h + (h.endsWith('.') && r.chance(0.2) ? '' : ' ') + s;
  }
  if (p.marker) s += r.pick([' 2', ' (2)', ' (B)', ' #2']);
  if (p.code) {
    const c = latCode(r);
    s = r.chance(0.15) ? `[${c}] ${s}` : `${s} ${c}`;
  }
  if (p.status) s += ' ' + r.pick(STATUS_LAT[p.status]);
  if (pk === 'dot') s += '.';
  else if (pk === 'trailcomma') s += ',';
  else if (pk === 'star') s = '*' + s;
  return s;
}

/** Renders a name as the on-site sheet shows it (no notes). */
function onsiteName(r: Rng, fam: number, giv: number[], spell: number[] | null, m: RowMeta): string {
  if (r.chance(0.5)) {
    m.script = 'kh';
    const famKh = WORDS[fam].kh;
    const givKh = giv.map((g) => WORDS[g].kh).join(giv.length > 1 && r.chance(0.3) ? ' ' : '');
    m.swapped = r.chance(0.1);
    const u = r.next();
    m.khSep = u < 0.72 ? ' ' : u < 0.88 ? '\u200B' : '';
    let s = (m.swapped ? [givKh, famKh] : [famKh, givKh]).join(m.khSep);
    if (r.chance(0.18)) {
      const v = khVariant(r, s);
      if (v) {
        s = v.s;
        m.khVar = v.kind;
      }
    }
    if (r.chance(0.08)) {
      s = s.normalize('NFD');
      m.nfd = true;
    }
    return s;
  }
  m.script = 'lat';
  const ids = [fam, ...giv];
  const surf = ids.map((id, k) => (spell && r.chance(0.6) ? WORDS[id].lat[spell[k]] : r.pick(WORDS[id].lat)).toLowerCase());
  if (r.chance(0.05)) {
    const eligible = surf.map((s, k) => (s.length >= 4 ? k : -1)).filter((k) => k >= 0);
    if (eligible.length) {
      const k = r.pick(eligible);
      const t = typo(r, surf[k]);
      if (t) {
        surf[k] = t;
        m.typo = true;
      }
    }
  }
  let givToks = surf.slice(1);
  if (givToks.length > 1 && r.chance(0.5)) {
    givToks = [givToks.join('')];
    m.joined = true;
  }
  m.swapped = r.chance(0.18);
  const toks = m.swapped ? [...givToks, surf[0]] : [surf[0], ...givToks];
  const u = r.next();
  const cs = u < 0.5 ? title : u < 0.88 ? (w: string) => w.toUpperCase() : (w: string) => w;
  return toks.map(cs).join(' ');
}
function newMeta(rec: number): RowMeta {
  return { rec, script: 'lat', swapped: false, joined: false, typo: false, khSep: ' ', khVar: null, nfd: false, nidSlip: false, nssfSlip: false, dobSwap: false, namesakeOf: false, forced: [] };
}
/** Which fields an inspector's row shows; without a DOB an ID is usually asked for. */
function drawPresence(r: Rng) {
  const dob = r.chance(0.75);
  const nid = dob ? r.chance(0.22) : r.chance(0.85);
  const nssf = !dob && !nid ? r.chance(0.35) : r.chance(0.195);
  return { dob, nid, nssf, sex: r.chance(0.7) };
}
function drawSource(r: Rng): OnsiteWorker['source'] {
  const u = r.next();
  return u < 0.05 ? 'id-card' : u < 0.3 ? 'manual' : 'csv';
}
/** A hidden row is ruled out from registered entry c by a field on both sides. */
function ruledOut(o: { sex: Sex | null; dateOfBirth: string | null; nationalId: string | null }, c: Rec): boolean {
  if (o.sex && c.regSex && o.sex !== c.regSex) return true;
  if (o.dateOfBirth && c.regDob && dobFar(o.dateOfBirth, c.regDob)) return true;
  if (o.nationalId && c.regNid && !within1(o.nationalId, c.regNid)) return true;
  return false;
}

export function build56(size: number, seed: number): Built56 {
  const r = rng(seed);
  const nDup = Math.round(size * 0.015);
  const nPersons = size - nDup;
  const taken = new Set<string>();
  const near = (id: string): boolean => {
    if (taken.has(id)) return true;
    const a = id.split('');
    for (let i = 0; i < a.length; i++) {
      const c = a[i];
      for (let d = 0; d < 10; d++) {
        a[i] = String(d);
        if (taken.has(a.join(''))) {
          a[i] = c;
          return true;
        }
      }
      a[i] = c;
      if (i < a.length - 1 && a[i] !== a[i + 1]) {
        [a[i], a[i + 1]] = [a[i + 1], a[i]];
        const hit = taken.has(a.join(''));
        [a[i], a[i + 1]] = [a[i + 1], a[i]];
        if (hit) return true;
      }
    }
    return false;
  };
  const freshNid = () => {
    for (;;) {
      const s = pad(r.int(1, 25), 2) + pad(r.int(0, 9999999), 7);
      if (!near(s)) {
        taken.add(s);
        return s;
      }
    }
  };
  const freshNssf = () => {
    for (;;) {
      const s = String(r.int(1, 9)) + pad(r.int(0, 999999999), 9);
      if (!near(s)) {
        taken.add(s);
        return s;
      }
    }
  };
  const drawHire = (dob: string): string => {
    const y = r.int(Math.max(2012, Number(dob.slice(0, 4)) + 18), 2025);
    const m = r.int(1, y === 2025 ? 5 : 12);
    return iso(y, m, r.int(1, dim(y, m)));
  };
  const spellOf = (ids: number[]) => ids.map((id) => (r.chance(0.65) ? 0 : r.int(0, WORDS[id].lat.length - 1)));

  // --- persons (first entries)
  const groups = new Map<string, string[]>();
  const recs: Rec[] = [];
  for (let i = 0; i < nPersons; i++) {
    const sex: Sex = r.chance(0.68) ? 'F' : 'M';
    let name = drawName(r, sex);
    let dob = drawDob(r);
    for (let tries = 0; ; tries++) {
      const g = groups.get(nameKey(name.fam, name.giv)) ?? [];
      if (g.every((d) => dobFar(d, dob))) break;
      dob = drawDob(r);
      if (tries % 20 === 19) name = drawName(r, sex);
    }
    const key = nameKey(name.fam, name.giv);
    const g = groups.get(key);
    if (g) g.push(dob);
    else groups.set(key, [dob]);
    const trueNid = freshNid();
    const resigned = r.chance(0.1);
    recs.push({
      fam: name.fam,
      giv: name.giv,
      sex,
      dob,
      trueNid,
      regSex: r.chance(0.01) ? null : sex,
      regDob: r.chance(0.01) ? null : dob,
      regNid: r.chance(0.05) ? null : trueNid,
      nssf: r.chance(0.03) ? null : freshNssf(),
      nameKh: '',
      nameLatin: null,
      spell: spellOf([name.fam, ...name.giv]),
      hire: r.chance(0.01) ? null : drawHire(dob),
      wage: r.chance(0.05) ? null : r.int(900, 2200) * 1000,
      resigned,
      returner: resigned && r.chance(0.08),
      twin: -1,
      isDup: false,
      present: false,
      notes: [],
      noteKh: false,
      noteLat: false,
      khVariant: false,
      workerId: '',
    });
  }
  // --- second registrations
  const primaries = r.shuffle(recs.map((_, i) => i).filter((i) => !recs[i].resigned)).slice(0, nDup);
  for (const pi of primaries) {
    const p = recs[pi];
    const di = recs.length;
    const hire = p.hire ? addDays(p.hire, r.int(30, 700)) : null;
    recs.push({
      ...p,
      regNid: p.regNid && r.chance(0.85) ? p.regNid : null,
      nssf: freshNssf(),
      spell: r.chance(0.25) ? spellOf([p.fam, ...p.giv]) : p.spell,
      hire: hire && hire > '2025-06-01' ? '2025-06-01' : hire,
      wage: r.chance(0.05) ? null : r.int(900, 2200) * 1000,
      twin: pi,
      isDup: true,
      notes: [],
    });
    p.twin = di;
  }
  // --- presence, name fields and their notes
  for (const rec of recs) {
    rec.present = rec.isDup ? false : rec.resigned ? rec.returner : r.chance(0.96);
    const hasLat = !r.chance(0.12);
    const plan: Plan = { hon: false, status: null, code: false, punct: false, marker: rec.isDup };
    if (rec.resigned && r.chance(0.75)) plan.status = 'resigned';
    else if (!rec.resigned && !rec.isDup && r.chance(0.035)) {
      const u = r.next();
      plan.status = u < 0.45 ? 'new' : u < 0.65 ? 'temp' : u < 0.85 ? 'transfer' : 'renamed';
      if (plan.status === 'new' && rec.hire) rec.hire = iso(2025, r.int(1, 5), r.int(1, 28));
    }
    plan.hon = r.chance(0.06);
    plan.code = r.chance(0.05);
    plan.punct = r.chance(0.035);
    const kh: Plan = { hon: false, status: null, code: false, punct: false, marker: false };
    const lat: Plan = { ...kh };
    for (const k of ['hon', 'status', 'code', 'punct', 'marker'] as const) {
      if (!plan[k]) continue;
      const u = r.next();
      const where = !hasLat ? 'kh' : u < 0.4 ? 'kh' : u < 0.75 ? 'lat' : 'both';
      const v = k === 'status' ? plan.status : true;
      if (where !== 'lat') (kh as unknown as Record<string, unknown>)[k] = v;
      if (where !== 'kh') (lat as unknown as Record<string, unknown>)[k] = v;
      rec.notes.push(k === 'status' ? `status:${plan.status}` : k);
    }
    rec.noteKh = kh.hon || !!kh.status || kh.code || kh.punct || kh.marker;
    rec.noteLat = lat.hon || !!lat.status || lat.code || lat.punct || lat.marker;
    rec.nameKh = composeKh(r, rec.fam, rec.giv, rec.sex, kh);
    if (r.chance(0.04)) {
      const v = khVariant(r, rec.nameKh);
      if (v) {
        rec.nameKh = v.s;
        rec.khVariant = true;
      }
    }
    rec.nameLatin = hasLat ? composeLat(r, rec.fam, rec.giv, rec.spell, rec.sex, lat, !r.chance(0.08), rec.giv.length > 1 && r.chance(0.4)) : null;
  }
  const index = new Map<string, number[]>();
  recs.forEach((rec, i) => {
    const k = nameKey(rec.fam, rec.giv);
    const l = index.get(k);
    if (l) l.push(i);
    else index.set(k, [i]);
  });

  // --- on-site rows of the present
  const rows: Row[] = [];
  recs.forEach((rec, i) => {
    if (!rec.present) return;
    const m = newMeta(i);
    const source = drawSource(r);
    if (source === 'id-card') {
      m.script = 'kh';
      rows.push({
        o: { visitId: VISIT_ID, name: `${WORDS[rec.fam].kh} ${rec.giv.map((g) => WORDS[g].kh).join('')}`, nationalId: rec.trueNid, nssfNumber: null, sex: rec.sex, dateOfBirth: rec.dob, source },
        m,
      });
      return;
    }
    const p = drawPresence(r);
    const name = onsiteName(r, rec.fam, rec.giv, rec.nameLatin ? rec.spell : null, m);
    let dob: string | null = p.dob ? rec.dob : null;
    if (dob && r.chance(0.04)) {
      const s = dobSwap(dob);
      if (s) {
        dob = s;
        m.dobSwap = true;
      }
    }
    let nid: string | null = p.nid ? rec.trueNid : null;
    if (nid && r.chance(0.03)) {
      nid = slip(r, nid);
      m.nidSlip = true;
    }
    let nssf: string | null = p.nssf && rec.nssf ? rec.nssf : null;
    if (nssf && r.chance(0.03)) {
      nssf = slip(r, nssf);
      m.nssfSlip = true;
    }
    rows.push({ o: { visitId: VISIT_ID, name, nationalId: nid, nssfNumber: nssf, sex: p.sex ? rec.sex : null, dateOfBirth: dob, source }, m });
  });

  // --- hidden workers
  const nHidden = Math.round((rows.length * 0.07) / 0.93);
  const firstEntries = recs.map((_, i) => i).filter((i) => !recs[i].isDup);
  for (let h = 0; h < nHidden; h++) {
    for (let attempt = 0; ; attempt++) {
      const m = newMeta(-1);
      const base = r.chance(0.65) ? recs[r.pick(firstEntries)] : null;
      let sex: Sex;
      let words: { fam: number; giv: number[] };
      if (base) {
        m.namesakeOf = true;
        sex = UNISEX.has(base.giv[0]) && r.chance(0.4) ? (base.sex === 'M' ? 'F' : 'M') : base.sex;
        words = { fam: base.fam, giv: base.giv };
      } else {
        sex = r.chance(0.68) ? 'F' : 'M';
        words = drawName(r, sex);
      }
      const source = drawSource(r);
      let name: string;
      if (source === 'id-card') {
        m.script = 'kh';
        name = `${WORDS[words.fam].kh} ${words.giv.map((g) => WORDS[g].kh).join('')}`;
      } else name = onsiteName(r, words.fam, words.giv, null, m);
      const cands = [...nearCandidates(parseName(name), index)].map((i) => recs[i]);
      let dob = drawDob(r);
      for (let t = 0; t < 60 && !cands.every((c) => !c.regDob || dobFar(dob, c.regDob)); t++) dob = drawDob(r);
      const nid = freshNid();
      const p = source === 'id-card' ? { dob: true, nid: true, nssf: false, sex: true } : drawPresence(r);
      const o = {
        visitId: VISIT_ID,
        name,
        nationalId: p.nid ? nid : null,
        nssfNumber: p.nssf && r.chance(0.2) ? freshNssf() : null,
        sex: p.sex ? sex : null,
        dateOfBirth: p.dob ? dob : null,
        source,
      };
      let ok = true;
      for (const c of cands) {
        if (ruledOut(o, c)) continue;
        if (!o.dateOfBirth && c.regDob && dobFar(dob, c.regDob)) {
          o.dateOfBirth = dob;
          m.forced.push('dob');
        } else if (!o.nationalId && c.regNid) {
          o.nationalId = nid;
          m.forced.push('nid');
        } else if (!o.sex && c.regSex && c.regSex !== sex) {
          o.sex = sex;
          m.forced.push('sex');
        }
        if (!ruledOut(o, c)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        rows.push({ o, m });
        break;
      }
    }
  }

  // --- shuffle, ids, times
  r.shuffle(rows);
  const order = r.shuffle(recs.map((_, i) => i));
  order.forEach((ri, k) => (recs[ri].workerId = `W${pad(k + 1, 6)}`));
  const registered: RegisteredWorker[] = order.map((ri) => {
    const c = recs[ri];
    return {
      workerId: c.workerId,
      nssfNumber: c.nssf,
      nationalId: c.regNid,
      nameKh: c.nameKh,
      nameLatin: c.nameLatin,
      sex: c.regSex,
      dateOfBirth: c.regDob,
      hireDate: c.hire,
      wageRiel: c.wage,
    };
  });
  let t = Date.UTC(2025, 5, 10, 1, 0, 0);
  let csvRow = 0;
  const truth = new Map<string, string | null>();
  const out: { w: OnsiteWorker; m: RowMeta }[] = rows.map(({ o, m }) => {
    t += r.int(2, 9) * 1000;
    const w: OnsiteWorker = { id: uuid(r), ...o, sourceRow: o.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString() };
    truth.set(w.id, m.rec >= 0 ? recs[m.rec].workerId : null);
    return { w, m };
  });
  const byWorker = new Map<string, number>();
  recs.forEach((c, i) => byWorker.set(c.workerId, i));
  return { roster: { registered, onsite: out.map((x) => x.w), truth }, recs, rows: out, index, byWorker };
}

export function generateFiftysixth(size: number, seed: number): Roster {
  return build56(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

async function selfCheck(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const t0 = performance.now();
  const b = build56(size, seed);
  const ms = performance.now() - t0;
  const { roster, recs, rows, index } = b;
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;

  // ---- shape
  const reg = roster.registered, on = roster.onsite;
  const trueRows = rows.filter((x) => x.m.rec >= 0), hidRows = rows.filter((x) => x.m.rec < 0);
  const persons = recs.filter((c) => !c.isDup);
  console.log(`fiftysixth size=${size} seed=${seed}: ${reg.length} registered, ${on.length} on site (${trueRows.length} true, ${hidRows.length} hidden = ${pct(hidRows.length, on.length)}), generated in ${ms.toFixed(0)} ms`);
  const absent = recs.filter((c) => !c.present).length;
  console.log(
    `  register: absent ${absent} (${pct(absent, reg.length)}); resigned ${persons.filter((c) => c.resigned).length} (${pct(persons.filter((c) => c.resigned).length, reg.length)}), came back ${persons.filter((c) => c.returner).length}; twice registered ${recs.filter((c) => c.isDup).length}; ordinary absent ${pct(persons.filter((c) => !c.resigned && !c.present).length, persons.filter((c) => !c.resigned).length)}`,
  );
  const noted = recs.filter((c) => c.noteKh || c.noteLat).length;
  const kinds = new Map<string, number>();
  for (const c of recs) for (const k of c.notes) kinds.set(k, (kinds.get(k) ?? 0) + 1);
  console.log(
    `  notes in name fields: ${pct(noted, reg.length)} of entries (Khmer field ${pct(recs.filter((c) => c.noteKh).length, reg.length)}, Latin ${pct(recs.filter((c) => c.noteLat).length, reg.length)}, both ${pct(recs.filter((c) => c.noteKh && c.noteLat).length, reg.length)}); ` +
      [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${pct(n, reg.length)}`).join(', '),
  );
  console.log(
    `  register fields: Latin missing ${pct(reg.filter((w) => !w.nameLatin).length, reg.length)}, NID missing ${pct(reg.filter((w) => !w.nationalId).length, reg.length)}, NSSF missing ${pct(reg.filter((w) => !w.nssfNumber).length, reg.length)}, DOB missing ${pct(reg.filter((w) => !w.dateOfBirth).length, reg.length)}, Khmer code-point variant ${pct(recs.filter((c) => c.khVariant).length, reg.length)}`,
  );
  const grpSizes = new Map<string, number>();
  for (const c of persons) grpSizes.set(nameKey(c.fam, c.giv), (grpSizes.get(nameKey(c.fam, c.giv)) ?? 0) + 1);
  const withNamesake = persons.filter((c) => grpSizes.get(nameKey(c.fam, c.giv))! > 1).length;
  console.log(`  namesakes: ${pct(withNamesake, persons.length)} of registered persons share their full name; largest group ${Math.max(...grpSizes.values())}; ${grpSizes.size} distinct names`);
  const tr = trueRows.map((x) => x.m), lat = tr.filter((m) => m.script === 'lat'), kh = tr.filter((m) => m.script === 'kh');
  console.log(
    `  true rows: Khmer ${pct(kh.length, tr.length)} (ZWSP ${pct(kh.filter((m) => m.khSep === '\u200B').length, kh.length)}, no space ${pct(kh.filter((m) => m.khSep === '').length, kh.length)}, code-point variant ${pct(kh.filter((m) => m.khVar).length, kh.length)}, NFD ${pct(kh.filter((m) => m.nfd).length, kh.length)}, given first ${pct(kh.filter((m) => m.swapped).length, kh.length)}); ` +
      `Latin ${pct(lat.length, tr.length)} (swapped ${pct(lat.filter((m) => m.swapped).length, lat.length)}, typo ${pct(lat.filter((m) => m.typo).length, lat.length)}, compound joined ${lat.filter((m) => m.joined).length})`,
  );
  const ons = (xs: { w: OnsiteWorker; m: RowMeta }[]) =>
    `DOB ${pct(xs.filter((x) => x.w.dateOfBirth).length, xs.length)}, NID ${pct(xs.filter((x) => x.w.nationalId).length, xs.length)}, NSSF ${pct(xs.filter((x) => x.w.nssfNumber).length, xs.length)}, sex ${pct(xs.filter((x) => x.w.sex).length, xs.length)}, id-card ${pct(xs.filter((x) => x.w.source === 'id-card').length, xs.length)}, manual ${pct(xs.filter((x) => x.w.source === 'manual').length, xs.length)}`;
  console.log(`  on-site fields, all rows: ${ons(rows)}`);
  console.log(`  on-site fields, true rows: ${ons(trueRows)}; slips: NID ${tr.filter((m) => m.nidSlip).length}, NSSF ${tr.filter((m) => m.nssfSlip).length}, DOB day/month swapped ${tr.filter((m) => m.dobSwap).length}`);
  console.log(`  on-site fields, hidden rows: ${ons(hidRows)}; fields added to rule a namesake out: ${hidRows.filter((x) => x.m.forced.length).length}`);
  const hiddenNear = hidRows.filter((x) => nearCandidates(parseName(x.w.name), index).size > 0).length;
  console.log(`  hidden: copied a registered name ${pct(hidRows.filter((x) => x.m.namesakeOf).length, hidRows.length)}; could pass by name for someone registered ${pct(hiddenNear, hidRows.length)}`);
  const noted2 = trueRows.filter((x) => recs[x.m.rec].noteKh || recs[x.m.rec].noteLat).length;
  console.log(`  true rows whose register entry carries a note: ${pct(noted2, trueRows.length)}; rows of returned resigned workers ${trueRows.filter((x) => recs[x.m.rec].resigned).length}; rows of twice-registered persons ${trueRows.filter((x) => recs[x.m.rec].twin >= 0).length}`);

  console.log('audit:');
  // ---- names file sanity
  const latOwner = new Map<string, number>();
  let clash = 0;
  for (const w of WORDS) for (const l of w.lat) {
    const o = latOwner.get(l.toLowerCase());
    if (o !== undefined && o !== w.id) clash++;
    latOwner.set(l.toLowerCase(), w.id);
  }
  check(clash === 0, 'each romanization belongs to one Khmer word');
  check(WORDS.every((w) => khCanon(w.kh) === w.kh.replace(/\u17D2\u178A/g, '\u17D2\u178F')), 'Khmer words are stored in canonical code-point order');
  const noteWords = ['mr', 'mrs', 'ms', 'miss', 'new', 'temp', 'trf', 'resigned', 'resign', 'transferred', 'name', 'changed', 'line', 'sew', 'qc', 'cut', 'pack', 'b'];
  check(noteWords.every((n) => !LAT_EXACT.has(n)), 'no note word is a name word');

  // ---- rule 1
  let r1 = 0, r1notes = 0;
  const r1ex: string[] = [];
  for (const c of recs) {
    const kOk = khCanon(readNotes(c.nameKh).replace(/\s+/g, '')) === khCanon(WORDS[c.fam].kh + c.giv.map((g) => WORDS[g].kh).join(''));
    const lOk = c.nameLatin === null || parseName(readNotes(c.nameLatin)).some((seq) => seq.length === c.giv.length + 1 && [c.fam, ...c.giv].every((id, j) => seq[j].some((a) => a.id === id && a.cost === 0)));
    if (!kOk || !lOk) {
      r1notes++;
      if (r1ex.length < 3) r1ex.push(`${c.nameKh} | ${c.nameLatin}`);
    }
  }
  check(r1notes === 0, `rule 1: every register name field, notes read as notes, is exactly its worker's name (${r1notes} not${r1ex.length ? ': ' + r1ex.join(' ; ') : ''})`);
  const r1ex2: string[] = [];
  for (const { w, m } of trueRows) {
    const c = recs[m.rec];
    const nameOk = plausibleFor(parseName(w.name), c.fam, c.giv);
    const dobOk = !w.dateOfBirth || !c.regDob || dobConsistent(w.dateOfBirth, c.regDob);
    const nidOk = !w.nationalId || !c.regNid || within1(w.nationalId, c.regNid);
    const nssfOk = !w.nssfNumber || !c.nssf || within1(w.nssfNumber, c.nssf);
    const sexOk = !w.sex || !c.regSex || w.sex === c.regSex;
    if (!(nameOk && dobOk && nidOk && nssfOk && sexOk)) {
      r1++;
      if (r1ex2.length < 3) r1ex2.push(`${w.name} vs ${c.nameKh}/${c.nameLatin}`);
    }
  }
  check(r1 === 0, `rule 1: every true row is a plausible variant of its worker (${r1} not${r1ex2.length ? ': ' + r1ex2.join(' ; ') : ''})`);

  // ---- rule 2
  let r2 = 0;
  const grp = new Map<string, Rec[]>();
  for (const c of persons) {
    const k = nameKey(c.fam, c.giv);
    const g = grp.get(k);
    if (g) g.push(c);
    else grp.set(k, [c]);
  }
  for (const g of grp.values())
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) if (g[i].regDob && g[j].regDob && !dobFar(g[i].regDob!, g[j].regDob!)) r2++;
  check(r2 === 0, `rule 2: registered namesakes' DOBs are more than a swap or one digit apart (${r2} pairs not)`);

  // ---- rule 3
  let r3 = 0, r3cands = 0;
  for (const { w } of hidRows) {
    const seqs = parseName(w.name);
    for (const ci of nearCandidates(seqs, index)) {
      r3cands++;
      if (!ruledOut(w, recs[ci])) r3++;
    }
  }
  check(r3 === 0, `rule 3: hidden rows ruled out from every registered worker they could pass for by name (${r3cands} such pairs, ${r3} not ruled out)`);

  // ---- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(on.every((w) => uuidRe.test(w.id)) && new Set(on.map((w) => w.id)).size === on.length, 'rule 4: ids are unique version-4 UUIDs');
  check(on.every((w, i) => i === 0 || w.recordedAt > on[i - 1].recordedAt), 'rule 4: recordedAt increases in row order');
  const posOf = new Map(reg.map((w, i) => [w.workerId, i]));
  const xs: number[] = [], ys: number[] = [];
  on.forEach((w, i) => {
    const t = roster.truth.get(w.id);
    if (t) {
      xs.push(i);
      ys.push(posOf.get(t)!);
    }
  });
  const corr = (a: number[], bb: number[]) => {
    const n = a.length, ma = a.reduce((s, v) => s + v, 0) / n, mb = bb.reduce((s, v) => s + v, 0) / n;
    let sab = 0, saa = 0, sbb = 0;
    for (let i = 0; i < n; i++) {
      sab += (a[i] - ma) * (bb[i] - mb);
      saa += (a[i] - ma) ** 2;
      sbb += (bb[i] - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
  };
  const c1 = corr(xs, ys);
  const hidFlags = on.map((w) => (roster.truth.get(w.id) === null ? 1 : 0));
  const c2 = corr(on.map((_, i) => i), hidFlags);
  const presentFlag = reg.map((w) => (recs[b.byWorker.get(w.workerId)!].present ? 1 : 0));
  const c3 = corr(reg.map((_, i) => i), presentFlag);
  const lim = 4 / Math.sqrt(on.length);
  check(Math.abs(c1) < lim && Math.abs(c2) < lim && Math.abs(c3) < 4 / Math.sqrt(reg.length), `rule 4: row order, hidden position and worker-id order uncorrelated (r = ${c1.toFixed(3)}, ${c2.toFixed(3)}, ${c3.toFixed(3)})`);
  const dupPairs = recs.filter((c) => c.isDup);
  const firstBefore = dupPairs.filter((c) => recs[c.twin].workerId < c.workerId).length;
  check(dupPairs.length < 20 || Math.abs(firstBefore / dupPairs.length - 0.5) < 0.2, `rule 4: the unmarked entry of a twice-registered pair has the lower worker id ${pct(firstBefore, dupPairs.length)} of the time`);
  check(roster.truth.size === on.length && on.every((w) => roster.truth.has(w.id)) && [...roster.truth.values()].every((v) => v === null || posOf.has(v)), 'truth covers every on-site row and names registered workers');

  // ---- rule 5
  let und = 0;
  const evid = (w: OnsiteWorker, c: Rec) =>
    (w.dateOfBirth && c.regDob && dobConsistent(w.dateOfBirth, c.regDob) ? 1 : 0) + (w.nationalId && c.regNid && within1(w.nationalId, c.regNid) ? 1 : 0) + (w.nssfNumber && c.nssf && within1(w.nssfNumber, c.nssf) ? 1 : 0);
  const consistent = (w: OnsiteWorker, c: Rec) =>
    (!w.dateOfBirth || !c.regDob || dobConsistent(w.dateOfBirth, c.regDob)) &&
    (!w.nationalId || !c.regNid || within1(w.nationalId, c.regNid)) &&
    (!w.nssfNumber || !c.nssf || within1(w.nssfNumber, c.nssf)) &&
    (!w.sex || !c.regSex || w.sex === c.regSex);
  for (const { w, m } of trueRows) {
    const self = recs[m.rec];
    const e = evid(w, self);
    for (const ci of plausibleCandidates(parseName(w.name), index, recs)) {
      if (ci === m.rec || ci === self.twin) continue;
      if (consistent(w, recs[ci]) && evid(w, recs[ci]) >= e) {
        und++;
        break;
      }
    }
  }
  check(und / trueRows.length < 0.04, `rule 5: undecidable true rows ${und} = ${pct(und, trueRows.length)} (< 4 %)`);

  // ---- schemas
  const P = await import('../../src/protocol');
  const badReg = reg.filter((w) => !P.RegisteredWorker.safeParse(w).success).length;
  const badOn = on.filter((w) => !P.OnsiteWorker.safeParse(w).success).length;
  check(badReg === 0 && badOn === 0, `schemas: all ${reg.length} registered and ${on.length} on-site records parse (${badReg} + ${badOn} failures)`);
  check(on.every((w) => !('statedStartDate' in w) && !('wageRiel' in w)), 'no statedStartDate / wageRiel on on-site rows');

  // ---- determinism and time
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateFiftysixth(size, seed);
  check(ser(again) === ser(roster), 'determinism: the same seed gives the same roster');
  check(ser(generateFiftysixth(size, seed + 1)) !== ser(roster), 'determinism: another seed gives another roster');
  const t1 = performance.now();
  generateFiftysixth(10000, seed);
  const ms10k = performance.now() - t1;
  check(ms10k < 2000, `time: 10,000 registered generated in ${ms10k.toFixed(0)} ms (< 2 s)`);

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  process.exit(fails.length ? 1 : 0);
}

if (process.argv[1]?.endsWith('fiftysixth.ts')) void selfCheck();
