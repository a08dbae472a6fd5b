/**
 * Jaro-Winkler similarity in [0, 1] (Winkler 1990, the record-linkage standard for names):
 * forgiving of one typo or a swapped pair of letters, and weighting agreement at the start,
 * where name spellings vary least. Allocation-light: it runs on every candidate pair.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matchedA = 0; // bitmasks: names keys are short, 31 letters is ample
  let matchedB = 0;
  let m = 0;
  for (let i = 0; i < la && i < 31; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window, 30);
    for (let j = lo; j <= hi; j++) {
      if (!(matchedB & (1 << j)) && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA |= 1 << i;
        matchedB |= 1 << j;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < la && i < 31; i++) {
    if (!(matchedA & (1 << i))) continue;
    while (!(matchedB & (1 << j))) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) t++;
    j++;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  return jaro + winklerBonus(a, b) * (1 - jaro);
}

/**
 * Winkler's share of what Jaro leaves that two strings earn by beginning alike: 0.1 for each
 * of their first four letters they share. Exported for bounding a similarity before working it out.
 */
export function winklerBonus(a: string, b: string): number {
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return prefix * 0.1;
}
