/**
 * Blind labelled roster `twentythird`: a big garment factory full of namesakes.
 *
 * THEME. Most of the staff (≈85 % women) share a handful of very common names: Sok / Chan / Chea
 * for the family, Srey Mom / Sreyleak / Sophea / Channy / Srey Pov (women) and Dara / Vuthy
 * (men) for the given name, so the register holds clusters of dozens of workers with the very
 * same full name (≈1.5 % of the register for the biggest: ~15 at 1,000, ~150 at 10,000). They
 * are told apart only by date of birth, national ID and sex. Hidden workers are mostly namesakes
 * of registered ones (≈78 %), ruled out by a field present on both sides (almost always the
 * date of birth); ≈8 % of the register is absent.
 *
 * MODEL (rates are per on-site row unless said otherwise)
 *  - Register: nameKh always ("family given", plain space, canonical Khmer); nameLatin ≈85 %
 *    (UPPER or Title, one listed romanization); NSSF number ≈99 %, national ID ≈97 %, DOB ≈99 %,
 *    sex ≈99.5 %, hire date always, wage ≈95 %. Worker ids assigned after shuffling.
 *  - Source: id-card ≈15 % (Khmer or UPPER Latin name, ID and DOB exact, sex), csv ≈40 %,
 *    manual ≈45 %. Overall on true rows: DOB ≈87 % (≈5 % of present ones day/month swapped),
 *    national ID ≈56 % (≈3.5 % of present ones with one slip), NSSF ≈20 % (≈4 % slip), sex ≈92 %.
 *  - Name: Khmer ≈40 % / Latin ≈60 %. Khmer variants: zero-width space or no separator instead
 *    of the space, double space, register shifter typed after the vowel, ើ typed as េ+ី,
 *    coeng-ro typed before the other subscript, a vowel typed before a subscript, NFD (a no-op
 *    for Khmer), family/given swapped (≈3 %). Latin: any listed romanization of each word
 *    (≈35 % the register's own spelling), given-first order ≈12 %, UPPER / Title / lower case,
 *    one typo in one word of 4+ letters ≈6 % (substitution, deletion, doubled letter, adjacent
 *    transposition), plus two formatting variants a human reads through: a hyphen inside a
 *    two-syllable given name ("Srey-Mom") and a double space.
 *  - Hidden workers ≈7 % of on-site rows; ≈78 % carry a registered name (any spelling, drawn in
 *    proportion to cluster size, so mostly the big clusters; own DOB often in a namesake's birth
 *    year but never within a swap/one digit), the rest a name (mostly a rarer family name, see
 *    RARE_FAMILY) not within one edit of any registered spelling.
 *  - True rows with nothing to tell them from a namesake (no DOB, ID or NSSF on site) get their
 *    DOB or ID asked for in ≈70 % of cases (what a careful inspector does), which keeps
 *    undecidable rows at ≈1-2 %.
 *
 * FAIRNESS RULES (audited by the self-check, `npx tsx test/bench/twentythird.ts 10000 1`)
 *  Name compatibility ("could pass for"): a Latin on-site name, lower-cased and stripped to its
 *  letters, is within one edit (substitution, insertion, deletion or adjacent transposition) of
 *  family+given or given+family in some listed romanization (or of the register's own
 *  nameLatin); a Khmer on-site name, with spaces/zero-width characters removed and the
 *  keyboard-order variants above put back in canonical order, is within one edit of the
 *  register's Khmer (either order). This is deliberately broader than the typo model (it also
 *  links Sok/Som/Ok, Kim/Lim, Sophea/Sopheap...), so every rule below is conservative.
 *  1. A true row carries only plausible variants of its registered worker: a compatible name,
 *     ID exact or one slip (substitution/adjacent transposition), DOB exact or day/month swapped,
 *     sex right or missing, NSSF exact or one slip. Fields missing on the register may be present
 *     on site (the worker's own card), never contradicting anybody else (see 2, 3).
 *  2. Registered namesakes (compatible names, any spelling) never share a DOB and are more than
 *     a swap / one digit apart (Hamming ≥ 2 on YYYYMMDD, also after swapping day and month);
 *     their national IDs and NSSF numbers are ≥ 4 digits apart, and a slipped ID on site stays
 *     ≥ 2 edits from every other registered ID.
 *  3. A hidden row either has no compatible registered name, or every registered worker it
 *     could pass for is ruled out by a field present on both sides: sex differs, DOB not within a
 *     swap/one digit, national ID or NSSF number ≥ 2 edits apart.
 *  4. Nothing leaks the truth: rows shuffled, ids are random v4 UUIDs from the seeded PRNG,
 *     recordedAt increases with row order, csv sourceRow counts csv rows in row order, registered
 *     ids assigned after shuffling the register.
 *  5. A true row is undecidable when another compatible registered worker is not ruled out and
 *     matches at least as many of DOB / national ID / NSSF as the true one; these stay < 4 %.
 */
import { OnsiteWorker as OnsiteSchema, RegisteredWorker as RegisteredSchema } from '../../src/protocol';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN_F, GIVEN_M, RARE_FAMILY, type KhName } from './twentythird-names';

export const TWENTYTHIRD_LABEL =
  'garment factory: dozens of workers per full name (Sok Srey Mom ...), told apart by DOB / ID / sex; hidden workers mostly namesakes';

const VISIT_ID = 'visit-twentythird';
const VISIT_DATE = '2025-06-17';
const KH_RE = /[\u1780-\u17FF]/;
const ZWSP = '\u200B';

// ───────────────────────────── strings, ids, dates ─────────────────────────────

/** Khmer with separators removed and the keyboard-order variants put back in canonical order. */
function khCanon(s: string): string {
  let t = s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]+/g, '');
  t = t.replace(/\u17C1\u17B8/g, '\u17BE').replace(/\u17C1\u17B6/g, '\u17C4');
  for (let i = 0; i < 2; i++) t = t.replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17A2])/g, '$2$1');
  t = t.replace(/\u17D2\u179A\u17D2([\u1780-\u17A2])/g, '\u17D2$1\u17D2\u179A');
  t = t.replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1');
  t = t.replace(/\u17C6\u17B6/g, '\u17B6\u17C6');
  return t;
}

function latinNorm(s: string): string {
  return s.normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '');
}

/** Optimal-string-alignment distance ≤ 1 (substitution, insertion, deletion, adjacent transposition). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function hamming(a: string, b: string): number {
  if (a.length !== b.length) return 99;
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) d++;
  return d;
}

const digits8 = (d: string) => d.slice(0, 4) + d.slice(5, 7) + d.slice(8, 10);
const swap8 = (s: string) => s.slice(0, 4) + s.slice(6, 8) + s.slice(4, 6);
/** Two dates a slip could confuse: within one digit, directly or after swapping day and month. */
function dobNear(a: string, b: string): boolean {
  const x = digits8(a);
  const y = digits8(b);
  return hamming(x, y) <= 1 || hamming(swap8(x), y) <= 1;
}
function swapDayMonth(d: string): string | null {
  const day = Number(d.slice(8, 10));
  const month = Number(d.slice(5, 7));
  if (day > 12 || day === month) return null;
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
}
function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Every string one substitution or adjacent transposition away from a digit string. */
function idNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d < 10; d++) {
      const c = String(d);
      if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function weighted<T extends { w: number }>(xs: readonly T[]): (r: Rng) => T {
  const cum: number[] = [];
  let s = 0;
  for (const x of xs) cum.push((s += x.w));
  return (r) => {
    const u = r.next() * s;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return xs[lo];
  };
}

/** A listed spelling: the most common one half the time. */
function spelling(word: KhName, r: Rng): string {
  if (word.latin.length === 1 || r.chance(0.5)) return word.latin[0];
  return word.latin[1 + Math.floor(r.next() * (word.latin.length - 1))];
}

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

// ───────────────────────────── name knowledge ─────────────────────────────

/** Khmer word (canonical) → its listed Latin spellings, letters only: what a careful reader knows. */
function dictionary(): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of [...FAMILY, ...GIVEN_F, ...GIVEN_M]) {
    const k = khCanon(w.kh);
    const list = m.get(k) ?? [];
    for (const l of w.latin) if (!list.includes(latinNorm(l))) list.push(latinNorm(l));
    m.set(k, list);
  }
  return m;
}

/**
 * Which registered workers an on-site name could pass for. Built from the register's records
 * only (plus the romanization dictionary), so the audit judges the finished roster, not the
 * generator's intentions.
 */
class NameJudge {
  /** registered index → identity (canonical Khmer full name). */
  readonly identOf: number[] = [];
  readonly members: number[][] = [];
  readonly identName: string[] = [];
  readonly unknownWords = new Set<string>();
  private readonly identIdx = new Map<string, number>();
  private readonly identVariants: Set<string>[] = [];
  private readonly keys = new Map<string, number[]>();
  private readonly vStr: string[] = [];
  private readonly vIdent: number[] = [];
  private readonly neighbourCache = new Map<number, number[]>();

  constructor(readonly reg: readonly RegisteredWorker[], private readonly dict: Map<string, string[]>) {
    reg.forEach((w, i) => {
      const key = khCanon(w.nameKh);
      let id = this.identIdx.get(key);
      if (id === undefined) {
        id = this.members.length;
        this.identIdx.set(key, id);
        this.members.push([]);
        this.identName.push(w.nameLatin ?? w.nameKh);
        this.identVariants.push(new Set());
        const toks = w.nameKh.split(/[\s\u200B]+/).filter(Boolean);
        this.addVariant(id, khCanon(toks.join('')));
        this.addVariant(id, khCanon([...toks].reverse().join('')));
        const lat = toks.map((t) => {
          const l = this.dict.get(khCanon(t));
          if (!l) this.unknownWords.add(t);
          return l ?? [];
        });
        for (const order of [lat, [...lat].reverse()]) for (const v of product(order)) this.addVariant(id, v);
      }
      if (w.nameLatin) this.addVariant(id, latinNorm(w.nameLatin));
      this.identOf.push(id);
      this.members[id].push(i);
    });
  }

  private addVariant(id: number, v: string): void {
    if (!v || this.identVariants[id].has(v)) return;
    this.identVariants[id].add(v);
    const vi = this.vStr.length;
    this.vStr.push(v);
    this.vIdent.push(id);
    for (const k of deletions(v)) {
      const l = this.keys.get(k);
      if (l) l.push(vi);
      else this.keys.set(k, [vi]);
    }
  }

  /** Identities with a variant within one edit of the normalised string s. */
  private query(s: string): number[] {
    const out = new Set<number>();
    for (const k of deletions(s)) {
      const l = this.keys.get(k);
      if (!l) continue;
      for (const vi of l) if (!out.has(this.vIdent[vi]) && within1(s, this.vStr[vi])) out.add(this.vIdent[vi]);
    }
    return [...out];
  }

  identsFor(name: string): number[] {
    return KH_RE.test(name) ? this.query(khCanon(name)) : this.query(latinNorm(name));
  }

  /** Registered workers (indices) an on-site name could pass for. */
  candidates(name: string): number[] {
    const out: number[] = [];
    for (const id of this.identsFor(name)) for (const i of this.members[id]) out.push(i);
    return out;
  }

  /** Identities whose names could pass for each other (including itself). */
  neighbours(id: number): number[] {
    let n = this.neighbourCache.get(id);
    if (!n) {
      const s = new Set<number>([id]);
      for (const v of this.identVariants[id]) for (const j of this.query(v)) s.add(j);
      n = [...s];
      this.neighbourCache.set(id, n);
    }
    return n;
  }

  /** Exact-variant check: did the on-site name use a listed spelling in given-first order etc. */
  variantsOf(id: number): Set<string> {
    return this.identVariants[id];
  }
}

function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

function product(lists: string[][]): string[] {
  let acc = [''];
  for (const l of lists) {
    const next: string[] = [];
    for (const a of acc) for (const b of l) next.push(a + b);
    acc = next;
  }
  return acc;
}

// ───────────────────────────── field judgements (shared with the audit) ─────────────────────────────

interface RowFields {
  sex: 'F' | 'M' | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}

/** Is registered worker k ruled out for this row by a field present on both sides? Which one? */
function ruledOutBy(row: RowFields, k: RegisteredWorker): string | null {
  if (row.sex && k.sex && row.sex !== k.sex) return 'sex';
  if (row.dateOfBirth && k.dateOfBirth && !dobNear(row.dateOfBirth, k.dateOfBirth)) return 'dob';
  if (row.nationalId && k.nationalId && !within1(row.nationalId, k.nationalId)) return 'nationalId';
  if (row.nssfNumber && k.nssfNumber && !within1(row.nssfNumber, k.nssfNumber)) return 'nssf';
  return null;
}

/** How many of DOB / national ID / NSSF agree (within a slip) on both sides. */
function support(row: RowFields, k: RegisteredWorker): number {
  let s = 0;
  if (row.dateOfBirth && k.dateOfBirth && dobNear(row.dateOfBirth, k.dateOfBirth)) s++;
  if (row.nationalId && k.nationalId && within1(row.nationalId, k.nationalId)) s++;
  if (row.nssfNumber && k.nssfNumber && within1(row.nssfNumber, k.nssfNumber)) s++;
  return s;
}

/** Rule 5: another candidate, not ruled out, at least as well supported as the true one. */
function undecidable(row: RowFields, t: number, cands: readonly number[], reg: readonly RegisteredWorker[]): boolean {
  const st = support(row, reg[t]);
  for (const c of cands) {
    if (c === t) continue;
    if (ruledOutBy(row, reg[c])) continue;
    if (support(row, reg[c]) >= st) return true;
  }
  return false;
}

// ───────────────────────────── the generator ─────────────────────────────

interface Person {
  fam: KhName;
  giv: KhName;
  sex: 'F' | 'M';
  /** The romanization on the register (also used when nameLatin is missing there). */
  famSp: string;
  givSp: string;
  hasRegLatin: boolean;
  dob: string;
  nid: string;
  nssf: string;
}

type Source = 'manual' | 'csv' | 'id-card';
type Draft = Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow' | 'visitId'> & { truthIdx: number | null };

const pickFamily = weighted(FAMILY);
const pickGivenF = weighted(GIVEN_F);
const pickGivenM = weighted(GIVEN_M);

function khmerName(fam: string, giv: string, r: Rng): string {
  let a = fam;
  let b = giv;
  if (r.chance(0.03)) [a, b] = [b, a];
  const u = r.next();
  const sep = u < 0.55 ? ' ' : u < 0.77 ? ZWSP : u < 0.92 ? '' : '  ';
  let t = a + sep + b;
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(t) && r.chance(0.35)) t = t.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
  if (t.includes('\u17BE') && r.chance(0.4)) t = t.replace(/\u17BE/g, '\u17C1\u17B8');
  if (/\u17D2[\u1780-\u1799\u179B-\u17A2]\u17D2\u179A/.test(t) && r.chance(0.4))
    t = t.replace(/\u17D2([\u1780-\u1799\u179B-\u17A2])\u17D2\u179A/g, '\u17D2\u179A\u17D2$1');
  if (/\u17D2[\u1780-\u17A2][\u17B6-\u17C5]/.test(t) && r.chance(0.06))
    t = t.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/, '$2$1');
  if (r.chance(0.1)) t = t.normalize('NFD');
  return t;
}

function typo(word: string, r: Rng): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = r.int(0, word.length - 1);
    const u = r.next();
    let out: string;
    if (u < 0.4) {
      const c = 'abcdehiklmnoprstuvy'[r.int(0, 18)];
      out = word.slice(0, i) + c + word.slice(i + 1);
    } else if (u < 0.6) out = word.slice(0, i) + word.slice(i + 1);
    else if (u < 0.8) out = word.slice(0, i) + word[i] + word.slice(i);
    else {
      if (i + 1 >= word.length) continue;
      out = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    if (out.toLowerCase() !== word.toLowerCase() && out.length >= 3) return out;
  }
  return word;
}

function latinName(p: { fam: KhName; giv: KhName; famSp: string | null; givSp: string | null }, r: Rng): string {
  const useReg = p.famSp !== null && r.chance(0.35);
  const fam = useReg && p.famSp ? p.famSp : spelling(p.fam, r);
  let giv = useReg && p.givSp ? p.givSp : spelling(p.giv, r);
  if (giv.includes(' ') && r.chance(0.05)) giv = giv.replace(' ', '-');
  let words = r.chance(0.12) ? [...giv.split(' '), ...fam.split(' ')] : [...fam.split(' '), ...giv.split(' ')];
  if (r.chance(0.06)) {
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{4,}$/.test(w));
    if (long.length) {
      const [w, i] = long[r.int(0, long.length - 1)];
      words[i] = typo(w, r);
    }
  }
  const u = r.next();
  words = u < 0.45 ? words.map((w) => w.toUpperCase()) : u < 0.9 ? words.map((w) => w.split('-').map(title).join('-')) : words.map((w) => w.toLowerCase());
  return words.join(r.chance(0.02) ? '  ' : ' ');
}

export function generateTwentythird(size: number, seed: number): Roster {
  const r = rng(seed * 2654435761 + 23);
  const dict = dictionary();

  // 1. Who is on the register (names only for now), shuffled before ids are given.
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'F' | 'M' = r.chance(0.85) ? 'F' : 'M';
    const fam = pickFamily(r);
    const giv = sex === 'F' ? pickGivenF(r) : pickGivenM(r);
    people.push({ fam, giv, sex, famSp: spelling(fam, r), givSp: spelling(giv, r), hasRegLatin: r.chance(0.85), dob: '', nid: '', nssf: '' });
  }
  r.shuffle(people);
  const registered: RegisteredWorker[] = people.map((p, i) => {
    const upper = r.chance(0.7);
    const latin = upper ? `${p.famSp} ${p.givSp}`.toUpperCase() : `${p.famSp} ${p.givSp.split(' ').map(title).join(' ')}`;
    return {
      workerId: `W${pad(i + 1, 6)}`,
      nssfNumber: null,
      nationalId: null,
      nameKh: `${p.fam.kh} ${p.giv.kh}`,
      nameLatin: p.hasRegLatin ? latin : null,
      sex: p.sex,
      dateOfBirth: null,
      hireDate: null,
      wageRiel: null,
    };
  });

  // 2. Name judge over the register, then dates and numbers kept apart among namesakes (rule 2).
  const judge = new NameJudge(registered, dict);
  const assigned: boolean[] = new Array(size).fill(false);
  const nidSet = new Set<string>();
  const nssfSet = new Set<string>();
  const provinces = ['03', '14', '21', '20', '08', '02', '05', '10', '12', '17', '01', '06'];
  for (let i = 0; i < size; i++) {
    const p = people[i];
    const group: number[] = [];
    for (const id of judge.neighbours(judge.identOf[i])) for (const j of judge.members[id]) if (assigned[j]) group.push(j);
    let dob = '';
    for (let t = 0; ; t++) {
      if (t > 4000) throw new Error('twentythird: cannot place a date of birth');
      const y = 2007 - Math.floor(32 * r.next() ** 1.5);
      const m = r.int(1, 12);
      const d = r.int(1, daysIn(y, m));
      dob = `${y}-${pad(m)}-${pad(d)}`;
      if (dob > '2007-06-16') continue;
      if (group.every((j) => !dobNear(dob, people[j].dob))) break;
    }
    p.dob = dob;
    for (;;) {
      const nid = r.pick(provinces) + pad(r.int(0, 9_999_999), 7);
      if (nidSet.has(nid) || group.some((j) => hamming(nid, people[j].nid) < 4)) continue;
      p.nid = nid;
      nidSet.add(nid);
      break;
    }
    for (;;) {
      const nssf = String(r.int(1, 2)) + pad(r.int(0, 999_999_999), 9);
      if (nssfSet.has(nssf) || group.some((j) => hamming(nssf, people[j].nssf) < 4)) continue;
      p.nssf = nssf;
      nssfSet.add(nssf);
      break;
    }
    assigned[i] = true;
    const w = registered[i];
    w.dateOfBirth = r.chance(0.99) ? p.dob : null;
    w.nationalId = r.chance(0.97) ? p.nid : null;
    w.nssfNumber = r.chance(0.99) ? p.nssf : null;
    if (r.chance(0.005)) w.sex = null;
    const from = Math.max(Date.UTC(2008, 0, 7), Date.UTC(Number(p.dob.slice(0, 4)) + 18, Number(p.dob.slice(5, 7)) - 1, Number(p.dob.slice(8, 10))));
    const to = Date.UTC(2025, 4, 31);
    w.hireDate = new Date(from + Math.floor(r.next() * Math.max(1, to - from))).toISOString().slice(0, 10);
    w.wageRiel = r.chance(0.95) ? 830_000 + 1000 * r.int(0, 560) : null;
  }
  // A number one slip from a registered one (other than `own`): never produced on site.
  const nidClash = (s: string, own: string | null) => (nidSet.has(s) && s !== own) || idNeighbours(s).some((n) => n !== own && nidSet.has(n));
  const nssfClash = (s: string, own: string | null) => (nssfSet.has(s) && s !== own) || idNeighbours(s).some((n) => n !== own && nssfSet.has(n));

  function slip(s: string): string {
    const i = r.int(0, s.length - 2);
    if (r.chance(0.3) && s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    let c = s[i];
    while (c === s[i]) c = String(r.int(0, 9));
    return s.slice(0, i) + c + s.slice(i + 1);
  }

  function pickSource(): Source {
    const u = r.next();
    return u < 0.15 ? 'id-card' : u < 0.55 ? 'csv' : 'manual';
  }

  function nameFor(source: Source, p: { fam: KhName; giv: KhName; famSp: string | null; givSp: string | null }): string {
    if (source === 'id-card') {
      if (r.chance(0.6)) return `${p.fam.kh} ${p.giv.kh}`;
      return `${p.famSp ?? p.fam.latin[0]} ${p.givSp ?? p.giv.latin[0]}`.toUpperCase();
    }
    const kh = r.chance(source === 'csv' ? 0.3 : 0.45);
    return kh ? khmerName(p.fam.kh, p.giv.kh, r) : latinName(p, r);
  }

  // 3. True rows: one per present registered worker.
  const drafts: Draft[] = [];
  for (let i = 0; i < size; i++) {
    if (r.chance(0.08)) continue; // absent
    const p = people[i];
    const w = registered[i];
    const source = pickSource();
    const name = nameFor(source, { fam: p.fam, giv: p.giv, famSp: p.hasRegLatin ? p.famSp : null, givSp: p.hasRegLatin ? p.givSp : null });
    const card = source === 'id-card';
    const csv = source === 'csv';
    let dob: string | null = null;
    if (card || r.chance(csv ? 0.86 : 0.72)) {
      dob = p.dob;
      const sw = swapDayMonth(p.dob);
      if (!card && sw && r.chance(0.2)) dob = sw;
    }
    let nid: string | null = null;
    if (card || r.chance(csv ? 0.55 : 0.4)) {
      nid = p.nid;
      if (!card && r.chance(0.05)) {
        for (let t = 0; t < 20; t++) {
          const s = slip(p.nid);
          if (!nidClash(s, w.nationalId)) {
            nid = s;
            break;
          }
        }
      }
    }
    let nssf: string | null = null;
    if (!card && w.nssfNumber && r.chance(csv ? 0.35 : 0.13)) {
      nssf = w.nssfNumber;
      if (r.chance(0.04)) {
        for (let t = 0; t < 20; t++) {
          const s = slip(w.nssfNumber);
          if (!nssfClash(s, w.nssfNumber)) {
            nssf = s;
            break;
          }
        }
      }
    }
    const sex = card || r.chance(csv ? 0.95 : 0.85) ? p.sex : null;
    drafts.push({ name, nationalId: nid, nssfNumber: nssf, sex, dateOfBirth: dob, source, truthIdx: i });
  }

  // 4. Rule 5: a careful inspector asks for the DOB or ID when the name alone is shared.
  for (const d of drafts) {
    const t = d.truthIdx as number;
    if (!undecidable(d, t, judge.candidates(d.name), registered)) continue;
    if (!r.chance(0.7)) continue;
    if (!d.dateOfBirth && registered[t].dateOfBirth) d.dateOfBirth = people[t].dob;
    else if (!d.nationalId && registered[t].nationalId) d.nationalId = people[t].nid;
  }

  // 5. Hidden workers: mostly namesakes of registered ones, ruled out by a field on both sides (rule 3).
  const hiddenCount = Math.round((drafts.length * 0.07) / 0.93);
  for (let h = 0; h < hiddenCount; ) {
    const namesake = r.chance(0.78);
    let fam: KhName;
    let giv: KhName;
    let hsex: 'F' | 'M';
    let source: Source;
    let name = '';
    let cands: number[] = [];
    if (namesake) {
      const like = people[r.int(0, size - 1)];
      fam = like.fam;
      giv = like.giv;
      hsex = GIVEN_F.includes(giv) ? 'F' : 'M';
      source = pickSource();
      name = nameFor(source, { fam, giv, famSp: null, givSp: null });
      cands = judge.candidates(name);
    } else {
      // A name nobody on the register has, in any spelling or within one edit.
      let found = false;
      hsex = r.chance(0.85) ? 'F' : 'M';
      fam = FAMILY[0];
      giv = GIVEN_F[0];
      source = 'manual';
      for (let t = 0; t < 300 && !found; t++) {
        fam = r.chance(0.7) ? r.pick(RARE_FAMILY) : r.pick(FAMILY);
        giv = r.pick(hsex === 'F' ? GIVEN_F : GIVEN_M);
        source = pickSource();
        name = nameFor(source, { fam, giv, famSp: null, givSp: null });
        found = judge.candidates(name).length === 0;
      }
      if (!found) continue;
    }
    // Own date of birth: often the same year as a namesake (the same age band), never near one.
    let dob = '';
    for (let t = 0; ; t++) {
      if (t > 4000) throw new Error('twentythird: cannot place a hidden date of birth');
      const y = cands.length && r.chance(0.35) ? Number(people[r.pick(cands)].dob.slice(0, 4)) : 2007 - Math.floor(32 * r.next() ** 1.5);
      const m = r.int(1, 12);
      dob = `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
      if (dob > '2007-06-16') continue;
      if (cands.every((c) => !dobNear(dob, people[c].dob))) break;
    }
    let nidOwn = '';
    for (;;) {
      nidOwn = r.pick(provinces) + pad(r.int(0, 9_999_999), 7);
      if (!nidClash(nidOwn, null) && cands.every((c) => hamming(nidOwn, people[c].nid) >= 4)) break;
    }
    const card = source === 'id-card';
    const csv = source === 'csv';
    const row: Draft = {
      name,
      sex: card || r.chance(csv ? 0.95 : 0.85) ? hsex : null,
      dateOfBirth: card || r.chance(csv ? 0.86 : 0.72) ? dob : null,
      nationalId: card || r.chance(csv ? 0.55 : 0.4) ? nidOwn : null,
      nssfNumber: null,
      source,
      truthIdx: null,
    };
    if (!card && r.chance(0.05)) {
      for (;;) {
        const s = String(r.int(1, 2)) + pad(r.int(0, 999_999_999), 9);
        if (!nssfClash(s, null)) {
          row.nssfNumber = s;
          break;
        }
      }
    }
    const open = () => cands.some((c) => !ruledOutBy(row, registered[c]));
    if (open() && !row.dateOfBirth) row.dateOfBirth = dob;
    if (open() && !row.nationalId) row.nationalId = nidOwn;
    if (open() && !row.sex) row.sex = hsex;
    if (open()) continue; // could still pass for somebody: draw another
    drafts.push(row);
    h++;
  }

  // 6. Shuffle, then give ids, times and sheet rows in row order (rule 4).
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let clock = Date.parse(`${VISIT_DATE}T01:30:00Z`);
  let csvRow = 0;
  for (const d of drafts) {
    clock += 1000 * r.int(2, 9);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(clock).toISOString(),
    });
    truth.set(id, d.truthIdx === null ? null : registered[d.truthIdx].workerId);
  }
  return { registered, onsite, truth };
}

// ───────────────────────────── self-check ─────────────────────────────

function selfCheck(size: number, seed: number): boolean {
  const t0 = performance.now();
  const roster = generateTwentythird(size, seed);
  const genMs = performance.now() - t0;
  const { registered: reg, onsite, truth } = roster;
  const byId = new Map(reg.map((w, i) => [w.workerId, i]));
  const dict = dictionary();
  const judge = new NameJudge(reg, dict);
  const fails: string[] = [];
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
  const line = (k: string, v: string | number) => console.log(`  ${k.padEnd(46)} ${v}`);
  if (judge.unknownWords.size) fails.push(`Khmer words missing from the dictionary: ${[...judge.unknownWords].join(', ')}`);

  // Shape.
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set(trueRows.map((o) => truth.get(o.id)));
  console.log(`twentythird — size ${size}, seed ${seed}: ${TWENTYTHIRD_LABEL}`);
  line('registered', reg.length);
  line('on site', onsite.length);
  line('  true rows', trueRows.length);
  line('  hidden rows', `${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)} of on-site)`);
  line('absent registered', `${reg.length - present.size} (${pct(reg.length - present.size, reg.length)})`);
  const sizes = judge.members.map((m) => m.length).sort((a, b) => b - a);
  const biggest = judge.members.reduce((a, b, i) => (b.length > judge.members[a].length ? i : a), 0);
  line('distinct full names on register', sizes.length);
  line('biggest namesake cluster', `${sizes[0]} (${judge.identName[biggest]}), next ${sizes.slice(1, 5).join(', ')}`);
  line('names held by >= 12 / >= 24 workers', `${sizes.filter((s) => s >= 12).length} / ${sizes.filter((s) => s >= 24).length}`);
  line('register in names held by >= 10', pct(sizes.filter((s) => s >= 10).reduce((a, b) => a + b, 0), reg.length));
  line('register nameLatin missing', pct(reg.filter((w) => !w.nameLatin).length, reg.length));
  line('register DOB / NID / NSSF / sex missing', [reg.filter((w) => !w.dateOfBirth), reg.filter((w) => !w.nationalId), reg.filter((w) => !w.nssfNumber), reg.filter((w) => !w.sex)].map((x) => pct(x.length, reg.length)).join(' / '));

  // Variation rates, measured on the data.
  let kh = 0, zw = 0, nosep = 0, dbl = 0, shifter = 0, split = 0, coengRo = 0, vowelFirst = 0, khSwap = 0;
  let lat = 0, latSwap = 0, upper = 0, typoN = 0, regSpelling = 0, hyphen = 0;
  let dobP = 0, dobSwap = 0, nidP = 0, nidSlip = 0, nssfP = 0, nssfSlip = 0, sexP = 0;
  const src: Record<string, number> = {};
  let multi = 0;
  let candSum = 0;
  let rule1 = 0;
  const rule1Ex: string[] = [];
  let undec = 0;
  for (const o of trueRows) {
    const t = byId.get(truth.get(o.id) as string) as number;
    const w = reg[t];
    const id = judge.identOf[t];
    src[o.source] = (src[o.source] ?? 0) + 1;
    const idents = judge.identsFor(o.name);
    const cands = judge.candidates(o.name);
    candSum += cands.length;
    if (cands.length > 1) multi++;
    const bad: string[] = [];
    if (!idents.includes(id)) bad.push('name');
    if (KH_RE.test(o.name)) {
      kh++;
      if (o.name.includes(ZWSP)) zw++;
      else if (o.name.includes('  ')) dbl++;
      else if (!o.name.includes(' ')) nosep++;
      if (/[\u17B6-\u17C5][\u17C9\u17CA]/.test(o.name)) shifter++;
      if (o.name.includes('\u17C1\u17B8')) split++;
      if (o.name.includes('\u17D2\u179A\u17D2')) coengRo++;
      if (/[\u17B6-\u17C5]\u17D2/.test(o.name)) vowelFirst++;
      const toks = w.nameKh.split(' ');
      if (khCanon(o.name) !== khCanon(w.nameKh) && khCanon(o.name) === khCanon(toks[1] + toks[0])) khSwap++;
    } else {
      lat++;
      const n = latinNorm(o.name);
      if (o.name === o.name.toUpperCase()) upper++;
      if (o.name.includes('-')) hyphen++;
      if (w.nameLatin && n === latinNorm(w.nameLatin)) regSpelling++;
      if (!judge.variantsOf(id).has(n)) typoN++;
      const forward = product(w.nameKh.split(' ').map((x) => dict.get(khCanon(x)) ?? []));
      if (!forward.some((v) => within1(n, v))) latSwap++;
    }
    if (o.dateOfBirth) {
      dobP++;
      if (w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth) {
        dobSwap++;
        if (o.dateOfBirth !== swapDayMonth(w.dateOfBirth)) bad.push('dob');
      }
    }
    if (o.nationalId) {
      nidP++;
      if (w.nationalId && o.nationalId !== w.nationalId) {
        nidSlip++;
        if (!within1(o.nationalId, w.nationalId)) bad.push('nationalId');
      }
    }
    if (o.nssfNumber) {
      nssfP++;
      if (!w.nssfNumber) bad.push('nssf-without-register');
      else if (o.nssfNumber !== w.nssfNumber) {
        nssfSlip++;
        if (!within1(o.nssfNumber, w.nssfNumber)) bad.push('nssf');
      }
    }
    if (o.sex) {
      sexP++;
      if (w.sex && o.sex !== w.sex) bad.push('sex');
    }
    if (ruledOutBy(o, w)) bad.push('ruled-out');
    if (bad.length) {
      rule1++;
      if (rule1Ex.length < 5) rule1Ex.push(`${o.name} → ${w.nameKh}/${w.nameLatin}: ${bad.join(',')}`);
    }
    if (undecidable(o, t, cands, reg)) undec++;
  }
  const T = trueRows.length;
  console.log('on-site true rows:');
  line('source id-card / csv / manual', ['id-card', 'csv', 'manual'].map((s) => pct(src[s] ?? 0, T)).join(' / '));
  line('name in Khmer / Latin', `${pct(kh, T)} / ${pct(lat, T)}`);
  line('  Khmer: ZWSP / no separator / double space', `${pct(zw, kh)} / ${pct(nosep, kh)} / ${pct(dbl, kh)}`);
  line('  Khmer: shifter after vowel / ើ as េ+ី', `${pct(shifter, kh)} / ${pct(split, kh)}`);
  line('  Khmer: coeng-ro first / vowel before subscript', `${pct(coengRo, kh)} / ${pct(vowelFirst, kh)}`);
  line('  Khmer: given name first', pct(khSwap, kh));
  line('  Latin: register spelling exactly', pct(regSpelling, lat));
  line('  Latin: given name first', pct(latSwap, lat));
  line('  Latin: UPPER / hyphenated given', `${pct(upper, lat)} / ${pct(hyphen, lat)}`);
  line('  Latin: one typo (no listed spelling)', pct(typoN, lat));
  line('DOB present / swapped (of present)', `${pct(dobP, T)} / ${pct(dobSwap, dobP)}`);
  line('national ID present / slipped', `${pct(nidP, T)} / ${pct(nidSlip, nidP)}`);
  line('NSSF present / slipped', `${pct(nssfP, T)} / ${pct(nssfSlip, nssfP)}`);
  line('sex present', pct(sexP, T));
  line('rows whose name fits > 1 registered', pct(multi, T));
  line('mean registered per row name', (candSum / Math.max(1, T)).toFixed(1));

  // Rule 3 and hidden shape.
  let hNamesake = 0;
  let rule3 = 0;
  const by: Record<string, number> = {};
  const rule3Ex: string[] = [];
  let hDob = 0, hNid = 0;
  for (const o of hiddenRows) {
    if (o.dateOfBirth) hDob++;
    if (o.nationalId) hNid++;
    const cands = judge.candidates(o.name);
    if (cands.length) hNamesake++;
    for (const c of cands) {
      const why = ruledOutBy(o, reg[c]);
      if (!why) {
        rule3++;
        if (rule3Ex.length < 5) rule3Ex.push(`${o.name} could be ${reg[c].workerId} ${reg[c].nameLatin ?? reg[c].nameKh}`);
        break;
      }
      by[why] = (by[why] ?? 0) + 1;
    }
  }
  console.log('hidden rows:');
  line('namesakes of a registered worker', `${hNamesake} (${pct(hNamesake, hiddenRows.length)})`);
  line('DOB / national ID present', `${pct(hDob, hiddenRows.length)} / ${pct(hNid, hiddenRows.length)}`);
  line('namesake exclusions by sex / dob / nid / nssf', ['sex', 'dob', 'nationalId', 'nssf'].map((k) => by[k] ?? 0).join(' / '));

  // Rule 2.
  let rule2 = 0;
  let idClose = 0;
  const rule2Ex: string[] = [];
  for (let i = 0; i < reg.length; i++) {
    const a = reg[i];
    for (const nid of judge.neighbours(judge.identOf[i])) {
      for (const j of judge.members[nid]) {
        if (j <= i) continue;
        const b = reg[j];
        if (a.dateOfBirth && b.dateOfBirth && dobNear(a.dateOfBirth, b.dateOfBirth)) {
          rule2++;
          if (rule2Ex.length < 5) rule2Ex.push(`${a.workerId} ${a.dateOfBirth} ~ ${b.workerId} ${b.dateOfBirth}`);
        }
        if (a.nationalId && b.nationalId && hamming(a.nationalId, b.nationalId) < 4) idClose++;
        if (a.nssfNumber && b.nssfNumber && hamming(a.nssfNumber, b.nssfNumber) < 4) idClose++;
      }
    }
  }

  // Rule 4.
  const rule4: string[] = [];
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) rule4.push('duplicate ids');
  if (!onsite.every((o) => uuidRe.test(o.id))) rule4.push('id not a v4 UUID');
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) { rule4.push('recordedAt not increasing'); break; }
  let lastRow = 0;
  for (const o of onsite) if (o.sourceRow !== null) { if (o.sourceRow <= lastRow) { rule4.push('sourceRow not increasing'); break; } lastRow = o.sourceRow; }
  const half = Math.floor(onsite.length / 2);
  const hid = (xs: OnsiteWorker[]) => xs.filter((o) => truth.get(o.id) === null).length / Math.max(1, xs.length);
  const hidDiff = Math.abs(hid(onsite.slice(0, half)) - hid(onsite.slice(half)));
  const hp = hid(onsite);
  // Leak tests at ~4 standard errors of sampling noise, so a fair shuffle passes at any size.
  if (hidDiff > Math.max(0.01, 4 * Math.sqrt((hp * (1 - hp) * 4) / Math.max(1, onsite.length)))) rule4.push(`hidden share differs between halves by ${hidDiff.toFixed(3)}`);
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => { const t = truth.get(o.id); if (t) { xs.push(i); ys.push(byId.get(t) as number); } });
  const corr = pearson(xs, ys);
  if (Math.abs(corr) > 4 / Math.sqrt(Math.max(1, xs.length))) rule4.push(`row order correlates with register order (${corr.toFixed(3)})`);
  const absentIdx = reg.map((w, i) => (present.has(w.workerId) ? -1 : i)).filter((i) => i >= 0);
  const absFirstHalf = absentIdx.filter((i) => i < reg.length / 2).length / Math.max(1, absentIdx.length);
  if (Math.abs(absFirstHalf - 0.5) > 2 / Math.sqrt(Math.max(1, absentIdx.length))) rule4.push(`absent workers bunched (${absFirstHalf.toFixed(2)} in first half)`);
  if (truth.size !== onsite.length) rule4.push('truth size differs from on-site rows');

  // Schemas.
  let schemaBad = 0;
  const schemaEx: string[] = [];
  for (const w of reg) { const p = RegisteredSchema.safeParse(w); if (!p.success) { schemaBad++; if (schemaEx.length < 3) schemaEx.push(p.error.message.slice(0, 200)); } }
  for (const o of onsite) {
    const p = OnsiteSchema.safeParse(o);
    if (!p.success) { schemaBad++; if (schemaEx.length < 3) schemaEx.push(p.error.message.slice(0, 200)); }
    if ('statedStartDate' in o || 'wageRiel' in o) schemaBad++;
  }
  if (new Set(reg.map((w) => w.workerId)).size !== reg.length) schemaBad++;

  // Determinism and timing.
  const again = generateTwentythird(size, seed);
  const same = serialise(again) === serialise(roster);
  const other = serialise(generateTwentythird(size, seed + 1)) !== serialise(roster);
  const t1 = performance.now();
  generateTwentythird(10_000, seed);
  const ms10k = performance.now() - t1;

  const rate5 = undec / Math.max(1, T);
  console.log('audit:');
  line('rule 1 true rows with implausible variants', rule1);
  line('rule 2 namesake DOBs within swap/one digit', `${rule2} (namesake IDs < 4 digits apart: ${idClose})`);
  line('rule 3 hidden rows that could pass for someone', rule3);
  line('rule 4 leaks', rule4.length ? rule4.join('; ') : `none (order/register corr ${corr.toFixed(3)}, hidden-half diff ${hidDiff.toFixed(3)})`);
  line('rule 5 undecidable true rows', `${undec} (${(100 * rate5).toFixed(2)} %)`);
  line('schema failures (zod safeParse, all rows)', schemaBad);
  line('deterministic / other seed differs', `${same} / ${other}`);
  line('generation time this size / 10k', `${genMs.toFixed(0)} ms / ${ms10k.toFixed(0)} ms`);
  if (rule1) fails.push(`rule 1: ${rule1} rows, e.g. ${rule1Ex.join(' | ')}`);
  if (rule2 || idClose) fails.push(`rule 2: ${rule2} DOB pairs, ${idClose} ID pairs, e.g. ${rule2Ex.join(' | ')}`);
  if (rule3) fails.push(`rule 3: ${rule3} rows, e.g. ${rule3Ex.join(' | ')}`);
  if (rule4.length) fails.push(`rule 4: ${rule4.join('; ')}`);
  if (rate5 >= 0.04) fails.push(`rule 5: ${(100 * rate5).toFixed(2)} % undecidable`);
  if (schemaBad) fails.push(`schema: ${schemaBad} failures ${schemaEx.join(' | ')}`);
  if (!same) fails.push('not deterministic');
  if (!other) fails.push('another seed gives the same roster');
  if (ms10k >= 2000) fails.push(`10k generation took ${ms10k.toFixed(0)} ms`);
  for (const f of fails) console.log(`FAIL ${f}`);
  console.log(fails.length ? 'FAIL' : 'PASS');
  return fails.length === 0;
}

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n < 2) return 0;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy || 1);
}

function serialise(r: Roster): string {
  return JSON.stringify([r.registered, r.onsite, [...r.truth]]);
}

if (process.argv[1]?.endsWith('twentythird.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  process.exit(selfCheck(size, seed) ? 0 : 1);
}
