import type { ContributionMonth, RegisteredWorker } from '../../protocol';
import { monthRange } from './calendar';
import type { CheckContext } from './context';
import type { AssumptionCode, ContributionCheckInput, ContributionFindings, MonthFinding, WorkerFindings, WorkerLine } from './findings';
import { hiddenWorkerFindings } from './hidden';
import { checkMonth } from './month-check';
import { lastOverdueMonth, paymentRulesOf } from './payment-rules';
import { sumTotals } from './totals';

/**
 * The contribution check of a visit: each month of the employer's history against what it
 * should have been (missed, short, late; undeclared workers; wages under the floor), and what
 * each hidden worker's employer owes since they started. Registered workers are checked only
 * within the history window — nothing is extrapolated before its first month — but a month
 * missing inside it, or after it up to the last month overdue, counts as missed.
 * Every assumption made is listed in `assumptions` for the inspector to see.
 */
export function checkContributions(input: ContributionCheckInput): ContributionFindings {
  const { rules, fromDefault } = paymentRulesOf(input.schedule);
  const prorate = input.prorateFirstMonth ?? true;
  const ctx: CheckContext = { schedule: input.schedule, rules, asOf: input.asOf, prorate, notes: new Set<AssumptionCode>() };
  if (fromDefault) ctx.notes.add('payment_rules_from_default');
  const lastOverdue = lastOverdueMonth(input.asOf, rules);
  const records = byMonth(input.months);
  const history = [...records.keys()].sort();
  const earliest = history[0] ?? null;

  const months: MonthFinding[] = [];
  const registeredLines = new Map<string, WorkerLine[]>();
  const unpaidIds = new Set<string>();
  const lateIds = new Set<string>();
  if (earliest !== null) {
    const latest = history[history.length - 1] > lastOverdue ? history[history.length - 1] : lastOverdue;
    for (const month of monthRange(earliest, latest)) {
      const record = records.get(month) ?? null;
      // A month nobody on the register worked, and absent from the history, has nothing to check.
      if (record === null && (month > lastOverdue || !anyEmployed(input.registered, month))) continue;
      const checked = checkMonth(ctx, input.registered, month, record);
      months.push(checked.finding);
      for (const { workerId, line } of checked.lines) registeredLines.set(workerId, [...(registeredLines.get(workerId) ?? []), line]);
      checked.unpaidIds.forEach((id) => unpaidIds.add(id));
      checked.lateIds.forEach((id) => lateIds.add(id));
    }
  }

  const names = new Map(input.registered.map((w) => [w.workerId, w]));
  const workers: WorkerFindings[] = [...registeredLines].map(([workerId, lines]) => ({
    workerId,
    name: names.get(workerId)?.nameKh ?? workerId,
    kind: 'registered',
    startDate: names.get(workerId)?.hireDate ?? null,
    lines,
    totals: sumTotals(lines),
  }));
  for (const h of input.hidden) {
    const found = hiddenWorkerFindings(ctx, h, lastOverdue, earliest);
    workers.push(found);
    if (found.totals.unpaidRiel > 0) unpaidIds.add(h.id);
  }

  const counted = months.filter((m) => m.status !== 'not_yet_due');
  const hiddenTotals = sumTotals(workers.filter((w) => w.kind === 'hidden').flatMap((w) => w.lines));
  const monthTotals = sumTotals(counted.map((m) => ({ owedRiel: m.dueRiel, paidRiel: m.paidRiel, lateSurchargeRiel: m.lateSurchargeRiel })));
  return {
    asOf: input.asOf,
    scheduleVersion: input.schedule.version,
    prorateFirstMonth: prorate,
    months,
    workers,
    totals: {
      owedRiel: monthTotals.owedRiel + hiddenTotals.owedRiel,
      paidRiel: monthTotals.paidRiel + hiddenTotals.paidRiel,
      unpaidRiel: monthTotals.unpaidRiel + hiddenTotals.unpaidRiel,
      lateSurchargeRiel: monthTotals.lateSurchargeRiel + hiddenTotals.lateSurchargeRiel,
      overpaidRiel: counted.reduce((sum, m) => sum + m.overpaidRiel, 0),
    },
    unpaidWorkerIds: [...unpaidIds].sort(),
    latePaidWorkerIds: [...lateIds].sort(),
    assumptions: [...ctx.notes].sort(),
  };
}

function byMonth(months: readonly ContributionMonth[]): Map<string, ContributionMonth> {
  const out = new Map<string, ContributionMonth>();
  for (const m of months) {
    // Two records for one month cannot both be right; guessing which would change the amounts.
    if (out.has(m.month)) throw new RangeError(`The contribution history has two records for ${m.month}.`);
    out.set(m.month, m);
  }
  return out;
}

const anyEmployed = (registered: readonly RegisteredWorker[], month: string): boolean =>
  registered.some((w) => w.hireDate === null || w.hireDate.slice(0, 7) <= month);
