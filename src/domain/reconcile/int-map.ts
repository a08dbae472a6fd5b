/**
 * A map from whole numbers (0 ≤ key < 2^53) to int32 values, by open addressing in one typed
 * array: the blocking index holds tens of thousands of numeric keys, and a Map of that size
 * spends most of its time growing, rehashing and allocating its chains. Each key sits next to
 * its value, so a lookup reads one cache line, where separate arrays would read two.
 */
export class IntMap {
  /** Slot i is key at 2i (EMPTY when free) and value at 2i + 1. */
  private slots: Float64Array;
  /** Slots minus one; slots are a power of two. */
  private mask: number;
  private shift: number;
  size = 0;

  constructor(expected = 8) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Float64Array(2 << bits).fill(EMPTY);
  }

  /** The value stored for `key`, or -1 when there is none. */
  get(key: number): number {
    for (let i = this.home(key); ; i = (i + 1) & this.mask) {
      const k = this.slots[2 * i];
      // | 0: the value is an int32, and read from a Float64Array it would otherwise be a double
      // wherever it is stored, making the objects that hold it a slower kind.
      if (k === key) return this.slots[2 * i + 1] | 0;
      if (k === EMPTY) return -1;
    }
  }

  set(key: number, value: number): void {
    let i = this.home(key);
    for (; this.slots[2 * i] !== key; i = (i + 1) & this.mask) {
      if (this.slots[2 * i] !== EMPTY) continue;
      if (++this.size * 2 > this.mask + 1) return this.grow(key, value);
      this.slots[2 * i] = key;
      break;
    }
    this.slots[2 * i + 1] = value;
  }

  /** The first slot to look in: Fibonacci hashing, the top bits of key times 2^32/φ. */
  private home(key: number): number {
    // Keys past int32 fold their high part into the low. Literals, not 2 ** 32: unoptimized code would compute it per call.
    const mixed = key <= 0x7fffffff ? key : (key % 0x100000000) ^ Math.floor(key / 0x100000000);
    return Math.imul(mixed, 0x9e3779b1) >>> this.shift;
  }

  private grow(key: number, value: number): void {
    const old = this.slots;
    const bits = 33 - this.shift;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Float64Array(2 << bits).fill(EMPTY);
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== EMPTY) this.set(old[i], old[i + 1]);
    this.set(key, value);
  }
}

/** Keys are never negative. */
const EMPTY = -1;
