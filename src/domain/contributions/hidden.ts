import { monthOf, monthRange } from './calendar';
import { charge, type CheckContext } from './context';
import type { HiddenWorkerInput, WorkerFindings, WorkerLine } from './findings';
import { dueDateOf } from './payment-rules';
import { ratesForMonth } from './rates';
import { lateSurcharge } from './surcharge';
import { sumTotals } from './totals';

/**
 * What a hidden worker's employer owes for them: every month from the start date they state
 * to the last month overdue, nothing paid (nobody declared them). Not limited to the history
 * window — their months were never declared — but a month in which no scheme existed (no
 * pension before Oct 2022) charges nothing for it.
 */
export function hiddenWorkerFindings(ctx: CheckContext, h: HiddenWorkerInput, lastOverdue: string, earliestRecord: string | null): WorkerFindings {
  const startMonth = monthOf(h.startDate);
  if (earliestRecord !== null && startMonth < earliestRecord) ctx.notes.add('hidden_start_before_history');
  const lines: WorkerLine[] = [];
  for (const month of monthRange(startMonth, lastOverdue)) {
    if (ratesForMonth(ctx.schedule, month).length === 0) continue;
    const owed = charge(ctx, { month, wageRiel: h.wageRiel, unknownWage: 'hidden_wage_unknown', dateOfBirth: h.dateOfBirth, startDate: h.startDate });
    if (owed.owedRiel === 0) continue;
    const lateSurchargeRiel = lateSurcharge(ctx.rules, {
      dueDate: dueDateOf(month, ctx.rules), paidLateRiel: 0, paidOn: null, unpaidRiel: owed.owedRiel, asOf: ctx.asOf,
    });
    lines.push({ month, reason: 'hidden', owedRiel: owed.owedRiel, paidRiel: 0, prorated: owed.prorated, lateSurchargeRiel });
  }
  return { workerId: h.id, name: h.name, kind: 'hidden', startDate: h.startDate, lines, totals: sumTotals(lines) };
}
