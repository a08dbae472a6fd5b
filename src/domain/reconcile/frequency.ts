import type { Mu } from './weights';

/**
 * How common a name or a date is decides how much agreeing on it is worth: two "Sok Dara"s
 * in a factory are likely, two of a rare name are not (Winkler's frequency-based u). The
 * register gives the counts; a pseudo-count prior keeps small registers from claiming that a
 * name seen once is one in ten.
 */
export class Frequency {
  private readonly counts = new Map<string, number>();
  private total = 0;

  constructor(
    /** The value's share in the population before seeing the register. */
    private readonly prior: number,
    /** How many registered workers the prior is worth. */
    private readonly weight: number,
  ) {}

  add(values: Iterable<string>): void {
    this.total++;
    for (const v of new Set(values)) this.counts.set(v, (this.counts.get(v) ?? 0) + 1);
  }

  share(value: string): number {
    return ((this.counts.get(value) ?? 0) + this.weight * this.prior) / (this.total + this.weight);
  }

  /** The field's m with u from the value's share. */
  mu(base: Mu, value: string): Mu {
    return { m: base.m, u: this.share(value) };
  }
}

/** Prior weights: a register of 500 people is enough to trust its own counts over the prior. */
export const PRIOR_WEIGHT = 500;
