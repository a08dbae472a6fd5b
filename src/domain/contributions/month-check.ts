import type { ContributionMonth, RegisteredWorker } from '../../protocol';
import { daysBetween, lastDayOf } from './calendar';
import { charge, type CheckContext } from './context';
import type { AssumptionCode, MonthFinding, MonthStatus, WorkerLine } from './findings';
import { dueDateOf, isOverdue } from './payment-rules';
import { lowestFloor } from './rates';
import { lateSurcharge } from './surcharge';

export interface MonthCheck {
  finding: MonthFinding;
  /** Per registered worker with a problem of their own this month. */
  lines: { workerId: string; line: WorkerLine }[];
  /** Workers with an unpaid contribution this month, and workers whose contribution came late. */
  unpaidIds: string[];
  lateIds: string[];
}

/** One month checked against what it should have been; `record` null for a month absent from the history. */
export function checkMonth(all: CheckContext, registered: readonly RegisteredWorker[], month: string, record: ContributionMonth | null): MonthCheck {
  const dueDate = dueDateOf(month, all.rules);
  const overdue = isOverdue(month, all.asOf, all.rules);
  // A month not yet due is shown but charges nothing, so what it assumes is not the findings'.
  const ctx = overdue ? all : { ...all, notes: new Set<AssumptionCode>() };
  const employed = registered.filter((w) => w.hireDate === null || w.hireDate <= lastDayOf(month));
  if (employed.some((w) => w.hireDate === null)) ctx.notes.add('hire_date_unknown');
  const fromRegister = (w: RegisteredWorker) => {
    ctx.notes.add('wage_from_register');
    return charge(ctx, { month, wageRiel: w.wageRiel, unknownWage: 'register_wage_unknown', dateOfBirth: w.dateOfBirth, startDate: w.hireDate });
  };

  const lines: MonthCheck['lines'] = [];
  const missingWorkerIds: string[] = [];
  const belowFloorWorkerIds: string[] = [];
  let declaredDueRiel = 0;
  let undeclaredDueRiel = 0;
  // Whose contributions the month's payment was for: the declared, or without declarations, those the register shows employed.
  let covered: string[];

  if (record?.declarations) {
    const byId = new Map(registered.map((w) => [w.workerId, w]));
    const floor = lowestFloor(ctx.schedule, month);
    for (const d of record.declarations) {
      // The declared wage is what the month paid, so a first month is not prorated again.
      const req = { month, wageRiel: d.wageRiel, unknownWage: 'register_wage_unknown' as const, dateOfBirth: byId.get(d.workerId)?.dateOfBirth ?? null, startDate: null };
      const owed = charge(ctx, req).owedRiel;
      declaredDueRiel += owed;
      if (floor !== null && d.wageRiel < floor) {
        belowFloorWorkerIds.push(d.workerId);
        const paidRiel = charge(ctx, { ...req, ignoreFloors: true }).owedRiel;
        lines.push({ workerId: d.workerId, line: { month, reason: 'below_floor', owedRiel: owed, paidRiel, prorated: false, lateSurchargeRiel: 0 } });
      }
    }
    const declared = new Set(record.declarations.map((d) => d.workerId));
    for (const w of employed.filter((e) => !declared.has(e.workerId))) {
      ctx.notes.add('undeclared_assumed_employed');
      const owed = fromRegister(w);
      undeclaredDueRiel += owed.owedRiel;
      missingWorkerIds.push(w.workerId);
      lines.push({ workerId: w.workerId, line: { month, reason: 'not_declared', owedRiel: owed.owedRiel, paidRiel: 0, prorated: owed.prorated, lateSurchargeRiel: 0 } });
    }
    covered = [...declared];
  } else if (record) {
    ctx.notes.add('recorded_due_used');
    declaredDueRiel = record.dueRiel;
    covered = employed.map((w) => w.workerId);
  } else {
    ctx.notes.add('month_missing_from_history');
    declaredDueRiel = employed.reduce((sum, w) => sum + fromRegister(w).owedRiel, 0);
    covered = employed.map((w) => w.workerId);
  }

  const dueRiel = declaredDueRiel + undeclaredDueRiel;
  const paidRiel = record?.paidRiel ?? 0;
  const paidOn = record?.paidOn ?? null;
  const shortRiel = Math.max(0, dueRiel - paidRiel);
  const overpaidRiel = Math.max(0, paidRiel - dueRiel);
  const late = paidRiel > 0 && paidOn !== null && paidOn > dueDate;
  const status = statusOf(overdue, paidRiel, shortRiel, late);
  const counted = status !== 'not_yet_due';
  if (counted && overpaidRiel > 0) ctx.notes.add('overpayment_not_carried');
  if (!record?.declarations && counted && (status === 'missed' || late)) ctx.notes.add('workers_from_register');

  const finding: MonthFinding = {
    month, dueDate, inHistory: record !== null,
    recordedDueRiel: record?.dueRiel ?? null,
    declaredWorkers: record?.declaredWorkers ?? null,
    employedRegistered: employed.length,
    declaredDueRiel, undeclaredDueRiel, dueRiel, paidRiel, paidOn, shortRiel, overpaidRiel,
    daysLate: late ? daysBetween(dueDate, paidOn!) : 0,
    daysOutstanding: counted && shortRiel > 0 ? daysBetween(dueDate, ctx.asOf) : 0,
    status,
    missingWorkerIds, belowFloorWorkerIds,
    lateSurchargeRiel: counted
      ? lateSurcharge(ctx.rules, { dueDate, paidLateRiel: late ? Math.min(paidRiel, dueRiel) : 0, paidOn, unpaidRiel: shortRiel, asOf: ctx.asOf })
      : 0,
  };
  return {
    finding,
    lines: counted ? lines : [],
    unpaidIds: !counted ? [] : status === 'missed' ? [...covered, ...missingWorkerIds] : missingWorkerIds,
    lateIds: counted && late ? covered : [],
  };
}

function statusOf(overdue: boolean, paid: number, short: number, late: boolean): MonthStatus {
  if (!overdue) return 'not_yet_due';
  if (short === 0) return late ? 'late' : 'paid';
  if (paid === 0) return 'missed';
  return late ? 'late_short' : 'short';
}
