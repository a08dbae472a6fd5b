import type { ContributionMonth, PenaltySchedule, RegisteredWorker } from '../../protocol';

/** A worker found on site and on no register, with the start date they state (the inspector may correct it). */
export interface HiddenWorkerInput {
  id: string;
  name: string;
  startDate: string;
  wageRiel: number | null;
  dateOfBirth: string | null;
}

export interface ContributionCheckInput {
  schedule: PenaltySchedule;
  /** The fund's contribution history for the employer, as cached for the visit. */
  months: ContributionMonth[];
  registered: RegisteredWorker[];
  hidden: HiddenWorkerInput[];
  /** The visit date, YYYY-MM-DD: months whose due date has not passed by then are not yet owed. */
  asOf: string;
  /** Charge a first month started mid-way by days worked (default true). Not in the public sources: an assumption. */
  prorateFirstMonth?: boolean;
}

/**
 * Codes the UI translates and shows beside the amounts, so no assumption is made silently:
 * - prorated_first_month: a month started mid-way was charged by calendar days worked.
 * - first_month_charged_in_full: a month started mid-way was charged in full (proration off).
 * - wage_from_register: an undeclared worker, or a month missing from the history, was charged on the register's wage.
 * - register_wage_unknown: the register has no wage for such a worker; charged on the lowest floor in force.
 * - hidden_wage_unknown: a hidden worker's wage is unknown; charged on the lowest floor in force.
 * - month_missing_from_history: a month absent from the history is treated as missed, nothing paid.
 * - recorded_due_used: a month without per-worker declarations keeps the fund's recorded due amount.
 * - workers_from_register: without declarations, the workers concerned by a month are those the register shows employed.
 * - hire_date_unknown: a registered worker without a hire date is taken as employed throughout the history.
 * - undeclared_assumed_employed: a registered worker missing from a declaration is taken as still employed (the register has no leaving date).
 * - date_of_birth_unknown: a worker without a date of birth was charged schemes that exempt older workers.
 * - hidden_start_before_history: a hidden worker's start date is before the earliest month of the history.
 * - payment_rules_from_default: the schedule has no payment rules; the default schedule's were used.
 * - overpayment_not_carried: a month paid above its due is not set against another month.
 */
export type AssumptionCode =
  | 'prorated_first_month'
  | 'first_month_charged_in_full'
  | 'wage_from_register'
  | 'register_wage_unknown'
  | 'hidden_wage_unknown'
  | 'month_missing_from_history'
  | 'recorded_due_used'
  | 'workers_from_register'
  | 'hire_date_unknown'
  | 'undeclared_assumed_employed'
  | 'date_of_birth_unknown'
  | 'hidden_start_before_history'
  | 'payment_rules_from_default'
  | 'overpayment_not_carried';

export type MonthStatus = 'paid' | 'late' | 'short' | 'missed' | 'late_short' | 'not_yet_due';

/** One month of the employer's record, checked. Amounts in whole riel. */
export interface MonthFinding {
  month: string;
  dueDate: string;
  /** false: the month is absent from the history and treated as missed. */
  inHistory: boolean;
  /** The fund's own figure, null for a month absent from the history. */
  recordedDueRiel: number | null;
  declaredWorkers: number | null;
  /** Registered workers hired on or before the month's last day. */
  employedRegistered: number;
  /** Recomputed from the declarations (floors applied); else the recorded due. */
  declaredDueRiel: number;
  /** Owed for registered workers employed but missing from the declaration. */
  undeclaredDueRiel: number;
  dueRiel: number;
  paidRiel: number;
  paidOn: string | null;
  shortRiel: number;
  overpaidRiel: number;
  /** Days after the due date the payment came; 0 when on time or nothing was paid. */
  daysLate: number;
  /** Days from the due date to the visit while something is still unpaid. */
  daysOutstanding: number;
  status: MonthStatus;
  missingWorkerIds: string[];
  /** Declared under the lowest wage floor in force. */
  belowFloorWorkerIds: string[];
  lateSurchargeRiel: number;
}

/**
 * One worker-month. For a registered worker, paidRiel is what the declaration covered (nothing
 * when undeclared; the wage as declared when below the floor): the fund records payments per
 * month, not per worker, so whether the month was paid is in its MonthFinding.
 */
export interface WorkerLine {
  month: string;
  reason: 'not_declared' | 'below_floor' | 'hidden';
  owedRiel: number;
  paidRiel: number;
  prorated: boolean;
  /** Hidden workers only; a registered worker's is in the month's. */
  lateSurchargeRiel: number;
}

export interface Totals {
  owedRiel: number;
  paidRiel: number;
  unpaidRiel: number;
  lateSurchargeRiel: number;
}

export interface WorkerFindings {
  workerId: string;
  name: string;
  kind: 'registered' | 'hidden';
  /** The date charged from: a hidden worker's stated (or corrected) start, a registered worker's hire date. */
  startDate: string | null;
  lines: WorkerLine[];
  totals: Totals;
}

export interface ContributionFindings {
  asOf: string;
  scheduleVersion: number;
  prorateFirstMonth: boolean;
  months: MonthFinding[];
  /** Registered workers with a problem of their own, then every hidden worker. */
  workers: WorkerFindings[];
  /** Over the months overdue at asOf and the hidden workers; overpaid months are not set against others. */
  totals: Totals & { overpaidRiel: number };
  /** Workers with an unpaid month: undeclared, hidden, or employed in a month left wholly unpaid. */
  unpaidWorkerIds: string[];
  /** Workers employed in a month paid late. */
  latePaidWorkerIds: string[];
  assumptions: AssumptionCode[];
}
