import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { HELD_OUT_FAMILY, HELD_OUT_GIVEN, type HeldOutName } from './holdout-names';
import { prng } from './prng';

/**
 * A held-out roster: written from issue 3's description of real rosters, apart from
 * generate.ts, and never used to tune the engine. Its own names (holdout-names.ts), and its own
 * model of how mess arises: an on-site list is typed by a few clerks, and each clerk has habits
 * that hold for all of their rows (a keyboard that writes zero-width spaces or the old vowel
 * order, a preferred romanization, given name first, upper case, how careful they are, which
 * fields their sheet has). Clerks' habits are drawn per roster, so two seeds are two visits.
 * National ID numbers share a province prefix and NSSF numbers come in hiring runs, so a slip
 * often lands on someone else's number. Dates of birth go wrong by day/month order (one clerk
 * with a month-first sheet), by a year off by one (a birth year worked out from an age), by a
 * digit, or by writing only the year (1 January).
 */
export const HOLDOUT_LABEL = 'held-out (not tuned on)';

export const HOLDOUT_RATES = {
  absent: 0.12,
  hiddenShare: 0.08,
  /** Of hidden workers: carrying a registered worker's full name; of those, also their birth year. */
  namesake: 0.6,
  namesakeSameYear: 0.35,
  regLatinMissing: 0.15,
  regNationalIdMissing: 0.07,
  regDobMissing: 0.02,
  regKhmerMessy: 0.08,
  birthYearOnly: 0.07,
  clerks: [2, 5] as [number, number],
  nationalIdSlip: 0.05,
  nssfSlip: 0.08,
  idFormatted: 0.2,
  yearOffByOne: 0.025,
  dobDigit: 0.015,
  dobYearOnly: 0.02,
  dayMonthSwapped: 0.02,
  /** One clerk's sheet is month-first: this share of their dates with a day ≤ 12 comes out swapped. */
  monthFirstClerk: 0.4,
  sexWrong: 0.004,
  latinSpaceLost: 0.02,
};

type Keyboard = 'clean' | 'zwsp' | 'legacy' | 'joined';
interface Clerk {
  khmer: number;
  givenFirst: number;
  romanization: 'first' | 'second' | 'any';
  casing: 'upper' | 'title' | 'lower';
  keyboard: Keyboard;
  typo: number;
  nationalId: number;
  nssf: number;
  dob: number;
  sex: number;
  monthFirst: boolean;
}

interface Person {
  family: HeldOutName;
  given: HeldOutName;
  sex: 'F' | 'M';
  dob: string;
}

export function generateHoldout(registeredCount: number, seed: number): Roster {
  const R = HOLDOUT_RATES;
  const next = prng(seed ^ 0x5eed);
  const chance = (p: number) => next() < p;
  const between = (lo: number, hi: number) => lo + next() * (hi - lo);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const weighted = weightedPicker(next);
  const pickFamily = weighted(HELD_OUT_FAMILY);
  const pickGiven = weighted(HELD_OUT_GIVEN);

  const person = (): Person => {
    const given = pickGiven();
    const sex = given.sex === 'F' || given.sex === 'M' ? given.sex : chance(0.5) ? 'F' : 'M';
    const year = int(1970, 2007);
    const dob = chance(R.birthYearOnly) ? `${year}-01-01` : `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    return { family: pickFamily(), given, sex, dob };
  };
  const nationalIds = new Set<string>();
  const nationalId = () => {
    let id: string;
    do id = pad(int(1, 25)) + String(int(0, 9_999_999)).padStart(7, '0');
    while (nationalIds.has(id));
    nationalIds.add(id);
    return id;
  };

  const people = Array.from({ length: registeredCount }, person);
  let nssf = int(1_000_000, 9_000_000) * 10;
  const registered = people.map((p, i): RegisteredWorker => {
    nssf += chance(0.1) ? int(20, 400) : int(1, 2); // hiring runs with gaps between them
    const latin = chance(R.regLatinMissing) ? null : `${p.family.latin[chance(0.7) ? 0 : 1 % p.family.latin.length]} ${p.given.latin[chance(0.7) ? 0 : 1 % p.given.latin.length]}`.toUpperCase();
    return {
      workerId: `K-${String(i * 7 + 3).padStart(7, '0')}`,
      nssfNumber: String(nssf),
      nationalId: chance(R.regNationalIdMissing) ? null : nationalId(),
      nameKh: chance(R.regKhmerMessy) ? `${p.family.kh}\u200b${p.given.kh}` : `${p.family.kh} ${p.given.kh}`,
      nameLatin: latin,
      sex: p.sex,
      dateOfBirth: chance(R.regDobMissing) ? null : p.dob,
      hireDate: `20${int(12, 24)}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
      wageRiel: null,
    };
  });

  const clerks: Clerk[] = Array.from({ length: int(...R.clerks) }, (_, i) => ({
    khmer: between(0.05, 0.8),
    givenFirst: chance(0.3) ? between(0.3, 0.7) : between(0, 0.08),
    romanization: pick(['first', 'second', 'any'] as const),
    casing: pick(['upper', 'upper', 'title', 'lower'] as const),
    keyboard: pick(['clean', 'zwsp', 'legacy', 'joined'] as const),
    typo: between(0.01, 0.1),
    nationalId: between(0.05, 0.9),
    nssf: between(0, 0.5),
    dob: between(0.55, 1),
    sex: between(0.6, 1),
    monthFirst: i === 0,
  }));
  const clerkShare = clerks.map(() => between(0.5, 1.5));
  const pickClerk = weighted(clerks.map((c, i) => ({ ...c, weight: clerkShare[i] })));

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const row = (p: Person, reg: RegisteredWorker | null, ownId: string | null) => {
    const c = pickClerk();
    // Rows are filled in order of care: a clerk who copies the ID card number has the card, and its date.
    const care = next();
    const hiddenShy = reg ? 1 : 0.8;
    const slip = (id: string, rate: number) => (chance(rate) ? idSlip(next, id) : id);
    const id = `H${String(onsite.length + 1).padStart(6, '0')}`;
    const nid = reg ? reg.nationalId : ownId;
    onsite.push({
      id, visitId: 'holdout', source: 'csv', sourceRow: onsite.length + 1, recordedAt: '2025-03-11T09:30:00+07:00',
      name: writeName(p, c, next),
      nationalId: nid && care < c.nationalId * hiddenShy ? formatId(slip(nid, R.nationalIdSlip), chance(R.idFormatted)) : null,
      nssfNumber: reg?.nssfNumber && chance(c.nssf) ? slip(reg.nssfNumber, R.nssfSlip) : null,
      sex: chance(c.sex) ? (chance(R.sexWrong) ? (p.sex === 'F' ? 'M' : 'F') : p.sex) : null,
      dateOfBirth: care < Math.max(c.dob, c.nationalId) ? dobWritten(p.dob, c, next) : null,
    });
    truth.set(id, reg ? reg.workerId : null);
  };
  registered.forEach((r, i) => {
    if (!chance(R.absent)) row(people[i], r, null);
  });
  const hidden = Math.round((onsite.length * R.hiddenShare) / (1 - R.hiddenShare));
  for (let h = 0; h < hidden; h++) {
    const fresh = person();
    let p = fresh;
    if (chance(R.namesake)) {
      const twin = pick(people);
      const year = chance(R.namesakeSameYear) ? twin.dob.slice(0, 4) : fresh.dob.slice(0, 4);
      p = { ...twin, sex: twin.given.sex === 'U' ? fresh.sex : twin.sex, dob: year + fresh.dob.slice(4) };
    }
    row(p, null, nationalId());
  }
  return { registered: shuffle(registered, next), onsite: shuffle(onsite, next), truth };

  function writeName(p: Person, c: Clerk, rnd: () => number): string {
    const givenFirst = rnd() < c.givenFirst;
    if (rnd() < c.khmer) {
      const [a, b] = givenFirst ? [p.given.kh, p.family.kh] : [p.family.kh, p.given.kh];
      let name = typeKhmer(a, b, c.keyboard, rnd);
      if (rnd() < c.typo / 2) name = khmerTypo(name, rnd);
      return name;
    }
    const spell = (n: HeldOutName) => (c.romanization === 'any' ? pick(n.latin) : n.latin[c.romanization === 'first' ? 0 : Math.min(1, n.latin.length - 1)]);
    const [a, b] = givenFirst ? [spell(p.given), spell(p.family)] : [spell(p.family), spell(p.given)];
    let name = rnd() < R.latinSpaceLost ? a + b.toLowerCase() : `${a} ${b}`;
    if (rnd() < c.typo) name = latinTypo(name, rnd);
    return c.casing === 'upper' ? name.toUpperCase() : c.casing === 'lower' ? name.toLowerCase() : name;
  }

  function dobWritten(iso: string, c: Clerk, rnd: () => number): string {
    const [y, m, d] = iso.split('-');
    const swapRate = c.monthFirst ? R.monthFirstClerk : R.dayMonthSwapped;
    if (Number(d) <= 12 && d !== m && rnd() < swapRate) return `${y}-${d}-${m}`;
    const r = rnd();
    if (r < R.yearOffByOne) return `${Number(y) + (rnd() < 0.5 ? -1 : 1)}-${m}-${d}`;
    if (r < R.yearOffByOne + R.dobYearOnly) return `${y}-01-01`;
    if (r < R.yearOffByOne + R.dobYearOnly + R.dobDigit) {
      // A digit of the day or of the year's last two, replaced, keeping a real date.
      const day = Number(d) % 10 === 1 ? Number(d) + 1 : Number(d) - 1;
      return rnd() < 0.5 ? `${y}-${m}-${pad(Math.max(1, day))}` : `${y.slice(0, 3)}${(Number(y[3]) + int(1, 9)) % 10}-${m}-${d}`;
    }
    return iso;
  }
}

/** Each keyboard's way of writing a two-word Khmer name (Unicode ch. 16.4's equivalent orders, ZWSP as the word break). */
function typeKhmer(a: string, b: string, keyboard: Keyboard, rnd: () => number): string {
  let s = keyboard === 'zwsp' ? `${a}\u200b${b}` : keyboard === 'joined' ? a + b : `${a} ${b}`;
  if (keyboard === 'legacy') {
    s = s
      .replace(/\u17be/g, '\u17c1\u17b8')
      .replace(/\u17c4/g, '\u17c1\u17b6')
      .replace(/(\u17d2[\u1780-\u17a2])([\u17b6-\u17c5])/g, '$2$1')
      .replace(/([\u17c9\u17ca])([\u17b6-\u17c5])/g, '$2$1');
  }
  if (rnd() < 0.1) s = s.normalize('NFD');
  if (rnd() < 0.05) s = s.replace(/([\u1780-\u17a2])/, '$1\u200d');
  if (rnd() < 0.05) s = s.replace(/\u17bb\u17c6/g, '\u17c6\u17bb');
  return s;
}

/** Letters Khmer typists confuse: the same sound in the other series, or the short and long vowel. */
const KHMER_CONFUSED: [string, string][] = [['ត', 'ដ'], ['ទ', 'ធ'], ['ព', 'ភ'], ['ិ', 'ី'], ['ុ', 'ូ'], ['ស', 'ឝ'], ['ន', 'ណ']];

function khmerTypo(s: string, rnd: () => number): string {
  const present = KHMER_CONFUSED.filter(([x, y]) => s.includes(x) || s.includes(y));
  if (present.length === 0 || rnd() < 0.3) {
    const chars = [...s];
    const i = 1 + Math.floor(rnd() * (chars.length - 1));
    return /[\u17b6-\u17d3]/.test(chars[i]) ? [...chars.slice(0, i), ...chars.slice(i + 1)].join('') : s;
  }
  const [x, y] = present[Math.floor(rnd() * present.length)];
  return s.includes(x) ? s.replace(x, y) : s.replace(y, x);
}

/** QWERTY neighbours of each letter: the usual typing slip is the key next door. */
const NEAR_KEYS: Record<string, string> = {
  a: 'qsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn', k: 'jiolm', l: 'kop',
  m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

/** Keyboard slips in the proportions typing studies report: neighbour key, omission, doubled key, transposition. */
function latinTypo(s: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (s.length - 2));
  if (!/[a-z]/i.test(s[i])) return s;
  const r = rnd();
  if (r < 0.4) {
    const keys = NEAR_KEYS[s[i].toLowerCase()] ?? 'e';
    return s.slice(0, i) + keys[Math.floor(rnd() * keys.length)] + s.slice(i + 1);
  }
  if (r < 0.7) return s.slice(0, i) + s.slice(i + 1);
  if (r < 0.85) return s.slice(0, i) + s[i] + s.slice(i);
  return /[a-z]/i.test(s[i + 1] ?? '') ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s;
}

function idSlip(rnd: () => number, id: string): string {
  const i = Math.floor(rnd() * (id.length - 1));
  if (rnd() < 0.5 && id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
  return id.slice(0, i) + String((Number(id[i]) + 1 + Math.floor(rnd() * 9)) % 10) + id.slice(i + 1);
}

/** How a card number is often written down: in groups of three. */
function formatId(id: string, grouped: boolean): string {
  return grouped ? id.replace(/(\d{3})(?=\d)/g, '$1 ') : id;
}

function weightedPicker(next: () => number) {
  return <T extends { weight: number }>(xs: readonly T[]) => {
    const total = xs.reduce((s, x) => s + x.weight, 0);
    return () => {
      let r = next() * total;
      for (const x of xs) if ((r -= x.weight) < 0) return x;
      return xs[xs.length - 1];
    };
  };
}

function shuffle<T>(xs: T[], next: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const pad = (n: number) => String(n).padStart(2, '0');
