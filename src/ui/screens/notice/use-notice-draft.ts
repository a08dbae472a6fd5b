import { useMemo } from 'preact/hooks';
import type { Notice, OnsiteWorker, PenaltySchedule, Reconciliation, VisitPackage } from '../../../protocol';
import { checkContributions, type ContributionFindings } from '../../../domain/contributions';
import { noticeLines, noticeMonths, type NoticeLines } from '../../../domain/fines/notice-lines';
import type { BreachCode } from '../../../domain/fines/draft';

export interface DraftFigures {
  hidden: OnsiteWorker[];
  findings: ContributionFindings | null;
  drafted: NoticeLines | null;
  months: NonNullable<Notice['months']>;
  error: string | null;
}

/** The contribution check and the notice lines, worked out from what is on the phone. */
export function useDraftFigures(
  pkg: VisitPackage, rec: Reconciliation, onsite: OnsiteWorker[], schedule: PenaltySchedule, multipliers: Partial<Record<BreachCode, number>>,
): DraftFigures {
  const hidden = useMemo(() => {
    const byId = new Map(onsite.map((w) => [w.id, w]));
    return rec.results.filter((r) => r.status === 'hidden').map((r) => byId.get(r.onsiteId)).filter((w): w is OnsiteWorker => !!w);
  }, [rec, onsite]);

  const findings = useMemo(() => {
    if (pkg.contributions.length === 0) return { value: null, error: null };
    try {
      const value = checkContributions({
        schedule,
        months: pkg.contributions,
        registered: pkg.registered,
        hidden: hidden.filter((w) => w.statedStartDate).map((w) => ({
          id: w.id, name: w.name, startDate: w.statedStartDate!, wageRiel: w.wageRiel ?? null, dateOfBirth: w.dateOfBirth,
        })),
        asOf: pkg.visit.scheduledDate,
      });
      return { value, error: null };
    } catch (e) {
      return { value: null, error: (e as Error).message };
    }
  }, [pkg, schedule, hidden]);

  let drafted: NoticeLines | null = null;
  let error = findings.error;
  try {
    drafted = noticeLines(schedule, { hiddenCount: hidden.length, contributions: findings.value }, multipliers);
  } catch (e) {
    error = (e as Error).message;
  }
  return { hidden, findings: findings.value, drafted, months: findings.value ? noticeMonths(findings.value) : [], error };
}
