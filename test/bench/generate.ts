import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY, GIVEN, type NameEntry } from './names';
import { rng, type Rng } from './prng';

/**
 * Where an on-site row's fields come from. The inspector reconciles one or more sheets, and a
 * sheet either has a field for (nearly) every row or lacks it, so fields go missing together,
 * for registered and hidden workers alike: a row typed off an ID card has the card's number and
 * date of birth; a payroll export has dates of birth and, for registered workers, often the
 * NSSF number; a hand-written sign-in sheet has names and little else.
 */
export interface Source {
  share: number;
  nationalId: number;
  /** Only registered workers have an NSSF number to write. */
  nssf: number;
  dob: number;
  sex: number;
}

/** Rates of each kind of mess, so a second, noisier roster can be generated from the same code. */
export interface Profile {
  name: string;
  absent: number;
  hidden: number;
  /** Share of hidden workers who carry the name of someone on the register. */
  namesakes: number;
  regLatinMissing: number;
  onsiteKhmer: number;
  /** Shares sum to 1. */
  sources: Source[];
  idSlip: number;
  dobSwap: number;
  dobDigit: number;
  dobOther: number;
  sexWrong: number;
  nameSwap: number;
  nameTypo: number;
  khmerMess: number;
}

/**
 * A visit as inspectors describe them: about 40 % of rows typed off ID cards at the gate (the
 * card carries its number and the date of birth), most of the rest from the employer's payroll
 * (dates of birth for nearly everyone, since NSSF registration asks for them; NSSF numbers for
 * about half the registered; national IDs for some), and a small sign-in sheet with names only.
 * Rows with neither an ID nor a date of birth come to about 3 % of registered and 4 % of hidden
 * workers. An earlier version drew each field independently (ID 40 %, date of birth 85 %), which
 * left 6 % of registered and 9 % of hidden rows with a name alone, far more than the sources
 * above produce; the noisy profile keeps that independent, harsher mix.
 */
export const REALISTIC: Profile = {
  name: 'realistic', absent: 0.1, hidden: 0.07, namesakes: 0.5, regLatinMissing: 0.1, onsiteKhmer: 0.45,
  sources: [
    { share: 0.4, nationalId: 0.95, nssf: 0.1, dob: 0.97, sex: 0.99 },
    { share: 0.58, nationalId: 0.25, nssf: 0.45, dob: 0.95, sex: 0.95 },
    { share: 0.02, nationalId: 0, nssf: 0, dob: 0, sex: 0.6 },
  ],
  idSlip: 0.06, dobSwap: 0.04, dobDigit: 0.02, dobOther: 0.005, sexWrong: 0.003, nameSwap: 0.15, nameTypo: 0.05, khmerMess: 0.5,
};

/** Harder on every count, and each field missing independently of the others. */
export const NOISY: Profile = {
  name: 'noisy', absent: 0.12, hidden: 0.1, namesakes: 0.7, regLatinMissing: 0.3, onsiteKhmer: 0.3,
  sources: [{ share: 1, nationalId: 0.25, nssf: 0.15, dob: 0.75, sex: 0.9 }],
  idSlip: 0.1, dobSwap: 0.08, dobDigit: 0.04, dobOther: 0.01, sexWrong: 0.01, nameSwap: 0.25, nameTypo: 0.12, khmerMess: 0.8,
};

export const PROFILES: Profile[] = [REALISTIC, NOISY];

export interface Roster {
  registered: RegisteredWorker[];
  onsite: OnsiteWorker[];
  /** on-site id → the registered worker it really is, or null for a hidden worker. */
  truth: Map<string, string | null>;
}

interface Identity {
  family: NameEntry;
  given: NameEntry;
  sex: 'F' | 'M';
  dob: string;
}

export function generateRoster(registeredCount: number, profile: Profile, seed: number): Roster {
  const g = rng(seed);
  const ids = uniqueNumbers(g, registeredCount * 2, 9);
  const nssfBase = g.int(10_000_000, 80_000_000);
  const people: Identity[] = Array.from({ length: registeredCount }, () => identity(g));
  const registered = people.map((p, i): RegisteredWorker => ({
    workerId: `W${String(i + 1).padStart(6, '0')}`,
    nssfNumber: `${nssfBase + i * 3}`,
    nationalId: g.chance(0.05) ? null : ids[i],
    nameKh: `${p.family.kh} ${p.given.kh}`,
    nameLatin: g.chance(profile.regLatinMissing) ? null : `${p.family.latin[0]} ${p.given.latin[0]}`.toUpperCase(),
    sex: p.sex,
    dateOfBirth: p.dob,
    hireDate: `20${g.int(10, 24)}-0${g.int(1, 9)}-1${g.int(0, 9)}`,
    wageRiel: null,
  }));

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let seq = 0;
  const add = (o: Omit<OnsiteWorker, 'id' | 'visitId' | 'source' | 'sourceRow' | 'recordedAt'>, truthId: string | null) => {
    const id = `R${String(++seq).padStart(6, '0')}`;
    onsite.push({ id, visitId: 'bench', source: 'csv', sourceRow: seq, recordedAt: '2025-02-03T08:00:00+07:00', ...o });
    truth.set(id, truthId);
  };
  registered.forEach((r, i) => {
    if (g.chance(profile.absent)) return;
    const p = people[i];
    const src = source(g, profile);
    add({
      name: writeName(g, p, profile),
      nationalId: r.nationalId && g.chance(src.nationalId) ? slip(g, r.nationalId, profile.idSlip) : null,
      nssfNumber: g.chance(src.nssf) ? slip(g, r.nssfNumber!, profile.idSlip) : null,
      sex: g.chance(src.sex) ? (g.chance(profile.sexWrong) ? (p.sex === 'F' ? 'M' : 'F') : p.sex) : null,
      dateOfBirth: g.chance(src.dob) ? dobAsWritten(g, p.dob, profile) : null,
    }, r.workerId);
  });
  const hiddenCount = Math.round((onsite.length * profile.hidden) / (1 - profile.hidden));
  for (let h = 0; h < hiddenCount; h++) {
    const fresh = identity(g);
    const p = g.chance(profile.namesakes) ? { ...g.pick(people), sex: fresh.sex, dob: fresh.dob } : fresh;
    if (p !== fresh && (p.given.sex === 'F' || p.given.sex === 'M')) p.sex = p.given.sex;
    const src = source(g, profile);
    add({
      name: writeName(g, p, profile),
      nationalId: g.chance(src.nationalId) ? ids[registeredCount + h] : null,
      nssfNumber: null,
      sex: g.chance(src.sex) ? p.sex : null,
      dateOfBirth: g.chance(src.dob) ? p.dob : null,
    }, null);
  }
  g.shuffle(onsite);
  return { registered: g.shuffle(registered), onsite, truth };
}

function source(g: Rng, profile: Profile): Source {
  let r = g.next();
  for (const s of profile.sources) if ((r -= s.share) < 0) return s;
  return profile.sources[profile.sources.length - 1];
}

function identity(g: Rng): Identity {
  const given = g.pickSkewed(GIVEN, 1.6);
  const sex = given.sex === 'F' || given.sex === 'M' ? given.sex : g.chance(0.5) ? 'F' : 'M';
  // Many Cambodians born before birth registration was usual carry 1 January as their birthday.
  const year = g.int(1968, 2006);
  const dob = g.chance(0.05) ? `${year}-01-01` : `${year}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`;
  return { family: g.pickSkewed(FAMILY, 2.2), given, sex, dob };
}

function writeName(g: Rng, p: Identity, profile: Profile): string {
  if (g.chance(profile.onsiteKhmer)) {
    let name = g.chance(profile.nameSwap) ? `${p.given.kh} ${p.family.kh}` : `${p.family.kh} ${p.given.kh}`;
    if (g.chance(profile.khmerMess)) name = messKhmer(g, name);
    if (g.chance(profile.nameTypo / 2)) name = dropOne(g, name);
    return name;
  }
  const [fam, giv] = [g.pick(p.family.latin), g.pick(p.given.latin)];
  let name = g.chance(profile.nameSwap) ? `${giv} ${fam}` : `${fam} ${giv}`;
  if (g.chance(profile.nameTypo)) name = latinTypo(g, name);
  const style = g.next();
  return style < 0.4 ? name.toUpperCase() : style < 0.5 ? name.toLowerCase() : name;
}

/** What Khmer keyboards and copying do to a name: ZWSP for spaces, marks in another order, joiners. */
function messKhmer(g: Rng, s: string): string {
  const choice = g.int(0, 4);
  if (choice === 0) return s.replace(' ', '\u200b');
  if (choice === 1) return s.replace(/(\u17d2[\u1780-\u17a2])([\u17b6-\u17c5])/g, '$2$1');
  if (choice === 2) return s.replace(/([\u17c9\u17ca])([\u17b6-\u17c5])/g, '$2$1').replace(/\u17bb\u17c6/g, '\u17c6\u17bb');
  if (choice === 3) return s.replace(' ', '\u200b ').replace(/([\u1780-\u17a2])/, '$1\u200c');
  return s.replace(' ', '');
}

function dropOne(g: Rng, s: string): string {
  const chars = [...s];
  const i = g.int(1, chars.length - 1);
  return chars[i] === ' ' ? s : [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
}

function latinTypo(g: Rng, s: string): string {
  const i = g.int(1, s.length - 2);
  if (s[i] === ' ') return s;
  const kind = g.int(0, 2);
  if (kind === 0) return s.slice(0, i) + s.slice(i + 1);
  if (kind === 1) return s.slice(0, i) + g.pick([...'aeioukhnrst']) + s.slice(i + 1);
  return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

function slip(g: Rng, id: string, rate: number): string {
  if (!g.chance(rate)) return id;
  const i = g.int(0, id.length - 2);
  if (g.chance(0.5)) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
  return id.slice(0, i) + String((Number(id[i]) + g.int(1, 9)) % 10) + id.slice(i + 1);
}

function dobAsWritten(g: Rng, iso: string, profile: Profile): string {
  const [y, m, d] = iso.split('-');
  const r = g.next();
  if (r < profile.dobSwap && Number(d) <= 12) return `${y}-${d}-${m}`;
  if (r < profile.dobSwap + profile.dobDigit) return `${y.slice(0, 3)}${(Number(y[3]) + 1) % 10}-${m}-${d}`;
  if (r < profile.dobSwap + profile.dobDigit + profile.dobOther) return `${g.int(1968, 2006)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`;
  return iso;
}

function uniqueNumbers(g: Rng, count: number, digits: number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(String(g.int(10 ** (digits - 1), 10 ** digits - 1)));
  return [...seen];
}

const pad = (n: number) => String(n).padStart(2, '0');
