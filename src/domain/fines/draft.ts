import type { BreachRule, FineLine, PenaltySchedule } from '../../protocol';

export type BreachCode = BreachRule['code'];

/** What the visit found, per breach; only hidden workers are counted on site for now. */
export interface BreachCounts {
  unregisteredWorkers: number;
}

const COUNTED: { code: BreachCode; count: (c: BreachCounts) => number }[] = [
  { code: 'unregistered_worker', count: (c) => c.unregisteredWorkers },
];

/**
 * The fine lines of a draft notice: per breach, count × multiplier × base daily wage
 * (Prakas 168/22 fines per worker concerned). A breach with nobody concerned gets no line.
 * The multiplier is the inspector's choice within the schedule's range; outside it this throws
 * rather than clamps, so a typo never turns silently into a different fine.
 */
export function draftFineLines(
  schedule: PenaltySchedule,
  counts: BreachCounts,
  multipliers: Partial<Record<BreachCode, number>> = {},
): FineLine[] {
  const lines: FineLine[] = [];
  for (const { code, count } of COUNTED) {
    const n = count(counts);
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`The number of workers for ${code} must be a whole number ≥ 0, not ${n}.`);
    if (n === 0) continue;
    const rule = schedule.breaches.find((b) => b.code === code);
    if (!rule) throw new Error(`Penalty schedule version ${schedule.version} has no rule for ${code}.`);
    const multiplier = multipliers[code] ?? rule.defaultMultiplier;
    checkMultiplier(rule, multiplier, schedule.version);
    lines.push({
      breach: code,
      count: n,
      multiplier,
      baseDailyWageRiel: schedule.baseDailyWageRiel,
      // Rounded per worker, then multiplied, so the amount stays exactly linear in the count.
      amountRiel: n * Math.round(multiplier * schedule.baseDailyWageRiel),
      legalReference: rule.provenance.reference,
    });
  }
  return lines;
}

/** The notice's total: the sum of its lines, in riel. */
export function noticeTotal(lines: readonly FineLine[]): number {
  return lines.reduce((sum, l) => sum + l.amountRiel, 0);
}

function checkMultiplier(rule: BreachRule, multiplier: number, version: number): void {
  if (!Number.isFinite(multiplier) || multiplier < rule.multiplierMin || multiplier > rule.multiplierMax) {
    throw new RangeError(
      `The multiplier for ${rule.code} must be between ${rule.multiplierMin} and ${rule.multiplierMax} (schedule version ${version}), not ${multiplier}.`,
    );
  }
  // A fine line needs a positive multiplier; a 0..0 range is a rule no supervisor has filled in yet.
  if (multiplier <= 0) {
    throw new RangeError(`No fine is set for ${rule.code} in schedule version ${version}: a supervisor must enter its multiplier first.`);
  }
}
