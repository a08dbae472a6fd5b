import { hasKhmer } from './khmer-letters';
import { canonicalKhmer } from './khmer-order';

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
 * and each of these with a word of kinship or respect (Bong, ពូ) or a title (Lok Srey, Mr) without
 * it, then as written. Read whole, such a cell has more words than the worker's name, and agrees
 * with it only in part.
 */
export function nameWritings(raw: string): string[] {
  const parts = writtenParts(raw);
  // Most cells are one part: its writings as they are, without flatMap's copy.
  return parts.length === 1 ? withoutTitles(parts[0]) : parts.flatMap(withoutTitles);
}

/**
 * The names a register's name field gives a worker, each to be compared on its own: a field
 * merged from several sources writes a second name beside the first ("SOK DARA @ SOK DARAH",
 * "CHAN SOPHEA (ALIAS LIM SOPHEA)", "HENG SREYMOM / HENG SREY MOM", "សុខ ដារ៉ា ហៅ ដារ៉ា"). An
 * alias of one word is a given name the worker is called by, with the family name of the first
 * (KEO VANNA ALIAS NA: Keo Na). Any other field is its one name. Read whole, a field with two
 * names agreed with either only in part.
 */
export function registeredWritings(raw: string): string[] {
  if (!ALIAS_MARK.test(raw) && !BRACKETED_ANY.test(raw)) return [raw];
  const inside = [...raw.matchAll(BRACKETED)].map((m) => m[1]);
  const parts = [raw.replace(BRACKETED, ' '), ...inside]
    .flatMap((part) => part.split(ALIAS_SPLIT))
    .map((part) => part.replace(ALIAS_WORD, ' ').trim())
    .filter((part) => LETTER.test(part));
  if (parts.length <= 1) return parts.length === 1 ? parts : [raw];
  const family = parts[0].split(WORD_BREAK)[0];
  return parts.map((part, i) => (i > 0 && wordCount(part) === 1 ? `${family} ${part}` : part));
}
/** The marks between a register's two names: @, a slash, ALIAS or AKA, ហៅ ("called"). */
const ALIAS_SPLIT = /@|\/|\b(?:alias|aka)\b|(?:^|[\s\u200b])ហៅ(?=[\s\u200b]|$)/gi;
/** ALIAS_SPLIT for a test: a global pattern's test() carries its place from one call to the next. */
const ALIAS_MARK = new RegExp(ALIAS_SPLIT.source, 'i');
/** ALIAS written at the start of a bracket's text ("(ALIAS LIM SOPHEA)"). */
const ALIAS_WORD = /^\s*(?:alias|aka)\b/i;
const BRACKETED_ANY = /[([（［][^()[\]（）［］]*[)\]）］]/;

function writtenParts(raw: string): string[] {
  if (hasKhmer(raw) && LATIN.test(raw)) {
    const khmer = raw.replace(LATIN_RUNS, ' ');
    const latin = raw.replace(KHMER_RUNS, ' ');
    // One word in a script is half a name, not the name written twice (ចាន់ SOPHEA, Sok ស្រីមុំ: a
    // clerk who changed keyboards mid-name): the cell is read whole too, each word in its own script.
    return wordCount(khmer) === 1 || wordCount(latin) === 1 ? [khmer, latin, raw] : [khmer, latin];
  }
  const outside = raw.replace(BRACKETED, ' ');
  if (outside === raw || !LETTER.test(outside)) return [raw];
  return [outside, ...[...raw.matchAll(BRACKETED)].map((m) => m[1]).filter((part) => LETTER.test(part))];
}

/**
 * The words of kinship and respect a crew boss or a foreman writes before a worker's name, as he
 * calls them: Bong (elder sibling), Oun (younger), Pou (uncle), Ming (aunt), Om (elder uncle or
 * aunt), Ta (grandfather), Yeay or Yiey (grandmother), Kanha (Miss), Neang (Ms), and the words
 * spoken Khmer puts before a name: A or Ah (អា) for a man, Mi (មី) for a woman or a girl, ចៅ
 * (grandchild) for the young, in Khmer only (Chau, Châu, is a Vietnamese name). Some are names
 * too (Oun, អ៊ុន, is a family name; Kanha, កញ្ញា, a given name; Ta, Pou are words of names), so
 * they are read as such only first, or first after the comma of "family, given" (Chhim, Bong
 * Davuth), and a name with one is read both without it, first, and as written: a pair agrees as
 * well as its better writing. Last, a name's own word is likelier (Sophal Oun).
 */
const KIN_LATIN = new Set(['bong', 'bang', 'oun', 'pou', 'pu', 'ming', 'om', 'ta', 'yeay', 'yay', 'yiey', 'yey', 'kanha', 'kagna', 'kanhha', 'neang', 'nieng', 'nang', 'a', 'ah', 'mi', 'me']);
/**
 * The titles of a clerk or an inspector, which are no one's name: Lok (Mr), Lok Srey and Neak
 * Srey (Mrs), Neak, and the English ones. Read as titles wherever they stand: before the name,
 * after it (THIDA VANN LOOK SREY) or between its words (SOK, Mr. Dara).
 */
const TITLES_LATIN = new Set(['neak', 'nak', 'anak', 'lok', 'look', 'lork', 'mr', 'mrs', 'ms', 'miss', 'madam', 'mdm']);
/** Lok Srey, Neak Srey: Mrs. Srey alone is the start of many given names (Srey Mom), so it is a title only after one of these. */
const TITLE_HEADS = new Set(['lok', 'look', 'lork', 'neak', 'nak', 'anak']);
const SREY = new Set(['srey', 'srei', 'sray']);
// Longer first where one starts another (មីង, មី): a name run into one is read after the longest.
const KIN_KHMER_WORDS = new Set(['បង', 'អូន', 'ពូ', 'មីង', 'អ៊ំ', 'តា', 'យាយ', 'កញ្ញា', 'នាង', 'អា', 'មី', 'ចៅ']);
const TITLES_KHMER = new Set(['អ្នក', 'លោក', 'លោកស្រី', 'អ្នកស្រី', 'អ្នកនាង']);
/** Khmer kin words and titles a phone keyboard runs together with the name that follows (ពូសុខ, តាសុខលីហួរ, នាងហាក់): the kin words, and អ្នក. */
const KIN_KHMER = [...KIN_KHMER_WORDS, 'អ្នក'];
/**
 * What may follow a Khmer kin word for it to be a word of its own: a space, a zero-width space,
 * or a consonant, as a phone keyboard runs them together (ពូសុខ, តាសុខលីហួរ; not តាំង, whose ា
 * takes a sign). តារា (Dara) read so as តា រា is the name as written too, which agrees better.
 */
const KHMER_WORD_START = /^[\s\u200b]|^[\u1780-\u17a2]/;
/** What parts the words of a name cell, punctuation a list writes with a title included (Mr., "SOK, Dara"). */
const WORD_BREAK = /[\s\u200b.,;:()[\]（）［］]+/;
/** Any word that may be a title, for the many names that have none to pass at once. */
const MAY_HAVE_TITLE = new RegExp(`(?:^|[\\s\u200b.,;:(（［\\[])(?:${[...KIN_LATIN, ...TITLES_LATIN, ...KIN_KHMER_WORDS, ...TITLES_KHMER].join('|')})(?=$|[\\s\u200b.,;:)）］\\]])`, 'i');

function withoutTitles(part: string): string[] {
  // Titles are known in one order of their marks (កញ្ញា, typed កញា្ញ on some keyboards): put so
  // where the consonants a title starts with are there at all, as in few names.
  const text = KHMER_TITLE_START.test(part) ? canonicalKhmer(part) : part;
  const glued = withoutGluedKin(text);
  if (glued.length > 0) return [...glued, part];
  if (!MAY_HAVE_TITLE.test(text)) return [part];
  const kept: string[] = [];
  let titles = 0;
  for (const segment of text.split(',')) {
    const words = segment.split(WORD_BREAK).filter((w) => w.length > 0);
    for (let i = 0; i < words.length; i++) {
      if (isTitle(words, i)) titles++;
      else kept.push(words[i]);
    }
  }
  if (titles === 0 || !kept.some((w) => LETTER.test(w))) return [part];
  return [kept.join(' '), part];
}

/** How many words with letters a part of a cell has. */
const wordCount = (part: string): number => part.split(WORD_BREAK).filter((w) => LETTER.test(w)).length;

/** Whether word i of a cell (or of its part after a comma) is a title or, first, a kin word. */
function isTitle(words: readonly string[], i: number): boolean {
  const w = words[i].toLowerCase();
  if (TITLES_LATIN.has(w) || TITLES_KHMER.has(w)) return true;
  if (i === 0) return KIN_LATIN.has(w) || KIN_KHMER_WORDS.has(w);
  return SREY.has(w) && TITLE_HEADS.has(words[i - 1].toLowerCase());
}

/**
 * A Khmer name with a kin word run into it (ពូសុខ ដារា), without it; and one that starts with
 * អ្នកស្រី or អ្នកនាង (Mrs, Ms) without the title too, for អ្នកស្រីសុភាព may be អ្នក ស្រីសុភាព as well.
 */
function withoutGluedKin(part: string): string[] {
  const trimmed = part.trimStart();
  if (!hasKhmer(trimmed[0] ?? '')) return NONE;
  const title = KHMER_LONG_TITLES.find((t) => trimmed.startsWith(t));
  const afterTitle = title === undefined ? '' : trimmed.slice(title.length);
  // Written apart, the title is the title: normalizeName takes it off.
  if (/^[\s\u200b]/.test(afterTitle)) return NONE;
  const out: string[] = [];
  for (const kin of KIN_KHMER) {
    if (!trimmed.startsWith(kin)) continue;
    const rest = trimmed.slice(kin.length);
    if (KHMER_WORD_START.test(rest) && hasKhmer(rest)) out.push(rest.replace(/^[\s\u200b]+/, ''));
    break;
  }
  if (hasKhmer(afterTitle)) out.push(afterTitle);
  return out;
}
const KHMER_LONG_TITLES = ['អ្នកស្រី', 'អ្នកនាង'];
const NONE: string[] = [];
/** The letters each Khmer title or kin word starts with, before any mark whose order can vary. */
const KHMER_TITLE_START = /បង|អូ|ពូ|មី|អ៊|អុ|អា|តា|យា|អ្ន|នា|កញ|លោ|លេ|ចៅ/;
