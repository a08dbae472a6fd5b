import type { ContributionMonth, ContributionRate, PenaltySchedule, RegisteredWorker } from '../../../src/protocol';
import { DEFAULT_PENALTY_SCHEDULE } from '../../../src/domain/fines/default-schedule';
import type { HiddenWorkerInput } from '../../../src/domain/contributions/findings';

export const S = DEFAULT_PENALTY_SCHEDULE;
/** What the default schedule charges a 30-year-old on 1,000,000 riel from Oct 2022: 0.8 % + 2.6 % + 4 %. */
export const FULL_MONTH = 74_000;
/** The same before the pension scheme existed: 0.8 % + 2.6 %. */
export const BEFORE_PENSION = 34_000;

export function rate(over: Partial<ContributionRate>): ContributionRate {
  return {
    scheme: 'health_care', ratePercent: 1, paidBy: 'employer', wageFloorRiel: null, wageCeilingRiel: null,
    validFrom: null, validTo: null, exemptFromAge: null, provenance: { reference: 'test', sourced: false }, ...over,
  };
}

export function withRates(rates: ContributionRate[], over: Partial<PenaltySchedule> = {}): PenaltySchedule {
  return { ...S, version: 7, contributionRates: rates, ...over };
}

export function withSurcharge(percentPerMonth: number): PenaltySchedule {
  return {
    ...S,
    payment: { ...S.payment!, lateSurchargePercentPerMonth: { value: percentPerMonth, provenance: { reference: 'Entered by a supervisor', sourced: false } } },
  };
}

export function worker(workerId: string, over: Partial<RegisteredWorker> = {}): RegisteredWorker {
  return {
    workerId, nssfNumber: null, nationalId: null, nameKh: `ឈ្មោះ ${workerId}`, nameLatin: workerId, sex: 'F',
    dateOfBirth: '1995-05-05', hireDate: '2024-01-01', wageRiel: 1_000_000, ...over,
  };
}

export function hidden(id: string, startDate: string, over: Partial<HiddenWorkerInput> = {}): HiddenWorkerInput {
  return { id, name: id, startDate, wageRiel: 1_000_000, dateOfBirth: '1995-05-05', ...over };
}

/** A month declared and paid by the 10th of the next month unless told otherwise. */
export function month(m: string, over: Partial<ContributionMonth> & { declare?: [string, number][] } = {}): ContributionMonth {
  const { declare, ...rest } = over;
  const [y, mo] = m.split('-').map(Number);
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  const declarations = declare?.map(([workerId, wageRiel]) => ({ workerId, wageRiel }));
  return {
    month: m,
    declaredWorkers: declarations?.length ?? 1,
    declaredWagesRiel: declarations?.reduce((s, d) => s + d.wageRiel, 0) ?? 1_000_000,
    dueRiel: FULL_MONTH,
    paidRiel: FULL_MONTH,
    paidOn: `${next}-10`,
    ...(declarations ? { declarations } : {}),
    ...rest,
  };
}
