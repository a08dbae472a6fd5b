/**
 * hundredfourth — the plain grader's roster.
 *
 * Written blind, by someone who will score reconciliation engines on it: the product text's
 * variations and nothing else, each applied independently at a flat rate, on short name lists
 * drawn uniformly, so that namesakes happen by chance as in a real factory and not by design.
 *
 * POPULATION
 *   registered            size; family name uniform over 25, given name uniform over 50 of the
 *                         worker's sex (names: ./hundredfourth-names.ts, both scripts)
 *   absent registered     5 % (each registered worker independently)
 *   hidden workers        6 % of on-site rows (≈ 606 at 10,000 registered; ≈ 10,100 on site)
 *   on-site source        csv 60 % (sourceRow = its line in the sheet) / manual 40 %, independent of truth
 *
 * REGISTER (the fund's list)
 *   | field        | rule                                                                 |
 *   |--------------|----------------------------------------------------------------------|
 *   | nameKh       | always, "family given", standard spelling                            |
 *   | nameLatin    | missing 10 %; otherwise "Family Given", one romanization at random   |
 *   | nationalId   | always, 9 digits, every two on the list 2+ edits apart               |
 *   | nssfNumber   | always, 10 digits, every two on the list 2+ edits apart              |
 *   | sex, DOB     | always; DOB 1970-2006; namesakes never within a swap or one digit    |
 *   | hire, wage   | hire date after the 18th birthday, 2005-2024; wage 0.8-2.0 M riel    |
 *
 * TRUE ON-SITE ROWS — each variation drawn independently per row
 *   | variation (product text)                       | rate                | applies to          |
 *   |------------------------------------------------|---------------------|---------------------|
 *   | name written in Khmer (else Latin)             | 50 %                | every row           |
 *   |   → Khmer on one side, Latin on the other      | ≈ 5 % (emerges)     | Latin row, register Latin missing |
 *   | zero-width space instead of the space          | 10 %                | Khmer rows          |
 *   | another keyboard's code-point order            | 10 % drawn (≈ 6.5 % land: only a name with a shifter or subscript before a vowel can be typed otherwise) | Khmer rows |
 *   | NFD instead of NFC                             | 10 % (a no-op: no Khmer letter decomposes) | Khmer rows |
 *   | another romanization of one word               | 10 %                | Latin rows          |
 *   | family and given name swapped                  | 10 %                | every row           |
 *   | upper case                                     | 10 %                | Latin rows          |
 *   | one typo (one edit, one word of 4+ letters)    | 10 %                | Latin rows          |
 *   | national ID missing                            | 10 %                | every row           |
 *   | NSSF number missing                            | 10 %                | every row           |
 *   | national ID: one digit slipped (swap/mistype)  | 10 %                | rows carrying it    |
 *   | NSSF number: one digit slipped                 | 10 %                | rows carrying it    |
 *   | date of birth missing                          | 10 %                | every row           |
 *   | date of birth day/month swapped                | 10 %                | rows carrying a DOB whose day ≤ 12 and ≠ month (≈ 4 % of rows) |
 *   | sex                                            | always present and right (the text lists no sex variation) |
 *   A Latin row with no chosen romanization uses the register's spelling, or the most usual one
 *   when the register has no Latin name. No variation beyond these is modelled.
 *
 * HIDDEN ROWS (on site, not registered)
 *   Drawn from the same lists (so nearly all are namesakes of someone, by chance), written with
 *   the same name variations at the same rates, national ID missing 10 %, DOB missing 10 %, no NSSF
 *   number (they are not registered: they have none). Their national ID is 2+ edits from every
 *   registered one. Each is kept only if a field on both lists rules it out from every registered
 *   worker it could pass for by name; otherwise its date is redrawn (or the worker redrawn when
 *   it carries neither ID nor date).
 *
 * FAIRNESS RULES (audited by the self-check)
 *   1. A true row carries only plausible variants of its worker: Khmer equal after removing
 *      spaces/ZWSP and canonical reordering, or Latin within one edit of some romanization
 *      (either order, any case); IDs exact or one edit; DOB exact or day/month swapped; sex right.
 *   2. Registered namesakes (same name class: any shared spelling, either order, either script)
 *      never have DOBs within a swap or one digit; all IDs on the register are 2+ edits apart.
 *   3. A hidden row that could pass for a registered worker by name (its name within one edit of
 *      any spelling of theirs, either order, either script) is ruled out from each such worker by
 *      a field present on both sides: sex differs, DOB neither equal, swapped nor one digit off,
 *      or national ID / NSSF number 2+ edits apart.
 *   4. Nothing leaks: registered and on-site lists are shuffled, registered workerIds assigned
 *      after shuffling, on-site ids are random v4 UUIDs from the seeded PRNG, recordedAt increases
 *      in row order.
 *   5. Undecidable true rows (another registered worker they could pass for by name with nothing
 *      on both sides to tell them apart) stay under 4 %.
 *
 * Run `npx tsx test/bench/hundredfourth.ts 10000 1` for the self-check.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY, GIVEN_F, GIVEN_M, type NameEntry } from './hundredfourth-names';

export const HUNDREDFOURTH_LABEL =
  'plain grader: short uniform name lists, chance namesakes, each listed variation at a flat ~10 %, 6 % hidden, 5 % absent';

const RATE = {
  absent: 0.05,
  hiddenShareOfRows: 0.06,
  registerLatinMissing: 0.1,
  khmerSide: 0.5,
  zwsp: 0.1,
  keyboard: 0.1,
  nfd: 0.1,
  romanization: 0.1,
  swap: 0.1,
  upper: 0.1,
  typo: 0.1,
  nidMissing: 0.1,
  nssfMissing: 0.1,
  nidSlip: 0.1,
  nssfSlip: 0.1,
  dobMissing: 0.1,
  dobSwap: 0.1,
  csv: 0.6,
} as const;

const VISIT_ID = 'visit-hundredfourth';
const GIVEN: readonly NameEntry[] = [...GIVEN_F, ...GIVEN_M];
const KEY_STRIDE = 128;
const keyOf = (f: number, g: number) => f * KEY_STRIDE + g;
const famOf = (key: number) => Math.floor(key / KEY_STRIDE);
const givOf = (key: number) => key % KEY_STRIDE;
const sexOfGiven = (g: number): 'F' | 'M' => (g < GIVEN_F.length ? 'F' : 'M');

// ───────────────────────────── text helpers ─────────────────────────────

const ZWSP = '\u200B';

/** One edit apart or equal (optimal string alignment: substitution, insertion, deletion, adjacent swap). */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, t] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  return s.slice(i) === t.slice(i + 1);
}

const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
const latinNorm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** Mark classes for a canonical Khmer order: shifters/robat, subscripts, vowels, other signs. */
function khClass(cp: number): number {
  if (cp === 0x17c9 || cp === 0x17ca || cp === 0x17cc) return 1;
  if (cp === 0x17d2) return 2;
  if (cp >= 0x17b6 && cp <= 0x17c5) return 3;
  return 4;
}
const isKhMark = (cp: number) => (cp >= 0x17b6 && cp <= 0x17d3) || cp === 0x17dd;

/** Khmer comparison form: NFC, no spaces/ZWSP, marks of each cluster in one fixed order. */
export function khCanon(s: string): string {
  const cps = Array.from(s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]/g, ''));
  const out: string[] = [];
  let i = 0;
  while (i < cps.length) {
    out.push(cps[i]);
    i++;
    const units: { cls: number; s: string }[] = [];
    while (i < cps.length && isKhMark(cps[i].codePointAt(0)!)) {
      const cp = cps[i].codePointAt(0)!;
      if (cp === 0x17d2 && i + 1 < cps.length) {
        units.push({ cls: 2, s: cps[i] + cps[i + 1] });
        i += 2;
      } else {
        units.push({ cls: khClass(cp), s: cps[i] });
        i++;
      }
    }
    units.sort((a, b) => a.cls - b.cls); // stable
    for (const u of units) out.push(u.s);
  }
  return out.join('');
}

/** Another keyboard's order: a vowel or sign typed before the shifter or subscript it follows. */
function keyboardVariant(r: Rng, word: string): string | null {
  const cps = Array.from(word);
  const spots: { at: number; len: number }[] = [];
  for (let i = 1; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0)!;
    if ((cp === 0x17c9 || cp === 0x17ca) && i + 1 < cps.length) {
      const nx = cps[i + 1].codePointAt(0)!;
      if (isKhMark(nx) && khClass(nx) >= 3) spots.push({ at: i, len: 1 });
    }
    if (cp === 0x17d2 && i + 2 < cps.length) {
      const nx = cps[i + 2].codePointAt(0)!;
      if (isKhMark(nx) && khClass(nx) >= 3) spots.push({ at: i, len: 2 });
    }
  }
  if (!spots.length) return null;
  const { at, len } = r.pick(spots);
  const moved = cps.slice(at, at + len);
  const vowel = cps[at + len];
  const res = [...cps.slice(0, at), vowel, ...moved, ...cps.slice(at + len + 1)].join('');
  return res === word ? null : res;
}

const QWERTY: Record<string, string> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol',
  a: 'qsz', s: 'adwx', d: 'sfec', f: 'dgrv', g: 'fhtb', h: 'gjyn', j: 'hkum', k: 'jli', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

/** One typo in one word of 4+ letters: a neighbouring key, a dropped, doubled or swapped letter. */
function typo(r: Rng, s: string): string | null {
  const words = s.split(' ');
  const ok = words.map((w, i) => (/^[A-Za-z]{4,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (!ok.length) return null;
  const wi = r.pick(ok);
  const w = words[wi];
  const up = w === w.toUpperCase();
  const pos = r.int(1, w.length - 1);
  let out = w;
  for (let attempt = 0; attempt < 8 && out === w; attempt++) {
    const op = r.int(0, 3);
    if (op === 0) {
      const near = QWERTY[w[pos].toLowerCase()] ?? 'aeiou';
      let c = r.pick(near.split(''));
      if (up) c = c.toUpperCase();
      out = w.slice(0, pos) + c + w.slice(pos + 1);
    } else if (op === 1) out = w.slice(0, pos) + w.slice(pos + 1);
    else if (op === 2) out = w.slice(0, pos) + w[pos] + w.slice(pos);
    else if (w[pos - 1] !== w[pos]) out = w.slice(0, pos - 1) + w[pos] + w[pos - 1] + w.slice(pos + 1);
  }
  if (out === w) return null;
  words[wi] = out;
  return words.join(' ');
}

// ───────────────────────────── name index ─────────────────────────────

/** Every spelling of every name (both scripts, both orders), with a one-edit lookup (symmetric deletions). */
class NameIndex {
  private readonly strs: string[] = [];
  private readonly keys: number[] = [];
  private readonly seen = new Set<string>();
  private readonly byDel = new Map<string, number[]>();
  readonly exact = new Map<string, number[]>();

  add(s: string, key: number): void {
    const id = `${key}|${s}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const e = this.strs.length;
    this.strs.push(s);
    this.keys.push(key);
    const ex = this.exact.get(s);
    if (ex) ex.push(key);
    else this.exact.set(s, [key]);
    const forms = new Set<string>([s]);
    for (let i = 0; i < s.length; i++) forms.add(s.slice(0, i) + s.slice(i + 1));
    for (const f of forms) {
      const l = this.byDel.get(f);
      if (l) l.push(e);
      else this.byDel.set(f, [e]);
    }
  }

  /** Keys with a spelling within one edit of q. */
  query(q: string, into: Set<number>): void {
    const forms = new Set<string>([q]);
    for (let i = 0; i < q.length; i++) forms.add(q.slice(0, i) + q.slice(i + 1));
    for (const f of forms) {
      const l = this.byDel.get(f);
      if (!l) continue;
      for (const e of l) if (!into.has(this.keys[e]) && withinOne(q, this.strs[e])) into.add(this.keys[e]);
    }
  }
}

interface Names {
  latin: NameIndex;
  khmer: NameIndex;
  /** Name class per key: keys sharing any exact spelling are one name. */
  classOf: Map<number, number>;
  /** canonical Khmer (family given order) → key */
  khKey: Map<string, number>;
  classMerges: number;
}

let namesCache: Names | null = null;

function names(): Names {
  if (namesCache) return namesCache;
  const latin = new NameIndex();
  const khmer = new NameIndex();
  const khKey = new Map<string, number>();
  for (let f = 0; f < FAMILY.length; f++) {
    for (let g = 0; g < GIVEN.length; g++) {
      const key = keyOf(f, g);
      const fe = FAMILY[f];
      const ge = GIVEN[g];
      for (const fs of fe.latin) {
        for (const gs of ge.latin) {
          latin.add(latinNorm(fs + gs), key);
          latin.add(latinNorm(gs + fs), key);
        }
      }
      const a = khCanon(fe.kh + ge.kh);
      khmer.add(a, key);
      khmer.add(khCanon(ge.kh + fe.kh), key);
      khKey.set(a, key);
    }
  }
  // union-find over keys sharing an exact spelling
  const parent = new Map<number, number>();
  const find = (k: number): number => {
    let p = parent.get(k) ?? k;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(k, p);
    return p;
  };
  let classMerges = 0;
  for (const idx of [latin, khmer]) {
    for (const ks of idx.exact.values()) {
      for (let i = 1; i < ks.length; i++) {
        const a = find(ks[0]);
        const b = find(ks[i]);
        if (a !== b) {
          parent.set(b, a);
          classMerges++;
        }
      }
    }
  }
  const classOf = new Map<number, number>();
  for (let f = 0; f < FAMILY.length; f++) for (let g = 0; g < GIVEN.length; g++) classOf.set(keyOf(f, g), find(keyOf(f, g)));
  namesCache = { latin, khmer, classOf, khKey, classMerges };
  return namesCache;
}

/** Every name key a written name could pass for: within one edit of any spelling, either order. */
export function passFor(name: string): Set<number> {
  const n = names();
  const out = new Set<number>();
  if (isKhmer(name)) n.khmer.query(khCanon(name), out);
  else n.latin.query(latinNorm(name), out);
  return out;
}

// ───────────────────────────── ids and dates ─────────────────────────────

function digits(r: Rng, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += String(r.int(0, 9));
  return s;
}

/** Does `used` hold s or anything one substitution or adjacent swap from it? */
function nearUsed(s: string, used: Set<string>): boolean {
  if (used.has(s)) return true;
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== s[i] && used.has(s.slice(0, i) + c + s.slice(i + 1))) return true;
    }
    if (i + 1 < s.length && s[i] !== s[i + 1] && used.has(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))) return true;
  }
  return false;
}

function freshId(r: Rng, len: number, used: Set<string>): string {
  for (;;) {
    const s = digits(r, len);
    if (!nearUsed(s, used)) {
      used.add(s);
      return s;
    }
  }
}

/** One slipped digit: two neighbours swapped, or one digit mistyped. */
function slip(r: Rng, s: string): string {
  const swaps: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) swaps.push(i);
  if (swaps.length && r.chance(0.5)) {
    const i = r.pick(swaps);
    return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  }
  const i = r.int(0, s.length - 1);
  let d = r.int(0, 8);
  if (String(d) >= s[i]) d++;
  return s.slice(0, i) + String(d) + s.slice(i + 1);
}

const DAY = 86_400_000;
const dateStr = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DOB_LO = Date.UTC(1970, 0, 1);
const DOB_HI = Date.UTC(2006, 11, 31);
const randomDob = (r: Rng) => dateStr(DOB_LO + r.int(0, Math.round((DOB_HI - DOB_LO) / DAY)) * DAY);

function swapDayMonth(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}

/** Equal, day/month swapped, or one digit off (substitution or adjacent swap). */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDayMonth(a) === b) return true;
  return withinOne(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

// ───────────────────────────── generator ─────────────────────────────

interface Person {
  key: number;
  sex: 'F' | 'M';
  nationalId: string;
  nssfNumber: string;
  dob: string;
  hireDate: string;
  wage: number;
  /** romanization indices on the register, or null when the register has no Latin name */
  lat: [number, number] | null;
}

interface Draft {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'F' | 'M';
  dob: string | null;
  truth: number | null; // index into the registered list
}

/** The written name: script, order, encoding, romanization, case and typo, each drawn independently. */
function writeName(r: Rng, key: number, ref: [number, number]): string {
  const fe = FAMILY[famOf(key)];
  const ge = GIVEN[givOf(key)];
  if (r.chance(RATE.khmerSide)) {
    let fam = fe.kh;
    let giv = ge.kh;
    if (r.chance(RATE.keyboard)) {
      const first = r.chance(0.5);
      const a = keyboardVariant(r, first ? fam : giv);
      const b = a === null ? keyboardVariant(r, first ? giv : fam) : null;
      if (a !== null) {
        if (first) fam = a;
        else giv = a;
      } else if (b !== null) {
        if (first) giv = b;
        else fam = b;
      }
    }
    const parts = r.chance(RATE.swap) ? [giv, fam] : [fam, giv];
    let s = parts.join(r.chance(RATE.zwsp) ? ZWSP : ' ');
    if (r.chance(RATE.nfd)) s = s.normalize('NFD');
    return s;
  }
  let [lf, lg] = ref;
  if (r.chance(RATE.romanization)) {
    const canF = fe.latin.length > 1;
    const canG = ge.latin.length > 1;
    const pickF = canF && (!canG || r.chance(0.5));
    if (pickF) lf = (lf + r.int(1, fe.latin.length - 1)) % fe.latin.length;
    else if (canG) lg = (lg + r.int(1, ge.latin.length - 1)) % ge.latin.length;
  }
  const parts = r.chance(RATE.swap) ? [ge.latin[lg], fe.latin[lf]] : [fe.latin[lf], ge.latin[lg]];
  let s = parts.join(' ');
  if (r.chance(RATE.upper)) s = s.toUpperCase();
  if (r.chance(RATE.typo)) s = typo(r, s) ?? s;
  return s;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Can a row with these fields be told apart from registered person p by a field on both sides? */
function ruledOut(d: { sex: 'F' | 'M' | null; dob: string | null; nationalId: string | null; nssfNumber: string | null }, p: {
  sex: 'F' | 'M' | null;
  dob: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}): boolean {
  if (d.sex && p.sex && d.sex !== p.sex) return true;
  if (d.dob && p.dob && !dobClose(d.dob, p.dob)) return true;
  if (d.nationalId && p.nationalId && !withinOne(d.nationalId, p.nationalId)) return true;
  if (d.nssfNumber && p.nssfNumber && !withinOne(d.nssfNumber, p.nssfNumber)) return true;
  return false;
}

export function hundredfourthRoster(size: number, seed: number): Roster {
  const r = rng(seed);
  const nm = names();
  const usedNid = new Set<string>();
  const usedNssf = new Set<string>();
  const dobsByClass = new Map<number, string[]>();

  // ── the register ──
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const f = r.int(0, FAMILY.length - 1);
    const sex: 'F' | 'M' = r.chance(0.5) ? 'F' : 'M';
    const g = sex === 'F' ? r.int(0, GIVEN_F.length - 1) : GIVEN_F.length + r.int(0, GIVEN_M.length - 1);
    const key = keyOf(f, g);
    const cls = nm.classOf.get(key)!;
    const taken = dobsByClass.get(cls) ?? [];
    let dob = randomDob(r);
    while (taken.some((t) => dobClose(t, dob))) dob = randomDob(r);
    taken.push(dob);
    dobsByClass.set(cls, taken);
    const adult = Date.parse(dob) + Math.round(18 * 365.25) * DAY;
    const hireLo = Math.max(adult, Date.UTC(2005, 0, 1));
    const hireHi = Date.UTC(2024, 11, 31);
    const hireDate = dateStr(hireLo + r.int(0, Math.max(0, Math.floor((hireHi - hireLo) / DAY))) * DAY);
    const lat: [number, number] | null = r.chance(RATE.registerLatinMissing)
      ? null
      : [r.int(0, FAMILY[f].latin.length - 1), r.int(0, GIVEN[g].latin.length - 1)];
    people.push({
      key,
      sex,
      nationalId: freshId(r, 9, usedNid),
      nssfNumber: freshId(r, 10, usedNssf),
      dob,
      hireDate,
      wage: r.int(800, 2000) * 1000,
      lat,
    });
  }
  r.shuffle(people);
  const registered: RegisteredWorker[] = people.map((p, i) => ({
    workerId: `W${String(i + 1).padStart(6, '0')}`,
    nssfNumber: p.nssfNumber,
    nationalId: p.nationalId,
    nameKh: `${FAMILY[famOf(p.key)].kh} ${GIVEN[givOf(p.key)].kh}`,
    nameLatin: p.lat ? `${FAMILY[famOf(p.key)].latin[p.lat[0]]} ${GIVEN[givOf(p.key)].latin[p.lat[1]]}` : null,
    sex: p.sex,
    dateOfBirth: p.dob,
    hireDate: p.hireDate,
    wageRiel: p.wage,
  }));
  const byKey = new Map<number, number[]>();
  people.forEach((p, i) => {
    const l = byKey.get(p.key);
    if (l) l.push(i);
    else byKey.set(p.key, [i]);
  });

  // ── true on-site rows ──
  const drafts: Draft[] = [];
  for (let i = 0; i < people.length; i++) {
    if (r.chance(RATE.absent)) continue;
    const p = people[i];
    const name = writeName(r, p.key, p.lat ?? [0, 0]);
    let nationalId: string | null = r.chance(RATE.nidMissing) ? null : p.nationalId;
    if (nationalId && r.chance(RATE.nidSlip)) nationalId = slip(r, nationalId);
    let nssfNumber: string | null = r.chance(RATE.nssfMissing) ? null : p.nssfNumber;
    if (nssfNumber && r.chance(RATE.nssfSlip)) nssfNumber = slip(r, nssfNumber);
    let dob: string | null = r.chance(RATE.dobMissing) ? null : p.dob;
    if (dob && r.chance(RATE.dobSwap)) dob = swapDayMonth(dob) ?? dob;
    drafts.push({ name, nationalId, nssfNumber, sex: p.sex, dob, truth: i });
  }

  // ── hidden rows ──
  const hiddenCount = Math.round((drafts.length * RATE.hiddenShareOfRows) / (1 - RATE.hiddenShareOfRows));
  const regView = people.map((p) => ({ sex: p.sex, dob: p.dob, nationalId: p.nationalId, nssfNumber: p.nssfNumber }));
  for (let h = 0; h < hiddenCount; ) {
    const f = r.int(0, FAMILY.length - 1);
    const g = r.int(0, GIVEN.length - 1);
    const key = keyOf(f, g);
    const name = writeName(r, key, [r.int(0, FAMILY[f].latin.length - 1), r.int(0, GIVEN[g].latin.length - 1)]);
    const d: Draft = {
      name,
      nationalId: null,
      nssfNumber: null,
      sex: sexOfGiven(g),
      dob: r.chance(RATE.dobMissing) ? null : randomDob(r),
      truth: null,
    };
    const hasNid = !r.chance(RATE.nidMissing);
    const cands: number[] = [];
    for (const k of passFor(name)) for (const i of byKey.get(k) ?? []) cands.push(i);
    const fits = () => cands.every((i) => ruledOut(d, regView[i]));
    if (hasNid) {
      // a national ID 2+ edits from every registered one rules out every registered worker
      d.nationalId = freshId(r, 9, usedNid);
    } else if (!fits()) {
      if (d.dob === null) continue; // neither ID nor date: redraw the worker
      let tries = 0;
      while (!fits() && tries++ < 50) d.dob = randomDob(r);
      if (!fits()) continue;
    }
    drafts.push(d);
    h++;
  }

  // ── shuffle, then number the rows ──
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 2, 10, 1, 0, 0);
  let csvRow = 0;
  for (const d of drafts) {
    t += r.int(15, 90) * 1000;
    const id = uuid(r);
    const csv = r.chance(RATE.csv);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dob,
      source: csv ? 'csv' : 'manual',
      sourceRow: csv ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.truth === null ? null : registered[d.truth].workerId);
  }
  return { registered, onsite, truth };
}

// ───────────────────────────── self-check ─────────────────────────────

function selfCheck(size: number, seed: number): boolean {
  const lines: string[] = [];
  const fails: string[] = [];
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(2)} %` : 'n/a');
  const check = (ok: boolean, what: string) => {
    lines.push(`  [${ok ? 'ok' : 'FAIL'}] ${what}`);
    if (!ok) fails.push(what);
  };

  // cold timing first, before anything warms the name index
  const t0 = performance.now();
  const cold = hundredfourthRoster(10_000, seed);
  const coldMs = performance.now() - t0;
  const roster = size === 10_000 ? cold : hundredfourthRoster(size, seed);
  const { registered, onsite, truth } = roster;
  const nm = names();

  const regById = new Map(registered.map((w, i) => [w.workerId, i]));
  const regKey = registered.map((w) => nm.khKey.get(khCanon(w.nameKh)));
  const byKey = new Map<number, number[]>();
  regKey.forEach((k, i) => {
    if (k === undefined) return;
    const l = byKey.get(k);
    if (l) l.push(i);
    else byKey.set(k, [i]);
  });

  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set([...truth.values()].filter((v): v is string => v !== null));

  lines.push(`hundredfourth roster — size ${size}, seed ${seed}`);
  lines.push(`  ${HUNDREDFOURTH_LABEL}`);
  lines.push('shape');
  lines.push(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)} of rows)`);
  lines.push(`  absent registered ${registered.length - present.size} = ${pct(registered.length - present.size, registered.length)}`);
  lines.push(`  register Latin name missing ${pct(registered.filter((w) => w.nameLatin === null).length, registered.length)}`);
  const classCount = new Map<number, number>();
  for (const k of regKey) if (k !== undefined) classCount.set(nm.classOf.get(k)!, (classCount.get(nm.classOf.get(k)!) ?? 0) + 1);
  const withNamesake = regKey.filter((k) => k !== undefined && classCount.get(nm.classOf.get(k)!)! > 1).length;
  lines.push(`  registered sharing their full name with another registered worker ${pct(withNamesake, registered.length)}; distinct names ${classCount.size}; largest group ${Math.max(...classCount.values())}`);
  lines.push(`  name classes merged by a shared spelling across list entries: ${nm.classMerges}`);

  // ── variation rates among true rows, measured on the output ──
  let kh = 0, lat = 0, cross = 0, zw = 0, kb = 0, nfdChanged = 0, swapped = 0, upper = 0, typoed = 0, roman = 0, romanBase = 0;
  let nidMiss = 0, nidSlip = 0, nssfMiss = 0, nssfSlip = 0, dobMiss = 0, dobSwap = 0, dobSwapEligible = 0;
  let rule1 = 0;
  const rule1Examples: string[] = [];
  let undecidable = 0;
  let candTotal = 0;
  for (const o of trueRows) {
    const ri = regById.get(truth.get(o.id)!)!;
    const w = registered[ri];
    const key = regKey[ri]!;
    const fe = FAMILY[famOf(key)];
    const ge = GIVEN[givOf(key)];
    let ok = true;
    if (isKhmer(o.name)) {
      kh++;
      if (o.name.includes(ZWSP)) zw++;
      if (o.name !== o.name.normalize('NFC')) nfdChanged++;
      const c = khCanon(o.name);
      const normal = khCanon(fe.kh + ge.kh);
      const rev = khCanon(ge.kh + fe.kh);
      if (c !== normal && c !== rev) ok = false;
      if (c === rev && c !== normal) swapped++;
      const raw = o.name.replace(/[\s\u200B]/g, '');
      if (raw !== fe.kh + ge.kh && raw !== ge.kh + fe.kh && raw.normalize('NFC') === raw) kb++;
    } else {
      lat++;
      if (w.nameLatin === null) cross++;
      if (o.name === o.name.toUpperCase()) upper++;
      const q = latinNorm(o.name);
      let exactNormal = false, exactRev = false, near = false, exactRegSpelling = false;
      fe.latin.forEach((fs, fi) =>
        ge.latin.forEach((gs, gi) => {
          const a = latinNorm(fs + gs);
          const b = latinNorm(gs + fs);
          if (q === a) exactNormal = true;
          if (q === b) exactRev = true;
          if (withinOne(q, a) || withinOne(q, b)) near = true;
          if ((q === a || q === b) && w.nameLatin === `${fs} ${gs}`) exactRegSpelling = true;
          void fi; void gi;
        }),
      );
      if (!near) ok = false;
      if (!exactNormal && !exactRev) typoed++;
      if (exactRev && !exactNormal) swapped++;
      if (w.nameLatin !== null && (exactNormal || exactRev)) {
        romanBase++;
        if (!exactRegSpelling) roman++;
      }
    }
    if (o.nationalId === null) nidMiss++;
    else if (o.nationalId !== w.nationalId) {
      nidSlip++;
      if (!withinOne(o.nationalId, w.nationalId!)) ok = false;
    }
    if (o.nssfNumber === null) nssfMiss++;
    else if (o.nssfNumber !== w.nssfNumber) {
      nssfSlip++;
      if (!withinOne(o.nssfNumber, w.nssfNumber!)) ok = false;
    }
    if (o.dateOfBirth === null) dobMiss++;
    else {
      if (swapDayMonth(w.dateOfBirth!) !== null) dobSwapEligible++;
      if (o.dateOfBirth !== w.dateOfBirth) {
        dobSwap++;
        if (o.dateOfBirth !== swapDayMonth(w.dateOfBirth!)) ok = false;
      }
    }
    if (o.sex !== null && o.sex !== w.sex) ok = false;
    const keys = passFor(o.name);
    if (!keys.has(key)) ok = false;
    if (!ok) {
      rule1++;
      if (rule1Examples.length < 3) rule1Examples.push(`${o.name} ↔ ${w.nameKh} / ${w.nameLatin}`);
    }
    // rule 5
    let amb = false;
    for (const k of keys) {
      for (const j of byKey.get(k) ?? []) {
        if (j === ri) continue;
        candTotal++;
        const x = registered[j];
        if (!ruledOut({ sex: o.sex, dob: o.dateOfBirth, nationalId: o.nationalId, nssfNumber: o.nssfNumber }, { sex: x.sex, dob: x.dateOfBirth, nationalId: x.nationalId, nssfNumber: x.nssfNumber })) amb = true;
      }
    }
    if (amb) undecidable++;
  }
  const n = trueRows.length;
  lines.push('variations among true rows (measured on the output)');
  lines.push(`  name in Khmer ${pct(kh, n)}, in Latin ${pct(lat, n)}; Latin row against a register with no Latin name ${pct(cross, n)}`);
  lines.push(`  Khmer rows: zero-width space ${pct(zw, kh)}, another keyboard's order ${pct(kb, kh)}, changed by NFD ${pct(nfdChanged, kh)}`);
  lines.push(`  Latin rows: another romanization ${pct(roman, romanBase)} (of exact rows with a register Latin name), upper case ${pct(upper, lat)}, one typo ${pct(typoed, lat)}`);
  lines.push(`  family/given swapped ${pct(swapped, n)} (typo'd Latin rows not counted)`);
  lines.push(`  national ID missing ${pct(nidMiss, n)}, slipped ${pct(nidSlip, n - nidMiss)} of those present`);
  lines.push(`  NSSF number missing ${pct(nssfMiss, n)}, slipped ${pct(nssfSlip, n - nssfMiss)} of those present`);
  lines.push(`  DOB missing ${pct(dobMiss, n)}, day/month swapped ${pct(dobSwap, n - dobMiss)} of those present (${pct(dobSwap, dobSwapEligible)} of swappable)`);
  lines.push(`  other registered workers a true row could pass for by name: ${(candTotal / Math.max(1, n)).toFixed(1)} on average`);

  lines.push('hidden rows');
  let rule3 = 0;
  let hiddenNamesakes = 0;
  let hNid = 0, hDob = 0, hKh = 0;
  for (const o of hiddenRows) {
    if (o.nationalId === null) hNid++;
    if (o.dateOfBirth === null) hDob++;
    if (isKhmer(o.name)) hKh++;
    let any = false;
    for (const k of passFor(o.name)) {
      for (const j of byKey.get(k) ?? []) {
        any = true;
        const x = registered[j];
        if (!ruledOut({ sex: o.sex, dob: o.dateOfBirth, nationalId: o.nationalId, nssfNumber: o.nssfNumber }, { sex: x.sex, dob: x.dateOfBirth, nationalId: x.nationalId, nssfNumber: x.nssfNumber })) rule3++;
      }
    }
    if (any) hiddenNamesakes++;
  }
  const hn = hiddenRows.length;
  lines.push(`  could pass for a registered worker by name ${pct(hiddenNamesakes, hn)}; national ID missing ${pct(hNid, hn)}, DOB missing ${pct(hDob, hn)}, Khmer ${pct(hKh, hn)}`);

  lines.push('fairness');
  check(rule1 === 0, `rule 1: true rows carrying only plausible variants (${rule1} violations${rule1Examples.length ? ': ' + rule1Examples.join('; ') : ''})`);
  // rule 2
  let rule2 = 0;
  const byClass = new Map<number, number[]>();
  regKey.forEach((k, i) => {
    if (k === undefined) return;
    const c = nm.classOf.get(k)!;
    const l = byClass.get(c);
    if (l) l.push(i);
    else byClass.set(c, [i]);
  });
  for (const l of byClass.values())
    for (let a = 0; a < l.length; a++)
      for (let b = a + 1; b < l.length; b++) if (dobClose(registered[l[a]].dateOfBirth!, registered[l[b]].dateOfBirth!)) rule2++;
  for (const field of ['nationalId', 'nssfNumber'] as const) {
    const seen = new Set<string>();
    for (const w of registered) {
      const v = w[field]!;
      if (nearUsed(v, seen)) rule2++;
      seen.add(v);
    }
  }
  check(regKey.every((k) => k !== undefined), 'every registered Khmer name is on the list');
  check(rule2 === 0, `rule 2: registered namesakes' DOBs apart, register IDs 2+ edits apart (${rule2} violations)`);
  check(rule3 === 0, `rule 3: hidden rows ruled out from every registered worker they could pass for (${rule3} violations)`);
  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  const timeOk = onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt));
  const truthOk = truth.size === onsite.length && onsite.every((o) => truth.has(o.id)) && [...truth.values()].every((v) => v === null || regById.has(v));
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  const pAll = hn / onsite.length;
  const zHidden = Math.abs(h1 - h2) / Math.sqrt(pAll * (1 - pAll) * (1 / half + 1 / (onsite.length - half)));
  const corr = (xs: number[], ys: number[]) => {
    const m = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / m;
    const my = ys.reduce((a, b) => a + b, 0) / m;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < m; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
      syy += (ys[i] - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy || 1);
  };
  const rowIdx = trueRows.map((o) => onsite.indexOf(o));
  const regIdx = trueRows.map((o) => regById.get(truth.get(o.id)!)!);
  const zOrder = Math.abs(corr(rowIdx, regIdx)) * Math.sqrt(trueRows.length);
  const zRegName = Math.abs(corr(registered.map((_, i) => i), regKey.map((k) => k ?? 0))) * Math.sqrt(registered.length);
  const absentIdx = registered.map((w, i) => (present.has(w.workerId) ? -1 : i)).filter((i) => i >= 0);
  const zAbsent = Math.abs(corr(registered.map((_, i) => i), registered.map((w) => (present.has(w.workerId) ? 0 : 1)))) * Math.sqrt(registered.length);
  void absentIdx;
  check(idsOk && timeOk && truthOk && zHidden < 4 && zOrder < 4 && zRegName < 4 && zAbsent < 4,
    `rule 4: v4 UUIDs unique ${idsOk}, recordedAt increasing ${timeOk}, truth complete ${truthOk}; ` +
      `z(hidden 1st vs 2nd half) ${zHidden.toFixed(2)}, z(row order ~ register order) ${zOrder.toFixed(2)}, ` +
      `z(workerId ~ name) ${zRegName.toFixed(2)}, z(workerId ~ absent) ${zAbsent.toFixed(2)} (all < 4)`);
  check(undecidable / n < 0.04, `rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, n)} (< 4 %)`);

  lines.push('schemas, determinism, time');
  const regBad = registered.filter((w) => !RegisteredWorker.safeParse(w).success).length;
  const onBad = onsite.filter((o) => !OnsiteWorker.safeParse(o).success).length;
  const extra = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check(regBad === 0 && onBad === 0 && extra === 0, `zod: ${registered.length} registered, ${onsite.length} on-site parsed; ${regBad + onBad} invalid, ${extra} with statedStartDate/wageRiel`);
  const ser = (x: Roster) => JSON.stringify({ r: x.registered, o: x.onsite, t: [...x.truth] });
  const again = hundredfourthRoster(size, seed);
  const other = hundredfourthRoster(size, seed + 1);
  check(ser(again) === ser(roster), 'determinism: same seed gives an identical roster');
  check(ser(other) !== ser(roster), 'determinism: another seed gives a different roster');
  check(coldMs < 2000, `10,000 registered generated in ${coldMs.toFixed(0)} ms, cold (< 2000 ms)`);

  lines.push(fails.length ? `FAIL (${fails.length}): ${fails.join(' | ')}` : 'PASS');
  console.log(lines.join('\n'));
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('hundredfourth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exitCode = 1;
}
