/**
 * `twentyfirst`: a blind benchmark roster — a scanned paper attendance sheet run through OCR.
 *
 * THEME
 *   The employer's sheet has a Latin and a Khmer name column; each row's name was written in one of
 *   them. The sheet was scanned, OCR'd and loaded as CSV (source 'csv', sourceRow = sheet row).
 *   OCR confusions modelled, at most ONE per name word and per ID number:
 *     Latin name words: rn<->m, cl<->d, li<->h, I/l/1, O/0, S/5, B/8, a dropped letter (words of
 *       4+ letters) or a doubled letter, a space inserted inside a word; per row also a lost space
 *       between two words or stray punctuation (. , ' -) next to a word (that word's one error).
 *     Khmer name words: a subscript (coeng + consonant) lost; a vowel sign or diacritic (bantoc,
 *       robat, muusikatoan, triisap, nikahit ...) dropped; a look-alike letter swapped
 *       (ប/ឞ, ម/ន, ឃ/ឈ, ដ/ជ).
 *     ID numbers: 0->O, 1->I/l, 5->S, 8->B, 2->Z, or one digit dropped.
 *   Some rows were typed clean by the inspector from ID cards (source 'id-card': exact national ID,
 *   DOB and sex, no OCR); a few were typed by hand (source 'manual': keyboard typos, keyboard
 *   code-point orders). Every noised word is checked to stay strictly closest to its own name among
 *   all listed names, so a careful human can still recognise it.
 *
 * USUAL VARIATIONS (all sources, at realistic rates; the self-check prints them)
 *   ~6 % of registered absent; ~7 % of on-site rows hidden (about half namesakes of a registered
 *   worker, a share of those of an ABSENT one); listed romanizations (Sok/Sokh, Srey Mom/Sreymom ...);
 *   family/given order swapped; UPPER / Title / lower case; one keyboard typo in one word of 4+
 *   letters; Khmer written with a zero-width space instead of the space, or with a non-canonical
 *   code-point order (shifter/vowel, vowel/sign, vowel/subscript typed in another order; NFC/NFD are
 *   no-ops for these code points); a name in Khmer on one side and Latin on the other (the register
 *   always has Khmer, Latin is sometimes missing); national ID / NSSF number with one transposed or
 *   mistyped digit; DOB with day and month swapped; sex missing.
 *
 * FAIRNESS RULES (audited by the self-check: `npx tsx test/bench/twentyfirst.ts 10000 1`)
 *   Distances: names are compared word by word on a comparison form (Latin: lower case, 0/1/5/8/2
 *   read as o/l/s/b/z, punctuation and spaces dropped, and the OCR look-alikes i~l, rn~m, cl~d, li~h
 *   counted as equal; Khmer: canonical order, ZW characters dropped, a subscript counted as one
 *   letter), with an optimal-string-alignment edit distance. A row "could pass for" a registered
 *   worker when its name splits into two parts each within ONE edit of a listed spelling of the
 *   worker's family and given name (either order). IDs are compared after reading O/I/l/S/B/Z as
 *   digits. Two DOBs are "close" when equal, day/month swapped, one digit apart or two adjacent
 *   digits transposed.
 *   1. A true row carries only plausible variants of its registered worker: listed spellings, either
 *      order, any case, at most one alteration (OCR or typo) per name word — so each part is within
 *      one edit of its listed spelling; Khmer encoding variants; IDs exact or one slip / one OCR
 *      error; DOB exact or day/month swapped; sex right or missing. Extra variation beyond the
 *      product text: the OCR confusions above, each one edit or a look-alike.
 *   2. Registered namesakes (same family and given name, including names sharing a Latin spelling)
 *      never have close DOBs (nor DOBs close after a day/month swap); all registered national IDs
 *      and NSSF numbers are 2+ edits apart.
 *   3. A hidden row is, for EVERY registered worker it could pass for by name, ruled out by a field
 *      present on both sides: sex differs, DOB not close, or national ID / NSSF number 2+ edits
 *      apart (hidden ID numbers are 2+ edits from every registered one). Rows that could pass for
 *      nobody need nothing.
 *   4. Nothing leaks the truth: on-site rows are shuffled, ids are v4 UUIDs from the seeded PRNG,
 *      recordedAt increases in row order, sourceRow numbers CSV rows in row order, and registered
 *      worker ids are assigned after shuffling the register. Hidden rows get the same noise as true
 *      rows.
 *   5. Undecidable true rows (another registered worker the row could pass for at least as well and
 *      that no field tells apart) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { OnsiteWorker as OnsiteWorkerSchema, RegisteredWorker as RegisteredWorkerSchema } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_NAMES, GIVEN_NAMES, type NameSex } from './twentyfirst-names';

export const TWENTYFIRST_LABEL =
  'OCR-scanned attendance sheet (Latin + Khmer columns) as CSV: rn/m, cl/d, I/l/1, O/0 name and ID confusions, lost Khmer subscripts/diacritics, some rows clean from ID cards';

type Sex = 'M' | 'F';
type Source = 'csv' | 'id-card' | 'manual';

// ───────────────────────────── Khmer text ─────────────────────────────

const COENG = 0x17d2;
const ZW_RE = /[\u200b\u200c\u200d\u2060\ufeff]/g;
const isKhCons = (c: number) => c >= 0x1780 && c <= 0x17a2;
const isKhBase = (c: number) => c >= 0x1780 && c <= 0x17b3;
const isKhMark = (c: number) => (c >= 0x17b6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd;

/** Rank of a mark in a cluster's canonical order: subscripts, robat, shifter, vowel, sign. */
function markRank(s: string): number {
  const c = s.charCodeAt(0);
  if (c === COENG) return 1;
  if (c === 0x17cc) return 2;
  if (c === 0x17c9 || c === 0x17ca) return 3;
  if (c >= 0x17b6 && c <= 0x17c5) return 4;
  return 5;
}

interface Cluster { base: string; marks: string[] }

function khClusters(s: string): Cluster[] {
  const out: Cluster[] = [];
  let cur: Cluster | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === COENG && i + 1 < s.length && isKhCons(s.charCodeAt(i + 1))) {
      if (cur) cur.marks.push(s.slice(i, i + 2));
      else out.push((cur = { base: '', marks: [s.slice(i, i + 2)] }));
      i++;
    } else if (isKhMark(c)) {
      if (cur) cur.marks.push(s[i]);
      else out.push((cur = { base: '', marks: [s[i]] }));
    } else if (isKhBase(c)) {
      out.push((cur = { base: s[i], marks: [] }));
    } else {
      out.push({ base: s[i], marks: [] });
      cur = null;
    }
  }
  return out;
}

/** Canonical order within each cluster (stable by rank). */
function canonKh(s: string): string {
  return khClusters(s.normalize('NFC'))
    .map((cl) => cl.base + cl.marks.map((m, i) => [m, markRank(m), i] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]).map((x) => x[0]).join(''))
    .join('');
}

/** Comparison form of Khmer: canonical, Khmer letters only, a subscript as one private-use letter. */
function khCmp(s: string): string {
  const t = canonKh(s.replace(ZW_RE, ''));
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === COENG && i + 1 < t.length && isKhCons(t.charCodeAt(i + 1))) {
      out += String.fromCharCode(0xe000 + t.charCodeAt(i + 1) - 0x1780);
      i++;
    } else if (c >= 0x1780 && c <= 0x17ff) out += t[i];
  }
  return out;
}

/** A keyboard's non-canonical order: two adjacent rank groups of one cluster typed the other way. */
function khOrderVariant(r: Rng, s: string): string | null {
  const cls = khClusters(s);
  const options: number[] = [];
  cls.forEach((cl, i) => {
    if (new Set(cl.marks.map(markRank)).size >= 2) options.push(i);
  });
  if (!options.length) return null;
  const cl = cls[r.pick(options)];
  const ranks = [...new Set(cl.marks.map(markRank))].sort((a, b) => a - b);
  const k = r.int(0, ranks.length - 2);
  const groups = ranks.map((rk) => cl.marks.filter((m) => markRank(m) === rk));
  [groups[k], groups[k + 1]] = [groups[k + 1], groups[k]];
  cl.marks = groups.flat();
  const out = cls.map((c) => c.base + c.marks.join('')).join('');
  return out === s ? null : out;
}

const KH_SWAP: Record<string, string> = { 'ប': 'ឞ', 'ឞ': 'ប', 'ម': 'ន', 'ន': 'ម', 'ឃ': 'ឈ', 'ឈ': 'ឃ', 'ដ': 'ជ', 'ជ': 'ដ' };
const KH_DIACRITIC = new Set([0x17cb, 0x17cc, 0x17c9, 0x17ca]); // bantoc, robat, muusikatoan, triisap

type KhOcr = 'kh-subscript' | 'kh-mark' | 'kh-swap';

/** One Khmer OCR error on a canonical word, or null when none applies. */
function khOcr(r: Rng, w: string): { s: string; type: KhOcr } | null {
  const subs: number[] = [];
  const diacritics: number[] = [];
  const vowels: number[] = [];
  const swaps: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === COENG && i + 1 < w.length) subs.push(i);
    else if (KH_DIACRITIC.has(c)) diacritics.push(i);
    else if ((c >= 0x17b6 && c <= 0x17c5) || c === 0x17c6 || c === 0x17c7) vowels.push(i);
    if (KH_SWAP[w[i]]) swaps.push(i);
  }
  const kinds: KhOcr[] = [];
  if (subs.length) kinds.push('kh-subscript');
  if (diacritics.length || vowels.length) kinds.push('kh-mark');
  if (swaps.length) kinds.push('kh-swap');
  if (!kinds.length) return null;
  const type = r.pick(kinds);
  if (type === 'kh-subscript') {
    const i = r.pick(subs);
    return { s: w.slice(0, i) + w.slice(i + 2), type };
  }
  if (type === 'kh-mark') {
    const i = diacritics.length && (!vowels.length || r.chance(0.6)) ? r.pick(diacritics) : r.pick(vowels);
    return { s: w.slice(0, i) + w.slice(i + 1), type };
  }
  const i = r.pick(swaps);
  return { s: w.slice(0, i) + KH_SWAP[w[i]] + w.slice(i + 1), type };
}

// ───────────────────────────── Latin text ─────────────────────────────

const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '1': 'l', '5': 's', '8': 'b', '2': 'z' };

/** Comparison form of Latin: lower case, OCR digits read as letters, letters only. */
function latCmp(s: string): string {
  return s.toLowerCase().replace(/[01582]/g, (d) => DIGIT_AS_LETTER[d]).replace(/[^a-z]/g, '');
}

const C = (ch: string) => ch.charCodeAt(0);
const [cI, cL, cR, cN, cM, cC, cD, cH] = ['i', 'l', 'r', 'n', 'm', 'c', 'd', 'h'].map(C);
const pairIs = (x: number, y: number, ch: number) =>
  (x === cR && y === cN && ch === cM) || (x === cC && y === cL && ch === cD) || (x === cL && y === cI && ch === cH);

let DP = new Int32Array(64 * 64);

/**
 * OSA distance on comparison forms; i~l, rn~m, cl~d, li~h cost nothing (OCR look-alikes).
 * Gives up (returns a value above `max`) once two consecutive rows are all above `max`.
 */
function latDist(a: string, b: string, max = 99): number {
  const n = a.length, m = b.length, W = m + 1;
  if ((n + 1) * W > DP.length) DP = new Int32Array((n + 1) * W * 2);
  const d = DP;
  for (let j = 0; j <= m; j++) d[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    const ap = i > 1 ? a.charCodeAt(i - 2) : -1;
    d[i * W] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = d[(i - 1) * W + j] + 1;
      const ins = d[i * W + j - 1] + 1;
      if (ins < v) v = ins;
      const same = ai === bj || (ai === cI && bj === cL) || (ai === cL && bj === cI);
      const sub = d[(i - 1) * W + j - 1] + (same ? 0 : 1);
      if (sub < v) v = sub;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && ap === bj) {
        const t = d[(i - 2) * W + j - 2] + 1;
        if (t < v) v = t;
      }
      if (i > 1 && pairIs(ap, ai, bj)) {
        const t = d[(i - 2) * W + j - 1];
        if (t < v) v = t;
      }
      if (j > 1 && pairIs(b.charCodeAt(j - 2), bj, ai)) {
        const t = d[(i - 1) * W + j - 2];
        if (t < v) v = t;
      }
      d[i * W + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
  }
  return d[n * W + m];
}

/** Plain optimal-string-alignment distance (Khmer comparison forms, ID digits). */
function osa(a: string, b: string): number {
  const n = a.length, m = b.length, W = m + 1;
  if ((n + 1) * W > DP.length) DP = new Int32Array((n + 1) * W * 2);
  const d = DP;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * W] = i;
    for (let j = 1; j <= m; j++) {
      let v = Math.min(d[(i - 1) * W + j] + 1, d[i * W + j - 1] + 1, d[(i - 1) * W + j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * W + j - 2] + 1);
      d[i * W + j] = v;
    }
  }
  return d[n * W + m];
}

const title = (s: string) => s.split(' ').map((t) => t.charAt(0).toUpperCase() + t.slice(1).toLowerCase()).join(' ');

type LatOcr = 'rn-m' | 'cl-d' | 'li-h' | 'I-l-1' | 'O-0' | 'S-5' | 'B-8' | 'drop' | 'double' | 'space-in';

/** One Latin OCR error on a (cased) word, or null. */
function latOcr(r: Rng, w: string): { s: string; type: LatOcr } | null {
  const ops: { type: LatOcr; weight: number; apply: () => string }[] = [];
  const at = (re: RegExp) => [...w.matchAll(re)].map((m) => m.index!);
  const rep = (i: number, len: number, to: string) => w.slice(0, i) + to + w.slice(i + len);
  const add = (type: LatOcr, weight: number, pos: number[], len: number, to: (i: number) => string) => {
    if (pos.length) ops.push({ type, weight, apply: () => { const i = r.pick(pos); return rep(i, len, to(i)); } });
  };
  add('rn-m', 0.7, at(/m/g), 1, () => 'rn');
  add('rn-m', 0.4, at(/M/g), 1, () => 'RN');
  add('rn-m', 0.7, at(/rn/g), 2, () => 'm');
  add('cl-d', 0.6, at(/d/g), 1, () => 'cl');
  add('cl-d', 0.6, at(/cl/g), 2, () => 'd');
  add('li-h', 0.5, at(/(?<=.)h/g), 1, () => 'li');
  add('li-h', 0.6, at(/li/g), 2, () => 'h');
  add('I-l-1', 1, at(/l/g), 1, () => (r.chance(0.5) ? '1' : 'I'));
  add('I-l-1', 1, at(/I/g), 1, () => (r.chance(0.5) ? '1' : 'l'));
  add('O-0', 1, at(/[oO]/g), 1, () => '0');
  add('S-5', 0.8, at(/[sS]/g), 1, () => '5');
  add('B-8', 0.6, at(/[bB]/g), 1, () => '8');
  const letters = at(/[A-Za-z]/g);
  if (letters.length >= 4) add('drop', 1, letters.slice(1), 1, () => '');
  if (letters.length >= 3) add('double', 0.8, letters.slice(1), 1, (i) => w[i] + w[i]);
  if (letters.length >= 5) {
    const inner = letters.filter((i, k) => k >= 2 && k <= letters.length - 2 && w[i - 1] !== ' ' && w[i] !== ' ');
    add('space-in', 0.6, inner, 0, () => ' ');
  }
  if (!ops.length) return null;
  let x = r.next() * ops.reduce((s, o) => s + o.weight, 0);
  for (const o of ops) {
    x -= o.weight;
    if (x <= 0) return { s: o.apply(), type: o.type };
  }
  const o = ops[ops.length - 1];
  return { s: o.apply(), type: o.type };
}

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn',
  k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji',
  v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

/** One keyboard typo (substitution by a neighbour key, deletion, doubling, transposition), not on the first letter. */
function latTypo(r: Rng, w: string): string | null {
  const letters = [...w.matchAll(/[A-Za-z]/g)].map((m) => m.index!);
  if (letters.length < 4) return null;
  const k = r.int(1, letters.length - 1);
  const i = letters[k];
  const ch = w[i];
  const op = r.int(0, 3);
  if (op === 0) {
    const nb = r.pick([...KEY_NEIGHBOURS[ch.toLowerCase()]]);
    return w.slice(0, i) + (ch === ch.toUpperCase() ? nb.toUpperCase() : nb) + w.slice(i + 1);
  }
  if (op === 1) return w.slice(0, i) + w.slice(i + 1);
  if (op === 2) return w.slice(0, i) + ch + w.slice(i);
  const j = letters[k - 1];
  if (j !== i - 1 || w[j].toLowerCase() === ch.toLowerCase() || k - 1 === 0) return null;
  return w.slice(0, j) + ch + w[j] + w.slice(i + 1);
}

// ───────────────────────────── name entries ─────────────────────────────

interface Entry { type: 'f' | 'g'; kh: string; khC: string; latin: readonly string[]; latC: string[]; sex: NameSex }

const E: Entry[] = [
  ...FAMILY_NAMES.map((n): Entry => ({ type: 'f', kh: canonKh(n.kh), khC: khCmp(n.kh), latin: n.latin, latC: [...new Set(n.latin.map(latCmp))], sex: 'U' })),
  ...GIVEN_NAMES.map((n): Entry => ({ type: 'g', kh: canonKh(n.kh), khC: khCmp(n.kh), latin: n.latin, latC: [...new Set(n.latin.map(latCmp))], sex: n.sex })),
];
const FAM = E.map((e, i) => (e.type === 'f' ? i : -1)).filter((i) => i >= 0);
const GIV: Record<Sex, number[]> = {
  F: E.map((e, i) => (e.type === 'g' && e.sex !== 'M' ? i : -1)).filter((i) => i >= 0),
  M: E.map((e, i) => (e.type === 'g' && e.sex !== 'F' ? i : -1)).filter((i) => i >= 0),
};
const KH_INDEX = new Map(E.map((e, i) => [e.kh, i] as const));
/** Entries of the same type sharing a Latin spelling (or the entry itself): the "same name" class. */
const SAME: number[][] = E.map((e, i) =>
  E.map((o, j) => (o.type === e.type && (i === j || o.latC.some((c) => e.latC.includes(c))) ? j : -1)).filter((j) => j >= 0),
);
const idKey = (f: number, g: number) => f * 4096 + g;

const nearLatCache = new Map<string, number[]>();
const nearKhCache = new Map<string, number[]>();

/** Entries a comparison-form string is within one edit of, encoded entry*4 + distance. */
function nearLat(s: string): number[] {
  let hit = nearLatCache.get(s);
  if (hit) return hit;
  hit = [];
  for (let e = 0; e < E.length; e++) {
    let best = 9;
    for (const f of E[e].latC) if (Math.abs(f.length - s.length) <= 3) best = Math.min(best, latDist(s, f, 1));
    if (best <= 1) hit.push(e * 4 + best);
  }
  nearLatCache.set(s, hit);
  return hit;
}
function nearKh(s: string): number[] {
  let hit = nearKhCache.get(s);
  if (hit) return hit;
  hit = [];
  for (let e = 0; e < E.length; e++) {
    const f = E[e].khC;
    if (Math.abs(f.length - s.length) <= 1) {
      const d = osa(s, f);
      if (d <= 1) hit.push(e * 4 + d);
    }
  }
  nearKhCache.set(s, hit);
  return hit;
}

const isKhmerText = (s: string) => /[\u1780-\u17ff]/.test(s);

/**
 * The (family, given) pairs a row's name could pass for: the name split in two parts, each within
 * one edit of a listed spelling, either order. Value: the summed distance (best split).
 */
function nameCandidates(name: string): Map<number, number> {
  const kh = isKhmerText(name);
  const s = kh ? khCmp(name) : latCmp(name);
  const near = kh ? nearKh : nearLat;
  const out = new Map<number, number>();
  for (let k = 1; k < s.length; k++) {
    const L = near(s.slice(0, k));
    if (!L.length) continue;
    const R = near(s.slice(k));
    for (const a of L) for (const b of R) {
      const ea = a >> 2, eb = b >> 2;
      const ta = E[ea].type, tb = E[eb].type;
      if (ta === tb) continue;
      const key = ta === 'f' ? idKey(ea, eb) : idKey(eb, ea);
      const d = (a & 3) + (b & 3);
      const prev = out.get(key);
      if (prev === undefined || d < prev) out.set(key, d);
    }
  }
  return out;
}

const recogCache = new Map<string, boolean>();
/** A noised word stays within one edit of its own name and strictly closer to it than to any other. */
function recognisable(word: string, own: number, kh: boolean): boolean {
  const c = kh ? khCmp(word) : latCmp(word);
  const key = `${kh ? 'k' : 'l'}${own}|${c}`;
  const hit = recogCache.get(key);
  if (hit !== undefined) return hit;
  const dist = (e: number) => {
    if (kh) return Math.abs(E[e].khC.length - c.length) > 2 ? 9 : osa(c, E[e].khC);
    let best = 9;
    for (const f of E[e].latC) if (Math.abs(f.length - c.length) <= 3) best = Math.min(best, latDist(c, f, 2));
    return best;
  };
  const dOwn = dist(own);
  let ok = dOwn <= 1;
  for (let e = 0; ok && e < E.length; e++) if (e !== own && dist(e) <= dOwn) ok = false;
  recogCache.set(key, ok);
  return ok;
}

// ───────────────────────────── dates and ids ─────────────────────────────

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function swapDM(d: string): string | null {
  const m = d.slice(5, 7), dd = d.slice(8, 10);
  if (dd > '12' || dd === m) return null;
  return `${d.slice(0, 4)}-${dd}-${m}`;
}

/** Equal, day/month swapped, one digit apart, or two adjacent digits transposed. */
function dobClose(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b) return true;
  const x = a.replace(/-/g, ''), y = b.replace(/-/g, '');
  let diff = 0, first = -1;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) { diff++; if (first < 0) first = i; }
  if (diff <= 1) return true;
  return diff === 2 && x[first] === y[first + 1] && x[first + 1] === y[first];
}
/** Kept apart for namesakes: not close, nor close once either is day/month swapped. */
function dobSeparated(a: string, b: string): boolean {
  if (dobClose(a, b)) return false;
  const sa = swapDM(a), sb = swapDM(b);
  return !(sa && dobClose(sa, b)) && !(sb && dobClose(a, sb));
}

function randDob(r: Rng): string {
  const y = 2006 - Math.floor(38 * r.next() ** 1.4);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

const ID_AS_DIGIT: Record<string, string> = { O: '0', I: '1', L: '1', S: '5', B: '8', Z: '2' };
const idNorm = (s: string) => s.toUpperCase().replace(/[OILSBZ]/g, (c) => ID_AS_DIGIT[c]).replace(/[^0-9]/g, '');

/**
 * ID numbers kept so that "is any within one edit (OSA) of this one?" is a handful of set lookups:
 * the numbers, each with one position masked (substitutions), and each with one digit deleted.
 */
class IdIndex {
  /** Sets of digit strings read as numbers, one per length (and masked position), so keys stay small integers. */
  private sets = new Map<number, Set<number>>();
  private set(tag: number): Set<number> {
    let s = this.sets.get(tag);
    if (!s) this.sets.set(tag, (s = new Set()));
    return s;
  }
  private has(tag: number, v: number): boolean {
    return this.sets.get(tag)?.has(v) ?? false;
  }
  private static num(ds: number[], skip = -1, zeroAt = -1): number {
    let v = 0;
    for (let i = 0; i < ds.length; i++) if (i !== skip) v = v * 10 + (i === zeroAt ? 0 : ds[i]);
    return v;
  }
  // tags: exact numbers of length n → n; deletions of length n-1 → 100 + n - 1; masked → 1000 + 16 * n + position
  add(id: string): void {
    const ds = [...id].map(Number), n = ds.length;
    this.set(n).add(IdIndex.num(ds));
    for (let i = 0; i < n; i++) {
      this.set(1000 + 16 * n + i).add(IdIndex.num(ds, -1, i));
      this.set(100 + n - 1).add(IdIndex.num(ds, i));
    }
  }
  /** Some number within one edit: equal, one substitution, one adjacent transposition, one digit more or fewer. */
  near(id: string): boolean {
    const ds = [...id].map(Number), n = ds.length;
    const v = IdIndex.num(ds);
    if (this.has(n, v) || this.has(100 + n, v)) return true;
    for (let i = 0; i < n; i++) {
      if (this.has(1000 + 16 * n + i, IdIndex.num(ds, -1, i)) || this.has(n - 1, IdIndex.num(ds, i))) return true;
      if (i + 1 < n && ds[i] !== ds[i + 1]) {
        [ds[i], ds[i + 1]] = [ds[i + 1], ds[i]];
        const t = IdIndex.num(ds);
        [ds[i], ds[i + 1]] = [ds[i + 1], ds[i]];
        if (this.has(n, t)) return true;
      }
    }
    return false;
  }
}

const digits = (r: Rng, n: number) => Array.from({ length: n }, () => r.int(0, 9)).join('');
const newNationalId = (r: Rng) => pad(r.int(1, 25)) + digits(r, 7);
const newNssf = (r: Rng) => String(r.int(1, 9)) + digits(r, 8);

function freshId(r: Rng, make: (r: Rng) => string, taken: IdIndex): string {
  for (;;) {
    const id = make(r);
    if (!taken.near(id)) return id;
  }
}

type IdState = 'exact' | 'slip' | 'ocr-shape' | 'ocr-drop';
const ID_SHAPES: Record<string, string[]> = { '0': ['O'], '1': ['I', 'l'], '5': ['S'], '8': ['B'], '2': ['Z'] };

function slipId(r: Rng, id: string): string {
  for (let t = 0; t < 20; t++) {
    const i = r.int(0, id.length - 2);
    if (r.chance(0.5) && id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    const j = r.int(0, id.length - 1);
    const k = id[j] === '0' ? String(r.int(1, 9)) : String((+id[j] + r.int(1, 9)) % 10);
    if (k !== id[j]) return id.slice(0, j) + k + id.slice(j + 1);
  }
  return id;
}
function ocrId(r: Rng, id: string): { s: string; st: IdState } {
  const shapes = [...id].map((c, i) => (ID_SHAPES[c] ? i : -1)).filter((i) => i >= 0);
  if (shapes.length && r.chance(0.7)) {
    const i = r.pick(shapes);
    return { s: id.slice(0, i) + r.pick(ID_SHAPES[id[i]]) + id.slice(i + 1), st: 'ocr-shape' };
  }
  const i = r.int(0, id.length - 1);
  return { s: id.slice(0, i) + id.slice(i + 1), st: 'ocr-drop' };
}
/** At most one alteration per ID number. */
function noiseId(r: Rng, id: string, src: Source): { s: string; st: IdState } {
  const P = SRC[src];
  if (src === 'csv' && r.chance(P.idOcr)) return ocrId(r, id);
  if (r.chance(P.idSlip)) return { s: slipId(r, id), st: 'slip' };
  return { s: id, st: 'exact' };
}

// ───────────────────────────── rates ─────────────────────────────

interface SourceRates {
  share: number; khmer: number; swapLat: number; swapKh: number; upper: number; lower: number;
  ocrWord: number; punct: number; spaceLost: number; typo: number; zwsp: number; khOrder: number;
  nid: number; nssf: number; sex: number; dob: number; dobSwap: number; idOcr: number; idSlip: number;
}
const SRC: Record<Source, SourceRates> = {
  csv: { share: 0.8, khmer: 0.45, swapLat: 0.12, swapKh: 0.04, upper: 0.45, lower: 0.05, ocrWord: 0.12, punct: 0.04, spaceLost: 0.03, typo: 0.03, zwsp: 0.25, khOrder: 0.08, nid: 0.4, nssf: 0.2, sex: 0.65, dob: 0.95, dobSwap: 0.08, idOcr: 0.15, idSlip: 0.03 },
  'id-card': { share: 0.11, khmer: 0.55, swapLat: 0.03, swapKh: 0, upper: 1, lower: 0, ocrWord: 0, punct: 0, spaceLost: 0, typo: 0, zwsp: 0.1, khOrder: 0.2, nid: 1, nssf: 0, sex: 1, dob: 1, dobSwap: 0, idOcr: 0, idSlip: 0.01 },
  manual: { share: 0.09, khmer: 0.35, swapLat: 0.15, swapKh: 0.05, upper: 0.15, lower: 0.2, ocrWord: 0, punct: 0, spaceLost: 0, typo: 0.06, zwsp: 0.15, khOrder: 0.25, nid: 0.15, nssf: 0.05, sex: 0.85, dob: 0.88, dobSwap: 0.1, idOcr: 0, idSlip: 0.05 },
};
const ABSENT = 0.06;
const HIDDEN_SHARE = 0.07;
const HIDDEN_NAMESAKE = 0.5;
const HIDDEN_OF_ABSENT = 0.25;
/** Name popularity skew (rng.pickSkewed), the same for registered and hidden workers. */
const FAM_SKEW = 1.6;
const GIV_SKEW = 1.5;

function pickSource(r: Rng): Source {
  const x = r.next();
  return x < SRC.csv.share ? 'csv' : x < SRC.csv.share + SRC['id-card'].share ? 'id-card' : 'manual';
}

// ───────────────────────────── rendering ─────────────────────────────

interface NameMeta {
  script: 'kh' | 'lat'; swapped: boolean; caseStyle: 'upper' | 'title' | 'lower' | 'kh';
  ocr: string[]; typo: boolean; zwsp: boolean; khOrder: boolean; maxAltPerWord: number;
}

const pickRoman = (r: Rng, e: Entry) => (r.chance(0.55) ? e.latin[0] : r.pick(e.latin));

function renderName(r: Rng, f: number, g: number, src: Source): { name: string; meta: NameMeta } {
  const P = SRC[src];
  const kh = r.chance(P.khmer);
  const meta: NameMeta = { script: kh ? 'kh' : 'lat', swapped: false, caseStyle: 'kh', ocr: [], typo: false, zwsp: false, khOrder: false, maxAltPerWord: 0 };
  const words = [{ own: f, s: '', alt: 0 }, { own: g, s: '', alt: 0 }];
  if (kh) {
    words[0].s = E[f].kh;
    words[1].s = E[g].kh;
    if (r.chance(P.swapKh)) { words.reverse(); meta.swapped = true; }
    for (const w of words) {
      if (!r.chance(P.ocrWord)) continue;
      for (let t = 0; t < 4; t++) {
        const o = khOcr(r, w.s);
        if (o && recognisable(o.s, w.own, true)) { w.s = o.s; w.alt++; meta.ocr.push(o.type); break; }
      }
    }
    if (r.chance(P.punct)) {
      const w = r.pick(words);
      if (!w.alt) { w.s = r.chance(0.5) ? w.s + r.pick(['.', ',', '-']) : r.pick(['-', "'"]) + w.s; w.alt++; meta.ocr.push('punct'); }
    }
    meta.zwsp = r.chance(P.zwsp);
    let name = words.map((w) => w.s).join(meta.zwsp ? '\u200b' : ' ');
    if (r.chance(P.khOrder)) {
      const v = khOrderVariant(r, name);
      if (v) { name = v; meta.khOrder = true; }
    }
    meta.maxAltPerWord = Math.max(...words.map((w) => w.alt));
    return { name, meta };
  }
  words[0].s = pickRoman(r, E[f]);
  words[1].s = pickRoman(r, E[g]);
  if (r.chance(P.swapLat)) { words.reverse(); meta.swapped = true; }
  const x = r.next();
  meta.caseStyle = x < P.upper ? 'upper' : x < P.upper + P.lower ? 'lower' : 'title';
  for (const w of words) w.s = meta.caseStyle === 'upper' ? w.s.toUpperCase() : meta.caseStyle === 'lower' ? w.s.toLowerCase() : title(w.s);
  for (const w of words) {
    if (!r.chance(P.ocrWord)) continue;
    for (let t = 0; t < 4; t++) {
      const o = latOcr(r, w.s);
      if (o && recognisable(o.s, w.own, false)) { w.s = o.s; w.alt++; meta.ocr.push(o.type); break; }
    }
  }
  if (r.chance(P.punct)) {
    const w = r.pick(words);
    if (!w.alt) { w.s = r.chance(0.6) ? w.s + r.pick(['.', ',', "'", '-']) : r.pick(["'", '-', '.']) + w.s; w.alt++; meta.ocr.push('punct'); }
  }
  let joined = false;
  if (r.chance(P.spaceLost) && !words[0].alt && !words[1].alt) {
    joined = true;
    words[0].alt++; words[1].alt++;
    meta.ocr.push('space-lost');
  }
  if (r.chance(P.typo)) {
    const free = words.filter((w) => !w.alt && latCmp(w.s).length >= 4);
    if (free.length) {
      const w = r.pick(free);
      for (let t = 0; t < 4; t++) {
        const s = latTypo(r, w.s);
        if (s && s !== w.s && recognisable(s, w.own, false)) { w.s = s; w.alt++; meta.typo = true; break; }
      }
    }
  }
  meta.maxAltPerWord = Math.max(...words.map((w) => w.alt));
  return { name: words.map((w) => w.s).join(joined ? '' : ' '), meta };
}

// ───────────────────────────── the roster ─────────────────────────────

interface Reg { w: RegisteredWorker; f: number; g: number; absent: boolean; gen: number }

interface RowMeta {
  source: Source; name: NameMeta; nid: IdState | 'none'; nssf: IdState | 'none'; dob: 'none' | 'exact' | 'swap';
  sexMissing: boolean; crossScript: boolean; hiddenKind?: 'namesake' | 'random'; candidates?: number; hiddenFix?: string;
}

interface Draft {
  name: string; nationalId: string | null; nssfNumber: string | null; sex: Sex | null; dateOfBirth: string | null;
  source: Source; truth: Reg | null; meta: RowMeta;
}

/** Which field present on both sides tells the row apart from a registered worker, or null. */
function ruledOutBy(row: { sex: Sex | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber: string | null }, w: RegisteredWorker): string | null {
  if (row.sex && w.sex && row.sex !== w.sex) return 'sex';
  if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) return 'dob';
  if (row.nationalId && w.nationalId && osa(idNorm(row.nationalId), idNorm(w.nationalId)) >= 2) return 'nationalId';
  if (row.nssfNumber && w.nssfNumber && osa(idNorm(row.nssfNumber), idNorm(w.nssfNumber)) >= 2) return 'nssf';
  return null;
}

function uuid(r: Rng): string {
  const b = Array.from({ length: 16 }, () => Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface Built { roster: Roster; regs: Reg[]; rows: { id: string; draft: Draft }[] }

function build(size: number, seed: number): Built {
  const r = rng(seed ^ 0x21f1a7);
  const natTaken = new IdIndex();
  const nssfTaken = new IdIndex();
  const byId = new Map<number, Reg[]>();

  // ── register ──
  const regs: Reg[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(0.62) ? 'F' : 'M';
    const f = r.pickSkewed(FAM, FAM_SKEW);
    const g = r.pickSkewed(GIV[sex], GIV_SKEW);
    const peers: Reg[] = [];
    for (const f2 of SAME[f]) for (const g2 of SAME[g]) peers.push(...(byId.get(idKey(f2, g2)) ?? []));
    let dob = randDob(r);
    for (let t = 0; t < 2000 && !peers.every((p) => dobSeparated(dob, p.w.dateOfBirth!)); t++) dob = randDob(r);
    const nationalId = r.chance(0.03) ? null : freshId(r, newNationalId, natTaken);
    if (nationalId) natTaken.add(nationalId);
    const nssfNumber = r.chance(0.02) ? null : freshId(r, newNssf, nssfTaken);
    if (nssfNumber) nssfTaken.add(nssfNumber);
    const by = +dob.slice(0, 4);
    const hy = r.int(Math.max(by + 18, 2008), 2025);
    const hm = hy === 2025 ? r.int(1, 6) : r.int(1, 12);
    let nameKh = `${E[f].kh} ${E[g].kh}`;
    if (r.chance(0.05)) nameKh = (r.chance(0.5) ? khOrderVariant(r, nameKh) : null) ?? nameKh.replace(' ', '\u200b');
    const reg: Reg = {
      w: {
        workerId: '',
        nssfNumber,
        nationalId,
        nameKh,
        nameLatin: r.chance(0.08) ? null : `${pickRoman(r, E[f])} ${pickRoman(r, E[g])}`.toUpperCase(),
        sex,
        dateOfBirth: dob,
        hireDate: `${hy}-${pad(hm)}-${pad(r.int(1, daysIn(hy, hm)))}`,
        wageRiel: r.chance(0.04) ? null : r.int(170, 500) * 5000,
      },
      f, g, absent: r.chance(ABSENT), gen: i,
    };
    regs.push(reg);
    const k = idKey(f, g);
    if (!byId.has(k)) byId.set(k, []);
    byId.get(k)!.push(reg);
  }
  r.shuffle(regs);
  regs.forEach((g, i) => (g.w.workerId = `W${pad(i + 1, 6)}`));
  const present = regs.filter((g) => !g.absent);
  const absent = regs.filter((g) => g.absent);

  // ── true rows ──
  const drafts: Draft[] = [];
  for (const reg of present) {
    const src = pickSource(r);
    const P = SRC[src];
    const { name, meta } = renderName(r, reg.f, reg.g, src);
    const m: RowMeta = { source: src, name: meta, nid: 'none', nssf: 'none', dob: 'none', sexMissing: false, crossScript: meta.script === 'lat' && reg.w.nameLatin === null };
    let nationalId: string | null = null, nssfNumber: string | null = null, dateOfBirth: string | null = null;
    if (reg.w.nationalId && r.chance(P.nid)) { const n = noiseId(r, reg.w.nationalId, src); nationalId = n.s; m.nid = n.st; }
    if (reg.w.nssfNumber && r.chance(P.nssf)) { const n = noiseId(r, reg.w.nssfNumber, src); nssfNumber = n.s; m.nssf = n.st; }
    if (r.chance(P.dob)) {
      const sw = r.chance(P.dobSwap) ? swapDM(reg.w.dateOfBirth!) : null;
      dateOfBirth = sw ?? reg.w.dateOfBirth;
      m.dob = sw ? 'swap' : 'exact';
    }
    const sex = r.chance(P.sex) ? reg.w.sex : null;
    m.sexMissing = sex === null;
    drafts.push({ name, nationalId, nssfNumber, sex: sex as Sex | null, dateOfBirth, source: src, truth: reg, meta: m });
  }

  // ── hidden rows ──
  const hiddenCount = Math.round((present.length * HIDDEN_SHARE) / (1 - HIDDEN_SHARE));
  const farId = (make: (r: Rng) => string, taken: IdIndex, src: Source): { s: string; st: IdState } => {
    const id = freshId(r, make, taken);
    const n = noiseId(r, id, src);
    return taken.near(idNorm(n.s)) ? { s: id, st: 'exact' } : n;
  };
  for (let h = 0; h < hiddenCount; h++) {
    for (let attempt = 0; ; attempt++) {
      const src = pickSource(r);
      const P = SRC[src];
      let f: number, g: number, sex: Sex;
      const namesake = r.chance(HIDDEN_NAMESAKE);
      if (namesake) {
        const base = absent.length && r.chance(HIDDEN_OF_ABSENT) ? r.pick(absent) : r.pick(regs);
        f = base.f; g = base.g;
        sex = E[g].sex === 'U' ? (r.chance(0.5) ? 'F' : 'M') : (E[g].sex as Sex);
      } else {
        sex = r.chance(0.62) ? 'F' : 'M';
        f = r.pickSkewed(FAM, FAM_SKEW); g = r.pickSkewed(GIV[sex], GIV_SKEW);
      }
      const { name, meta } = renderName(r, f, g, src);
      const cands: Reg[] = [];
      for (const key of nameCandidates(name).keys()) cands.push(...(byId.get(key) ?? []));
      const m: RowMeta = { source: src, name: meta, nid: 'none', nssf: 'none', dob: 'none', sexMissing: false, crossScript: false, hiddenKind: namesake ? 'namesake' : 'random', candidates: cands.length };
      const row: Draft = { name, nationalId: null, nssfNumber: null, sex: r.chance(P.sex) ? sex : null, dateOfBirth: r.chance(P.dob) ? randDob(r) : null, source: src, truth: null, meta: m };
      if (r.chance(P.nid)) { const n = farId(newNationalId, natTaken, src); row.nationalId = n.s; m.nid = n.st; }
      if (r.chance(P.nssf)) { const n = farId(newNssf, nssfTaken, src); row.nssfNumber = n.s; m.nssf = n.st; }
      const allOut = () => cands.every((c) => ruledOutBy(row, c.w) !== null);
      if (!allOut()) {
        if (!row.dateOfBirth && !row.nationalId && r.chance(0.5) && cands.every((c) => c.w.nationalId)) {
          const n = farId(newNationalId, natTaken, src); row.nationalId = n.s; m.nid = n.st; m.hiddenFix = 'nationalId';
        }
        if (!allOut()) {
          m.hiddenFix = row.dateOfBirth ? 'dob-redrawn' : 'dob-added';
          row.dateOfBirth ??= randDob(r);
          for (let t = 0; t < 3000 && !allOut(); t++) row.dateOfBirth = randDob(r);
        }
      }
      if (!allOut()) { if (attempt < 50) continue; throw new Error('twentyfirst: cannot rule out a hidden namesake'); }
      m.dob = row.dateOfBirth ? 'exact' : 'none';
      m.sexMissing = row.sex === null;
      drafts.push(row);
      break;
    }
  }

  // ── shuffle, ids, times ──
  r.shuffle(drafts);
  let t = Date.UTC(2025, 6, 15, 1, 30, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const rows: { id: string; draft: Draft }[] = [];
  for (const d of drafts) {
    const id = uuid(r);
    t += r.int(800, 4000);
    onsite.push({
      id,
      visitId: 'visit-twentyfirst',
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.truth ? d.truth.w.workerId : null);
    rows.push({ id, draft: d });
  }
  return { roster: { registered: regs.map((g) => g.w), onsite, truth }, regs, rows };
}

export function generateTwentyfirst(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ───────────────────────────── self-check ─────────────────────────────

function selfCheck(size: number, seed: number): boolean {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0') + ' %';
  let ok = true;
  const check = (label: string, pass: boolean, detail = '') => {
    console.log(`  [${pass ? 'ok' : 'FAIL'}] ${label}${detail ? ' — ' + detail : ''}`);
    if (!pass) ok = false;
  };

  const t0 = performance.now();
  const built = build(size, seed);
  const genMs = performance.now() - t0;
  const { roster, rows } = built;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w) => [w.workerId, w]));

  // ── the register as an outsider reads it: names parsed back from nameKh ──
  const regIdent = new Map<string, number>();
  const byIdent = new Map<number, RegisteredWorker[]>();
  let unparsed = 0;
  for (const w of registered) {
    const parts = canonKh(w.nameKh).split(/[ \u200b]+/);
    const f = KH_INDEX.get(parts[0]), g = KH_INDEX.get(parts[1]);
    if (parts.length !== 2 || f === undefined || g === undefined || E[f].type !== 'f' || E[g].type !== 'g') { unparsed++; continue; }
    const k = idKey(f, g);
    regIdent.set(w.workerId, k);
    if (!byIdent.has(k)) byIdent.set(k, []);
    byIdent.get(k)!.push(w);
  }
  const workersFor = (cands: Map<number, number>) => {
    const out: { w: RegisteredWorker; d: number }[] = [];
    for (const [k, d] of cands) for (const w of byIdent.get(k) ?? []) out.push({ w, d });
    return out;
  };

  // ── shape ──
  const trueRows = rows.filter((x) => x.draft.truth);
  const hidRows = rows.filter((x) => !x.draft.truth);
  const absentN = registered.length - trueRows.length;
  const cnt = (xs: typeof rows, p: (d: Draft) => boolean) => xs.filter((x) => p(x.draft)).length;
  const csvRows = rows.filter((x) => x.draft.source === 'csv');
  const latRows = rows.filter((x) => x.draft.meta.name.script === 'lat');
  const khRows = rows.filter((x) => x.draft.meta.name.script === 'kh');
  console.log(`twentyfirst roster: size ${size}, seed ${seed}`);
  console.log(`  registered ${registered.length}: nameLatin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, NSSF missing ${pct(registered.filter((w) => !w.nssfNumber).length, registered.length)}, Khmer encoding variant ${pct(registered.filter((w) => /\u200b/.test(w.nameKh) || canonKh(w.nameKh) !== w.nameKh).length, registered.length)}`);
  const classSize = new Map<number, number>();
  for (const w of registered) {
    const k = regIdent.get(w.workerId);
    if (k !== undefined) classSize.set(k, (classSize.get(k) ?? 0) + 1);
  }
  const withNamesake = registered.filter((w) => (classSize.get(regIdent.get(w.workerId) ?? -1) ?? 0) > 1).length;
  console.log(`  distinct full names ${classSize.size}, registered sharing their exact full name ${pct(withNamesake, registered.length)}, largest namesake group ${Math.max(...classSize.values())}`);
  console.log(`  on site ${onsite.length}: true ${trueRows.length}, hidden ${hidRows.length} (${pct(hidRows.length, onsite.length)} of rows), absent registered ${absentN} (${pct(absentN, registered.length)})`);
  console.log(`  sources: csv ${pct(csvRows.length, rows.length)}, id-card ${pct(cnt(rows, (d) => d.source === 'id-card'), rows.length)}, manual ${pct(cnt(rows, (d) => d.source === 'manual'), rows.length)}`);
  console.log(`  script: Khmer ${pct(khRows.length, rows.length)}, Latin ${pct(latRows.length, rows.length)}; Latin row vs register without Latin ${pct(cnt(trueRows, (d) => d.meta.crossScript), trueRows.length)} of true rows`);
  const ocrRows = csvRows.filter((x) => x.draft.meta.name.ocr.length);
  const ocrTypes = new Map<string, number>();
  for (const x of rows) for (const o of x.draft.meta.name.ocr) ocrTypes.set(o, (ocrTypes.get(o) ?? 0) + 1);
  console.log(`  OCR name errors: ${pct(ocrRows.length, csvRows.length)} of csv rows (${[...ocrTypes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`  Latin: UPPER ${pct(cnt(latRows, (d) => d.meta.name.caseStyle === 'upper'), latRows.length)}, lower ${pct(cnt(latRows, (d) => d.meta.name.caseStyle === 'lower'), latRows.length)}, order swapped ${pct(cnt(latRows, (d) => d.meta.name.swapped), latRows.length)}, keyboard typo ${pct(cnt(latRows, (d) => d.meta.name.typo), latRows.length)}`);
  console.log(`  Khmer: zero-width space ${pct(cnt(khRows, (d) => d.meta.name.zwsp), khRows.length)}, non-canonical code-point order ${pct(cnt(khRows, (d) => d.meta.name.khOrder), khRows.length)}, order swapped ${pct(cnt(khRows, (d) => d.meta.name.swapped), khRows.length)}`);
  const idStats = (key: 'nid' | 'nssf') => {
    const pres = trueRows.filter((x) => x.draft.meta[key] !== 'none');
    return `present ${pct(pres.length, trueRows.length)} (exact ${pct(cnt(pres, (d) => d.meta[key] === 'exact'), pres.length)}, slip ${pct(cnt(pres, (d) => d.meta[key] === 'slip'), pres.length)}, OCR look-alike ${pct(cnt(pres, (d) => d.meta[key] === 'ocr-shape'), pres.length)}, OCR dropped digit ${pct(cnt(pres, (d) => d.meta[key] === 'ocr-drop'), pres.length)})`;
  };
  console.log(`  true rows national ID ${idStats('nid')}`);
  console.log(`  true rows NSSF number ${idStats('nssf')}`);
  console.log(`  true rows DOB missing ${pct(cnt(trueRows, (d) => d.meta.dob === 'none'), trueRows.length)}, day/month swapped ${pct(cnt(trueRows, (d) => d.meta.dob === 'swap'), trueRows.length)}, sex missing ${pct(cnt(trueRows, (d) => d.meta.sexMissing), trueRows.length)}`);
  console.log(`  hidden: namesake-drawn ${pct(cnt(hidRows, (d) => d.meta.hiddenKind === 'namesake'), hidRows.length)}, could pass for ≥1 registered by name ${pct(cnt(hidRows, (d) => (d.meta.candidates ?? 0) > 0), hidRows.length)}, DOB ${pct(cnt(hidRows, (d) => d.dateOfBirth !== null), hidRows.length)} / national ID ${pct(cnt(hidRows, (d) => d.nationalId !== null), hidRows.length)} / sex ${pct(cnt(hidRows, (d) => d.sex !== null), hidRows.length)} present, fields adjusted to rule out ${pct(cnt(hidRows, (d) => !!d.meta.hiddenFix), hidRows.length)}`);

  // ── rule 1 ──
  let r1Name = 0, r1Sex = 0, r1Dob = 0, r1Id = 0, r1Words = 0;
  for (const x of trueRows) {
    const o = x.draft;
    const w = regById.get(truth.get(x.id)!)!;
    const k = regIdent.get(w.workerId);
    const cands = nameCandidates(o.name);
    if (k === undefined || !cands.has(k)) r1Name++;
    if (o.meta.name.maxAltPerWord > 1) r1Words++;
    if (o.sex !== null && o.sex !== w.sex) r1Sex++;
    if (o.dateOfBirth !== null && o.dateOfBirth !== w.dateOfBirth && swapDM(w.dateOfBirth!) !== o.dateOfBirth) r1Dob++;
    if (o.nationalId !== null && (!w.nationalId || osa(idNorm(o.nationalId), idNorm(w.nationalId)) > 1)) r1Id++;
    if (o.nssfNumber !== null && (!w.nssfNumber || osa(idNorm(o.nssfNumber), idNorm(w.nssfNumber)) > 1)) r1Id++;
  }
  console.log('audit:');
  check('register names parse back to listed names', unparsed === 0, `${unparsed} unparsed`);
  check('rule 1: true rows within one edit per name part of their worker', r1Name === 0, `${r1Name} rows`);
  check('rule 1: at most one alteration per name word', r1Words === 0, `${r1Words} rows`);
  check('rule 1: sex right or missing, DOB exact or swapped, IDs exact or one slip', r1Sex + r1Dob + r1Id === 0, `sex ${r1Sex}, dob ${r1Dob}, ids ${r1Id}`);

  // ── rule 2 ──
  let r2 = 0, r2Pairs = 0;
  const keys = [...byIdent.keys()];
  for (const k of keys) {
    const f = Math.floor(k / 4096), g = k % 4096;
    const group: RegisteredWorker[] = [];
    for (const f2 of SAME[f]) for (const g2 of SAME[g]) group.push(...(byIdent.get(idKey(f2, g2)) ?? []));
    const own = byIdent.get(k)!;
    for (const a of own) for (const b of group) {
      if (a.workerId >= b.workerId) continue;
      r2Pairs++;
      if (dobClose(a.dateOfBirth!, b.dateOfBirth!)) r2++;
    }
  }
  const idsApart = (get: (w: RegisteredWorker) => string | null) => {
    const seen = new IdIndex();
    let bad = 0;
    for (const w of registered) {
      const id = get(w);
      if (!id) continue;
      if (seen.near(idNorm(id))) bad++;
      seen.add(idNorm(id));
    }
    return bad;
  };
  const r2Nid = idsApart((w) => w.nationalId), r2Nssf = idsApart((w) => w.nssfNumber);
  check('rule 2: registered namesakes never have close DOBs', r2 === 0, `${r2} of ${r2Pairs} namesake pairs`);
  check('rule 2: registered national IDs / NSSF numbers 2+ edits apart', r2Nid + r2Nssf === 0, `${r2Nid} / ${r2Nssf} too close`);

  // ── rule 3 ──
  let r3 = 0, r3Cands = 0, r3With = 0, hiddenIdNear = 0;
  const ruleFields = new Map<string, number>();
  const natSet = new IdIndex(), nssfSet = new IdIndex();
  for (const w of registered) {
    if (w.nationalId) natSet.add(idNorm(w.nationalId));
    if (w.nssfNumber) nssfSet.add(idNorm(w.nssfNumber));
  }
  for (const x of hidRows) {
    const o = x.draft;
    if (o.nationalId && natSet.near(idNorm(o.nationalId))) hiddenIdNear++;
    if (o.nssfNumber && nssfSet.near(idNorm(o.nssfNumber))) hiddenIdNear++;
    const ws = workersFor(nameCandidates(o.name));
    if (ws.length) r3With++;
    for (const { w } of ws) {
      r3Cands++;
      const by = ruledOutBy(o, w);
      if (!by) r3++;
      else ruleFields.set(by, (ruleFields.get(by) ?? 0) + 1);
    }
  }
  check('rule 3: every hidden row ruled out from every registered worker it could pass for', r3 === 0,
    `${r3With} of ${hidRows.length} hidden rows could pass for someone by name (${r3Cands} pairs, ruled out by ${[...ruleFields].map(([k, v]) => `${k} ${v}`).join(', ')}); ${r3} not ruled out`);
  check('rule 3: hidden ID numbers 2+ edits from every registered one', hiddenIdNear === 0, `${hiddenIdNear} too close`);

  // ── rule 4 ──
  const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set(onsite.map((o) => o.id));
  let incr = true, srcRowOk = true, lastCsv = 0;
  for (let i = 0; i < onsite.length; i++) {
    if (i && !(onsite[i].recordedAt > onsite[i - 1].recordedAt)) incr = false;
    const o = onsite[i];
    if (o.source === 'csv') { if (o.sourceRow !== lastCsv + 1) srcRowOk = false; lastCsv = o.sourceRow ?? -1; }
    else if (o.sourceRow !== null) srcRowOk = false;
  }
  check('rule 4: on-site ids unique v4 UUIDs, truth keyed by them', ids.size === onsite.length && onsite.every((o) => UUID4.test(o.id)) && truth.size === onsite.length && onsite.every((o) => truth.has(o.id)));
  check('rule 4: recordedAt strictly increasing, CSV sourceRow in row order', incr && srcRowOk);
  check('rule 4: registered worker ids unique', new Set(registered.map((w) => w.workerId)).size === registered.length);
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length;
  const pH = (h1 + h2) / onsite.length;
  const z = Math.abs(h1 / half - h2 / (onsite.length - half)) / Math.sqrt(pH * (1 - pH) * (1 / half + 1 / (onsite.length - half)) || 1);
  const spearman = (xs: number[], ys: number[]) => {
    const rank = (v: number[]) => { const o = v.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]); const rk = new Array(v.length); o.forEach(([, i], k) => (rk[i] = k)); return rk as number[]; };
    const a = rank(xs), b = rank(ys), n = xs.length, ma = (n - 1) / 2;
    let num = 0, da = 0, db = 0;
    for (let i = 0; i < n; i++) { num += (a[i] - ma) * (b[i] - ma); da += (a[i] - ma) ** 2; db += (b[i] - ma) ** 2; }
    return num / Math.sqrt(da * db);
  };
  const tr = onsite.map((o, i) => [i, truth.get(o.id)] as const).filter((x) => x[1] !== null);
  const rhoRow = spearman(tr.map((x) => x[0]), tr.map((x) => +x[1]!.slice(1)));
  const rhoGen = spearman(built.regs.map((g) => g.gen), built.regs.map((g) => +g.w.workerId.slice(1)));
  const lim = 4 / Math.sqrt(Math.max(tr.length, 1));
  check('rule 4: no order leak', z < 4 && Math.abs(rhoRow) < lim && Math.abs(rhoGen) < 4 / Math.sqrt(registered.length),
    `hidden share 1st/2nd half ${pct(h1, half)} / ${pct(h2, onsite.length - half)} (z ${z.toFixed(2)}), rank corr row↔workerId ${rhoRow.toFixed(3)}, generation↔workerId ${rhoGen.toFixed(3)}`);

  // ── rule 5 ──
  let undecidable = 0, namesakeRows = 0;
  for (const x of trueRows) {
    const o = x.draft;
    const w = regById.get(truth.get(x.id)!)!;
    const cands = nameCandidates(o.name);
    const dT = cands.get(regIdent.get(w.workerId)!) ?? 9;
    let und = false, ns = false;
    for (const { w: v, d } of workersFor(cands)) {
      if (v.workerId === w.workerId || d > dT) continue;
      ns = true;
      if (!ruledOutBy(o, v)) { und = true; break; }
    }
    if (und) undecidable++;
    if (ns) namesakeRows++;
  }
  console.log(`  true rows with another registered worker matching the name as well: ${pct(namesakeRows, trueRows.length)}`);
  check('rule 5: undecidable true rows under 4 %', undecidable / trueRows.length < 0.04, `${undecidable} = ${pct(undecidable, trueRows.length)}`);

  // ── schemas ──
  const badReg = registered.filter((w) => !RegisteredWorkerSchema.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !OnsiteWorkerSchema.safeParse(o).success || 'statedStartDate' in o || 'wageRiel' in o).length;
  check('schemas: RegisteredWorker / OnsiteWorker safeParse', badReg + badOn === 0, `${badReg} / ${badOn} invalid of ${registered.length} / ${onsite.length}`);

  // ── determinism ──
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = ser(generateTwentyfirst(size, seed));
  check('determinism: same seed identical, another seed differs', a === ser(roster) && a !== ser(generateTwentyfirst(size, seed + 1)));

  // ── timing ──
  const t1 = performance.now();
  generateTwentyfirst(10000, seed + 7);
  const ms10k = performance.now() - t1;
  // A 10,000 self-check times its own first (cold) generation too.
  const worst = size === 10000 ? Math.max(genMs, ms10k) : ms10k;
  check('timing: 10,000 registered generate in under 2 s', worst < 2000, `${ms10k.toFixed(0)} ms (separate call); this run (size ${size}, first call) ${genMs.toFixed(0)} ms`);

  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('twentyfirst.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
