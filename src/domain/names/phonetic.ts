/**
 * A key that one Khmer name's Latin spellings share: Sok/Sokh, Chea/Chear/Chia,
 * Sophea/Sophear, Vuthy/Voeuthy, Pov/Peou, Srey/Srei. Khmer has more vowels than Latin has
 * letters, so spellings vary most in vowels, aspiration (h) and silent finals (r, h); the key
 * keeps what they agree on: the consonant skeleton and a coarse vowel class per vowel run.
 * Keys are lower-case letters plus a few upper-case codes for digraphs (C = ch/j, G = ng,
 * N = nh/ny, Y = consonantal y).
 */
export function phoneticKey(token: string): string {
  // A word already in plain lower-case letters (every normalized Latin name) needs no folding.
  let s = isPlainWord(token)
    ? token
    : token
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
  if (s === '') return '';
  s = s
    // The stop before sm, sn (រស្មី) is heard by some writers only: Reaksmey = Rasmey, Laksmy = Lasmy.
    .replace(/ks(?=[mn])/g, 's')
    .replace(/ch+|j|tch/g, 'C')
    .replace(/ng/g, 'G')
    // ny is ញ only before a vowel (Nyek); at the end of a word it is n and the vowel y (Mony = Moni, Sreyny).
    .replace(/nh|gn|ny(?=[aeiou])/g, 'N')
    .replace(/([kgptbdsc])h/g, '$1')
    .replace(/[cgqxzwfdb]/g, soundAlike);
  // Consonantal y: at the start or before a vowel. Elsewhere it is the vowel i (Srey, Vuthy).
  s = s.replace(/^y|y(?=[aeiou])/g, 'Y').replace(/y/g, 'i');
  // h is heard only before a vowel (Heng, Kimhong); elsewhere it is silent (Meah, Sokh).
  s = s.replace(/h(?![aeiou])/g, '');
  // r after a vowel and not before one is not pronounced (Chear, Sophear, Sorn, Theary ≈ Thiry).
  s = s.replace(/([aeiou])r(?![aeiou])/g, '$1');
  // A final v after a vowel is a vowel glide: Pov = Peou, Keo = Kaev.
  s = s.replace(/([aeiou])v$/, '$1u');
  // Final ស is said as h (Meas = Meah).
  s = s.replace(/([aeiou])s$/, '$1');
  s = s.replace(/([b-df-hj-np-tv-zA-Z])\1+/g, '$1');
  return s.replace(/[aeiou]+/g, vowelClass);
}

/**
 * Letters written for one sound: c, g, q are k; x is ks; z is s; w is v; f is p. ដ d and ត t
 * are one sound to most writers (Thida for ធីតា); so are ប b and p, for ប is said p before a
 * subscript and with ៉, and names write it either way (Banha = Panha, Vibol = Vipol). No
 * letter maps to one that is mapped in turn, so one pass does it.
 */
const SOUND_ALIKE: Record<string, string> = { c: 'k', g: 'k', q: 'k', x: 'ks', z: 's', w: 'v', f: 'p', d: 't', b: 'p' };
const soundAlike = (letter: string) => SOUND_ALIKE[letter];

/** Whether every letter is a to z: a loop, as it runs on every word and a regex is compiled on first use. */
function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Three vowel classes, because that is as far as spellings of one name agree: a (Dara),
 * front e/i (Chea = Chia, Pich = Pech, Theary = Thiry) and back o/u (Sok = Souk, Bopha = Bupha,
 * Vuthy = Voeuthy, Chamroeun = Chamron). Finer classes split real variants more often than
 * they separate namesakes, and namesakes are told apart by date of birth and IDs anyway.
 */
function vowelClass(run: string): string {
  if (/^a+$/.test(run)) return 'a';
  return /[ou]/.test(run) ? 'o' : 'e';
}
