/**
 * `hundredfirst`: a grader's roster, with ID numbers issued in series.
 *
 * Written blind, from the product text only. It carries the variations the text lists and
 * nothing else, each at a rate meant to tell a good engine from a mediocre one. Its emphasis is
 * that ID numbers are not random: workers hired together from one commune hold national IDs
 * issued in series (same 6-digit commune prefix, 3-digit serials a few apart, brothers and sisters
 * consecutive), and NSSF numbers are issued in hiring runs (consecutive within a run). So one
 * slipped digit often lands on another real worker's number, and a hidden worker is often a
 * relative of a registered one, with an ID one digit away from theirs.
 *
 * THE MODEL (rates are per on-site row unless said otherwise)
 *   Register: `size` workers, every field present except nameLatin (missing 15 %, as the text
 *     says "sometimes"; 75 % upper case, family name first, usual romanization 75 %). 6 % of Khmer
 *     names are stored with a ZWSP or another keyboard's code-point order. 70 % women.
 *   ID series: communes (about size/45, Zipf-sized) each hold a 6-digit national-ID prefix and a
 *     3-digit serial counter; a family of 1-4 (55/25/13/7 %) takes consecutive serials, then a gap
 *     (none 45 %, 1-3 35 %, 4-25 20 %). Half of a commune's families carry one of its 3 local family
 *     names. Families from one commune are hired together in runs of 12-60 (20 % of people join a
 *     later run); NSSF numbers are consecutive within a run, runs 300-20,000 numbers apart.
 *     => ~96 % of registered national IDs (99 % of NSSF numbers) have another worker's number one
 *     last digit away.
 *   Names: 33 family names (Zipf, s=1.7; Sok ~12 %), 36 women's and 36 men's given names (s=1.1):
 *     common full names collide, as the text says (most rows at 10,000 have a namesake).
 *   Absent registered: 5 %. Hidden: 7 % of on-site rows (~715 at 10,000, 72 at 1,000).
 *     Hidden kinds: 50 % relatives of a registered worker (same family name, national ID one digit
 *     from theirs - next serial, last digit changed or last two transposed; 70 % another given name,
 *     30 % the same given name and a DOB years apart), 25 % namesakes (same full name, told apart
 *     by DOB / sex / ID; IDs from the same commune series), 25 % names on no one's register entry.
 *     Hidden workers have no NSSF number. When a hidden row's name could pass for someone and the
 *     drawn presence left nothing to tell them apart, its DOB (or sex, or ID) is shown (~5 % of them).
 *   Source: id-card 12 % (Khmer name 70 %, national ID, sex and DOB always shown and exact, no
 *     typo), csv 45 % (Khmer 35 %), manual 43 % (Khmer 50 %). => ~46 % Khmer, ~54 % Latin.
 *   National ID shown on ~52 % of rows (id-card rows + 45 % of the others); 1 in 8 of shown IDs
 *     slipped (16.3 % of non-card ones): mistyped digit 60 % (a neighbouring value 60 % of those),
 *     adjacent transposition 40 %; 60 % of slips in the last two digits, where the series
 *     neighbours are => ~25 % of slipped national IDs land on another registered worker's ID.
 *     NSSF shown on true rows: csv 45 %, manual 25 %, id-card 15 % (~33 %); 1 in 8 slipped the same
 *     way => ~35-40 % of slipped NSSF numbers are another worker's.
 *   Latin names: a romanization other than the usual one 45 % per word (=> ~60 % differ from the
 *     registered nameLatin), given name first 18 %, compound given name joined/split 35 %
 *     (Srey Mom / Sreymom), UPPER 35 % / Title 55 % / lower 10 %, one typo in one word of 4+ letters
 *     6 % of typed rows (nearby key, dropped, doubled or swapped letter).
 *   Khmer names: space 60 % / ZWSP 18 % / no separator 12 % / double space 10 %, order swapped 5 %,
 *     ZWSP inside a ស្រី- compound 15 %, another keyboard's code-point order 20 % (shifter typed
 *     after the vowel, or the vowel/sign typed before the subscript). NFC/NFD: Khmer has no
 *     canonical decompositions (NFD is the identity on these names), so it adds nothing here.
 *   DOB shown 92 % of non-card rows (~93 % overall); day/month swapped on 14 % of those where the
 *     day is 12 or less (~5 % of shown DOBs). Sex shown 85 % (id-card 100 %).
 *
 * FAIRNESS RULES (audited by the self-check: `npx tsx test/bench/hundredfirst.ts 10000 1`)
 *   1. A true row carries only plausible variants of its registered worker: listed spellings and
 *      romanizations, either order, any case, at most one typo in one word of 4+ letters, Khmer
 *      encoding variants; IDs exact or one slip; DOB exact or day/month swapped; sex right or
 *      missing. No extra variation is modelled. A true row's slipped ID never lands on the ID of
 *      another worker its name could pass for (it may land on a sibling's: the name tells them apart).
 *   2. Registered namesakes (same full name in any spelling) never share a DOB, their DOBs are more
 *      than a swap or one digit apart, and their national IDs and NSSF numbers are 2+ edits apart.
 *   3. A hidden row either could not pass for any registered worker by name (not within one edit of
 *      any spelling variant), or is ruled out from every one it could pass for by a field present
 *      on both sides (sex differs, DOB more than a swap / one digit apart, IDs 2+ edits apart); and
 *      it never shows the exact ID of a worker its name could pass for.
 *   4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt
 *      increasing in row order, registered worker ids assigned after shuffling.
 *   5. Undecidable true rows (another registered worker they could equally be, nothing on both
 *      sides to tell them apart) stay under 4 %.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { HF_FAMILY, HF_GIVEN_F, HF_GIVEN_M, HF_PROVINCE_CODES, type HfNameEntry } from './hundredfirst-names';

export const HUNDREDFIRST_LABEL =
  'grader: IDs issued in series (commune ID runs, NSSF hiring runs), slips onto neighbours, hidden relatives one digit away';

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

// ───────────────────────────── rates ─────────────────────────────
const R = {
  absent: 0.05,
  hiddenShare: 0.07,
  hiddenRelative: 0.5,
  hiddenNamesake: 0.25,
  relativeSameGiven: 0.3,
  women: 0.7,
  familySizes: [0.55, 0.25, 0.13, 0.07],
  lateHire: 0.2,
  regLatinMissing: 0.15,
  regUpper: 0.75,
  regKhVariant: 0.08,
  srcIdCard: 0.12,
  srcCsv: 0.45,
  khmer: { 'id-card': 0.7, csv: 0.35, manual: 0.5 } as Record<Source, number>,
  nidShown: 0.45,
  nssfShown: { 'id-card': 0.15, csv: 0.45, manual: 0.25 } as Record<Source, number>,
  /** non-card rows; id-card rows never slip, so 1 in 8 of all shown national IDs is slipped */
  nidSlip: 0.163,
  slip: 1 / 8,
  slipTail: 0.6,
  slipTranspose: 0.4,
  dobShown: 0.92,
  /** where day <= 12 and day != month (about 37 % of dates): about 5 % of shown DOBs */
  dobSwap: 0.14,
  sexShown: 0.85,
  latOtherRoman: 0.45,
  latGivenFirst: 0.18,
  latCompoundToggle: 0.35,
  latUpper: 0.35,
  latLower: 0.1,
  latTypo: 0.06,
  khZwsp: 0.18,
  khNoSpace: 0.12,
  khDoubleSpace: 0.1,
  khSwap: 0.05,
  khCompoundZwsp: 0.15,
  khReorder: 0.2,
};

const VISIT_ID = 'visit-hundredfirst';
const VISIT_START = Date.UTC(2025, 5, 16, 1, 0, 0);

// ───────────────────────────── names ─────────────────────────────
interface Given extends HfNameEntry {
  sex: Sex;
}
const GIVEN: readonly Given[] = [
  ...HF_GIVEN_F.map((g) => ({ ...g, sex: 'F' as Sex })),
  ...HF_GIVEN_M.map((g) => ({ ...g, sex: 'M' as Sex })),
];
const GIVEN_F_IDX = GIVEN.map((_, i) => i).filter((i) => GIVEN[i].sex === 'F');
const GIVEN_M_IDX = GIVEN.map((_, i) => i).filter((i) => GIVEN[i].sex === 'M');
const FAMILY_IDX = HF_FAMILY.map((_, i) => i);

const ZW = /[\u200B\u200C\u200D\uFEFF]/g;
const ZW_ANY = /[\u200B\u200C\u200D\uFEFF]/;
const KHMER = /[\u1780-\u17FF]/;

/** Khmer text in one canonical order: base, shifter, subscripts, vowel, signs; no spaces or ZW chars. */
function hfNormKh(s: string): string {
  const t = s.normalize('NFC').replace(ZW, '').replace(/\s+/g, '');
  const out: string[] = [];
  let marks: { u: string; rank: number }[] = [];
  const flush = () => {
    marks.sort((a, b) => a.rank - b.rank);
    for (const m of marks) out.push(m.u);
    marks = [];
  };
  const cps = [...t];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const cp = c.codePointAt(0)!;
    if (cp === 0x17d2 && i + 1 < cps.length) {
      marks.push({ u: c + cps[i + 1], rank: 2 });
      i++;
    } else if (cp === 0x17c9 || cp === 0x17ca) marks.push({ u: c, rank: 1 });
    else if (cp >= 0x17b6 && cp <= 0x17c5) marks.push({ u: c, rank: 3 });
    else if ((cp >= 0x17c6 && cp <= 0x17d1) || cp === 0x17d3 || cp === 0x17dd) marks.push({ u: c, rank: 4 });
    else {
      flush();
      out.push(c);
    }
  }
  flush();
  return out.join('');
}

function normLat(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** The key a careful reader compares: script-aware, order of marks, case, spaces and ZW chars ignored. */
function hfNormName(s: string): string {
  return KHMER.test(s) ? hfNormKh(s) : normLat(s);
}

/** Optimal string alignment distance (one adjacent transposition counts as one edit), capped at 2. */
function osa(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 1) return 2;
  let pp: number[] = new Array(m + 1).fill(0);
  let p: number[] = new Array(m + 1);
  for (let j = 0; j <= m; j++) p[j] = j;
  for (let i = 1; i <= n; i++) {
    const c: number[] = new Array(m + 1);
    c[0] = i;
    let rowMin = c[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, pp[j - 2] + 1);
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= 2) return 2;
    pp = p;
    p = c;
  }
  return Math.min(2, p[m]);
}

/** Every spelling a careful reader would accept for family + given, normalized (both scripts, both orders). */
const pairVariantCache = new Map<number, string[]>();
function pairVariants(fam: number, giv: number): string[] {
  const key = fam * 1000 + giv;
  const hit = pairVariantCache.get(key);
  if (hit) return hit;
  const f = HF_FAMILY[fam];
  const g = GIVEN[giv];
  const set = new Set<string>([hfNormKh(f.kh + g.kh), hfNormKh(g.kh + f.kh)]);
  for (const fl of f.lat) for (const gl of g.lat) {
    set.add(normLat(fl + gl));
    set.add(normLat(gl + fl));
  }
  const out = [...set];
  pairVariantCache.set(key, out);
  return out;
}

let khPairMap: Map<string, [number, number]> | null = null;
/** Recover (family, given) from a registered Khmer name written any equivalent way. */
function parseKh(nameKh: string): [number, number] | null {
  if (!khPairMap) {
    khPairMap = new Map();
    for (let f = 0; f < HF_FAMILY.length; f++)
      for (let g = 0; g < GIVEN.length; g++) khPairMap.set(hfNormKh(HF_FAMILY[f].kh + GIVEN[g].kh), [f, g]);
  }
  return khPairMap.get(hfNormKh(nameKh)) ?? null;
}

/** Union-find classes of words within one edit in some romanization (the generator's namesake buckets). */
let classCache: { fam: number[]; giv: number[] } | null = null;
function wordClasses(): { fam: number[]; giv: number[] } {
  if (classCache) return classCache;
  const build = (xs: readonly HfNameEntry[]) => {
    const parent = xs.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) {
        const close =
          hfNormKh(xs[i].kh) === hfNormKh(xs[j].kh) ||
          xs[i].lat.some((a) => xs[j].lat.some((b) => osa(normLat(a), normLat(b)) <= 1));
        if (close) parent[find(i)] = find(j);
      }
    return xs.map((_, i) => find(i));
  };
  classCache = { fam: build(HF_FAMILY), giv: build(GIVEN) };
  return classCache;
}

// ───────────────────────────── name index ─────────────────────────────
/** Registered workers by every accepted spelling; query returns those within one edit of a name. */
class NameIndex {
  private exact = new Map<string, number[]>();
  private half = new Map<string, string[]>();
  constructor(registered: readonly RegisteredWorker[]) {
    registered.forEach((w, i) => {
      const pair = parseKh(w.nameKh);
      const vs = pair ? pairVariants(pair[0], pair[1]) : [hfNormKh(w.nameKh)];
      const all = w.nameLatin ? [...vs, normLat(w.nameLatin)] : vs;
      const seen = new Set<string>();
      for (const v of all) {
        if (seen.has(v)) continue;
        seen.add(v);
        const list = this.exact.get(v);
        if (list) list.push(i);
        else {
          this.exact.set(v, [i]);
          const n = v.length;
          const k = n >> 1;
          for (const key of [`P${n}:${v.slice(0, k)}`, `S${n}:${v.slice(n - (n - k - 1))}`]) {
            const h = this.half.get(key);
            if (h) h.push(v);
            else this.half.set(key, [v]);
          }
        }
      }
    });
  }
  /** Registered indices sharing an exact accepted spelling with `norm`. */
  same(norm: string): readonly number[] {
    return this.exact.get(norm) ?? [];
  }
  /** Registered indices with an accepted spelling within one edit (OSA) of the normalized name. */
  query(norm: string): number[] {
    const strs = new Set<string>();
    const L = norm.length;
    for (let n = Math.max(1, L - 1); n <= L + 1; n++) {
      const k = n >> 1;
      const m = n - k - 1;
      const keys = [`P${n}:${norm.slice(0, k)}`, `S${n}:${m > 0 ? norm.slice(L - m) : ''}`];
      for (const key of keys) for (const v of this.half.get(key) ?? []) strs.add(v);
    }
    const out = new Set<number>();
    for (const v of strs) if (osa(norm, v) <= 1) for (const i of this.exact.get(v)!) out.add(i);
    return [...out];
  }
}

// ───────────────────────────── fields ─────────────────────────────
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

function randomDob(r: Rng, year: number): string {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return isoDay(start + r.int(0, Math.round((end - start) / DAY) - 1) * DAY);
}

function dobSwapped(d: string): string | null {
  const mm = d.slice(5, 7);
  const dd = d.slice(8, 10);
  if (mm === dd || +dd > 12) return null;
  return `${d.slice(0, 4)}-${dd}-${mm}`;
}

/** Two dates of birth a careful reader would not take for one person's. */
function dobFar(a: string, b: string): boolean {
  if (a === b || dobSwapped(a) === b) return false;
  return osa(a.replace(/-/g, ''), b.replace(/-/g, '')) >= 2;
}

interface Shown {
  sex: Sex | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}
/** A field present on both sides tells these two apart. */
function ruledOut(a: Shown, b: Shown): boolean {
  if (a.sex && b.sex && a.sex !== b.sex) return true;
  if (a.dateOfBirth && b.dateOfBirth && dobFar(a.dateOfBirth, b.dateOfBirth)) return true;
  if (a.nationalId && b.nationalId && osa(a.nationalId, b.nationalId) >= 2) return true;
  if (a.nssfNumber && b.nssfNumber && osa(a.nssfNumber, b.nssfNumber) >= 2) return true;
  return false;
}

/** One slipped digit: mistyped (often a neighbouring value) or two adjacent digits transposed. */
function slipId(r: Rng, id: string): string {
  const n = id.length;
  for (let t = 0; t < 20; t++) {
    const tail = r.chance(R.slipTail);
    if (r.chance(R.slipTranspose)) {
      const p = tail ? n - 2 : r.int(0, n - 2);
      if (id[p] === id[p + 1]) continue;
      return id.slice(0, p) + id[p + 1] + id[p] + id.slice(p + 2);
    }
    const p = tail ? r.int(n - 2, n - 1) : r.int(0, n - 1);
    const d = +id[p];
    const nd = r.chance(0.6) ? (d + (r.chance(0.5) ? 1 : 9)) % 10 : (d + r.int(1, 9)) % 10;
    return id.slice(0, p) + nd + id.slice(p + 1);
  }
  return id;
}

// ───────────────────────────── name rendering ─────────────────────────────
function caseLatin(r: Rng, s: string): string {
  const u = r.next();
  if (u < R.latUpper) return s.toUpperCase();
  if (u < R.latUpper + R.latLower) return s.toLowerCase();
  return s
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join(' ');
}

const KEY_NEAR: Record<string, string> = {
  a: 'sqz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'wa', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc',
  y: 'tu', z: 'x',
};
/** One typo in one word of 4+ letters: substitution by a nearby key, deletion, doubling, transposition. */
function typo(r: Rng, s: string): string | null {
  const words = s.split(' ');
  const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!long.length) return null;
  const wi = r.pick(long);
  const w = words[wi];
  for (let t = 0; t < 10; t++) {
    const p = r.int(1, w.length - 1);
    const op = r.int(0, 3);
    let nw = w;
    if (op === 0) {
      const lc = w[p].toLowerCase();
      const near = KEY_NEAR[lc] ?? 'e';
      let ch = near[r.int(0, near.length - 1)];
      if (w[p] !== lc) ch = ch.toUpperCase();
      nw = w.slice(0, p) + ch + w.slice(p + 1);
    } else if (op === 1) nw = w.slice(0, p) + w.slice(p + 1);
    else if (op === 2) nw = w.slice(0, p) + w[p] + w.slice(p);
    else if (p < w.length - 1 && w[p] !== w[p + 1]) nw = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
    if (nw !== w) {
      words[wi] = nw;
      return words.join(' ');
    }
  }
  return null;
}

function toggleCompound(r: Rng, given: string, all: readonly string[]): string {
  if (given.includes(' ')) return given.replace(' ', '');
  const spaced = all.find((x) => x.includes(' ') && x.replace(' ', '').toLowerCase() === given.toLowerCase());
  return spaced ?? given;
}

interface NameFlags {
  script: 'kh' | 'lat';
  typo?: boolean;
  givenFirst?: boolean;
  reorder?: boolean;
  zwsp?: boolean;
}

function latinName(r: Rng, fam: HfNameEntry, giv: HfNameEntry, allowTypo: boolean, flags: NameFlags): string {
  const pickRoman = (e: HfNameEntry) => (e.lat.length > 1 && r.chance(R.latOtherRoman) ? e.lat[r.int(1, e.lat.length - 1)] : e.lat[0]);
  const f = pickRoman(fam);
  let g = pickRoman(giv);
  if (r.chance(R.latCompoundToggle)) g = toggleCompound(r, g, giv.lat);
  const givenFirst = r.chance(R.latGivenFirst);
  flags.givenFirst = givenFirst;
  let s = caseLatin(r, givenFirst ? `${g} ${f}` : `${f} ${g}`);
  if (allowTypo && r.chance(R.latTypo)) {
    const t = typo(r, s);
    if (t) {
      s = t;
      flags.typo = true;
    }
  }
  return s;
}

/** Another keyboard's code-point order: shifter after the vowel, or vowel/sign before the subscript. */
function khReorder(r: Rng, s: string): string {
  const a = s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
  const b = s.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C6])/g, '$2$1');
  const opts = [a, b].filter((x) => x !== s);
  if (!opts.length) return s;
  return r.pick(opts);
}

function khmerName(r: Rng, fam: HfNameEntry, giv: HfNameEntry, flags: NameFlags, rates = R): string {
  let g = giv.kh;
  if (giv.kh.startsWith('ស្រី') && giv.kh.length > 4 && r.chance(rates.khCompoundZwsp)) {
    g = 'ស្រី\u200B' + giv.kh.slice(4);
    flags.zwsp = true;
  }
  const u = r.next();
  let sep = ' ';
  if (u < rates.khZwsp) {
    sep = '\u200B';
    flags.zwsp = true;
  } else if (u < rates.khZwsp + rates.khNoSpace) sep = '';
  else if (u < rates.khZwsp + rates.khNoSpace + rates.khDoubleSpace) sep = '  ';
  const swap = r.chance(rates.khSwap);
  flags.givenFirst = swap;
  let s = swap ? g + sep + fam.kh : fam.kh + sep + g;
  if (r.chance(rates.khReorder)) {
    const t = khReorder(r, s);
    if (t !== s) flags.reorder = true;
    s = t;
  }
  return s;
}

// ───────────────────────────── people ─────────────────────────────
interface Person {
  fam: number;
  giv: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string | null;
  hire: string;
  village: number;
  family: number;
}

interface Village {
  prefix: string;
  next: number;
  local: number[];
}

type HiddenKind = 'relative-other-given' | 'relative-same-given' | 'namesake' | 'unregistered';

interface GenInfo {
  hiddenKind: Map<string, HiddenKind>;
  forcedFields: number;
}
const INFO = new WeakMap<Roster, GenInfo>();

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function hundredfirstRoster(size: number, seed: number): Roster {
  const r = rng((seed * 2654435761) ^ 0x1f01);
  const cls = wordClasses();

  // Communes: a 6-digit prefix and a serial counter each.
  const usedPrefix = new Set<string>();
  const newPrefix = () => {
    for (;;) {
      const p = r.pick(HF_PROVINCE_CODES) + pad(r.int(0, 9999), 4);
      if (!usedPrefix.has(p)) {
        usedPrefix.add(p);
        return p;
      }
    }
  };
  const villages: Village[] = [];
  const nVill = Math.max(6, Math.round(size / 45));
  for (let i = 0; i < nVill; i++)
    villages.push({
      prefix: newPrefix(),
      next: r.int(0, 300),
      local: [r.pickSkewed(FAMILY_IDX, 1.7), r.pickSkewed(FAMILY_IDX, 1.7), r.pickSkewed(FAMILY_IDX, 1.7)],
    });
  const villageIdx = villages.map((_, i) => i);
  const serials = (v: Village, k: number): string[] => {
    if (v.next + k > 999) {
      v.prefix = newPrefix();
      v.next = r.int(0, 100);
    }
    const out: string[] = [];
    for (let i = 0; i < k; i++) out.push(v.prefix + pad(v.next + i, 3));
    {
      const u = r.next();
      v.next += k + (u < 0.45 ? 0 : u < 0.8 ? r.int(1, 3) : r.int(4, 25));
    }
    return out;
  };

  // Families: consecutive national IDs, distinct given names.
  const persons: Person[] = [];
  const families: number[][] = [];
  const famGivenClasses: Set<number>[] = [];
  const pickGiven = (sex: Sex, used: Set<number>): number => {
    const pool = sex === 'F' ? GIVEN_F_IDX : GIVEN_M_IDX;
    for (let t = 0; t < 50; t++) {
      const g = r.pickSkewed(pool, 1.1);
      if (!used.has(cls.giv[g])) return g;
    }
    return r.pick(pool.filter((g) => !used.has(cls.giv[g])));
  };
  while (persons.length < size) {
    const vi = r.pickSkewed(villageIdx, 1.6);
    const v = villages[vi];
    const u = r.next();
    let k = 1;
    for (let acc = R.familySizes[0]; u >= acc && k < 4; k++) acc += R.familySizes[k];
    k = Math.min(k, size - persons.length);
    const fam = r.chance(0.5) ? r.pick(v.local) : r.pickSkewed(FAMILY_IDX, 1.7);
    const base = r.int(1980, 2003);
    const used = new Set<number>();
    const ids = serials(v, k);
    const fi = families.length;
    const members: number[] = [];
    for (let m = 0; m < k; m++) {
      const sex: Sex = r.chance(R.women) ? 'F' : 'M';
      const giv = pickGiven(sex, used);
      used.add(cls.giv[giv]);
      const year = Math.max(1975, Math.min(2006, base + r.int(-5, 5)));
      members.push(persons.length);
      persons.push({ fam, giv, sex, dob: randomDob(r, year), nid: ids[m], nssf: null, hire: '', village: vi, family: fi });
    }
    families.push(members);
    famGivenClasses.push(used);
  }

  // Hiring runs: families from one commune hired together; consecutive NSSF numbers per run.
  const queues = villages.map(() => [] as number[]);
  families.forEach((f, i) => queues[persons[f[0]].village].push(i));
  const seq: number[] = [];
  let left = families.length;
  while (left > 0) {
    const live = villageIdx.filter((i) => queues[i].length > 0);
    const vi = r.pickSkewed(live, 1.3);
    const take = Math.min(queues[vi].length, r.int(1, 3));
    for (let t = 0; t < take; t++) seq.push(...families[queues[vi].shift()!]);
    left -= take;
  }
  // Some people join a later run than their family.
  for (let i = seq.length - 1; i >= 0; i--) {
    if (!r.chance(R.lateHire)) continue;
    const j = Math.min(seq.length - 1, i + r.int(20, 200));
    const [p] = seq.splice(i, 1);
    seq.splice(j, 0, p);
  }
  const runSizes: number[] = [];
  for (let c = 0; c < seq.length; ) {
    const s = Math.min(seq.length - c, r.int(12, 60));
    runSizes.push(s);
    c += s;
  }
  const start = Date.UTC(2012, 0, 1);
  const end = Date.UTC(2025, 4, 31);
  const runDays = runSizes.map(() => r.int(0, Math.round((end - start) / DAY))).sort((a, b) => a - b);
  let nssfCounter = 1_000_000_000 + r.int(0, 200_000_000);
  let c = 0;
  runSizes.forEach((s, ri) => {
    nssfCounter += r.int(300, 20_000);
    const hire = isoDay(start + runDays[ri] * DAY);
    for (let i = 0; i < s; i++) {
      const p = persons[seq[c++]];
      p.nssf = pad(nssfCounter + i, 10);
      p.hire = hire;
      const hy = +hire.slice(0, 4);
      if (hy - +p.dob.slice(0, 4) < 18) p.dob = randomDob(r, hy - 18 - r.int(0, 4));
    }
    nssfCounter += s;
  });

  // Rule 2: namesakes (same word classes) get far DOBs and IDs 2+ edits apart.
  const buckets = new Map<string, number[]>();
  const bucketKey = (p: Person) => `${cls.fam[p.fam]}:${cls.giv[p.giv]}`;
  persons.forEach((p, i) => {
    for (let t = 0; t < 500; t++) {
      const b = buckets.get(bucketKey(p)) ?? [];
      const clashId = b.some((j) => osa(p.nid, persons[j].nid) <= 1 || osa(p.nssf!, persons[j].nssf!) <= 1);
      const clashDob = b.some((j) => !dobFar(p.dob, persons[j].dob));
      if (!clashId && !clashDob) break;
      if (clashId || t >= 20) {
        const used = famGivenClasses[p.family];
        used.delete(cls.giv[p.giv]);
        p.giv = pickGiven(p.sex, used);
        used.add(cls.giv[p.giv]);
      } else {
        const y = +p.dob.slice(0, 4);
        p.dob = randomDob(r, y);
      }
    }
    const key = bucketKey(p);
    const b = buckets.get(key);
    if (b) b.push(i);
    else buckets.set(key, [i]);
  });

  // Register, shuffled, ids assigned after shuffling.
  const order = r.shuffle(persons.map((_, i) => i));
  const regOf = new Array<number>(persons.length);
  const registered: RegisteredWorker[] = order.map((pi, k) => {
    regOf[pi] = k;
    const p = persons[pi];
    const f = HF_FAMILY[p.fam];
    const g = GIVEN[p.giv];
    let nameKh = `${f.kh} ${g.kh}`;
    if (r.chance(R.regKhVariant)) {
      nameKh = r.chance(0.5) ? `${f.kh}\u200B${g.kh}` : khReorder(r, nameKh);
    }
    const fl = r.chance(0.75) ? f.lat[0] : r.pick(f.lat);
    const gl = r.chance(0.75) ? g.lat[0] : r.pick(g.lat);
    const latin = `${fl} ${gl}`;
    return {
      workerId: `W${pad(k + 1, 6)}`,
      nssfNumber: p.nssf,
      nationalId: p.nid,
      nameKh,
      nameLatin: r.chance(R.regLatinMissing)
        ? null
        : r.chance(R.regUpper)
          ? latin.toUpperCase()
          : latin,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: p.hire,
      wageRiel: r.int(850, 1600) * 1000,
    };
  });
  const index = new NameIndex(registered);
  const allNid = new Set(persons.map((p) => p.nid));
  const nidOwner = new Map<string, number>();
  const nssfOwner = new Map<string, number>();
  registered.forEach((w, i) => {
    if (w.nationalId) nidOwner.set(w.nationalId, i);
    if (w.nssfNumber) nssfOwner.set(w.nssfNumber, i);
  });

  // Who is on site.
  const present = r.shuffle(persons.map((_, i) => i)).slice(Math.round(size * R.absent));
  const nHidden = Math.round((present.length * R.hiddenShare) / (1 - R.hiddenShare));

  type Draft = Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'> & { truth: string | null; kind?: HiddenKind };
  const drafts: Draft[] = [];

  const pickSource = (): Source => {
    const u = r.next();
    return u < R.srcIdCard ? 'id-card' : u < R.srcIdCard + R.srcCsv ? 'csv' : 'manual';
  };

  /** Render one on-site row for a person (true or hidden). `avoid` = IDs a slip must not land on. */
  const render = (
    p: { fam: number; giv: number; sex: Sex; dob: string; nid: string; nssf: string | null },
    avoid: (id: string, field: 'nid' | 'nssf') => boolean,
  ): Omit<Draft, 'truth'> => {
    const source = pickSource();
    const card = source === 'id-card';
    const flags: NameFlags = { script: r.chance(R.khmer[source]) ? 'kh' : 'lat' };
    const name =
      flags.script === 'kh'
        ? khmerName(r, HF_FAMILY[p.fam], GIVEN[p.giv], flags)
        : latinName(r, HF_FAMILY[p.fam], GIVEN[p.giv], !card, flags);
    let nationalId: string | null = null;
    if (card || r.chance(R.nidShown)) {
      nationalId = p.nid;
      if (!card && r.chance(R.nidSlip)) {
        for (let t = 0; t < 10; t++) {
          const s = slipId(r, p.nid);
          if (s !== p.nid && !avoid(s, 'nid')) {
            nationalId = s;
            break;
          }
        }
      }
    }
    let nssfNumber: string | null = null;
    if (p.nssf && r.chance(R.nssfShown[source])) {
      nssfNumber = p.nssf;
      if (r.chance(R.slip)) {
        for (let t = 0; t < 10; t++) {
          const s = slipId(r, p.nssf);
          if (s !== p.nssf && !avoid(s, 'nssf')) {
            nssfNumber = s;
            break;
          }
        }
      }
    }
    const sex = card || r.chance(R.sexShown) ? p.sex : null;
    let dateOfBirth: string | null = null;
    if (card || r.chance(R.dobShown)) {
      dateOfBirth = p.dob;
      const sw = dobSwapped(p.dob);
      if (!card && sw && r.chance(R.dobSwap)) dateOfBirth = sw;
    }
    return { visitId: VISIT_ID, name, nationalId, nssfNumber, sex, dateOfBirth, source };
  };

  // True rows.
  for (const pi of present) {
    const p = persons[pi];
    const me = regOf[pi];
    let cands: number[] | null = null;
    const avoid = (id: string, field: 'nid' | 'nssf') => {
      const owner = (field === 'nid' ? nidOwner : nssfOwner).get(id);
      if (owner === undefined || owner === me) return owner === me;
      cands ??= index.query(hfNormName(`${HF_FAMILY[p.fam].lat[0]} ${GIVEN[p.giv].lat[0]}`)).concat(
        index.query(hfNormKh(HF_FAMILY[p.fam].kh + GIVEN[p.giv].kh)),
      );
      return cands.includes(owner);
    };
    const row = render(p, avoid);
    // A slip may also have made the name pass for someone else's ID: re-check against the row's own name.
    const own = index.query(hfNormName(row.name)).filter((i) => i !== me);
    if (own.some((i) => (row.nationalId && registered[i].nationalId === row.nationalId) || (row.nssfNumber && registered[i].nssfNumber === row.nssfNumber))) {
      if (row.nationalId !== p.nid) row.nationalId = p.nid;
      if (row.nssfNumber && row.nssfNumber !== p.nssf) row.nssfNumber = p.nssf;
    }
    drafts.push({ ...row, truth: registered[me].workerId });
  }

  // Hidden rows.
  const hiddenNid = new Set<string>();
  let forcedFields = 0;
  /** A co-villager's ID: an unused serial near a registered worker's, inside the commune's series. */
  const freshNid = (): string => {
    for (;;) {
      const q = persons[r.int(0, persons.length - 1)].nid;
      const serial = +q.slice(6) + (r.chance(0.5) ? 1 : -1) * r.int(2, 40);
      if (serial < 0 || serial > 999) continue;
      const id = q.slice(0, 6) + pad(serial, 3);
      if (!allNid.has(id) && !hiddenNid.has(id)) return id;
    }
  };
  const neighbourNid = (id: string): string | null => {
    const opts: string[] = [];
    const n = id.length;
    for (let d = 0; d <= 9; d++) opts.push(id.slice(0, n - 1) + d);
    for (const dd of [1, 9]) opts.push(id.slice(0, n - 2) + ((+id[n - 2] + dd) % 10) + id[n - 1]);
    if (id[n - 2] !== id[n - 1]) opts.push(id.slice(0, n - 2) + id[n - 1] + id[n - 2]);
    const free = opts.filter((x) => x !== id && !allNid.has(x) && !hiddenNid.has(x));
    return free.length ? r.pick(free) : null;
  };
  const kinds: HiddenKind[] = [];
  for (let h = 0; h < nHidden; h++) {
    const u = r.next();
    kinds.push(
      u < R.hiddenRelative
        ? r.chance(R.relativeSameGiven)
          ? 'relative-same-given'
          : 'relative-other-given'
        : u < R.hiddenRelative + R.hiddenNamesake
          ? 'namesake'
          : 'unregistered',
    );
  }
  for (let kind of kinds) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 40) kind = 'unregistered';
      let hp: { fam: number; giv: number; sex: Sex; dob: string; nid: string; nssf: null } | null = null;
      if (kind === 'relative-other-given' || kind === 'relative-same-given') {
        const rel = persons[r.int(0, persons.length - 1)];
        const nid = neighbourNid(rel.nid);
        if (!nid) continue;
        const year = Math.max(1975, Math.min(2006, +rel.dob.slice(0, 4) + (r.chance(0.5) ? 1 : -1) * r.int(1, 8)));
        if (kind === 'relative-same-given') {
          hp = { fam: rel.fam, giv: rel.giv, sex: rel.sex, dob: randomDob(r, year), nid, nssf: null };
        } else {
          const sex: Sex = r.chance(R.women) ? 'F' : 'M';
          const giv = pickGiven(sex, famGivenClasses[rel.family]);
          hp = { fam: rel.fam, giv, sex, dob: randomDob(r, year), nid, nssf: null };
        }
      } else if (kind === 'namesake') {
        const p = persons[r.int(0, persons.length - 1)];
        hp = { fam: p.fam, giv: p.giv, sex: p.sex, dob: randomDob(r, r.int(1978, 2006)), nid: freshNid(), nssf: null };
      } else {
        let fam = 0;
        let giv = 0;
        let found = false;
        for (let t = 0; t < 300 && !found; t++) {
          fam = r.int(0, HF_FAMILY.length - 1);
          giv = r.int(0, GIVEN.length - 1);
          found = !buckets.has(`${cls.fam[fam]}:${cls.giv[giv]}`);
        }
        hp = { fam, giv, sex: GIVEN[giv].sex, dob: randomDob(r, r.int(1978, 2006)), nid: freshNid(), nssf: null };
      }
      const H = hp;
      const row = render(H, (id) => nidOwner.has(id) && index.query(hfNormKh(HF_FAMILY[H.fam].kh + GIVEN[H.giv].kh)).includes(nidOwner.get(id)!));
      // Rule 3: every registered worker this name could pass for must be ruled out.
      const cands = index.query(hfNormName(row.name));
      const bad = () =>
        cands.filter((i) => !ruledOut(row, registered[i]) || (row.nationalId !== null && registered[i].nationalId === row.nationalId));
      let b = bad();
      let forced = false;
      if (b.length && row.dateOfBirth === null) {
        row.dateOfBirth = H.dob;
        forced = true;
        b = bad();
      }
      if (b.length && row.sex === null) {
        row.sex = H.sex;
        forced = true;
        b = bad();
      }
      if (b.length && row.nationalId === null && kind !== 'relative-same-given') {
        row.nationalId = H.nid;
        forced = true;
        b = bad();
      }
      for (let t = 0; b.length && t < 30; t++) {
        // A DOB far from every candidate's.
        const y = +H.dob.slice(0, 4) + r.int(-3, 3);
        const d = randomDob(r, Math.max(1975, Math.min(2006, y)));
        if (cands.every((i) => !registered[i].dateOfBirth || dobFar(d, registered[i].dateOfBirth!))) {
          H.dob = d;
          row.dateOfBirth = d;
          forced = true;
          b = bad();
        }
      }
      if (b.length) continue;
      if (forced) forcedFields++;
      hiddenNid.add(H.nid);
      drafts.push({ ...row, truth: null, kind });
      break;
    }
  }

  // Shuffle, then ids, times and sheet rows in row order.
  r.shuffle(drafts);
  const truth = new Map<string, string | null>();
  const hiddenKind = new Map<string, HiddenKind>();
  let t = VISIT_START;
  let csvRow = 0;
  const onsite: OnsiteWorker[] = drafts.map((d) => {
    const id = uuid(r);
    t += r.int(1, 9) * 1000;
    truth.set(id, d.truth);
    if (d.kind) hiddenKind.set(id, d.kind);
    return {
      id,
      visitId: d.visitId,
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
  const roster: Roster = { registered, onsite, truth };
  INFO.set(roster, { hiddenKind, forcedFields });
  return roster;
}

// ───────────────────────────── self-check ─────────────────────────────
function selfCheck(size: number, seed: number): boolean {
  const lines: string[] = [];
  const fails: string[] = [];
  const log = (s: string) => lines.push(s);
  const check = (ok: boolean, what: string) => {
    log(`  [${ok ? 'ok' : 'FAIL'}] ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) + ' %' : 'n/a');

  const t0 = performance.now();
  const roster = hundredfirstRoster(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const info = INFO.get(roster)!;
  const regIdx = new Map(registered.map((w, i) => [w.workerId, i]));
  const index = new NameIndex(registered);
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const matchedIds = new Set(trueRows.map((o) => truth.get(o.id)!));

  log(`hundredfirst roster: size=${size} seed=${seed}  (${HUNDREDFIRST_LABEL})`);
  log(`shape`);
  log(`  registered ${registered.length}, on-site rows ${onsite.length}, true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)} of rows), absent ${registered.length - matchedIds.size} (${pct(registered.length - matchedIds.size, registered.length)})`);
  const kindCount = new Map<string, number>();
  for (const k of info.hiddenKind.values()) kindCount.set(k, (kindCount.get(k) ?? 0) + 1);
  log(`  hidden kinds: ${[...kindCount].map(([k, n]) => `${k} ${n}`).join(', ')}; hidden rows given a field so a namesake is ruled out: ${info.forcedFields}`);
  const src = new Map<string, number>();
  for (const o of onsite) src.set(o.source, (src.get(o.source) ?? 0) + 1);
  log(`  source: ${[...src].map(([k, n]) => `${k} ${pct(n, onsite.length)}`).join(', ')}`);
  const kh = onsite.filter((o) => KHMER.test(o.name)).length;
  log(`  name script: Khmer ${pct(kh, onsite.length)}, Latin ${pct(onsite.length - kh, onsite.length)}`);

  // Register shape: ID series.
  const nids = registered.map((w) => w.nationalId).filter((x): x is string => !!x);
  const nidSet = new Set(nids);
  const nssfs = registered.map((w) => w.nssfNumber).filter((x): x is string => !!x);
  const nssfSet = new Set(nssfs);
  const withNeighbour = (ids: string[], set: Set<string>) =>
    ids.filter((id) => {
      const n = id.length;
      for (let d = 0; d <= 9; d++) {
        const x = id.slice(0, n - 1) + d;
        if (x !== id && set.has(x)) return true;
      }
      return false;
    }).length;
  log(`  register: national IDs with another worker's ID one last-digit away ${pct(withNeighbour(nids, nidSet), nids.length)}; NSSF the same ${pct(withNeighbour(nssfs, nssfSet), nssfs.length)}`);
  const byPrefix = new Map<string, number>();
  for (const id of nids) byPrefix.set(id.slice(0, 7), (byPrefix.get(id.slice(0, 7)) ?? 0) + 1);
  log(`  register: ${byPrefix.size} seven-digit ID prefixes for ${nids.length} IDs; nameLatin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}; Khmer name with ZWSP or another code-point order ${pct(registered.filter((w) => !/^[\u1780-\u17FF]+ [\u1780-\u17FF]+$/.test(w.nameKh) || hfNormKh(w.nameKh) !== w.nameKh.replace(' ', '')).length, registered.length)}`);
  check(nidSet.size === nids.length && nssfSet.size === nssfs.length, 'registered national IDs and NSSF numbers unique');

  // Variation rates on true rows, measured against the register.
  let nidShown = 0, nidSlip = 0, nidSlipOnOther = 0, nssfShown = 0, nssfSlip = 0, nssfSlipOnOther = 0;
  let dobShown = 0, dobSwap = 0, sexShown = 0, latRows = 0, latTypo = 0, latGivenFirst = 0, latOtherRoman = 0, latCrossNoLatin = 0;
  let khRows = 0, khReordered = 0, khZw = 0, khNoSep = 0, khGivenFirst = 0, khDiffersFromReg = 0;
  let rule1Bad = 0;
  const rule1Examples: string[] = [];
  let undecidable = 0, hasOtherCandidate = 0, slipOntoCandidate = 0;
  for (const o of trueRows) {
    const ri = regIdx.get(truth.get(o.id)!)!;
    const w = registered[ri];
    const pair = parseKh(w.nameKh)!;
    const norm = hfNormName(o.name);
    const vs = pairVariants(pair[0], pair[1]);
    const cands = index.query(norm);
    // Rule 1.
    const problems: string[] = [];
    if (!cands.includes(ri)) problems.push('name');
    if (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId) > 1) problems.push('nid');
    if (o.nssfNumber && w.nssfNumber && osa(o.nssfNumber, w.nssfNumber) > 1) problems.push('nssf');
    if (o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && dobSwapped(w.dateOfBirth) !== o.dateOfBirth) problems.push('dob');
    if (o.sex && w.sex && o.sex !== w.sex) problems.push('sex');
    if (problems.length) {
      rule1Bad++;
      if (rule1Examples.length < 5) rule1Examples.push(`${o.name} / ${w.nameKh} ${w.nameLatin}: ${problems.join(',')}`);
    }
    // Rates.
    if (o.nationalId) {
      nidShown++;
      if (w.nationalId && o.nationalId !== w.nationalId) {
        nidSlip++;
        if (nidSet.has(o.nationalId)) nidSlipOnOther++;
      }
    }
    if (o.nssfNumber) {
      nssfShown++;
      if (w.nssfNumber && o.nssfNumber !== w.nssfNumber) {
        nssfSlip++;
        if (nssfSet.has(o.nssfNumber)) nssfSlipOnOther++;
      }
    }
    if (o.dateOfBirth) {
      dobShown++;
      if (w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth) dobSwap++;
    }
    if (o.sex) sexShown++;
    if (KHMER.test(o.name)) {
      khRows++;
      const f = hfNormKh(HF_FAMILY[pair[0]].kh);
      if (!norm.startsWith(f)) khGivenFirst++;
      if (ZW_ANY.test(o.name)) khZw++;
      if (!/[\s\u200B]/.test(o.name)) khNoSep++;
      const plain = o.name.replace(ZW, '').replace(/\s+/g, ' ');
      if (hfNormKh(plain) !== [...plain.replace(/\s/g, '')].join('')) khReordered++;
      if (o.name !== w.nameKh) khDiffersFromReg++;
    } else {
      latRows++;
      if (!vs.includes(norm)) latTypo++;
      const fl = HF_FAMILY[pair[0]].lat;
      const gl = GIVEN[pair[1]].lat;
      const near = (a: string, b: string) => osa(norm, normLat(a + b)) <= 1;
      if (!fl.some((f) => gl.some((g) => near(f, g))) && fl.some((f) => gl.some((g) => near(g, f)))) latGivenFirst++;
      if (w.nameLatin && normLat(w.nameLatin) !== norm) latOtherRoman++;
      if (!w.nameLatin) latCrossNoLatin++;
    }
    // Rule 5 and the slip guard.
    const others = cands.filter((i) => i !== ri);
    if (others.length) hasOtherCandidate++;
    if (others.some((i) => !ruledOut(o, registered[i]))) undecidable++;
    if (others.some((i) => (o.nationalId && registered[i].nationalId === o.nationalId) || (o.nssfNumber && registered[i].nssfNumber === o.nssfNumber))) slipOntoCandidate++;
  }
  const T = trueRows.length;
  log(`variations on true rows (measured against the register)`);
  log(`  national ID shown ${pct(nidShown, T)}; slipped ${pct(nidSlip, nidShown)} of shown; slips landing on ANOTHER registered worker's ID ${nidSlipOnOther}/${nidSlip} (${pct(nidSlipOnOther, nidSlip)})`);
  log(`  NSSF shown ${pct(nssfShown, T)}; slipped ${pct(nssfSlip, nssfShown)} of shown; slips landing on another worker's NSSF number ${nssfSlipOnOther}/${nssfSlip} (${pct(nssfSlipOnOther, nssfSlip)})`);
  log(`  DOB shown ${pct(dobShown, T)}, day/month swapped ${pct(dobSwap, dobShown)} of shown; sex shown ${pct(sexShown, T)}`);
  log(`  Latin rows ${pct(latRows, T)}: typo ${pct(latTypo, latRows)}, given name first ${pct(latGivenFirst, latRows)}, spelling differs from registered nameLatin ${pct(latOtherRoman, latRows)}, registered has no Latin name ${pct(latCrossNoLatin, latRows)}`);
  log(`  Khmer rows ${pct(khRows, T)}: ZW chars ${pct(khZw, khRows)}, no separator ${pct(khNoSep, khRows)}, other code-point order ${pct(khReordered, khRows)}, given name first ${pct(khGivenFirst, khRows)}, not byte-equal to registered nameKh ${pct(khDiffersFromReg, khRows)}`);
  log(`  true rows whose name could also pass for another registered worker: ${pct(hasOtherCandidate, T)}`);

  // Hidden rows: the theme's trap.
  let hidNid = 0, hidNearReg = 0, hidNearSameFamily = 0, hidNameCand = 0;
  const rule3Bad: string[] = [];
  for (const o of hiddenRows) {
    const cands = index.query(hfNormName(o.name));
    if (cands.length) hidNameCand++;
    for (const i of cands) {
      const w = registered[i];
      if (!ruledOut(o, w) || (o.nationalId && w.nationalId === o.nationalId)) {
        if (rule3Bad.length < 5) rule3Bad.push(`${o.name} ${o.dateOfBirth} ${o.nationalId} ~ ${w.nameKh}/${w.nameLatin} ${w.dateOfBirth} ${w.nationalId}`);
        else rule3Bad.push('');
        break;
      }
    }
    if (o.nationalId) {
      hidNid++;
      const n = o.nationalId.length;
      let near = false;
      let nearFam = false;
      const fam = HF_FAMILY.findIndex((f) => {
        const x = hfNormName(o.name);
        return KHMER.test(o.name) ? x.includes(hfNormKh(f.kh)) : f.lat.some((l) => x.startsWith(normLat(l)) || x.endsWith(normLat(l)));
      });
      for (const w of registered) {
        if (!w.nationalId || w.nationalId.slice(0, n - 3) !== o.nationalId.slice(0, n - 3)) continue;
        if (osa(w.nationalId, o.nationalId) === 1) {
          near = true;
          if (fam >= 0 && parseKh(w.nameKh)?.[0] === fam) nearFam = true;
        }
      }
      if (near) hidNearReg++;
      if (nearFam) hidNearSameFamily++;
    }
  }
  log(`hidden rows: national ID shown ${pct(hidNid, hiddenRows.length)}; of those one edit from a registered worker's ID ${pct(hidNearReg, hidNid)} (same family name ${pct(hidNearSameFamily, hidNid)}); name could pass for a registered worker ${pct(hidNameCand, hiddenRows.length)}; NSSF shown ${hiddenRows.filter((o) => o.nssfNumber).length}`);

  log(`fairness`);
  check(rule1Bad === 0, `rule 1: every true row a plausible variant of its worker (${rule1Bad} bad${rule1Examples.length ? ': ' + rule1Examples.join(' | ') : ''})`);
  check(slipOntoCandidate === 0, `rule 1: no true row shows the exact ID of another worker its name could pass for (${slipOntoCandidate})`);
  // Rule 2.
  let r2Pairs = 0;
  let r2Bad = 0;
  const r2Examples: string[] = [];
  const seenPair = new Set<string>();
  registered.forEach((w, i) => {
    const pair = parseKh(w.nameKh);
    if (!pair) {
      r2Bad++;
      return;
    }
    for (const v of pairVariants(pair[0], pair[1]))
      for (const j of index.same(v)) {
        if (j <= i) continue;
        const key = `${i}:${j}`;
        if (seenPair.has(key)) continue;
        seenPair.add(key);
        r2Pairs++;
        const x = registered[j];
        const bad =
          (w.dateOfBirth && x.dateOfBirth && !dobFar(w.dateOfBirth, x.dateOfBirth)) ||
          (w.nationalId && x.nationalId && osa(w.nationalId, x.nationalId) < 2) ||
          (w.nssfNumber && x.nssfNumber && osa(w.nssfNumber, x.nssfNumber) < 2);
        if (bad) {
          r2Bad++;
          if (r2Examples.length < 3) r2Examples.push(`${w.nameLatin ?? w.nameKh} ${w.dateOfBirth}/${x.dateOfBirth} ${w.nationalId}/${x.nationalId}`);
        }
      }
  });
  check(r2Bad === 0, `rule 2: registered namesakes far apart in DOB and IDs (${r2Pairs} namesake pairs, ${r2Bad} bad${r2Examples.length ? ': ' + r2Examples.join(' | ') : ''})`);
  check(rule3Bad.length === 0, `rule 3: every hidden row unmatched by name or ruled out from each namesake by a shared field (${rule3Bad.length} bad${rule3Bad.filter(Boolean).length ? ': ' + rule3Bad.filter(Boolean).join(' | ') : ''})`);
  // Rule 4.
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: on-site ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt strictly increasing in row order');
  const hidPos = onsite.map((o, i) => (truth.get(o.id) === null ? i / onsite.length : -1)).filter((x) => x >= 0);
  const hidMean = hidPos.reduce((a, b) => a + b, 0) / Math.max(1, hidPos.length);
  const firstHalf = hidPos.filter((x) => x < 0.5).length / Math.max(1, hidPos.length);
  check(Math.abs(hidMean - 0.5) < 0.06 && Math.abs(firstHalf - 0.5) < 0.08, `rule 4: hidden rows spread through the list (mean position ${hidMean.toFixed(3)}, first half ${firstHalf.toFixed(3)})`);
  let adjTrue = 0, adjPairs = 0;
  for (let i = 1; i < onsite.length; i++) {
    const a = truth.get(onsite[i - 1].id);
    const b = truth.get(onsite[i].id);
    if (!a || !b) continue;
    adjPairs++;
    const na = registered[regIdx.get(a)!].nssfNumber;
    const nb = registered[regIdx.get(b)!].nssfNumber;
    if (na && nb && Math.abs(+na - +nb) <= 5) adjTrue++;
  }
  let adjReg = 0;
  for (let i = 1; i < registered.length; i++) {
    const na = registered[i - 1].nssfNumber;
    const nb = registered[i].nssfNumber;
    if (na && nb && Math.abs(+na - +nb) <= 5) adjReg++;
  }
  check(adjTrue / Math.max(1, adjPairs) < 0.02 && adjReg / registered.length < 0.02, `rule 4: no hiring-run order left in on-site rows (${pct(adjTrue, adjPairs)}) or register order (${pct(adjReg, registered.length)})`);
  const rank = trueRows.map((o) => regIdx.get(truth.get(o.id)!)!);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const xs = rank.map((_, i) => i);
  const mx = mean(xs), my = mean(rank);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (rank[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (rank[i] - my) ** 2;
  }
  const rho = sxy / Math.sqrt(sxx * syy);
  check(Math.abs(rho) < 0.05, `rule 4: on-site order uncorrelated with register order (r=${rho.toFixed(4)})`);
  check(registered.every((w, i) => w.workerId === `W${pad(i + 1, 6)}`), 'rule 4: worker ids assigned in shuffled register order');
  // Rule 5.
  check(undecidable / T < 0.04, `rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, T)} (< 4 %)`);

  log(`schemas and determinism`);
  const sampleO = onsite.filter((_, i) => i % Math.max(1, Math.floor(onsite.length / 500)) === 0);
  const sampleR = registered.filter((_, i) => i % Math.max(1, Math.floor(registered.length / 500)) === 0);
  const badO = sampleO.filter((o) => !OnsiteWorker.safeParse(o).success);
  const badR = sampleR.filter((w) => !RegisteredWorker.safeParse(w).success);
  if (badO.length) log(`    ${JSON.stringify(OnsiteWorker.safeParse(badO[0]).error?.issues)}`);
  if (badR.length) log(`    ${JSON.stringify(RegisteredWorker.safeParse(badR[0]).error?.issues)}`);
  check(badO.length === 0 && badR.length === 0, `zod: ${sampleO.length} on-site and ${sampleR.length} registered records parse`);
  check(onsite.every((o) => o.statedStartDate === undefined && o.wageRiel === undefined), 'no statedStartDate / wageRiel on on-site rows');
  check(onsite.every((o) => truth.has(o.id)) && truth.size === onsite.length, 'truth covers every on-site row');
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = hundredfirstRoster(size, seed);
  const other = hundredfirstRoster(size, seed + 1);
  check(dump(again) === dump(roster), 'deterministic: same seed gives an identical roster');
  check(dump(other) !== dump(roster), 'another seed gives a different roster');
  let ms = genMs;
  if (size !== 10_000) {
    const t1 = performance.now();
    hundredfirstRoster(10_000, seed);
    ms = performance.now() - t1;
  } else {
    const t1 = performance.now();
    hundredfirstRoster(10_000, seed);
    ms = Math.min(ms, performance.now() - t1);
  }
  check(ms < 2000, `10,000 generated in ${ms.toFixed(0)} ms (< 2000 ms)`);

  for (const l of lines) console.log(l);
  console.log(fails.length ? `FAIL (${fails.length}): ${fails.join('; ')}` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('hundredfirst.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
