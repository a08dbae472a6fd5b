import type { VisitSummary } from '../../protocol';

/**
 * The columns every VisitSummary is built from, over `visits v JOIN employers e`.
 * Callers add `status` and `version`, because those depend on whose view it is:
 * the visit's own state for a supervisor, the latest visit_event for an inspector.
 */
export const SUMMARY_COLUMNS = `v.id, v.employer_id, e.name AS employer_name, e.name_kh AS employer_name_kh,
  v.scheduled_date, v.reason,
  (SELECT count(*) FROM registered_workers r WHERE r.employer_id = v.employer_id) AS registered_count`;

export interface SummaryRow {
  id: string;
  employer_id: string;
  employer_name: string;
  employer_name_kh: string;
  scheduled_date: string;
  reason: 'complaint' | 'routine';
  registered_count: number;
  status: 'assigned' | 'withdrawn';
  version: number | null;
}

export function toVisitSummary(row: SummaryRow): VisitSummary {
  return {
    id: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    employerNameKh: row.employer_name_kh,
    scheduledDate: row.scheduled_date,
    reason: row.reason,
    status: row.status,
    registeredCount: row.registered_count,
    version: row.version ?? 0,
  };
}
