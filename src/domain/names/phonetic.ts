/**
 * A key that one Khmer name's Latin spellings share: Sok/Sokh, Chea/Chear/Chia,
 * Sophea/Sophear, Vuthy/Voeuthy, Pov/Peou, Srey/Srei. Khmer has more vowels than Latin has
 * letters, so spellings vary most in vowels, aspiration (h) and silent finals (r, h); the key
 * keeps what they agree on: the consonant skeleton and a coarse vowel class per vowel run.
 * Keys are lower-case letters plus a few upper-case codes for digraphs (C = ch/j, G = ng,
 * N = nh/ny, Y = consonantal y).
 *
 * The rules run in order, each over what the one before left, as passes over a buffer of char
 * codes: every name and every on-site spelling goes through here, and a dozen regex replaces
 * per word cost more than the rest of preparing it. test/domain/names/phonetic.test.ts holds
 * the same rules as regular expressions and checks that both agree on any string.
 */
export function phoneticKey(token: string): string {
  // A word already in plain lower-case letters (every normalized Latin name) needs no folding.
  const s = isPlainWord(token)
    ? token
    : token
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        // The ligatures the UN's romanization of Khmer writes (Chœung, Stœ̆ng), and the Vietnamese
        // đ (Đinh, Đức), which NFD keeps whole.
        .replace(/[œæđ]/g, (c) => (c === 'œ' ? 'oe' : c === 'æ' ? 'ae' : 'd'))
        .replace(/[^a-z]/g, '');
  if (s === '') return '';
  // x becomes ks, so a word can grow to twice its length; no rule lengthens it otherwise.
  if (spare.length < 2 * s.length) {
    work = new Uint16Array(4 * s.length);
    spare = new Uint16Array(4 * s.length);
  }
  let a = work;
  let b = spare;
  let n = s.length;
  for (let i = 0; i < n; i++) a[i] = s.charCodeAt(i);
  for (let k = 0; k < RULES.length; k++) {
    n = RULES[k](a, n, b);
    const t = a;
    a = b;
    b = t;
  }
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(a[i]);
  return out;
}

/** A rule reads `n` codes from `src`, writes the result to `dst` and returns its length. */
type Rule = (src: Uint16Array, n: number, dst: Uint16Array) => number;

const code = (c: string) => c.charCodeAt(0);
const [A, B, C, D, E, F, G, H, I, J, K, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z] = [...'abcdefghijkmnopqrstuvwxyz'].map(code);
const UPPER_C = code('C');
const UPPER_G = code('G');
const UPPER_N = code('N');
const UPPER_Y = code('Y');

const isVowel = (c: number) => c === A || c === E || c === I || c === O || c === U;
/** Past the end of the buffer reads as 0, which is no letter. */
const at = (src: Uint16Array, n: number, i: number) => (i < n ? src[i] : 0);

/** A rule that writes `out` for each two letters where `pairAt` holds, and copies every other letter. */
const pairs = (pairAt: (src: Uint16Array, n: number, i: number) => boolean, out: number): Rule => (src, n, dst) => {
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (pairAt(src, n, i)) {
      dst[m++] = out;
      i++;
    } else dst[m++] = src[i];
  }
  return m;
};

/** The stop before sm, sn (រស្មី) is heard by some writers only: Reaksmey = Rasmey, Laksmy = Lasmy. */
const stopBeforeSm = pairs((src, n, i) => src[i] === K && at(src, n, i + 1) === S && (at(src, n, i + 2) === M || at(src, n, i + 2) === N), S);

/** ch (any number of h), j and tch are one sound: C. */
const affricate: Rule = (src, n, dst) => {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = src[i];
    if (c === C && at(src, n, i + 1) === H) {
      i++;
      while (at(src, n, i + 1) === H) i++;
      dst[m++] = UPPER_C;
    } else if (c === J) dst[m++] = UPPER_C;
    else if (c === T && at(src, n, i + 1) === C && at(src, n, i + 2) === H) {
      i += 2;
      dst[m++] = UPPER_C;
    } else dst[m++] = c;
  }
  return m;
};

const velarNasal = pairs((src, n, i) => src[i] === N && at(src, n, i + 1) === G, UPPER_G);

/** nh, gn and ny are ញ, but ny only before a vowel (Nyek); at the end of a word it is n and the vowel y (Mony = Moni, Sreyny). */
const palatalNasal = pairs((src, n, i) => {
  const next = at(src, n, i + 1);
  return (src[i] === N && (next === H || (next === Y && isVowel(at(src, n, i + 2))))) || (src[i] === G && next === N);
}, UPPER_N);

const isAspirable = (c: number) => c === K || c === G || c === P || c === T || c === B || c === D || c === S || c === C;

/** Aspiration after a stop is written by some and not by others: Sok = Sokh, Thida = Tida. */
const aspiration: Rule = (src, n, dst) => {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = src[i];
    dst[m++] = c;
    if (isAspirable(c) && at(src, n, i + 1) === H) i++;
  }
  return m;
};

/**
 * Letters written for one sound: c, g, q are k; x is ks; z is s; w is v; f is p. ដ d and ត t
 * are one sound to most writers (Thida for ធីតា); so are ប b and p, for ប is said p before a
 * subscript and with ៉, and names write it either way (Banha = Panha, Vibol = Vipol). No
 * letter maps to one that is mapped in turn, so one pass does it.
 */
const soundAlike: Rule = (src, n, dst) => {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = src[i];
    if (c === C || c === G || c === Q) dst[m++] = K;
    else if (c === X) {
      dst[m++] = K;
      dst[m++] = S;
    } else if (c === Z) dst[m++] = S;
    else if (c === W) dst[m++] = V;
    else if (c === F || c === B) dst[m++] = P;
    else if (c === D) dst[m++] = T;
    else dst[m++] = c;
  }
  return m;
};

/**
 * Consonantal y: at the start or before a vowel. Elsewhere it is the vowel i (Srey, Vuthy).
 * Between e and a back vowel it ends the syllable ey, and the next starts with its vowel:
 * Sreyoun is Srey Oun (ស្រីអូន) run together, keyed as the two words' keys joined, where a
 * consonant y made it another name. No name on the bench's lists writes a consonant y there.
 */
const semivowel: Rule = (src, n, dst) => {
  for (let i = 0; i < n; i++) {
    const c = src[i];
    if (c !== Y) {
      dst[i] = c;
      continue;
    }
    const next = at(src, n, i + 1);
    if (i > 0 && src[i - 1] === E && (next === O || next === U)) dst[i] = SYLLABLE_BREAK;
    else dst[i] = i === 0 || isVowel(next) ? UPPER_Y : I;
  }
  return n;
};

/** Where semivowel ends a syllable: no letter, so the vowel runs on either side stay apart until vowelClasses drops it. */
const SYLLABLE_BREAK = code('|');

/** h is heard only before a vowel (Heng, Kimhong); elsewhere it is silent (Meah, Sokh). */
const silentH: Rule = (src, n, dst) => {
  let m = 0;
  for (let i = 0; i < n; i++) if (src[i] !== H || isVowel(at(src, n, i + 1))) dst[m++] = src[i];
  return m;
};

/** r after a vowel and not before one is not pronounced (Chear, Sophear, Sorn, Theary ≈ Thiry). */
const silentR: Rule = (src, n, dst) => {
  let m = 0;
  for (let i = 0; i < n; i++) if (src[i] !== R || i === 0 || !isVowel(src[i - 1]) || isVowel(at(src, n, i + 1))) dst[m++] = src[i];
  return m;
};

/** A final v after a vowel is a vowel glide (Pov = Peou, Keo = Kaev); a final ស is said as h (Meas = Meah). */
const finals: Rule = (src, n, dst) => {
  for (let i = 0; i < n; i++) dst[i] = src[i];
  if (n < 2 || !isVowel(src[n - 2])) return n;
  if (src[n - 1] === V) {
    dst[n - 1] = U;
    return n;
  }
  return src[n - 1] === S ? n - 1 : n;
};

const isConsonant = (c: number) => (c >= B && c <= Z && !isVowel(c)) || (c >= 65 && c <= 90);

/** A doubled consonant is one (Sokk, Channy); so is one written at the end of a word and the start of the next. */
const doubled: Rule = (src, n, dst) => {
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || src[i] !== src[i - 1] || !isConsonant(src[i])) dst[m++] = src[i];
  return m;
};

/**
 * Three vowel classes, because that is as far as spellings of one name agree: a (Dara),
 * front e/i (Chea = Chia, Pich = Pech, Theary = Thiry) and back o/u (Sok = Souk, Bopha = Bupha,
 * Vuthy = Voeuthy, Chamroeun = Chamron). Finer classes split real variants more often than
 * they separate namesakes, and namesakes are told apart by date of birth and IDs anyway.
 */
const vowelClasses: Rule = (src, n, dst) => {
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (!isVowel(src[i])) {
      if (src[i] !== SYLLABLE_BREAK) dst[m++] = src[i];
      continue;
    }
    let allA = true;
    let back = false;
    for (; i < n && isVowel(src[i]); i++) {
      if (src[i] !== A) allA = false;
      if (src[i] === O || src[i] === U) back = true;
    }
    i--;
    dst[m++] = allA ? A : back ? O : E;
  }
  return m;
};

/** The vowels a finished key is written with (vowelClasses): a, e and o. */
export const isKeyVowel = (c: number) => c === A || c === E || c === O;

/**
 * `doubled` twice: first on the letters as typed, so that a doubled final is one before the
 * rules read the end of the word (Hengg: the ng then a g; Meass: a final s said as h); again
 * after the rules, which write some pairs as one letter twice (Sokkhim: k, then kh as k).
 */
const RULES: readonly Rule[] = [doubled, stopBeforeSm, affricate, velarNasal, palatalNasal, aspiration, soundAlike, semivowel, silentH, silentR, finals, doubled, vowelClasses];

/** The two buffers the rules write to in turn, reused by every call. */
let work = new Uint16Array(64);
let spare = new Uint16Array(64);

/** Whether every letter is a to z: a loop, as it runs on every word and a regex is compiled on first use. */
function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
