import { Reconciliation, type VisitOverview } from '../../protocol';
import type { Queryable } from '../db/db';
import { SUMMARY_COLUMNS, toVisitSummary, type SummaryRow } from './visit-summary';

const OVERVIEW_SELECT = `SELECT ${SUMMARY_COLUMNS}, v.status,
    (SELECT max(ev.version) FROM visit_events ev WHERE ev.visit_id = v.id) AS version,
    u.username AS inspector_username,
    t.count AS tally,
    (SELECT count(*) FROM onsite_workers o WHERE o.visit_id = v.id) AS onsite_count,
    r.data -> 'summary' AS reconciliation_summary,
    (SELECT count(*) FROM notices n WHERE n.visit_id = v.id) AS notice_count,
    (SELECT COALESCE(sum(n.total_riel), 0)::bigint FROM notices n WHERE n.visit_id = v.id) AS notice_total,
    (SELECT max(ml.applied_at) FROM mutation_log ml WHERE ml.visit_id = v.id AND ml.status = 'applied') AS last_result_at
  FROM visits v
  JOIN employers e ON e.id = v.employer_id
  JOIN users u ON u.id = v.inspector_id
  LEFT JOIN tallies t ON t.visit_id = v.id
  LEFT JOIN reconciliations r ON r.visit_id = v.id`;

interface OverviewRow extends SummaryRow {
  inspector_username: string;
  tally: number | null;
  onsite_count: number;
  reconciliation_summary: unknown;
  notice_count: number;
  notice_total: number;
  last_result_at: Date | null;
}

function toOverview(row: OverviewRow): VisitOverview {
  return {
    visit: toVisitSummary(row),
    inspectorUsername: row.inspector_username,
    tally: row.tally,
    onsiteCount: row.onsite_count,
    reconciliation: row.reconciliation_summary ? Reconciliation.shape.summary.parse(row.reconciliation_summary) : null,
    noticeCount: row.notice_count,
    noticeTotalRiel: row.notice_total,
    lastResultAt: row.last_result_at ? new Date(row.last_result_at).toISOString() : null,
  };
}

/** Every visit with what has come back from the field, for the supervisor's list. */
export async function listVisitOverviews(db: Queryable): Promise<VisitOverview[]> {
  const rows = await db.query<OverviewRow>(`${OVERVIEW_SELECT} ORDER BY v.scheduled_date, v.id`);
  return rows.map(toOverview);
}

export async function findVisitOverview(db: Queryable, visitId: string): Promise<VisitOverview | null> {
  const rows = await db.query<OverviewRow>(`${OVERVIEW_SELECT} WHERE v.id = $1`, [visitId]);
  return rows[0] ? toOverview(rows[0]) : null;
}

/** A supervisor's VisitSummary: the visit's own status, and its latest event of anyone's. */
export async function findVisitSummary(db: Queryable, visitId: string) {
  const overview = await findVisitOverview(db, visitId);
  return overview?.visit ?? null;
}
