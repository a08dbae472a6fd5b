import type { Totals } from './findings';

interface Amounts {
  owedRiel: number;
  paidRiel: number;
  lateSurchargeRiel: number;
}

/** Totals are sums of their lines, nothing else; unpaid never goes negative for a line paid above what it owed. */
export function sumTotals(lines: readonly Amounts[]): Totals {
  const t: Totals = { owedRiel: 0, paidRiel: 0, unpaidRiel: 0, lateSurchargeRiel: 0 };
  for (const l of lines) {
    t.owedRiel += l.owedRiel;
    t.paidRiel += l.paidRiel;
    t.unpaidRiel += Math.max(0, l.owedRiel - l.paidRiel);
    t.lateSurchargeRiel += l.lateSurchargeRiel;
  }
  return t;
}
