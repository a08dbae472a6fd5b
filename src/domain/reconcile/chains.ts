import { grown } from './grown';

/**
 * Lists of int32 values in the order they were added, kept in typed arrays: one list per key
 * of a map the caller holds (key → the list's first entry), and no array per list, for the tens
 * of thousands of lists an index of a register holds. A list's first entry knows its last, so
 * adding to a list is one step.
 */
export class Chains {
  private values: Int32Array<ArrayBuffer>;
  private nexts: Int32Array<ArrayBuffer>;
  /** For a list's first entry, its last. */
  private lasts: Int32Array<ArrayBuffer>;
  private count = 0;

  /** `expected`: about how many values will be added, so the arrays need not grow. */
  constructor(expected: number) {
    this.values = new Int32Array(expected);
    this.nexts = new Int32Array(expected);
    this.lasts = new Int32Array(expected);
  }

  /** Adds `value` at the end of the list whose first entry is `first`, or starts a list when `first` is -1; returns the new entry. */
  append(first: number, value: number): number {
    if (this.count === this.values.length) [this.values, this.nexts, this.lasts] = [grown(this.values), grown(this.nexts), grown(this.lasts)];
    const e = this.count++;
    this.values[e] = value;
    this.nexts[e] = -1;
    if (first < 0) {
      this.lasts[e] = e;
    } else {
      this.nexts[this.lasts[first]] = e;
      this.lasts[first] = e;
    }
    return e;
  }

  /** The value last added to the list whose first entry is `first`. */
  lastValue(first: number): number {
    return this.values[this.lasts[first]];
  }

  /** A list is read from its first entry, then next(e) until -1. */
  next(e: number): number {
    return this.nexts[e];
  }

  value(e: number): number {
    return this.values[e];
  }
}
