export { checkContributions } from './check';
export type * from './findings';
export { owedForMonth, type MonthOwed, type WorkerMonth, type SchemeCharge } from './owed';
export { ratesForMonth, contributableWage, lowestFloor, isExempt } from './rates';
export { paymentRulesOf, dueDateOf, isOverdue, lastOverdueMonth, monthsLate } from './payment-rules';
export { lateSurcharge } from './surcharge';
