import { hasKhmer } from './khmer-letters';

const LATIN = /\p{Script=Latin}/u;
const LATIN_RUNS = /\p{Script=Latin}+/gu;
/** Khmer letters, marks and signs, and the Khmer symbols block. */
const KHMER_RUNS = /[\u1780-\u17ff\u19e0-\u19ff]+/g;
/** A part of the cell in brackets, round or square, half- or full-width. */
const BRACKETED = /[([（［]([^()[\]（）［］]*)[)\]）］]/g;
const LETTER = /\p{L}/u;

/**
 * The writings of one name cell, each to be compared on its own, a pair agreeing as well as its
 * better writing does:
 * - a name written in both scripts, as payroll sheets do ("សុខ ដារ៉ា (SOK DARA)", "SOK DARA /
 *   សុខ ដារ៉ា"): its Khmer and its Latin writing, Khmer first;
 * - a name with a part in brackets in the same script ("UK MEALEA (Oun)", "Dara (Sok Dara)"): the
 *   name outside the brackets, then each part inside, which a clerk adds as a nickname, an alias
 *   or the name in full;
 * - any other name as itself;
 * and each of these that starts with a word of kinship or respect (Bong, ពូ) without it, then as written.
 * Read whole, such a cell has more words than the worker's name, and agrees with it only in part.
 */
export function nameWritings(raw: string): string[] {
  return writtenParts(raw).flatMap(withoutKinTerm);
}

function writtenParts(raw: string): string[] {
  if (hasKhmer(raw) && LATIN.test(raw)) return [raw.replace(LATIN_RUNS, ' '), raw.replace(KHMER_RUNS, ' ')];
  const outside = raw.replace(BRACKETED, ' ');
  if (outside === raw || !LETTER.test(outside)) return [raw];
  return [outside, ...[...raw.matchAll(BRACKETED)].map((m) => m[1]).filter((part) => LETTER.test(part))];
}

/**
 * The words of kinship and respect a crew boss or a foreman writes before a worker's name, as
 * he calls them: Bong (elder sibling), Oun (younger), Pou (uncle), Ming (aunt), Om (elder uncle
 * or aunt), Ta (grandfather), Yeay or Yiey (grandmother), Neak, Lok. Some are names too (Oun, អ៊ុន, is a
 * family name; Ta, Pou are words of names), so a name that starts with one is read both
 * without it, first, and as written: a pair agrees as well as its better writing.
 */
const KIN_LATIN = new Set(['bong', 'bang', 'oun', 'pou', 'pu', 'ming', 'om', 'ta', 'yeay', 'yay', 'yiey', 'yey', 'neak', 'lok']);
const KIN_KHMER = ['បង', 'អូន', 'ពូ', 'មីង', 'អ៊ំ', 'តា', 'យាយ', 'អ្នក'];
/**
 * What may follow a Khmer kin word for it to be a word of its own: a space, a zero-width space,
 * or a consonant, as a phone keyboard runs them together (ពូសុខ, តាសុខលីហួរ; not តាំង, whose ា
 * takes a sign). តារា (Dara) read so as តា រា is the name as written too, which agrees better.
 */
const KHMER_WORD_START = /^[\s\u200b]|^[\u1780-\u17a2]/;
const LATIN_FIRST_WORD = /^\s*([A-Za-z]+)[\s.,]+(?=\S)/;

/** The letters a kin word starts with, Latin (either case) and Khmer: most names start otherwise, and are passed over at once. */
const KIN_STARTS = new Set([...KIN_LATIN].flatMap((w) => [w[0], w[0].toUpperCase()]).concat(KIN_KHMER.map((w) => w[0])));

function withoutKinTerm(part: string): string[] {
  const trimmed = part.trimStart();
  if (!KIN_STARTS.has(trimmed[0] ?? '')) return [part];
  const latin = LATIN_FIRST_WORD.exec(part);
  if (latin && KIN_LATIN.has(latin[1].toLowerCase()) && LETTER.test(part.slice(latin[0].length))) return [part.slice(latin[0].length), part];
  for (const kin of KIN_KHMER) {
    if (!trimmed.startsWith(kin)) continue;
    const rest = trimmed.slice(kin.length);
    if (KHMER_WORD_START.test(rest) && hasKhmer(rest)) return [rest.replace(/^[\s\u200b]+/, ''), part];
  }
  return [part];
}
