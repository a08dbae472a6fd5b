/**
 * A key that one Khmer name's Latin spellings share: Sok/Sokh, Chea/Chear/Chia,
 * Sophea/Sophear, Vuthy/Voeuthy, Pov/Peou, Srey/Srei. Khmer has more vowels than Latin has
 * letters, so spellings vary most in vowels, aspiration (h) and silent finals (r, h); the key
 * keeps what they agree on: the consonant skeleton and a coarse vowel class per vowel run.
 * Keys are lower-case letters plus a few upper-case codes for digraphs (C = ch/j, G = ng,
 * N = nh/ny, Y = consonantal y).
 */
export function phoneticKey(token: string): string {
  let s = token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (s === '') return '';
  s = s
    .replace(/ch+|j|tch/g, 'C')
    .replace(/ng/g, 'G')
    .replace(/nh|ny|gn/g, 'N')
    .replace(/([kgptbdsc])h/g, '$1')
    .replace(/[cgq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/f/g, 'p')
    .replace(/dt/g, 't');
  // Consonantal y: at the start or before a vowel. Elsewhere it is the vowel i (Srey, Vuthy).
  s = s.replace(/^y|y(?=[aeiou])/g, 'Y').replace(/y/g, 'i');
  // h only counts at the start of a word (Heng); after a vowel it is silent (Meah, Sokhah).
  s = s.charAt(0) + s.slice(1).replace(/h/g, '');
  // r after a vowel and not before one is not pronounced (Chear, Sophear, Sorn, Theary ≈ Thiry).
  s = s.replace(/([aeiou])r(?![aeiou])/g, '$1');
  // A final v after a vowel is a vowel glide: Pov = Peou, Keo = Kaev.
  s = s.replace(/([aeiou])v$/, '$1u');
  s = s.replace(/d$/, 't').replace(/b$/, 'p');
  s = s.replace(/([a-zA-Z])\1+/g, '$1');
  return s.replace(/[aeiou]+/g, vowelClass);
}

/** The few vowel classes name spellings keep apart. Longest matches first. */
const CLASSES: [RegExp, string][] = [
  [/^(a|aa)$/, 'a'],
  [/^(ea|ia|ie|iea|eaa|iae|eia)$/, 'E'],
  [/^(i|ii|ee|ei|eei|iei)$/, 'i'],
  [/^(e|ae|ai|aei|eae)$/, 'e'],
  [/^(o|oo|ao|au|aou|aao)$/, 'o'],
  [/^(u|uu|ou|oeu|eu|oe|ue|eou|uo|ueu|oue|eo|oeo|aeu|uoe|oa|ua|uoa|oea|oua|eua|ueo)$/, 'u'],
];

function vowelClass(run: string): string {
  for (const [re, cls] of CLASSES) if (re.test(run)) return cls;
  return run.charAt(0);
}
