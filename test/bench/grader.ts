/**
 * Third blind grader roster: a labelled registered list + on-site roster, written only
 * from the task text ("What real rosters look like" + targets), never from an engine.
 *
 * Ground truth: truth.get(onsite.id) is the registered workerId the row really is, or
 * null for a hidden worker (on site, not on the register).
 *
 * Fairness rules the generator keeps (so the targets are reachable, not trivial):
 *  - A true on-site row never carries wrong information beyond the listed variations:
 *    its name is a variant of the registered name, its IDs are exact or one digit off,
 *    its date of birth is exact or day/month swapped; sex is always right.
 *  - Registered IDs are pairwise more than one digit-edit apart, and a mistyped ID is
 *    never within one edit of another worker's ID.
 *  - Registered namesakes (same family + given name) never share a date of birth, even
 *    with day and month swapped.
 *  - Every hidden worker carries at least one field that tells them apart from every
 *    registered namesake: a date of birth in a year none of them was born in (or, when
 *    no such year is left, a date matching none even when swapped), and/or a national
 *    ID / NSSF number that is not within one digit-edit of any registered one. Their
 *    date of birth also never equals (or swap-equals) that of a registered worker who
 *    shares their family or their given name.
 *  - The only rows an engine cannot decide are true rows with a name shared on the
 *    register and no date of birth or ID: the self-check prints how many (must stay
 *    well under the 5% review budget).
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { rng, type Rng } from './prng';
import { FAMILY_NAMES, FEMALE_GIVEN, MALE_GIVEN, type NameEntry } from './grader-names';

type Sex = 'F' | 'M';

export const GRADER_LABEL = 'grader (third blind roster)';

export const RATES = {
  absent: 0.10, // registered workers not on site ("registered workers are often absent")
  hiddenPerRegistered: 0.05, // hidden workers per registered worker: 10,000 → 500 hidden, ~9,500 on site
  hiddenNamesake: 0.60, // hidden workers given the exact full name of a registered worker ("often namesakes")
  namesakeOfAbsent: 0.50, // of those, the namesake is an absent registered worker (the hard case)
  female: 0.80, // share of women (garment factory)
  regLatinMissing: 0.25, // registered nameLatin null ("sometimes missing")
  regLatinUpper: 0.30, // registered nameLatin in upper case (fund exports)
  regKhVariant: 0.10, // registered nameKh typed with ZWSP / other keyboard order instead of the canonical form
  onsiteKhmer: 0.35, // on-site name typed in Khmer script (else Latin)
  khZwsp: 0.30, // Khmer: zero-width space between family and given name instead of a space
  khSplitCompound: 0.30, // Khmer: "Srey X" given name split by a ZWSP (60%) or space, the Khmer side of Sreymom/Srey Mom
  khReorder: 0.35, // Khmer: name typed on a keyboard that orders code points differently (each applicable swap at 0.7)
  nfd: 0.50, // name string NFD-normalized instead of NFC (a no-op for Khmer script; kept as the text lists it)
  latinSwap: 0.15, // Latin: given name first, family name last
  latinUpper: 0.30, // Latin: all upper case
  latinTypo: 0.06, // Latin: one typo (substitution, deletion, doubling, adjacent swap) in a name of 4+ letters
  // Romanization: each name's spellings are picked 60% first-listed, rest shared; on-site and register pick independently.
  romanFirst: 0.60, // probability of the first-listed romanization (register and on site alike)
  onsiteDobMissing: 0.10, // on-site date of birth missing ("sometimes missing")
  dobSwap: 0.10, // of on-site dates with day <= 12 and day != month, day and month swapped
  onsiteNidPresent: 0.45, // on-site national ID present ("often missing")
  onsiteNssfPresent: 0.35, // on-site NSSF number present ("often missing")
  idTypo: 0.04, // of present on-site IDs of true rows, one digit mistyped or two adjacent digits transposed
  hiddenNssfPresent: 0.10, // hidden worker shows an NSSF number from a former employer (never near a registered one)
  familyZipf: 0.8, // family-name weight 1/(rank+2)^z
  givenZipf: 0.6, // given-name weight 1/(rank+2)^z
} as const;

const VISIT_ID = 'grader';
const RECORDED_AT = '2025-03-11T09:30:00+07:00';
const VISIT_YEAR = 2025;
const ZWSP = '\u200B';
const COENG = 0x17d2;
const RO = 0x179a;

// ---------------------------------------------------------------- small helpers

function weighted<T>(xs: readonly T[], z: number): (r: Rng) => T {
  const cum: number[] = [];
  let t = 0;
  xs.forEach((_, i) => { t += 1 / (i + 2) ** z; cum.push(t); });
  return (r) => {
    const u = r.next() * t;
    let lo = 0, hi = cum.length - 1;
    while (lo < hi) { const m = (lo + hi) >> 1; if (cum[m] > u) hi = m; else lo = m + 1; }
    return xs[lo];
  };
}

function pickRoman(r: Rng, e: NameEntry): string {
  if (e.latin.length === 1 || r.chance(RATES.romanFirst)) return e.latin[0];
  return e.latin[1 + Math.floor(r.next() * (e.latin.length - 1))];
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

interface Ymd { y: number; m: number; d: number }
const parse = (s: string): Ymd => ({ y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) });
const swapDm = (s: string): string | null => {
  const { y, m, d } = parse(s);
  return d <= 12 && d !== m ? iso(y, d, m) : null;
};
/** Equal, or equal once day and month are swapped. */
/** A date and its day/month swap, so "equal or swap-equal" is one Set lookup. */
const addDob = (set: Set<string>, d: string) => { set.add(d); const w = swapDm(d); if (w) set.add(w); };
const clashes = (set: Set<string> | undefined, d: string) => {
  if (!set) return false;
  if (set.has(d)) return true;
  const w = swapDm(d);
  return !!w && set.has(w);
};

function drawDob(r: Rng): string {
  // Garment workforce: 18-55, most in their twenties.
  const age = 18 + Math.floor(37 * r.next() ** 1.8);
  const y = VISIT_YEAR - 1 - age + (r.chance(0.2) ? 1 : 0);
  const m = r.int(1, 12);
  return iso(y, m, r.int(1, daysIn(y, m)));
}

function drawHire(r: Rng, dob: string): string {
  const from = Math.max(parse(dob).y + 18, 2008);
  const y = r.int(from, VISIT_YEAR - 1);
  const m = r.int(1, 12);
  return iso(y, m, r.int(1, daysIn(y, m)));
}

/** Does any ID one digit substitution or one adjacent transposition away pass `test`? (IDs as numbers: fixed length, so leading zeros are safe.) */
function someNeighbour(id: string, test: (n: number) => boolean): boolean {
  const n = Number(id);
  let pow = 1;
  for (let k = 0; k < id.length; k++, pow *= 10) {
    const d = Math.floor(n / pow) % 10;
    for (let c = 0; c <= 9; c++) if (c !== d && test(n + (c - d) * pow)) return true;
    if (k + 1 < id.length) {
      const d2 = Math.floor(n / (pow * 10)) % 10;
      if (d2 !== d && test(n + (d2 - d) * pow + (d - d2) * pow * 10)) return true;
    }
  }
  return false;
}

function mistypeId(r: Rng, id: string): string {
  if (r.chance(0.5)) {
    const spots: number[] = [];
    for (let i = 0; i + 1 < id.length; i++) if (id[i] !== id[i + 1]) spots.push(i);
    if (spots.length) {
      const i = r.pick(spots);
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
  }
  const i = r.int(0, id.length - 1);
  let c = id[i];
  while (c === id[i]) c = String(r.int(0, 9));
  return id.slice(0, i) + c + id.slice(i + 1);
}

/** Cambodian national ID: 9 digits, first two a province code 01-25. */
const drawNid = (r: Rng) => pad(r.int(1, 25), 2) + pad(r.int(0, 9_999_999), 7);
/** NSSF member number: 10 digits. */
const drawNssf = (r: Rng) => String(r.int(1, 9)) + pad(r.int(0, 999_999_999), 9);

/** A fresh ID, more than one edit away from every ID in `taken`. */
function freshId(r: Rng, draw: (r: Rng) => string, taken: Map<number, number>, owner: number): string {
  for (;;) {
    const id = draw(r);
    if (taken.has(Number(id))) continue;
    if (someNeighbour(id, (n) => taken.has(n))) continue;
    taken.set(Number(id), owner);
    return id;
  }
}

function uuid(seed: number, row: number): string {
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(row + 1, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  const hex = (n: number, w: number) => (n >>> 0).toString(16).padStart(w, '0').slice(-w);
  return `${hex(seed, 8)}-${hex(h >>> 16, 4)}-4${hex(h, 3)}-8${hex(h >>> 12, 3)}-${hex(row, 12)}`;
}

// ---------------------------------------------------------------- name rendering

function registeredKh(r: Rng, fam: NameEntry, giv: NameEntry): string {
  const canonical = `${fam.kh} ${giv.kh}`;
  return r.chance(RATES.regKhVariant) ? varyKhmer(r, fam, giv, true) : canonical;
}

function registeredLatin(r: Rng, fam: NameEntry, giv: NameEntry): string | null {
  if (r.chance(RATES.regLatinMissing)) return null;
  const s = `${pickRoman(r, fam)} ${pickRoman(r, giv)}`;
  return r.chance(RATES.regLatinUpper) ? s.toUpperCase() : s;
}

/** Code point orders other keyboards produce for the same visible Khmer text. */
function reorderKhmer(r: Rng, s: string): string {
  const cp = Array.from(s, (c) => c.codePointAt(0)!);
  for (let i = 0; i < cp.length; i++) {
    // coeng-ro typed before the other subscript: ន្ទ្រ → ន្រ្ទ
    if (cp[i] === COENG && cp[i + 2] === COENG && cp[i + 3] === RO && cp[i + 1] !== RO && r.chance(0.7)) {
      [cp[i + 1], cp[i + 3]] = [cp[i + 3], cp[i + 1]];
      i += 3;
      continue;
    }
    // register shifter (៉ ៊) typed after the vowel sign: ម៉ៅ → ម ៅ ៉
    if ((cp[i] === 0x17c9 || cp[i] === 0x17ca) && cp[i + 1] >= 0x17b6 && cp[i + 1] <= 0x17c5 && r.chance(0.7)) {
      [cp[i], cp[i + 1]] = [cp[i + 1], cp[i]];
      i += 1;
      continue;
    }
    // nikahit typed before the vowel: ុំ → ំុ, ាំ → ំា
    if ((cp[i] === 0x17bb || cp[i] === 0x17b6) && cp[i + 1] === 0x17c6 && r.chance(0.7)) {
      [cp[i], cp[i + 1]] = [cp[i + 1], cp[i]];
      i += 1;
    }
  }
  return String.fromCodePoint(...cp);
}

function varyKhmer(r: Rng, fam: NameEntry, giv: NameEntry, forceSomething = false): string {
  let given = giv.kh;
  if (given.startsWith('ស្រី') && given.length > 4 && r.chance(RATES.khSplitCompound)) {
    given = 'ស្រី' + (r.chance(0.6) ? ZWSP : ' ') + given.slice(4);
  }
  const u = r.next();
  const sep = u < RATES.khZwsp ? ZWSP : ' ';
  let s = fam.kh + sep + given;
  if (forceSomething || r.chance(RATES.khReorder)) s = reorderKhmer(r, s);
  if (forceSomething && s === `${fam.kh} ${giv.kh}`) s = fam.kh + ZWSP + giv.kh;
  return s;
}

const KEYBOARD = 'qwertyuiop|asdfghjkl|zxcvbnm';
function nearKey(r: Rng, c: string): string {
  const lower = c.toLowerCase();
  const rows = KEYBOARD.split('|');
  for (const row of rows) {
    const i = row.indexOf(lower);
    if (i >= 0) {
      const opts = [row[i - 1], row[i + 1]].filter(Boolean) as string[];
      const k = r.pick(opts);
      return c === lower ? k : k.toUpperCase();
    }
  }
  return c;
}

/** Every romanization in the lists, squashed, so a typo never lands on another real name. */
const KNOWN_TOKENS = new Set<string>();
for (const e of [...FAMILY_NAMES, ...FEMALE_GIVEN, ...MALE_GIVEN]) {
  for (const l of e.latin) for (const t of [l, ...l.split(' ')]) KNOWN_TOKENS.add(t.replace(/ /g, '').toLowerCase());
}

function typo(r: Rng, s: string): string {
  const tokens = s.split(' ');
  const idx = tokens.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return s;
  for (let attempt = 0; attempt < 10; attempt++) {
    const ti = r.pick(idx);
    const t = tokens[ti];
    const p = r.int(1, t.length - 1); // keep the first letter
    let out: string;
    switch (r.int(0, 3)) {
      case 0: out = t.slice(0, p) + nearKey(r, t[p]) + t.slice(p + 1); break; // wrong key
      case 1: out = t.slice(0, p) + t.slice(p + 1); break; // dropped letter
      case 2: out = t.slice(0, p) + t[p] + t.slice(p); break; // doubled letter
      default: {
        const q = Math.min(p, t.length - 2);
        out = q >= 1 && t[q] !== t[q + 1] ? t.slice(0, q) + t[q + 1] + t[q] + t.slice(q + 2) : t.slice(0, p) + t.slice(p + 1);
      }
    }
    if (out === t || KNOWN_TOKENS.has(out.toLowerCase())) continue;
    const copy = tokens.slice();
    copy[ti] = out;
    return copy.join(' ');
  }
  return s;
}

interface OnsiteName { name: string; khmer: boolean }

function onsiteName(r: Rng, fam: NameEntry, giv: NameEntry): OnsiteName {
  let name: string;
  const khmer = r.chance(RATES.onsiteKhmer);
  if (khmer) {
    name = varyKhmer(r, fam, giv);
  } else {
    const f = pickRoman(r, fam), g = pickRoman(r, giv);
    name = r.chance(RATES.latinSwap) ? `${g} ${f}` : `${f} ${g}`;
    if (r.chance(RATES.latinUpper)) name = name.toUpperCase();
    if (r.chance(RATES.latinTypo)) name = typo(r, name);
  }
  name = name.normalize(r.chance(RATES.nfd) ? 'NFD' : 'NFC');
  return { name, khmer };
}

// ---------------------------------------------------------------- generator

interface Person { fam: NameEntry; giv: NameEntry; sex: Sex; key: string }

export interface GraderStats {
  hiddenByDobYear: number; hiddenByDobDate: number; hiddenByIdOnly: number; hiddenNamesakes: number;
  hiddenForcedDob: number;
}

let lastStats: GraderStats | null = null;
/** Diagnostics of the last generateGrader call (self-check only). */
export const graderStats = () => lastStats;

export function generateGrader(registeredCount: number, seed: number): {
  registered: RegisteredWorker[];
  onsite: OnsiteWorker[];
  truth: Map<string, string | null>;
} {
  const r = rng(seed ^ 0x5eed6a3d);
  const pickFam = weighted(FAMILY_NAMES, RATES.familyZipf);
  const pickF = weighted(FEMALE_GIVEN, RATES.givenZipf);
  const pickM = weighted(MALE_GIVEN, RATES.givenZipf);
  const drawPerson = (): Person => {
    const sex: Sex = r.chance(RATES.female) ? 'F' : 'M';
    const fam = pickFam(r);
    const giv = sex === 'F' ? pickF(r) : pickM(r);
    return { fam, giv, sex, key: `${fam.kh}|${giv.kh}` };
  };

  // --- register
  const nidOwner = new Map<number, number>();
  const nssfOwner = new Map<number, number>();
  const dobsByKey = new Map<string, Set<string>>(); // full name → its registered dates and their swaps
  const yearsByKey = new Map<string, Set<number>>(); // full name → registered birth years
  const byDob = new Map<string, number[]>(); // dob → registered indexes (for hidden-worker checks)
  const people: Person[] = [];
  const registered: RegisteredWorker[] = [];
  for (let i = 0; i < registeredCount; i++) {
    const p = drawPerson();
    const taken = dobsByKey.get(p.key) ?? dobsByKey.set(p.key, new Set()).get(p.key)!;
    let dob = drawDob(r);
    while (clashes(taken, dob)) dob = drawDob(r);
    addDob(taken, dob);
    (yearsByKey.get(p.key) ?? yearsByKey.set(p.key, new Set()).get(p.key)!).add(parse(dob).y);
    (byDob.get(dob) ?? byDob.set(dob, []).get(dob)!).push(i);
    people.push(p);
    registered.push({
      workerId: `GW-${pad(seed % 1000, 3)}-${pad(i + 1, 6)}`,
      nssfNumber: freshId(r, drawNssf, nssfOwner, i),
      nationalId: freshId(r, drawNid, nidOwner, i),
      nameKh: registeredKh(r, p.fam, p.giv),
      nameLatin: registeredLatin(r, p.fam, p.giv),
      sex: p.sex,
      dateOfBirth: dob,
      hireDate: drawHire(r, dob),
      wageRiel: 100 * r.int(8_300, 12_500),
    });
  }

  // --- who is on site
  const order = r.shuffle(registered.map((_, i) => i));
  const absentCount = Math.round(registeredCount * RATES.absent);
  const absent = order.slice(0, absentCount);
  const present = order.slice(absentCount);

  type Draft = Omit<OnsiteWorker, 'id' | 'sourceRow'> & { truth: string | null };
  const drafts: Draft[] = [];
  const base = { visitId: VISIT_ID, source: 'csv' as const, recordedAt: RECORDED_AT };

  const typoId = (id: string, owners: Map<number, number>, self: number): string => {
    for (let k = 0; k < 20; k++) {
      const t = mistypeId(r, id);
      const o = owners.get(Number(t));
      if (o !== undefined && o !== self) continue;
      if (someNeighbour(t, (n) => { const x = owners.get(n); return x !== undefined && x !== self; })) continue;
      return t;
    }
    return id;
  };

  for (const i of present) {
    const reg = registered[i];
    const p = people[i];
    const { name } = onsiteName(r, p.fam, p.giv);
    let dob: string | null = r.chance(RATES.onsiteDobMissing) ? null : reg.dateOfBirth;
    if (dob && r.chance(RATES.dobSwap)) dob = swapDm(dob) ?? dob;
    let nid: string | null = r.chance(RATES.onsiteNidPresent) ? reg.nationalId : null;
    if (nid && r.chance(RATES.idTypo)) nid = typoId(nid, nidOwner, i);
    let nssf: string | null = r.chance(RATES.onsiteNssfPresent) ? reg.nssfNumber : null;
    if (nssf && r.chance(RATES.idTypo)) nssf = typoId(nssf, nssfOwner, i);
    drafts.push({ ...base, name, nationalId: nid, nssfNumber: nssf, sex: p.sex, dateOfBirth: dob, truth: reg.workerId });
  }

  // --- hidden workers
  const stats: GraderStats = { hiddenByDobYear: 0, hiddenByDobDate: 0, hiddenByIdOnly: 0, hiddenNamesakes: 0, hiddenForcedDob: 0 };
  const hiddenCount = Math.round(registeredCount * RATES.hiddenPerRegistered);
  const OUTSIDER = -1;
  const dobOk = (dob: string, p: Person, sameKeyYears: Set<number>, strictYear: boolean): boolean => {
    if (strictYear && sameKeyYears.has(parse(dob).y)) return false;
    if (clashes(dobsByKey.get(p.key), dob)) return false;
    for (const cand of [dob, swapDm(dob)]) {
      if (!cand) continue;
      for (const j of byDob.get(cand) ?? []) if (people[j].fam === p.fam || people[j].giv === p.giv) return false;
    }
    return true;
  };
  for (let h = 0; h < hiddenCount; h++) {
    let p: Person;
    if (r.chance(RATES.hiddenNamesake) && registeredCount > 0) {
      const pool = r.chance(RATES.namesakeOfAbsent) && absent.length ? absent : present;
      const src = people[r.pick(pool)];
      p = { ...src };
    } else {
      p = drawPerson();
    }
    const years = yearsByKey.get(p.key) ?? new Set<number>();
    if (years.size) stats.hiddenNamesakes++;

    let wantDob = !r.chance(RATES.onsiteDobMissing);
    const nid = r.chance(RATES.onsiteNidPresent) ? freshId(r, drawNid, nidOwner, OUTSIDER) : null;
    const nssf = r.chance(RATES.hiddenNssfPresent) ? freshId(r, drawNssf, nssfOwner, OUTSIDER) : null;
    if (!wantDob && !nid && !nssf) { wantDob = true; stats.hiddenForcedDob++; }
    let dob: string | null = null;
    if (wantDob) {
      for (let k = 0; k < 200 && !dob; k++) { const d = drawDob(r); if (dobOk(d, p, years, true)) dob = d; }
      if (dob) stats.hiddenByDobYear++;
      else {
        for (;;) { const d = drawDob(r); if (dobOk(d, p, years, false)) { dob = d; break; } }
        stats.hiddenByDobDate++;
      }
    } else stats.hiddenByIdOnly++;
    const { name } = onsiteName(r, p.fam, p.giv);
    drafts.push({ ...base, name, nationalId: nid, nssfNumber: nssf, sex: p.sex, dateOfBirth: dob, truth: null });
  }

  // --- shuffle into sheet order, assign ids
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  drafts.forEach((d, row) => {
    const { truth: t, ...rest } = d;
    const w: OnsiteWorker = { id: uuid(seed, row), sourceRow: row + 1, ...rest };
    onsite.push(w);
    truth.set(w.id, t);
  });
  lastStats = stats;
  return { registered, onsite, truth };
}

// ---------------------------------------------------------------- self-check

if (import.meta.url === `file://${process.argv[1]}`) void (async () => {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnSchema } = await import('../../src/protocol');
  const N = 10_000, SEED = Number(process.argv[2] ?? 20250311);
  generateGrader(200, 1); // warm-up
  const t0 = performance.now();
  const { registered, onsite, truth } = generateGrader(N, SEED);
  const ms = performance.now() - t0;
  const again = generateGrader(N, SEED);
  const deterministic = JSON.stringify(again.onsite) === JSON.stringify(onsite) && JSON.stringify(again.registered) === JSON.stringify(registered);

  const problems: string[] = [];
  registered.forEach((w, i) => { const v = RegSchema.safeParse(w); if (!v.success) problems.push(`registered ${i}: ${v.error.message}`); });
  onsite.forEach((w, i) => { const v = OnSchema.safeParse(w); if (!v.success) problems.push(`onsite ${i}: ${v.error.message}`); });
  const regIds = new Set(registered.map((w) => w.workerId));
  if (regIds.size !== registered.length) problems.push('duplicate workerId');
  const onIds = new Set(onsite.map((w) => w.id));
  if (onIds.size !== onsite.length) problems.push('duplicate on-site id');
  if (truth.size !== onsite.length) problems.push('truth size differs from on-site count');
  const matchedTo = new Set<string>();
  for (const w of onsite) {
    if (!truth.has(w.id)) problems.push(`no truth for ${w.id}`);
    const t = truth.get(w.id);
    if (t != null) { if (!regIds.has(t)) problems.push(`truth points to unknown ${t}`); if (matchedTo.has(t)) problems.push(`two rows for ${t}`); matchedTo.add(t); }
  }
  for (const w of onsite) if (w.dateOfBirth) { const d = new Date(w.dateOfBirth + 'T00:00:00Z'); if (d.toISOString().slice(0, 10) !== w.dateOfBirth) problems.push(`bad date ${w.dateOfBirth}`); }
  // romanizations unique across entries
  const seen = new Map<string, string>();
  for (const e of [...FAMILY_NAMES, ...FEMALE_GIVEN, ...MALE_GIVEN]) for (const l of e.latin) {
    const k = l.replace(/ /g, '').toLowerCase();
    if (seen.has(k) && seen.get(k) !== e.kh) problems.push(`romanization ${l} used by two names`);
    seen.set(k, e.kh);
  }

  const hidden = onsite.filter((w) => truth.get(w.id) === null);
  const share = <T,>(f: (w: T) => boolean, xs: T[]) => `${((100 * xs.filter(f).length) / xs.length).toFixed(1)}%`;
  const isKh = (w: OnsiteWorker) => /[\u1780-\u17FF]/.test(w.name);
  // name collisions on the register
  const regByName = new Map<string, number>();
  for (const w of registered) { const k = w.nameKh.replace(/[\s\u200B]/g, ''); regByName.set(k, (regByName.get(k) ?? 0) + 1); }
  // NB: reordered registered Khmer splits a few groups; close enough for a statistic.
  const groupSizes = [...regByName.values()];
  const sharedWorkers = groupSizes.filter((n) => n > 1).reduce((a, b) => a + b, 0);
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const ambiguous = onsite.filter((w) => {
    const t = truth.get(w.id);
    if (!t || w.dateOfBirth || w.nationalId || w.nssfNumber) return false;
    return (regByName.get(regById.get(t)!.nameKh.replace(/[\s\u200B]/g, '')) ?? 0) > 1;
  }).length;
  const st = graderStats()!;

  console.log(`${GRADER_LABEL}, seed ${SEED}`);
  console.log(`registered ${registered.length}, on site ${onsite.length}, hidden ${hidden.length}, absent ${registered.length - matchedTo.size}`);
  console.log(`on-site fields: name 100%, nationalId ${share((w) => !!w.nationalId, onsite)}, nssf ${share((w) => !!w.nssfNumber, onsite)}, dob ${share((w) => !!w.dateOfBirth, onsite)}, sex ${share((w) => !!w.sex, onsite)}; in Khmer ${share(isKh, onsite)}`);
  console.log(`hidden fields: nationalId ${share((w) => !!w.nationalId, hidden)}, nssf ${share((w) => !!w.nssfNumber, hidden)}, dob ${share((w) => !!w.dateOfBirth, hidden)}; namesakes of a registered worker ${st.hiddenNamesakes}`);
  console.log(`hidden told apart by: dob year ${st.hiddenByDobYear}, dob date only ${st.hiddenByDobDate}, ID only ${st.hiddenByIdOnly} (dob forced on ${st.hiddenForcedDob} that had no ID)`);
  console.log(`registered: nameLatin ${share((w) => !!w.nameLatin, registered)}; distinct full names ${groupSizes.length}, largest group ${Math.max(...groupSizes)}, workers sharing a full name ${((100 * sharedWorkers) / registered.length).toFixed(1)}%`);
  console.log(`true rows with a shared name and no dob/ID (inherently review): ${ambiguous} = ${((100 * ambiguous) / onsite.length).toFixed(2)}% of rows`);
  console.log(`names with ZWSP ${share((w) => w.name.includes(ZWSP), onsite)}, NFD changed ${onsite.filter((w) => w.name.normalize('NFC') !== w.name).length} names`);
  console.log(`sample: ${onsite.slice(0, 6).map((w) => JSON.stringify(w.name)).join(' ')}`);
  console.log(`deterministic ${deterministic}; generated in ${ms.toFixed(0)} ms; problems ${problems.length}`);
  for (const p of problems.slice(0, 10)) console.log('  ' + p);
  if (problems.length || !deterministic) process.exit(1);
})();
