import { COENG, hasKhmer, isConsonant, isDependentVowel, isIndependentVowel, isRegisterShifter, isSign } from './khmer-letters';

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
  const chars = [...fixSplitVowels(s)];
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
      } else if (isRegisterShifter(m)) {
        marks.push({ rank: 0, text: m });
        i++;
      } else if (isDependentVowel(m)) {
        marks.push({ rank: 3, text: m });
        i++;
      } else if (isSign(m)) {
        marks.push({ rank: 4, text: m });
        i++;
      } else break;
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
 * Two-part vowels typed as their visible pieces, which the Unicode Standard lists as "do not
 * use" sequences: េ + ី for ើ and េ + ា for ោ. Older keyboards produce them.
 */
function fixSplitVowels(s: string): string {
  return s.replace(/\u17c1\u17b8/g, '\u17be').replace(/\u17c1\u17b6/g, '\u17c4');
}
