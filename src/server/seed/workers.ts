import type { RegisteredWorker } from '../../protocol';
import { addDays, addYears, daysBetween, SEED_TODAY } from './dates';
import type { EmployerProfile } from './employers';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, type NamePair } from './khmer-names';
import type { Rng } from './prng';

/** Shared across employers so no two workers in the demo share a national ID or NSSF number. */
export interface IdPool {
  nationalIds: Set<string>;
  nssfNumbers: Set<string>;
}

export const newIdPool = (): IdPool => ({ nationalIds: new Set(), nssfNumbers: new Set() });

function uniqueId(rng: Rng, used: Set<string>, make: () => string): string {
  for (;;) {
    const id = make();
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

export function randomName(rng: Rng, sex: 'F' | 'M'): { kh: string; latin: string } {
  const family: NamePair = rng.pick(FAMILY_NAMES);
  const given: NamePair = rng.pick(sex === 'F' ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  return { kh: `${family.kh} ${given.kh}`, latin: `${family.latin} ${given.latin}` };
}

function wage(rng: Rng, bands: EmployerProfile['wageBands']): number {
  let roll = rng.next();
  for (const [share, min, max] of bands) {
    if (roll < share) return Math.round(rng.int(min, max) / 100) * 100;
    roll -= share;
  }
  const [, min] = bands[0];
  return min;
}

export function generateWorkers(rng: Rng, profile: EmployerProfile, ids: IdPool): RegisteredWorker[] {
  const workers: RegisteredWorker[] = [];
  const latestHire = addDays(SEED_TODAY, -20);
  for (let i = 0; i < profile.workers; i++) {
    const sex = rng.chance(profile.femaleShare) ? 'F' : 'M';
    const name = randomName(rng, sex);
    const [minAge, maxAge] = profile.ageRange;
    const dateOfBirth = addDays(addYears(SEED_TODAY, -rng.int(minAge, maxAge) - 1), rng.int(1, 364));
    const earliestHire = [profile.openedOn, addYears(dateOfBirth, 18)].sort()[1];
    const span = Math.max(0, daysBetween(earliestHire, latestHire));
    // Recent hires are more common: garment and building sites turn over fast.
    const hireDate = addDays(latestHire, -Math.floor(span * rng.next() ** 1.6));
    workers.push({
      workerId: `${profile.workerIdPrefix}-${String(i + 1).padStart(5, '0')}`,
      nssfNumber: uniqueId(rng, ids.nssfNumbers, () => `${rng.int(1, 9)}${rng.digits(9)}`),
      nationalId: uniqueId(rng, ids.nationalIds, () => `${rng.int(1, 9)}${rng.digits(8)}`),
      nameKh: name.kh,
      // Some payroll clerks never typed the Latin name.
      nameLatin: rng.chance(0.03) ? null : name.latin,
      sex,
      dateOfBirth,
      hireDate: hireDate < earliestHire ? earliestHire : hireDate,
      wageRiel: wage(rng, profile.wageBands),
    });
  }
  return workers;
}
