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
    const line = fineLine(schedule, code, count(counts), multipliers[code]);
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * One breach's line: count × multiplier × base daily wage, or null when nobody is concerned.
 * The multiplier defaults to the rule's and must lie within its range.
 */
export function fineLine(schedule: PenaltySchedule, code: BreachCode, count: number, chosen?: number): FineLine | null {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`The number of workers for ${code} must be a whole number ≥ 0, not ${count}.`);
  if (count === 0) return null;
  const rule = ruleFor(schedule, code);
  const multiplier = chosen ?? rule.defaultMultiplier;
  checkMultiplier(rule, multiplier, schedule.version);
  return {
    breach: code,
    kind: 'fine',
    count,
    multiplier,
    baseDailyWageRiel: schedule.baseDailyWageRiel,
    // Rounded per worker, then multiplied, so the amount stays exactly linear in the count.
    amountRiel: count * Math.round(multiplier * schedule.baseDailyWageRiel),
    legalReference: citationOf(rule.provenance),
    // Kept with the line so a later schedule never rewrites a notice already drafted or issued.
    labelKm: rule.labelKm,
    labelEn: rule.labelEn,
  };
}

export function ruleFor(schedule: PenaltySchedule, code: BreachCode): BreachRule {
  const rule = schedule.breaches.find((b) => b.code === code);
  if (!rule) throw new Error(`Penalty schedule version ${schedule.version} has no rule for ${code}.`);
  return rule;
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

/** What a notice prints as the legal basis: the citation alone when the schedule has one, else the full reference. */
export function citationOf(p: { reference: string; citation?: string | null }): string {
  return p.citation?.trim() || p.reference;
}
