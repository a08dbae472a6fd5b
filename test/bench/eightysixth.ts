/**
 * `eightysixth`: a grader's roster, with the emphasis on ID numbers.
 *
 * Written blind: only the product text's variations, each at a rate I would score an engine on.
 * Many on-site rows carry a national ID and/or an NSSF number (read off the ID card or the
 * employer's sheet), and a testing share of the hand-typed numbers carry one slip.
 *
 * ── The model and its rates ──────────────────────────────────────────────────────────────────
 * Register (size = n): every worker has a Khmer name (family + given), an NSSF number (10 digits),
 *   a DOB (1966-2006), sex, hire date. National ID (9 digits) missing on 4 %, Latin name missing
 *   on 10 % (else upper case, one listed romanization, first-listed 65 %), wage missing on 3 %.
 *   Family names drawn skewed to the common ones (Sok ~15 %), given names skewed too, so full
 *   namesakes are common (several dozen "Sok Sophea").
 * Presence: 6 % of registered workers absent; hidden workers 6.5 % of on-site rows.
 * Source of each on-site row (true and hidden alike): id-card 32 %, csv (employer's sheet) 48 %,
 *   manual (typed by the inspector) 20 %.
 *                         id-card   csv    manual
 *   name in Khmer           55 %    35 %    40 %   (else Latin)
 *   national ID present    100 %    65 %    15 %
 *   NSSF number present      0 %    55 %     6 %   (hidden workers have none)
 *   DOB present            100 %    90 %    85 %
 *   sex present            100 %    85 %    90 %
 *   ID slip per number       5 %    10 %    10 %   (one adjacent transposition or one mistyped digit)
 *   DOB day/month swapped    3 %    10 %     8 %   (of rows whose DOB can be swapped: day <= 12, day != month)
 * Latin names: each word in another listed romanization 35 %, given name first 12 %, case
 *   UPPER 40 % / Title 45 % / lower 15 %, one typo in one word of 4+ letters on 4 % of rows.
 * Khmer names: given name first 4 %, zero-width space instead of the space 15 %, one word typed
 *   in another code-point order (vowel before subscript, vowel before register shifter, nikahit
 *   before vowel) on 20 % of the Khmer rows whose name has such a spot (~12 % of Khmer rows). NFC/NFD: Khmer has no canonical decompositions, so both are identities.
 * A name in Latin on site against a register line without a Latin name: ~10 % of Latin rows.
 * Hidden workers: 45 % are drawn as full namesakes of a registered worker; the rest are drawn
 *   from the same name distribution as registered workers (so many of them are namesakes too).
 *   Each carries their own national ID: never a registered worker's, never one slip away.
 *
 * ── Fairness rules (audited by the self-check) ───────────────────────────────────────────────
 *  1. A true row carries only plausible variants of its registered worker: listed romanizations,
 *     either order, any case, at most one typo in one word of 4+ letters, Khmer encoding variants
 *     (zero-width space, code-point order); national ID / NSSF exact or one slip; DOB exact or
 *     day/month swapped; sex right or missing. No extra variation is modelled.
 *  2. Registered namesakes (same full name in any spelling) never share a DOB and their DOBs are
 *     more than a swap or one digit apart (also after swapping either). Every two registered
 *     national IDs, and every two NSSF numbers, are 2+ edits apart; a slipped number is never
 *     within one edit of another registered worker's number.
 *  3. A hidden row either could not pass for any registered worker by name (no word alignment in
 *     which every word is within one edit of a listed spelling of the worker's word, any script,
 *     either order), or is ruled out from every worker it could pass for by a field present on
 *     both sides: sex differs, DOB more than a swap/one digit apart, national IDs 2+ edits apart.
 *  4. Nothing leaks the truth: on-site rows shuffled (true and hidden together), ids are v4 UUIDs
 *     from the seeded PRNG, recordedAt increases in row order, csv sourceRow numbers follow row
 *     order, registered worker ids are assigned after shuffling the register.
 *  5. Undecidable true rows (another registered worker whose name fits the row at least as well
 *     and whom no field on the row contradicts) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { FAMILY_86, GIVEN_F_86, GIVEN_M_86, GIVEN_UNISEX_86, type KhName } from './eightysixth-names';
import { rng, type Rng } from './prng';

export const EIGHTYSIXTH_LABEL =
  "grader's roster, ID-number emphasis: national ID / NSSF on most rows, 1 in 10 hand-typed numbers slipped, DOB swaps, hidden namesakes with their own IDs";

// ───────────────────────────── rates ─────────────────────────────

type Source = 'id-card' | 'csv' | 'manual';
const SOURCE_WEIGHTS: readonly [Source, number][] = [['id-card', 0.32], ['csv', 0.48], ['manual', 0.2]];
const P = {
  khmer: { 'id-card': 0.55, csv: 0.35, manual: 0.4 },
  nid: { 'id-card': 1, csv: 0.65, manual: 0.15 },
  nssf: { 'id-card': 0, csv: 0.55, manual: 0.06 },
  dob: { 'id-card': 1, csv: 0.9, manual: 0.85 },
  sex: { 'id-card': 1, csv: 0.85, manual: 0.9 },
  slip: { 'id-card': 0.05, csv: 0.1, manual: 0.1 },
  dobSwap: { 'id-card': 0.03, csv: 0.1, manual: 0.08 },
} as const;
const ABSENT = 0.06;
const HIDDEN = 0.065;
const HIDDEN_NAMESAKE = 0.45;
const REG_NO_LATIN = 0.1;
const REG_NO_NID = 0.04;
const REG_NO_WAGE = 0.03;
const FIRST_ROMANIZATION = 0.65;
const LAT_OTHER_ROMANIZATION = 0.35;
const LAT_SWAP = 0.12;
const LAT_TYPO = 0.04;
const KH_SWAP = 0.04;
const KH_ZWSP = 0.15;
const KH_REORDER = 0.2; // of Khmer rows with a word that has such a spot (~60 %), so ~12 % of Khmer rows
const FEMALE = 0.56;

// ───────────────────────────── words ─────────────────────────────

interface Word { kh: string; lat: string[] }
const WORDS: Word[] = [];
const WID = new Map<string, number>();
function addWords(list: readonly KhName[]): number[] {
  return list.map(([kh, ...lat]) => {
    let id = WID.get(kh);
    if (id === undefined) {
      id = WORDS.length;
      WORDS.push({ kh, lat: [...lat] });
      WID.set(kh, id);
    } else {
      for (const l of lat) if (!WORDS[id].lat.includes(l)) WORDS[id].lat.push(l);
    }
    return id;
  });
}
const FAM = addWords(FAMILY_86);
const UNI = addWords(GIVEN_UNISEX_86);
const GIV_F = [...addWords(GIVEN_F_86), ...UNI];
const GIV_M = [...addWords(GIVEN_M_86), ...UNI];

// ───────────────────────────── Khmer ─────────────────────────────

const COENG = 0x17d2;
const isKhmerText = (s: string) => /[\u1780-\u17ff]/.test(s);
const isBase = (c: number) => c >= 0x1780 && c <= 0x17b3;
const isCons = (c: number) => c >= 0x1780 && c <= 0x17a2;
const isShifter = (c: number) => c === 0x17c9 || c === 0x17ca;
const isVowel = (c: number) => c >= 0x17b6 && c <= 0x17c5;
const isMark = (c: number) => (c >= 0x17b6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd;
const markRank = (c: number) => (isShifter(c) || c === 0x17cc ? 1 : isVowel(c) ? 2 : 3);

/** One stored order for a Khmer string: no zero-width characters, NFC, and within each
 *  cluster subscripts first, then register shifter/robat, then vowel, then signs. */
export function canonKh(s: string): string {
  const cps = Array.from(s.replace(/[\u200b-\u200d\ufeff]/g, '').normalize('NFC'), (ch) => ch.codePointAt(0)!);
  const out: number[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    out.push(c);
    i++;
    if (!isBase(c)) continue;
    const units: { rank: number; cps: number[] }[] = [];
    while (i < cps.length) {
      const d = cps[i];
      if (d === COENG && i + 1 < cps.length && isCons(cps[i + 1])) { units.push({ rank: 0, cps: [d, cps[i + 1]] }); i += 2; }
      else if (isMark(d)) { units.push({ rank: markRank(d), cps: [d] }); i++; }
      else break;
    }
    units.sort((a, b) => a.rank - b.rank); // stable
    for (const u of units) out.push(...u.cps);
  }
  return String.fromCodePoint(...out);
}

/** The places in a word where another keyboard would store the code points in another order. */
function reorderSpots(kh: string): string[] {
  const c = Array.from(kh);
  const cp = c.map((ch) => ch.codePointAt(0)!);
  const out: string[] = [];
  for (let i = 0; i < c.length; i++) {
    if (cp[i] === COENG && i + 2 < c.length && isCons(cp[i + 1]) && isVowel(cp[i + 2])) {
      out.push([...c.slice(0, i), c[i + 2], c[i], c[i + 1], ...c.slice(i + 3)].join(''));
    } else if (isShifter(cp[i]) && i + 1 < c.length && isVowel(cp[i + 1])) {
      out.push([...c.slice(0, i), c[i + 1], c[i], ...c.slice(i + 2)].join(''));
    } else if (isVowel(cp[i]) && cp[i + 1] === 0x17c6) {
      out.push([...c.slice(0, i), c[i + 1], c[i], ...c.slice(i + 2)].join(''));
    }
  }
  return out;
}

// ───────────────────────────── distances ─────────────────────────────

/** Optimal-string-alignment distance (adjacent transposition = 1 edit). */
function osa(a: string, b: string): number {
  const n = a.length, m = b.length;
  if (Math.abs(n - m) > 1) return 2 + Math.abs(n - m);
  const d: number[][] = [];
  for (let i = 0; i <= n; i++) { d.push(new Array<number>(m + 1).fill(0)); d[i][0] = i; }
  for (let j = 0; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) {
    const cost = a[i - 1] === b[j - 1] ? 0 : 1;
    let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
    d[i][j] = v;
  }
  return d[n][m];
}
/** Within one substitution, adjacent transposition, insertion or deletion. */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let first = -1, count = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { if (count === 0) first = i; count++; if (count > 2) return false; }
    if (count === 1) return true;
    return count === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
  }
  return osa(a, b) <= 1;
}
const swapDM = (d: string) => `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
const canSwap = (d: string) => +d.slice(8, 10) <= 12 && d.slice(8, 10) !== d.slice(5, 7);
/** Two dates of birth a human could take for one: equal, day/month swapped, or one digit apart (either swapped). */
export function dobNear(a: string, b: string): boolean {
  const sa = swapDM(a), sb = swapDM(b);
  return within1(a, b) || within1(sa, b) || within1(a, sb) || within1(sa, sb);
}

/** Every string one substitution or one adjacent transposition away from a digit string. */
function digitNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let k = 0; k < 10; k++) {
      const ch = String(k);
      if (ch !== s[i]) out.push(s.slice(0, i) + ch + s.slice(i + 1));
    }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

// ───────────────────────────── name matcher (used to enforce and audit fairness) ─────────────────────────────

const normGroup = (g: string) => (isKhmerText(g) ? canonKh(g) : g.toLowerCase().replace(/[^a-z]/g, ''));
const VARIANTS: { wid: number; v: string }[] = [];
const EXACT = new Map<string, number>(); // variant → word (variants are unique across words)
const DEL_INDEX = new Map<string, number[]>();
function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
const HOMOGRAPHS: string[] = [];
WORDS.forEach((w, wid) => {
  for (const v of new Set([normGroup(w.kh), ...w.lat.map(normGroup)])) {
    const prev = EXACT.get(v);
    if (prev !== undefined && prev !== wid) HOMOGRAPHS.push(`${v}: ${WORDS[prev].kh} / ${w.kh}`);
    EXACT.set(v, wid);
    const vi = VARIANTS.length;
    VARIANTS.push({ wid, v });
    for (const k of [v, ...deletions(v)]) {
      const list = DEL_INDEX.get(k);
      if (list) list.push(vi); else DEL_INDEX.set(k, [vi]);
    }
  }
});
const NEAR_MEMO = new Map<string, Map<number, number>>();
/** Words whose listed spellings (either script) are within one edit of a group of tokens: word → 0 | 1. */
function wordsNear(group: string): Map<number, number> {
  let hit = NEAR_MEMO.get(group);
  if (hit) return hit;
  hit = new Map();
  const seen = new Set<number>();
  for (const k of [group, ...deletions(group)]) for (const vi of DEL_INDEX.get(k) ?? []) {
    if (seen.has(vi)) continue;
    seen.add(vi);
    const { wid, v } = VARIANTS[vi];
    const d = group === v ? 0 : within1(group, v) ? 1 : 2;
    if (d <= 1 && (hit.get(wid) ?? 9) > d) hit.set(wid, d);
  }
  NEAR_MEMO.set(group, hit);
  return hit;
}
const pairKey = (a: number, b: number) => (a < b ? a * 1000 + b : b * 1000 + a);
/** Registered workers (by index) whose name the on-site name could pass for, with the number of
 *  one-edit word matches needed (0 = every word is a listed spelling). */
function nameCandidates(name: string, byKey: Map<number, number[]>): Map<number, number> {
  const tokens = name.split(/[\s\u200b]+/).filter(Boolean);
  const out = new Map<number, number>();
  for (let s = 1; s < tokens.length; s++) {
    const A = wordsNear(normGroup(tokens.slice(0, s).join('')));
    if (A.size === 0) continue;
    const B = wordsNear(normGroup(tokens.slice(s).join('')));
    for (const [a, da] of A) for (const [b, db] of B) {
      for (const idx of byKey.get(pairKey(a, b)) ?? []) {
        const d = da + db;
        if ((out.get(idx) ?? 9) > d) out.set(idx, d);
      }
    }
  }
  return out;
}

// ───────────────────────────── generator ─────────────────────────────

interface Person {
  fam: number; giv: number; sex: 'M' | 'F'; dob: string; nid: string; nssf: string;
  latF: string; latG: string;
}
interface Meta {
  source: Source; script: 'kh' | 'lat'; hidden: boolean; namesakeDrawn: boolean;
  latOtherRoman: number; swapped: boolean; latCase: 'upper' | 'title' | 'lower' | null; typo: boolean;
  zwsp: boolean; reorder: boolean; nidSlip: boolean; nssfSlip: boolean; dobSwap: boolean; forcedDob: boolean;
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const DOB_LO = dayOf('1966-01-01'), DOB_HI = dayOf('2006-12-31');
const HIRE_LO = dayOf('2012-01-01'), HIRE_HI = dayOf('2025-02-28');

function weighted<T>(r: Rng, xs: readonly [T, number][]): T {
  let u = r.next();
  for (const [x, w] of xs) { if (u < w) return x; u -= w; }
  return xs[xs.length - 1][0];
}
const digits = (r: Rng, n: number) => { let s = ''; for (let i = 0; i < n; i++) s += String(r.int(0, 9)); return s; };
const romanize = (r: Rng, w: number) => (r.chance(FIRST_ROMANIZATION) ? WORDS[w].lat[0] : r.pick(WORDS[w].lat));
const uuid = (r: Rng) => {
  const h = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) s += h[i === 12 ? 4 : i === 16 ? 8 + r.int(0, 3) : r.int(0, 15)];
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};
const NEAR_KEYS: Record<string, string> = {
  a: 'qsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn',
  k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy',
  u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

/** One typo in one token of 4+ letters: a neighbouring key, a dropped, doubled or swapped letter. */
function typo(r: Rng, tok: string): string | null {
  const low = tok.toLowerCase();
  for (let attempt = 0; attempt < 10; attempt++) {
    const kind = r.int(0, 3);
    const i = r.int(1, low.length - 1); // the first letter is usually right
    let t = low;
    if (kind === 0) { const nk = NEAR_KEYS[low[i]]; if (!nk) continue; t = low.slice(0, i) + r.pick([...nk]) + low.slice(i + 1); }
    else if (kind === 1) t = low.slice(0, i) + low.slice(i + 1);
    else if (kind === 2) t = low.slice(0, i) + low[i] + low.slice(i);
    else { if (i + 1 >= low.length || low[i] === low[i + 1]) continue; t = low.slice(0, i) + low[i + 1] + low[i] + low.slice(i + 2); }
    if (t !== low && !EXACT.has(t) && osa(t, low) === 1) return t;
  }
  return null;
}

function build(size: number, seed: number): { roster: Roster; meta: Map<string, Meta>; persons: Person[] } {
  const r = rng(seed * 7919 + 86);
  const nidSet = new Set<string>();
  const nssfSet = new Set<string>();
  const freshNumber = (len: number, lead: () => string, taken: Set<string>) => {
    for (;;) {
      const s = lead() + digits(r, len - 1);
      if (!taken.has(s) && !digitNeighbours(s).some((x) => taken.has(x))) { taken.add(s); return s; }
    }
  };
  const newNid = () => freshNumber(9, () => String(r.int(0, 2)), nidSet);
  const newNssf = () => freshNumber(10, () => String(r.int(1, 9)), nssfSet);

  // Register: namesakes (same unordered word pair) never have near dates of birth.
  const dobsByKey = new Map<number, string[]>();
  const persons: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(FEMALE) ? 'F' : 'M';
    let fam = 0, giv = 0, dob = '';
    for (let ok = false; !ok;) {
      fam = r.pickSkewed(FAM, 2.2);
      giv = r.pickSkewed(sex === 'F' ? GIV_F : GIV_M, 1.6);
      const group = dobsByKey.get(pairKey(fam, giv)) ?? [];
      for (let t = 0; t < 40 && !ok; t++) {
        dob = isoOf(r.int(DOB_LO, DOB_HI));
        ok = !group.some((d) => dobNear(d, dob));
      }
    }
    const key = pairKey(fam, giv);
    const g = dobsByKey.get(key);
    if (g) g.push(dob); else dobsByKey.set(key, [dob]);
    persons.push({ fam, giv, sex, dob, nid: newNid(), nssf: newNssf(), latF: romanize(r, fam), latG: romanize(r, giv) });
  }
  r.shuffle(persons);
  const registered: RegisteredWorker[] = persons.map((p, i) => {
    const hireLo = Math.max(HIRE_LO, dayOf(p.dob) + Math.round(18 * 365.25));
    return {
      workerId: `W${String(i + 1).padStart(6, '0')}`,
      nssfNumber: p.nssf,
      nationalId: r.chance(REG_NO_NID) ? null : p.nid,
      nameKh: `${WORDS[p.fam].kh} ${WORDS[p.giv].kh}`,
      nameLatin: r.chance(REG_NO_LATIN) ? null : `${p.latF} ${p.latG}`.toUpperCase(),
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: isoOf(r.int(Math.min(hireLo, HIRE_HI), HIRE_HI)),
      wageRiel: r.chance(REG_NO_WAGE) ? null : r.int(900, 2200) * 1000,
    };
  });
  const byKey = new Map<number, number[]>();
  persons.forEach((p, i) => {
    const k = pairKey(p.fam, p.giv);
    const l = byKey.get(k);
    if (l) l.push(i); else byKey.set(k, [i]);
  });
  const nidIndex = new Map<string, number>();
  const nssfIndex = new Map<string, number>();
  persons.forEach((p, i) => { nidIndex.set(p.nid, i); nssfIndex.set(p.nssf, i); });

  /** One slip in a number; never within one edit of another registered worker's number. */
  const slip = (s: string, index: Map<string, number>, own: number | null): string => {
    for (;;) {
      const t = r.chance(0.5)
        ? (() => { const i = r.int(0, s.length - 2); return s[i] === s[i + 1] ? s : s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); })()
        : (() => { const i = r.int(0, s.length - 1); let d = s[i]; while (d === s[i]) d = String(r.int(0, 9)); return s.slice(0, i) + d + s.slice(i + 1); })();
      if (t === s) continue;
      const clash = [t, ...digitNeighbours(t)].some((x) => { const o = index.get(x); return o !== undefined && o !== own; });
      if (!clash) return t;
    }
  };

  type Draft = Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow' | 'visitId'> & { truth: string | null; m: Meta };
  const draftRow = (p: Person, own: number | null): Draft => {
    const source = weighted(r, SOURCE_WEIGHTS);
    const m: Meta = {
      source, script: 'lat', hidden: own === null, namesakeDrawn: false, latOtherRoman: 0, swapped: false, latCase: null,
      typo: false, zwsp: false, reorder: false, nidSlip: false, nssfSlip: false, dobSwap: false, forcedDob: false,
    };
    let name: string;
    if (r.chance(P.khmer[source])) {
      m.script = 'kh';
      const words = [WORDS[p.fam].kh, WORDS[p.giv].kh];
      const which = [0, 1].filter((k) => reorderSpots(words[k]).length > 0);
      if (which.length && r.chance(KH_REORDER)) { const k = r.pick(which); words[k] = r.pick(reorderSpots(words[k])); m.reorder = true; }
      if (r.chance(KH_SWAP)) { words.reverse(); m.swapped = true; }
      m.zwsp = r.chance(KH_ZWSP);
      name = words.join(m.zwsp ? '\u200b' : ' ');
    } else {
      const spell = (w: number, own: string) => {
        if (!r.chance(LAT_OTHER_ROMANIZATION)) return own;
        const others = WORDS[w].lat.filter((l) => l !== own);
        if (!others.length) return own;
        m.latOtherRoman++;
        return r.pick(others);
      };
      const parts = [spell(p.fam, p.latF), spell(p.giv, p.latG)];
      if (r.chance(LAT_SWAP)) { parts.reverse(); m.swapped = true; }
      let tokens = parts.join(' ').split(' ');
      if (r.chance(LAT_TYPO)) {
        const long = tokens.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
        if (long.length) {
          const i = r.pick(long);
          const t = typo(r, tokens[i]);
          if (t) { tokens = tokens.map((x, j) => (j === i ? t : x)); m.typo = true; }
        }
      }
      const u = r.next();
      m.latCase = u < 0.4 ? 'upper' : u < 0.85 ? 'title' : 'lower';
      tokens = tokens.map((t) => (m.latCase === 'upper' ? t.toUpperCase() : m.latCase === 'lower' ? t.toLowerCase() : t[0].toUpperCase() + t.slice(1).toLowerCase()));
      name = tokens.join(' ');
    }
    let nationalId: string | null = null;
    if (r.chance(P.nid[source])) {
      nationalId = p.nid;
      if (r.chance(P.slip[source])) { nationalId = slip(p.nid, nidIndex, own); m.nidSlip = true; }
    }
    let nssfNumber: string | null = null;
    if (own !== null && r.chance(P.nssf[source])) {
      nssfNumber = p.nssf;
      if (r.chance(P.slip[source])) { nssfNumber = slip(p.nssf, nssfIndex, own); m.nssfSlip = true; }
    }
    let dateOfBirth: string | null = null;
    if (r.chance(P.dob[source])) {
      dateOfBirth = p.dob;
      if (canSwap(p.dob) && r.chance(P.dobSwap[source])) { dateOfBirth = swapDM(p.dob); m.dobSwap = true; }
    }
    const sex = r.chance(P.sex[source]) ? p.sex : null;
    return { name, nationalId, nssfNumber, sex, dateOfBirth, source, truth: own === null ? null : registered[own].workerId, m };
  };

  const absent = new Set(r.shuffle(persons.map((_, i) => i)).slice(0, Math.round(size * ABSENT)));
  const drafts: Draft[] = [];
  persons.forEach((p, i) => { if (!absent.has(i)) drafts.push(draftRow(p, i)); });
  const present = drafts.length;
  const nHidden = Math.round((present * HIDDEN) / (1 - HIDDEN));
  for (let h = 0; h < nHidden; h++) {
    let p: Person;
    const namesake = r.chance(HIDDEN_NAMESAKE);
    if (namesake) {
      const of = persons[r.int(0, size - 1)];
      p = { fam: of.fam, giv: of.giv, sex: of.sex, dob: '', nid: '', nssf: '', latF: romanize(r, of.fam), latG: romanize(r, of.giv) };
    } else {
      const sex: 'M' | 'F' = r.chance(FEMALE) ? 'F' : 'M';
      const fam = r.pickSkewed(FAM, 2.2), giv = r.pickSkewed(sex === 'F' ? GIV_F : GIV_M, 1.6);
      p = { fam, giv, sex, dob: '', nid: '', nssf: '', latF: romanize(r, fam), latG: romanize(r, giv) };
    }
    p.dob = isoOf(r.int(DOB_LO, DOB_HI));
    p.nid = newNid(); // 2+ edits from every registered (and every other hidden) national ID
    const d = draftRow(p, null);
    d.m.namesakeDrawn = namesake;
    // Rule 3: rule out every registered worker the name could pass for, by a field on both sides.
    const cands = [...nameCandidates(d.name, byKey).keys()];
    const ruledOut = (c: number) => {
      const reg = registered[c];
      return (d.sex !== null && d.sex !== reg.sex)
        || (d.dateOfBirth !== null && !dobNear(d.dateOfBirth, reg.dateOfBirth!))
        || (d.nationalId !== null && reg.nationalId !== null && !within1(d.nationalId, reg.nationalId));
    };
    if (!cands.every(ruledOut)) {
      for (;;) {
        const dob = isoOf(r.int(DOB_LO, DOB_HI));
        if (cands.every((c) => !dobNear(dob, registered[c].dateOfBirth!))) { d.dateOfBirth = dob; break; }
      }
      d.m.forcedDob = true;
    }
    drafts.push(d);
  }

  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, Meta>();
  let t = Date.parse('2025-03-10T01:30:00.000Z');
  let csvRow = 0;
  for (const d of drafts) {
    t += r.int(3, 20) * 1000;
    const id = uuid(r);
    onsite.push({
      id, visitId: 'visit-eightysixth', name: d.name, nationalId: d.nationalId, nssfNumber: d.nssfNumber, sex: d.sex,
      dateOfBirth: d.dateOfBirth, source: d.source, sourceRow: d.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.truth);
    meta.set(id, d.m);
  }
  return { roster: { registered, onsite, truth }, meta, persons };
}

export function generateEightySixth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ───────────────────────────── self-check ─────────────────────────────

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => { if (!ok) fails.push(what); return ok; };
  const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '0.0'} %`;

  // Dictionary sanity.
  check(HOMOGRAPHS.length === 0, `romanizations shared by two words: ${HOMOGRAPHS.join('; ')}`);
  for (const w of WORDS) {
    check(canonKh(w.kh) === w.kh, `Khmer spelling not in stored order: ${w.kh}`);
    for (const v of reorderSpots(w.kh)) check(canonKh(v) === w.kh && v !== w.kh, `reordering of ${w.kh} does not canonicalize back`);
  }

  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const regIdx = new Map(registered.map((w, i) => [w.workerId, i]));

  // Audit index built from the roster itself (Khmer register names → words).
  const regWords = registered.map((w) => {
    const [f, g] = w.nameKh.split(' ');
    return [WID.get(f)!, WID.get(g)!] as const;
  });
  check(regWords.every(([f, g]) => f !== undefined && g !== undefined), 'register Khmer names parse into dictionary words');
  const byKey = new Map<number, number[]>();
  regWords.forEach(([f, g], i) => { const k = pairKey(f, g); const l = byKey.get(k); if (l) l.push(i); else byKey.set(k, [i]); });

  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const nAbsent = registered.length - presentIds.size;

  // ── Rule 1: true rows carry only plausible variants.
  let r1 = 0;
  const r1Examples: string[] = [];
  const slipNid = { n: 0, of: 0 }, slipNssf = { n: 0, of: 0 }, dobSwaps = { n: 0, of: 0 };
  let crossScript = 0, latRows = 0;
  for (const o of trueRows) {
    const i = regIdx.get(truth.get(o.id)!)!;
    const reg = registered[i];
    const d = nameCandidates(o.name, byKey).get(i);
    const problems: string[] = [];
    if (d === undefined || d > 1) problems.push(`name ${o.name} vs ${reg.nameKh}/${reg.nameLatin}`);
    if (o.nationalId !== null && reg.nationalId !== null) {
      slipNid.of++;
      if (o.nationalId !== reg.nationalId) slipNid.n++;
      if (!within1(o.nationalId, reg.nationalId)) problems.push('national ID');
    }
    if (o.nssfNumber !== null) {
      slipNssf.of++;
      if (o.nssfNumber !== reg.nssfNumber) slipNssf.n++;
      if (reg.nssfNumber === null || !within1(o.nssfNumber, reg.nssfNumber)) problems.push('NSSF');
    }
    if (o.dateOfBirth !== null) {
      dobSwaps.of++;
      if (o.dateOfBirth !== reg.dateOfBirth) dobSwaps.n++;
      if (o.dateOfBirth !== reg.dateOfBirth && o.dateOfBirth !== swapDM(reg.dateOfBirth!)) problems.push('DOB');
    }
    if (o.sex !== null && o.sex !== reg.sex) problems.push('sex');
    if (!isKhmerText(o.name)) { latRows++; if (reg.nameLatin === null) crossScript++; }
    if (problems.length) { r1++; if (r1Examples.length < 5) r1Examples.push(problems.join(', ')); }
  }
  check(r1 === 0, `rule 1: ${r1} true rows with implausible variants (${r1Examples.join(' | ')})`);

  // ── Rule 2: registered namesakes apart by DOB; numbers 2+ edits apart.
  let r2 = 0, namesakeWorkers = 0, biggest = 0;
  for (const list of byKey.values()) {
    if (list.length > 1) namesakeWorkers += list.length;
    biggest = Math.max(biggest, list.length);
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
      if (dobNear(registered[list[a]].dateOfBirth!, registered[list[b]].dateOfBirth!)) r2++;
    }
  }
  const regNid = new Set<string>(), regNssf = new Set<string>();
  for (const w of registered) { if (w.nationalId) regNid.add(w.nationalId); if (w.nssfNumber) regNssf.add(w.nssfNumber); }
  let nearNumbers = 0;
  for (const w of registered) {
    if (w.nationalId && digitNeighbours(w.nationalId).some((x) => regNid.has(x))) nearNumbers++;
    if (w.nssfNumber && digitNeighbours(w.nssfNumber).some((x) => regNssf.has(x))) nearNumbers++;
  }
  check(regNid.size === registered.filter((w) => w.nationalId).length && regNssf.size === registered.length, 'rule 2: registered numbers unique');
  check(r2 === 0, `rule 2: ${r2} namesake pairs with near dates of birth`);
  check(nearNumbers === 0, `rule 2: ${nearNumbers} registered numbers within one edit of another`);
  // A slipped number on a true row is never within one edit of another registered worker's.
  let slipClash = 0;
  for (const o of trueRows) {
    const own = truth.get(o.id)!;
    for (const [num, set] of [[o.nationalId, regNid], [o.nssfNumber, regNssf]] as const) {
      if (!num) continue;
      for (const x of [num, ...digitNeighbours(num)]) if (set.has(x)) {
        const w = registered.find((rw) => rw.nationalId === x || rw.nssfNumber === x);
        if (w && w.workerId !== own) slipClash++;
      }
    }
  }
  check(slipClash === 0, `rule 2: ${slipClash} on-site numbers within one edit of another worker's`);

  // ── Rule 3: hidden rows cannot pass by name, or are ruled out by a field on both sides.
  let r3 = 0, hiddenPassable = 0, hiddenNidNear = 0, hiddenNssf = 0, hiddenExactNamesake = 0;
  const ruledBy = { sex: 0, dob: 0, nid: 0 };
  for (const o of hiddenRows) {
    const cands = nameCandidates(o.name, byKey);
    if (cands.size) hiddenPassable++;
    if ([...cands.values()].some((d) => d === 0)) hiddenExactNamesake++;
    for (const c of cands.keys()) {
      const reg = registered[c];
      const sex = o.sex !== null && reg.sex !== null && o.sex !== reg.sex;
      const dob = o.dateOfBirth !== null && reg.dateOfBirth !== null && !dobNear(o.dateOfBirth, reg.dateOfBirth);
      const nid = o.nationalId !== null && reg.nationalId !== null && !within1(o.nationalId, reg.nationalId);
      if (sex) ruledBy.sex++;
      if (dob) ruledBy.dob++;
      if (nid) ruledBy.nid++;
      if (!sex && !dob && !nid) r3++;
    }
    if (o.nationalId && [o.nationalId, ...digitNeighbours(o.nationalId)].some((x) => regNid.has(x))) hiddenNidNear++;
    if (o.nssfNumber) hiddenNssf++;
  }
  check(r3 === 0, `rule 3: ${r3} hidden-row/registered pairs not told apart`);
  check(hiddenNidNear === 0, `theme: ${hiddenNidNear} hidden national IDs within one edit of a registered one`);

  // ── Rule 4: no leaks.
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: on-site ids unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt increasing');
  const csvRows = onsite.filter((o) => o.source === 'csv');
  check(csvRows.every((o, i) => o.sourceRow === i + 1) && onsite.every((o) => o.source === 'csv' || o.sourceRow === null), 'rule 4: sourceRow follows row order');
  check(registered.every((w, i) => i === 0 || w.workerId > registered[i - 1].workerId), 'rule 4: worker ids assigned in (shuffled) register order');
  const xs = trueRows.map((o) => onsite.indexOf(o)), ys = trueRows.map((o) => regIdx.get(truth.get(o.id)!)!);
  const corr = (() => {
    const n = xs.length, mx = xs.reduce((a, b) => a + b, 0) / n, my = ys.reduce((a, b) => a + b, 0) / n;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < n; i++) { sxy += (xs[i] - mx) * (ys[i] - my); sxx += (xs[i] - mx) ** 2; syy += (ys[i] - my) ** 2; }
    return sxy / Math.sqrt(sxx * syy);
  })();
  check(Math.abs(corr) < 4 / Math.sqrt(xs.length), `rule 4: on-site order correlates with register order (${corr.toFixed(3)})`);
  const hiddenPos = hiddenRows.map((o) => onsite.indexOf(o) / onsite.length);
  const meanHidden = hiddenPos.reduce((a, b) => a + b, 0) / Math.max(1, hiddenPos.length);
  check(Math.abs(meanHidden - 0.5) < (4 * 0.29) / Math.sqrt(Math.max(1, hiddenPos.length)), `rule 4: hidden rows bunched (mean position ${meanHidden.toFixed(3)})`);

  // ── Rule 5: undecidable true rows.
  let undecidable = 0, ambiguousLoose = 0;
  const compatible = (o: OnsiteWorker, reg: RegisteredWorker) =>
    (o.sex === null || reg.sex === null || o.sex === reg.sex)
    && (o.dateOfBirth === null || reg.dateOfBirth === null || dobNear(o.dateOfBirth, reg.dateOfBirth))
    && (o.nationalId === null || reg.nationalId === null || within1(o.nationalId, reg.nationalId))
    && (o.nssfNumber === null || reg.nssfNumber === null || within1(o.nssfNumber, reg.nssfNumber));
  for (const o of trueRows) {
    const own = regIdx.get(truth.get(o.id)!)!;
    const cands = nameCandidates(o.name, byKey);
    const dOwn = cands.get(own) ?? 9;
    let strict = false, loose = false;
    for (const [c, d] of cands) {
      if (c === own || !compatible(o, registered[c])) continue;
      loose = true;
      if (d <= dOwn) strict = true;
    }
    if (strict) undecidable++;
    if (loose) ambiguousLoose++;
  }
  check(undecidable / trueRows.length < 0.04, `rule 5: undecidable true rows ${pct(undecidable, trueRows.length)} >= 4 %`);

  // ── Schemas.
  const badReg = registered.filter((w) => !RegSchema.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !OnSchema.safeParse(o).success).length;
  check(badReg === 0 && badOn === 0, `schema: ${badReg} registered, ${badOn} on-site rows fail`);
  check(onsite.every((o) => o.statedStartDate === undefined && o.wageRiel === undefined), 'schema: no statedStartDate/wageRiel');
  check(truth.size === onsite.length && [...truth.values()].every((v) => v === null || regIdx.has(v)), 'truth covers every on-site row');

  // ── Determinism and speed.
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = dump(generateEightySixth(size, seed));
  check(again === dump(roster), 'determinism: same seed, same roster');
  check(dump(generateEightySixth(size, seed + 1)) !== again, 'determinism: another seed, another roster');
  const t1 = performance.now();
  generateEightySixth(10_000, seed);
  const ms10k = performance.now() - t1;
  check(ms10k < 2000, `10k generation took ${ms10k.toFixed(0)} ms`);

  // ── Shape.
  const ms = [...meta.values()];
  const tm = ms.filter((m) => !m.hidden), hm = ms.filter((m) => m.hidden);
  const count = (xs: Meta[], f: (m: Meta) => boolean) => xs.filter(f).length;
  const lat = tm.filter((m) => m.script === 'lat'), kh = tm.filter((m) => m.script === 'kh');
  const bySource = (s: Source) => tm.filter((m) => m.source === s);
  const lines = [
    `eightysixth ${size}/${seed}: ${EIGHTYSIXTH_LABEL}`,
    `registered ${registered.length} (no Latin name ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, no national ID ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}; ` +
      `${pct(namesakeWorkers, registered.length)} share a full name, largest namesake group ${biggest})`,
    `on site ${onsite.length}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)}); absent registered ${nAbsent} (${pct(nAbsent, registered.length)})`,
    `sources (true rows): id-card ${pct(bySource('id-card').length, tm.length)}, csv ${pct(bySource('csv').length, tm.length)}, manual ${pct(bySource('manual').length, tm.length)}`,
    `IDs on true rows: national ID ${pct(trueRows.filter((o) => o.nationalId).length, trueRows.length)}, NSSF ${pct(trueRows.filter((o) => o.nssfNumber).length, trueRows.length)}, ` +
      `either ${pct(trueRows.filter((o) => o.nationalId || o.nssfNumber).length, trueRows.length)}, neither and no DOB ${pct(trueRows.filter((o) => !o.nationalId && !o.nssfNumber && !o.dateOfBirth).length, trueRows.length)}`,
    `ID slips: national ID ${pct(slipNid.n, slipNid.of)} of ${slipNid.of} comparable (id-card ${pct(count(bySource('id-card'), (m) => m.nidSlip), trueRows.filter((o) => o.source === 'id-card' && o.nationalId).length)}, ` +
      `hand-typed ${pct(count(tm, (m) => m.nidSlip && m.source !== 'id-card'), trueRows.filter((o) => o.source !== 'id-card' && o.nationalId).length)}); NSSF ${pct(slipNssf.n, slipNssf.of)} of ${slipNssf.of}`,
    `DOB: missing ${pct(trueRows.filter((o) => !o.dateOfBirth).length, trueRows.length)}, day/month swapped ${pct(dobSwaps.n, dobSwaps.of)} of rows with a DOB; sex missing ${pct(trueRows.filter((o) => !o.sex).length, trueRows.length)}`,
    `names: Khmer ${pct(kh.length, tm.length)} (given first ${pct(count(kh, (m) => m.swapped), kh.length)}, ZWSP ${pct(count(kh, (m) => m.zwsp), kh.length)}, code-point order ${pct(count(kh, (m) => m.reorder), kh.length)}); ` +
      `Latin ${pct(lat.length, tm.length)} (other romanization ${pct(count(lat, (m) => m.latOtherRoman > 0), lat.length)}, given first ${pct(count(lat, (m) => m.swapped), lat.length)}, ` +
      `UPPER ${pct(count(lat, (m) => m.latCase === 'upper'), lat.length)}, lower ${pct(count(lat, (m) => m.latCase === 'lower'), lat.length)}, typo ${pct(count(lat, (m) => m.typo), lat.length)}, against no register Latin ${pct(crossScript, latRows)})`,
    `hidden: drawn as namesakes ${pct(count(hm, (m) => m.namesakeDrawn), hm.length)}, pass for a registered worker by name ${pct(hiddenPassable, hiddenRows.length)} (exact ${pct(hiddenExactNamesake, hiddenRows.length)}), ` +
      `with own national ID ${pct(hiddenRows.filter((o) => o.nationalId).length, hiddenRows.length)}, DOB added to tell apart ${count(hm, (m) => m.forcedDob)}, NSSF ${hiddenNssf}; ` +
      `pairs ruled out by ID ${ruledBy.nid}, DOB ${ruledBy.dob}, sex ${ruledBy.sex}`,
    `rule 1 bad ${r1}; rule 2 near-DOB namesakes ${r2}, near numbers ${nearNumbers}, slip clashes ${slipClash}; rule 3 untold ${r3}; rule 4 order corr ${corr.toFixed(3)}, hidden mean pos ${meanHidden.toFixed(3)}`,
    `rule 5: undecidable ${undecidable} (${pct(undecidable, trueRows.length)}), any compatible other candidate ${ambiguousLoose} (${pct(ambiguousLoose, trueRows.length)})`,
    `schema: registered ${registered.length - badReg}/${registered.length}, on-site ${onsite.length - badOn}/${onsite.length} valid; generation ${genMs.toFixed(0)} ms (${size}), 10k ${ms10k.toFixed(0)} ms`,
  ];
  console.log(lines.join('\n'));
  for (const f of fails) console.log(`FAIL: ${f}`);
  console.log(fails.length ? 'FAIL' : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('eightysixth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(1); });
}
