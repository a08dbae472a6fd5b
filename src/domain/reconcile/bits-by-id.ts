import { grown } from './grown';

/**
 * Bits worked out once per small whole-number id (a name's spelling, a word's key), kept in a
 * typed array. A plain array with holes hands each double back boxed: the scoring loop made a
 * new heap number on every read, a sixth of what it allocated.
 */
export class BitsById {
  private bits = new Float64Array(1024).fill(NaN);

  /** The bits kept for `id`, or NaN if none are. */
  get(id: number): number {
    return id < this.bits.length ? this.bits[id] : NaN;
  }

  /** Keeps `bits` for `id`; returns them. */
  set(id: number, bits: number): number {
    while (id >= this.bits.length) {
      const old = this.bits.length;
      this.bits = grown(this.bits);
      this.bits.fill(NaN, old);
    }
    this.bits[id] = bits;
    return bits;
  }
}
