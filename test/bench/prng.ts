/** mulberry32: a tiny seeded generator, so a benchmark run can be repeated exactly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next: () => number;
  chance: (p: number) => boolean;
  int: (lo: number, hi: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  /** Zipf-like: early items are common, as family names are (Sok, Chan, Chea ...). */
  pickSkewed: <T>(xs: readonly T[], s: number) => T;
  shuffle: <T>(xs: T[]) => T[];
}

export function rng(seed: number): Rng {
  const next = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    chance: (p) => next() < p,
    int,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    pickSkewed: (xs, s) => xs[Math.min(xs.length - 1, Math.floor(xs.length * next() ** s))],
    shuffle: (xs) => {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [xs[i], xs[j]] = [xs[j], xs[i]];
      }
      return xs;
    },
  };
}
