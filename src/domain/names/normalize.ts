import { isAsciiDigit, toAsciiDigits } from '../digits';
import { canonicalKhmer } from './khmer-order';
import { repairMisreadUtf8 } from './misread-utf8';

/**
 * Khmer writing has no spaces between words; keyboards and Word insert U+200B ZERO WIDTH SPACE
 * as an invisible word break, so it separates the parts of a name just as a space does.
 */
const ZERO_WIDTH_SPACE = /\u200b/g;
/**
 * Joiners, the BOM, the word joiner and soft hyphen carry no letter; pasted text is full of them.
 * Nor does U+FFFD, the mark a decoder leaves for a letter it could not read: left out, the name
 * is a letter short, a slip the comparators allow; read as a symbol, it would split the word.
 */
const INVISIBLE = /[\u200c\u200d\u2060\ufeff\u00ad\ufffd]/g;
/**
 * Khmer code points Unicode discourages (its Khmer chapter): the two invisible inherent vowels
 * are dropped, the two deprecated independent vowels written as the letters they stand for,
 * and ឲ (a variant of ឱ) as ឱ. Old fonts and converted documents still produce them.
 */
const KHMER_INVISIBLE_VOWELS = /[\u17b4\u17b5]/g;
const KHMER_VARIANTS: Record<string, string> = { '\u17a3': '\u17a2', '\u17a4': '\u17a2\u17b6', '\u17b2': '\u17b1' };
const KHMER_VARIANT = /[\u17a3\u17a4\u17b2]/g;
/** "O'Neil" and "ONeil" are one spelling: apostrophes join, they do not separate. */
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;
/** Other punctuation and symbols, Khmer ones (។ ៖ ៘ ៛ …) included, separate words. */
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s]+/gu;

/**
 * The form two spellings of one name share, for exact comparison. Conservative on purpose: it
 * removes what typing and copying add (invisible characters, spacing, case, punctuation,
 * full-width forms, a title before the name) and nothing that tells two people apart, such as
 * Latin accents or Khmer vowel signs. Khmer marks typed in another order are put in one order,
 * since they render, and read, the same.
 */
export function normalizeName(s: string): string {
  // Most Latin names are already plain words with single spaces; every step below leaves them as they are but the case.
  if (PLAIN_LATIN_NAME.test(s)) return withoutLink(withoutTitle(s.toLowerCase()));
  // So are most Khmer names, but for the order of their marks.
  if (PLAIN_KHMER_NAME.test(s)) return withoutLink(withoutTitle(canonicalKhmer(s)));
  return withoutLink(withoutTitle(spelledOut(s)));
}

/**
 * The words that join a Cham (or Malay) name to the father's name: bin (son of), binti (daughter
 * of), in Latin and in Khmer letters. One list writes ROSMAH BINTI OSMAN where another writes
 * Osman Rosmah, or Rosmah Osman: the link carries no name. Only between two words, where it can
 * be nothing else; as a first or last word it is left, as the name it may be.
 */
const LINKS = new Set(['bin', 'binti', 'binte', 'bte', 'bt', 'ibn', 'ប៊ិន', 'ប៊ីន', 'ប៊ិនទី', 'ប៊ីនទី', 'ប៊ិនធី']);
const MAY_LINK = /\s(?:bi|bt|ib|ប៊)/;

/** A normalized name without the links between its words (LINKS). */
function withoutLink(name: string): string {
  if (!MAY_LINK.test(name)) return name;
  const words = name.split(' ');
  if (words.length < 3) return name;
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !LINKS.has(w));
  return kept.length === words.length ? name : kept.join(' ');
}

/**
 * Titles a payroll writes before a name: Mr, Mrs, Ms, Miss, Madam, and the French ones some
 * clerks write (Monsieur, Madame, Mademoiselle, Mme, Mlle; not M., which may be an initial);
 * លោក, លោកស្រី, អ្នកស្រី, អ្នកនាង (Madam, Ms), which Khmer often writes joined to the name
 * (លោកសុខ ដារា). Not កញ្ញា (Miss), which is also a given name (Kanha), nor ស្រី, which begins
 * many given names.
 */
const LATIN_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'madam', 'mdm', 'mister', 'monsieur', 'madame', 'mademoiselle', 'mme', 'mlle', 'melle']);
const KHMER_TITLES = ['លោកស្រី', 'អ្នកស្រី', 'អ្នកនាង', 'លោក'];

/** A normalized name without the title it starts with, if any name is left after it. */
function withoutTitle(name: string): string {
  const space = name.indexOf(' ');
  if (space < 0) return name;
  if (LATIN_TITLES.has(name.slice(0, space))) return name.slice(space + 1);
  for (const title of KHMER_TITLES) if (name.startsWith(title)) return name.slice(title.length).trimStart();
  return name;
}

/** normalizeName for text that is not plain letters and single spaces. */
function spelledOut(s: string): string {
  // NFKC, not NFC: full-width letters and the ideographic space (ＳＯＫ　ＤＡＲＡ, from the Chinese input
  // methods some factories' payroll software uses) are the plain ones; no Khmer letter changes under it.
  // Put back first: NFKC and the separators below would change the bytes it is read from.
  const plain = repairMisreadUtf8(s).normalize('NFKC').replace(INVISIBLE, '').replace(KHMER_INVISIBLE_VOWELS, '').replace(KHMER_VARIANT, (c) => KHMER_VARIANTS[c]);
  return canonicalKhmer(plain)
    .replace(ZERO_WIDTH_SPACE, ' ')
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim()
    .toLowerCase()
    .replace(MISREAD_WORD, lettersForDigits);
}

/**
 * A Latin word with a digit among more letters than digits (S0K, DARA5, M0NY): an ID card's
 * name read by OCR, which takes O for 0, I for 1, S for 5, B for 8 and Z for 2. Read with those
 * letters; a code (L12, A5) has as many digits as letters or more, and stays as written.
 */
const MISREAD_WORD = /\b(?=[a-z]*[0-9])[a-z0-9]*[a-z][a-z0-9]*\b/g;
const LETTER_FOR_DIGIT: Record<string, string> = { 0: 'o', 1: 'i', 5: 's', 8: 'b', 2: 'z' };
function lettersForDigits(word: string): string {
  const digits = word.replace(/[a-z]/g, '').length;
  if (digits * 2 >= word.length || /[34679]/.test(word)) return word;
  return word.replace(/[01258]/g, (d) => LETTER_FOR_DIGIT[d]);
}

const PLAIN_LATIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
/**
 * Khmer letters and marks up to U+17D3 (not the punctuation and symbols after it) with single
 * spaces, but for the discouraged ones above. No sequence of these changes under NFC (none
 * decomposes, and none that NFC reorders comes before one of a lower class), and none is a
 * case, invisible, apostrophe or separator.
 */
const PLAIN_KHMER_NAME = /^[\u1780-\u17a2\u17a5-\u17b1\u17b3\u17b6-\u17d3]+(?: [\u1780-\u17a2\u17a5-\u17b1\u17b3\u17b6-\u17d3]+)*$/;

const PLAIN_ID = /^[0-9A-Za-z]+$/;
const PLAIN_UPPER_ID = /^[0-9A-Z]+$/;

/**
 * A label a sheet writes in the cell before the number ("NSSF-12345678", "ID: 012345678",
 * "No. 0123…", "ID card no. 0123…", "លេខ ០១២…", "ប.ស.ស 1234…", "អត្តសញ្ញាណប័ណ្ណ៖ 0123…"), as
 * normalizeId leaves it: letters only, Khmer vowel signs and subscripts gone (អតតសញញណបណណ is
 * អត្តសញ្ញាណប័ណ្ណ, identity card). Only these words, and only before five digits or more (or
 * letters read as digits, digitsForLookalikes) and nothing else: letters in an ID that are not
 * a label (a passport's N, a series) may tell two numbers apart.
 */
const ID_LABEL = /^(?:NSSF(?:NO)?|NID|ID(?:CARD)?(?:NO)?|NO|NR|CARD(?:NO)?|(?:លខ)?(?:អតតសញញណ(?:បណណ)?|បសស)|លខ)(?=[\dOILZSGB]{5,}$)/u;

/**
 * An identity-card or NSSF number reduced to its letters and digits, upper-cased, so that
 * "0123-456.78", "0123 45678" and "០១២៣៤៥៦៧៨" compare equal. NFKC folds full-width digits
 * from Asian keyboards. A label before the number (ID_LABEL) is dropped: read with it, the
 * worker's own number differs from the register's. A number whose only letters are ones that
 * look like digits is read as digits (digitsForLookalikes). Nothing left means no number: null.
 */
export function normalizeId(s: string | null | undefined): string | null {
  if (s == null) return null;
  // Most numbers are already plain ASCII digits and capitals, kept as they are (no copy per
  // worker); the other plain ones need only upper-casing.
  if (PLAIN_DIGITS.test(s)) return s;
  if (PLAIN_UPPER_ID.test(s)) return digitsForLookalikes(s.replace(ID_LABEL, ''));
  if (PLAIN_ID.test(s)) return digitsForLookalikes(s.toUpperCase().replace(ID_LABEL, ''));
  const scientific = SCIENTIFIC.exec(s);
  if (scientific) return fromScientific(scientific[1], scientific[2] ?? '', Number(scientific[3]));
  const kept = toAsciiDigits(s.normalize('NFKC'))
    .replace(/[^\p{L}\p{Nd}]/gu, '')
    .toUpperCase()
    .replace(ID_LABEL, '');
  return kept === '' ? null : digitsForLookalikes(kept);
}

const PLAIN_DIGITS = /^[0-9]+$/;

/**
 * A number a spreadsheet showed in scientific notation (4.66854E+08), as a long ID in a General
 * cell is exported: mantissa digits, fraction digits, exponent.
 */
const SCIENTIFIC = /^\s*([0-9])(?:[.,]([0-9]+))?E\+?([0-9]{1,2})\s*$/i;

/**
 * The number written in scientific notation, if every digit of it is there (1.23456789E+08 is
 * 123456789); none if the notation rounded digits away (4.66854E+08 is some number from
 * 466853500 to 466854499): that identifies no one, and read as its digits it was another number
 * than the worker's, which counts against them as another person's card does.
 */
function fromScientific(first: string, fraction: string, exponent: number): string | null {
  return fraction.length === exponent ? first + fraction : null;
}

/** Whether an ID is written in scientific notation that rounded digits away (4.66854E+08), and so reads as none. */
export function roundedScientific(s: string): boolean {
  const m = SCIENTIFIC.exec(s);
  return m !== null && fromScientific(m[1], m[2] ?? '', Number(m[3])) === null;
}

/** Letters a card reader (OCR) or a hurried typist puts for the digit they look like. */
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1', Z: '2', S: '5', G: '6', B: '8' };
const DIGITS_AND_LOOKALIKES = /^[0-9OILZSGB]+$/;
const LOOKALIKE = /[OILZSGB]/g;

/**
 * A number read off a card by OCR or typed in haste (O12345678, 1O234S678) as the digits its
 * letters stand for, when its letters are all such and it has at least MIN_LOOKALIKE_DIGITS
 * digits besides: a card number is digits. Both lists' numbers go through here, so a number a
 * register holds with such letters still meets itself.
 */
function digitsForLookalikes(id: string): string {
  if (!DIGITS_AND_LOOKALIKES.test(id)) return id;
  let digits = 0;
  for (let i = 0; i < id.length; i++) if (isAsciiDigit(id.charCodeAt(i))) digits++;
  return digits >= MIN_LOOKALIKE_DIGITS && digits < id.length ? id.replace(LOOKALIKE, (c) => LOOKALIKES[c]) : id;
}

/** Fewer digits than this, and the letters are more likely a code than a misread number. */
const MIN_LOOKALIKE_DIGITS = 5;
