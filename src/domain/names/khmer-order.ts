import { COENG, COENG_CODE, hasKhmer, isBaseCode, isConsonant, isConsonantCode, isDependentVowelCode, isIndependentVowel, isRegisterShifterCode, isSignCode } from './khmer-letters';

/**
 * Khmer keyboards and fonts let one syllable be typed in several orders that render the same:
 * the vowel before or after the subscript, the register shifter after the vowel, nikahit
 * before ុ. Unicode's NFC does not reorder them (Khmer marks mostly have combining class 0),
 * so two spellings of one name compare unequal. Within each syllable cluster the marks are put
 * in the order the Unicode Standard (ch. 16.4) recommends: base, register shifter, subscripts
 * (coeng + consonant, with coeng RO last), dependent vowel, then the other signs.
 */
export function canonicalKhmer(s: string): string {
  if (!hasKhmer(s)) return s;
  let out = subscriptDaAsTa(fixSplitVowels(s));
  // Most names are typed in the recommended order already; checking costs no allocation. A
  // vowel typed in pieces and joined after reordering can land beside the same vowel typed
  // whole (ក េា េ៉ា), so the order is checked again: each pass leaves fewer marks.
  while (!inCanonicalOrder(out)) out = reorder(out);
  return out;
}

/** canonicalKhmer's work on a name whose marks are out of order: apart, so the usual check compiles small. */
function reorder(fixed: string): string {
  const chars = [...fixed];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    if (!isConsonant(c) && !isIndependentVowel(c)) {
      out += c;
      i++;
      continue;
    }
    i++;
    const marks: { rank: number; text: string }[] = [];
    while (i < chars.length) {
      const m = chars[i];
      if (m === COENG && i + 1 < chars.length && isConsonant(chars[i + 1])) {
        marks.push({ rank: chars[i + 1] === 'រ' ? 2 : 1, text: m + chars[i + 1] });
        i += 2;
        continue;
      }
      const rank = markRank(m.charCodeAt(0));
      if (rank < 0) break;
      marks.push({ rank, text: m });
      i++;
    }
    // Array.prototype.sort is stable, so two subscripts keep the order they were typed in.
    marks.sort((a, b) => a.rank - b.rank);
    out += c + dedupe(marks.map((m) => m.text)).join('');
  }
  return fixSplitVowels(out);
}

/** A mark typed twice renders as one (the second draws over the first): keep one. */
function dedupe(marks: string[]): string[] {
  return marks.filter((m, i) => i === 0 || m !== marks[i - 1]);
}

/**
 * Whether canonicalKhmer would leave `s` as it is: in every cluster the marks' ranks never
 * fall, and no mark follows an equal one. Reads code units: every Khmer letter is one.
 */
function inCanonicalOrder(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i++);
    if (!isBaseCode(c)) continue;
    let lastRank = -1;
    let last = -1;
    while (i < s.length) {
      const m = s.charCodeAt(i);
      const sub = m === COENG_CODE && i + 1 < s.length && isConsonantCode(s.charCodeAt(i + 1));
      const rank = sub ? (s.charCodeAt(i + 1) === RO_CODE ? 2 : 1) : markRank(m);
      if (rank < 0) break;
      // A subscript is told apart by its letter: equal rank and letter, equal text.
      const mark = sub ? s.charCodeAt(i + 1) : m;
      if (rank < lastRank || (rank === lastRank && mark === last)) return false;
      lastRank = rank;
      last = mark;
      i += sub ? 2 : 1;
    }
  }
  return true;
}

const RO_CODE = 'រ'.charCodeAt(0);

/**
 * A mark's place in the recommended order, other than a subscript's (1, or 2 for coeng RO):
 * register shifter, dependent vowel, then the other signs; -1 for what ends the cluster.
 */
function markRank(c: number): number {
  if (isRegisterShifterCode(c)) return 0;
  if (isDependentVowelCode(c)) return 3;
  if (isSignCode(c)) return 4;
  return -1;
}

/**
 * Two-part vowels typed as their visible pieces, which the Unicode Standard lists as "do not
 * use" sequences: េ + ី for ើ and េ + ា for ោ. Older keyboards produce them.
 */
function fixSplitVowels(s: string): string {
  if (!s.includes('\u17c1')) return s;
  return s.replace(/\u17c1\u17b8/g, '\u17be').replace(/\u17c1\u17b6/g, '\u17c4');
}

/**
 * Subscript DA written as subscript TA: the two look the same in today's fonts and are said
 * alike (t), so one spelling of a name has both (ឧត្តម, ឧត្ដម, Oudom; ចិន្តា, ចិន្ដា, Chenda),
 * the letter a typist picks by habit. No name is told from another by it.
 */
function subscriptDaAsTa(s: string): string {
  return s.includes(COENG_DA) ? s.replaceAll(COENG_DA, COENG_TA) : s;
}
const COENG_DA = `${COENG}\u178a`;
const COENG_TA = `${COENG}\u178f`;
