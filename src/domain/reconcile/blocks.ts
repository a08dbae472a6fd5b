import { grown } from './grown';
import { IntMap } from './int-map';

/**
 * The register's blocks as linked lists in typed arrays: one map from key to the block's
 * newest entry and no array per block, which for ~100,000 keys saves most of the building
 * time and garbage. An entry holds its worker, the entry before it and the block's size up to
 * it, side by side, so reading a block touches as few cache lines as it can.
 */
export class Blocks {
  private readonly index: IntMap;
  /** Entry e is (registered index, previous entry or -1, block size up to e) at 3e. */
  private entries: Int32Array<ArrayBuffer>;
  private count = 0;

  /** Sized for the register: a worker has about 18 keys, sharing a block of about 5 on average. */
  constructor(registeredCount: number) {
    this.index = new IntMap(4 * registeredCount);
    this.entries = new Int32Array(3 * 16 * Math.max(registeredCount, 256));
  }

  /** Adds worker `ri` to the key's block, unless the block is past `cap`: then it is never read, and need only stay too large. */
  add(key: number, ri: number, cap: number): void {
    const head = this.index.get(key);
    if (head >= 0 && this.entries[3 * head] === ri) return; // one person, two names with one key
    if (head >= 0 && this.entries[3 * head + 2] > cap) return;
    if (3 * this.count === this.entries.length) this.entries = grown(this.entries);
    const e = this.count++;
    this.entries[3 * e] = ri;
    this.entries[3 * e + 1] = head;
    this.entries[3 * e + 2] = head < 0 ? 1 : this.entries[3 * head + 2] + 1;
    this.index.set(key, e);
  }

  /**
   * The key's block is read newest first: first(key, cap), then next(e) until -1, each entry
   * naming its worker. A loop at the caller, not a callback, so each caller's call stays
   * monomorphic. No entries when the block is larger than cap.
   */
  first(key: number, cap: number): number {
    const head = this.index.get(key);
    return head < 0 || this.entries[3 * head + 2] > cap ? -1 : head;
  }

  next(e: number): number {
    return this.entries[3 * e + 1];
  }

  worker(e: number): number {
    return this.entries[3 * e];
  }
}
