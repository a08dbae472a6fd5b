import type { AssignVisitRequest, Complaint, RegisteredWorker } from '../../protocol';
import { addDays, SEED_TODAY } from './dates';
import { randomName } from './workers';
import type { Rng } from './prng';

export interface DemoVisit {
  id: string;
  request: AssignVisitRequest;
}

/**
 * Names as a hotline call-taker writes them: some match a registered worker (in Khmer or
 * in a Latin spelling), some are nobody on the register: the hidden workers the visit is about.
 */
function namedWorkers(rng: Rng, registered: RegisteredWorker[], onRegister: number, hidden: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < onRegister; i++) {
    const w = registered[rng.int(0, registered.length - 1)];
    names.push(i % 2 === 0 || !w.nameLatin ? w.nameKh : w.nameLatin.toUpperCase());
  }
  const known = new Set(registered.flatMap((w) => [w.nameKh, w.nameLatin]));
  while (names.length < onRegister + hidden) {
    const name = randomName(rng, rng.chance(0.7) ? 'F' : 'M');
    if (!known.has(name.kh) && !known.has(name.latin)) names.push(rng.chance(0.5) ? name.kh : name.latin);
  }
  return names;
}

export function demoVisits(rng: Rng, registers: Map<string, RegisteredWorker[]>): DemoVisit[] {
  const workersOf = (id: string) => registers.get(id) ?? [];
  const garmentComplaint: Complaint = {
    receivedAt: `${addDays(SEED_TODAY, -7)}T09:14:00+07:00`,
    hotline: '1286',
    summary:
      'Four sewing-line workers called: about 200 people hired since June have no NSSF card and nothing is deducted from their pay; ' +
      'the factory says they are "on probation".',
    namedWorkers: namedWorkers(rng, workersOf('emp-golden-thread'), 2, 2),
  };
  const siteComplaint: Complaint = {
    receivedAt: `${addDays(SEED_TODAY, -5)}T21:40:00+07:00`,
    hotline: '1297',
    summary:
      'A worker injured at the brick kiln was told he is not insured; callers say day labourers are paid cash and never registered.',
    namedWorkers: namedWorkers(rng, workersOf('emp-phnom-aural'), 1, 2),
  };
  const visit = (id: string, employerId: string, inspector: string, days: number, complaint: Complaint | null): DemoVisit => ({
    id,
    request: {
      employerId,
      inspectorUsername: inspector,
      scheduledDate: addDays(SEED_TODAY, days),
      reason: complaint ? 'complaint' : 'routine',
      complaint,
    },
  });
  return [
    visit('visit-2026-0101', 'emp-golden-thread', 'inspector.demo', 0, garmentComplaint),
    visit('visit-2026-0102', 'emp-phnom-aural', 'inspector.demo', 1, siteComplaint),
    visit('visit-2026-0103', 'emp-mekong-apparel', 'inspector.demo', 2, null),
    visit('visit-2026-0104', 'emp-lotus-hotel', 'inspector.demo', 6, null),
    visit('visit-2026-0105', 'emp-angkor-build', 'inspector.two', 1, null),
  ];
}
