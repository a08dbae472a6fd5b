/**
 * `fiftysecond`: a blind, labelled roster for the reconciliation benchmark.
 *
 * THEME: a rubber / cashew plantation in Ratanakiri or Mondulkiri (chosen per seed) where 30-50 %
 * of the workers are Indigenous highlanders (Jarai, Tampuan, Bunong/Phnong, Kreung, Brao, Kavet)
 * beside ordinary Khmer workers.
 *  - Jarai: clan + personal name with a sex marker: "Ksor H'Bliu", "Rmah Y Dhon". Each list writes
 *    the marker its own way (H'Bliu, HBliu, H Bliu, H`Bliu, H’Bliu, or drops it; Y Dhon, Y.Dhon,
 *    Dhon); ~8 % have no clan on the register ("Y Ni", "H'Ma"). The employer's sheet puts the
 *    personal name first on most or few rows (per seed); manual entries on ~30 %.
 *  - Bunong/Tampuan/Kreung/Brao/Kavet: a single personal name (10 %), personal + parent's name
 *    (45 %), a Khmer family name adopted at registration (35 %, either order), or the ethnonym as a
 *    family name ("Kreung Tho", 10 %). Latin spellings vary (Phnong/Pnong/Bunong, K'Nai/Knai/K Nai).
 *    Names are dense: at 10,000 workers about half of them share their full name with another.
 *  - Indigenous Khmer-script names are clerks' transliterations: the register and the site list
 *    pick among two or three spellings independently (ក្សោរ/ក្សរ, ហ្បឺលីវ/ហបឺលីវ/បឺលីវ ...).
 *  - ~40 % of Indigenous workers have only a year of birth (written YYYY-01-01) on the register,
 *    on the sheet or both; 15 % of those year-only entries are an age estimate one year off.
 *    National ID on ~20 % of Indigenous on-site rows (the register holds it for ~60 %).
 *  - Khmer workers are ordinary: DOB on ~75 % of rows, national ID ~40 %, NSSF number ~20 %.
 *  - Hidden workers ~8 % of on-site rows, ~70-75 % Indigenous: namesakes of registered workers (40 %),
 *    relatives sharing a clan / parent / family name with a registered worker (35 %), others (25 %).
 *  - Usual variations: absent registered ~5 %, Khmer encoding variants (ZWSP, no spaces, split
 *    vowels េ+ា for ោ, coeng/shifter typed after the vowel), family/given swaps, case, one typo,
 *    ID slips (one digit / one transposition), day-month swaps.
 *
 * FAIRNESS (audited by the self-check, `npx tsx test/bench/fiftysecond.ts 10000 1`):
 *  1. A true on-site row shows only plausible variants of its registered worker: listed spellings
 *     (Latin or Khmer, any list's transliteration), either order, any case, at most one typo in one
 *     word of 4+ letters (never producing another listed name), Khmer encoding variants; IDs exact
 *     or one slip; DOB exact or day/month swapped; sex right or missing. Extra variation modelled:
 *     the Jarai sex marker written in the forms above or dropped (the person is still recognisable,
 *     as clan + personal name), and year-only dates: a side giving only a year matches when the
 *     years are at most one apart.
 *  2. Registered namesakes (the same tokens in any spelling) never share a DOB and are more than a
 *     swap or one digit apart; where either gives a year only, their years are 2+ apart (the
 *     generator adds a year per one-year-off age estimate, so the estimates never blur them).
 *  3. A hidden row either could not pass by name for any registered worker (no reading of its name,
 *     allowing one edit in one word, gives a registered name), or is ruled out from every one it
 *     could pass for by a field on BOTH sides: sex differs, DOB more than a swap / one digit apart
 *     (a year-only DOB: years 2+ apart), national IDs 2+ edits apart.
 *  4. Nothing leaks: on-site rows shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt
 *     increasing in row order, registered worker ids assigned after shuffling, hidden workers drawn
 *     with the same source / script / field rates as registered ones (only the NSSF number, which a
 *     hidden worker does not have, differs).
 *  5. Undecidable true rows (another registered worker they could equally be, nothing to tell them
 *     apart) stay under 4 %: when a row's name fits several registered workers and its DOB is
 *     missing, the inspector asked for it on 80 % of such rows (the DOB is then filled in).
 *     Hidden rows that could pass by name always show the field that rules them out (mostly DOB).
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import {
  ETHNONYMS, HIGHLAND_NAMES, JARAI_CLANS, JARAI_FEMALE, JARAI_MALE, KHMER_FAMILY, KHMER_GIVEN_F, KHMER_GIVEN_M, KHMER_GIVEN_U,
} from './fiftysecond-names';

export const FIFTYSECOND_LABEL =
  "Highland plantation (Ratanakiri/Mondulkiri): 30-50% Indigenous workers (Jarai clan + H'/Y marker, Bunong/Tampuan/Kreung short names), year-only DOBs, few ID cards";

// ---------------------------------------------------------------------------------------------
// Lexicon
// ---------------------------------------------------------------------------------------------

type Kind = 'kf' | 'kg' | 'jc' | 'jf' | 'jm' | 'hl' | 'en';
type SexT = 'M' | 'F' | 'U';
type Group = 'khmer' | 'jarai' | 'bunong' | 'tampuan' | 'kreung' | 'brao' | 'kavet';

interface Tok {
  id: string;
  kind: Kind;
  sex: SexT;
  /** Display spellings (Jarai personal names: without the marker). */
  lat: string[];
  kh: string[];
  /** Normalised spellings a reader could meet, marker forms included. */
  latSpell: string[];
  khSpell: string[];
}

const COENG = '\u17d2';

export function normLat(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[-.,_/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const isKhBase = (c: number) => c >= 0x1780 && c <= 0x17b3;

/** Canonical Khmer: no spaces / zero-width marks, each syllable as base + coengs + shifter + vowel + signs. */
export function canonKh(s: string): string {
  const cps = [...s.normalize('NFC').replace(/[\s\u200b\u200c\u200d\u2060\ufeff]/g, '')].map((c) => c.codePointAt(0)!);
  let out = '';
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (!isKhBase(c)) {
      out += String.fromCodePoint(c);
      i++;
      continue;
    }
    const coengs: number[] = [];
    const shifters: number[] = [];
    let vowels: number[] = [];
    const signs: number[] = [];
    i++;
    while (i < cps.length) {
      const m = cps[i];
      if (m === 0x17d2 && i + 1 < cps.length && isKhBase(cps[i + 1])) {
        coengs.push(cps[i + 1]);
        i += 2;
      } else if (m === 0x17c9 || m === 0x17ca) {
        shifters.push(m);
        i++;
      } else if (m >= 0x17b6 && m <= 0x17c5) {
        vowels.push(m);
        i++;
      } else if ((m >= 0x17c6 && m <= 0x17d1) || m === 0x17d3 || m === 0x17dd) {
        signs.push(m);
        i++;
      } else break;
    }
    if (vowels.length === 2 && vowels[0] === 0x17c1 && vowels[1] === 0x17b6) vowels = [0x17c4];
    if (vowels.length === 2 && vowels[0] === 0x17c1 && vowels[1] === 0x17b8) vowels = [0x17be];
    out += String.fromCodePoint(c);
    for (const k of coengs) out += COENG + String.fromCodePoint(k);
    for (const k of [...shifters, ...vowels, ...signs]) out += String.fromCodePoint(k);
  }
  return out;
}

const F_STYLES = ["H'", 'H', 'H ', 'H`', 'H’', ''] as const;
type FStyle = (typeof F_STYLES)[number];

function latMarked(t: Tok, base: string, style: FStyle, dotY: boolean): string {
  if (t.kind === 'jf') return style + base;
  if (t.kind === 'jm') return style === '' ? base : (dotY ? 'Y.' : 'Y ') + base;
  return base;
}

/** form 0: ហ្+name / យី name, 1: ហ+name / អ៊ី name, 2: marker dropped. */
function khMarked(t: Tok, base: string, form: number): string {
  if (t.kind === 'jf') {
    if (form === 2) return base;
    if (form === 0 && base[1] !== COENG) return 'ហ' + COENG + base;
    return 'ហ' + base;
  }
  if (t.kind === 'jm') {
    if (form === 2) return base;
    return (form === 0 ? 'យី ' : 'អ៊ី ') + base;
  }
  return base;
}

function osa(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 2) return 3;
  const d: number[][] = [];
  for (let i = 0; i <= n; i++) {
    d.push(new Array(m + 1).fill(0));
    d[i][0] = i;
  }
  for (let j = 0; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[n][m];
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

interface Lexicon {
  toks: Tok[];
  byKind: Record<Kind, Tok[]>;
  latExact: Map<string, Tok[]>;
  khExact: Map<string, Tok[]>;
  latDel: Map<string, [string, Tok][]>;
  khNeighbors: Map<string, Tok[]>;
  maxKh: number;
  latNearCache: Map<string, Tok[]>;
  conflicts: string[];
  ethnonym: Record<string, Tok>;
}

function parseEntry(e: string): { lat: string[]; kh: string[] } {
  const [l, k] = e.split('=').map((s) => s.trim());
  const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
  return { lat: uniq(l.split('|')), kh: uniq(k.split('|')) };
}

function buildLexicon(): Lexicon {
  const toks: Tok[] = [];
  const add = (kind: Kind, sex: SexT, entry: string, prefix = kind) => {
    const { lat, kh } = parseEntry(entry);
    const id = `${prefix}:${lat[0]}`;
    let latSpell: string[];
    let khSpell: string[];
    if (kind === 'jf') {
      latSpell = lat.flatMap((b) => [normLat(`H${b}`), normLat(`H ${b}`), normLat(b)]);
      khSpell = kh.flatMap((b) => [0, 1, 2].map((f) => canonKh(khMarked({ kind } as Tok, b, f))));
    } else if (kind === 'jm') {
      latSpell = lat.flatMap((b) => [normLat(`Y ${b}`), normLat(b)]);
      khSpell = kh.flatMap((b) => [0, 1, 2].map((f) => canonKh(khMarked({ kind } as Tok, b, f))));
    } else {
      latSpell = lat.map(normLat);
      khSpell = kh.map(canonKh);
    }
    toks.push({ id, kind, sex, lat, kh, latSpell: [...new Set(latSpell)], khSpell: [...new Set(khSpell)] });
    return toks[toks.length - 1];
  };
  for (const e of KHMER_FAMILY) add('kf', 'U', e);
  for (const e of KHMER_GIVEN_F) add('kg', 'F', e);
  for (const e of KHMER_GIVEN_M) add('kg', 'M', e);
  for (const e of KHMER_GIVEN_U) add('kg', 'U', e);
  for (const e of JARAI_CLANS) add('jc', 'U', e);
  for (const e of JARAI_FEMALE) add('jf', 'F', e);
  for (const e of JARAI_MALE) add('jm', 'M', e);
  for (const e of HIGHLAND_NAMES) {
    const sex = e.slice(0, 1) as SexT;
    add('hl', sex, e.slice(3));
  }
  const ethnonym: Record<string, Tok> = {};
  for (const [g, e] of Object.entries(ETHNONYMS)) ethnonym[g] = add('en', 'U', e);

  const byKind = { kf: [], kg: [], jc: [], jf: [], jm: [], hl: [], en: [] } as Record<Kind, Tok[]>;
  for (const t of toks) byKind[t.kind].push(t);

  const latExact = new Map<string, Tok[]>();
  const khExact = new Map<string, Tok[]>();
  const conflicts: string[] = [];
  const put = (m: Map<string, Tok[]>, s: string, t: Tok) => {
    const xs = m.get(s);
    if (!xs) m.set(s, [t]);
    else if (!xs.includes(t)) {
      conflicts.push(`"${s}": ${xs.map((x) => x.id).join(', ')} / ${t.id}`);
      xs.push(t);
    }
  };
  let maxKh = 0;
  for (const t of toks) {
    for (const s of t.latSpell) put(latExact, s, t);
    for (const s of t.khSpell) {
      put(khExact, s, t);
      maxKh = Math.max(maxKh, s.length);
    }
  }
  const latDel = new Map<string, [string, Tok][]>();
  for (const t of toks) {
    for (const s of t.latSpell) {
      if (s.replace(/ /g, '').length < 4) continue;
      for (const v of [s, ...deletions(s)]) {
        const xs = latDel.get(v);
        if (xs) xs.push([s, t]);
        else latDel.set(v, [[s, t]]);
      }
    }
  }
  // Khmer near neighbours (one code point apart, both 3+ long), by spelling.
  const khDel = new Map<string, [string, Tok][]>();
  for (const t of toks) {
    for (const s of t.khSpell) {
      if (s.length < 3) continue;
      for (const v of [s, ...deletions(s)]) {
        const xs = khDel.get(v);
        if (xs) xs.push([s, t]);
        else khDel.set(v, [[s, t]]);
      }
    }
  }
  const khNeighbors = new Map<string, Tok[]>();
  for (const [s, owners] of khExact) {
    if (s.length < 3) continue;
    const res = new Set<Tok>();
    for (const v of [s, ...deletions(s)]) {
      for (const [s2, t2] of khDel.get(v) ?? []) {
        if (s2 !== s && !owners.includes(t2) && osa(s, s2) <= 1) res.add(t2);
      }
    }
    if (res.size) khNeighbors.set(s, [...res]);
  }
  return { toks, byKind, latExact, khExact, latDel, khNeighbors, maxKh, latNearCache: new Map(), conflicts, ethnonym };
}

let LEX_: Lexicon | null = null;
const lex = (): Lexicon => (LEX_ ??= buildLexicon());

function latNear(q: string): Tok[] {
  const L = lex();
  const hit = L.latNearCache.get(q);
  if (hit) return hit;
  const res = new Set<Tok>();
  for (const v of [q, ...deletions(q)]) {
    for (const [s, t] of L.latDel.get(v) ?? []) if (s !== q && osa(q, s) <= 1) res.add(t);
  }
  const out = [...res];
  L.latNearCache.set(q, out);
  return out;
}

const keyOf = (ids: string[]) => [...ids].sort().join('+');

/** Every registered-name key a reader could take this name for, with 0 = exact, 1 = one edit. */
export function readName(name: string): Map<string, number> {
  const L = lex();
  const out = new Map<string, number>();
  const ids: string[] = [];
  const add = (lvl: number) => {
    if (!ids.length) return;
    const k = keyOf(ids);
    const o = out.get(k);
    if (o === undefined || lvl < o) out.set(k, lvl);
  };
  if (/[\u1780-\u17ff]/.test(name)) {
    const c = canonKh(name);
    const rec = (i: number, lvl: number) => {
      if (i === c.length) return add(lvl);
      if (ids.length >= 4) return;
      const end = Math.min(c.length, i + L.maxKh);
      for (let j = i + 1; j <= end; j++) {
        const sub = c.slice(i, j);
        const ts = L.khExact.get(sub);
        if (!ts) continue;
        for (const t of ts) {
          ids.push(t.id);
          rec(j, lvl);
          ids.pop();
        }
        if (lvl === 0) {
          for (const t of L.khNeighbors.get(sub) ?? []) {
            ids.push(t.id);
            rec(j, 1);
            ids.pop();
          }
        }
      }
    };
    rec(0, 0);
  } else {
    const w = normLat(name).split(' ').filter(Boolean);
    const rec = (i: number, lvl: number) => {
      if (i === w.length) return add(lvl);
      if (ids.length >= 4) return;
      for (let span = 1; span <= 2 && i + span <= w.length; span++) {
        const sub = span === 1 ? w[i] : `${w[i]} ${w[i + 1]}`;
        for (const t of L.latExact.get(sub) ?? []) {
          ids.push(t.id);
          rec(i + span, lvl);
          ids.pop();
        }
        if (lvl === 0) {
          for (const t of latNear(sub)) {
            ids.push(t.id);
            rec(i + span, 1);
            ids.pop();
          }
        }
      }
    };
    rec(0, 0);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates and ids
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isYearOnly = (d: string) => d.endsWith('-01-01');

function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (+dd > 12 || m === dd) return null;
  return `${y}-${dd}-${m}`;
}

/** More than a swap or one digit apart; a year-only date on either side: years 2+ apart. */
export function dobFar(a: string, b: string): boolean {
  if (a === b) return false;
  const ya = +a.slice(0, 4);
  const yb = +b.slice(0, 4);
  if (isYearOnly(a) || isYearOnly(b)) return Math.abs(ya - yb) >= 2;
  if (swapDM(a) === b) return false;
  const da = a.replace(/-/g, '');
  const db = b.replace(/-/g, '');
  let diff = 0;
  for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) diff++;
  return diff > 1;
}

const idFar = (a: string, b: string) => osa(a, b) >= 2;

/** Ids (digit strings of one length) with an index of their one-digit deletions, kept as numbers:
 * two ids one substitution or transposition apart share a deletion. */
class IdBook {
  private ids = new Set<string>();
  private dels = new Map<number, string>();
  private static deletions(s: string): number[] {
    const n = s.length;
    const out: number[] = [];
    let prefix = 0;
    for (let i = 0; i < n; i++) {
      let suffix = 0;
      for (let k = i + 1; k < n; k++) suffix = suffix * 10 + (s.charCodeAt(k) - 48);
      out.push(prefix * 10 ** (n - 1 - i) + suffix);
      prefix = prefix * 10 + (s.charCodeAt(i) - 48);
    }
    return out;
  }
  /** An id other than `own` equals s or is one substitution / transposition from it. */
  near(s: string, own: string | null = null): boolean {
    if (s !== own && this.ids.has(s)) return true;
    for (const d of IdBook.deletions(s)) {
      const o = this.dels.get(d);
      if (o !== undefined && o !== own) return true;
    }
    return false;
  }
  add(s: string) {
    this.ids.add(s);
    for (const d of IdBook.deletions(s)) {
      const o = this.dels.get(d);
      this.dels.set(d, o === undefined || o === s ? s : '*');
    }
  }
}

function slip(s: string, r: Rng): string {
  for (;;) {
    const i = r.int(0, s.length - 1);
    if (r.chance(0.35) && i + 1 < s.length && s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    const d = String(r.int(0, 9));
    if (d !== s[i]) return s.slice(0, i) + d + s.slice(i + 1);
  }
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

type YearOnly = 'none' | 'reg' | 'sheet' | 'both';

interface Person {
  group: Group;
  indig: boolean;
  sex: 'M' | 'F';
  toks: Tok[];
  latIdx: number[];
  khIdx: number[];
  key: string;
  year: number;
  dob: string;
  yo: YearOnly;
  regOff: number;
  sheetOff: number;
  natId: string | null;
  regHasNat: boolean;
  regDobNull: boolean;
  nssf: string | null;
}

const regDob = (p: Person): string | null =>
  p.regDobNull ? null : p.yo === 'reg' || p.yo === 'both' ? `${p.year + p.regOff}-01-01` : p.dob;
const sheetDob = (p: Person): string => (p.yo === 'sheet' || p.yo === 'both' ? `${p.year + p.sheetOff}-01-01` : p.dob);

function drawDob(p: Person, r: Rng) {
  p.year = p.indig ? r.int(1968, 2006) : r.int(1966, 2006);
  const m = r.int(1, 12);
  let d = r.int(1, 28);
  if (m === 1 && d === 1) d = r.int(2, 28);
  p.dob = `${p.year}-${pad(m)}-${pad(d)}`;
  p.yo = 'none';
  p.regOff = 0;
  p.sheetOff = 0;
  if (p.indig && r.chance(0.45)) {
    const u = r.next();
    p.yo = u < 0.45 ? 'reg' : u < 0.7 ? 'sheet' : 'both';
    // An age estimate one year off, on one side only.
    if (r.chance(0.15)) {
      const off = r.chance(0.5) ? -1 : 1;
      if (p.yo === 'reg' || (p.yo === 'both' && r.chance(0.5))) p.regOff = off;
      else p.sheetOff = off;
    }
  }
}

/** Two namesakes can both be told apart from each other's rows by DOB. */
function namesakeCompatible(p: Person, q: Person): boolean {
  const dates = (x: Person) => [x.dob, swapDM(x.dob)].filter((d): d is string => !!d);
  for (const a of dates(p)) for (const b of dates(q)) if (!dobFar(a, b)) return false;
  if (p.yo !== 'none' || q.yo !== 'none') {
    const off = (x: Person) => (x.regOff || x.sheetOff ? 1 : 0);
    if (Math.abs(p.year - q.year) < 2 + off(p) + off(q)) return false;
  }
  return true;
}

const INDIG_MIX: Record<'ratanakiri' | 'mondulkiri', [Group, number][]> = {
  ratanakiri: [['jarai', 0.4], ['tampuan', 0.25], ['kreung', 0.15], ['brao', 0.1], ['kavet', 0.05], ['bunong', 0.05]],
  mondulkiri: [['bunong', 0.72], ['jarai', 0.1], ['tampuan', 0.1], ['kreung', 0.08]],
};

function pickWeighted<T>(r: Rng, xs: [T, number][]): T {
  let u = r.next() * xs.reduce((s, x) => s + x[1], 0);
  for (const [v, w] of xs) {
    u -= w;
    if (u <= 0) return v;
  }
  return xs[xs.length - 1][0];
}

function sexOk(t: Tok, sex: 'M' | 'F') {
  return t.sex === 'U' || t.sex === sex;
}

function personalPool(group: Group, sex: 'M' | 'F'): Tok[] {
  const L = lex();
  if (group === 'khmer') return L.byKind.kg.filter((t) => sexOk(t, sex));
  if (group === 'jarai') return sex === 'F' ? L.byKind.jf : L.byKind.jm;
  return L.byKind.hl.filter((t) => sexOk(t, sex));
}

function makeName(group: Group, sex: 'M' | 'F', r: Rng): Tok[] {
  const L = lex();
  const personal = group === 'khmer' ? r.pickSkewed(personalPool(group, sex), 1.1) : r.pick(personalPool(group, sex));
  if (group === 'khmer') return [r.pickSkewed(L.byKind.kf, 1.2), personal];
  if (group === 'jarai') return r.chance(0.08) ? [personal] : [r.pickSkewed(L.byKind.jc, 1.4), personal];
  const u = r.next();
  if (u < 0.1) return [personal];
  if (u < 0.55) {
    let parent = r.pick(L.byKind.hl);
    while (parent === personal) parent = r.pick(L.byKind.hl);
    return [personal, parent];
  }
  if (u < 0.9) {
    const adopted = r.pickSkewed(L.byKind.kf, 1.3);
    return r.chance(0.5) ? [adopted, personal] : [personal, adopted];
  }
  return [L.ethnonym[group], personal];
}

function variantIdx(t: Tok, r: Rng): { lat: number; kh: number } {
  const khmerTok = t.kind === 'kf' || t.kind === 'kg';
  return {
    lat: khmerTok && r.chance(0.7) ? 0 : r.int(0, t.lat.length - 1),
    kh: khmerTok ? 0 : r.int(0, t.kh.length - 1),
  };
}

function newPerson(group: Group, sex: 'M' | 'F', toks: Tok[], r: Rng): Person {
  const v = toks.map((t) => variantIdx(t, r));
  const p: Person = {
    group,
    indig: group !== 'khmer',
    sex,
    toks,
    latIdx: v.map((x) => x.lat),
    khIdx: v.map((x) => x.kh),
    key: keyOf(toks.map((t) => t.id)),
    year: 0,
    dob: '',
    yo: 'none',
    regOff: 0,
    sheetOff: 0,
    natId: null,
    regHasNat: false,
    regDobNull: false,
    nssf: null,
  };
  drawDob(p, r);
  return p;
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

interface Ctx {
  csvKh: number;
  csvStyle: FStyle;
  manualStyle: FStyle;
  csvDotY: boolean;
  csvJaraiSwap: number;
}

type KhVar = 'zwsp' | 'nospace' | 'split' | 'order' | 'double';

function khVariant(s: string, v: KhVar): string {
  switch (v) {
    case 'zwsp':
      return s.replace(/ /g, '\u200b');
    case 'nospace':
      return s.replace(/ /g, '');
    case 'double':
      return s.replace(/ /g, '  ');
    case 'split': {
      const t = s.replace(/\u17c4/g, '\u17c1\u17b6').replace(/\u17be/g, '\u17c1\u17b8');
      return t !== s ? t : s.replace(/ /g, '\u200b');
    }
    case 'order': {
      let t = s.replace(/(\u17d2[\u1780-\u17b3])([\u17b6-\u17c5])/, '$2$1');
      if (t === s) t = s.replace(/([\u17c9\u17ca])([\u17b6-\u17c5])/, '$2$1');
      return t !== s ? t : s.replace(/ /g, '\u200b');
    }
  }
}

const SIMILAR: Record<string, string> = {
  a: 'eo', e: 'ai', i: 'ey', o: 'ua', u: 'oi', y: 'i', h: 'n', n: 'mh', m: 'n', k: 'c', c: 'k', s: 'x', t: 'd', d: 't',
  r: 'l', l: 'r', p: 'b', b: 'p', g: 'h', v: 'w', w: 'v', j: 'ch', x: 's', q: 'k', f: 'ph', z: 's',
};

function typoWord(w: string, r: Rng): string {
  const pos: number[] = [];
  for (let i = 0; i < w.length; i++) if (/[A-Za-z]/.test(w[i])) pos.push(i);
  const op = r.int(0, 3);
  const i = pos[r.int(1, pos.length - 1)];
  if (op === 0) return w.slice(0, i) + w.slice(i + 1);
  if (op === 1) return w.slice(0, i + 1) + w[i] + w.slice(i + 1);
  if (op === 2) {
    const lower = w[i].toLowerCase();
    const opts = SIMILAR[lower] ?? 'e';
    let c = opts[r.int(0, opts.length - 1)];
    if (w[i] !== lower) c = c.toUpperCase();
    return w.slice(0, i) + c + w.slice(i + 1);
  }
  const j = pos.indexOf(i);
  if (j + 1 < pos.length && pos[j + 1] === i + 1 && w[i] !== w[i + 1]) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  return w.slice(0, i) + w.slice(i + 1);
}

function applyTypo(name: string, key: string, r: Rng): string | null {
  const words = name.split(' ');
  const idx = words.map((w, i) => ((w.match(/[A-Za-z]/g)?.length ?? 0) >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  for (let a = 0; a < 6; a++) {
    const i = r.pick(idx);
    const nw = typoWord(words[i], r);
    if (osa(normLat(nw), normLat(words[i])) !== 1) continue;
    const cand = [...words.slice(0, i), nw, ...words.slice(i + 1)].join(' ');
    const read = readName(cand);
    if (read.get(key) !== 1) continue;
    if ([...read.values()].some((l) => l === 0)) continue;
    return cand;
  }
  return null;
}

type Source = 'manual' | 'csv' | 'id-card';

interface NameMeta {
  script: 'kh' | 'lat';
  swapped: boolean;
  typo: boolean;
  khVar: KhVar | null;
  markerShown: boolean | null;
  caseStyle: 'upper' | 'lower' | 'title' | null;
}

function renderName(p: Person, src: Source, ctx: Ctx, r: Rng): { name: string; meta: NameMeta } {
  const pKh = src === 'id-card' ? 0.8 : src === 'csv' ? ctx.csvKh : 0.4;
  const script: 'kh' | 'lat' = r.chance(pKh) ? 'kh' : 'lat';
  const order = p.toks.map((_, i) => i);
  let swapped = false;
  if (order.length >= 2) {
    const pSwap = p.group === 'jarai' ? (src === 'csv' ? ctx.csvJaraiSwap : 0.3) : p.group === 'khmer' ? 0.08 : 0.2;
    if (r.chance(pSwap)) {
      order.reverse();
      swapped = true;
    }
  }
  let style: FStyle = src === 'csv' ? ctx.csvStyle : ctx.manualStyle;
  if (r.chance(0.15)) style = r.pick(F_STYLES);
  const dotY = src === 'csv' ? ctx.csvDotY && r.chance(0.85) : r.chance(0.1);
  const hasMarker = p.toks.some((t) => t.kind === 'jf' || t.kind === 'jm');
  const meta: NameMeta = { script, swapped, typo: false, khVar: null, markerShown: hasMarker ? style !== '' : null, caseStyle: null };
  if (script === 'kh') {
    const form = style === '' ? 2 : r.chance(0.6) ? 0 : 1;
    const words = order.map((i) => {
      const t = p.toks[i];
      const khmerTok = t.kind === 'kf' || t.kind === 'kg';
      const k = khmerTok ? (r.chance(0.93) ? p.khIdx[i] : r.int(0, t.kh.length - 1)) : r.chance(0.5) ? p.khIdx[i] : r.int(0, t.kh.length - 1);
      return khMarked(t, t.kh[k], form);
    });
    let name = words.join(' ');
    if (r.chance(0.3)) {
      meta.khVar = r.pick<KhVar>(['zwsp', 'zwsp', 'nospace', 'nospace', 'split', 'order', 'double']);
      name = khVariant(name, meta.khVar);
    }
    return { name, meta };
  }
  const words = order.map((i) => {
    const t = p.toks[i];
    const v = r.chance(0.55) ? p.latIdx[i] : r.int(0, t.lat.length - 1);
    return latMarked(t, t.lat[v], style, dotY);
  });
  let name = words.join(' ');
  const u = r.next();
  if (src === 'id-card' || u < 0.35) {
    name = name.toUpperCase();
    meta.caseStyle = 'upper';
  } else if (u < 0.43) {
    name = name.toLowerCase();
    meta.caseStyle = 'lower';
  } else meta.caseStyle = 'title';
  if (src !== 'id-card' && r.chance(0.06)) {
    const t = applyTypo(name, p.key, r);
    if (t) {
      name = t;
      meta.typo = true;
    }
  }
  return { name, meta };
}

function renderRegistered(p: Person, r: Rng): { nameKh: string; nameLatin: string | null } {
  let nameKh = p.toks.map((t, i) => khMarked(t, t.kh[p.khIdx[i]], 0)).join(' ');
  if (r.chance(0.1)) nameKh = khVariant(nameKh, r.chance(0.6) ? 'zwsp' : 'nospace');
  if (r.chance(p.indig ? 0.12 : 0.08)) return { nameKh, nameLatin: null };
  let nameLatin = p.toks.map((t, i) => latMarked(t, t.lat[p.latIdx[i]], "H'", false)).join(' ');
  if (r.chance(0.65)) nameLatin = nameLatin.toUpperCase();
  return { nameKh, nameLatin };
}

// ---------------------------------------------------------------------------------------------
// Told apart
// ---------------------------------------------------------------------------------------------

interface Fields {
  sex: 'M' | 'F' | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}

/** A field present on both sides rules the registered worker out. */
export function toldApart(row: Fields, reg: RegisteredWorker, withNssf = true): false | 'sex' | 'dob' | 'nat' | 'nssf' {
  if (row.sex && reg.sex && row.sex !== reg.sex) return 'sex';
  if (row.dateOfBirth && reg.dateOfBirth && dobFar(row.dateOfBirth, reg.dateOfBirth)) return 'dob';
  if (row.nationalId && reg.nationalId && idFar(row.nationalId, reg.nationalId)) return 'nat';
  if (withNssf && row.nssfNumber && reg.nssfNumber && idFar(row.nssfNumber, reg.nssfNumber)) return 'nssf';
  return false;
}

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

export interface RowMeta {
  hidden: boolean;
  regIdx: number | null;
  person: Person;
  source: Source;
  name: NameMeta;
  dobSwapped: boolean;
  natSlip: boolean;
  nssfSlip: boolean;
  hiddenType: 'namesake' | 'relative' | 'fresh' | null;
  askedDob: boolean;
}

export interface Built {
  roster: Roster;
  regPersons: Person[];
  regKeys: string[];
  rows: RowMeta[];
  province: string;
  indigShare: number;
  ctx: Ctx;
}

export function buildFiftysecond(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 52);
  const L = lex();
  const province: 'ratanakiri' | 'mondulkiri' = r.chance(0.6) ? 'ratanakiri' : 'mondulkiri';
  const indigShare = 0.3 + 0.2 * r.next();
  const ctx: Ctx = {
    csvKh: 0.3 + 0.3 * r.next(),
    csvStyle: r.pick(F_STYLES),
    manualStyle: r.pick(["H'", "H'", 'H', 'H ', 'H’', ''] as const),
    csvDotY: r.chance(0.3),
    csvJaraiSwap: r.chance(0.5) ? 0.75 : 0.15,
  };

  // --- registered people, with namesakes kept apart by DOB (rule 2)
  const byKey = new Map<string, Person[]>();
  const persons: Person[] = [];
  for (let n = 0; n < size; n++) {
    const group: Group = r.chance(indigShare) ? pickWeighted(r, INDIG_MIX[province]) : 'khmer';
    const sex: 'M' | 'F' = r.chance(0.5) ? 'F' : 'M';
    let placed: Person | null = null;
    for (let a = 0; a < 40 && !placed; a++) {
      const p = newPerson(group, sex, makeName(group, sex, r), r);
      const mates = byKey.get(p.key) ?? [];
      for (let d = 0; d < 30; d++) {
        if (mates.every((q) => namesakeCompatible(p, q))) {
          placed = p;
          break;
        }
        drawDob(p, r);
      }
    }
    if (!placed) throw new Error('fiftysecond: could not place a registered worker');
    persons.push(placed);
    const xs = byKey.get(placed.key);
    if (xs) xs.push(placed);
    else byKey.set(placed.key, [placed]);
  }

  // --- ids
  const natBook = new IdBook();
  const nssfBook = new IdBook();
  const freshId = (book: IdBook, make: () => string) => {
    for (;;) {
      const id = make();
      if (book.near(id)) continue;
      book.add(id);
      return id;
    }
  };
  const makeNat = () => `${r.int(0, 2)}${pad(r.int(0, 99999999), 8)}`;
  const makeNssf = () => `1${pad(r.int(0, 999999999), 9)}`;
  for (const p of persons) {
    if (r.chance(p.indig ? 0.62 : 0.96)) {
      p.natId = freshId(natBook, makeNat);
      p.regHasNat = r.chance(p.indig ? 0.92 : 0.95);
    }
    p.nssf = freshId(nssfBook, makeNssf);
    if (!p.indig && byKey.get(p.key)!.length === 1 && r.chance(0.02)) p.regDobNull = true;
  }

  // --- registered list: shuffled, ids given after the shuffle
  r.shuffle(persons);
  const registered: RegisteredWorker[] = persons.map((p, i) => {
    const { nameKh, nameLatin } = renderRegistered(p, r);
    const hy = r.int(2010, 2025);
    const hm = hy === 2025 ? r.int(1, 2) : r.int(1, 12);
    return {
      workerId: `RK-${pad(i + 1, 6)}`,
      nssfNumber: p.nssf,
      nationalId: p.regHasNat ? p.natId : null,
      nameKh,
      nameLatin,
      sex: p.sex,
      dateOfBirth: regDob(p),
      hireDate: `${hy}-${pad(hm)}-${pad(r.int(1, 28))}`,
      wageRiel: r.chance(0.04) ? null : r.int(850, 1600) * 1000,
    };
  });
  const regKeys = persons.map((p) => p.key);
  const regIndex = new Map<string, number[]>();
  regKeys.forEach((k, i) => {
    const xs = regIndex.get(k);
    if (xs) xs.push(i);
    else regIndex.set(k, [i]);
  });
  const candidates = (name: string): Map<number, number> => {
    const out = new Map<number, number>();
    for (const [k, lvl] of readName(name)) {
      for (const i of regIndex.get(k) ?? []) {
        const o = out.get(i);
        if (o === undefined || lvl < o) out.set(i, lvl);
      }
    }
    return out;
  };

  // --- who is on site
  const present: number[] = [];
  for (let i = 0; i < size; i++) if (r.chance(0.95)) present.push(i);
  const nHidden = Math.round((present.length * 0.08) / 0.92);
  const slots: (number | null)[] = [...present, ...new Array<null>(nHidden).fill(null)];
  r.shuffle(slots);
  const indigIdx = persons.map((p, i) => (p.indig ? i : -1)).filter((i) => i >= 0);

  const safeSlip = (own: string, book: IdBook) => {
    for (let a = 0; a < 20; a++) {
      const x = slip(own, r);
      if (!book.near(x, own)) return x;
    }
    return own;
  };

  const hiddenNatSet = new Set<string>();
  const hiddenNat = () => {
    for (;;) {
      const x = makeNat();
      if (hiddenNatSet.has(x) || natBook.near(x)) continue;
      hiddenNatSet.add(x);
      return x;
    }
  };
  const natRate = (p: Person) => (p.indig ? 0.25 : 0.36);
  const fieldsFor = (p: Person, src: Source, hidden: boolean) => {
    const f: Fields = { sex: null, dateOfBirth: null, nationalId: null, nssfNumber: null };
    let dobSwapped = false;
    let natSlip = false;
    let nssfSlip = false;
    f.sex = src === 'id-card' || r.chance(0.9) ? p.sex : null;
    if (src === 'id-card' || r.chance(p.indig ? 0.7 : 0.67)) {
      f.dateOfBirth = sheetDob(p);
      const sw = swapDM(f.dateOfBirth);
      if (src !== 'id-card' && !isYearOnly(f.dateOfBirth) && sw && r.chance(0.04)) {
        f.dateOfBirth = sw;
        dobSwapped = true;
      }
    }
    if (p.natId && (src === 'id-card' || r.chance(natRate(p)))) {
      f.nationalId = p.natId;
      if (src !== 'id-card' && !hidden && r.chance(0.03)) {
        f.nationalId = safeSlip(p.natId, natBook);
        natSlip = f.nationalId !== p.natId;
      }
    }
    if (!hidden && p.nssf && r.chance(p.indig ? 0.1 : 0.2)) {
      f.nssfNumber = p.nssf;
      if (r.chance(0.03)) {
        f.nssfNumber = safeSlip(p.nssf, nssfBook);
        nssfSlip = f.nssfNumber !== p.nssf;
      }
    }
    return { f, dobSwapped, natSlip, nssfSlip };
  };

  const hiddenPerson = (type: 'namesake' | 'relative' | 'fresh'): Person => {
    const anchor = persons[indigIdx.length && r.chance(0.65) ? r.pick(indigIdx) : r.int(0, size - 1)];
    if (type === 'fresh') {
      const group: Group = r.chance(0.6) ? pickWeighted(r, INDIG_MIX[province]) : 'khmer';
      const sex: 'M' | 'F' = r.chance(0.5) ? 'F' : 'M';
      return newPerson(group, sex, makeName(group, sex, r), r);
    }
    if (type === 'namesake') {
      const unisex = anchor.toks.every((t) => t.sex === 'U');
      const sex = unisex && r.chance(0.5) ? (anchor.sex === 'M' ? 'F' : 'M') : anchor.sex;
      return newPerson(anchor.group, sex, [...anchor.toks], r);
    }
    const sex: 'M' | 'F' = r.chance(0.5) ? 'F' : 'M';
    const pool = personalPool(anchor.group, sex);
    let personal = r.pick(pool);
    for (let a = 0; a < 10 && anchor.toks.includes(personal); a++) personal = r.pick(pool);
    let toks: Tok[];
    if (anchor.group === 'khmer') toks = [anchor.toks[0], personal];
    else if (anchor.group === 'jarai') {
      const clan = anchor.toks.find((t) => t.kind === 'jc') ?? r.pickSkewed(L.byKind.jc, 1.4);
      toks = [clan, personal];
    } else {
      const keep = anchor.toks.find((t) => t.kind !== 'hl') ?? anchor.toks[anchor.toks.length - 1];
      toks = keep.kind === 'kf' && r.chance(0.5) ? [keep, personal] : keep.kind === 'en' ? [keep, personal] : [personal, keep];
      if (toks[0] === toks[1]) toks = [personal];
    }
    return newPerson(anchor.group, sex, toks, r);
  };

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const rows: RowMeta[] = [];
  let t = Date.parse('2025-03-11T01:30:00.000Z');
  let csvRow = 0;
  for (const slot of slots) {
    let src: Source = r.chance(0.55) ? 'csv' : r.chance(0.78) ? 'manual' : 'id-card';
    let person: Person;
    let name: string;
    let nmeta: NameMeta;
    let fields: ReturnType<typeof fieldsFor>;
    let hiddenType: RowMeta['hiddenType'] = null;
    let askedDob = false;
    if (slot !== null) {
      person = persons[slot];
      if (src === 'id-card' && !person.natId) src = 'manual';
      ({ name, meta: nmeta } = renderName(person, src, ctx, r));
      fields = fieldsFor(person, src, false);
      // A name fitting several registered workers: the inspector often asks the date of birth.
      const rivals = () => {
        const c = candidates(name);
        const mine = c.get(slot)!;
        return [...c].filter(([i, l]) => i !== slot && l <= mine && !toldApart(fields.f, registered[i]));
      };
      if (!fields.f.dateOfBirth && rivals().length && r.chance(0.8)) {
        fields.f.dateOfBirth = sheetDob(person);
        askedDob = true;
      }
    } else {
      const u = r.next();
      hiddenType = u < 0.4 ? 'namesake' : u < 0.75 ? 'relative' : 'fresh';
      let ok = false;
      person = null as unknown as Person;
      name = '';
      nmeta = null as unknown as NameMeta;
      fields = null as unknown as ReturnType<typeof fieldsFor>;
      for (let a = 0; a < 40 && !ok; a++) {
        person = hiddenPerson(hiddenType);
        if (person.natId === null && r.chance(person.indig ? 0.62 : 0.96)) person.natId = hiddenNat();
        if (src === 'id-card' && !person.natId) src = 'manual';
        ({ name, meta: nmeta } = renderName(person, src, ctx, r));
        fields = fieldsFor(person, src, true);
        const c = [...candidates(name).keys()];
        if (!c.length) {
          ok = true;
          break;
        }
        for (let d = 0; d < 60; d++) {
          const bad = c.filter((i) => !toldApart(fields.f, registered[i], false));
          if (!bad.length) {
            ok = true;
            break;
          }
          drawDob(person, r);
          fields.f.dateOfBirth = sheetDob(person);
        }
      }
      if (!ok) throw new Error('fiftysecond: could not place a hidden worker');
    }
    const id = uuid(r);
    t += r.int(15, 150) * 1000;
    if (src === 'csv') csvRow++;
    onsite.push({
      id,
      visitId: 'visit-fiftysecond',
      name,
      nationalId: fields.f.nationalId,
      nssfNumber: fields.f.nssfNumber,
      sex: fields.f.sex,
      dateOfBirth: fields.f.dateOfBirth,
      source: src,
      sourceRow: src === 'csv' ? csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, slot === null ? null : registered[slot].workerId);
    rows.push({
      hidden: slot === null,
      regIdx: slot,
      person,
      source: src,
      name: nmeta,
      dobSwapped: fields.dobSwapped,
      natSlip: fields.natSlip,
      nssfSlip: fields.nssfSlip,
      hiddenType,
      askedDob,
    });
  }
  return { roster: { registered, onsite, truth }, regPersons: persons, regKeys, rows, province, indigShare, ctx };
}

export function generateFiftysecond(size: number, seed: number): Roster {
  return buildFiftysecond(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check: npx tsx test/bench/fiftysecond.ts [size] [seed]
// ---------------------------------------------------------------------------------------------

function consistentDob(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b) return true;
  return (isYearOnly(a) || isYearOnly(b)) && Math.abs(+a.slice(0, 4) - +b.slice(0, 4)) <= 1;
}

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, msg: string) => {
    if (!ok) fails.push(msg);
    console.log(`${ok ? '  ok  ' : '  FAIL'} ${msg}`);
  };
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

  // Time two 10,000-worker generations (the first one cold, lexicon included); other jobs on the
  // machine can slow one run, so the faster of the two is held to the 2 s budget.
  const times: number[] = [];
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now();
    generateFiftysecond(10000, seed);
    times.push(performance.now() - t0);
  }
  const ms10k = Math.min(...times);
  const b = buildFiftysecond(size, seed);
  const { registered, onsite, truth } = b.roster;
  const P = b.regPersons;
  const rows = b.rows;

  console.log(`fiftysecond  size=${size} seed=${seed}  province=${b.province}  indigenous share drawn=${b.indigShare.toFixed(2)}`);
  console.log(`  lists: csv Khmer-script ${b.ctx.csvKh.toFixed(2)}, csv marker "${b.ctx.csvStyle}", manual marker "${b.ctx.manualStyle}", csv Jarai personal-first ${b.ctx.csvJaraiSwap}`);

  // ----- shape
  const nReg = registered.length;
  const indigReg = P.filter((p) => p.indig).length;
  const groups = new Map<string, number>();
  for (const p of P) groups.set(p.group, (groups.get(p.group) ?? 0) + 1);
  const keyCount = new Map<string, number>();
  for (const k of b.regKeys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  const namesakeShare = (f: (p: Person) => boolean) => {
    const xs = P.filter(f);
    return pct(xs.filter((p) => keyCount.get(p.key)! > 1).length, xs.length);
  };
  console.log('\nregistered');
  console.log(`  workers ${nReg}; Indigenous ${pct(indigReg, nReg)}: ${[...groups].map(([g, n]) => `${g} ${pct(n, nReg)}`).join(', ')}`);
  console.log(`  one-word names ${pct(P.filter((p) => p.toks.length === 1).length, nReg)}; namesakes (same name as another registered): Khmer ${namesakeShare((p) => !p.indig)}, Jarai ${namesakeShare((p) => p.group === 'jarai')}, other Indigenous ${namesakeShare((p) => p.indig && p.group !== 'jarai')}`);
  const regIndig = registered.filter((_, i) => P[i].indig);
  const regKhmer = registered.filter((_, i) => !P[i].indig);
  console.log(`  nameLatin missing ${pct(registered.filter((w) => !w.nameLatin).length, nReg)}; national ID: Khmer ${pct(regKhmer.filter((w) => w.nationalId).length, regKhmer.length)}, Indigenous ${pct(regIndig.filter((w) => w.nationalId).length, regIndig.length)}`);
  console.log(`  DOB year-only: Indigenous ${pct(regIndig.filter((w) => w.dateOfBirth && isYearOnly(w.dateOfBirth)).length, regIndig.length)}, Khmer ${pct(regKhmer.filter((w) => w.dateOfBirth && isYearOnly(w.dateOfBirth)).length, regKhmer.length)}; DOB missing ${pct(registered.filter((w) => !w.dateOfBirth).length, nReg)}`);
  console.log(`  Indigenous people with a year-only DOB somewhere ${pct(P.filter((p) => p.indig && p.yo !== 'none').length, indigReg)}`);

  const nOn = onsite.length;
  const trueRows = rows.filter((m) => !m.hidden);
  const hidRows = rows.filter((m) => m.hidden);
  const presentIds = new Set([...truth.values()].filter((x): x is string => !!x));
  console.log('\non site');
  console.log(`  rows ${nOn}: true ${trueRows.length}, hidden ${hidRows.length} (${pct(hidRows.length, nOn)}); registered absent ${nReg - presentIds.size} (${pct(nReg - presentIds.size, nReg)})`);
  const srcs = ['csv', 'manual', 'id-card'] as const;
  console.log(`  source: ${srcs.map((s) => `${s} ${pct(rows.filter((m) => m.source === s).length, nOn)}`).join(', ')}`);
  const kh = rows.filter((m) => m.name.script === 'kh');
  console.log(`  Khmer script ${pct(kh.length, nOn)}; Khmer encoding variants ${pct(kh.filter((m) => m.name.khVar).length, kh.length)} of those: ${(['zwsp', 'nospace', 'split', 'order', 'double'] as const).map((v) => `${v} ${kh.filter((m) => m.name.khVar === v).length}`).join(', ')}`);
  const lat = rows.filter((m) => m.name.script === 'lat');
  console.log(`  Latin: upper ${pct(lat.filter((m) => m.name.caseStyle === 'upper').length, lat.length)}, lower ${pct(lat.filter((m) => m.name.caseStyle === 'lower').length, lat.length)}, one typo ${pct(lat.filter((m) => m.name.typo).length, lat.length)}`);
  const multi = rows.filter((m) => m.person.toks.length > 1);
  const jar = rows.filter((m) => m.person.group === 'jarai' && multi.includes(m));
  console.log(`  order swapped: all multi-word ${pct(multi.filter((m) => m.name.swapped).length, multi.length)}, Jarai ${pct(jar.filter((m) => m.name.swapped).length, jar.length)}, Khmer ${pct(multi.filter((m) => m.person.group === 'khmer' && m.name.swapped).length, multi.filter((m) => m.person.group === 'khmer').length)}`);
  const marked = rows.filter((m) => m.name.markerShown !== null);
  console.log(`  Jarai sex marker dropped ${pct(marked.filter((m) => m.name.markerShown === false).length, marked.length)} of ${marked.length} rows with one`);
  const by = (f: (m: RowMeta) => boolean) => rows.map((m, i) => [m, onsite[i]] as const).filter(([m]) => f(m));
  for (const [label, f] of [['Khmer', (m: RowMeta) => !m.person.indig], ['Indigenous', (m: RowMeta) => m.person.indig]] as const) {
    const xs = by(f);
    const t = xs.filter(([m]) => !m.hidden);
    const withDob = xs.filter(([, o]) => o.dateOfBirth);
    console.log(
      `  ${label} rows ${xs.length}: DOB ${pct(withDob.length, xs.length)} (year-only ${pct(withDob.filter(([, o]) => isYearOnly(o.dateOfBirth!)).length, withDob.length)}), national ID ${pct(xs.filter(([, o]) => o.nationalId).length, xs.length)}, NSSF (true rows) ${pct(t.filter(([, o]) => o.nssfNumber).length, t.length)}, sex missing ${pct(xs.filter(([, o]) => !o.sex).length, xs.length)}`,
    );
  }
  console.log(`  DOB day/month swapped ${trueRows.filter((m) => m.dobSwapped).length}, national ID slips ${trueRows.filter((m) => m.natSlip).length}, NSSF slips ${trueRows.filter((m) => m.nssfSlip).length}, DOB asked because of namesakes ${trueRows.filter((m) => m.askedDob).length}`);
  console.log(`  hidden: ${(['namesake', 'relative', 'fresh'] as const).map((h) => `${h} ${pct(hidRows.filter((m) => m.hiddenType === h).length, hidRows.length)}`).join(', ')}; Indigenous ${pct(hidRows.filter((m) => m.person.indig).length, hidRows.length)}`);

  // ----- independent reading of the roster
  const regIndex = new Map<string, number[]>();
  b.regKeys.forEach((k, i) => regIndex.set(k, [...(regIndex.get(k) ?? []), i]));
  const idxOf = new Map(registered.map((w, i) => [w.workerId, i]));
  const cands = (name: string) => {
    const out = new Map<number, number>();
    for (const [k, l] of readName(name)) for (const i of regIndex.get(k) ?? []) if (!out.has(i) || l < out.get(i)!) out.set(i, l);
    return out;
  };

  console.log('\naudit');
  check(lex().conflicts.length === 0, `lexicon: no spelling shared by two names${lex().conflicts.length ? ` (${lex().conflicts.slice(0, 5).join('; ')})` : ''}`);
  let regRead = 0;
  registered.forEach((w, i) => {
    if (readName(w.nameKh).get(b.regKeys[i]) === 0 && (!w.nameLatin || readName(w.nameLatin).get(b.regKeys[i]) === 0)) regRead++;
  });
  check(regRead === nReg, `registered names read back as their own name: ${regRead}/${nReg}`);

  // rule 1
  let r1 = 0;
  let misread = 0;
  let undecidable = 0;
  const r1ex: string[] = [];
  onsite.forEach((o) => {
    const wid = truth.get(o.id);
    if (!wid) return;
    const ri = idxOf.get(wid)!;
    const w = registered[ri];
    const c = cands(o.name);
    const mine = c.get(ri);
    const bad: string[] = [];
    if (mine === undefined) bad.push('name');
    if (o.sex && o.sex !== w.sex) bad.push('sex');
    if (o.dateOfBirth && w.dateOfBirth && !consistentDob(o.dateOfBirth, w.dateOfBirth)) bad.push('dob');
    if (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId) > 1) bad.push('nat');
    if (o.nssfNumber && (!w.nssfNumber || osa(o.nssfNumber, w.nssfNumber) > 1)) bad.push('nssf');
    if (bad.length) {
      r1++;
      if (r1ex.length < 5) r1ex.push(`${o.name} / ${w.nameLatin ?? w.nameKh}: ${bad.join(',')}`);
      return;
    }
    const others = [...c].filter(([j]) => j !== ri && !toldApart(o, registered[j]));
    if (others.some(([, l]) => l < mine!)) misread++;
    if (others.some(([, l]) => l <= mine!)) undecidable++;
  });
  check(r1 === 0, `rule 1: true rows carry only plausible variants of their worker (violations ${r1}${r1ex.length ? `: ${r1ex.join(' | ')}` : ''})`);
  check(misread === 0, `rule 1: no true row reads better as another registered worker it is not told apart from (${misread})`);

  // rule 2
  let pairs = 0;
  let r2 = 0;
  for (const idxs of regIndex.values()) {
    for (let x = 0; x < idxs.length; x++)
      for (let y = x + 1; y < idxs.length; y++) {
        pairs++;
        const a = registered[idxs[x]].dateOfBirth;
        const c = registered[idxs[y]].dateOfBirth;
        if (!a || !c || !dobFar(a, c)) r2++;
      }
  }
  check(r2 === 0, `rule 2: registered namesake pairs ${pairs}, sharing or near a DOB ${r2}`);

  // rule 3
  let r3 = 0;
  let passable = 0;
  const ruledBy = { sex: 0, dob: 0, nat: 0 };
  const r3ex: string[] = [];
  onsite.forEach((o) => {
    if (truth.get(o.id) !== null) return;
    const c = [...cands(o.name).keys()];
    if (c.length) passable++;
    for (const j of c) {
      const why = toldApart(o, registered[j], false);
      if (!why) {
        r3++;
        if (r3ex.length < 5) r3ex.push(`${o.name} ~ ${registered[j].nameLatin ?? registered[j].nameKh}`);
      } else ruledBy[why as 'sex' | 'dob' | 'nat']++;
    }
  });
  console.log(`  hidden rows that could pass by name for a registered worker: ${passable} (${pct(passable, hidRows.length)}); rule-outs by sex ${ruledBy.sex}, DOB ${ruledBy.dob}, national ID ${ruledBy.nat}`);
  check(r3 === 0, `rule 3: every hidden namesake ruled out by a field on both sides (violations ${r3}${r3ex.length ? `: ${r3ex.join(' | ')}` : ''})`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === nOn, 'rule 4: on-site ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'rule 4: recordedAt increases in row order');
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow);
  check(csvRows.every((x, i) => x === i + 1) && onsite.every((o) => o.source === 'csv' || o.sourceRow === null), 'rule 4: csv sourceRow counts 1..n in row order');
  check(truth.size === nOn && [...truth.values()].every((v) => v === null || idxOf.has(v)) && idxOf.size === nReg, 'rule 4: truth covers every row and names real worker ids');
  const pos: [number, number][] = [];
  onsite.forEach((o, i) => {
    const v = truth.get(o.id);
    if (v) pos.push([i, idxOf.get(v)!]);
  });
  const corr = (xs: [number, number][]) => {
    const n = xs.length;
    const mx = xs.reduce((s, x) => s + x[0], 0) / n;
    const my = xs.reduce((s, x) => s + x[1], 0) / n;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (const [x, y] of xs) {
      sxy += (x - mx) * (y - my);
      sxx += (x - mx) ** 2;
      syy += (y - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy);
  };
  const cr = corr(pos);
  check(Math.abs(cr) < 4 / Math.sqrt(pos.length), `rule 4: on-site order vs register order correlation ${cr.toFixed(3)} (limit 4 sd = ${(4 / Math.sqrt(pos.length)).toFixed(3)})`);
  const hidPos = onsite.map((o, i) => (truth.get(o.id) === null ? i / nOn : -1)).filter((x) => x >= 0);
  const meanHid = hidPos.reduce((s, x) => s + x, 0) / hidPos.length;
  check(Math.abs(meanHid - 0.5) < 4 * Math.sqrt(1 / 12 / hidPos.length), `rule 4: hidden rows spread through the list (mean position ${meanHid.toFixed(3)})`);
  const half = Math.floor(nReg / 2);
  const ind1 = P.slice(0, half).filter((p) => p.indig).length / half;
  const ind2 = P.slice(half).filter((p) => p.indig).length / (nReg - half);
  const indSd = Math.sqrt(((ind1 + ind2) / 2) * (1 - (ind1 + ind2) / 2) * (1 / half + 1 / (nReg - half)));
  check(Math.abs(ind1 - ind2) < 4 * indSd && registered.every((w, i) => w.workerId === `RK-${pad(i + 1, 6)}`), `rule 4: worker ids given after the shuffle (Indigenous share by half ${ind1.toFixed(3)} / ${ind2.toFixed(3)})`);
  const srcHidden = (s: Source) => hidRows.filter((m) => m.source === s).length / hidRows.length - trueRows.filter((m) => m.source === s).length / trueRows.length;
  const srcSd = (s: Source) => {
    const q = trueRows.filter((m) => m.source === s).length / trueRows.length;
    return Math.sqrt((q * (1 - q)) / hidRows.length);
  };
  check(srcs.every((s) => Math.abs(srcHidden(s)) < 4 * srcSd(s)), `rule 4: hidden rows come from the same sources as true ones (share differences ${srcs.map((s) => srcHidden(s).toFixed(3)).join(', ')}; limit 4 sd)`);

  // rule 5
  console.log(`  undecidable true rows: ${undecidable} (${pct(undecidable, trueRows.length)})`);
  check(undecidable / trueRows.length < 0.04, 'rule 5: undecidable true rows under 4 %');

  // schemas, determinism, time
  const badReg = registered.filter((_, i) => i % Math.max(1, Math.floor(nReg / 400)) === 0).filter((w) => !RegisteredSchema.safeParse(w).success).length;
  const badOn = onsite.filter((_, i) => i % Math.max(1, Math.floor(nOn / 400)) === 0).filter((o) => !OnsiteSchema.safeParse(o).success).length;
  check(badReg === 0 && badOn === 0, `schemas: sampled registered / on-site records parse (failures ${badReg} / ${badOn})`);
  const ser = (x: Roster) => JSON.stringify({ r: x.registered, o: x.onsite, t: [...x.truth] });
  const s1 = ser(b.roster);
  check(s1 === ser(generateFiftysecond(size, seed)), 'determinism: same seed, identical roster');
  check(s1 !== ser(generateFiftysecond(size, seed + 1)), 'determinism: another seed, a different roster');
  check(ms10k < 2000, `time: 10,000 registered generated in ${ms10k.toFixed(0)} ms (runs: ${times.map((x) => x.toFixed(0)).join(' / ')} ms)`);

  console.log(fails.length ? `\nFAIL (${fails.length})` : '\nPASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('fiftysecond.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  void selfCheck(size, seed).then((ok) => {
    if (!ok) process.exit(1);
  });
}
