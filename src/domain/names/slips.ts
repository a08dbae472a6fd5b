import { isKeyVowel } from './phonetic';

/**
 * One slip between two spellings: a letter added, dropped, changed or two swapped, or the same
 * consonants under other vowels. Words are read in place in the name's text (single spaces
 * between them), not cut out of it: these run for many pairs.
 */

/** Whether two strings differ by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  return oneEditApartIn(a, 0, a.length, b, 0, b.length);
}

/** oneEditApart of a[as, ae) and b[bs, be), read in place: words of a name, not cut out of it. */
export function oneEditApartIn(a: string, as: number, ae: number, b: string, bs: number, be: number): boolean {
  const la = ae - as;
  const lb = be - bs;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(as + i) === b.charCodeAt(bs + i)) i++;
  if (la === lb) {
    if (i === la) return false;
    if (sameIn(a, as + i + 1, ae, b, bs + i + 1, be)) return true;
    return i + 1 < la && a.charCodeAt(as + i) === b.charCodeAt(bs + i + 1) && a.charCodeAt(as + i + 1) === b.charCodeAt(bs + i) && sameIn(a, as + i + 2, ae, b, bs + i + 2, be);
  }
  return la > lb ? sameIn(a, as + i + 1, ae, b, bs + i, be) : sameIn(a, as + i, ae, b, bs + i + 1, be);
}

/**
 * Whether two strings are at most two insertions, deletions or substitutions apart: the
 * distance in a band two wide around the diagonal, which is all a bound of two can reach.
 */
export function withinTwoEdits(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 2) return false;
  // row[j] for j in [i - 2, i + 2], held at j - i + 2; FAR stands for anything past the bound.
  // Two rows of the band, reused in turn: a row made per letter was garbage by the next.
  let prev = BAND_A;
  let row = BAND_B;
  prev[0] = FAR;
  prev[1] = FAR;
  prev[2] = 0;
  prev[3] = 1;
  prev[4] = 2;
  for (let i = 1; i <= la; i++) {
    row.fill(FAR);
    let best = FAR;
    for (let d = 0; d < 5; d++) {
      const j = i + d - 2;
      if (j < 0 || j > lb) continue;
      let v = j === 0 ? i : prev[d] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      if (d < 4) v = Math.min(v, prev[d + 1] + 1);
      if (d > 0 && j > 0) v = Math.min(v, row[d - 1] + 1);
      row[d] = v;
      best = Math.min(best, v);
    }
    if (best > 2) return false;
    const done = prev;
    prev = row;
    row = done;
  }
  return prev[lb - la + 2] <= 2;
}
const FAR = 3;
const BAND_A = new Int32Array(5);
const BAND_B = new Int32Array(5);

/** Whether a[i, ae) equals b[j, be). */
function sameIn(a: string, i: number, ae: number, b: string, j: number, be: number): boolean {
  if (ae - i !== be - j) return false;
  for (; i < ae; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Whether two keys have the same consonants, three or more, in order, whatever vowels lie between (reCna, raCana). */
export function sameConsonants(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let n = 0;
  for (;;) {
    while (i < a.length && isKeyVowel(a.charCodeAt(i))) i++;
    while (j < b.length && isKeyVowel(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length && n >= 3;
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
    n++;
  }
}


/** Where word k of a normalized name (words parted by single spaces) starts. */
export function wordStart(text: string, k: number): number {
  let at = 0;
  for (let w = 0; w < k; w++) at = text.indexOf(' ', at) + 1;
  return at;
}

export function wordEnd(text: string, start: number): number {
  const end = text.indexOf(' ', start);
  return end < 0 ? text.length : end;
}

export function wordCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

/** How many letters of a key are not vowels. */
export function consonants(key: string): number {
  let n = 0;
  for (let i = 0; i < key.length; i++) if (!isKeyVowel(key.charCodeAt(i))) n++;
  return n;
}
