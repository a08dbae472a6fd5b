import { IntMap } from './int-map';
import type { Mu } from './weights';

/**
 * How common a name or a date is decides how much agreeing on it is worth: two "Sok Dara"s
 * in a factory are likely, two of a rare name are not (Winkler's frequency-based u). The
 * register gives the counts; a pseudo-count prior keeps small registers from claiming that a
 * name seen once is one in ten. Values are interned numbers (name ids, dates as yyyymmdd).
 */
export class Frequency {
  /** Value → how many register entries hold it; an IntMap, as a Map of thousands of values spends its time growing. */
  private readonly counts = new IntMap(1024);
  private total = 0;

  constructor(
    /** The value's share in the population before seeing the register. */
    private readonly prior: number,
    /** How many registered workers the prior is worth. */
    private readonly weight: number,
  ) {}

  /** One registered worker's values; a value they hold twice (two scripts, one name) counts once. */
  add(values: readonly number[]): void {
    this.total++;
    for (let i = 0; i < values.length; i++) {
      if (values.indexOf(values[i]) === i) this.counts.set(values[i], this.held(values[i]) + 1);
    }
  }

  /** One registered worker's one value. */
  addOne(value: number): void {
    this.total++;
    this.counts.set(value, this.held(value) + 1);
  }

  share(value: number): number {
    return (this.held(value) + this.weight * this.prior) / (this.total + this.weight);
  }

  /** How many register entries hold the value (IntMap.get gives -1 for none). */
  private held(value: number): number {
    return Math.max(0, this.counts.get(value));
  }

  /** log2(m / share): the bits an agreement on this value is worth. */
  bits(base: Mu, value: number): number {
    return Math.log2(base.m / this.share(value));
  }
}

/** Prior weights: a register of 500 people is enough to trust its own counts over the prior. */
export const PRIOR_WEIGHT = 500;
