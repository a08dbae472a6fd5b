/** A typed array of twice the length holding `a`'s values first: the growth step of the engine's packed tables. */
export function grown<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
