import type { PenaltySchedule, SourcedNumber } from '../../protocol';
import { addDays } from '../contributions/calendar';
import { paymentRulesOf } from '../contributions/payment-rules';

/** The dates printed on a notice, named as the Notice carries them. */
export interface NoticeDeadlines {
  /** The last day to pay what the notice orders, YYYY-MM-DD. */
  paymentDeadline: string;
  /** The last day to contest the notice, YYYY-MM-DD. */
  contestBy: string;
}

export interface DeadlineDetail {
  date: string;
  days: number;
  provenance: SourcedNumber['provenance'];
}

/**
 * The last day to pay and the last day to contest: the issue date plus the schedule's days, in
 * calendar days (the issue day is day 0, so 15 days from 1 March is 16 March). No public source
 * gives these periods or says whether a weekend or public holiday extends them; they are not
 * extended here, and the defaults are marked unsourced for a supervisor to confirm.
 */
export function noticeDeadlines(issueDate: string, schedule: PenaltySchedule): NoticeDeadlines {
  const d = deadlineDetails(issueDate, schedule);
  return { paymentDeadline: d.payBy.date, contestBy: d.contestBy.date };
}

/** The same dates with their periods and sources, for the UI to show where each comes from. */
export function deadlineDetails(issueDate: string, schedule: PenaltySchedule): { payBy: DeadlineDetail; contestBy: DeadlineDetail; fromDefault: boolean } {
  const { rules, fromDefault } = paymentRulesOf(schedule);
  const detail = (n: SourcedNumber): DeadlineDetail => {
    if (!Number.isInteger(n.value)) throw new RangeError(`A deadline is a whole number of days, not ${n.value}.`);
    return { date: addDays(issueDate, n.value), days: n.value, provenance: n.provenance };
  };
  return { payBy: detail(rules.paymentDeadlineDays), contestBy: detail(rules.contestDays), fromDefault };
}
