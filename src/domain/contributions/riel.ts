/**
 * Exact arithmetic for contributions. Rates are percentages with decimals (0.8 %, 2.6 %), and
 * 0.8 / 100 × wage in floating point can land a hair under x.5 and round the wrong way; so a
 * rate is read as a whole number of millionths of a percent and amounts are kept as exact
 * fractions of a riel until the one rounding per worker-month.
 */

/** Rates are read to a millionth of a percent; the schedule's rates have at most two decimals. */
const RATE_UNITS_PER_PERCENT = 1_000_000n;
const PERCENT = 100n;

/** The denominator of an exact amount: riel × this = the numerators below. */
export const EXACT_PER_RIEL = RATE_UNITS_PER_PERCENT * PERCENT;

/** A rate in millionths of a percent. */
export function rateUnits(ratePercent: number): bigint {
  if (!Number.isFinite(ratePercent) || ratePercent < 0) throw new RangeError(`A rate must be a percentage ≥ 0, not ${ratePercent}.`);
  return BigInt(Math.round(ratePercent * Number(RATE_UNITS_PER_PERCENT)));
}

export function wholeRiel(amount: number, what: string): bigint {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`${what} must be a whole number of riel ≥ 0, not ${amount}.`);
  return BigInt(amount);
}

/**
 * numerator / denominator to whole riel, half up (x.5 → x+1). Riel has no minor unit in use,
 * and half up is how a cashier rounds; amounts are never negative, so half up = half away from zero.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): number {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('roundHalfUp: amounts are never negative.');
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** rate % of a whole amount of riel, exactly, in units of 1 / EXACT_PER_RIEL riel. */
export function percentOf(amountRiel: number, ratePercent: number): bigint {
  return wholeRiel(amountRiel, 'An amount') * rateUnits(ratePercent);
}
