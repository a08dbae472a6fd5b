/**
 * Khmer names written in Latin letter by letter, as a library's transliteration (ALA-LC) writes
 * them and software that follows it fills a Latin column: សុខ ដារ៉ា as Sukh Ṭārā, ចាន់ as Cān,
 * គឹម as Gẏm, ពេជ្រ as Bejr, វង្ស as Vaṅs. Each Khmer letter has its Latin letter whatever it
 * sounds like, so c is ច, j ជ, g គ, b ព, d ទ, and consonants written together are a cluster (ṅs:
 * ង្ស). Read as a spelling by ear, such a name shares no sound with the register's (Can, Gym,
 * Bejr); written back into Khmer letters, it is the register's name but for the signs the scheme
 * leaves out, and the romanizer reads it as the register's.
 *
 * Only a name with the scheme's marks is read so. With the marks stripped (Sukh Tara, Gym Hen)
 * its letters alone were tried too, as c, j or g where a spelling by ear writes ch, ch or k: on
 * the bench rosters that also read names typed by ear with a slip (Hengg, Cjenda, Jey) as Khmer
 * letters, and hidden workers went to review among namesakes so read.
 */

/** The scheme's marks, which no spelling by ear writes: a name with one is written letter by letter. */
const MARKS = /[āīūṅṃṇñṭḍḷẏȳḥ]/;

/** Letters beyond ASCII the marks are among, precomposed or combining: most names have none, and need no normalizing. */
const EXTENDED = /[\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]/;

/** Whether a Latin name is written letter by letter: it has the scheme's marks. */
export function mayBeLetterByLetter(latin: string): boolean {
  return EXTENDED.test(latin) && MARKS.test(latin.normalize('NFC').toLowerCase());
}

// Longest first: kh before k, ẏa before ẏ.
const CONSONANTS: readonly (readonly [string, string])[] = [
  ['kh', 'ខ'], ['gh', 'ឃ'], ['ch', 'ឆ'], ['jh', 'ឈ'], ['ṭh', 'ឋ'], ['ḍh', 'ឍ'], ['th', 'ថ'], ['dh', 'ធ'], ['ph', 'ផ'], ['bh', 'ភ'],
  ['k', 'ក'], ['g', 'គ'], ['ṅ', 'ង'], ['c', 'ច'], ['j', 'ជ'], ['ñ', 'ញ'], ['ṭ', 'ដ'], ['ḍ', 'ឌ'], ['ṇ', 'ណ'], ['t', 'ត'], ['d', 'ទ'],
  ['n', 'ន'], ['p', 'ប'], ['f', 'ហ្វ'], ['b', 'ព'], ['m', 'ម'], ['y', 'យ'], ['r', 'រ'], ['l', 'ល'], ['v', 'វ'], ['w', 'វ'], ['s', 'ស'], ['h', 'ហ'], ['ḷ', 'ឡ'],
];
const VOWELS: readonly (readonly [string, string])[] = [
  ['ẏa', 'ឿ'], ['ua', 'ួ'], ['oe', 'ើ'], ['ia', 'ៀ'], ['ae', 'ែ'], ['ai', 'ៃ'], ['au', 'ៅ'],
  ['ā', 'ា'], ['ī', 'ី'], ['ū', 'ូ'], ['ẏ', 'ឹ'], ['ȳ', 'ឺ'], ['i', 'ិ'], ['u', 'ុ'], ['e', 'េ'], ['o', 'ោ'], ['a', ''],
];
const SIGNS: readonly (readonly [string, string])[] = [['ṃ', 'ំ'], ['ḥ', 'ះ']];
const COENG = '\u17d2';
const A = 'អ';

/** A Latin name read back into Khmer letters, word by word; null for a word with a letter or a run of vowels the scheme does not write. */
export function khmerFromLetters(latin: string): string | null {
  const text = latin.normalize('NFC').toLowerCase();
  const words = text.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const out: string[] = [];
  for (const word of words) {
    const kh = wordFromLetters(word);
    if (kh === null) return null;
    out.push(kh);
  }
  return out.join(' ');
}

function wordFromLetters(word: string): string | null {
  let out = '';
  // Whether the last thing written was a consonant with no vowel after it yet: a consonant next is its cluster.
  let bare = false;
  for (let i = 0; i < word.length; ) {
    const rest = word.slice(i);
    const vowel = VOWELS.find(([l]) => rest.startsWith(l));
    if (vowel) {
      if (!bare && out.length === 0) out += A;
      else if (!bare) return null;
      out += vowel[1];
      bare = false;
      i += vowel[0].length;
      continue;
    }
    const sign = SIGNS.find(([l]) => rest.startsWith(l));
    if (sign) {
      out += sign[1];
      bare = false;
      i += sign[0].length;
      continue;
    }
    const consonant = CONSONANTS.find(([l]) => rest.startsWith(l));
    if (!consonant) return null;
    out += (bare ? COENG : '') + consonant[1];
    bare = true;
    i += consonant[0].length;
  }
  return out;
}
